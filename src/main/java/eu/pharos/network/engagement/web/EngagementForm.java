package eu.pharos.network.engagement.web;

import eu.pharos.network.EngagementDetails;
import eu.pharos.network.EngagementKind;
import eu.pharos.network.EngagementView;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * The engagement form as typed: everything is text until {@link #validate(Errors)} has read it, so
 * that a wrong date or an unknown choice gets a message on its field instead of an error page.
 */
public class EngagementForm {

  private String kind = "";
  private String countryCode = "";
  private String title = "";
  private String hostOrganisationId = "";
  private String hostName = "";
  private Set<String> participantOrganisationIds = new LinkedHashSet<>();
  private String otherParticipants = "";
  private String startsOn = "";
  private String endsOn = "";
  private String notes = "";
  private String outcomes = "";

  static EngagementForm of(EngagementView engagement) {
    EngagementForm form = new EngagementForm();
    form.kind = engagement.kind().name();
    form.countryCode = engagement.countryCode();
    form.title = engagement.title();
    form.hostOrganisationId =
        engagement.hostOrganisationId() == null ? "" : engagement.hostOrganisationId().toString();
    form.hostName = nullToEmpty(engagement.hostName());
    engagement
        .participantOrganisationIds()
        .forEach(id -> form.participantOrganisationIds.add(id.toString()));
    form.otherParticipants = nullToEmpty(engagement.otherParticipants());
    form.startsOn = engagement.startsOn().toString();
    form.endsOn = engagement.endsOn().toString();
    form.notes = nullToEmpty(engagement.notes());
    form.outcomes = nullToEmpty(engagement.outcomes());
    return form;
  }

  /** Checks what only the form can: the shape of dates and choices. The rest is the facade's. */
  void validate(Errors errors) {
    if (!kind.isEmpty() && parseKind() == null) {
      errors.rejectValue("kind", "engagements.error.kindRequired");
    }
    if (!startsOn.isEmpty() && parseDate(startsOn) == null) {
      errors.rejectValue("startsOn", "engagements.error.dateInvalid");
    }
    if (!endsOn.isEmpty() && parseDate(endsOn) == null) {
      errors.rejectValue("endsOn", "engagements.error.dateInvalid");
    }
    if (!hostOrganisationId.isEmpty() && parseId(hostOrganisationId) == null) {
      errors.rejectValue("hostOrganisationId", "engagements.error.organisationUnknown");
    }
    if (participantOrganisationIds.stream().anyMatch(id -> parseId(id) == null)) {
      errors.rejectValue("participantOrganisationIds", "engagements.error.organisationUnknown");
    }
  }

  EngagementDetails toDetails() {
    Set<UUID> participants = new LinkedHashSet<>();
    participantOrganisationIds.forEach(id -> participants.add(parseId(id)));
    return new EngagementDetails(
        parseKind(),
        countryCode,
        title,
        parseId(hostOrganisationId),
        hostName,
        participants,
        otherParticipants,
        parseDate(startsOn),
        parseDate(endsOn),
        notes,
        outcomes);
  }

  private EngagementKind parseKind() {
    for (EngagementKind candidate : EngagementKind.values()) {
      if (candidate.name().equals(kind)) {
        return candidate;
      }
    }
    return null;
  }

  static LocalDate parseDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static UUID parseId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = clean(kind);
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = clean(countryCode);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = clean(title);
  }

  public String getHostOrganisationId() {
    return hostOrganisationId;
  }

  public void setHostOrganisationId(String hostOrganisationId) {
    this.hostOrganisationId = clean(hostOrganisationId);
  }

  public String getHostName() {
    return hostName;
  }

  public void setHostName(String hostName) {
    this.hostName = clean(hostName);
  }

  public Set<String> getParticipantOrganisationIds() {
    return participantOrganisationIds;
  }

  public void setParticipantOrganisationIds(Set<String> ids) {
    this.participantOrganisationIds =
        ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
  }

  public String getOtherParticipants() {
    return otherParticipants;
  }

  public void setOtherParticipants(String otherParticipants) {
    this.otherParticipants = clean(otherParticipants);
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = clean(startsOn);
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = clean(endsOn);
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = clean(notes);
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String outcomes) {
    this.outcomes = clean(outcomes);
  }
}
