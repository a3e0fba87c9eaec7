package eu.pharos.chat.web.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.VisitorView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationPageTest {

  @Test
  void timesAreWrittenInTheOrganisationsZoneOnTheTwentyFourHourClock() {
    Instant morning = Instant.parse("2026-11-29T09:41:00Z");
    Instant evening = Instant.parse("2026-07-01T19:05:00Z");
    VisitorView view =
        new VisitorView(
            UUID.randomUUID(),
            ChatKind.LIVE,
            ChatState.ACTIVE,
            "Weisser Ring",
            ZoneId.of("Europe/Berlin"),
            null,
            false,
            1,
            List.of(
                new ChatMessageView(1, ChatSender.VISITOR, null, "Hallo", morning, "a"),
                new ChatMessageView(2, ChatSender.ADVISOR, "Jonas", "Guten Tag", evening, null),
                new ChatMessageView(3, ChatSender.NOTE, "Jonas", "internal", evening, null)),
            false);

    ConversationPage page = ConversationPage.of(view, false, "", Map.of());

    // Winter and summer time in Berlin; the note is never part of the victim's page.
    assertThat(page.lines())
        .extracting(ConversationPage.Line::time)
        .containsExactly("10:41", "21:05");
    assertThat(page.lines())
        .extracting(ConversationPage.Line::delivery)
        .containsExactly("seen", null);
  }
}
