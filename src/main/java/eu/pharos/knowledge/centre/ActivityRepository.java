package eu.pharos.knowledge.centre;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

  List<Activity> findByCentreIdAndVisibilityInOrderByOccurredAtDesc(
      UUID centreId, Collection<Visibility> visibilities, Limit limit);
}
