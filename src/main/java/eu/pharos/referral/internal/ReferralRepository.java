package eu.pharos.referral.internal;

import eu.pharos.referral.ReferralStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Referrals; every finder except the jobs' names the organisation's side. */
interface ReferralRepository extends JpaRepository<Referral, UUID> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Referral r where r.id = :id")
  Optional<Referral> findForUpdate(UUID id);

  Page<Referral> findBySenderOrganisationId(UUID organisationId, Pageable page);

  Page<Referral> findBySenderOrganisationIdAndStatusIn(
      UUID organisationId, Collection<ReferralStatus> statuses, Pageable page);

  Page<Referral> findByReceiverOrganisationId(UUID organisationId, Pageable page);

  Page<Referral> findByReceiverOrganisationIdAndStatusIn(
      UUID organisationId, Collection<ReferralStatus> statuses, Pageable page);

  @Query(
      "select r.id from Referral r where r.status in :statuses and r.dueAt <= :now"
          + " and (r.remindedAt is null or r.escalatedAt is null)")
  List<UUID> dueBy(Collection<ReferralStatus> statuses, Instant now);

  @Query(
      "select r.id from Referral r where r.consentValidUntil < :today"
          + " and (r.packageSealed is not null or r.status in :awaiting)")
  List<UUID> consentExpiredBefore(LocalDate today, Collection<ReferralStatus> awaiting);

  List<Referral> findBySenderOrganisationIdAndSenderConsentId(UUID organisationId, UUID consentId);
}
