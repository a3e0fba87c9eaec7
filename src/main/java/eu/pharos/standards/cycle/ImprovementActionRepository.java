package eu.pharos.standards.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementActionRepository extends JpaRepository<ImprovementAction, UUID> {

  List<ImprovementAction> findByCycleIdOrderByDueOnAscCreatedAtAsc(UUID cycleId);

  /** Actions not in {@code status} due on or before {@code day}, soonest first (reminders). */
  List<ImprovementAction> findByStatusNotAndDueOnLessThanEqualOrderByDueOnAsc(
      ActionStatus status, LocalDate day);
}
