package eu.pharos.helpline.contact.web;

import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.HeardFrom;
import eu.pharos.helpline.NewContact;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * The contact form as typed: everything is text until {@link #validate} has read it, so that a
 * wrong date or an unknown choice gets a message beside its field and nothing typed is lost.
 */
public class ContactForm {

  static final String ERROR = "helpline.contacts.error.";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** What to do about a case. */
  enum CaseChoice {
    NONE,
    ATTACH,
    OPEN
  }

  private String channel = "";
  private String direction = "";
  private String date = "";
  private String time = "";
  private String durationMinutes = "";
  private String line = "";
  private String lineLabel = "";
  private String language = "";
  private String topic = "";
  private String crimeType = "";
  private String heardFrom = "";
  private String outcome = "";
  private String anonymous = "";
  private String note = "";
  private String caseChoice = CaseChoice.NONE.name();
  private String caseReference = "";

  /** A new form: now, inbound, on the given line (the organisation's 116 006 line, if any). */
  static ContactForm startingNow(
      ContactChannel channel, Instant now, ZoneId zone, UUID defaultLine) {
    ContactForm form = new ContactForm();
    form.channel = channel == null ? "" : channel.name();
    form.direction = ContactDirection.INBOUND.name();
    LocalDateTime local = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
    form.date = local.toLocalDate().toString();
    form.time = local.toLocalTime().format(TIME);
    form.line = defaultLine == null ? "" : defaultLine.toString();
    return form;
  }

  /** Checks what only the form can: the shape of dates, numbers and choices. */
  void validate(Errors errors) {
    if (!channel.isEmpty() && parse(ContactChannel.class, channel) == null) {
      errors.rejectValue("channel", ERROR + "choice.unknown");
    }
    if (!direction.isEmpty() && parse(ContactDirection.class, direction) == null) {
      errors.rejectValue("direction", ERROR + "choice.unknown");
    }
    if (date.isEmpty()) {
      errors.rejectValue("date", ERROR + "date.required");
    } else if (parseDate() == null) {
      errors.rejectValue("date", ERROR + "date.invalid");
    }
    if (time.isEmpty()) {
      errors.rejectValue("time", ERROR + "time.required");
    } else if (parseTime() == null) {
      errors.rejectValue("time", ERROR + "time.invalid");
    }
    if (!durationMinutes.isEmpty() && parseMinutes() == null) {
      errors.rejectValue("durationMinutes", ERROR + "duration.invalid");
    }
    if (!line.isEmpty() && parseId(line) == null) {
      errors.rejectValue("line", ERROR + "line.unknown");
    }
    choice("topic", topic, SupportService.class, errors);
    choice("crimeType", crimeType, CrimeType.class, errors);
    choice("heardFrom", heardFrom, HeardFrom.class, errors);
    choice("outcome", outcome, ContactOutcome.class, errors);
    if (!caseChoice.isEmpty() && parse(CaseChoice.class, caseChoice) == null) {
      errors.rejectValue("caseChoice", ERROR + "choice.unknown");
    } else if (caseChoice() == CaseChoice.ATTACH && caseReference.isEmpty()) {
      errors.rejectValue("caseReference", ERROR + "caseReference.required");
    } else if (caseChoice() == CaseChoice.OPEN && !caseReference.isEmpty()) {
      errors.rejectValue("caseReference", ERROR + "caseReference.withOpen");
    }
  }

  private static <E extends Enum<E>> void choice(
      String field, String value, Class<E> type, Errors errors) {
    if (!value.isEmpty() && parse(type, value) == null) {
      errors.rejectValue(field, ERROR + "choice.unknown");
    }
  }

  /** The contact to record, once {@link #validate} found nothing. */
  NewContact toContact(ZoneId zone, UUID caseId) {
    return new NewContact(
        parse(ContactChannel.class, channel),
        parseId(line),
        lineLabel,
        parse(ContactDirection.class, direction),
        LocalDateTime.of(parseDate(), parseTime()).atZone(zone).toInstant(),
        durationSeconds(),
        language.isEmpty() ? null : language,
        null,
        parse(SupportService.class, topic),
        parse(CrimeType.class, crimeType),
        parse(HeardFrom.class, heardFrom),
        parse(ContactOutcome.class, outcome),
        "true".equals(anonymous),
        note,
        caseId,
        caseChoice() == CaseChoice.OPEN);
  }

  /** The facade's name of a field as this form calls it. */
  static String formField(String facadeField) {
    if (facadeField == null) {
      return null;
    }
    return switch (facadeField) {
      case "helplineId" -> "line";
      case "startedAt" -> "date";
      case "durationSeconds" -> "durationMinutes";
      case "caseId", "openCase" -> "caseReference";
      case "advisorId" -> null;
      default -> facadeField;
    };
  }

  /** The choice made; a reference typed without choosing to attach attaches all the same. */
  CaseChoice caseChoice() {
    CaseChoice choice = parse(CaseChoice.class, caseChoice);
    if (choice == null || choice == CaseChoice.NONE) {
      return caseReference.isEmpty() ? CaseChoice.NONE : CaseChoice.ATTACH;
    }
    return choice;
  }

  private Integer durationSeconds() {
    Long minutes = parseMinutes();
    if (minutes == null) {
      return null;
    }
    long seconds = minutes * 60;
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, seconds));
  }

  private Long parseMinutes() {
    if (durationMinutes.isEmpty() || durationMinutes.length() > 9) {
      return null;
    }
    try {
      return Long.parseLong(durationMinutes);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private LocalDate parseDate() {
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private LocalTime parseTime() {
    try {
      return LocalTime.parse(time.length() == 4 ? "0" + time : time);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(value)) {
        return candidate;
      }
    }
    return null;
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

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = clean(channel);
  }

  public String getDirection() {
    return direction;
  }

  public void setDirection(String direction) {
    this.direction = clean(direction);
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = clean(date);
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = clean(time);
  }

  public String getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(String durationMinutes) {
    this.durationMinutes = clean(durationMinutes);
  }

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = clean(line);
  }

  public String getLineLabel() {
    return lineLabel;
  }

  public void setLineLabel(String lineLabel) {
    this.lineLabel = clean(lineLabel);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = clean(language);
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = clean(topic);
  }

  public String getCrimeType() {
    return crimeType;
  }

  public void setCrimeType(String crimeType) {
    this.crimeType = clean(crimeType);
  }

  public String getHeardFrom() {
    return heardFrom;
  }

  public void setHeardFrom(String heardFrom) {
    this.heardFrom = clean(heardFrom);
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = clean(outcome);
  }

  public String getAnonymous() {
    return anonymous;
  }

  public void setAnonymous(String anonymous) {
    this.anonymous = clean(anonymous);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    // Kept as typed, line breaks and all: it is what was said.
    this.note = note == null ? "" : note;
  }

  public String getCaseChoice() {
    return caseChoice;
  }

  public void setCaseChoice(String caseChoice) {
    this.caseChoice = clean(caseChoice);
  }

  public String getCaseReference() {
    return caseReference;
  }

  public void setCaseReference(String caseReference) {
    this.caseReference = clean(caseReference);
  }
}
