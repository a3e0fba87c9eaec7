package eu.pharos.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What each kind of bad API request gets: always a problem document, never a 500 or HTML. */
@PharosTest
class ApiProblemsTest {

  static final String ADMIN = "orgadmin.apav@pharos.test";
  static final String ADVISOR = "advisor.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired JsonMapper json;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void invalidFieldsGetA400WithTheErrorOfEachField() throws Exception {
    problem(
            mvc.perform(
                post("/api/v1/tokens")
                    .with(tenancy.as(ADVISOR))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \" \", \"validityDays\": 400}")),
            400,
            "urn:pharos:problem:validation-failed",
            "Invalid input")
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[0].message").value("Enter a name for the token"))
        .andExpect(jsonPath("$.errors[1].field").value("validityDays"))
        .andExpect(
            jsonPath("$.errors[1].message")
                .value("Choose when the token expires: after 1 to 365 days"));
  }

  @Test
  void aValueOfTheWrongTypeInTheBodyNamesTheField() throws Exception {
    problem(
            postJson("{\"name\": \"export\", \"validityDays\": \"soon\"}"),
            400,
            "urn:pharos:problem:validation-failed",
            "Invalid input")
        .andExpect(jsonPath("$.errors[0].field").value("validityDays"))
        .andExpect(jsonPath("$.errors[0].message").value("has the wrong type or format"));
  }

  @Test
  void malformedJsonGetsA400() throws Exception {
    problem(postJson("{\"name\": "), 400, "urn:pharos:problem:malformed-json", "Malformed JSON");
  }

  @Test
  void aMissingBodyGetsA400() throws Exception {
    problem(postJson(""), 400, "urn:pharos:problem:missing-body", "Request body missing");
  }

  @Test
  void aBodyOverTheLimitGetsA413() throws Exception {
    String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
    problem(postJson(huge), 413, "about:blank", "Content Too Large")
        .andExpect(jsonPath("$.detail").value("The request body must not be larger than 1024 KB."));
  }

  @Test
  void aPathVariableOfTheWrongTypeGetsA400NamingTheParameter() throws Exception {
    problem(
            mvc.perform(get("/api/v1/users/not-a-uuid").with(tenancy.as(ADMIN))),
            400,
            "urn:pharos:problem:invalid-parameter",
            "Invalid parameter")
        .andExpect(jsonPath("$.parameter").value("id"))
        .andExpect(jsonPath("$.detail").value(not(containsString("not-a-uuid"))));
  }

  @Test
  void aQueryParameterOfTheWrongTypeGetsA400() throws Exception {
    problem(
            mvc.perform(get("/api/v1/probe/count").param("n", "many").with(tenancy.as(ADVISOR))),
            400,
            "urn:pharos:problem:invalid-parameter",
            "Invalid parameter")
        .andExpect(jsonPath("$.parameter").value("n"));
  }

  @Test
  void aQueryParameterOutOfRangeGetsA400WithItsError() throws Exception {
    problem(
            mvc.perform(get("/api/v1/probe/count").param("n", "1000").with(tenancy.as(ADVISOR))),
            400,
            "urn:pharos:problem:validation-failed",
            "Invalid input")
        .andExpect(jsonPath("$.errors[0].field").value("n"))
        .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
  }

  @Test
  void aMissingQueryParameterGetsA400() throws Exception {
    problem(
        mvc.perform(get("/api/v1/probe/count").with(tenancy.as(ADVISOR))),
        400,
        "about:blank",
        "Bad Request");
  }

  @Test
  void anUnknownRecordGetsA404() throws Exception {
    problem(
        mvc.perform(get("/api/v1/users/" + UUID.randomUUID()).with(tenancy.as(ADMIN))),
        404,
        "urn:pharos:problem:not-found",
        "Not found");
  }

  @Test
  void anUnknownPathUnderTheApiGetsA404ProblemNotTheErrorPage() throws Exception {
    problem(
            mvc.perform(get("/api/v1/no-such-thing").with(tenancy.as(ADVISOR))),
            404,
            "about:blank",
            "Not Found")
        .andExpect(jsonPath("$.detail").value("There is no API endpoint at this address."))
        .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
  }

  @Test
  void aMethodTheEndpointDoesNotSupportGetsA405() throws Exception {
    problem(
            mvc.perform(delete("/api/v1/me").with(tenancy.as(ADVISOR)).with(csrf())),
            405,
            "about:blank",
            "Method Not Allowed")
        .andExpect(header().string("Allow", containsString("GET")));
  }

  @Test
  void aBodyOfAnUnsupportedMediaTypeGetsA415() throws Exception {
    problem(
        mvc.perform(
            post("/api/v1/tokens")
                .with(tenancy.as(ADVISOR))
                .with(csrf())
                .contentType(MediaType.TEXT_PLAIN)
                .content("name=export")),
        415,
        "about:blank",
        "Unsupported Media Type");
  }

  @Test
  void anUnacceptableResponseTypeGetsA406() throws Exception {
    problem(
        mvc.perform(get("/api/v1/me").with(tenancy.as(ADVISOR)).accept(MediaType.IMAGE_PNG)),
        406,
        "about:blank",
        "Not Acceptable");
  }

  @Test
  void aRoleTheCallerLacksGetsA403() throws Exception {
    problem(
            mvc.perform(get("/api/v1/users").with(tenancy.as(ADVISOR))),
            403,
            "about:blank",
            "Forbidden")
        .andExpect(jsonPath("$.detail").value("Your account may not do this."));
  }

  @Test
  void aSessionRequestWithoutCsrfTokenGetsA403Problem() throws Exception {
    mvc.perform(
            post("/api/v1/tokens")
                .with(tenancy.as(ADVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"export\"}"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403));
  }

  @Test
  void anAnonymousCallerGetsA401() throws Exception {
    mvc.perform(get("/api/v1/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Authentication required"));
  }

  @Test
  void anUnexpectedFailureGetsA500ThatRevealsNothing() throws Exception {
    var result =
        problem(
                mvc.perform(get("/api/v1/probe/failure").with(tenancy.as(ADVISOR))),
                500,
                "about:blank",
                "Internal Server Error")
            .andExpect(jsonPath("$.detail", startsWith("Something went wrong on our side")))
            .andReturn();
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .doesNotContain(ProblemProbeController.SECRET_MESSAGE)
        .doesNotContain("IllegalStateException");
  }

  @Test
  void aFileOfAForbiddenTypeGetsA415() throws Exception {
    var disguised =
        new MockMultipartFile(
            "file",
            "minutes.pdf",
            "application/pdf",
            "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
    problem(
            mvc.perform(
                multipart("/api/v1/probe/files")
                    .file(disguised)
                    .with(tenancy.as(ADVISOR))
                    .with(csrf())),
            415,
            "urn:pharos:problem:file-type-not-allowed",
            "File type not allowed")
        .andExpect(jsonPath("$.detail", startsWith("The selected file must be a PDF")));
  }

  @Test
  void aFileOverTheLimitGetsA413() throws Exception {
    problem(
            mvc.perform(get("/api/v1/probe/too-large").with(tenancy.as(ADVISOR))),
            413,
            "urn:pharos:problem:file-too-large",
            "File too large")
        .andExpect(jsonPath("$.detail").value("The selected file must be smaller than 20 MB"));
  }

  @Test
  void aMissingUploadPartGetsA400() throws Exception {
    problem(
        mvc.perform(multipart("/api/v1/probe/files").with(tenancy.as(ADVISOR)).with(csrf())),
        400,
        "about:blank",
        "Bad Request");
  }

  @Test
  void pagesKeepTheirHtmlErrorHandling() throws Exception {
    var response =
        mvc.perform(
                post("/app/notifications/not-a-uuid/read").with(tenancy.as(ADVISOR)).with(csrf()))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse();
    assertThat(Objects.toString(response.getContentType(), "")).doesNotContain("json");
  }

  private ResultActions postJson(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/tokens")
            .with(tenancy.as(ADVISOR))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** A problem of this status, type and title; an absent type means "about:blank" (RFC 9457). */
  private ResultActions problem(ResultActions result, int status, String type, String title)
      throws Exception {
    result
        .andExpect(status().is(status))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.title").value(title));
    JsonNode body = json.readTree(result.andReturn().getResponse().getContentAsString());
    assertThat(body.has("type") ? body.get("type").asString() : "about:blank").isEqualTo(type);
    return result;
  }
}
