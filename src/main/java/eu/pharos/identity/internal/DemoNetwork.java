package eu.pharos.identity.internal;

import static eu.pharos.identity.OrganisationKind.MEMBER;
import static eu.pharos.identity.OrganisationKind.SECRETARIAT;

import eu.pharos.identity.NewOrganisation;
import eu.pharos.identity.OrganisationKind;
import eu.pharos.identity.Role;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo network on the first start in embedded mode: the organisations that the 2018
 * capacity-building article names, in their real countries, and a demo user for every role.
 * Passwords and TOTP secrets are public (README, start-up log): the production profile refuses to
 * start while {@code pharos.demo} is on.
 */
@Component
@Order(0)
class DemoNetwork implements ApplicationRunner {

  static final String PASSWORD = "pharos-demo-2026";

  private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

  record DemoOrganisation(String shortName, String name, OrganisationKind kind, String country) {}

  record DemoUser(String email, String name, String organisation, Set<Role> roles, String totp) {}

  static final List<DemoOrganisation> ORGANISATIONS =
      List.of(
          new DemoOrganisation("VSE", "Victim Support Europe (secretariat)", SECRETARIAT, "BE"),
          new DemoOrganisation(
              "APAV", "APAV – Portuguese Association for Victim Support", MEMBER, "PT"),
          new DemoOrganisation("WR-DE", "Weisser Ring (Germany)", MEMBER, "DE"),
          new DemoOrganisation("WR-AT", "Weisser Ring (Austria)", MEMBER, "AT"),
          new DemoOrganisation(
              "HR-VWSS", "Victim and Witness Support Service (Croatia)", MEMBER, "HR"),
          new DemoOrganisation("BIJELI-KRUG", "Bijeli Krug", MEMBER, "HR"),
          new DemoOrganisation("CVH-IE", "Crime Victims Helpline", MEMBER, "IE"),
          new DemoOrganisation("BKB", "Bílý kruh bezpečí", MEMBER, "CZ"),
          new DemoOrganisation("OFFER-DK", "Offerrådgivningen i Danmark", MEMBER, "DK"),
          new DemoOrganisation("RIKU", "Rikosuhripäivystys (RIKU)", MEMBER, "FI"),
          new DemoOrganisation("FV", "France Victimes", MEMBER, "FR"),
          new DemoOrganisation("SHN", "Slachtofferhulp Nederland", MEMBER, "NL"),
          new DemoOrganisation("SAW", "Steunpunt Algemeen Welzijnswerk", MEMBER, "BE"),
          new DemoOrganisation("V-EUROPE", "V-Europe", MEMBER, "BE"),
          new DemoOrganisation("VS-RU", "Victim Support Russia", MEMBER, "RU"),
          new DemoOrganisation(
              "NATAL", "NATAL – Israel Trauma and Resiliency Center", MEMBER, "IL"));

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser(
              "admin@pharos.test",
              "Nora Admin",
              "VSE",
              EnumSet.of(Role.NETWORK_ADMIN),
              "YMUBRXO7BBUFXY4JOGOJRUBDWZAFI6AI"),
          new DemoUser(
              "secretariat@pharos.test",
              "Sam Secretariat",
              "VSE",
              EnumSet.of(Role.SECRETARIAT),
              null),
          new DemoUser(
              "evaluator@pharos.test", "Eva Evaluator", "VSE", EnumSet.of(Role.EVALUATOR), null),
          new DemoUser(
              "trainer@pharos.test", "Tomás Trainer", "VSE", EnumSet.of(Role.TRAINER), null),
          new DemoUser(
              "orgadmin.apav@pharos.test",
              "Ana Admin (APAV)",
              "APAV",
              EnumSet.of(Role.ORG_ADMIN),
              "V4SMYPU3WDMEQAURUJVPBALMMZTTPO4A"),
          new DemoUser(
              "supervisor.apav@pharos.test",
              "Sofia Supervisor (APAV)",
              "APAV",
              EnumSet.of(Role.SUPERVISOR),
              "JBFJQA7Y7XPFL33BIXRUP7J5U4E7KX2U"),
          new DemoUser(
              "advisor.apav@pharos.test",
              "Alex Advisor (APAV)",
              "APAV",
              EnumSet.of(Role.ADVISOR),
              "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA"),
          // Colleagues of the APAV team, so that caseloads and the team's wellbeing trend (shown
          // from five people on) have a team to show; they enrol a second factor on first sign-in.
          new DemoUser(
              "bruno.apav@pharos.test",
              "Bruno Advisor (APAV)",
              "APAV",
              EnumSet.of(Role.ADVISOR),
              null),
          new DemoUser(
              "carla.apav@pharos.test",
              "Carla Advisor (APAV)",
              "APAV",
              EnumSet.of(Role.ADVISOR),
              null),
          new DemoUser(
              "diogo.apav@pharos.test",
              "Diogo Advisor (APAV)",
              "APAV",
              EnumSet.of(Role.ADVISOR),
              null),
          new DemoUser(
              "advisor.wr-de@pharos.test",
              "Jonas Berater (Weisser Ring)",
              "WR-DE",
              EnumSet.of(Role.ADVISOR),
              "T2XHXZDWSID3CQZO7PBDN3RNSAJD5A2X"),
          // A Belgian member's advisor, so that referrals have a third organisation to go to.
          new DemoUser(
              "advisor.saw@pharos.test",
              "Lotte Adviseur (SAW)",
              "SAW",
              EnumSet.of(Role.ADVISOR),
              "LDEFQDUAVWHPAUKSMTM5SQJEV3EQNC56"),
          new DemoUser(
              "member.fv@pharos.test",
              "Margot Member (France Victimes)",
              "FV",
              EnumSet.of(Role.MEMBER),
              null),
          // The Croatian member's quality lead and a colleague, who run its standards cycle (the
          // seed's pilot evaluation), and an evaluator from another member for peer evaluation.
          new DemoUser(
              "quality.hr-vwss@pharos.test",
              "Ivana Kovač (Croatia)",
              "HR-VWSS",
              EnumSet.of(Role.ORG_ADMIN),
              "ZXOSCNOYR7YL5JEFMJGZQOCH5MZTX5FC"),
          new DemoUser(
              "supervisor.hr-vwss@pharos.test",
              "Marko Horvat (Croatia)",
              "HR-VWSS",
              EnumSet.of(Role.SUPERVISOR),
              "FN4WOOSLJ4ELKMSMIGNGQ645G5EYBXYV"),
          new DemoUser(
              "evaluator.wr-at@pharos.test",
              "Petra Gutachterin (Weisser Ring Austria)",
              "WR-AT",
              EnumSet.of(Role.EVALUATOR),
              null));

  private final OrganisationService organisations;
  private final OrganisationRepository organisationRepository;
  private final UserAccountRepository users;
  private final PasswordEncoder passwordEncoder;
  private final SecretCipher cipher;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final boolean enabled;

  DemoNetwork(
      OrganisationService organisations,
      OrganisationRepository organisationRepository,
      UserAccountRepository users,
      PasswordEncoder passwordEncoder,
      SecretCipher cipher,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${pharos.demo}") boolean enabled) {
    this.organisations = organisations;
    this.organisationRepository = organisationRepository;
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.cipher = cipher;
    this.transactions = transactions;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || eu.pharos.shared.command.CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    TenantContext.runAsSystem(this::seedIfEmpty);
    printAccounts();
  }

  void seedIfEmpty() {
    transactions.executeWithoutResult(
        status -> {
          if (organisationRepository.count() > 0) {
            return;
          }
          Map<String, UUID> ids = new HashMap<>();
          for (DemoOrganisation org : ORGANISATIONS) {
            ids.put(
                org.shortName(),
                organisations
                    .create(
                        new NewOrganisation(org.name(), org.shortName(), org.kind(), org.country()))
                    .id());
          }
          String hash = passwordEncoder.encode(PASSWORD);
          Instant now = Instant.now(clock);
          for (DemoUser demo : USERS) {
            UserAccount account =
                UserAccount.active(
                    ids.get(demo.organisation()),
                    demo.email(),
                    demo.name(),
                    demo.roles(),
                    hash,
                    now);
            if (demo.totp() != null) {
              account.enrolSecondFactor(cipher.seal(demo.totp(), account.secretContext()));
            }
            users.save(account);
          }
          log.info("Seeded the demo network: {} organisations, {} users", ids.size(), USERS.size());
        });
  }

  private void printAccounts() {
    StringBuilder out = new StringBuilder();
    out.append("\n\n  Pharos demo network — every account's password is: ")
        .append(PASSWORD)
        .append("\n  Roles marked * sign in with a TOTP code: oathtool --totp -b SECRET\n\n");
    for (DemoUser demo : USERS) {
      out.append(
          String.format(
              "  %-30s %-16s %-8s %s%n",
              demo.email(),
              demo.roles().iterator().next() + (demo.totp() != null ? " *" : ""),
              demo.organisation(),
              demo.totp() != null ? demo.totp() : ""));
    }
    log.info(out.toString());
  }
}
