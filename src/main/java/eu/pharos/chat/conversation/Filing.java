package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatSender;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.ConversationContact;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Files a conversation as a contact of the helpline: the transcript as plain lines {@code [time]
 * Victim/Advisor: text} without internal notes, which go into the contact's note after the
 * advisor's own.
 */
@Component
class Filing {

  static final int MAX_NOTE = 10_000;
  static final int MAX_DURATION_SECONDS = 24 * 60 * 60;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ConversationStore store;
  private final Organisations organisations;
  private final Contacts contacts;

  Filing(ConversationStore store, Organisations organisations, Contacts contacts) {
    this.store = store;
    this.organisations = organisations;
    this.contacts = contacts;
  }

  UUID file(Conversation c, ChatClosing closing, UUID advisorId) {
    ZoneId zone = organisations.zone(c.organisationId());
    List<ChatMessage> messages = store.all(c);
    StringBuilder transcript = new StringBuilder();
    StringBuilder notes = new StringBuilder();
    String visitor = store.say(c.language(), "chat.transcript.visitor");
    for (ChatMessage m : messages) {
      String time = "[" + TIME.format(m.sentAt().atZone(zone)) + "] ";
      String body = store.open(m);
      switch (m.sender()) {
        case VISITOR -> transcript.append(time).append(visitor).append(": ").append(body);
        case ADVISOR ->
            transcript
                .append(time)
                .append(nameOr(store.staffName(m.authorId()), c, "chat.transcript.advisor"))
                .append(": ")
                .append(body);
        case NOTE ->
            notes
                .append(time)
                .append(nameOr(store.staffName(m.authorId()), c, "chat.author.system"))
                .append(": ")
                .append(body);
        case SYSTEM -> {}
      }
      if (m.sender() == ChatSender.VISITOR || m.sender() == ChatSender.ADVISOR) {
        transcript.append('\n');
      } else if (m.sender() == ChatSender.NOTE) {
        notes.append('\n');
      }
    }
    String note = closing.note() == null || closing.note().isBlank() ? "" : closing.note().strip();
    if (!notes.isEmpty()) {
      note = (note.isEmpty() ? "" : note + "\n\n") + notes.toString().strip();
    }
    if (note.length() > MAX_NOTE) {
      note = note.substring(0, MAX_NOTE);
    }
    Instant end = c.endedAt() == null ? store.now() : c.endedAt();
    Integer duration = null;
    if (c.acceptedAt() != null) {
      long seconds = Duration.between(c.acceptedAt(), end).toSeconds();
      duration = seconds <= MAX_DURATION_SECONDS ? (int) Math.max(0, seconds) : null;
    }
    CrimeType crimeType = closing.crimeType() != null ? closing.crimeType() : c.topic().crimeType();
    boolean live = c.kind() == ChatKind.LIVE;
    ContactView filed =
        contacts.recordConversation(
            new ConversationContact(
                c.id(),
                live ? ContactChannel.CHAT : ContactChannel.WRITTEN_MESSAGE,
                c.queuedAt(),
                duration,
                c.language(),
                c.advisorId() != null ? c.advisorId() : advisorId,
                live ? SupportService.ONLINE_CHAT : SupportService.WRITTEN_ONLINE_COUNSELLING,
                crimeType,
                closing.outcome(),
                transcript.toString(),
                note.isEmpty() ? null : note,
                closing.caseId(),
                closing.openCase()));
    return filed.id();
  }

  private String nameOr(String name, Conversation c, String key) {
    return name != null ? name : store.say(c.language(), key);
  }
}
