package eu.pharos.knowledge.practice;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeAttachmentRepository extends JpaRepository<PracticeAttachment, UUID> {

  List<PracticeAttachment> findByPracticeIdOrderByAddedAt(UUID practiceId);
}
