package eu.pharos.referral.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.ConsentView;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewConsent;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.referral.NewReferral;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.referral.ReferralSent;
import eu.pharos.referral.ReferralSide;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a referral: checks the whole input at once, builds the package from the case (only the
 * consented items) or takes the one given, records the consent on the sender's victim, seals, and
 * tells the receiving desk.
 */
@Component
class ReferralSending {

  static final int MAX_PURPOSE = 1000;
  static final int MAX_MESSAGE = 4000;
  static final int MAX_EXTERNAL_REFERENCE = 100;

  private final ReferralRepository referrals;
  private final ReferralSeal seal;
  private final History history;
  private final Notices notices;
  private final Desks desks;
  private final Directory directory;
  private final Organisations organisations;
  private final Cases cases;
  private final Victims victims;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ReferralSending(
      ReferralRepository referrals,
      ReferralSeal seal,
      History history,
      Notices notices,
      Desks desks,
      Directory directory,
      Organisations organisations,
      Cases cases,
      Victims victims,
      AuditLog audit,
      ApplicationEventPublisher events,
      JdbcTemplate jdbc,
      Clock clock) {
    this.referrals = referrals;
    this.seal = seal;
    this.history = history;
    this.notices = notices;
    this.desks = desks;
    this.directory = directory;
    this.organisations = organisations;
    this.cases = cases;
    this.victims = victims;
    this.audit = audit;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Referral send(NewReferral in) {
    if (in == null) {
      throw InvalidInput.of(null, "referral.error.missing");
    }
    UUID sender = TenantContext.current();
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.now(clock);
    List<Problem> problems = new ArrayList<>();
    Optional<MemberView> receiver = checkReceiver(in, sender, problems);
    if (in.urgency() == null) {
      problems.add(Problem.of("urgency", "referral.error.urgency-missing"));
    }
    checkConsent(in.consent(), now, today, problems);
    Set<ReferralItem> items = in.consent() == null ? Set.of() : in.consent().items();
    if (in.pkg() == null && in.caseId() == null) {
      problems.add(Problem.of("caseId", "referral.error.case-or-package"));
    }
    if (in.pkg() != null) {
      Set<ReferralItem> outside = EnumSet.noneOf(ReferralItem.class);
      outside.addAll(in.pkg().items());
      outside.removeAll(items);
      if (!outside.isEmpty()) {
        problems.add(
            Problem.of(
                "pkg",
                "referral.error.package-outside-consent",
                outside.stream().map(Enum::name).collect(Collectors.joining(", "))));
      }
    }
    if (in.message() != null && in.message().length() > MAX_MESSAGE) {
      problems.add(Problem.of("message", "referral.error.message-too-long", MAX_MESSAGE));
    }
    if (in.externalReference() != null
        && in.externalReference().strip().length() > MAX_EXTERNAL_REFERENCE) {
      problems.add(
          Problem.of(
              "externalReference",
              "referral.error.external-reference-too-long",
              MAX_EXTERNAL_REFERENCE));
    }
    CaseView sourceCase = null;
    if (in.caseId() != null) {
      sourceCase = cases.get(in.caseId());
      if (sourceCase.victim() == null) {
        problems.add(Problem.of("caseId", "referral.error.case-anonymised"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    ReferralConsent consent = in.consent();
    UUID receiverId = in.receiverOrganisationId();
    UUID victimId = null;
    UUID consentId = null;
    ReferralPackage pkg = in.pkg();
    if (sourceCase != null) {
      VictimView victim = victims.get(sourceCase.victim().id());
      victimId = victim.id();
      if (pkg == null) {
        pkg = packageOf(victim.details(), sourceCase.crime()).only(items);
      }
      ConsentView recorded =
          victims.recordConsent(
              victimId,
              new NewConsent(
                  ConsentKind.SHARE_WITH_ORGANISATION,
                  receiverId,
                  null,
                  consent.purpose().strip(),
                  consent.method(),
                  consent.givenAt(),
                  consent.validUntil()));
      consentId = recorded.id();
    }
    UUID id = UUID.randomUUID();
    UUID sentBy = TenantContext.currentUser().map(StaffUser::userId).orElse(null);
    Referral referral =
        new Referral(
            new Referral.Draft(
                id,
                nextReference(now),
                sender,
                receiverId,
                country(sender),
                receiver.map(MemberView::countryCode).orElseGet(() -> country(receiverId)),
                in.service(),
                in.urgency(),
                items,
                seal.seal(ReferralSeal.PURPOSE, id, consent.purpose()),
                consent.method(),
                consent.givenAt(),
                consent.validUntil(),
                seal.sealPackage(id, pkg),
                seal.seal(ReferralSeal.MESSAGE, id, in.message()),
                in.caseId(),
                in.contactId(),
                victimId,
                consentId,
                in.incidentId(),
                blankToNull(in.externalReference()),
                sentBy,
                now,
                desks.of(receiverId).target(in.urgency()),
                seal.keyId()));
    referrals.saveAndFlush(referral);
    history.step(referral, ReferralSide.SENDER, sentBy, null, now);
    history.published(referral, null, false, now);
    events.publishEvent(
        new ReferralSent(
            id,
            sender,
            referral.senderCountry(),
            receiverId,
            referral.receiverCountry(),
            referral.service(),
            referral.urgency(),
            referral.incidentId(),
            now));
    audit.record(
        AuditRecord.of("referral.sent", AuditOutcome.SUCCESS)
            .target(ReferralViews.AUDIT_TYPE, id)
            .detail(referral.reference() + " to " + receiverId));
    notices.sent(referral, organisationName(sender));
    return referral;
  }

  private Optional<MemberView> checkReceiver(NewReferral in, UUID sender, List<Problem> problems) {
    if (in.service() == null) {
      problems.add(Problem.of("service", "referral.error.service-missing"));
    }
    if (in.receiverOrganisationId() == null) {
      problems.add(Problem.of("receiverOrganisationId", "referral.error.receiver-missing"));
      return Optional.empty();
    }
    if (in.receiverOrganisationId().equals(sender)) {
      problems.add(Problem.of("receiverOrganisationId", "referral.error.receiver-self"));
      return Optional.empty();
    }
    Optional<MemberView> member =
        directory.member(in.receiverOrganisationId()).filter(MemberView::isPublic);
    if (member.isEmpty()) {
      problems.add(Problem.of("receiverOrganisationId", "referral.error.receiver-not-member"));
    } else if (in.service() != null
        && (member.get().services() == null || !member.get().services().contains(in.service()))) {
      problems.add(Problem.of("service", "referral.error.service-not-offered"));
    }
    return member;
  }

  private static void checkConsent(
      ReferralConsent consent, Instant now, LocalDate today, List<Problem> problems) {
    if (consent == null) {
      problems.add(Problem.of("consent.items", "referral.error.consent-missing"));
      return;
    }
    if (consent.items().isEmpty()) {
      problems.add(Problem.of("consent.items", "referral.error.consent-items-missing"));
    }
    if (consent.purpose() == null || consent.purpose().isBlank()) {
      problems.add(Problem.of("consent.purpose", "referral.error.consent-purpose-missing"));
    } else if (consent.purpose().strip().length() > MAX_PURPOSE) {
      problems.add(
          Problem.of("consent.purpose", "referral.error.consent-purpose-too-long", MAX_PURPOSE));
    }
    if (consent.method() == null) {
      problems.add(Problem.of("consent.method", "referral.error.consent-method-missing"));
    }
    if (consent.givenAt() == null) {
      problems.add(Problem.of("consent.givenAt", "referral.error.consent-given-missing"));
    } else if (consent.givenAt().isAfter(now)) {
      problems.add(Problem.of("consent.givenAt", "referral.error.consent-given-future"));
    }
    if (consent.validUntil() == null) {
      problems.add(Problem.of("consent.validUntil", "referral.error.consent-until-missing"));
    } else if (consent.validUntil().isBefore(today)) {
      problems.add(Problem.of("consent.validUntil", "referral.error.consent-expired"));
    } else if (consent.validUntil().isAfter(today.plusYears(1))) {
      problems.add(Problem.of("consent.validUntil", "referral.error.consent-too-long"));
    }
  }

  /** Everything the case knows that a package can carry; the caller keeps the consented items. */
  static ReferralPackage packageOf(VictimDetails victim, CrimeDetails crime) {
    CrimeDetails c = crime == null ? CrimeDetails.unknown() : crime;
    return new ReferralPackage(
        victim.fullName(),
        victim.phone(),
        victim.email(),
        victim.address(),
        victim.dateOfBirth(),
        victim.preferredLanguage(),
        victim.residenceCountry() != null ? victim.residenceCountry() : c.residenceCountry(),
        c.crimeType(),
        c.crimeDate(),
        c.place(),
        c.crimeCountry(),
        c.summary());
  }

  private String nextReference(Instant now) {
    Long number = jdbc.queryForObject("select nextval('referral_number')", Long.class);
    return "R-" + now.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", number);
  }

  private String country(UUID organisationId) {
    return organisations
        .find(organisationId)
        .map(OrganisationView::countryCode)
        .orElseThrow(() -> new IllegalStateException("no organisation " + organisationId));
  }

  private String organisationName(UUID organisationId) {
    return organisations.find(organisationId).map(OrganisationView::name).orElse("");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
