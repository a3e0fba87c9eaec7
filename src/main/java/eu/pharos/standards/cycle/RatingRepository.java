package eu.pharos.standards.cycle;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, CycleIndicator> {

  List<Rating> findByCycleId(UUID cycleId);
}
