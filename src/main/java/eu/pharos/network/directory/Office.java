package eu.pharos.network.directory;

import eu.pharos.network.OfficeDetails;
import eu.pharos.network.OfficeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "network_office")
class Office {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String name;

  private String street;
  private String postcode;

  @Column(nullable = false)
  private String city;

  private String region;
  private Double latitude;
  private Double longitude;
  private String phone;

  protected Office() {}

  Office(UUID organisationId, int position, OfficeDetails details) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.position = position;
    this.name = details.name().strip();
    this.street = strip(details.street());
    this.postcode = strip(details.postcode());
    this.city = details.city().strip();
    this.region = strip(details.region());
    this.latitude = details.latitude();
    this.longitude = details.longitude();
    this.phone = strip(details.phone());
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  int position() {
    return position;
  }

  OfficeView view(String countryCode) {
    return new OfficeView(
        id, name, street, postcode, city, region, countryCode, latitude, longitude, phone);
  }

  String label() {
    return name + ", " + city;
  }
}
