package eu.pharos.knowledge.guideline;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectionRepository extends JpaRepository<Section, UUID> {

  List<Section> findByGuidelineIdOrderBySortOrder(UUID guidelineId);
}
