package eu.pharos.helpline.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CaseRecord, UUID> {

  List<CaseRecord> findByVictimIdOrderByOpenedAtDesc(UUID victimId);

  /**
   * Moves the case's latest activity on without touching anything else, so that a note or an action
   * never overwrites a colleague's change of the case, nor counts as one.
   */
  @Modifying(flushAutomatically = true)
  @Query(
      "update CaseRecord c set c.lastActivityAt = :now"
          + " where c.id = :id and c.lastActivityAt < :now")
  int touch(UUID id, Instant now);
}
