package eu.pharos.knowledge.guideline;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GuidelineRepository extends JpaRepository<Guideline, UUID> {

  List<Guideline> findByCentreIdOrderByUpdatedAtDesc(UUID centreId);

  List<Guideline> findByCentreIdAndStatusInOrderByUpdatedAtDesc(
      UUID centreId, Collection<GuidelineStatus> statuses);

  List<Guideline> findBySeriesIdOrderByCreatedAt(UUID seriesId);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select g from Guideline g where g.id = ?1")
  Optional<Guideline> findForUpdate(UUID id);
}
