package eu.pharos.platform.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

  List<Notification> findTop200ByUserIdOrderByCreatedAtDescIdDesc(UUID userId);

  long countByUserIdAndReadAtIsNull(UUID userId);

  Optional<Notification> findByIdAndUserId(UUID id, UUID userId);

  @Modifying
  @Query("update Notification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
  int markAllRead(UUID userId, Instant now);

  @Modifying
  @Query("delete from Notification n where n.readAt < :cutoff")
  int deleteReadBefore(Instant cutoff);
}
