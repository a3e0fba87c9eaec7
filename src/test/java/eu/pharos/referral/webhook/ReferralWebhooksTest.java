package eu.pharos.referral.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.helpline.supervision.TestTeam;
import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralStatusChanged;
import eu.pharos.referral.ReferralWebhookDelivery;
import eu.pharos.referral.ReferralWebhooks;
import eu.pharos.referral.RegisteredReferralWebhook;
import eu.pharos.referral.WebhookDeliveryStatus;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referral webhooks against a real HTTP server on 127.0.0.1: signed deliveries, retries with
 * back-off run by calling the job with a fixed clock (no waiting), giving up, and tenancy.
 */
@PharosTest
class ReferralWebhooksTest {

  static final String ADMIN = "orgadmin.apav@pharos.test";
  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String RECEIVER = "advisor.wr-de@pharos.test";
  static final String VALIDATION = "urn:pharos:problem:validation-failed";
  static final String REBOUND = "https://cases.member.test/pharos/hook";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ReferralWebhooks webhooks;
  @Autowired WebhookEvents events;
  @Autowired WebhookDeliveries deliveries;
  @Autowired WebhookDeliveryRepository deliveryRows;
  @Autowired WebhookRepository webhookRows;
  @Autowired WebhookSender sender;
  @Autowired WebhookSettings settings;
  @Autowired PersonalDataCipher cipher;
  @Autowired eu.pharos.identity.Users users;
  @Autowired eu.pharos.platform.Notifications notifications;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  TenancyCheck tenancy;
  UUID apav;
  UUID wrDe;
  WebhookTarget target;
  RegisteredReferralWebhook registered;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = tenancy.asUser(ADMIN, TenantContext::current);
    wrDe = tenancy.asUser(RECEIVER, TenantContext::current);
    target = WebhookTarget.start();
  }

  @AfterEach
  void tearDown() {
    if (registered != null) {
      tenancy.asUser(
          ADMIN,
          () -> {
            if (webhooks.list().stream().anyMatch(w -> w.id().equals(webhookId()))) {
              webhooks.remove(webhookId());
            }
            return null;
          });
    }
    target.close();
  }

  @Test
  void aDeliveryIsStoredOnceAndSignedAsStandardWebhooksDefineIt() throws Exception {
    register("/signed");
    ReferralStatusChanged changed = changed(null, ReferralStatus.SENT);

    assertThat(events.enqueue(changed))
        .as("one webhook of the sender, none of the receiver")
        .isOne();
    assertThat(events.enqueue(changed)).as("the same event handled again").isZero();
    ReferralWebhookDelivery pending = only();
    assertThat(pending.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
    assertThat(pending.attempts()).isZero();
    assertThat(target.received()).as("stored before any attempt").isEmpty();

    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    job(now).deliverDue();

    assertThat(target.received()).hasSize(1);
    WebhookTarget.Received request = target.received().get(0);
    String id = request.header("webhook-id");
    String timestamp = request.header("webhook-timestamp");
    assertThat(id).isEqualTo(pending.eventId().toString());
    assertThat(timestamp).isEqualTo(Long.toString(now.getEpochSecond()));
    assertThat(request.header("content-type")).isEqualTo("application/json");
    assertThat(request.header("webhook-signature"))
        .isEqualTo("v1," + hmac(registered.secret(), id + "." + timestamp + "." + request.body()));
    assertThat(request.header("webhook-signature"))
        .as("another secret does not verify")
        .isNotEqualTo(
            "v1,"
                + hmac(WebhookSignature.newSecret(), id + "." + timestamp + "." + request.body()));

    JsonNode body = json.readTree(request.body());
    assertThat(body.get("id").asString()).isEqualTo(id);
    assertThat(body.get("type").asString()).isEqualTo("referral.sent");
    assertThat(body.get("referralId").asString()).isEqualTo(changed.referralId().toString());
    assertThat(body.get("reference").asString()).isEqualTo(changed.reference());
    assertThat(body.get("side").asString()).isEqualTo("SENDER");
    assertThat(body.get("previousStatus").isNull()).isTrue();
    assertThat(body.get("status").asString()).isEqualTo("SENT");
    assertThat(body.get("consentWithdrawn").asBoolean()).isFalse();
    assertThat(body.propertyNames())
        .containsExactlyInAnyOrder(
            "id",
            "type",
            "at",
            "referralId",
            "reference",
            "side",
            "previousStatus",
            "status",
            "consentWithdrawn");

    ReferralWebhookDelivery delivered = only();
    assertThat(delivered.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
    assertThat(delivered.attempts()).isOne();
    assertThat(delivered.lastStatusCode()).isEqualTo(200);
    assertThat(delivered.nextAttemptAt()).isNull();
    job(now.plus(1, ChronoUnit.DAYS)).deliverDue();
    assertThat(target.received()).as("never sent again").hasSize(1);

    String stored =
        jdbc.queryForObject(
            "select secret_sealed from referral_webhook where id = ?", String.class, webhookId());
    assertThat(stored).doesNotContain(registered.secret().substring(6));
  }

  @Test
  void theWebhooksOfBothSidesGetTheSameMessageEachNamingItsOwnSide() throws Exception {
    register("/sender");
    TestTeam receiving = TestTeam.create(jdbc, cipher);
    receiving.person("Receiving Admin", Role.ORG_ADMIN);
    String receivingAdmin = receiving.email("Receiving Admin");
    String receiverSecret =
        json.readTree(
                mvc.perform(
                        post("/api/v1/referral-webhooks")
                            .with(tenancy.as(receivingAdmin))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                json.writeValueAsString(
                                    java.util.Map.of("url", target.url("/receiver")))))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("secret")
            .asString();
    UUID referral = UUID.randomUUID();
    ReferralStatusChanged withdrawn =
        new ReferralStatusChanged(
            referral,
            "R-2026-900001",
            apav,
            receiving.organisationId(),
            ReferralStatus.RECEIVED,
            ReferralStatus.WITHDRAWN,
            true,
            Instant.now().truncatedTo(ChronoUnit.MILLIS));

    assertThat(events.enqueue(withdrawn)).isEqualTo(2);
    job(Instant.now()).deliverDue();

    assertThat(target.received()).hasSize(2);
    assertThat(target.received())
        .extracting(r -> r.header("webhook-id"))
        .as("one message id for one change")
        .containsOnly(WebhookPayload.eventId(withdrawn).toString());
    List<String> sides = new java.util.ArrayList<>();
    for (WebhookTarget.Received request : target.received()) {
      JsonNode body = json.readTree(request.body());
      assertThat(body.get("type").asString()).isEqualTo("referral.consent-withdrawn");
      assertThat(body.get("consentWithdrawn").asBoolean()).isTrue();
      assertThat(body.get("previousStatus").asString()).isEqualTo("RECEIVED");
      sides.add(body.get("side").asString());
    }
    assertThat(sides).containsExactlyInAnyOrder("SENDER", "RECEIVER");
    for (WebhookTarget.Received request : target.received()) {
      String secret =
          request.body().contains("\"RECEIVER\"") ? receiverSecret : registered.secret();
      String signed =
          request.header("webhook-id")
              + "."
              + request.header("webhook-timestamp")
              + "."
              + request.body();
      assertThat(request.header("webhook-signature"))
          .as("each webhook's message is signed with its own secret")
          .isEqualTo("v1," + hmac(secret, signed));
    }
    UUID receiverWebhook = tenancy.asUser(receivingAdmin, () -> webhooks.list()).get(0).id();
    tenancy.asUser(
        receivingAdmin,
        () -> {
          webhooks.remove(receiverWebhook);
          return null;
        });
  }

  @Test
  void aTargetAnswering500IsRetriedAfterTheFirstDelayAndThenDelivered() throws Exception {
    register("/flaky");
    target.answering(500, 200);
    events.enqueue(changed(ReferralStatus.SENT, ReferralStatus.RECEIVED));
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    job(t0).deliverDue();
    ReferralWebhookDelivery failed = only();
    assertThat(failed.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
    assertThat(failed.attempts()).isOne();
    assertThat(failed.lastStatusCode()).isEqualTo(500);
    assertThat(failed.lastError()).contains("500");
    assertThat(failed.nextAttemptAt()).isEqualTo(t0.plus(Duration.ofMinutes(1)));

    job(t0.plusSeconds(59)).deliverDue();
    assertThat(target.received()).as("not due yet").hasSize(1);

    job(t0.plusSeconds(60)).deliverDue();
    assertThat(target.received()).hasSize(2);
    assertThat(target.received().get(1).header("webhook-id"))
        .as("the same message id on every attempt")
        .isEqualTo(target.received().get(0).header("webhook-id"));
    ReferralWebhookDelivery delivered = only();
    assertThat(delivered.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
    assertThat(delivered.attempts()).isEqualTo(2);
    assertThat(delivered.lastError()).isNull();

    String listed =
        mvc.perform(
                get("/api/v1/referral-webhooks/" + webhookId() + "/deliveries")
                    .with(tenancy.as(SUPERVISOR)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].status").value("DELIVERED"))
            .andExpect(jsonPath("$[0].attempts").value(2))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(listed).doesNotContain(registered.secret());
  }

  @Test
  void aTargetThatTimesOutIsRetriedWithGrowingDelaysThenGivenUpAndItsAdminsNotifiedOnce() {
    register("/slow");
    target.answering(WebhookTarget.HANG, WebhookTarget.HANG, WebhookTarget.HANG);
    events.enqueue(changed(ReferralStatus.SENT, ReferralStatus.DECLINED));
    UUID admin = userId(ADMIN);
    jdbc.update(
        "delete from platform_notification where message_key = ?", WebhookDeliveries.GIVEN_UP);
    // Three attempts, after one and five minutes, instead of the configured schedule.
    WebhookDeliveries threeAttempts =
        new WebhookDeliveries(
            webhookRows,
            deliveryRows,
            sender,
            new WebhookSettings(
                true,
                List.of(),
                settings.connectTimeout(),
                settings.readTimeout(),
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)),
                3,
                100),
            cipher,
            users,
            notifications,
            transactionManager);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    threeAttempts.deliverDue(t0);
    ReferralWebhookDelivery first = only();
    assertThat(first.lastStatusCode()).isNull();
    assertThat(first.lastError()).contains("no answer within");
    assertThat(first.nextAttemptAt()).isEqualTo(t0.plus(Duration.ofMinutes(1)));

    threeAttempts.deliverDue(t0.plus(Duration.ofMinutes(1)));
    assertThat(only().attempts()).isEqualTo(2);
    assertThat(only().nextAttemptAt()).isEqualTo(t0.plus(Duration.ofMinutes(6)));
    assertThat(notified(admin)).as("not before the last attempt").isZero();

    threeAttempts.deliverDue(t0.plus(Duration.ofMinutes(6)));
    ReferralWebhookDelivery givenUp = only();
    assertThat(givenUp.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
    assertThat(givenUp.attempts()).isEqualTo(3);
    assertThat(givenUp.nextAttemptAt()).isNull();
    assertThat(notified(admin)).isOne();
    String args =
        jdbc.queryForObject(
            "select args from platform_notification where user_id = ? and message_key = ?",
            String.class,
            admin,
            WebhookDeliveries.GIVEN_UP);
    assertThat(args).contains(target.url("/slow"));

    threeAttempts.deliverDue(t0.plus(Duration.ofDays(3)));
    assertThat(target.received()).as("given up: never sent again").hasSize(3);
    assertThat(notified(admin)).as("notified once").isOne();
    assertThat(notified(userId(SUPERVISOR))).as("admins only").isZero();
  }

  @Test
  void theRetryScheduleGrowsAndRepeatsItsLastDelayUntilTheLastAttempt() {
    RetrySchedule schedule =
        new WebhookSettings(
                false,
                List.of(),
                Duration.ofSeconds(3),
                Duration.ofSeconds(5),
                List.of(
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(30),
                    Duration.ofHours(2),
                    Duration.ofHours(12),
                    Duration.ofHours(24)),
                8,
                100)
            .retrySchedule();
    Instant now = Instant.parse("2026-11-28T10:00:00Z");

    assertThat(schedule.nextAttempt(1, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
    assertThat(schedule.nextAttempt(2, now)).isEqualTo(now.plus(Duration.ofMinutes(5)));
    assertThat(schedule.nextAttempt(3, now)).isEqualTo(now.plus(Duration.ofMinutes(30)));
    assertThat(schedule.nextAttempt(4, now)).isEqualTo(now.plus(Duration.ofHours(2)));
    assertThat(schedule.nextAttempt(5, now)).isEqualTo(now.plus(Duration.ofHours(12)));
    assertThat(schedule.nextAttempt(6, now)).isEqualTo(now.plus(Duration.ofHours(24)));
    assertThat(schedule.nextAttempt(7, now)).isEqualTo(now.plus(Duration.ofHours(24)));
    assertThat(schedule.nextAttempt(8, now)).as("the eighth attempt was the last").isNull();
  }

  @Test
  void malformedInsecureAndLocalAddressesAreRefusedWithAProblemNamingUrl() throws Exception {
    // Each bad address gets a 400 validation-failed problem naming "url"; nothing is stored.
    for (String bad :
        List.of(
            "",
            "not a web address",
            "cases.example.org/hook",
            "ftp://cases.example.org/hook",
            "http://cases.example.org/hook",
            "https://user:password@cases.example.org/hook",
            "https://cases.example.org/hook#part",
            "https://169.254.169.254/latest/meta-data",
            "https://[fe80::1]/hook",
            "https:///no-host")) {
      mvc.perform(
              post("/api/v1/referral-webhooks")
                  .with(tenancy.as(ADMIN))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(json.writeValueAsString(java.util.Map.of("url", bad))))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.type").value(VALIDATION))
          .andExpect(jsonPath("$.errors[0].field").value("url"));
    }
    // No url at all: 400 naming url; broken JSON: 400 malformed-json, never a 500.
    postWebhook("{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("url"));
    postWebhook("{\"url\": ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:malformed-json"));
    assertThat(tenancy.asUser(ADMIN, () -> webhooks.list()))
        .noneMatch(w -> w.url().contains("example.org"));

    // Without the development switch, the local machine is refused too, over https as well.
    for (String local :
        List.of("http://127.0.0.1:8080/hook", "https://localhost/hook", "http://[::1]/hook")) {
      assertThatThrownBy(() -> WebhookUrls.check(local, strict()))
          .isInstanceOf(InvalidInput.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInput) e).problems().get(0).messageKey())
                      .isEqualTo("referral.webhooks.error.url.local"));
    }
    assertThat(WebhookUrls.check("https://cases.example.org/pharos/hook?x=1", strict()))
        .hasToString("https://cases.example.org/pharos/hook?x=1");
  }

  @Test
  void aNameThatNowLeadsToAPrivateAddressFailsItsAttemptWithTheReasonInTheDeliveryLog()
      throws Exception {
    // Registered by name (not resolved then); at delivery its name server answers with a private
    // address, as after a DNS rebinding.
    String response =
        postWebhook(json.writeValueAsString(java.util.Map.of("url", REBOUND)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    registered = json.readValue(response, RegisteredReferralWebhook.class);
    events.enqueue(changed(ReferralStatus.SENT, ReferralStatus.ACCEPTED));
    WebhookSender rebound =
        new WebhookSender(
            settings,
            host -> {
              assertThat(host).isEqualTo("cases.member.test");
              return new java.net.InetAddress[] {
                java.net.InetAddress.getByAddress(host, new byte[] {10, 20, 30, 40})
              };
            });
    WebhookDeliveries deliveringRebound =
        new WebhookDeliveries(
            webhookRows,
            deliveryRows,
            rebound,
            settings,
            cipher,
            users,
            notifications,
            transactionManager);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    deliveringRebound.deliverDue(now);

    mvc.perform(
            get("/api/v1/referral-webhooks/" + webhookId() + "/deliveries").with(tenancy.as(ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].status").value("PENDING"))
        .andExpect(jsonPath("$[0].attempts").value(1))
        .andExpect(jsonPath("$[0].lastError").value(WebhookAddresses.REFUSED));
    ReferralWebhookDelivery failed = only();
    assertThat(failed.lastStatusCode()).isNull();
    assertThat(failed.nextAttemptAt())
        .as("tried again later, like any failed attempt")
        .isEqualTo(now.plus(settings.backoff().get(0)));
    assertThat(target.received()).isEmpty();
  }

  @Test
  void onlyOrganisationAdminsChangeWebhooksAndAnotherOrganisationFindsNone() throws Exception {
    register("/tenancy");
    TestTeam other = TestTeam.create(jdbc, cipher);
    other.person("Other Admin", Role.ORG_ADMIN);
    String outsider = other.email("Other Admin");

    // An advisor may not register (403); a supervisor may read but not remove (403).
    postWebhookAs(ADVISOR, "{\"url\": \"https://cases.example.org/advisor\"}")
        .andExpect(status().isForbidden());
    mvc.perform(
            delete("/api/v1/referral-webhooks/" + webhookId())
                .with(tenancy.as(SUPERVISOR))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/referral-webhooks").with(tenancy.as(SUPERVISOR)))
        .andExpect(status().isOk());

    // Another organisation's admin: not in the list, and its deliveries or removal are 404.
    String otherList =
        mvc.perform(get("/api/v1/referral-webhooks").with(tenancy.as(outsider)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(otherList).doesNotContain(webhookId().toString());
    tenancy.assertOnlyOwnOrganisationSees(
        "/api/v1/referral-webhooks/" + webhookId() + "/deliveries", ADMIN, outsider);
    mvc.perform(
            delete("/api/v1/referral-webhooks/" + webhookId())
                .with(tenancy.as(outsider))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(tenancy.asUser(ADMIN, () -> webhooks.list()))
        .anyMatch(w -> w.id().equals(webhookId()));

    // Its own admin removes it: gone from the list, then 404.
    mvc.perform(
            delete("/api/v1/referral-webhooks/" + webhookId()).with(tenancy.as(ADMIN)).with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(
            delete("/api/v1/referral-webhooks/" + webhookId()).with(tenancy.as(ADMIN)).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(events.enqueue(changed(null, ReferralStatus.SENT)))
        .as("a removed webhook gets nothing")
        .isZero();
  }

  /** Production's address rules: no local machine, no internal ranges allowed. */
  private static WebhookAddresses strict() {
    return new WebhookAddresses(false, List.of(), HostResolver.SYSTEM);
  }

  private void register(String path) {
    try {
      String response =
          postWebhook(json.writeValueAsString(java.util.Map.of("url", target.url(path))))
              .andExpect(status().isCreated())
              .andExpect(jsonPath("$.secret").isString())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      registered = json.readValue(response, RegisteredReferralWebhook.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertThat(registered.secret()).startsWith("whsec_");
  }

  private org.springframework.test.web.servlet.ResultActions postWebhook(String body)
      throws Exception {
    return postWebhookAs(ADMIN, body);
  }

  private org.springframework.test.web.servlet.ResultActions postWebhookAs(String user, String body)
      throws Exception {
    return mvc.perform(
        post("/api/v1/referral-webhooks")
            .with(tenancy.as(user))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private UUID webhookId() {
    return registered.webhook().id();
  }

  private ReferralStatusChanged changed(ReferralStatus previous, ReferralStatus next) {
    UUID referral = UUID.randomUUID();
    return new ReferralStatusChanged(
        referral,
        "R-2026-" + referral.toString().substring(0, 6),
        apav,
        wrDe,
        previous,
        next,
        false,
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  private ReferralWebhookDelivery only() {
    List<ReferralWebhookDelivery> all =
        tenancy.asUser(ADMIN, () -> webhooks.deliveries(webhookId(), 100));
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private WebhookDeliveryJob job(Instant now) {
    return new WebhookDeliveryJob(deliveries, Clock.fixed(now, ZoneOffset.UTC));
  }

  private UUID userId(String email) {
    return ((StaffUser) userDetails.loadUserByUsername(email)).userId();
  }

  private int notified(UUID user) {
    return jdbc.queryForObject(
        "select count(*) from platform_notification where user_id = ? and message_key = ?",
        Integer.class,
        user,
        WebhookDeliveries.GIVEN_UP);
  }

  /** Verifies as a receiver would, with the Standard Webhooks key: the secret's bytes. */
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
