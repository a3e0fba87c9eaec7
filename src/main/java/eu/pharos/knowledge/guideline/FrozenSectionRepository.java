package eu.pharos.knowledge.guideline;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrozenSectionRepository extends JpaRepository<FrozenSection, UUID> {

  List<FrozenSection> findByVersionIdOrderBySortOrder(UUID versionId);
}
