package eu.pharos.network.engagement;

import eu.pharos.identity.Organisations;
import eu.pharos.network.Countries;
import eu.pharos.network.EngagementDetails;
import eu.pharos.network.InvalidEngagement;
import eu.pharos.network.InvalidEngagement.Problem;
import eu.pharos.network.NewFollowUpAction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks engagements and follow-up actions before anything is stored, and lists every problem. */
@Component
class EngagementRules {

  static final int TITLE_MAX = 200;
  static final int NAME_MAX = 200;
  static final int PARTICIPANTS_MAX = 2000;
  static final int TEXT_MAX = 10_000;
  static final int DESCRIPTION_MAX = 500;

  private final Countries countries;
  private final Organisations organisations;

  EngagementRules(Countries countries, Organisations organisations) {
    this.countries = countries;
    this.organisations = organisations;
  }

  EngagementDetails check(EngagementDetails details) {
    List<Problem> problems = new ArrayList<>();
    if (details.kind() == null) {
      problems.add(new Problem("kind", "engagements.error.kindRequired"));
    }
    String country = blankToNull(details.countryCode());
    if (country == null) {
      problems.add(new Problem("countryCode", "engagements.error.countryRequired"));
    } else if (countries.find(country).isEmpty()) {
      problems.add(new Problem("countryCode", "engagements.error.countryUnknown"));
    }
    String title = blankToNull(details.title());
    if (title == null) {
      problems.add(new Problem("title", "engagements.error.titleRequired"));
    } else if (title.length() > TITLE_MAX) {
      problems.add(new Problem("title", "engagements.error.titleTooLong"));
    }
    if (details.hostOrganisationId() != null && unknown(details.hostOrganisationId())) {
      problems.add(new Problem("hostOrganisationId", "engagements.error.organisationUnknown"));
    }
    tooLong(details.hostName(), NAME_MAX, "hostName", problems);
    if (details.participantOrganisationIds().stream().anyMatch(this::unknown)) {
      problems.add(
          new Problem("participantOrganisationIds", "engagements.error.organisationUnknown"));
    }
    tooLong(details.otherParticipants(), PARTICIPANTS_MAX, "otherParticipants", problems);
    if (details.startsOn() == null) {
      problems.add(new Problem("startsOn", "engagements.error.startRequired"));
    } else if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
      problems.add(new Problem("endsOn", "engagements.error.endBeforeStart"));
    }
    tooLong(details.notes(), TEXT_MAX, "notes", problems);
    tooLong(details.outcomes(), TEXT_MAX, "outcomes", problems);
    if (!problems.isEmpty()) {
      throw new InvalidEngagement(problems);
    }
    return new EngagementDetails(
        details.kind(),
        country.toUpperCase(java.util.Locale.ROOT),
        title,
        details.hostOrganisationId(),
        blankToNull(details.hostName()),
        details.participantOrganisationIds(),
        blankToNull(details.otherParticipants()),
        details.startsOn(),
        details.endsOn(),
        blankToNull(details.notes()),
        blankToNull(details.outcomes()));
  }

  NewFollowUpAction check(NewFollowUpAction action) {
    List<Problem> problems = new ArrayList<>();
    String description = blankToNull(action.description());
    if (description == null) {
      problems.add(new Problem("description", "engagements.error.descriptionRequired"));
    } else if (description.length() > DESCRIPTION_MAX) {
      problems.add(new Problem("description", "engagements.error.descriptionTooLong"));
    }
    String owner = blankToNull(action.ownerName());
    if (owner == null && action.ownerOrganisationId() == null) {
      problems.add(new Problem("ownerName", "engagements.error.ownerRequired"));
    }
    tooLong(owner, NAME_MAX, "ownerName", problems);
    if (action.ownerOrganisationId() != null && unknown(action.ownerOrganisationId())) {
      problems.add(new Problem("ownerOrganisationId", "engagements.error.organisationUnknown"));
    }
    if (action.dueOn() == null) {
      problems.add(new Problem("dueOn", "engagements.error.dueRequired"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidEngagement(problems);
    }
    return new NewFollowUpAction(description, owner, action.ownerOrganisationId(), action.dueOn());
  }

  private boolean unknown(UUID organisationId) {
    return organisations.find(organisationId).isEmpty();
  }

  private static void tooLong(String value, int max, String field, List<Problem> problems) {
    if (value != null && value.strip().length() > max) {
      problems.add(new Problem(field, "engagements.error.tooLong"));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
