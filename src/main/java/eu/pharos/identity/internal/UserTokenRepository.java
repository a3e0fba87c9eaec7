package eu.pharos.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserTokenRepository extends JpaRepository<UserToken, UUID> {

  Optional<UserToken> findByTokenHash(String tokenHash);

  /** Marks the link used unless a concurrent request already did: 1 when this call won. */
  @Modifying(flushAutomatically = true)
  @Query("update UserToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
  int use(UUID id, Instant now);

  /** Makes every outstanding link of the user useless, such as after a password change. */
  @Modifying(flushAutomatically = true)
  @Query(
      "update UserToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null"
          + " and t.expiresAt > :now")
  int useAllOf(UUID userId, Instant now);
}
