package eu.pharos.chat.blocks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VisitorBlockRepository extends JpaRepository<VisitorBlock, UUID> {

  @Query(
      "select b from VisitorBlock b where b.liftedAt is null and b.until > ?1"
          + " order by b.blockedAt desc, b.id")
  List<VisitorBlock> active(Instant now);

  @Query(
      "select b from VisitorBlock b where (b.liftedAt is not null and b.liftedAt > ?2)"
          + " or (b.liftedAt is null and b.until <= ?1 and b.until > ?2)"
          + " order by b.blockedAt desc, b.id")
  List<VisitorBlock> ended(Instant now, Instant since);

  @Query(
      "select b from VisitorBlock b where b.conversationId = ?1 and b.liftedAt is null"
          + " and b.until > ?2 order by b.blockedAt desc")
  List<VisitorBlock> activeFor(UUID conversationId, Instant now);

  default Optional<VisitorBlock> firstActiveFor(UUID conversationId, Instant now) {
    return activeFor(conversationId, now).stream().findFirst();
  }
}
