package eu.pharos.identity.internal;

import eu.pharos.identity.NewOrganisation;
import eu.pharos.identity.OrganisationKind;
import eu.pharos.identity.OrganisationView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

@Entity
@Table(name = "identity_organisation")
class Organisation {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "short_name", nullable = false)
  private String shortName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationKind kind;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Organisation() {}

  Organisation(NewOrganisation command, Instant now) {
    this.id = UUID.randomUUID();
    this.name = command.name().strip();
    this.shortName = command.shortName().strip();
    this.kind = command.kind();
    this.countryCode = command.countryCode().strip().toUpperCase(Locale.ROOT);
    this.createdAt = now;
  }

  UUID id() {
    return id;
  }

  OrganisationView view() {
    return new OrganisationView(id, name, shortName, kind, countryCode);
  }
}
