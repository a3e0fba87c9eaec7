package eu.pharos.helpline.demo;

import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.HeardFrom;
import eu.pharos.helpline.ProtectionMeasure;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo caseload of APAV (Portugal). Every person is invented; names are common Portuguese
 * names, chosen so that a search for "Maria Fernandes" finds someone. Days count back from the
 * first start.
 */
final class DemoCases {

  private DemoCases() {}

  /** How far an assessment got. */
  enum Assessed {
    NONE,
    DRAFT,
    SUBMITTED
  }

  record Action(String description, String owner, int dueInDays, boolean done) {}

  record Call(
      int daysAgo,
      ContactChannel channel,
      int minutes,
      SupportService topic,
      HeardFrom heardFrom,
      ContactOutcome outcome,
      String note) {}

  record DemoCase(
      String victimName,
      String phone,
      String residenceCountry,
      String language,
      CrimeType crimeType,
      String crimeCountry,
      String place,
      int crimeDaysAgo,
      int openedDaysAgo,
      String lead,
      String summary,
      Assessed assessed,
      List<Action> plan,
      Integer followUpInDays,
      List<Call> calls,
      Integer closedDaysAgo,
      CaseOutcome outcome) {}

  static final String ALEX = "advisor.apav@pharos.test";
  static final String BRUNO = "bruno.apav@pharos.test";
  static final String CARLA = "carla.apav@pharos.test";

  static final List<DemoCase> CASES =
      List.of(
          new DemoCase(
              "Maria Fernandes",
              "+351 912 345 678",
              "PT",
              "pt",
              CrimeType.DOMESTIC_VIOLENCE,
              "PT",
              "Setúbal, at home",
              12,
              9,
              ALEX,
              "Called the 116 006 line after her partner threatened her again. Two children at"
                  + " home. Wants information on a protection order and to be accompanied to"
                  + " court.",
              Assessed.SUBMITTED,
              List.of(
                  new Action("Explain the protection order procedure", ALEX, -3, false),
                  new Action("Accompany Maria to the court hearing", ALEX, 10, false),
                  new Action("Refer the children to psychological support", CARLA, 5, false)),
              1,
              List.of(
                  new Call(
                      9,
                      ContactChannel.PHONE,
                      24,
                      SupportService.INFORMATION_EMOTIONAL_SUPPORT,
                      HeardFrom.POLICE,
                      ContactOutcome.CASE_OPENED,
                      "First call. Frightened, calmer by the end of the call."),
                  new Call(
                      3,
                      ContactChannel.PHONE,
                      12,
                      SupportService.LEGAL_INFORMATION,
                      HeardFrom.PREVIOUS_CONTACT,
                      ContactOutcome.ADDED_TO_CASE,
                      "Asked about the hearing date; will send the letter she received.")),
              null,
              null),
          new DemoCase(
              "João Pereira",
              "+351 963 222 111",
              "PT",
              "pt",
              CrimeType.ROBBERY,
              "PT",
              "Lisbon, Cais do Sodré station",
              6,
              5,
              BRUNO,
              "Robbed at knifepoint on the way home; sleeps badly since. Needs help with the"
                  + " complaint and replacing documents.",
              Assessed.DRAFT,
              List.of(new Action("Help replace the stolen identity card", BRUNO, 7, false)),
              null,
              List.of(
                  new Call(
                      5,
                      ContactChannel.PHONE,
                      18,
                      SupportService.PRACTICAL_SUPPORT,
                      HeardFrom.WEBSITE,
                      ContactOutcome.CASE_OPENED,
                      "Shaken; prefers calls in the evening.")),
              null,
              null),
          new DemoCase(
              "Thomas Becker",
              "+49 151 2345 6789",
              "DE",
              "de",
              CrimeType.ASSAULT,
              "PT",
              "Lisbon, Bairro Alto",
              4,
              3,
              ALEX,
              "German tourist assaulted on holiday; back in Germany. Needs information on"
                  + " compensation in Portugal and support at home: a referral to Weisser Ring"
                  + " with his consent.",
              Assessed.NONE,
              List.of(new Action("Ask for consent to refer to Weisser Ring", ALEX, 2, false)),
              2,
              List.of(
                  new Call(
                      3,
                      ContactChannel.EMAIL,
                      0,
                      SupportService.CROSS_BORDER_SUPPORT,
                      HeardFrom.OTHER_SUPPORT_ORGANISATION,
                      ContactOutcome.CASE_OPENED,
                      "Wrote in English from Germany.")),
              null,
              null),
          new DemoCase(
              "Ana Costa",
              "+351 934 555 010",
              "PT",
              "pt",
              CrimeType.FRAUD_CYBERCRIME,
              "PT",
              "Online",
              30,
              20,
              CARLA,
              "Lost her savings to a fake investment website. Ashamed to tell her family.",
              Assessed.SUBMITTED,
              List.of(
                  new Action("Help file the complaint with the police", CARLA, -10, true),
                  new Action("Contact the bank's fraud department together", CARLA, -1, false)),
              -1,
              List.of(),
              null,
              null),
          new DemoCase(
              "Inês Rodrigues",
              null,
              "PT",
              "pt",
              CrimeType.BURGLARY_THEFT,
              "PT",
              "Porto",
              70,
              65,
              BRUNO,
              "Flat burgled while on holiday; anxious about being at home alone.",
              Assessed.SUBMITTED,
              List.of(new Action("Safety check of the flat with the police", BRUNO, -50, true)),
              null,
              List.of(),
              40,
              CaseOutcome.SUPPORT_COMPLETED),
          new DemoCase(
              "Rui Almeida",
              "+351 918 700 300",
              "PT",
              "pt",
              CrimeType.STALKING_HARASSMENT,
              "PT",
              "Coimbra",
              120,
              100,
              ALEX,
              "Followed and messaged by a former colleague for months.",
              Assessed.SUBMITTED,
              List.of(),
              null,
              List.of(),
              60,
              CaseOutcome.REFERRED_TO_OTHER_SERVICE),
          new DemoCase(
              null,
              null,
              "PT",
              "pt",
              CrimeType.HATE_CRIME,
              "PT",
              "Lisbon",
              50,
              45,
              CARLA,
              "Insulted and pushed in the street because of his origin; did not want to give"
                  + " his name.",
              Assessed.SUBMITTED,
              List.of(),
              null,
              List.of(),
              20,
              CaseOutcome.NEEDS_MET_ELSEWHERE),
          // Closed longer ago than the default retention (730 days): the nightly retention run
          // anonymises it.
          new DemoCase(
              "Carlos Sousa",
              "+351 926 100 200",
              "PT",
              "pt",
              CrimeType.ROAD_TRAFFIC,
              "PT",
              "A1 motorway near Leiria",
              900,
              880,
              BRUNO,
              "Injured by a drunk driver; needed help with the insurance claim.",
              Assessed.SUBMITTED,
              List.of(),
              null,
              List.of(),
              800,
              CaseOutcome.SUPPORT_COMPLETED));

