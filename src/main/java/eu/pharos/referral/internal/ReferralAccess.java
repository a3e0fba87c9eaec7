package eu.pharos.referral.internal;

import eu.pharos.referral.ReferralNotFound;
import eu.pharos.referral.ReferralSide;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which end of a referral the current organisation is. Referrals are
 * shared by two organisations and have no tenant column, so every read and change goes through
 * here: an organisation that neither sent nor received a referral gets {@link ReferralNotFound}.
 */
@Component
class ReferralAccess {

  private final ReferralRepository referrals;
  private final EntityManager entityManager;

  ReferralAccess(ReferralRepository referrals, EntityManager entityManager) {
    this.referrals = referrals;
    this.entityManager = entityManager;
  }

  /** A referral and the caller's side of it, to read. */
  Sided read(UUID id) {
    Referral referral = id == null ? null : referrals.findById(id).orElse(null);
    return sided(id, referral);
  }

  /** A referral and the caller's side of it, locked for a change. */
  Sided change(UUID id) {
    Referral referral = id == null ? null : referrals.findForUpdate(id).orElse(null);
    return sided(id, referral);
  }

  /** A referral already read, read again under its row lock for a change. */
  Sided lock(Sided read) {
    entityManager.refresh(read.referral(), LockModeType.PESSIMISTIC_WRITE);
    return read;
  }

  /** As {@link #change}, refused with an out-of-order problem unless the caller is {@code side}. */
  Sided change(UUID id, ReferralSide side) {
    Sided sided = change(id);
    if (sided.side() != side) {
      throw InvalidInput.of(null, "referral.error.wrong-side", side.name());
    }
    return sided;
  }

  /** The side {@code organisationId} is of {@code referral}; null for neither. */
  static ReferralSide sideOf(Referral referral, UUID organisationId) {
    if (referral.senderOrganisationId().equals(organisationId)) {
      return ReferralSide.SENDER;
    }
    if (referral.receiverOrganisationId().equals(organisationId)) {
      return ReferralSide.RECEIVER;
    }
    return null;
  }

  private static Sided sided(UUID id, Referral referral) {
    if (referral == null) {
      throw new ReferralNotFound(id);
    }
    ReferralSide side = sideOf(referral, TenantContext.current());
    if (side == null) {
      throw new ReferralNotFound(id);
    }
    return new Sided(referral, side);
  }

  record Sided(Referral referral, ReferralSide side) {

    UUID organisationId() {
      return side == ReferralSide.SENDER
          ? referral.senderOrganisationId()
          : referral.receiverOrganisationId();
    }

    UUID otherOrganisationId() {
      return side == ReferralSide.SENDER
          ? referral.receiverOrganisationId()
          : referral.senderOrganisationId();
    }
  }
}
