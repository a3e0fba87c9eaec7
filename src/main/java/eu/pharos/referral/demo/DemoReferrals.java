package eu.pharos.referral.demo;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.identity.ActAs;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import eu.pharos.referral.NewReferral;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.command.CommandRunner;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Referrals of the demo network, alive on first start: APAV has sent one to Weisser Ring in Germany
 * (awaiting an answer), has received one from Weisser Ring (awaiting its answer) and has accepted
 * another, which opened a case at APAV. Made through the facades as the demo advisors would; after
 * the chat's demo (order 50), and only where the demo network was seeded.
 */
@Component
@Order(60)
class DemoReferrals implements ApplicationRunner {

  static final String ALEX = "advisor.apav@pharos.test";
  static final String JONAS = "advisor.wr-de@pharos.test";

  private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

  private final Referrals referrals;
  private final Cases cases;
  private final Organisations organisations;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean enabled;

  DemoReferrals(
      Referrals referrals,
      Cases cases,
      Organisations organisations,
      ActAs actAs,
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${pharos.demo}") boolean enabled) {
    this.referrals = referrals;
    this.cases = cases;
    this.organisations = organisations;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer existing = jdbc.queryForObject("select count(*) from referral", Integer.class);
    if (existing != null && existing > 0) {
      return;
    }
    UUID apav = organisations.findByShortName("APAV").map(OrganisationView::id).orElse(null);
    UUID wrDe = organisations.findByShortName("WR-DE").map(OrganisationView::id).orElse(null);
    if (apav == null || wrDe == null) {
      return;
    }
    try {
      seed(apav, wrDe);
    } catch (UsernameNotFoundException notSeeded) {
      log.info("The demo network's users are not there; no demo referrals");
    }
  }

  private void seed(UUID apav, UUID wrDe) {
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.now(clock);

    // APAV → Weisser Ring: a Portuguese resident robbed in Berlin, to be met by the German team.
    CaseView robbery =
        as(
            ALEX,
            () ->
                cases.open(
                    new NewCase(
                        null,
                        new VictimDetails(
                            "Helena Martins",
                            "+351 913 555 208",
                            null,
                            null,
                            LocalDate.of(1979, 9, 12),
                            "pt",
                            "PT"),
                        new CrimeDetails(
                            CrimeType.ROBBERY,
                            today.minusDays(4),
                            "Alexanderplatz, Berlin",
                            "DE",
                            "PT",
                            "Bag snatched with passport and cards; needs help with the police"
                                + " report while still in Berlin."),
                        null,
                        Set.of())));
    as(
        ALEX,
        () ->
            referrals.send(
                new NewReferral(
                    robbery.id(),
                    null,
                    wrDe,
                    SupportService.FACE_TO_FACE,
                    ReferralUrgency.URGENT,
                    new ReferralConsent(
                        EnumSet.of(
                            ReferralItem.FULL_NAME,
                            ReferralItem.PHONE,
                            ReferralItem.PREFERRED_LANGUAGE,
                            ReferralItem.CRIME_TYPE,
                            ReferralItem.CRIME_DATE,
                            ReferralItem.CRIME_COUNTRY),
                        "Support in Berlin with the police report and replacement documents",
                        ConsentMethod.VERBAL_PHONE,
                        now.minus(Duration.ofMinutes(40)),
                        today.plusMonths(3)),
                    null,
                    "She is in Berlin until Friday and speaks Portuguese and some English.",
                    null,
                    null)));

    // Weisser Ring → APAV, awaiting APAV's answer: a German tourist defrauded in Lisbon.
    as(
        JONAS,
        () ->
            referrals.send(
                new NewReferral(
                    null,
                    null,
                    apav,
                    SupportService.LEGAL_INFORMATION,
                    ReferralUrgency.STANDARD,
                    new ReferralConsent(
                        EnumSet.of(
                            ReferralItem.FULL_NAME,
                            ReferralItem.EMAIL,
                            ReferralItem.PREFERRED_LANGUAGE,
                            ReferralItem.CRIME_TYPE,
                            ReferralItem.CRIME_COUNTRY),
                        "Legal information on a complaint in Portugal",
                        ConsentMethod.WRITTEN,
                        now.minus(Duration.ofHours(2)),
                        today.plusMonths(6)),
                    new ReferralPackage(
                        "Klaus Becker",
                        null,
                        "k.becker@example.de",
                        null,
                        null,
                        "de",
                        null,
                        CrimeType.FRAUD_CYBERCRIME,
                        null,
                        null,
                        "PT",
                        null),
                    "Paid a deposit for a flat in Lisbon that does not exist; back in Germany now.",
                    null,
                    "WR-DE-2026-0815")));

    // Weisser Ring → APAV, accepted by Alex: a case opened at APAV with the package's items.
    ReferralView assault =
        as(
            JONAS,
            () ->
                referrals.send(
                    new NewReferral(
                        null,
                        null,
                        apav,
                        SupportService.INFORMATION_EMOTIONAL_SUPPORT,
                        ReferralUrgency.URGENT,
                        new ReferralConsent(
                            EnumSet.of(
                                ReferralItem.FULL_NAME,
                                ReferralItem.PHONE,
                                ReferralItem.PREFERRED_LANGUAGE,
                                ReferralItem.RESIDENCE_COUNTRY,
                                ReferralItem.CRIME_TYPE,
                                ReferralItem.CRIME_SUMMARY),
                            "Emotional support after returning home to Portugal",
                            ConsentMethod.VERBAL_IN_PERSON,
                            now.minus(Duration.ofDays(1)),
                            today.plusMonths(6)),
                        new ReferralPackage(
                            "Tomás Ferreira",
                            "+351 926 400 117",
                            null,
                            null,
                            null,
                            "pt",
                            "PT",
                            CrimeType.ASSAULT,
                            null,
                            null,
                            null,
                            "Attacked on a night out in Hamburg; has moved back to Porto and"
                                + " asked for support there."),
                        null,
                        null,
                        null)));
    as(
        ALEX,
        () -> {
          ReferralView received = referrals.get(assault.id());
          UUID alex = TenantContext.currentUser().map(StaffUser::userId).orElseThrow();
          return referrals.accept(assault.id(), alex, received.version());
        });
    log.info("Seeded the demo referrals between APAV and Weisser Ring: 3 referrals");
  }

  private <T> T as(String email, Supplier<T> work) {
    return actAs.user(email, work);
  }
}
