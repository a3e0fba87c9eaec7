package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatState;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

  /** The conversation under a row lock, for numbering messages and changing its state. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Conversation c where c.id = ?1")
  Optional<Conversation> lock(UUID id);

  @Query(
      "select c from Conversation c where c.state = eu.pharos.chat.ChatState.QUEUED"
          + " order by c.priority desc, c.queuedAt asc, c.id asc")
  List<Conversation> queued();

  List<Conversation> findByAdvisorIdAndStateInOrderByLastMessageAtDesc(
      UUID advisorId, Collection<ChatState> states);

  long countByAdvisorIdAndStateIn(UUID advisorId, Collection<ChatState> states);
}

interface MessageRepository extends JpaRepository<ChatMessage, UUID> {

  List<ChatMessage> findByConversationIdAndSeqGreaterThanOrderBySeqAsc(
      UUID conversationId, long afterSeq);

  Optional<ChatMessage> findByConversationIdAndSeq(UUID conversationId, long seq);

  @Query(
      "select m from ChatMessage m where m.conversationId = ?1 and m.senderSide = ?2"
          + " and m.clientId = ?3")
  Optional<ChatMessage> findSent(UUID conversationId, String side, String clientId);

  long countByConversationId(UUID conversationId);
}

interface SettingsRepository extends JpaRepository<ChatSettings, UUID> {}

interface AdvisorStatusRepository extends JpaRepository<AdvisorStatusRecord, UUID> {

  List<AdvisorStatusRecord> findByAvailability(eu.pharos.chat.AdvisorAvailability availability);
}
