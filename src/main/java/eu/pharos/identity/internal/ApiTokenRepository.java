package eu.pharos.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

  Optional<ApiToken> findByTokenHash(String tokenHash);

  List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(UUID userId);

  Optional<ApiToken> findByIdAndUserIdAndRevokedAtIsNull(UUID id, UUID userId);

  /**
   * Records a use unless one was recorded since {@code notBefore}; a single conditional update, so
   * that busy clients on many nodes write at most once a minute and never touch other columns.
   */
  @Modifying
  @Query(
      "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
          + " and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
  int recordUse(UUID id, Instant now, Instant notBefore);
}
