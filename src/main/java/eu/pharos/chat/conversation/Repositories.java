package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatState;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

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

  long countByConversationId(UUID conversationId);
}

interface SettingsRepository extends JpaRepository<ChatSettings, UUID> {}

interface AdvisorStatusRepository extends JpaRepository<AdvisorStatusRecord, UUID> {

  List<AdvisorStatusRecord> findByAvailability(eu.pharos.chat.AdvisorAvailability availability);
}
