package eu.pharos.standards.cycle;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementActionRepository extends JpaRepository<ImprovementAction, UUID> {

  List<ImprovementAction> findByCycleIdOrderByDueOnAscCreatedAtAsc(UUID cycleId);
}
