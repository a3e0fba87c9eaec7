package eu.pharos.knowledge.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as an iCalendar file (RFC 5545) with one event: lines end in CRLF, text values are
 * escaped and long lines folded at 75 octets, times are in UTC.
 */
public final class MeetingCalendar {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private MeetingCalendar() {}

  /**
   * @param url where the meeting's page is, an absolute address, or null
   * @param now the time the file is made (DTSTAMP)
   */
  public static String of(MeetingView meeting, String url, Instant now) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//Pharos//Centres of Excellence//EN");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("METHOD:PUBLISH");
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + meeting.id() + "@pharos");
    lines.add("DTSTAMP:" + UTC.format(now));
    lines.add("DTSTART:" + UTC.format(meeting.startsAt()));
    lines.add("DTEND:" + UTC.format(meeting.endsAt()));
    lines.add("SUMMARY:" + text(meeting.title()));
    StringBuilder description = new StringBuilder();
    if (meeting.description() != null) {
      description.append(meeting.description());
    }
    if (!meeting.agenda().isEmpty()) {
      if (!description.isEmpty()) {
        description.append("\n\n");
      }
      for (MeetingView.AgendaItemView item : meeting.agenda()) {
        description.append(item.position()).append(". ").append(item.title());
        if (item.presenter() != null) {
          description.append(" (").append(item.presenter()).append(')');
        }
        description.append('\n');
      }
    }
    if (meeting.online()) {
      if (!description.isEmpty()) {
        description.append('\n');
      }
      description.append(meeting.onlineLink());
    }
    if (!description.isEmpty()) {
      lines.add("DESCRIPTION:" + text(description.toString().strip()));
    }
    String location = location(meeting);
    if (location != null) {
      lines.add("LOCATION:" + text(location));
    }
    if (url != null) {
      lines.add("URL:" + url);
    }
    lines.add("END:VEVENT");
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(fold(line)).append("\r\n");
    }
    return out.toString();
  }

  private static String location(MeetingView meeting) {
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {meeting.place(), meeting.address(), meeting.city()}) {
      if (part != null) {
        parts.add(part);
      }
    }
    if (parts.isEmpty()) {
      return meeting.onlineLink();
    }
    return String.join(", ", parts);
  }

  /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Folds a line so that no line is longer than 75 octets, never splitting a character. */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      String character = new String(Character.toChars(codePoint));
      int size = character.getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.append(character);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
