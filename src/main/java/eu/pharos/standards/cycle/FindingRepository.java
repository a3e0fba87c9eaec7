package eu.pharos.standards.cycle;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, CycleIndicator> {

  List<Finding> findByCycleId(UUID cycleId);
}
