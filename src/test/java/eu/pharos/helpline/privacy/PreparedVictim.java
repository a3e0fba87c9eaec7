package eu.pharos.helpline.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.helpline.AssessmentDraft;
import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.ConversationContact;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.HeardFrom;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewConsent;
import eu.pharos.helpline.NewContact;
import eu.pharos.helpline.NewFollowUp;
import eu.pharos.helpline.NewPlanAction;
import eu.pharos.helpline.ProtectionMeasure;
import eu.pharos.helpline.TimelineEntryView;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A victim of APAV with a piece of every kind an organisation holds: details, a consent, a case
 * with its needs assessment, a plan action, a follow-up, a note and a document, a phone contact
 * with its note and a chat with its transcript. Every free text carries a marker unique to the
 * victim, so that a test can look for it in an export or anywhere in the database.
 */
record PreparedVictim(
    String marker,
    VictimView victim,
    CaseView caseView,
    UUID documentFileId,
    UUID contactId,
    UUID chatId) {

  static final String ADVISOR = "advisor.apav@pharos.test";

  /** The free texts that identify or describe this victim, each with the marker. */
  List<String> texts() {
    return List.of(
        name(),
        "+351 91" + digits(),
        marker + "@example.pt",
        "Rua das Gaivotas " + marker,
        "Keep the file for follow-up " + marker,
        "Behind the café " + marker,
        "She was threatened at home " + marker,
        "Assessment summary " + marker,
        "Call the lawyer " + marker,
        "Ring back after the hearing " + marker,
        "Note after the hearing " + marker,
        "statement-" + marker + ".pdf",
        "Phone note " + marker,
        "Chat transcript " + marker);
  }

  String name() {
    return "Joana Conceição " + marker;
  }

  String digits() {
    return String.valueOf(Math.abs(marker.hashCode()) % 10_000_000 + 10_000_000).substring(1);
  }

  static PreparedVictim create(
      TenancyCheck tenancy,
      Victims victims,
      Cases cases,
      Contacts contacts,
      String marker,
      boolean closed) {
    return tenancy.asUser(
        ADVISOR,
        () -> {
          Instant now = Instant.now();
          String digits =
              String.valueOf(Math.abs(marker.hashCode()) % 10_000_000 + 10_000_000).substring(1);
          VictimView victim =
              victims.register(
                  new VictimDetails(
                      "Joana Conceição " + marker,
                      "+351 91" + digits,
                      marker + "@example.pt",
                      "Rua das Gaivotas " + marker,
                      LocalDate.of(1984, 3, 9),
                      "pt",
                      "PT"));
          victims.recordConsent(
              victim.id(),
              new NewConsent(
                  ConsentKind.DATA_KEPT,
                  null,
                  null,
                  "Keep the file for follow-up " + marker,
                  ConsentMethod.VERBAL_PHONE,
                  now.minus(Duration.ofHours(2)),
                  null));
          CaseView opened =
              cases.open(
                  new NewCase(
                      victim.id(),
                      null,
                      new CrimeDetails(
                          CrimeType.DOMESTIC_VIOLENCE,
                          LocalDate.now().minusDays(10),
                          "Behind the café " + marker,
                          "ES",
                          "PT",
                          "She was threatened at home " + marker),
                      null,
                      Set.of()));
          UUID caseId = opened.id();
          Map<AssessmentQuestion, AssessmentQuestion.Answer> answers =
              new EnumMap<>(AssessmentQuestion.class);
          for (AssessmentQuestion q : AssessmentQuestion.values()) {
            answers.put(q, q.scale().answers().get(q == AssessmentQuestion.INTIMIDATION ? 0 : 1));
          }
          cases.submitAssessment(
              caseId,
              new AssessmentDraft(
                  answers,
                  Set.of(ProtectionMeasure.SAFETY_PLAN),
                  "Assessment summary " + marker,
                  0));
          cases.addAction(
              caseId,
              new NewPlanAction("Call the lawyer " + marker, null, LocalDate.now().plusDays(7)));
          cases.scheduleFollowUp(
              caseId,
              new NewFollowUp(
                  now.plus(Duration.ofDays(2)), null, "Ring back after the hearing " + marker));
          cases.addNote(caseId, "Note after the hearing " + marker);
          TimelineEntryView document =
              cases.attachDocument(
                  caseId,
                  "statement-" + marker + ".pdf",
                  new ByteArrayInputStream(TestFiles.pdf()));
          ContactView phone =
              contacts.record(
                  new NewContact(
                      ContactChannel.PHONE,
                      null,
                      "116 006",
                      ContactDirection.INBOUND,
                      now.minus(Duration.ofHours(1)),
                      420,
                      "pt",
                      null,
                      SupportService.HELPLINE,
                      CrimeType.DOMESTIC_VIOLENCE,
                      HeardFrom.values()[0],
                      ContactOutcome.values()[0],
                      false,
                      "Phone note " + marker,
                      caseId,
                      false));
          ContactView chat =
              contacts.recordConversation(
                  new ConversationContact(
                      UUID.randomUUID(),
                      ContactChannel.CHAT,
                      now.minus(Duration.ofHours(3)),
                      900,
                      "pt",
                      null,
                      SupportService.ONLINE_CHAT,
                      CrimeType.DOMESTIC_VIOLENCE,
                      ContactOutcome.values()[0],
                      "Chat transcript " + marker,
                      null,
                      caseId,
                      false));
          CaseView view = cases.get(caseId);
          if (closed) {
            view = cases.close(caseId, CaseOutcome.SUPPORT_COMPLETED, null, view.version());
          }
          assertThat(document.fileId()).isNotNull();
          return new PreparedVictim(marker, victim, view, document.fileId(), phone.id(), chat.id());
        });
  }

  /** Moves the case's closing back in time, as if it had been closed that long ago. */
  void closedDaysAgo(JdbcTemplate jdbc, int days) {
    jdbc.update(
        "update helpline_case set closed_at = ? where id = ?",
        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(days))),
        caseView.id());
  }

  /** Every value of every helpline row that contains one of the texts, as "table.column". */
  List<String> plainTextLeftIn(JdbcTemplate jdbc) {
    List<String> tables =
        List.of(
            "helpline_victim",
            "helpline_consent",
            "helpline_case",
            "helpline_assessment",
            "helpline_plan_action",
            "helpline_follow_up",
            "helpline_timeline_entry",
            "helpline_contact",
            "helpline_quality_review",
            "platform_stored_file");
    List<String> found = new java.util.ArrayList<>();
    for (String table : tables) {
      for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
        for (Map.Entry<String, Object> column : row.entrySet()) {
          if (column.getValue() instanceof String value && value.contains(marker)) {
            found.add(table + "." + column.getKey());
          }
        }
      }
    }
    return found;
  }
}
