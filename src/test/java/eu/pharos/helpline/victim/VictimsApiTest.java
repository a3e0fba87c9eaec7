package eu.pharos.helpline.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The victims API: the same rules, tenancy and audit as the pages, as JSON and problems. */
@PharosTest
class VictimsApiTest {

  static final String ADVISOR = VictimsFlowTest.ADVISOR;
  static final String SUPERVISOR = VictimsFlowTest.SUPERVISOR;
  static final String OUTSIDER = VictimsFlowTest.OUTSIDER;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired JsonMapper json;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void aVictimIsRegisteredReadCorrectedAndFound() throws Exception {
    String name = "Tiago Nunes " + VictimsFlowTest.unique();
    JsonNode created =
        body(
            send(
                    post("/api/v1/victims"),
                    ADVISOR,
                    "{\"fullName\":\""
                        + name
                        + "\",\"phone\":\"+351 23 "
                        + VictimsFlowTest.digits()
                        + "\",\"dateOfBirth\":\"1985-07-01\",\"residenceCountry\":\"pt\"}")
                .andExpect(status().isCreated())
                .andExpect(
                    header()
                        .string("Location", org.hamcrest.Matchers.startsWith("/api/v1/victims/"))));
    String id = created.get("id").asText();
    assertThat(created.get("reference").asText()).startsWith("V-");
    assertThat(created.get("residenceCountry").asText()).isEqualTo("PT");
    assertThat(created.get("version").asLong()).isZero();

    mvc.perform(get("/api/v1/victims/" + id).with(tenancy.as(SUPERVISOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fullName").value(name))
        .andExpect(jsonPath("$.dateOfBirth").value("1985-07-01"));
    tenancy.assertOnlyOwnOrganisationSees("/api/v1/victims/" + id, ADVISOR, OUTSIDER);
    tenancy.assertOnlyOwnOrganisationSees("/api/v1/victims/" + id + "/consents", ADVISOR, OUTSIDER);

    send(
            put("/api/v1/victims/" + id),
            ADVISOR,
            "{\"fullName\":\"" + name + " Lima\",\"version\":0}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.residenceCountry").doesNotExist());
    send(put("/api/v1/victims/" + id), SUPERVISOR, "{\"fullName\":\"Someone else\",\"version\":0}")
        .andExpect(status().isConflict())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:concurrent-change"))
        .andExpect(jsonPath("$.currentVersion").value(1))
        .andExpect(jsonPath("$.current.fullName").value(name + " Lima"));
    send(put("/api/v1/victims/" + id), ADVISOR, "{\"fullName\":\"No version\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    send(put("/api/v1/victims/" + id), OUTSIDER, "{\"fullName\":\"x\",\"version\":1}")
        .andExpect(status().isNotFound());

    send(post("/api/v1/victims/search"), ADVISOR, "{\"query\":\"" + name.toLowerCase() + " LIMA\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value(id))
        .andExpect(jsonPath("$[0].displayName").value(name + " Lima"));
    send(post("/api/v1/victims/search"), OUTSIDER, "{\"query\":\"" + name + " Lima\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
    send(post("/api/v1/victims/search"), ADVISOR, "{\"query\":\"\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("query"));
  }

  @Test
  void badDetailsGetAValidationProblemNamingEachField() throws Exception {
    send(
            post("/api/v1/victims"),
            ADVISOR,
            "{\"phone\":\"abc\",\"email\":\"nobody\",\"dateOfBirth\":\""
                + LocalDate.now().plusDays(3)
                + "\",\"preferredLanguage\":\"zz\",\"residenceCountry\":\"ZZ\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:validation-failed"))
        .andExpect(jsonPath("$.errors.length()").value(5))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'dateOfBirth')].message")
                .value("The date of birth cannot be in the future."));
    send(post("/api/v1/victims"), ADVISOR, "{\"dateOfBirth\":\"yesterday\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
    send(post("/api/v1/victims"), "orgadmin.apav@pharos.test", "{}")
        .andExpect(status().isForbidden());
  }

  @Test
  void consentsAreRecordedListedAndWithdrawnOnce() throws Exception {
    String id =
        body(send(post("/api/v1/victims"), ADVISOR, "{}").andExpect(status().isCreated()))
            .get("id")
            .asText();
    String consents = "/api/v1/victims/" + id + "/consents";

    send(
            post(consents),
            ADVISOR,
            "{\"kind\":\"SHARE_WITH_ORGANISATION\",\"method\":\"WRITTEN\",\"givenAt\":\""
                + Instant.now().minusSeconds(3600)
                + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sharedWithOrganisationId"));
    send(post(consents), ADVISOR, "{\"kind\":\"HUG\",\"method\":\"WRITTEN\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    String consentId =
        body(send(
                    post(consents),
                    ADVISOR,
                    "{\"kind\":\"DATA_KEPT\",\"method\":\"ONLINE\",\"givenAt\":\""
                        + Instant.now().minusSeconds(60)
                        + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("DATA_KEPT")))
            .get("id")
            .asText();

    mvc.perform(get(consents).with(tenancy.as(SUPERVISOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value(consentId));
    send(post(consents + "/" + consentId + "/withdrawal"), ADVISOR, "{\"method\":\"WRITTEN\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.withdrawalMethod").value("WRITTEN"))
        .andExpect(jsonPath("$.withdrawnAt").isNotEmpty());
    send(post(consents + "/" + consentId + "/withdrawal"), ADVISOR, "{\"method\":\"WRITTEN\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("This consent was already withdrawn."));
    send(post(consents + "/" + consentId + "/withdrawal"), OUTSIDER, "{\"method\":\"WRITTEN\"}")
        .andExpect(status().isNotFound());
  }

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String user,
      String body)
      throws Exception {
    return mvc.perform(
        request
            .with(tenancy.as(user))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private JsonNode body(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
