package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatSender;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One message of a conversation, its text sealed; never changed once stored. */
@Entity
@Table(name = "chat_message")
class ChatMessage {

  /** Whose client ids are de-duplicated together. */
  static final String VISITOR_SIDE = "VISITOR";

  static final String STAFF_SIDE = "STAFF";

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID conversationId;

  @Column(nullable = false, updatable = false)
  private long seq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ChatSender sender;

  @Column(nullable = false, updatable = false)
  private String senderSide;

  private UUID authorId;
  private String clientId;

  @Column(nullable = false)
  private String bodySealed;

  private String keyId;

  @Column(nullable = false)
  private Instant sentAt;

  protected ChatMessage() {}

  ChatMessage(
      UUID id,
      UUID conversationId,
      long seq,
      ChatSender sender,
      UUID authorId,
      String clientId,
      Instant sentAt) {
    this.id = id;
    this.conversationId = conversationId;
    this.seq = seq;
    this.sender = sender;
    this.senderSide = sideOf(sender);
    this.authorId = authorId;
    this.clientId = clientId;
    this.sentAt = sentAt;
  }

  static String sideOf(ChatSender sender) {
    return sender == ChatSender.VISITOR ? VISITOR_SIDE : STAFF_SIDE;
  }

  static String contextOf(UUID id) {
    return "chat_message.body_sealed:" + id;
  }

  void seal(String sealed, String keyId) {
    this.bodySealed = sealed;
    this.keyId = keyId;
  }

  UUID id() {
    return id;
  }

  UUID conversationId() {
    return conversationId;
  }

  long seq() {
    return seq;
  }

  ChatSender sender() {
    return sender;
  }

  UUID authorId() {
    return authorId;
  }

  String clientId() {
    return clientId;
  }

  String bodySealed() {
    return bodySealed;
  }

  Instant sentAt() {
    return sentAt;
  }
}
