package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.identity.Organisations;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The JSON API of plans and decisions: the facade's rules as RFC 9457 problems. */
@PharosTest
class AccreditationApiTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cycles cycles;
  @Autowired TestFrameworks frameworks;
  @Autowired CycleStages stages;
  @Autowired Organisations organisations;

  TenancyCheck tenancy;
  UUID croatia;
  UUID cycleId;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    stages.removeCyclesOf(croatia);
    UUID framework = frameworks.adopted();
    cycleId =
        tenancy
            .asUser(SECRETARIAT, () -> cycles.open(new OpenCycle(croatia, framework, null, false)))
            .id();
  }

  @AfterEach
  void tearDown() {
    stages.removeCyclesOf(croatia);
  }

  @Test
  void actionsAndTheDecisionThroughTheApi() throws Exception {
    String base = "/api/v1/standards/cycles/" + cycleId;
    MockHttpServletResponse early =
        send(
            post(base + "/decision")
                .with(tenancy.as(SECRETARIAT))
                .content("{\"outcome\":\"ACCREDITED\"}"));
    assertThat(early.getStatus()).isEqualTo(400);
    assertThat(text(early))
        .contains("validation-failed")
        .contains("The evaluation is not complete");

    stages.toEvaluation(cycleId);
    List<IndicatorNode> indicators = stages.report(cycleId, FindingResult.PARTLY_MET);
    String due = LocalDate.now().plusMonths(1).toString();

    MockHttpServletResponse bad =
        send(
            post(base + "/plan/actions")
                .with(tenancy.as(HR_LEAD))
                .content(
                    "{\"indicatorId\":\""
                        + indicators.get(1).id()
                        + "\",\"dueOn\":\""
                        + due
                        + "\"}"));
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(text(bad))
        .contains("\"field\":\"indicatorId\"")
        .contains("\"field\":\"description\"")
        .contains("\"field\":\"ownerUserId\"");

    MockHttpServletResponse created =
        send(
            post(base + "/plan/actions")
                .with(tenancy.as(HR_LEAD))
                .content(
                    "{\"indicatorId\":\""
                        + indicators.get(0).id()
                        + "\",\"description\":\"Train staff\",\"ownerName\":\"Ana\",\"dueOn\":\""
                        + due
                        + "\"}"));
    assertThat(created.getStatus()).isEqualTo(201);
    String location = created.getHeader("Location");
    assertThat(location).startsWith(base + "/plan/actions/");

    String change =
        "{\"indicatorId\":\""
            + indicators.get(0).id()
            + "\",\"description\":\"Train all staff\",\"ownerName\":\"Ana\",\"dueOn\":\""
            + due
            + "\",\"version\":0}";
    assertThat(send(put(location).with(tenancy.as(HR_LEAD)).content(change)).getStatus())
        .isEqualTo(200);
    MockHttpServletResponse stale = send(put(location).with(tenancy.as(HR_LEAD)).content(change));
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(text(stale)).contains("concurrent-change").contains("\"currentVersion\":1");

    MockHttpServletResponse list = send(get(base + "/plan/actions").with(tenancy.as(SECRETARIAT)));
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(text(list)).contains("Train all staff");
    assertThat(send(get(base + "/plan/actions").with(tenancy.as(APAV_ADMIN))).getStatus())
        .isEqualTo(404);

    MockHttpServletResponse decided =
        send(
            post(base + "/decision")
                .with(tenancy.as(SECRETARIAT))
                .content(
                    "{\"outcome\":\"ACCREDITED_WITH_CONDITIONS\",\"validFrom\":\""
                        + LocalDate.now()
                        + "\",\"validUntil\":\""
                        + LocalDate.now().plusYears(2)
                        + "\",\"conditions\":[{\"text\":\"Finish the training\"}]}"));
    assertThat(decided.getStatus()).isEqualTo(201);
    assertThat(text(decided))
        .contains("\"certificateCode\":\"PHX-")
        .contains("Finish the training");
    assertThat(send(get(base + "/decision").with(tenancy.as(HR_LEAD))).getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).contentType(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse();
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
