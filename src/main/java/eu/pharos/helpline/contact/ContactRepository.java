package eu.pharos.helpline.contact;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContactRepository
    extends JpaRepository<ContactRecord, UUID>, JpaSpecificationExecutor<ContactRecord> {

  List<ContactRecord> findByCaseIdOrderByStartedAtAsc(UUID caseId);

  boolean existsBySourceConversationId(UUID conversationId);
}
