package eu.pharos.knowledge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.meeting.MeetingView.AgendaItemView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A meeting as an iCalendar file: CRLF lines, escaped text, folded lines, UTC times. */
class MeetingCalendarTest {

  @Test
  void writesOneEventWithEscapedFoldedTextInUtc() {
    UUID id = UUID.fromString("11111111-2222-3333-4444-555555555555");
    MeetingView meeting =
        new MeetingView(
            id,
            UUID.randomUUID(),
            "european-helplines",
            MeetingKind.MEETING,
            "Helplines; policy, and more",
            "Line one\nLine two with a backslash \\ and a long text that goes on and on beyond"
                + " seventy-five octets so that it must be folded – ção",
            Instant.parse("2017-10-19T08:30:00Z"),
            Instant.parse("2017-10-20T16:00:00Z"),
            "APAV",
            null,
            "Lisbon",
            null,
            null,
            "APAV",
            Visibility.PUBLIC,
            0,
            List.of(new AgendaItemView(UUID.randomUUID(), 1, "Technical issues", null, "APAV")),
            List.of(),
            List.of(),
            null,
            false,
            null,
            List.of(),
            List.of(),
            null,
            false,
            false,
            true);

    String ics =
        MeetingCalendar.of(
            meeting, "https://pharos.test/centres/x", Instant.parse("2026-11-28T12:00:00Z"));

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    assertThat(ics)
        .contains("UID:" + id + "@pharos\r\n")
        .contains("DTSTAMP:20261128T120000Z\r\n")
        .contains("DTSTART:20171019T083000Z\r\n")
        .contains("DTEND:20171020T160000Z\r\n")
        .contains("SUMMARY:Helplines\\; policy\\, and more\r\n")
        .contains("LOCATION:APAV\\, Lisbon\r\n")
        .contains("URL:https://pharos.test/centres/x\r\n");
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .contains("DESCRIPTION:Line one\\nLine two with a backslash \\\\ and a long text")
        .contains("1. Technical issues (APAV)");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
  }

  @Test
  void onlyWebLinksAreOnlineLinks() {
    assertThat(Meetings.isWebLink("https://meet.example.org/room")).isTrue();
    assertThat(Meetings.isWebLink("http://meet.example.org")).isTrue();
    assertThat(Meetings.isWebLink("javascript:alert(1)")).isFalse();
    assertThat(Meetings.isWebLink("ftp://files.example.org")).isFalse();
    assertThat(Meetings.isWebLink("meet.example.org")).isFalse();
  }
}
