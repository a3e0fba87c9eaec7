package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.ChatTopic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A conversation between an anonymous victim and the organisation's advisors. It numbers its
 * messages (callers hold its row lock while doing so) and guards its state changes; the victim's
 * token and return code are kept only as hashes.
 */
@Entity
@Table(name = "chat_conversation")
class Conversation {

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ChatKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ChatState state;

  @Column(nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ChatTopic topic;

  private int priority;

  @Column(nullable = false)
  private String visitorTokenHash;

  private String returnCodeHash;
  private UUID advisorId;
  private long lastSeq;
  private long visitorReadSeq;
  private long staffReadSeq;

  @Column(nullable = false)
  private Instant queuedAt;

  private Instant acceptedAt;
  private Instant endedAt;
  private Instant lastMessageAt;
  private Instant replyDueAt;
  private Integer rating;
  private String ratingCommentSealed;
  private UUID contactId;
  private String source;
  private String keyId;
  private Instant messagesDeletedAt;

  @Version private long version;

  protected Conversation() {}

  Conversation(
      UUID id,
      ChatKind kind,
      String language,
      ChatTopic topic,
      String visitorTokenHash,
      String source,
      Instant now) {
    this.id = id;
    this.kind = kind;
    this.state = ChatState.QUEUED;
    this.language = language;
    this.topic = topic;
    this.visitorTokenHash = visitorTokenHash;
    this.source = source;
    this.queuedAt = now;
  }

  /** The next message number; the caller holds the row lock. */
  long nextSeq(Instant now) {
    lastSeq++;
    lastMessageAt = now;
    return lastSeq;
  }

  /** The victim wrote: written messaging now waits for an answer within the target. */
  void visitorWrote(Instant now, Duration replyTarget) {
    if (kind == ChatKind.WRITTEN && state != ChatState.QUEUED) {
      state = ChatState.AWAITING_REPLY;
    }
    if (kind == ChatKind.WRITTEN && replyDueAt == null) {
      replyDueAt = now.plus(replyTarget);
    }
  }

  /** An advisor answered: written messaging is answered until the victim writes again. */
  void advisorWrote() {
    if (kind == ChatKind.WRITTEN) {
      state = ChatState.ANSWERED;
      replyDueAt = null;
    }
  }

  void accept(UUID advisor, Instant now) {
    this.advisorId = advisor;
    if (acceptedAt == null) {
      acceptedAt = now;
    }
    state = kind == ChatKind.WRITTEN ? ChatState.AWAITING_REPLY : ChatState.ACTIVE;
  }

  void transferTo(UUID advisor) {
    this.advisorId = advisor;
  }

  void end(Instant now) {
    state = acceptedAt == null ? ChatState.ABANDONED : ChatState.ENDED;
    if (endedAt == null) {
      endedAt = now;
    }
  }

  void filedAs(UUID contact) {
    this.contactId = contact;
  }

  /** The victim came back with a return code: written messaging, with a new token. */
  void resumeAsWritten(String newTokenHash, Instant now, Duration replyTarget) {
    visitorTokenHash = newTokenHash;
    returnCodeHash = null;
    kind = ChatKind.WRITTEN;
    endedAt = null;
    if (contactId != null || advisorId == null) {
      // Filed already (or nobody took it): back to the queue as a new written request.
      state = ChatState.QUEUED;
      queuedAt = now;
      acceptedAt = null;
      advisorId = null;
      contactId = null;
    } else {
      state = ChatState.AWAITING_REPLY;
    }
    replyDueAt = now.plus(replyTarget);
  }

  void returnCode(String hash) {
    this.returnCodeHash = hash;
  }

  /** Whether the priority rose: only the first concern of a conversation raises it. */
  boolean raisePriority() {
    boolean rises = priority < 1;
    priority = Math.max(priority, 1);
    return rises;
  }

  void visitorRead(long seq) {
    visitorReadSeq = Math.max(visitorReadSeq, Math.min(seq, lastSeq));
  }

  void staffRead(long seq) {
    staffReadSeq = Math.max(staffReadSeq, Math.min(seq, lastSeq));
  }

  void rate(int stars, String commentSealed, String keyId) {
    this.rating = stars;
    this.ratingCommentSealed = commentSealed;
    if (commentSealed != null) {
      this.keyId = keyId;
    }
  }

  void delete(Instant now) {
    state = ChatState.DELETED;
    returnCodeHash = null;
    ratingCommentSealed = null;
    messagesDeletedAt = now;
    if (endedAt == null) {
      endedAt = now;
    }
  }

  void messagesDeleted(Instant now) {
    messagesDeletedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  ChatKind kind() {
    return kind;
  }

  ChatState state() {
    return state;
  }

  String language() {
    return language;
  }

  ChatTopic topic() {
    return topic;
  }

  int priority() {
    return priority;
  }

  String visitorTokenHash() {
    return visitorTokenHash;
  }

  boolean returnCodeTaken() {
    return returnCodeHash != null;
  }

  UUID advisorId() {
    return advisorId;
  }

  long lastSeq() {
    return lastSeq;
  }

  long visitorReadSeq() {
    return visitorReadSeq;
  }

  long staffReadSeq() {
    return staffReadSeq;
  }

  Instant queuedAt() {
    return queuedAt;
  }

  Instant acceptedAt() {
    return acceptedAt;
  }

  Instant endedAt() {
    return endedAt;
  }

  Instant lastMessageAt() {
    return lastMessageAt;
  }

  Instant replyDueAt() {
    return replyDueAt;
  }

  Integer rating() {
    return rating;
  }

  UUID contactId() {
    return contactId;
  }

  long version() {
    return version;
  }
}
