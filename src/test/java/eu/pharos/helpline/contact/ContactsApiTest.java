package eu.pharos.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.network.CrimeType;
import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.shared.StaffUser;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The contacts API: recording, listing, reading and linking, its problems and its tenancy. */
@PharosTest
class ContactsApiTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";
  static final String VALIDATION = "urn:pharos:problem:validation-failed";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cases cases;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void aContactIsCreatedWithItsLocationAndReadBackWithItsNote() throws Exception {
    String started =
        Instant.now().minus(Duration.ofMinutes(12)).truncatedTo(ChronoUnit.SECONDS).toString();
    String line = line116006(ADVISOR).id().toString();
    String body =
        create(
                """
                {"channel": "PHONE", "direction": "INBOUND", "startedAt": "%s",
                 "helplineId": "%s", "durationSeconds": 540, "language": "pt",
                 "crimeType": "STALKING_HARASSMENT", "topic": "LEGAL_INFORMATION",
                 "heardFrom": "WEBSITE", "outcome": "INFORMATION_GIVEN", "anonymous": true,
                 "note": "Asked how to report stalking."}
                """
                    .formatted(started, line))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", startsWith("/api/v1/contacts/")))
            .andExpect(jsonPath("$.channel").value("PHONE"))
            .andExpect(jsonPath("$.helplineId").value(line))
            .andExpect(jsonPath("$.durationSeconds").value(540))
            .andExpect(jsonPath("$.caseId").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");

    mvc.perform(get("/api/v1/contacts/" + id).with(tenancy.as(ADVISOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.note").value("Asked how to report stalking."))
        .andExpect(jsonPath("$.startedAt").value(started))
        .andExpect(jsonPath("$.language").value("pt"))
        .andExpect(jsonPath("$.anonymous").value(true));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where action = 'data.read'"
                    + " and target_type = 'helpline.contact' and target_id = ?",
                Integer.class,
                id))
        .isEqualTo(1);

    mvc.perform(
            get("/api/v1/contacts")
                .param("channel", "PHONE")
                .param("unlinkedOnly", "true")
                .param("from", started.substring(0, 10))
                .param("size", "100")
                .with(tenancy.as(ADVISOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
        .andExpect(content().string(not(containsString("Asked how to report stalking"))))
        .andExpect(jsonPath("$.size").value(100));
  }

  @Test
  void eachBadInputGetsAProblemNamingItsField() throws Exception {
    String now = Instant.now().minus(Duration.ofMinutes(1)).toString();
    String future = Instant.now().plus(Duration.ofHours(2)).toString();
    String foreignLine = line116006(OUTSIDER).id().toString();

    problem(
        "{\"channel\": \"PHONE\", \"direction\": \"INBOUND\", \"startedAt\": \"" + future + "\"}",
        "startedAt",
        "The start must not be in the future");
    problem(
        "{\"channel\": \"PHONE\", \"direction\": \"INBOUND\", \"startedAt\": \""
            + now
            + "\","
            + " \"durationSeconds\": 90000}",
        "durationSeconds",
        "The duration must be between 0 and 24 hours");
    problem(
        "{\"channel\": \"PHONE\", \"direction\": \"INBOUND\", \"startedAt\": \""
            + now
            + "\","
            + " \"language\": \"klingon\"}",
        "language",
        "Choose a language from the list");
    problem(
        "{\"channel\": \"PHONE\", \"direction\": \"INBOUND\", \"startedAt\": \""
            + now
            + "\","
            + " \"helplineId\": \""
            + foreignLine
            + "\"}",
        "helplineId",
        "Choose one of your organisation’s lines");
    problem(
        "{\"direction\": \"INBOUND\", \"startedAt\": \"" + now + "\"}",
        "channel",
        "Choose the channel");
    // A value that is not one of the enum's: the wrong-type problem of the API.
    create("{\"channel\": \"PIGEON\", \"direction\": \"INBOUND\", \"startedAt\": \"" + now + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(VALIDATION))
        .andExpect(jsonPath("$.errors[0].field").value("channel"));
    // Another organisation's case: 404, and nothing stored.
    CaseView foreign = openCase(OUTSIDER);
    Integer before = jdbc.queryForObject("select count(*) from helpline_contact", Integer.class);
    create(
            "{\"channel\": \"PHONE\", \"direction\": \"INBOUND\", \"startedAt\": \""
                + now
                + "\", \"caseId\": \""
                + foreign.id()
                + "\"}")
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(jdbc.queryForObject("select count(*) from helpline_contact", Integer.class))
        .isEqualTo(before);
    // A page size out of range, a range that ends before it starts.
    mvc.perform(
            get("/api/v1/contacts")
                .param("size", "500")
                .param("from", "2026-05-03")
                .param("to", "2026-05-01")
                .with(tenancy.as(ADVISOR)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(VALIDATION))
        .andExpect(
            jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("size", "to")));
    mvc.perform(get("/api/v1/contacts").param("from", "yesterday").with(tenancy.as(ADVISOR)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:invalid-parameter"));
  }

  @Test
  void aContactIsLinkedToACaseOnceAndAnotherCaseIsRefused() throws Exception {
    String now = Instant.now().minus(Duration.ofMinutes(1)).toString();
    String id =
        JsonPath.read(
            create(
                    "{\"channel\": \"VIDEO\", \"direction\": \"OUTBOUND\", \"startedAt\": \""
                        + now
                        + "\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");
    CaseView first = openCase(ADVISOR);
    CaseView second = openCase(ADVISOR);

    link(id, "{\"caseId\": \"" + first.id() + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseId").value(first.id().toString()))
        .andExpect(jsonPath("$.caseReference").value(first.reference()));
    link(id, "{\"caseId\": \"" + second.id() + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(VALIDATION))
        .andExpect(jsonPath("$.errors[0].field").value("caseId"))
        .andExpect(
            jsonPath("$.errors[0].message").value("This contact is already part of another case"));
    link(id, "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("Choose the case"));
    link(id, "{\"caseId\": \"" + openCase(OUTSIDER).id() + "\"}").andExpect(status().isNotFound());
  }

  @Test
  void anotherOrganisationGetsNotFoundAndNeverSeesTheContactInItsList() throws Exception {
    String now = Instant.now().minus(Duration.ofMinutes(1)).toString();
    String id =
        JsonPath.read(
            create(
                    "{\"channel\": \"PHONE\", \"direction\": \"INBOUND\", \"startedAt\": \""
                        + now
                        + "\"}")
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");
    tenancy.assertOnlyOwnOrganisationSees("/api/v1/contacts/" + id, ADVISOR, OUTSIDER);
    mvc.perform(get("/api/v1/contacts").param("size", "100").with(tenancy.as(OUTSIDER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
    mvc.perform(
            post("/api/v1/contacts/" + id + "/case-link")
                .with(tenancy.as(OUTSIDER))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\": \"" + openCase(OUTSIDER).id() + "\"}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:not-found"));
    mvc.perform(get("/api/v1/contacts/" + UUID.randomUUID()).with(tenancy.as(ADVISOR)))
        .andExpect(status().isNotFound());
  }

  ResultActions create(String json) throws Exception {
    return mvc.perform(
        post("/api/v1/contacts")
            .with(tenancy.as(ADVISOR))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  ResultActions link(String id, String json) throws Exception {
    return mvc.perform(
        post("/api/v1/contacts/" + id + "/case-link")
            .with(tenancy.as(ADVISOR))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  void problem(String json, String field, String message) throws Exception {
    create(json)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(VALIDATION))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value(message));
  }

  HelplineView line116006(String email) {
    UUID organisation = ((StaffUser) userDetails.loadUserByUsername(email)).organisationId();
    return directory.member(organisation).orElseThrow().helplines().stream()
        .filter(HelplineView::harmonised)
        .findFirst()
        .orElseThrow();
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
}
