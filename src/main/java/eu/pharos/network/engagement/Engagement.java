package eu.pharos.network.engagement;

import eu.pharos.network.EngagementDetails;
import eu.pharos.network.EngagementKind;
import eu.pharos.network.FollowUpStatus;
import eu.pharos.network.NewFollowUpAction;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A capacity-building engagement with its follow-up actions. Its details are checked by {@link
 * EngagementRules} before they reach it; it guards its own dates as well.
 */
@Entity
@Table(name = "network_engagement")
class Engagement {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private EngagementKind kind;

  private String countryCode;
  private String title;
  private UUID hostOrganisationId;
  private String hostName;

  @ElementCollection
  @CollectionTable(
      name = "network_engagement_participant",
      joinColumns = @JoinColumn(name = "engagement_id"))
  @Column(name = "organisation_id")
  private Set<UUID> participants = new HashSet<>();

  private String otherParticipants;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String notes;
  private String outcomes;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "engagement_id", nullable = false)
  @OrderColumn(name = "sort_order", nullable = false)
  private List<FollowUpAction> actions = new ArrayList<>();

  private Instant createdAt;
  private UUID createdBy;
  private Instant updatedAt;
  private UUID updatedBy;

  @Version private long version;

  protected Engagement() {}

  Engagement(EngagementDetails details, UUID by, Instant now) {
    this.id = UUID.randomUUID();
    this.createdAt = now;
    this.createdBy = by;
    apply(details, by, now);
  }

  void change(EngagementDetails details, UUID by, Instant now) {
    apply(details, by, now);
  }

  private void apply(EngagementDetails details, UUID by, Instant now) {
    LocalDate end = details.endsOn() == null ? details.startsOn() : details.endsOn();
    if (end.isBefore(details.startsOn())) {
      throw new IllegalArgumentException("An engagement cannot end before it starts");
    }
    this.kind = details.kind();
    this.countryCode = details.countryCode();
    this.title = details.title();
    this.hostOrganisationId = details.hostOrganisationId();
    this.hostName = details.hostName();
    this.participants.clear();
    this.participants.addAll(details.participantOrganisationIds());
    this.otherParticipants = details.otherParticipants();
    this.startsOn = details.startsOn();
    this.endsOn = end;
    this.notes = details.notes();
    this.outcomes = details.outcomes();
    this.updatedAt = now;
    this.updatedBy = by;
  }

  FollowUpAction addAction(NewFollowUpAction action, UUID by, Instant now) {
    FollowUpAction added = new FollowUpAction(action, now);
    actions.add(added);
    this.updatedAt = now;
    this.updatedBy = by;
    return added;
  }

  Optional<FollowUpAction> action(UUID actionId) {
    return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  void setActionStatus(FollowUpAction action, FollowUpStatus status, UUID by, Instant now) {
    action.setStatus(status, now);
    this.updatedAt = now;
    this.updatedBy = by;
  }

  UUID id() {
    return id;
  }

  EngagementKind kind() {
    return kind;
  }

  String countryCode() {
    return countryCode;
  }

  String title() {
    return title;
  }

  UUID hostOrganisationId() {
    return hostOrganisationId;
  }

  String hostName() {
    return hostName;
  }

  Set<UUID> participants() {
    return Set.copyOf(participants);
  }

  String otherParticipants() {
    return otherParticipants;
  }

  LocalDate startsOn() {
    return startsOn;
  }

  LocalDate endsOn() {
    return endsOn;
  }

  String notes() {
    return notes;
  }

  String outcomes() {
    return outcomes;
  }

  List<FollowUpAction> actions() {
    return List.copyOf(actions);
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
