package eu.pharos.referral.internal;

import eu.pharos.referral.ReferralList;
import eu.pharos.referral.ReferralQuery;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralSummary;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.internal.ReferralAccess.Sided;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Reading referrals: one as the caller's side sees it (the receiving side's first read moves it to
 * RECEIVED), and the inbox or outbox, newest first.
 */
@Component
class ReferralReading {

  private final ReferralRepository referrals;
  private final ReferralAccess access;
  private final ReferralViews views;
  private final History history;
  private final Clock clock;

  ReferralReading(
      ReferralRepository referrals,
      ReferralAccess access,
      ReferralViews views,
      History history,
      Clock clock) {
    this.referrals = referrals;
    this.access = access;
    this.views = views;
    this.history = history;
    this.clock = clock;
  }

  ReferralView get(UUID id) {
    Sided sided = access.read(id);
    if (sided.side() == ReferralSide.RECEIVER && sided.referral().status() == ReferralStatus.SENT) {
      sided = access.lock(sided);
      Referral r = sided.referral();
      if (r.status() == ReferralStatus.SENT) {
        Instant now = Instant.now(clock);
        r.moveTo(ReferralStatus.RECEIVED, now);
        referrals.saveAndFlush(r);
        history.moved(r, ReferralStatus.SENT, ReferralSide.RECEIVER, me(), null, now);
      }
    }
    return views.view(sided.referral(), sided.side());
  }

  ReferralList list(ReferralQuery query) {
    List<Problem> problems = new ArrayList<>();
    if (query == null || query.side() == null) {
      problems.add(Problem.of("side", "referral.error.side-missing"));
    }
    if (query != null && query.page() < 0) {
      problems.add(Problem.of("page", "referral.error.page"));
    }
    if (query != null && (query.size() < 1 || query.size() > 100)) {
      problems.add(Problem.of("size", "referral.error.size", 1, 100));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID organisation = TenantContext.current();
    PageRequest page =
        PageRequest.of(
            query.page(), query.size(), Sort.by(Sort.Order.desc("sentAt"), Sort.Order.desc("id")));
    boolean all = query.statuses().isEmpty();
    Page<Referral> found =
        query.side() == ReferralSide.SENDER
            ? (all
                ? referrals.findBySenderOrganisationId(organisation, page)
                : referrals.findBySenderOrganisationIdAndStatusIn(
                    organisation, query.statuses(), page))
            : (all
                ? referrals.findByReceiverOrganisationId(organisation, page)
                : referrals.findByReceiverOrganisationIdAndStatusIn(
                    organisation, query.statuses(), page));
    Map<UUID, String> names = new HashMap<>();
    List<ReferralSummary> items =
        found.getContent().stream().map(r -> views.summary(r, query.side(), names)).toList();
    return new ReferralList(items, found.getTotalElements(), query.page(), query.size());
  }

  private static UUID me() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }
}
