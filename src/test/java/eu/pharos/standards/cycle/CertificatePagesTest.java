package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.identity.Organisations;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages of the plan and the decision, and the public certificate check, through the real
 * security: the member follows its plan, the secretariat accredits with a condition, and anyone
 * verifies the certificate's code without signing in.
 */
@PharosTest
class CertificatePagesTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cycles cycles;
  @Autowired TestFrameworks frameworks;
  @Autowired CycleStages stages;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID croatia;
  UUID cycleId;
  LocalDate today = LocalDate.now();

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
  void theMemberFollowsItsPlanTheSecretariatAccreditsWithAConditionAndAnyoneVerifiesIt()
      throws Exception {
    List<IndicatorNode> indicators = stages.toImprovement(cycleId, FindingResult.NOT_MET);
    String plan = "/app/standards/cycles/" + cycleId + "/plan";

    MockHttpServletResponse page = send(get(plan).with(tenancy.as(HR_LEAD)));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(text(page)).contains("Needs an action").contains("Add an action");

    MockHttpServletResponse refused =
        send(
            post(plan + "/actions")
                .with(tenancy.as(HR_LEAD))
                .with(csrf())
                .param("indicatorId", indicators.get(0).id().toString())
                .param("description", " ")
                .param("ownerUserId", "")
                .param("ownerName", "Board chair")
                .param("dueOn", "2027-02-30"));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(text(refused)).contains("Enter the due date as a real date").contains("Board chair");
    assertThat(actions()).isZero();

    MockHttpServletResponse added =
        send(
            post(plan + "/actions")
                .with(tenancy.as(HR_LEAD))
                .with(csrf())
                .param("indicatorId", indicators.get(0).id().toString())
                .param("description", "Adopt a complaints procedure")
                .param("ownerUserId", "")
                .param("ownerName", "Board chair")
                .param("dueOn", today.plusMonths(2).toString()));
    assertThat(added.getStatus()).isEqualTo(302);
    UUID actionId =
        jdbc.queryForObject(
            "select id from standards_action where cycle_id = ?", UUID.class, cycleId);
    assertThat(
            send(post(plan + "/actions/" + actionId + "/start")
                    .with(tenancy.as(HR_LEAD))
                    .with(csrf())
                    .param("version", "0"))
                .getStatus())
        .isEqualTo(302);
    MockHttpServletResponse stale =
        send(
            post(plan + "/actions/" + actionId + "/complete")
                .with(tenancy.as(HR_LEAD))
                .with(csrf())
                .param("completionEvidence", "Board minutes")
                .param("version", "0"));
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(text(stale))
        .contains("This action changed while you were looking at it")
        .contains("Board minutes");
    MockHttpServletResponse noEvidence =
        send(
            post(plan + "/actions/" + actionId + "/complete")
                .with(tenancy.as(HR_LEAD))
                .with(csrf())
                .param("completionEvidence", "")
                .param("version", "1"));
    assertThat(noEvidence.getStatus()).isEqualTo(400);
    assertThat(text(noEvidence)).contains("Say what shows that the action is done.");
    page = send(get(plan).with(tenancy.as(HR_LEAD)));
    assertThat(text(page)).contains("Adopt a complaints procedure").contains("In progress");

    String decision = "/app/standards/cycles/" + cycleId + "/decision";
    MockHttpServletResponse decided =
        send(
            post(decision)
                .with(tenancy.as(SECRETARIAT))
                .with(csrf())
                .param("outcome", "ACCREDITED_WITH_CONDITIONS")
                .param("validFrom", today.toString())
                .param("validUntil", today.plusYears(3).toString())
                .param("rationale", "")
                .param("conditionText", "", "Finish the complaints procedure", "")
                .param("conditionDue", "", today.plusMonths(6).toString(), ""));
    assertThat(decided.getStatus()).isEqualTo(302);
    String code =
        jdbc.queryForObject(
            "select certificate_code from standards_decision where cycle_id = ?",
            String.class,
            cycleId);

    page = send(get(decision).with(tenancy.as(HR_LEAD)));
    assertThat(text(page))
        .contains(code)
        .contains("Finish the complaints procedure")
        .contains("Not yet met")
        .doesNotContain("decision-form");
    MockHttpServletResponse pdf =
        send(
            get("/app/standards/cycles/" + cycleId + "/certificate.pdf").with(tenancy.as(HR_LEAD)));
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");

    MockHttpServletResponse check = send(anonymous(get("/certificates/" + code)));
    assertThat(check.getStatus()).isEqualTo(200);
    assertThat(check.getCookies()).isEmpty();
    assertThat(text(check))
        .contains(organisations.find(croatia).orElseThrow().name())
        .contains(DAY.format(today) + " to " + DAY.format(today.plusYears(3)))
        .contains("Valid")
        .contains("Accredited with conditions (1)")
        .contains("Croatia")
        .doesNotContain("Finish the complaints procedure");
    assertThat(
            send(anonymous(get("/certificates").param("code", code.toLowerCase(Locale.ROOT))))
                .getStatus())
        .isEqualTo(200);
    MockHttpServletResponse api = send(anonymous(get("/api/v1/certificates/" + code)));
    assertThat(api.getStatus()).isEqualTo(200);
    assertThat(text(api))
        .contains("\"status\":\"VALID\"")
        .contains("\"conditionCount\":1")
        .doesNotContain("Finish the complaints procedure");
  }

  @Test
  void anUnknownOrMalformedCodeIsNotFoundWithAMessage() throws Exception {
    MockHttpServletResponse form = send(anonymous(get("/certificates")));
    assertThat(form.getStatus()).isEqualTo(200);
    assertThat(text(form)).contains("Check an accreditation certificate");

    for (String path :
        List.of(
            "/certificates/PHX-0000-0000-0000",
            "/certificates/nonsense",
            "/certificates/" + "Z".repeat(300))) {
      MockHttpServletResponse missing = send(anonymous(get(path)));
      assertThat(missing.getStatus()).as(path).isEqualTo(404);
      assertThat(text(missing)).as(path).contains("There is no certificate with this code.");
    }
    MockHttpServletResponse script =
        send(anonymous(get("/certificates").param("code", "<script>alert(1)</script>")));
    assertThat(script.getStatus()).isEqualTo(404);
    assertThat(text(script)).doesNotContain("<script>alert(1)</script>");
    MockHttpServletResponse blank = send(anonymous(get("/certificates").param("code", " ")));
    assertThat(blank.getStatus()).isEqualTo(400);
    assertThat(text(blank)).contains("Enter the certificate’s code.");
    MockHttpServletResponse api = send(anonymous(get("/api/v1/certificates/PHX-0000-0000-0000")));
    assertThat(api.getStatus()).isEqualTo(404);
    assertThat(api.getContentType()).isEqualTo("application/problem+json");
  }

  @Test
  void lookupsAreLimitedPerAddress() throws Exception {
    String address = "10.77.0." + ADDRESSES.incrementAndGet();
    int status = 0;
    for (int i = 0; i < 31; i++) {
      status =
          send(get("/certificates/PHX-0000-0000-0000").locale(Locale.ENGLISH).with(from(address)))
              .getStatus();
    }
    assertThat(status).isEqualTo(429);
  }

  @Test
  void theDecisionFormAnswersBadInputWithMessages() throws Exception {
    stages.toEvaluation(cycleId);
    String decision = "/app/standards/cycles/" + cycleId + "/decision";
    MockHttpServletResponse early =
        send(
            post(decision)
                .with(tenancy.as(SECRETARIAT))
                .with(csrf())
                .param("outcome", "ACCREDITED")
                .param("validFrom", today.toString())
                .param("validUntil", today.plusYears(2).toString()));
    assertThat(early.getStatus()).isEqualTo(400);
    assertThat(text(early)).contains("The evaluation is not complete");

    stages.report(cycleId, FindingResult.PARTLY_MET);
    MockHttpServletResponse form = send(get(decision).with(tenancy.as(SECRETARIAT)));
    assertThat(text(form)).contains("decision-form").doesNotContain("not-evaluated");
    assertThat(text(send(get(decision).with(tenancy.as(HR_LEAD)))))
        .contains("The network has not decided yet.")
        .doesNotContain("decision-form");

    MockHttpServletResponse missing =
        send(
            post(decision)
                .with(tenancy.as(SECRETARIAT))
                .with(csrf())
                .param("outcome", "ACCREDITED_WITH_CONDITIONS")
                .param("rationale", "Kept")
                .param("conditionText", "", "", "")
                .param("conditionDue", "", "", ""));
    assertThat(missing.getStatus()).isEqualTo(400);
    assertThat(text(missing))
        .contains("Say from when the accreditation is valid.")
        .contains("Say until when the accreditation is valid.")
        .contains("Write at least one condition.")
        .contains("Kept");

    MockHttpServletResponse malformed =
        send(
            post(decision)
                .with(tenancy.as(SECRETARIAT))
                .with(csrf())
                .param("outcome", "NOT_ACCREDITED")
                .param("validFrom", "2027-13-45")
                .param("conditionText", "", "Second row")
                .param("conditionDue", "", "tomorrow"));
    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(text(malformed))
        .contains("Enter the date as a real date")
        .contains("conditions-1-dueOn-error")
        .contains("Second row");

    MockHttpServletResponse noOutcome =
        send(post(decision).with(tenancy.as(SECRETARIAT)).with(csrf()).param("outcome", "MAYBE"));
    assertThat(noOutcome.getStatus()).isEqualTo(400);
    assertThat(text(noOutcome)).contains("Choose the outcome.");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from standards_decision where cycle_id = ?",
                Integer.class,
                cycleId))
        .isZero();

    assertThat(
            send(post(decision)
                    .with(tenancy.as(HR_LEAD))
                    .with(csrf())
                    .param("outcome", "ACCREDITED"))
                .getStatus())
        .isEqualTo(403);
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.locale(Locale.ENGLISH)).andReturn().getResponse();
  }

  private static MockHttpServletRequestBuilder anonymous(MockHttpServletRequestBuilder request) {
    return request.with(from("10.66.0." + ADDRESSES.incrementAndGet() % 250));
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private int actions() {
    return jdbc.queryForObject(
        "select count(*) from standards_action where cycle_id = ?", Integer.class, cycleId);
  }
}
