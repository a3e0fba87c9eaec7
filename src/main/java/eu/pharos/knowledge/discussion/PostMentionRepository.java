package eu.pharos.knowledge.discussion;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostMentionRepository extends JpaRepository<PostMention, UUID> {

  List<PostMention> findByPostIdIn(Collection<UUID> postIds);

  void deleteByPostId(UUID postId);
}
