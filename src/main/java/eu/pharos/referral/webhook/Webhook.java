package eu.pharos.referral.webhook;

import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.referral.ReferralWebhookView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An address of a member's case system, with the secret its messages are signed with (sealed). */
@Entity
@Table(name = "referral_webhook")
class Webhook {

  static final String TABLE = "referral_webhook";

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private String url;

  @Column(nullable = false)
  private String secretSealed;

  @Column(nullable = false)
  private String keyId;

  @Column(updatable = false)
  private UUID createdBy;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private boolean active;

  private Instant removedAt;
  private UUID removedBy;

  @Version private long version;

  protected Webhook() {}

  Webhook(String url, String secret, UUID by, Instant now, PersonalDataCipher cipher) {
    this.id = UUID.randomUUID();
    this.url = url;
    this.secretSealed = cipher.seal(secret, context(id));
    this.keyId = cipher.keyIdOf(secretSealed);
    this.createdBy = by;
    this.createdAt = now;
    this.active = true;
  }

  private static String context(UUID id) {
    return TABLE + ".secret_sealed:" + id;
  }

  String secret(PersonalDataCipher cipher) {
    return cipher.open(secretSealed, context(id));
  }

  void remove(UUID by, Instant now) {
    this.active = false;
    this.removedAt = now;
    this.removedBy = by;
  }

  ReferralWebhookView view() {
    return new ReferralWebhookView(id, url, createdAt, createdBy);
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  String url() {
    return url;
  }

  boolean active() {
    return active;
  }
}