  /** Calls that no case holds yet: the supervisor's "not yet linked" list. */
  static final List<Call> UNLINKED_CALLS =
      List.of(
          new Call(
              0,
              ContactChannel.PHONE,
              2,
              SupportService.INFORMATION_EMOTIONAL_SUPPORT,
              HeardFrom.UNKNOWN,
              ContactOutcome.SILENT_OR_ENDED_EARLY,
              null),
          new Call(
              1,
              ContactChannel.PHONE,
              15,
              SupportService.LEGAL_INFORMATION,
              HeardFrom.SEARCH_ENGINE,
              ContactOutcome.INFORMATION_GIVEN,
              "Asked how to make a complaint about a neighbour's threats."),
          new Call(
              2,
              ContactChannel.EMAIL,
              0,
              SupportService.COMPENSATION_CLAIMS,
              HeardFrom.WEBSITE,
              ContactOutcome.CALL_BACK_ARRANGED,
              "Wants to know about state compensation; call back on Monday."));

  /** A complete assessment: what the answers of a domestic violence case could look like. */
  static Map<AssessmentQuestion, Answer> answers(CrimeType crimeType, boolean complete) {
    Map<AssessmentQuestion, Answer> answers = new EnumMap<>(AssessmentQuestion.class);
    for (AssessmentQuestion question : AssessmentQuestion.values()) {
      if (!complete && question.section() != AssessmentQuestion.Section.PERSONAL) {
        continue;
      }
      answers.put(
          question,
          question.scale() == AssessmentQuestion.Scale.NEED ? Answer.SOME_NEED : Answer.NO);
    }
    if (crimeType == CrimeType.DOMESTIC_VIOLENCE && complete) {
      answers.put(AssessmentQuestion.CLOSE_RELATIONSHIP_WITH_OFFENDER, Answer.YES);
      answers.put(AssessmentQuestion.VIOLENCE_IN_CLOSE_RELATIONSHIP, Answer.YES);
      answers.put(AssessmentQuestion.REPEAT_VICTIMISATION, Answer.YES);
      answers.put(AssessmentQuestion.INTIMIDATION, Answer.YES);
      answers.put(AssessmentQuestion.OFFENDER_HAS_ACCESS, Answer.UNKNOWN);
      answers.put(AssessmentQuestion.COURT_ACCOMPANIMENT, Answer.HIGH_NEED);
      answers.put(AssessmentQuestion.SAFE_ACCOMMODATION, Answer.HIGH_NEED);
    }
    return answers;
  }

  static Set<ProtectionMeasure> measures(CrimeType crimeType) {
    return crimeType == CrimeType.DOMESTIC_VIOLENCE
        ? Set.of(
            ProtectionMeasure.AVOID_CONTACT_WITH_OFFENDER,
            ProtectionMeasure.HEARD_WITHOUT_BEING_PRESENT,
            ProtectionMeasure.SAFETY_PLAN)
        : Set.of();
  }
}
