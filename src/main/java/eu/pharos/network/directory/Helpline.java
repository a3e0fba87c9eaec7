package eu.pharos.network.directory;

import eu.pharos.network.CallCost;
import eu.pharos.network.HelplineDetails;
import eu.pharos.network.HelplineView;
import eu.pharos.network.OpeningHours;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "network_helpline")
class Helpline {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String number;

  @Column(nullable = false)
  private boolean harmonised;

  @Column(nullable = false)
  private String languages;

  @Column(name = "opening_hours", nullable = false)
  private String openingHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "call_cost", nullable = false)
  private CallCost cost;

  @Column(name = "contact_verified", nullable = false)
  private boolean contactVerified;

  protected Helpline() {}

  /** A new helpline; its number is "to verify" until an administrator confirms it. */
  Helpline(UUID organisationId, int position, HelplineDetails details, OpeningHours hours) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.position = position;
    this.number = details.number().strip();
    this.harmonised = details.harmonised();
    this.languages = Codes.list(details.languages().stream().map(Codes::lower).distinct().toList());
    this.openingHours = Codes.hours(hours);
    this.cost = details.cost();
  }

  void confirm() {
    contactVerified = true;
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

  String label() {
    return number + " (" + cost + ", " + openingHours + ", " + languages + ")";
  }

  HelplineView view(String organisationName, String countryCode) {
    return new HelplineView(
        id,
        organisationId,
        organisationName,
        countryCode,
        number,
        harmonised,
        Codes.list(languages),
        Codes.hours(openingHours),
        cost,
        contactVerified);
  }
}
