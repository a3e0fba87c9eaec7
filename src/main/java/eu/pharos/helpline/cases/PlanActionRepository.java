package eu.pharos.helpline.cases;

import eu.pharos.helpline.ActionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, UUID> {

  List<PlanAction> findByCaseIdOrderByCreatedAt(UUID caseId);

  Optional<PlanAction> findByIdAndCaseId(UUID id, UUID caseId);

  List<PlanAction> findByStatusAndDueOnBefore(ActionStatus status, LocalDate day);
}
