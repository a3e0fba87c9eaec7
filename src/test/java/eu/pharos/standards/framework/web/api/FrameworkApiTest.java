package eu.pharos.standards.framework.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.identity.ApiTokens;
import eu.pharos.identity.NewApiToken;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The frameworks API with real tokens: the secretariat's tools import, read and export. */
@PharosTest
class FrameworkApiTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String MEMBER_ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ApiTokens tokens;
  @Autowired FrameworkCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  TenancyCheck tenancy;
  String secretariat;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    secretariat = token(SECRETARIAT);
  }

  static String illustrative(String code) throws Exception {
    try (InputStream in =
        FrameworkApiTest.class.getResourceAsStream("/standards/illustrative-framework.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("code: pharos-illustrative", "code: " + code);
    }
  }

  @Test
  void importsReadsAndExportsAFrameworkAndItsJsonImportsBack() throws Exception {
    String code = "a-" + UUID.randomUUID().toString().substring(0, 8);
    MockHttpServletResponse created =
        call(
            post("/api/v1/standards/frameworks")
                .contentType("application/yaml")
                .content(illustrative(code).getBytes(StandardCharsets.UTF_8)),
            secretariat);
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    JsonNode summary = json.readTree(created.getContentAsString(StandardCharsets.UTF_8));
    String id = summary.get("id").asString();
    assertThat(created.getHeader("Location")).isEqualTo("/api/v1/standards/frameworks/" + id);
    assertThat(summary.get("status").asString()).isEqualTo("DRAFT");
    assertThat(summary.get("indicators").asInt()).isEqualTo(46);

    JsonNode list =
        json.readTree(call(get("/api/v1/standards/frameworks"), secretariat).getContentAsString());
    assertThat(list.valueStream().map(f -> f.get("id").asString())).contains(id);

    JsonNode tree =
        json.readTree(
            call(get("/api/v1/standards/frameworks/" + id), secretariat)
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(tree.get("standards").size()).isEqualTo(9);
    assertThat(tree.at("/standards/0/criteria/0/indicators/0/code").asString()).isEqualTo("1.1.1");

    MockHttpServletResponse export =
        call(get("/api/v1/standards/frameworks/" + id + "/export?format=json"), secretariat);
    assertThat(export.getStatus()).isEqualTo(200);
    assertThat(export.getContentType()).startsWith("application/json");
    String exported =
        export.getContentAsString(StandardCharsets.UTF_8).replace("\"1.0\"", "\"1.1\"");
    MockHttpServletResponse again =
        call(
            post("/api/v1/standards/frameworks")
                .contentType("application/json")
                .content(exported.getBytes(StandardCharsets.UTF_8)),
            secretariat);
    assertThat(again.getStatus()).as(again.getContentAsString()).isEqualTo(201);
    assertThat(catalogue.find(code, "1.1")).isPresent();

    MockHttpServletResponse duplicate =
        call(
            post("/api/v1/standards/frameworks")
                .contentType("application/yaml")
                .content(illustrative(code).getBytes(StandardCharsets.UTF_8)),
            secretariat);
    assertThat(duplicate.getStatus()).isEqualTo(400);
    assertThat(duplicate.getContentAsString(StandardCharsets.UTF_8)).contains("already imported");
  }

  @Test
  void aBrokenFileIsAProblemListingEachLineAndNothingIsStored() throws Exception {
    String code = "a-" + UUID.randomUUID().toString().substring(0, 8);
    String broken =
        illustrative(code)
            .replace("code: \"1.1.2\"", "code: \"1.1.1\"")
            .replace(
                "scale: maturity\n            required: false",
                "scale: stars\n            required: false");
    long before = jdbc.queryForObject("select count(*) from standards_indicator", Long.class);

    MockHttpServletResponse refused =
        call(
            post("/api/v1/standards/frameworks")
                .contentType("text/plain")
                .content(broken.getBytes(StandardCharsets.UTF_8)),
            secretariat);

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    JsonNode problem = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:pharos:problem:framework-file-refused");
    JsonNode problems = problem.get("problems");
    assertThat(problems.size()).isGreaterThanOrEqualTo(2);
    assertThat(problems.valueStream().map(p -> p.get("code").asString()))
        .contains(
            "standards.framework.file.duplicate-code", "standards.framework.file.unknown-scale");
    assertThat(problems.valueStream())
        .allSatisfy(p -> assertThat(p.get("line").asInt()).isPositive());
    assertThat(problems.valueStream().map(p -> p.get("message").asString()))
        .anyMatch(m -> m.startsWith("There is no scale with the code stars"));
    assertThat(jdbc.queryForObject("select count(*) from standards_indicator", Long.class))
        .isEqualTo(before);
    assertThat(catalogue.find(code, "1.0")).isEmpty();
  }

  @Test
  void onlyTheSecretariatUsesTheApi() throws Exception {
    assertThat(call(get("/api/v1/standards/frameworks"), token(MEMBER_ADMIN)).getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(get("/api/v1/standards/frameworks")).andReturn().getResponse().getStatus())
        .isEqualTo(401);
    assertThat(
            call(get("/api/v1/standards/frameworks/" + UUID.randomUUID()), secretariat).getStatus())
        .isEqualTo(404);
  }

  private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token)
      throws Exception {
    return mvc.perform(request.header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse();
  }

  private String token(String email) {
    return tenancy
        .asUser(email, () -> tokens.create(new NewApiToken("framework API test", 1)))
        .secret();
  }
}
