package eu.pharos.knowledge.guideline;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, UUID> {

  List<Comment> findByGuidelineIdOrderByCreatedAt(UUID guidelineId);

  List<Comment> findBySectionId(UUID sectionId);
}
