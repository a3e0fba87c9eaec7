package eu.pharos.chat.conversation;

import eu.pharos.chat.AdvisorAvailability;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An advisor's availability for chats; no row means offline. */
@Entity
@Table(name = "chat_advisor_status")
class AdvisorStatusRecord {

  @Id private UUID userId;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdvisorAvailability availability;

  private int capacity;

  @Column(nullable = false)
  private String languages;

  @Column(nullable = false)
  private Instant updatedAt;

  protected AdvisorStatusRecord() {}

  AdvisorStatusRecord(UUID userId) {
    this.userId = userId;
    this.availability = AdvisorAvailability.OFFLINE;
    this.capacity = 1;
    this.languages = "";
    this.updatedAt = Instant.now();
  }

  void set(AdvisorAvailability availability, int capacity, List<String> languages, Instant now) {
    this.availability = availability;
    this.capacity = capacity;
    this.languages = String.join(",", languages);
    this.updatedAt = now;
  }

  UUID userId() {
    return userId;
  }

  AdvisorAvailability availability() {
    return availability;
  }

  int capacity() {
    return capacity;
  }

  Set<String> languages() {
    Set<String> result = new LinkedHashSet<>();
    Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).forEach(result::add);
    return result;
  }

  boolean speaks(String language) {
    return languages().contains(language);
  }
}
