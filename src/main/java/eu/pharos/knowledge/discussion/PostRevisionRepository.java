package eu.pharos.knowledge.discussion;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRevisionRepository extends JpaRepository<PostRevision, UUID> {

  List<PostRevision> findByPostIdInOrderByReplacedAtAsc(Collection<UUID> postIds);

  List<PostRevision> findByPostIdOrderByReplacedAtAsc(UUID postId);
}
