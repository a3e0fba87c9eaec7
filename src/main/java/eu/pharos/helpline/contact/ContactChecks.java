package eu.pharos.helpline.contact;

import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ConversationContact;
import eu.pharos.helpline.NewContact;
import eu.pharos.identity.Users;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules of a contact, checked whole before anything is stored: every problem is named at once,
 * each on the field the form and the API call it.
 */
@Component
class ContactChecks {

  static final String PREFIX = "helpline.contacts.error.";

  /** Longest contact: a day. */
  static final int MAX_DURATION_SECONDS = 24 * 60 * 60;

  /**
   * Clocks of phones and browsers run a little fast; a start this far ahead still counts as now.
   */
  static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

  static final int MAX_LINE_LABEL = 100;
  static final int MAX_NOTE = 10_000;
  static final int MAX_TRANSCRIPT = 1_000_000;

  private static final Set<String> LANGUAGES =
      Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

  private final Lines lines;
  private final Users users;
  private final Clock clock;

  ContactChecks(Lines lines, Users users, Clock clock) {
    this.lines = lines;
    this.users = users;
    this.clock = clock;
  }

  /** The contact's facts as they will be stored, once every rule holds. */
  ContactRecord.Facts check(NewContact contact, UUID advisorId) {
    List<Problem> problems = new ArrayList<>();
    if (contact.channel() == null) {
      problems.add(Problem.of("channel", PREFIX + "channel.required"));
    }
    if (contact.direction() == null) {
      problems.add(Problem.of("direction", PREFIX + "direction.required"));
    }
    checkStart(contact.startedAt(), problems);
    checkDuration(contact.durationSeconds(), problems);
    String language = language(contact.language(), problems);
    String lineLabel = blankToNull(contact.lineLabel());
    if (contact.helplineId() != null) {
      if (lines.helpline(contact.helplineId()).isEmpty()) {
        problems.add(Problem.of("helplineId", PREFIX + "line.unknown"));
      } else if (lineLabel != null) {
        problems.add(Problem.of("lineLabel", PREFIX + "line.both"));
      }
    }
    if (lineLabel != null && lineLabel.length() > MAX_LINE_LABEL) {
      problems.add(Problem.of("lineLabel", PREFIX + "lineLabel.tooLong", MAX_LINE_LABEL));
    }
    checkAdvisor(advisorId, problems);
    if (contact.note() != null && contact.note().length() > MAX_NOTE) {
      problems.add(Problem.of("note", PREFIX + "note.tooLong", MAX_NOTE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new ContactRecord.Facts(
        contact.channel(),
        contact.helplineId(),
        lineLabel,
        contact.direction(),
        contact.startedAt(),
        contact.durationSeconds(),
        language,
        advisorId,
        contact.topic(),
        contact.crimeType(),
        contact.heardFrom(),
        contact.outcome(),
        contact.anonymous(),
        null);
  }

  /** The facts of a conversation filed by the chat module: inbound and anonymous. */
  ContactRecord.Facts check(ConversationContact contact, UUID advisorId) {
    List<Problem> problems = new ArrayList<>();
    if (contact.conversationId() == null) {
      problems.add(Problem.of("conversationId", PREFIX + "conversation.required"));
    }
    if (contact.channel() == null) {
      problems.add(Problem.of("channel", PREFIX + "channel.required"));
    } else if (contact.channel() == ContactChannel.PHONE
        || contact.channel() == ContactChannel.IN_PERSON) {
      problems.add(Problem.of("channel", PREFIX + "conversation.channel"));
    }
    checkStart(contact.startedAt(), problems);
    checkDuration(contact.durationSeconds(), problems);
    String language = language(contact.language(), problems);
    checkAdvisor(advisorId, problems);
    if (contact.note() != null && contact.note().length() > MAX_NOTE) {
      problems.add(Problem.of("note", PREFIX + "note.tooLong", MAX_NOTE));
    }
    if (contact.transcript() != null && contact.transcript().length() > MAX_TRANSCRIPT) {
      problems.add(Problem.of("transcript", PREFIX + "transcript.tooLong", MAX_TRANSCRIPT));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new ContactRecord.Facts(
        contact.channel(),
        null,
        null,
        eu.pharos.helpline.ContactDirection.INBOUND,
        contact.startedAt(),
        contact.durationSeconds(),
        language,
        advisorId,
        contact.topic(),
        contact.crimeType(),
        null,
        contact.outcome(),
        true,
        contact.conversationId());
  }

  private void checkStart(Instant startedAt, List<Problem> problems) {
    if (startedAt == null) {
      problems.add(Problem.of("startedAt", PREFIX + "startedAt.required"));
    } else if (startedAt.isAfter(Instant.now(clock).plus(CLOCK_TOLERANCE))) {
      problems.add(Problem.of("startedAt", PREFIX + "startedAt.future"));
    }
  }

  private static void checkDuration(Integer seconds, List<Problem> problems) {
    if (seconds != null && (seconds < 0 || seconds > MAX_DURATION_SECONDS)) {
      problems.add(Problem.of("durationSeconds", PREFIX + "duration.range"));
    }
  }

  private static String language(String value, List<Problem> problems) {
    String code = blankToNull(value);
    if (code == null) {
      return null;
    }
    code = code.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(code)) {
      problems.add(Problem.of("language", PREFIX + "language.unknown"));
      return null;
    }
    return code;
  }

  private void checkAdvisor(UUID advisorId, List<Problem> problems) {
    if (advisorId != null && users.find(advisorId).isEmpty()) {
      problems.add(Problem.of("advisorId", PREFIX + "advisor.unknown"));
    }
  }

  /** Whether a code is an ISO 639-1 language. */
  static boolean knownLanguage(String code) {
    return code != null && LANGUAGES.contains(code.strip().toLowerCase(Locale.ROOT));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
