package eu.pharos.knowledge.discussion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowRepository extends JpaRepository<Follow, UUID> {

  List<Follow> findByCentreIdAndThreadIdIsNull(UUID centreId);

  List<Follow> findByThreadId(UUID threadId);

  List<Follow> findByUserId(UUID userId);

  List<Follow> findByUserIdAndCentreId(UUID userId, UUID centreId);

  Optional<Follow> findByUserIdAndCentreIdAndThreadIdIsNull(UUID userId, UUID centreId);

  Optional<Follow> findByUserIdAndThreadId(UUID userId, UUID threadId);
}
