package eu.pharos.helpline.cases;

import eu.pharos.helpline.ActionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, UUID> {

  List<FollowUp> findByCaseIdOrderByDueAt(UUID caseId);

  Optional<FollowUp> findByIdAndCaseId(UUID id, UUID caseId);

  List<FollowUp> findByStatusAndDueAtLessThanEqualAndRemindedAtIsNull(
      ActionStatus status, Instant now);
}
