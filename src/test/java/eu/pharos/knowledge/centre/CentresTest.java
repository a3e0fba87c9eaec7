package eu.pharos.knowledge.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.identity.Organisations;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Opening a centre and its membership: joining on each policy, requests, invitations, leaving. */
@PharosTest
class CentresTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String FV = "member.fv@pharos.test";
  static final String SAW = "advisor.saw@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Centres centres;
  @Autowired CentreAccess access;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID apav;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = organisations.findByShortName("APAV").orElseThrow().id();
    removeTestCentres();
  }

  @AfterEach
  void tearDown() {
    removeTestCentres();
  }

  @Test
  void theSecretariatOpensACentreWhoseLeadIsItsFirstMember() {
    CentreView centre = open("Test centre on victims of terrorism", JoinPolicy.OPEN);

    assertThat(centre.slug()).isEqualTo("test-centre-on-victims-of-terrorism");
    assertThat(centre.languages()).containsExactly("en", "fr");
    assertThat(tenancy.asUser(APAV_ADMIN, () -> access.read(centre.slug()).standing()))
        .isEqualTo(Standing.MEMBER);
    assertThat(open("Test centre on victims of terrorism", JoinPolicy.OPEN).slug())
        .isEqualTo("test-centre-on-victims-of-terrorism-2");
  }

  @Test
  void onlyTheSecretariatOpensCentres() {
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    APAV_ADMIN,
                    () ->
                        centres.open(
                            new CentreDetails(
                                "Test x", "t", "p", List.of("en"), apav, JoinPolicy.OPEN))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void eachBadFieldOfANewCentreGetsItsOwnMessageAndNothingIsStored() {
    Integer before = jdbc.queryForObject("select count(*) from knowledge_centre", Integer.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SECRETARIAT,
                    () ->
                        centres.open(
                            new CentreDetails(
                                " ", "x".repeat(201), "", List.of("english"), null, null))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "name", "knowledge.centre.error.name-required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "topic", "knowledge.centre.error.too-long"),
                        org.assertj.core.groups.Tuple.tuple(
                            "purpose", "knowledge.centre.error.purpose-required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "languages", "knowledge.centre.error.language-unknown"),
                        org.assertj.core.groups.Tuple.tuple(
                            "leadOrganisationId", "knowledge.centre.error.lead-required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "joinPolicy", "knowledge.centre.error.join-policy-required")));
    assertThat(jdbc.queryForObject("select count(*) from knowledge_centre", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void inAnOpenCentreAnyoneJoinsAtOnceAndLeaves() {
    CentreView centre = open("Test open centre", JoinPolicy.OPEN);

    MemberView joined = tenancy.asUser(FV, () -> centres.join(centre.slug(), null));

    assertThat(joined.isActive()).isTrue();
    assertThat(tenancy.asUser(FV, () -> access.read(centre.slug()).standing()))
        .isEqualTo(Standing.MEMBER);
    assertThatThrownBy(() -> tenancy.asUser(FV, () -> centres.join(centre.slug(), null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("knowledge.membership.error.already"));
    tenancy.asUser(
        FV,
        () -> {
          centres.remove(centre.slug(), joined.id());
          return null;
        });
    assertThat(tenancy.asUser(FV, () -> access.read(centre.slug()).standing()))
        .isEqualTo(Standing.NETWORK);
  }

  @Test
  void aRequestWaitsForAModeratorWhoAcceptsIt() {
    CentreView centre = open("Test centre on request", JoinPolicy.ON_REQUEST);

    MemberView asked = tenancy.asUser(FV, () -> centres.join(centre.slug(), "We run a line too"));

    assertThat(asked.status()).isEqualTo(MembershipStatus.REQUESTED);
    assertThat(tenancy.asUser(FV, () -> access.read(centre.slug()).standing()))
        .isEqualTo(Standing.NETWORK);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SAW,
                    () -> {
                      centres.decide(centre.slug(), asked.id(), true);
                      return null;
                    }))
        .isInstanceOf(AccessDeniedException.class);
    tenancy.asUser(
        SECRETARIAT,
        () -> {
          centres.decide(centre.slug(), asked.id(), true);
          return null;
        });
    assertThat(tenancy.asUser(FV, () -> access.read(centre.slug()).standing()))
        .isEqualTo(Standing.MEMBER);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SECRETARIAT,
                    () -> {
                      centres.decide(centre.slug(), asked.id(), false);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("knowledge.membership.error.not-requested"));
  }

  @Test
  void aCentreByInvitationRefusesJoiningAndTheInviteeAcceptsAndBecomesModerator() {
    CentreView centre = open("Test centre by invitation", JoinPolicy.INVITATION);
    assertThatThrownBy(() -> tenancy.asUser(FV, () -> centres.join(centre.slug(), null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("knowledge.membership.error.invitation-only"));

    MemberView invited =
        tenancy.asUser(
            SECRETARIAT, () -> centres.invitePerson(centre.slug(), " Member.FV@pharos.test "));
    tenancy.asUser(
        FV,
        () -> {
          centres.answerInvitation(centre.slug(), invited.id(), true);
          return null;
        });
    tenancy.asUser(
        SECRETARIAT,
        () -> {
          centres.setRole(centre.slug(), invited.id(), MemberRole.MODERATOR);
          return null;
        });

    assertThat(tenancy.asUser(FV, () -> access.read(centre.slug()).standing()))
        .isEqualTo(Standing.MODERATOR);
    assertThat(centres.moderatorIds(centre.id())).hasSize(1);
  }

  @Test
  void invitationsNameSomebodyOfTheNetworkAndOnlyTheInviteeAnswers() {
    CentreView centre = open("Test centre for invitations", JoinPolicy.INVITATION);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SECRETARIAT, () -> centres.invitePerson(centre.slug(), "nobody@example.org")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("knowledge.membership.error.no-such-user"));
    assertThatThrownBy(
            () -> tenancy.asUser(SECRETARIAT, () -> centres.invitePerson(centre.slug(), "")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("knowledge.membership.error.email-required"));
    MemberView invited = tenancy.asUser(SECRETARIAT, () -> centres.invitePerson(centre.slug(), FV));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SAW,
                    () -> {
                      centres.answerInvitation(centre.slug(), invited.id(), true);
                      return null;
                    }))
        .isInstanceOf(MembershipNotFound.class);
  }

  @Test
  void anOrganisationAddedByAModeratorMakesAllItsStaffMembers() {
    CentreView centre = open("Test centre for organisations", JoinPolicy.INVITATION);
    UUID saw = organisations.findByShortName("SAW").orElseThrow().id();

    tenancy.asUser(SECRETARIAT, () -> centres.addOrganisation(centre.slug(), saw));

    assertThat(tenancy.asUser(SAW, () -> access.read(centre.slug()).standing()))
        .isEqualTo(Standing.MEMBER);
    assertThat(centres.people(centre.id())).extracting(Centres.Person::displayName).isNotEmpty();
    assertThatThrownBy(
            () -> tenancy.asUser(SECRETARIAT, () -> centres.addOrganisation(centre.slug(), saw)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aStaleChangeOfTheDescriptionIsRefusedWithWhatIsStored() {
    CentreView centre = open("Test centre to change", JoinPolicy.OPEN);
    CentreDetails changed =
        new CentreDetails(
            "Test centre changed",
            "New topic",
            "New purpose",
            List.of("en"),
            apav,
            JoinPolicy.OPEN);
    tenancy.asUser(SECRETARIAT, () -> centres.change(centre.slug(), changed, centre.version()));

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SECRETARIAT, () -> centres.change(centre.slug(), changed, centre.version())))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            stale -> assertThat(((CentreView) stale.current()).topic()).isEqualTo("New topic"));
  }

  private CentreView open(String name, JoinPolicy policy) {
    return tenancy.asUser(
        SECRETARIAT,
        () ->
            centres.open(
                new CentreDetails(
                    name,
                    "A topic",
                    "What members share here.",
                    List.of("en", "FR"),
                    apav,
                    policy)));
  }

  private void removeTestCentres() {
    jdbc.update("delete from knowledge_centre where slug like 'test-%'");
  }
}
