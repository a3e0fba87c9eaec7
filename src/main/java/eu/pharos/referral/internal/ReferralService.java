package eu.pharos.referral.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.referral.NewReferral;
import eu.pharos.referral.ReferralDesk;
import eu.pharos.referral.ReferralList;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.referral.ReferralQuery;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralSummary;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.referral.internal.ReferralAccess.Sided;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals facade. Who may see which side is decided by {@link ReferralAccess}; sending is
 * {@link ReferralSending}, the victim's withdrawal of consent {@link ConsentWithdrawal}, the views
 * {@link ReferralViews}. Each status change is checked against the status and the version the user
 * started from, written as a step and published.
 */
@Service
@Transactional
@PreAuthorize(ReferralService.CASE_WORK)
class ReferralService implements Referrals {

  static final String CASE_WORK = "hasAnyRole('ADVISOR', 'SUPERVISOR')";
  static final int MAX_REASON = 2000;
  static final int MAX_FEEDBACK = 4000;

  private static final Set<Role> ADVISORS = Set.of(Role.ADVISOR, Role.SUPERVISOR);

  private final ReferralRepository referrals;
  private final ReferralAccess access;
  private final ReferralSending sending;
  private final ConsentWithdrawal withdrawal;
  private final ReferralViews views;
  private final ReferralSeal seal;
  private final History history;
  private final Notices notices;
  private final Desks desks;
  private final Cases cases;
  private final Users users;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;

