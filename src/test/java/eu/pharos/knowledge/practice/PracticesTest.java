package eu.pharos.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.platform.FileRejected;
import eu.pharos.platform.NotificationView;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The rules of good practices as the services keep them: who may do what, and bad input. */
@PharosTest
class PracticesTest {

  static final String CENTRE = "european-helplines";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String APAV_ADVISOR = "advisor.apav@pharos.test";
  static final String WR_ADVISOR = "advisor.wr-de@pharos.test";
  static final String OUTSIDER = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Practices practices;
  @Autowired PracticeAdoptions adoptions;
  @Autowired Notifications notifications;
  @Autowired MessageSource messages;
  @Autowired RecentPracticesSection recentSection;
  @Autowired CentreAccess access;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  static PracticeInput input(String title, Visibility visibility) {
    return new PracticeInput(
        title,
        "Callers wait too long.",
        "A second queue for call-backs.",
        "One advisor per shift.",
        "Fewer callers give up.",
        "Helpline coordinator",
        visibility,
        "en");
  }

  private PracticeView create(String email, String title, Visibility visibility) {
    return tenancy.asUser(email, () -> practices.create(CENTRE, input(title, visibility)));
  }

  @Test
  void aMemberSharesAPracticeWithItsOrganisationAndCountryAndOnlyWhoMaySeeItFindsIt() {
    PracticeView created =
        create(WR_ADVISOR, "Centre-only routing " + UUID.randomUUID(), Visibility.CENTRE);
    assertThat(created.organisationName()).isEqualTo("Weisser Ring (Germany)");
    assertThat(created.country()).isEqualTo("DE");
    assertThat(created.language()).isEqualTo("en");
    assertThat(created.mayEdit()).isTrue();

    assertThat(
            tenancy.asUser(APAV_ADVISOR, () -> practices.get(CENTRE, created.id(), "en").title()))
        .isEqualTo(created.title());
    assertThatThrownBy(
            () -> tenancy.asUser(OUTSIDER, () -> practices.get(CENTRE, created.id(), "en")))
        .isInstanceOf(PracticeNotFound.class);
    assertThatThrownBy(() -> practices.get(CENTRE, created.id(), "en"))
        .as("a visitor")
        .isInstanceOf(PracticeNotFound.class);
    assertThatThrownBy(() -> practices.getPublic(CENTRE, created.id(), "en"))
        .isInstanceOf(PracticeNotFound.class);
    assertThat(
            tenancy
                .asUser(OUTSIDER, () -> practices.list(CENTRE, null, null, "en"))
                .practices()
                .stream()
                .map(PracticeSummary::id))
        .doesNotContain(created.id());
    assertThat(
            tenancy
                .asUser(APAV_ADVISOR, () -> practices.list(CENTRE, "DE", null, "en"))
                .practices()
                .stream()
                .map(PracticeSummary::id))
        .contains(created.id());
    assertThat(
            tenancy
                .asUser(APAV_ADVISOR, () -> practices.list(CENTRE, "PT", null, "en"))
                .practices()
                .stream()
                .map(PracticeSummary::id))
        .doesNotContain(created.id());

    PracticeView network = create(WR_ADVISOR, "Network practice", Visibility.NETWORK);
    assertThat(tenancy.asUser(OUTSIDER, () -> practices.get(CENTRE, network.id(), "en").id()))
        .isEqualTo(network.id());
    assertThatThrownBy(() -> practices.get(CENTRE, network.id(), "en"))
        .isInstanceOf(PracticeNotFound.class);
  }

