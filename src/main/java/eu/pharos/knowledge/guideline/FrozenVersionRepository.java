package eu.pharos.knowledge.guideline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrozenVersionRepository extends JpaRepository<FrozenVersion, UUID> {

  List<FrozenVersion> findBySeriesIdOrderByVersionNumber(UUID seriesId);

  Optional<FrozenVersion> findBySeriesIdAndVersionNumber(UUID seriesId, int versionNumber);
}
