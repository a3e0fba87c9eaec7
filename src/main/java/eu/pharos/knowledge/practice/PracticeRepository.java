package eu.pharos.knowledge.practice;

import eu.pharos.knowledge.centre.Visibility;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeRepository extends JpaRepository<Practice, UUID> {

  List<Practice> findByCentreIdAndVisibilityInOrderByCreatedAtDesc(
      UUID centreId, Collection<Visibility> visibilities);

  List<Practice> findByCentreIdAndVisibilityInAndHiddenFalseOrderByCreatedAtDesc(
      UUID centreId, Collection<Visibility> visibilities, Limit limit);

  Slice<Practice> findAllByOrderById(Pageable page);
}