  ReferralService(
      ReferralRepository referrals,
      ReferralAccess access,
      ReferralSending sending,
      ConsentWithdrawal withdrawal,
      ReferralViews views,
      ReferralSeal seal,
      History history,
      Notices notices,
      Desks desks,
      Cases cases,
      Users users,
      MessageSource messages,
      AuditLog audit,
      Clock clock) {
    this.referrals = referrals;
    this.access = access;
    this.sending = sending;
    this.withdrawal = withdrawal;
    this.views = views;
    this.seal = seal;
    this.history = history;
    this.notices = notices;
    this.desks = desks;
    this.cases = cases;
    this.users = users;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ReferralView send(NewReferral referral) {
    return views.view(sending.send(referral), ReferralSide.SENDER);
  }

  @Override
  public ReferralView get(UUID id) {
    Sided sided = access.read(id);
    if (sided.side() == ReferralSide.RECEIVER && sided.referral().status() == ReferralStatus.SENT) {
      sided = access.change(id);
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

  @Override
  @Transactional(readOnly = true)
  public ReferralList list(ReferralQuery query) {
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

  @Override
  public ReferralView accept(UUID id, UUID advisorId, long expectedVersion) {
    Sided sided = changing(id, ReferralSide.RECEIVER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    inOrder(r, ReferralStatus.ACCEPTED);
    if (!r.consentActiveOn(LocalDate.now(clock)) || r.packageSealed() == null) {
      throw InvalidInput.of(null, "referral.error.consent-not-active");
    }
    checkAdvisor(advisorId);
    ReferralPackage pkg = seal.openPackage(r.id(), r.packageSealed());
    CaseView opened =
        cases.open(new NewCase(null, victimOf(pkg), crimeOf(pkg), advisorId, Set.of()));
    cases.addNote(
        opened.id(),
        messages.getMessage(
            "referral.case-note.accepted",
            new Object[] {r.reference()},
            notices.recordLocale(r.receiverOrganisationId())));
    ReferralStatus previous = r.status();
    r.accepted(opened.id(), advisorId, now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.RECEIVER, me(), null, now);
    audited("referral.accepted", r);
    notices.toSender(
        r, "referral.notice.accepted", views.organisationName(r.receiverOrganisationId()));
    return views.view(r, sided.side());
  }

  @Override
  public ReferralView decline(UUID id, String reason, long expectedVersion) {
    String text = required(reason, "reason", "referral.error.reason-missing", MAX_REASON);
    Sided sided = changing(id, ReferralSide.RECEIVER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    ReferralStatus previous = r.status();
    r.declined(seal.seal(ReferralSeal.DECLINE_REASON, r.id(), text), seal.keyId(), now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.RECEIVER, me(), text, now);
    audited("referral.declined", r);
    notices.toSender(
        r, "referral.notice.declined", views.organisationName(r.receiverOrganisationId()));
    return views.view(r, sided.side());
  }

  @Override
  public ReferralView recordFirstContact(UUID id, long expectedVersion) {
    Sided sided = changing(id, ReferralSide.RECEIVER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    ReferralStatus previous = r.status();
    r.moveTo(ReferralStatus.FIRST_CONTACT, now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.RECEIVER, me(), null, now);
    audited("referral.first-contact", r);
    return views.view(r, sided.side());
  }

  @Override
  public ReferralView close(UUID id, String feedback, long expectedVersion) {
    String text = optional(feedback, "feedback", MAX_FEEDBACK);
    Sided sided = changing(id, ReferralSide.RECEIVER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    ReferralStatus previous = r.status();
    r.closed(seal.seal(ReferralSeal.FEEDBACK, r.id(), text), seal.keyId(), now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.RECEIVER, me(), null, now);
    audited("referral.closed", r);
    notices.toSender(
        r, "referral.notice.closed", views.organisationName(r.receiverOrganisationId()));
    return views.view(r, sided.side());
  }

  @Override
  public ReferralView withdraw(UUID id, String reason, long expectedVersion) {
    String text = optional(reason, "reason", MAX_REASON);
    Sided sided = changing(id, ReferralSide.SENDER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    ReferralStatus previous = r.status();
    r.moveTo(ReferralStatus.WITHDRAWN, now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.SENDER, me(), text, now);
    audited("referral.withdrawn", r);
    notices.toReceiver(
        r, "referral.notice.withdrawn", views.organisationName(r.senderOrganisationId()));
    return views.view(r, sided.side());
  }

  @Override
  public ReferralView withdrawConsent(UUID id, ConsentMethod method) {
    if (method == null) {
      throw InvalidInput.of("method", "referral.error.withdrawal-method-missing");
    }
    Sided sided = access.change(id);
    Referral r = sided.referral();
    if (r.consentWithdrawn()) {
      throw InvalidInput.of(null, "referral.error.consent-already-withdrawn");
    }
    withdrawal.apply(r, sided.side(), method, false);
    referrals.saveAndFlush(r);
    return views.view(r, sided.side());
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR', 'ORG_ADMIN')")
  public ReferralDesk desk() {
    return desks.of(TenantContext.current());
  }

  @Override
  @PreAuthorize("hasRole('ORG_ADMIN')")
  public ReferralDesk changeDesk(ReferralDesk desk) {
    ReferralDesk changed = desks.change(TenantContext.current(), desk, me());
    audit.record(
        AuditRecord.of("referral.desk.changed", AuditOutcome.SUCCESS)
            .target("referral.desk", TenantContext.current()));
    return changed;
  }

  // --- Helpers -----------------------------------------------------------------------------------

  /** The referral locked for a change by {@code side}, at the version the user started from. */
  private Sided changing(UUID id, ReferralSide side, long expectedVersion) {
    Sided sided = access.change(id, side);
    if (sided.referral().version() != expectedVersion) {
      throw new ConcurrentChange(
          sided.referral().version(), views.view(sided.referral(), sided.side()));
    }
    return sided;
  }

  private static void inOrder(Referral r, ReferralStatus next) {
    if (!r.status().canMoveTo(next)) {
      throw InvalidInput.of(null, "referral.error.out-of-order", r.status().name(), next.name());
    }
  }

  private void checkAdvisor(UUID advisorId) {
    if (advisorId == null) {
      throw InvalidInput.of("advisorId", "referral.error.advisor-missing");
    }
    UserView advisor = users.find(advisorId).orElse(null);
    if (advisor == null
        || !advisor.organisationId().equals(TenantContext.current())
        || advisor.status() != UserStatus.ACTIVE
        || advisor.roles().stream().noneMatch(ADVISORS::contains)) {
      throw InvalidInput.of("advisorId", "referral.error.advisor-not-eligible");
    }
  }

  static VictimDetails victimOf(ReferralPackage pkg) {
    return new VictimDetails(
        pkg.fullName(),
        pkg.phone(),
        pkg.email(),
        pkg.address(),
        pkg.dateOfBirth(),
        pkg.preferredLanguage(),
        pkg.residenceCountry());
  }

  static CrimeDetails crimeOf(ReferralPackage pkg) {
    return new CrimeDetails(
        pkg.crimeType(),
        pkg.crimeDate(),
        pkg.crimePlace(),
        pkg.crimeCountry(),
        pkg.residenceCountry(),
        pkg.crimeSummary());
  }

  private void audited(String action, Referral r) {
    audit.record(
        AuditRecord.of(action, AuditOutcome.SUCCESS)
            .target(ReferralViews.AUDIT_TYPE, r.id())
            .detail(r.reference()));
  }

  private static String required(String text, String field, String key, int max) {
    if (text == null || text.isBlank()) {
      throw InvalidInput.of(field, key);
    }
    return optional(text, field, max);
  }

  private static String optional(String text, String field, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw InvalidInput.of(field, "referral.error.text-too-long", max);
    }
    return stripped;
  }

  private static UUID me() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }
}
