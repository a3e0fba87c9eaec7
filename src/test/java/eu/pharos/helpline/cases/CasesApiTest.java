package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseTestSupport.ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.Cases;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases API as an organisation's integration uses it: the same flow as the pages, and a problem
 * document for each kind of bad input, with nothing stored changed.
 */
@PharosTest
class CasesApiTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  TenancyCheck tenancy;
  CaseTestSupport support;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    support = new CaseTestSupport(tenancy, cases, jdbc);
  }

  @Test
  void anIntegrationRunsACaseThroughTheApi() throws Exception {
    String name = "Api Victim " + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> open = new LinkedHashMap<>();
    open.put("newVictim", Map.of("fullName", name, "residenceCountry", "PT"));
    open.put("crimeType", "FRAUD_CYBERCRIME");
    open.put("crimeDate", LocalDate.now().minusDays(10).toString());
    open.put("crimeCountry", "ES");
    open.put("summary", "Online shop that never delivered");
    MvcResult created = call(post("/api/v1/cases"), open, 201);
    JsonNode body = body(created);
    UUID id = UUID.fromString(body.get("id").asString());
    assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/cases/" + id);
    assertThat(body.get("reference").asString()).matches("C-\\d{4}-\\d{6}");
    assertThat(body.get("crossBorder").asBoolean()).isTrue();
    assertThat(body.get("crime").get("residenceCountry").asString())
        .as("taken from the victim")
        .isEqualTo("PT");
    assertThat(body.get("victim").get("displayName").asString()).isEqualTo(name);
    assertThat(body.get("version").asLong()).isZero();

    JsonNode read = body(call(get("/api/v1/cases/" + id), null, 200));
    assertThat(read.get("timeline").get(0).get("kind").asString()).isEqualTo("OPENED");

    Map<String, Object> crime = new LinkedHashMap<>();
    crime.put("crimeType", "FRAUD_CYBERCRIME");
    crime.put("crimeDate", LocalDate.now().minusDays(11).toString());
    crime.put("crimeCountry", "PT");
    crime.put("residenceCountry", "PT");
    crime.put("summary", "Online shop, Portuguese after all");
    crime.put("version", 0);
    JsonNode changed = body(call(put("/api/v1/cases/" + id + "/crime"), crime, 200));
    assertThat(changed.get("crossBorder").asBoolean()).isFalse();
    assertThat(changed.get("version").asLong()).isEqualTo(1);

    // A second client still at version 0: refused with the case as now stored.
    crime.put("summary", "An older edit");
    JsonNode stale = body(call(put("/api/v1/cases/" + id + "/crime"), crime, 409));
    assertThat(stale.get("type").asString()).isEqualTo("urn:pharos:problem:concurrent-change");
    assertThat(stale.get("currentVersion").asLong()).isEqualTo(1);
    assertThat(stale.get("current").get("crime").get("summary").asString())
        .isEqualTo("Online shop, Portuguese after all");

    // The needs assessment: a draft, a refused half-filled submission, a full one.
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("answers", Map.of("CHILD", "NO", "INFORMATION_ON_RIGHTS", "HIGH_NEED"));
    draft.put("summary", "Started on the phone");
    draft.put("version", 0);
    JsonNode saved = body(call(put("/api/v1/cases/" + id + "/assessment"), draft, 200));
    assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
    draft.put("version", saved.get("version").asLong());
    JsonNode halfFilled = body(call(post("/api/v1/cases/" + id + "/assessment"), draft, 400));
    assertThat(halfFilled.get("type").asString()).isEqualTo("urn:pharos:problem:validation-failed");
    List<String> fields =
        halfFilled.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    assertThat(fields)
        .hasSize(AssessmentQuestion.values().length - 2)
        .contains("answers.OLDER_PERSON", "answers.SELF_HARM")
        .doesNotContain("answers.CHILD");
    assertThat(halfFilled.get("errors").get(0).get("message").asString())
        .startsWith("Answer the question: ");
    JsonNode kept = body(call(get("/api/v1/cases/" + id + "/assessment"), null, 200)).get(0);
    assertThat(kept.get("status").asString()).isEqualTo("DRAFT");
    assertThat(kept.get("answers").get("INFORMATION_ON_RIGHTS").asString()).isEqualTo("HIGH_NEED");
    Map<String, String> all = new LinkedHashMap<>();
    for (AssessmentQuestion question : AssessmentQuestion.values()) {
      all.put(question.name(), question.scale().answers().get(1).name());
    }
    draft.put("answers", all);
    draft.put("measures", List.of("SAFETY_PLAN"));
    draft.put("version", kept.get("version").asLong());
    JsonNode submitted = body(call(post("/api/v1/cases/" + id + "/assessment"), draft, 200));
    assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("specificProtectionNeeds").asBoolean()).isFalse();

    // Plan, follow-up, note, document.
    UUID me = support.userId(ADVISOR);
    JsonNode action =
        body(
            call(
                post("/api/v1/cases/" + id + "/actions"),
                Map.of(
                    "description",
                    "Report to the consumer authority",
                    "ownerId",
                    me.toString(),
                    "dueOn",
                    LocalDate.now().plusDays(3).toString()),
                201));
    assertThat(action.get("status").asString()).isEqualTo("OPEN");
    JsonNode done =
        body(
            call(
                patch("/api/v1/cases/" + id + "/actions/" + action.get("id").asString()),
                Map.of("status", "DONE"),
                200));
    assertThat(done.get("status").asString()).isEqualTo("DONE");
    JsonNode followUp =
        body(
            call(
                post("/api/v1/cases/" + id + "/follow-ups"),
                Map.of(
                    "dueAt",
                    Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                    "note",
                    "Ask whether the bank refunded"),
                201));
    assertThat(followUp.get("assigneeId").asString()).isEqualTo(me.toString());
    String completion =
        "/api/v1/cases/" + id + "/follow-ups/" + followUp.get("id").asString() + "/completion";
    assertThat(body(call(post(completion), null, 200)).get("status").asString()).isEqualTo("DONE");
    JsonNode twice = body(call(post(completion), null, 400));
    assertThat(twice.get("errors").get(0).get("message").asString())
        .isEqualTo("This follow-up is already done");
    JsonNode note =
        body(call(post("/api/v1/cases/" + id + "/notes"), Map.of("text", "Bank called"), 201));
    assertThat(note.get("kind").asString()).isEqualTo("NOTE");
    JsonNode document = body(upload(id, "receipt.png", TestFiles.png(), 201));
    assertThat(document.get("fileName").asString()).isEqualTo("receipt.png");
    MvcResult downloaded =
        call(get("/api/v1/cases/" + id + "/documents/" + document.get("id").asString()), null, 200);
    assertThat(downloaded.getResponse().getContentAsByteArray()).isEqualTo(TestFiles.png());
    assertThat(downloaded.getResponse().getContentType()).isEqualTo("image/png");

    // Listed and found.
    JsonNode mine = body(call(get("/api/v1/cases?status=OPEN"), null, 200));
    assertThat(mine.get("items").valueStream().map(i -> i.get("id").asString()))
        .contains(id.toString());
    JsonNode found =
        body(call(post("/api/v1/cases/search"), Map.of("text", name, "advisor", "all"), 200));
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(found.get("items").get(0).get("victim").get("displayName").asString())
        .isEqualTo(name);

    // Closed once, refused twice, reopened with a reason.
    long version = body(call(get("/api/v1/cases/" + id), null, 200)).get("version").asLong();
    JsonNode closed =
        body(
            call(
                post("/api/v1/cases/" + id + "/close"),
                Map.of("outcome", "REFERRED_TO_OTHER_SERVICE", "version", version),
                200));
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    JsonNode closeTwice =
        body(
            call(
                post("/api/v1/cases/" + id + "/close"),
                Map.of("outcome", "OTHER", "version", closed.get("version").asLong()),
                400));
    assertThat(closeTwice.get("errors").get(0).get("message").asString())
        .isEqualTo("This case is already closed");
    JsonNode noReason =
        body(call(post("/api/v1/cases/" + id + "/reopen"), Map.of("reason", ""), 400));
    assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
    JsonNode reopened =
        body(
            call(
                post("/api/v1/cases/" + id + "/reopen"),
                Map.of("reason", "New fraud attempt"),
                200));
    assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
    assertThat(reopened.get("outcome")).isNull();
  }

  @Test
  void eachKindOfBadInputGetsItsProblemAndStoresNothing() throws Exception {
    Long before = jdbc.queryForObject("select count(*) from helpline_case", Long.class);

    // Opening: a crime date in the future, an unknown country, an advisor of another organisation.
    Map<String, Object> open = new LinkedHashMap<>();
    open.put("crimeDate", LocalDate.now().plusDays(3).toString());
    open.put("crimeCountry", "ZZ");
    open.put("leadAdvisorId", support.userId(CaseTestSupport.OUTSIDER).toString());
    JsonNode refused = body(call(post("/api/v1/cases"), open, 400));
    assertThat(fields(refused))
        .containsExactlyInAnyOrder("crimeDate", "crimeCountry", "leadAdvisorId");
    assertThat(message(refused, "crimeDate"))
        .isEqualTo("The date of the crime cannot be in the future");
    // A victim's details that the victims' rules refuse are named under newVictim.
    JsonNode badVictim =
        body(
            call(
                post("/api/v1/cases"),
                Map.of("newVictim", Map.of("email", "not an address")),
                400));
    assertThat(fields(badVictim)).containsExactly("newVictim.email");
    // A wrong type is named, malformed JSON is a problem of its own.
    JsonNode wrongType =
        body(call(post("/api/v1/cases"), Map.of("crimeType", "BURGLARY_OF_THE_MOON"), 400));
    assertThat(fields(wrongType)).containsExactly("crimeType");
    MvcResult malformed =
        mvc.perform(
                post("/api/v1/cases")
                    .with(csrf())
                    .with(tenancy.as(ADVISOR))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"crimeType\":"))
            .andReturn();
    assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
    assertThat(jdbc.queryForObject("select count(*) from helpline_case", Long.class))
        .isEqualTo(before);

    UUID id = support.openCase("Problem Victim", "Stolen phone").id();
    String summary = "Stolen phone";

    // Changing without a version, lists with bad parameters.
    JsonNode noVersion =
        body(call(put("/api/v1/cases/" + id + "/crime"), Map.of("summary", "x"), 400));
    assertThat(fields(noVersion)).containsExactly("version");
    assertThat(body(call(get("/api/v1/cases?status=SOMETIMES"), null, 400)).get("type").asString())
        .isEqualTo("urn:pharos:problem:invalid-parameter");
    assertThat(fields(body(call(get("/api/v1/cases?size=1000"), null, 400))))
        .containsExactly("size");
    assertThat(fields(body(call(get("/api/v1/cases?advisor=someone"), null, 400))))
        .containsExactly("advisor");

    // The team: someone of another organisation.
    JsonNode team =
        body(
            call(
                put("/api/v1/cases/" + id + "/team"),
                Map.of(
                    "team",
                    List.of(support.userId(CaseTestSupport.OUTSIDER).toString()),
                    "version",
                    0),
                400));
    assertThat(message(team, "team")).isEqualTo("Choose an advisor of your organisation");

    // The plan and follow-ups: empty, past or unknown.
    JsonNode action =
        body(
            call(
                post("/api/v1/cases/" + id + "/actions"),
                Map.of("description", " ", "dueOn", LocalDate.now().minusDays(1).toString()),
                400));
    assertThat(fields(action)).containsExactlyInAnyOrder("description", "dueOn");
    JsonNode followUp =
        body(call(post("/api/v1/cases/" + id + "/follow-ups"), Map.of("note", "x"), 400));
    assertThat(fields(followUp)).containsExactly("dueAt");
    JsonNode status =
        body(
            call(
                patch("/api/v1/cases/" + id + "/actions/" + UUID.randomUUID()),
                Map.of("status", "DONE"),
                404));
    assertThat(status.get("type").asString()).isEqualTo("urn:pharos:problem:not-found");
    assertThat(fields(body(call(post("/api/v1/cases/" + id + "/notes"), Map.of("text", ""), 400))))
        .containsExactly("text");
    JsonNode invalidAnswer =
        body(
            call(
                put("/api/v1/cases/" + id + "/assessment"),
                Map.of("answers", Map.of("CHILD", "HIGH_NEED"), "version", 0),
                400));
    assertThat(fields(invalidAnswer)).containsExactly("answers.CHILD");

    // Files: the wrong type is 415, too large is 413, empty is 400.
    assertThat(body(upload(id, "minutes.pdf", TestFiles.executable(), 415)).get("type").asString())
        .isEqualTo("urn:pharos:problem:file-type-not-allowed");
    assertThat(
            body(upload(id, "big.txt", new byte[20 * 1024 * 1024 + 1], 413)).get("type").asString())
        .isEqualTo("urn:pharos:problem:file-too-large");
    assertThat(body(upload(id, "empty.txt", new byte[0], 400)).get("type").asString())
        .isEqualTo("urn:pharos:problem:file-empty");

    // Closing without an outcome; reopening an open case.
    assertThat(
            fields(body(call(post("/api/v1/cases/" + id + "/close"), Map.of("version", 0), 400))))
        .containsExactly("outcome");
    assertThat(
            body(call(post("/api/v1/cases/" + id + "/reopen"), Map.of("reason", "why"), 400))
                .get("errors")
                .get(0)
                .get("message")
                .asString())
        .isEqualTo("Only a closed case can be reopened");

    JsonNode unchanged = body(call(get("/api/v1/cases/" + id), null, 200));
    assertThat(unchanged.get("version").asLong()).isZero();
    assertThat(unchanged.get("status").asString()).isEqualTo("OPEN");
    assertThat(unchanged.get("crime").get("summary").asString()).isEqualTo(summary);
    assertThat(unchanged.get("plan").size()).isZero();
    assertThat(unchanged.get("followUps").size()).isZero();
    assertThat(unchanged.get("timeline").size()).as("only the opening").isEqualTo(1);
  }

  private MvcResult call(AbstractMockHttpServletRequestBuilder<?> request, Object body, int status)
      throws Exception {
    request.with(csrf()).with(tenancy.as(ADVISOR));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    MvcResult result = mvc.perform(request).andReturn();
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(status);
    return result;
  }

  private MvcResult upload(UUID id, String name, byte[] content, int status) throws Exception {
    return call(
        multipart("/api/v1/cases/" + id + "/documents")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content)),
        null,
        status);
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString());
  }

  private static List<String> fields(JsonNode problem) {
    return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
  }

  private static String message(JsonNode problem, String field) {
    return problem
        .get("errors")
        .valueStream()
        .filter(e -> field.equals(e.get("field").asString()))
        .findFirst()
        .orElseThrow()
        .get("message")
        .asString();
  }
}
