package eu.pharos.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

  List<RecoveryCode> findByUserIdAndUsedAtIsNull(UUID userId);

  long countByUserIdAndUsedAtIsNull(UUID userId);

  /** Marks the code used unless a concurrent request already did: 1 when this call won. */
  @Modifying(flushAutomatically = true)
  @Query("update RecoveryCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
  int use(UUID id, Instant now);

  @Modifying(flushAutomatically = true)
  @Query("delete from RecoveryCode c where c.userId = :userId")
  void deleteByUser(UUID userId);
}