  @Test
  void aNonMemberMayNotShareAndOnlyTheAuthorOrAModeratorMayChange() {
    assertThatThrownBy(() -> create(OUTSIDER, "Not a member", Visibility.PUBLIC))
        .isInstanceOf(AccessDeniedException.class);
    PracticeView created = create(WR_ADVISOR, "To be changed", Visibility.CENTRE);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    APAV_ADVISOR,
                    () ->
                        practices.update(
                            CENTRE,
                            created.id(),
                            input("Mine now", Visibility.CENTRE),
                            created.version())))
        .isInstanceOf(AccessDeniedException.class);
    PracticeView byModerator =
        tenancy.asUser(
            APAV_ADMIN,
            () ->
                practices.update(
                    CENTRE,
                    created.id(),
                    input("Changed by a moderator", Visibility.CENTRE),
                    created.version()));
    assertThat(byModerator.title()).isEqualTo("Changed by a moderator");

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR,
                    () ->
                        practices.update(
                            CENTRE,
                            created.id(),
                            input("Stale change", Visibility.CENTRE),
                            created.version())))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            stale -> {
              assertThat(stale.currentVersion()).isEqualTo(byModerator.version());
              assertThat(((PracticeView) stale.current()).title())
                  .isEqualTo("Changed by a moderator");
            });
  }

  @Test
  void aModeratorHidesAPracticeWithAReasonThatOnlyTheAuthorAndModeratorsThenSee() {
    PracticeView created = create(WR_ADVISOR, "To be hidden", Visibility.NETWORK);
    assertThatThrownBy(
            () -> tenancy.asUser(APAV_ADVISOR, () -> practices.hide(CENTRE, created.id(), "No")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            message(
                () -> tenancy.asUser(APAV_ADMIN, () -> practices.hide(CENTRE, created.id(), " "))))
        .containsExactly("reason: Say why the practice is hidden.");

    tenancy.asUser(APAV_ADMIN, () -> practices.hide(CENTRE, created.id(), "Names a victim"));
    assertThatThrownBy(
            () -> tenancy.asUser(APAV_ADVISOR, () -> practices.get(CENTRE, created.id(), "en")))
        .isInstanceOf(PracticeNotFound.class);
    PracticeView seenByAuthor =
        tenancy.asUser(WR_ADVISOR, () -> practices.get(CENTRE, created.id(), "en"));
    assertThat(seenByAuthor.hidden()).isTrue();
    assertThat(seenByAuthor.hiddenReason()).isEqualTo("Names a victim");
    assertThat(
            tenancy
                .asUser(APAV_ADMIN, () -> practices.list(CENTRE, null, null, "en"))
                .practices()
                .stream()
                .filter(p -> p.id().equals(created.id()))
                .findFirst()
                .orElseThrow()
                .hidden())
        .isTrue();
    tenancy.asUser(APAV_ADMIN, () -> practices.show(CENTRE, created.id()));
    assertThat(
            tenancy.asUser(APAV_ADVISOR, () -> practices.get(CENTRE, created.id(), "en").hidden()))
        .isFalse();
  }

  @Test
  void badInputIsRefusedWithAMessageOnEachField() {
    PracticeInput missing = new PracticeInput(" ", "", "", null, null, null, null, "");
    assertThat(message(() -> tenancy.asUser(WR_ADVISOR, () -> practices.create(CENTRE, missing))))
        .containsExactlyInAnyOrder(
            "title: Enter a title.",
            "problem: Describe the problem the practice answers.",
            "practice: Describe the practice.",
            "visibility: Choose who may read it.",
            "language: Choose the language it is written in.");

    String tooLong = "x".repeat(Practices.TEXT_MAX + 1);
    PracticeInput overLong =
        new PracticeInput(
            "y".repeat(Practices.TITLE_MAX + 1),
            tooLong,
            "Fine",
            tooLong,
            null,
            "z".repeat(Practices.CONTACT_MAX + 1),
            Visibility.CENTRE,
            "xx");
    assertThat(message(() -> tenancy.asUser(WR_ADVISOR, () -> practices.create(CENTRE, overLong))))
        .containsExactlyInAnyOrder(
            "language: Give the language as a two-letter code (ISO 639-1), such as en or pt.",
            "title: Use at most 200 characters.",
            "problem: Use at most 10000 characters.",
            "resources: Use at most 10000 characters.",
            "contact: Use at most 500 characters.");
  }

  @Test
  void aReaderGetsTheVersionInTheirLanguageWhenThereIsOneAndTheOriginalOtherwise() {
    PracticeView created = create(APAV_ADMIN, "Calling back", Visibility.NETWORK);
    tenancy.asUser(
        APAV_ADMIN,
        () ->
            practices.translate(
                CENTRE,
                created.id(),
                new PracticeText("pt", "Devolver chamadas", "Esperam.", "Uma fila.", null, null)));
    PracticeView inPortuguese =
        tenancy.asUser(OUTSIDER, () -> practices.get(CENTRE, created.id(), "pt"));
    assertThat(inPortuguese.title()).isEqualTo("Devolver chamadas");
    assertThat(inPortuguese.translated()).isTrue();
    assertThat(inPortuguese.languages()).containsExactly("en", "pt");
    assertThat(inPortuguese.original().title()).isEqualTo("Calling back");
    PracticeView inGerman =
        tenancy.asUser(OUTSIDER, () -> practices.get(CENTRE, created.id(), "de"));
    assertThat(inGerman.title()).isEqualTo("Calling back");
    assertThat(inGerman.translated()).isFalse();
    assertThat(
            tenancy
                .asUser(OUTSIDER, () -> practices.list(CENTRE, null, "pt", "pt"))
                .practices()
                .stream()
                .filter(p -> p.id().equals(created.id()))
                .findFirst()
                .orElseThrow()
                .title())
        .isEqualTo("Devolver chamadas");

    assertThat(
            message(
                () ->
                    tenancy.asUser(
                        APAV_ADMIN,
                        () ->
                            practices.translate(
                                CENTRE,
                                created.id(),
                                new PracticeText("en", "Again", "P", "P", null, null)))))
        .containsExactly(
            "language: This is the language of the original: change the practice itself instead.");
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR,
                    () ->
                        practices.translate(
                            CENTRE,
                            created.id(),
                            new PracticeText("de", "Rückruf", "P", "P", null, null))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void adoptingAskedByAnotherOrganisationReportedByItAndTheAuthorIsTold() {
    PracticeView created = create(APAV_ADMIN, "Adoptable " + UUID.randomUUID(), Visibility.NETWORK);
    assertThat(
            message(
                () ->
                    tenancy.asUser(APAV_ADVISOR, () -> adoptions.ask(CENTRE, created.id(), "Us"))))
        .containsExactly(
            "note: This practice comes from your own organisation: only other organisations can"
                + " ask to adopt it.");
    assertThatThrownBy(
            () -> tenancy.asUser(OUTSIDER, () -> adoptions.ask(CENTRE, created.id(), "Please")))
        .as("a network member outside the centre")
        .isInstanceOf(AccessDeniedException.class);

    AdoptionView asked =
        tenancy.asUser(WR_ADVISOR, () -> adoptions.ask(CENTRE, created.id(), "We would like to"));
    assertThat(asked.status()).isEqualTo(AdoptionStatus.PLANNED);
    assertThat(
            message(
                () ->
                    tenancy.asUser(WR_ADVISOR, () -> adoptions.ask(CENTRE, created.id(), "Again"))))
        .containsExactly(
            "note: Your organisation has already asked to adopt this practice: report how it goes"
                + " on its request.");
    List<NotificationView> told = tenancy.asUser(APAV_ADMIN, notifications::mine);
    assertThat(told)
        .anySatisfy(
            n -> {
              assertThat(n.messageKey())
                  .isEqualTo("knowledge.practice.notification.adoption-asked");
              assertThat(n.args()).contains(created.title());
            });

    assertThat(
            message(
                () ->
                    tenancy.asUser(
                        APAV_ADMIN,
                        () ->
                            adoptions.report(
                                CENTRE, created.id(), asked.id(), AdoptionStatus.ADOPTED, "Done"))))
        .containsExactly(
            "status: Only the organisation that asked to adopt this practice can report how it"
                + " went.");
    assertThat(
            message(
                () ->
                    tenancy.asUser(
                        WR_ADVISOR,
                        () -> adoptions.report(CENTRE, created.id(), asked.id(), null, "x"))))
        .containsExactly("status: Choose how far your organisation is.");

    AdoptionView reported =
        tenancy.asUser(
            WR_ADVISOR,
            () ->
                adoptions.report(
                    CENTRE, created.id(), asked.id(), AdoptionStatus.IN_PROGRESS, "Under way"));
    assertThat(reported.status()).isEqualTo(AdoptionStatus.IN_PROGRESS);
    assertThat(reported.report()).isEqualTo("Under way");
    assertThat(tenancy.asUser(APAV_ADMIN, notifications::mine))
        .anySatisfy(
            n ->
                assertThat(n.messageKey())
                    .isEqualTo("knowledge.practice.notification.adoption-reported"));

    PracticeView seenByAuthor =
        tenancy.asUser(APAV_ADMIN, () -> practices.get(CENTRE, created.id(), "en"));
    assertThat(seenByAuthor.adoptionCounts().asked()).isEqualTo(1);
    assertThat(seenByAuthor.adoptionCounts().inProgress()).isEqualTo(1);
    assertThat(seenByAuthor.adoptions())
        .extracting(AdoptionView::note)
        .containsExactly("We would like to");
    PracticeView seenByThird =
        tenancy.asUser(
            "evaluator.wr-at@pharos.test", () -> practices.get(CENTRE, created.id(), "en"));
    assertThat(seenByThird.adoptionCounts().asked()).isEqualTo(1);
    assertThat(seenByThird.adoptions()).isEmpty();
    assertThat(seenByThird.mayAskToAdopt()).isTrue();
  }

  @Test
  void filesOfForbiddenTypesOrTooLargeAreRefusedAndOthersAreReadByOtherOrganisations()
      throws IOException {
    PracticeView created = create(APAV_ADMIN, "With files", Visibility.NETWORK);
    assertThatThrownBy(() -> attach(created, "guide.pdf", TestFiles.html()))
        .isInstanceOfSatisfying(
            FileRejected.class,
            r ->
                assertThat(text(r.messageKey(), r.messageArguments()))
                    .startsWith("The selected file must be a PDF"));
    assertThatThrownBy(() -> attach(created, "tool.pdf", TestFiles.executable()))
        .isInstanceOfSatisfying(
            FileRejected.class,
            r -> assertThat(r.reason()).isEqualTo(FileRejected.Reason.TYPE_NOT_ALLOWED));
    byte[] oversized = new byte[20 * 1024 * 1024 + 1];
    Arrays.fill(oversized, (byte) 'a');
    assertThatThrownBy(() -> attach(created, "big.txt", oversized))
        .isInstanceOfSatisfying(
            FileRejected.class,
            r ->
                assertThat(text(r.messageKey(), r.messageArguments()))
                    .isEqualTo("The selected file must be smaller than 20 MB"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR,
                    () ->
                        practices.attach(
                            CENTRE,
                            created.id(),
                            "x.pdf",
                            new ByteArrayInputStream(TestFiles.pdf()))))
        .isInstanceOf(AccessDeniedException.class);

    AttachmentView pdf = attach(created, "script.pdf", TestFiles.pdf());
    assertThat(pdf.name()).isEqualTo("script.pdf");
    AttachmentDownload download =
        tenancy.asUser(OUTSIDER, () -> practices.open(CENTRE, created.id(), pdf.id()));
    try (InputStream content = download.content()) {
      assertThat(content.readAllBytes()).isEqualTo(TestFiles.pdf());
    }
    assertThat(download.contentType()).isEqualTo("application/pdf");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCentreHomeShowsTheThreeNewestPracticesTheCallerMaySee() {
    PracticeView centreOnly = create(WR_ADVISOR, "Newest for members", Visibility.CENTRE);
    Map<String, Object> visitor = recentSection.model(access.read(CENTRE), Locale.ENGLISH);
    List<PracticeSummary> forVisitor = (List<PracticeSummary>) visitor.get("recentPractices");
    assertThat(forVisitor).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(forVisitor).allSatisfy(p -> assertThat(p.visibility()).isEqualTo(Visibility.PUBLIC));
    List<PracticeSummary> forMember =
        tenancy.asUser(
            APAV_ADVISOR,
            () ->
                (List<PracticeSummary>)
                    recentSection
                        .model(access.read(CENTRE), Locale.ENGLISH)
                        .get("recentPractices"));
    assertThat(forMember).hasSize(3);
    assertThat(forMember.get(0).id()).isEqualTo(centreOnly.id());
  }

  private AttachmentView attach(PracticeView practice, String name, byte[] bytes) {
    return tenancy.asUser(
        APAV_ADMIN,
        () -> practices.attach(CENTRE, practice.id(), name, new ByteArrayInputStream(bytes)));
  }

  /** The English messages of a refused input, as "field: message". */
  private List<String> message(Runnable work) {
    try {
      work.run();
    } catch (InvalidInput invalid) {
      return invalid.problems().stream()
          .map(p -> p.field() + ": " + text(p.messageKey(), p.arguments().toArray()))
          .toList();
    }
    throw new AssertionError("input was not refused");
  }

  private String text(String key, Object[] args) {
    return messages.getMessage(key, args, Locale.ENGLISH);
  }
}
