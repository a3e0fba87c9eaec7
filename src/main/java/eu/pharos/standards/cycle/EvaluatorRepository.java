package eu.pharos.standards.cycle;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluatorRepository extends JpaRepository<Evaluator, CycleUser> {

  List<Evaluator> findByCycleId(UUID cycleId);

  List<Evaluator> findByUserId(UUID userId);

  boolean existsByCycleIdAndUserId(UUID cycleId, UUID userId);
}
