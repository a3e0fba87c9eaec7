package eu.pharos.knowledge.discussion;

import eu.pharos.knowledge.centre.Visibility;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreadRepository extends JpaRepository<DiscussionThread, UUID> {

  List<DiscussionThread> findByCentreIdAndVisibilityInOrderByLastPostAtDesc(
      UUID centreId, Collection<Visibility> visibility);

  List<DiscussionThread> findByCentreIdAndVisibilityInAndHiddenFalseOrderByLastPostAtDesc(
      UUID centreId, Collection<Visibility> visibility, Limit limit);
}
