package eu.pharos.standards.cycle;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, UUID> {

  List<Evidence> findByCycleIdOrderByAddedAt(UUID cycleId);
}
