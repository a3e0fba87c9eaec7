package eu.pharos.knowledge.discussion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<Post, UUID> {

  List<Post> findByThreadIdOrderByPositionAsc(UUID threadId);

  List<Post> findByCentreIdInAndCreatedAtGreaterThanAndCreatedAtLessThanEqualOrderByCreatedAtAsc(
      Collection<UUID> centreIds, Instant after, Instant upTo);

  Slice<Post> findAllByOrderByIdAsc(Pageable page);
}
