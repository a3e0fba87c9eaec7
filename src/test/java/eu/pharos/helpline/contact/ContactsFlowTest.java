package eu.pharos.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.helpline.CaseNotFound;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.ContactList;
import eu.pharos.helpline.ContactNotFound;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.ContactQuery;
import eu.pharos.helpline.ContactRecorded;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.ConversationContact;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.HeardFrom;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewContact;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.network.CrimeType;
import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.network.SupportService;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Contacts through the facade: recording on every channel, the rules of a contact, cases opened or
 * attached, conversations filed once, tenancy, audit and what the database holds.
 */
@PharosTest
@RecordApplicationEvents
class ContactsFlowTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";
  static final String ORG_ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Contacts contacts;
  @Autowired Cases cases;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  StaffUser user(String email) {
    return (StaffUser) userDetails.loadUserByUsername(email);
  }

  HelplineView line116006Of(String email) {
    UUID organisationId = user(email).organisationId();
    return directory.member(organisationId).orElseThrow().helplines().stream()
        .filter(HelplineView::harmonised)
        .findFirst()
        .orElseThrow();
  }

  static NewContact call(Instant startedAt) {
    return new NewContact(
        ContactChannel.PHONE,
        null,
        null,
        ContactDirection.INBOUND,
        startedAt,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        false);
  }

  static Instant minutesAgo(long minutes) {
    return Instant.now().minus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS);
  }

  @Test
  void anAdvisorRecordsACallWithOnlyTheRequiredFieldsAndItIsPublishedWithoutPersonalData() {
    Instant started = minutesAgo(5);
    ContactView recorded = tenancy.asUser(ADVISOR, () -> contacts.record(call(started)));

    assertThat(recorded.channel()).isEqualTo(ContactChannel.PHONE);
    assertThat(recorded.direction()).isEqualTo(ContactDirection.INBOUND);
    assertThat(recorded.startedAt()).isEqualTo(started);
    assertThat(recorded.advisorId()).as("the caller by default").isEqualTo(user(ADVISOR).userId());
    assertThat(recorded.caseId()).isNull();
    assertThat(recorded.hasTranscript()).isFalse();
    assertThat(recorded.version()).isZero();

    assertThat(
            events.stream(ContactRecorded.class).filter(e -> e.contactId().equals(recorded.id())))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.organisationId()).isEqualTo(user(ADVISOR).organisationId());
              assertThat(e.channel()).isEqualTo(ContactChannel.PHONE);
              assertThat(e.direction()).isEqualTo(ContactDirection.INBOUND);
              assertThat(e.startedAt()).isEqualTo(started);
            });
  }

  @Test
  void aContactWithEveryFieldIsKeptAsGivenAndItsNoteIsReadBack() {
    HelplineView line = line116006Of(ADVISOR);
    UUID supervisorId = user(SUPERVISOR).userId();
    Instant started = minutesAgo(30);
    ContactView recorded =
        tenancy.asUser(
            ADVISOR,
            () ->
                contacts.record(
                    new NewContact(
                        ContactChannel.PHONE,
                        line.id(),
                        null,
                        ContactDirection.OUTBOUND,
                        started,
                        1260,
                        " PT ",
                        supervisorId,
                        SupportService.LEGAL_INFORMATION,
                        CrimeType.FRAUD_CYBERCRIME,
                        HeardFrom.POLICE,
                        ContactOutcome.CALL_BACK_ARRANGED,
                        true,
                        "Caller lost savings to a fake bank adviser.\nCall back on Monday.",
                        null,
                        false)));

    ContactView read = tenancy.asUser(SUPERVISOR, () -> contacts.get(recorded.id()));
    assertThat(read.helplineId()).isEqualTo(line.id());
    assertThat(read.lineLabel()).isNull();
    assertThat(read.direction()).isEqualTo(ContactDirection.OUTBOUND);
    assertThat(read.startedAt()).isEqualTo(started);
    assertThat(read.durationSeconds()).isEqualTo(1260);
    assertThat(read.language()).as("normalised").isEqualTo("pt");
    assertThat(read.advisorId()).isEqualTo(supervisorId);
    assertThat(read.topic()).isEqualTo(SupportService.LEGAL_INFORMATION);
    assertThat(read.crimeType()).isEqualTo(CrimeType.FRAUD_CYBERCRIME);
    assertThat(read.heardFrom()).isEqualTo(HeardFrom.POLICE);
    assertThat(read.outcome()).isEqualTo(ContactOutcome.CALL_BACK_ARRANGED);
    assertThat(read.anonymous()).isTrue();
    assertThat(read.note())
        .isEqualTo("Caller lost savings to a fake bank adviser.\nCall back on Monday.");
  }

  @Test
  void aFreeLineLabelIsKeptForALineOutsideTheDirectory() {
    ContactView recorded =
        tenancy.asUser(
            ADVISOR,
            () ->
                contacts.record(
                    new NewContact(
                        ContactChannel.PHONE,
                        null,
                        "  Porto office  ",
                        ContactDirection.INBOUND,
                        minutesAgo(2),
                        60,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        false)));
    assertThat(recorded.lineLabel()).isEqualTo("Porto office");
    assertThat(recorded.helplineId()).isNull();
  }

  @Test
  void eachBadInputIsRefusedWithItsOwnProblemAndNothingIsStored() {
    UUID otherLine = line116006Of(OUTSIDER).id();
    UUID outsiderId = user(OUTSIDER).userId();
    Integer before = jdbc.queryForObject("select count(*) from helpline_contact", Integer.class);

    // A start in the future (beyond a minute of clock drift): "The start must not be in the
    // future".
    assertProblem(
        c -> with(c, Instant.now().plus(Duration.ofHours(1)), null, null, null, null, null),
        "startedAt",
        "helpline.contacts.error.startedAt.future");
    // Over 24 hours, or negative: "The duration must be between 0 and 24 hours".
    assertProblem(
        c -> with(c, null, 24 * 3600 + 1, null, null, null, null),
        "durationSeconds",
        "helpline.contacts.error.duration.range");
    assertProblem(
        c -> with(c, null, -1, null, null, null, null),
        "durationSeconds",
        "helpline.contacts.error.duration.range");
    // Not an ISO 639-1 code: "Choose a language from the list".
    assertProblem(
        c -> with(c, null, null, "xx", null, null, null),
        "language",
        "helpline.contacts.error.language.unknown");
    assertProblem(
        c -> with(c, null, null, "portuguese", null, null, null),
        "language",
        "helpline.contacts.error.language.unknown");
    // Weisser Ring's 116 006 line: "Choose one of your organisation's lines".
    assertProblem(
        c -> with(c, null, null, null, otherLine, null, null),
        "helplineId",
        "helpline.contacts.error.line.unknown");
    // A line of the directory and a free label at once.
    assertProblem(
        c -> with(c, null, null, null, line116006Of(ADVISOR).id(), "Office", null),
        "lineLabel",
        "helpline.contacts.error.line.both");
    // An advisor of another organisation.
    assertProblem(
        c -> with(c, null, null, null, null, null, outsiderId),
        "advisorId",
        "helpline.contacts.error.advisor.unknown");
    // Channel, direction and start missing: each named.
    InvalidInput missing =
        tenancy.asUser(
            ADVISOR,
            () ->
                catchInvalid(
                    () ->
                        contacts.record(
                            new NewContact(
                                null, null, null, null, null, null, null, null, null, null, null,
                                null, false, null, null, false))));
    assertThat(missing.problems())
        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "channel", "helpline.contacts.error.channel.required"),
            org.assertj.core.groups.Tuple.tuple(
                "direction", "helpline.contacts.error.direction.required"),
            org.assertj.core.groups.Tuple.tuple(
                "startedAt", "helpline.contacts.error.startedAt.required"));

    assertThat(jdbc.queryForObject("select count(*) from helpline_contact", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void aContactOpensANewCaseWithItsCrimeTypeAndIsLinkedToIt() {
    ContactView recorded =
        tenancy.asUser(
            ADVISOR,
            () ->
                contacts.record(
                    new NewContact(
                        ContactChannel.PHONE,
                        null,
                        null,
                        ContactDirection.INBOUND,
                        minutesAgo(10),
                        600,
                        "pt",
                        null,
                        null,
                        CrimeType.DOMESTIC_VIOLENCE,
                        null,
                        null,
                        false,
                        "Wants advice on a protection order.",
                        null,
                        true)));

    assertThat(recorded.caseId()).isNotNull();
    assertThat(recorded.caseReference()).matches("C-\\d{4}-\\d{6}");
    assertThat(recorded.outcome()).as("when none was given").isEqualTo(ContactOutcome.CASE_OPENED);
    CaseView opened = tenancy.asUser(ADVISOR, () -> cases.get(recorded.caseId()));
    assertThat(opened.reference()).isEqualTo(recorded.caseReference());
    assertThat(opened.crime().crimeType()).isEqualTo(CrimeType.DOMESTIC_VIOLENCE);
    assertThat(opened.leadAdvisorId()).isEqualTo(user(ADVISOR).userId());
    assertThat(opened.timeline()).extracting(t -> t.kind()).contains(TimelineKind.CONTACT_LINKED);
    assertThat(tenancy.asUser(ADVISOR, () -> contacts.ofCase(opened.id())))
        .extracting(ContactView::id)
        .containsExactly(recorded.id());
  }

  @Test
  void aContactIsAttachedToACaseOfTheOrganisationButNotToAnotherOrganisationsCase() {
    CaseView own = openCase(ADVISOR);
    CaseView foreign = openCase(OUTSIDER);

    ContactView attached =
        tenancy.asUser(ADVISOR, () -> contacts.record(attachedTo(own.id(), minutesAgo(3))));
    assertThat(attached.caseId()).isEqualTo(own.id());
    assertThat(attached.caseReference()).isEqualTo(own.reference());
    assertThat(attached.outcome()).isEqualTo(ContactOutcome.ADDED_TO_CASE);

    Integer before = jdbc.queryForObject("select count(*) from helpline_contact", Integer.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    ADVISOR, () -> contacts.record(attachedTo(foreign.id(), minutesAgo(3)))))
        .isInstanceOf(CaseNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    ADVISOR, () -> contacts.record(attachedTo(UUID.randomUUID(), minutesAgo(3)))))
        .isInstanceOf(CaseNotFound.class);
    assertThat(jdbc.queryForObject("select count(*) from helpline_contact", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void aContactLinkedToOneCaseIsRefusedForAnotherAndNothingChanges() {
    CaseView first = openCase(ADVISOR);
    CaseView second = openCase(ADVISOR);
    ContactView contact = tenancy.asUser(ADVISOR, () -> contacts.record(call(minutesAgo(20))));

    ContactView linked =
        tenancy.asUser(SUPERVISOR, () -> contacts.linkToCase(contact.id(), first.id()));
    assertThat(linked.caseId()).isEqualTo(first.id());
    assertThat(linked.caseReference()).isEqualTo(first.reference());
    // Linking again to the same case changes nothing.
    assertThat(
            tenancy.asUser(ADVISOR, () -> contacts.linkToCase(contact.id(), first.id())).caseId())
        .isEqualTo(first.id());

    InvalidInput refused =
        tenancy.asUser(
            ADVISOR, () -> catchInvalid(() -> contacts.linkToCase(contact.id(), second.id())));
    assertThat(refused.problems())
        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "caseId", "helpline.contacts.error.case.alreadyLinked"));
    assertThat(tenancy.asUser(ADVISOR, () -> contacts.get(contact.id())).caseId())
        .isEqualTo(first.id());
    assertThat(tenancy.asUser(ADVISOR, () -> contacts.ofCase(second.id()))).isEmpty();
  }

  @Test
  void aConversationIsFiledOnceWithItsSealedTranscriptAndReadingItIsAudited() {
    UUID conversation = UUID.randomUUID();
    ConversationContact filed =
        new ConversationContact(
            conversation,
            ContactChannel.CHAT,
            minutesAgo(40),
            1800,
            "pt",
            null,
            SupportService.INFORMATION_EMOTIONAL_SUPPORT,
            CrimeType.STALKING_HARASSMENT,
            ContactOutcome.EMOTIONAL_SUPPORT_GIVEN,
            "Visitor: my ex keeps following me\nAdvisor: you did well to write",
            null,
            null,
            false);
    ContactView recorded = tenancy.asUser(ADVISOR, () -> contacts.recordConversation(filed));
    assertThat(recorded.hasTranscript()).isTrue();
    assertThat(recorded.transcript()).as("only get() opens it").isNull();
    assertThat(recorded.anonymous()).isTrue();
    assertThat(events.stream(ContactRecorded.class))
        .anyMatch(e -> e.contactId().equals(recorded.id()));

    InvalidInput twice =
        tenancy.asUser(ADVISOR, () -> catchInvalid(() -> contacts.recordConversation(filed)));
    assertThat(twice.problems())
        .extracting(InvalidInput.Problem::messageKey)
        .containsExactly("helpline.contacts.error.conversation.filed");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from helpline_contact where source_conversation_id = ?",
                Integer.class,
                conversation))
        .isEqualTo(1);

    String sealed =
        jdbc.queryForObject(
            "select transcript_sealed from helpline_contact where id = ?",
            String.class,
            recorded.id());
    assertThat(sealed).doesNotContain("ex keeps following");

    ContactView read = tenancy.asUser(SUPERVISOR, () -> contacts.get(recorded.id()));
    assertThat(read.transcript()).contains("my ex keeps following me");
    assertThat(reads("helpline.transcript", recorded.id())).isEqualTo(1);
    assertThat(reads("helpline.contact", recorded.id())).isEqualTo(1);
  }

  @Test
  void theDatabaseHoldsNoPlainTextNoteAndEveryReadOfTheNoteIsAudited() {
    String note = "Ana Ferreira, 912 345 678, was hit by her partner at home.";
    ContactView recorded =
        tenancy.asUser(
            ADVISOR,
            () ->
                contacts.record(
                    new NewContact(
                        ContactChannel.PHONE,
                        null,
                        null,
                        ContactDirection.INBOUND,
                        minutesAgo(1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        note,
                        null,
                        false)));

    var row =
        jdbc.queryForMap(
            "select note_sealed, key_id from helpline_contact where id = ?", recorded.id());
    assertThat((String) row.get("note_sealed")).isNotBlank().doesNotContain("Ferreira");
    assertThat((String) row.get("key_id")).isNotBlank();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from helpline_contact where note_sealed like ?",
                Integer.class,
                "%Ferreira%"))
        .isZero();
    assertThat(reads("helpline.contact", recorded.id())).isZero();

    assertThat(tenancy.asUser(ADVISOR, () -> contacts.get(recorded.id())).note()).isEqualTo(note);
    assertThat(tenancy.asUser(SUPERVISOR, () -> contacts.get(recorded.id())).note())
        .isEqualTo(note);
    assertThat(reads("helpline.contact", recorded.id())).isEqualTo(2);
    assertThat(reads("helpline.transcript", recorded.id())).as("no transcript, no read").isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where detail like ?",
                Integer.class,
                "%Ferreira%"))
        .isZero();
  }

  @Test
  void anotherOrganisationFindsNothingWhateverTheId() {
    CaseView own = openCase(ADVISOR);
    ContactView contact = tenancy.asUser(ADVISOR, () -> contacts.record(call(minutesAgo(7))));
    CaseView foreign = openCase(OUTSIDER);

    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> contacts.get(contact.id())))
        .isInstanceOf(ContactNotFound.class);
    assertThatThrownBy(
            () -> tenancy.asUser(OUTSIDER, () -> contacts.linkToCase(contact.id(), foreign.id())))
        .isInstanceOf(ContactNotFound.class);
    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> contacts.ofCase(own.id())))
        .isInstanceOf(CaseNotFound.class);
    assertThatThrownBy(
            () -> tenancy.asUser(ADVISOR, () -> contacts.linkToCase(contact.id(), foreign.id())))
        .isInstanceOf(CaseNotFound.class);
    ContactList theirs =
        tenancy.asUser(
            OUTSIDER, () -> contacts.list(new ContactQuery(null, false, null, null, null, 0, 100)));
    assertThat(theirs.items()).extracting(ContactView::id).doesNotContain(contact.id());
    assertThat(tenancy.asUser(ADVISOR, () -> contacts.get(contact.id())).caseId()).isNull();
  }

  @Test
  void onlyAdvisorsAndSupervisorsWorkWithContacts() {
    assertThatThrownBy(() -> tenancy.asUser(ORG_ADMIN, () -> contacts.record(call(minutesAgo(1)))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theListFiltersByChannelLinkAdvisorAndDays() {
    ZoneId lisbon = ZoneId.of("Europe/Lisbon");
    LocalDate day = LocalDate.now(lisbon).minusDays(400);
    Instant noon = day.atTime(12, 0).atZone(lisbon).toInstant();
    CaseView own = openCase(ADVISOR);
    ContactView phone = tenancy.asUser(ADVISOR, () -> contacts.record(call(noon)));
    ContactView email =
        tenancy.asUser(
            SUPERVISOR,
            () ->
                contacts.record(
                    new NewContact(
                        ContactChannel.EMAIL,
                        null,
                        null,
                        ContactDirection.INBOUND,
                        noon.plusSeconds(60),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        own.id(),
                        false)));
    UUID advisorId = user(ADVISOR).userId();

    Function<ContactQuery, List<UUID>> ids =
        q ->
            tenancy.asUser(ADVISOR, () -> contacts.list(q)).items().stream()
                .map(ContactView::id)
                .toList();
    assertThat(ids.apply(new ContactQuery(null, false, null, day, day, 0, 100)))
        .as("newest first")
        .containsExactly(email.id(), phone.id());
    assertThat(ids.apply(new ContactQuery(ContactChannel.EMAIL, false, null, day, day, 0, 100)))
        .containsExactly(email.id());
    assertThat(ids.apply(new ContactQuery(null, true, null, day, day, 0, 100)))
        .containsExactly(phone.id());
    assertThat(ids.apply(new ContactQuery(null, false, advisorId, day, day, 0, 100)))
        .containsExactly(phone.id());
    assertThat(
            ids.apply(
                new ContactQuery(null, false, null, day.plusDays(1), day.plusDays(2), 0, 100)))
        .isEmpty();
    ContactList firstPage =
        tenancy.asUser(
            ADVISOR, () -> contacts.list(new ContactQuery(null, false, null, day, day, 0, 1)));
    assertThat(firstPage.total()).isEqualTo(2);
    assertThat(firstPage.items()).hasSize(1);
    assertThat(
            tenancy
                .asUser(
                    ADVISOR,
                    () -> contacts.list(new ContactQuery(null, false, null, day, day, 0, 100)))
                .items()
                .get(0)
                .caseReference())
        .isEqualTo(own.reference());

    InvalidInput badQuery =
        tenancy.asUser(
            ADVISOR,
            () ->
                catchInvalid(
                    () ->
                        contacts.list(
                            new ContactQuery(null, false, null, day, day.minusDays(1), 0, 101))));
    assertThat(badQuery.problems())
        .extracting(InvalidInput.Problem::field)
        .containsExactlyInAnyOrder("size", "to");
  }

  CaseView openCase(String email) {
    return tenancy.asUser(
        email,
        () ->
            cases.open(
                new NewCase(
                    null,
                    null,
                    new CrimeDetails(CrimeType.ASSAULT, null, null, null, null, null),
                    null,
                    Set.of())));
  }

  static NewContact attachedTo(UUID caseId, Instant startedAt) {
    return new NewContact(
        ContactChannel.PHONE,
        null,
        null,
        ContactDirection.INBOUND,
        startedAt,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        caseId,
        false);
  }

  static NewContact with(
      NewContact c,
      Instant startedAt,
      Integer durationSeconds,
      String language,
      UUID helplineId,
      String lineLabel,
      UUID advisorId) {
    return new NewContact(
        c.channel(),
        helplineId,
        lineLabel,
        c.direction(),
        startedAt == null ? c.startedAt() : startedAt,
        durationSeconds,
        language,
        advisorId,
        c.topic(),
        c.crimeType(),
        c.heardFrom(),
        c.outcome(),
        c.anonymous(),
        "Should never be stored",
        null,
        true);
  }

  void assertProblem(Function<NewContact, NewContact> change, String field, String messageKey) {
    NewContact contact = change.apply(call(minutesAgo(1)));
    InvalidInput refused =
        tenancy.asUser(ADVISOR, () -> catchInvalid(() -> contacts.record(contact)));
    assertThat(refused.problems())
        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, messageKey));
  }

  int reads(String type, UUID id) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where action = 'data.read' and target_type = ?"
            + " and target_id = ?",
        Integer.class,
        type,
        id.toString());
  }

  static InvalidInput catchInvalid(Runnable work) {
    try {
      work.run();
    } catch (InvalidInput invalid) {
      return invalid;
    }
    throw new AssertionError("expected the input to be refused");
  }
}
