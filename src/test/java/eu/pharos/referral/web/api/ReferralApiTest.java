package eu.pharos.referral.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.helpline.supervision.TestTeam;
import eu.pharos.identity.ApiTokens;
import eu.pharos.identity.NewApiToken;
import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.referral.webhook.WebhookJobs;
import eu.pharos.referral.webhook.WebhookTarget;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referral API as two members' case systems use it, each with its own API token: APAV sends,
 * Weisser Ring (Germany) answers, and APAV's webhook hears of every change, signed.
 */
@PharosTest
class ReferralApiTest {

  static final String SENDER = "advisor.apav@pharos.test";
  static final String SENDER_ADMIN = "orgadmin.apav@pharos.test";
  static final String RECEIVER = "advisor.wr-de@pharos.test";
  static final String VALIDATION = "urn:pharos:problem:validation-failed";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ApiTokens tokens;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;
  @Autowired PersonalDataCipher cipher;
  @Autowired ApplicationContext context;

  TenancyCheck tenancy;
  UUID apav;
  UUID wrDe;
  String senderToken;
  String receiverToken;
  String adminToken;
  WebhookTarget target;
  String webhookId;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = tenancy.asUser(SENDER, TenantContext::current);
    wrDe = tenancy.asUser(RECEIVER, TenantContext::current);
    senderToken = token(SENDER);
    receiverToken = token(RECEIVER);
    adminToken = token(SENDER_ADMIN);
    target = WebhookTarget.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (webhookId != null) {
      call(delete("/api/v1/referral-webhooks/" + webhookId), adminToken);
    }
    target.close();
  }

  @Test
  void twoOrganisationsRunAReferralThroughTheApiAndTheSendersWebhookHearsEachChange()
      throws Exception {
    JsonNode webhook =
        body(
            call(post("/api/v1/referral-webhooks"), adminToken, Map.of("url", target.url("/apav")))
                .andExpect(status().isCreated()));
    webhookId = webhook.get("webhook").get("id").asString();
    String secret = webhook.get("secret").asString();

    // APAV sends, with consent for three items and a package holding exactly those.
    JsonNode sent =
        body(
            call(post("/api/v1/referrals"), senderToken, referral(wrDe, true))
                .andExpect(status().isCreated())
                .andExpect(
                    header()
                        .string("Location", org.hamcrest.Matchers.startsWith("/api/v1/referrals/")))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.side").value("SENDER"))
                .andExpect(jsonPath("$.pkg.fullName").value("Ana Exemplo"))
                .andExpect(jsonPath("$.pkg.email").doesNotExist()));
    String id = sent.get("id").asString();
    String path = "/api/v1/referrals/" + id;
    assertThat(senderSees(path)).isEqualTo("SENT");

    // Weisser Ring finds it in its inbox (and not in its outbox), then reads it.
    String inbox =
        call(get("/api/v1/referrals?box=inbox&status=SENT&size=100"), receiverToken)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(inbox).contains(id).doesNotContain("Ana Exemplo");
    assertThat(
            call(get("/api/v1/referrals?box=outbox&size=100"), receiverToken)
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain(id);
    JsonNode read =
        body(
            call(get(path), receiverToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.side").value("RECEIVER"))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.pkg.fullName").value("Ana Exemplo"))
                .andExpect(jsonPath("$.pkg.phone").value("+351 912 345 678")));
    assertThat(senderSees(path)).isEqualTo("RECEIVED");

    // It accepts: a case opens at Weisser Ring, led by its advisor.
    UUID advisor = userId(RECEIVER);
    JsonNode accepted =
        body(
            call(
                    post(path + "/accept"),
                    receiverToken,
                    Map.of("advisorId", advisor, "version", read.get("version").asLong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.caseId").isString()));
    UUID caseId = UUID.fromString(accepted.get("caseId").asString());
    assertThat(
            jdbc.queryForObject(
                "select organisation_id from helpline_case where id = ?", UUID.class, caseId))
        .isEqualTo(wrDe);
    assertThat(senderSees(path)).isEqualTo("ACCEPTED");
    call(get(path), senderToken).andExpect(jsonPath("$.caseId").doesNotExist());

    JsonNode contacted =
        body(
            call(
                    post(path + "/first-contact"),
                    receiverToken,
                    Map.of("version", accepted.get("version").asLong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FIRST_CONTACT")));
    assertThat(senderSees(path)).isEqualTo("FIRST_CONTACT");

    call(
            post(path + "/close"),
            receiverToken,
            Map.of(
                "feedback",
                "Support given; the victim is back home.",
                "version",
                contacted.get("version").asLong()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    assertThat(senderSees(path)).isEqualTo("CLOSED");
    call(get(path), senderToken)
        .andExpect(jsonPath("$.feedback").value("Support given; the victim is back home."));

    // APAV's webhook: one signed message per change, stored as each change committed.
    eventually(
        "five deliveries stored for APAV's webhook",
        () ->
            jdbc.queryForObject(
                    "select count(*) from referral_webhook_delivery where webhook_id = ?"
                        + " and referral_id = ?",
                    Integer.class,
                    UUID.fromString(webhookId),
                    UUID.fromString(id))
                == 5);
    WebhookJobs.deliverDue(context, Instant.now().plusSeconds(1));

    List<String> statuses = new ArrayList<>();
    for (WebhookTarget.Received request : target.received()) {
      String signed =
          request.header("webhook-id")
              + "."
              + request.header("webhook-timestamp")
              + "."
              + request.body();
      assertThat(request.header("webhook-signature")).isEqualTo("v1," + hmac(secret, signed));
      JsonNode message = json.readTree(request.body());
      assertThat(message.get("referralId").asString()).isEqualTo(id);
      assertThat(message.get("side").asString()).isEqualTo("SENDER");
      assertThat(request.body())
          .as("no personal data: neither the name nor the phone number")
          .doesNotContain("Ana Exemplo")
          .doesNotContain("912 345 678");
      statuses.add(message.get("at").asString() + " " + message.get("status").asString());
    }
    assertThat(statuses.stream().sorted().map(s -> s.substring(s.indexOf(' ') + 1)).toList())
        .containsExactly("SENT", "RECEIVED", "ACCEPTED", "FIRST_CONTACT", "CLOSED");
    call(get("/api/v1/referral-webhooks/" + webhookId + "/deliveries"), adminToken)
        .andExpect(jsonPath("$[0].status").value("DELIVERED"))
        .andExpect(jsonPath("$[4].status").value("DELIVERED"));
  }

  @Test
  void badInputGetsAProblemNamingWhatToFixAndNeverA500() throws Exception {
    // A package item the victim did not consent to share (EMAIL): 400 naming pkg.
    Map<String, Object> outside = referral(wrDe, true);
    @SuppressWarnings("unchecked")
    Map<String, Object> pkg = new java.util.HashMap<>((Map<String, Object>) outside.get("pkg"));
    pkg.put("email", "ana@example.org");
    outside.put("pkg", pkg);
    call(post("/api/v1/referrals"), senderToken, outside)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(VALIDATION))
        .andExpect(jsonPath("$.errors[?(@.field == 'pkg')]").exists());

    // To the sender's own organisation: 400 naming receiverOrganisationId.
    call(post("/api/v1/referrals"), senderToken, referral(apav, true))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'receiverOrganisationId')]").exists());

    // Missing fields (no receiver, service, urgency, consent): 400 naming each.
    call(post("/api/v1/referrals"), senderToken, Map.of("message", "Nothing else"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(VALIDATION))
        .andExpect(jsonPath("$.errors[?(@.field == 'receiverOrganisationId')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'urgency')]").exists());

    // An unknown urgency: 400 naming urgency. Broken JSON: 400 malformed-json. No body: 400.
    Map<String, Object> soon = referral(wrDe, true);
    soon.put("urgency", "SOON");
    call(post("/api/v1/referrals"), senderToken, soon)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("urgency"));
    callRaw(post("/api/v1/referrals"), senderToken, "{\"receiverOrganisationId\": ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:malformed-json"));
    callRaw(post("/api/v1/referrals"), senderToken, "").andExpect(status().isBadRequest());

    // An unknown box: 400 naming box; an unknown status: 400 invalid-parameter; a size of 0: 400.
    call(get("/api/v1/referrals?box=sideways"), senderToken)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("box"));
    call(get("/api/v1/referrals?status=LOST"), senderToken)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:invalid-parameter"));
    call(get("/api/v1/referrals?size=0"), senderToken).andExpect(status().isBadRequest());

    String id =
        body(call(post("/api/v1/referrals"), senderToken, referral(wrDe, true)))
            .get("id")
            .asString();
    String path = "/api/v1/referrals/" + id;
    long version = body(call(get(path), receiverToken)).get("version").asLong();
    UUID advisor = userId(RECEIVER);

    // An accept without version: 400 naming version; from a stale version: 409 with the current.
    call(post(path + "/accept"), receiverToken, Map.of("advisorId", advisor))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    call(
            post(path + "/accept"),
            receiverToken,
            Map.of("advisorId", advisor, "version", version + 7))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:concurrent-change"))
        .andExpect(jsonPath("$.currentVersion").value(version));
    // The sender may not accept its own referral: 400.
    call(post(path + "/accept"), senderToken, Map.of("advisorId", advisor, "version", version))
        .andExpect(status().isBadRequest());

    long acceptedVersion =
        body(call(
                    post(path + "/accept"),
                    receiverToken,
                    Map.of("advisorId", advisor, "version", version))
                .andExpect(status().isOk()))
            .get("version")
            .asLong();
    // Accepting twice: 400, and the referral stays as it was.
    call(
            post(path + "/accept"),
            receiverToken,
            Map.of("advisorId", advisor, "version", acceptedVersion))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(VALIDATION));
    call(get(path), receiverToken)
        .andExpect(jsonPath("$.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.version").value(acceptedVersion));
    // A consent withdrawal without method: 400 naming method; an unknown method: 400 too.
    call(post(path + "/consent-withdrawal"), senderToken, Map.of())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("method"));
    call(post(path + "/consent-withdrawal"), senderToken, Map.of("method", "PIGEON"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("method"));

    // A third organisation reads, changes or guesses: 404, as for an unknown id.
    TestTeam other = TestTeam.create(jdbc, cipher);
    other.person("Other Advisor", Role.ADVISOR);
    String outsider = token(other.email("Other Advisor"));
    call(get(path), outsider).andExpect(status().isNotFound());
    call(post(path + "/first-contact"), outsider, Map.of("version", acceptedVersion))
        .andExpect(status().isNotFound());
    call(get("/api/v1/referrals/" + UUID.randomUUID()), senderToken)
        .andExpect(status().isNotFound());
    assertThat(
            call(get("/api/v1/referrals?box=outbox&size=100"), outsider)
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain(id);

    // A role without case work (the organisation admin): 403. No token at all: 401.
    call(get("/api/v1/referrals"), adminToken).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/referrals")).andExpect(status().isUnauthorized());
  }

  private Map<String, Object> referral(UUID receiver, boolean withPackage) {
    Map<String, Object> referral = new java.util.HashMap<>();
    referral.put("receiverOrganisationId", receiver);
    referral.put("service", "PRACTICAL_SUPPORT");
    referral.put("urgency", "URGENT");
    referral.put(
        "consent",
        Map.of(
            "items",
            List.of("FULL_NAME", "PHONE", "CRIME_TYPE"),
            "purpose",
            "Practical support after a burglary while travelling",
            "method",
            "VERBAL_PHONE",
            "givenAt",
            Instant.now().minus(1, ChronoUnit.HOURS).toString(),
            "validUntil",
            LocalDate.now().plusDays(60).toString()));
    if (withPackage) {
      referral.put(
          "pkg",
          Map.of(
              "fullName",
              "Ana Exemplo",
              "phone",
              "+351 912 345 678",
              "crimeType",
              "BURGLARY_THEFT"));
    }
    referral.put("message", "Prefers a call in the afternoon.");
    referral.put("externalReference", "CMS-2026-0042");
    return referral;
  }

  private String senderSees(String path) throws Exception {
    return body(call(get(path), senderToken).andExpect(status().isOk())).get("status").asString();
  }

  private ResultActions call(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String token)
      throws Exception {
    return mvc.perform(request.header("Authorization", "Bearer " + token));
  }

  private ResultActions call(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String token,
      Object body)
      throws Exception {
    return callRaw(request, token, json.writeValueAsString(body));
  }

  private ResultActions callRaw(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String token,
      String body)
      throws Exception {
    return mvc.perform(
        request
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private JsonNode body(ResultActions result) throws Exception {
    return json.readTree(
        result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private String token(String email) {
    return tenancy
        .asUser(email, () -> tokens.create(new NewApiToken("referral API test", 1)))
        .secret();
  }

  private UUID userId(String email) {
    return ((StaffUser) userDetails.loadUserByUsername(email)).userId();
  }

  private static void eventually(String what, BooleanSupplier condition) {
    long until = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        fail("not within 10 s: " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for " + what);
      }
    }
  }

  private static String hmac(String secret, String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
