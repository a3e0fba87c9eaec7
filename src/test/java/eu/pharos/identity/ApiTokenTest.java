package eu.pharos.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.audit.AuditEntryView;
import eu.pharos.audit.AuditLog;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/** The life of a personal API token: created and shown once, used, expired or revoked. */
@PharosTest
class ApiTokenTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ApiTokens tokens;
  @Autowired AuditLog auditLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void aTokenActsAsItsOwnerWithTheOwnersRoles() throws Exception {
    String secret = create(ADVISOR, "reporting script").secret();

    assertThat(secret).startsWith("pharos_").hasSize(50);
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.email").value(ADVISOR))
        .andExpect(jsonPath("$.roles[0]").value("ADVISOR"));
    mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + secret))
        .andExpect(status().isForbidden());
  }

  @Test
  void onlyTheHashOfATokenIsStoredAndListsNeverShowTheToken() throws Exception {
    CreatedApiToken created = create(ADVISOR, "hash check");

    String stored =
        jdbc.queryForObject(
            "select token_hash from identity_api_token where id = ?",
            String.class,
            created.token().id());
    assertThat(stored).isEqualTo(sha256(created.secret())).doesNotContain(created.secret());

    String listed =
        mvc.perform(get("/api/v1/tokens").with(tenancy.as(ADVISOR)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(listed).contains("hash check").doesNotContain(created.secret());
  }

  @Test
  void aTokenIsValidForNinetyDaysUnlessToldOtherwise() {
    CreatedApiToken standard = create(ADVISOR, "default validity");
    CreatedApiToken shortLived =
        tenancy.asUser(ADVISOR, () -> tokens.create(new NewApiToken("one week", 7)));

    assertThat(Duration.between(standard.token().createdAt(), standard.token().expiresAt()))
        .isEqualTo(Duration.ofDays(90));
    assertThat(Duration.between(shortLived.token().createdAt(), shortLived.token().expiresAt()))
        .isEqualTo(Duration.ofDays(7));
    assertThatThrownBy(() -> new NewApiToken("too long", 366))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theApiCreatesATokenAndShowsItOnce() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/v1/tokens")
                    .with(tenancy.as(SUPERVISOR))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"case export\", \"validityDays\": 30}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name").value("case export"))
            .andReturn();
    String secret =
        json.readTree(result.getResponse().getContentAsString()).get("token").asString();
    String id = json.readTree(result.getResponse().getContentAsString()).get("id").asString();

    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
        .andExpect(jsonPath("$.email").value(SUPERVISOR));
    mvc.perform(get("/api/v1/tokens").with(tenancy.as(SUPERVISOR)))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].name").value("case export"))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].token").isEmpty());
  }

  @Test
  void aRevokedTokenStopsWorkingAtOnce() throws Exception {
    CreatedApiToken created = create(ADVISOR, "to be revoked");
    String bearer = "Bearer " + created.secret();
    mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());

    mvc.perform(delete("/api/v1/tokens/" + created.token().id()).header("Authorization", bearer))
        .andExpect(status().isNoContent());

    invalidToken(bearer);
    assertThat(tenancy.asUser(ADVISOR, () -> tokens.mine()))
        .noneMatch(token -> token.id().equals(created.token().id()));
    mvc.perform(
            delete("/api/v1/tokens/" + created.token().id()).with(tenancy.as(ADVISOR)).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    CreatedApiToken created = create(ADVISOR, "expires");
    jdbc.update(
        "update identity_api_token set expires_at = ? where id = ?",
        utc(Instant.now().minusSeconds(1)),
        created.token().id());

    invalidToken("Bearer " + created.secret());
    assertThat(tenancy.asUser(ADVISOR, () -> tokens.mine()))
        .filteredOn(token -> token.id().equals(created.token().id()))
        .singleElement()
        .matches(ApiTokenView::expired);
  }

  @Test
  void anUnknownOrMalformedTokenIsRefused() throws Exception {
    invalidToken("Bearer pharos_" + "A".repeat(43));
    invalidToken("Bearer not-a-pharos-token");
    invalidToken("Bearer ");
  }

  @Test
  void theTokenOfADisabledUserIsRefused() throws Exception {
    String trainer = "trainer@pharos.test";
    CreatedApiToken created = create(trainer, "trainer script");
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
        .andExpect(status().isOk());

    jdbc.update("update identity_user set status = 'DISABLED' where email = ?", trainer);
    try {
      invalidToken("Bearer " + created.secret());
    } finally {
      jdbc.update("update identity_user set status = 'ACTIVE' where email = ?", trainer);
    }
  }

  @Test
  void lastUseIsRecordedAtMostOnceAMinute() throws Exception {
    CreatedApiToken created = create(ADVISOR, "busy client");
    String bearer = "Bearer " + created.secret();
    UUID id = created.token().id();
    assertThat(lastUsed(id)).isNull();

    mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
    Instant first = lastUsed(id);
    mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
    assertThat(first).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    assertThat(lastUsed(id)).isEqualTo(first);

    Instant twoMinutesAgo = Instant.now().minus(2, ChronoUnit.MINUTES);
    jdbc.update(
        "update identity_api_token set last_used_at = ? where id = ?", utc(twoMinutesAgo), id);
    mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
    assertThat(lastUsed(id)).isAfter(twoMinutesAgo.plusSeconds(60));
  }

  @Test
  void bearerRequestsAreStatelessAndNeedNoCsrfToken() throws Exception {
    CreatedApiToken created = create(ADVISOR, "stateless");
    CreatedApiToken other = create(ADVISOR, "revoked by script");

    MvcResult result =
        mvc.perform(
                delete("/api/v1/tokens/" + other.token().id())
                    .header("Authorization", "Bearer " + created.secret()))
            .andExpect(status().isNoContent())
            .andReturn();

    assertThat(result.getRequest().getSession(false)).isNull();
    assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
  }

  @Test
  void aTokenCannotCreateAnotherToken() throws Exception {
    CreatedApiToken created = create(ADVISOR, "no successors");

    mvc.perform(
            post("/api/v1/tokens")
                .header("Authorization", "Bearer " + created.secret())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"successor\", \"validityDays\": 365}"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void nobodyRevokesAnotherUsersToken() {
    CreatedApiToken created = create(ADVISOR, "mine alone");

    assertThatThrownBy(() -> tenancy.asUser(SUPERVISOR, () -> tokens.revoke(created.token().id())))
        .isInstanceOf(ApiTokenNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    "advisor.wr-de@pharos.test", () -> tokens.revoke(created.token().id())))
        .isInstanceOf(ApiTokenNotFound.class);
    assertThat(tenancy.asUser(ADVISOR, () -> tokens.mine()))
        .anyMatch(token -> token.id().equals(created.token().id()));
  }

  @Test
  void tokensNeedASignedInUser() {
    assertThatThrownBy(() -> TenantContext.runAsSystem(() -> tokens.mine()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void creatingAndRevokingAreAudited() {
    CreatedApiToken created = create(ADVISOR, "audited");
    tenancy.asUser(ADVISOR, () -> tokens.revoke(created.token().id()));

    var entries =
        auditLog.latest(null, 50).stream()
            .filter(e -> created.token().id().toString().equals(e.targetId()))
            .toList();
    assertThat(entries)
        .extracting(AuditEntryView::action)
        .containsExactly("auth.token.revoked", "auth.token.created");
    assertThat(entries).extracting(AuditEntryView::actorLabel).containsOnly(ADVISOR);
  }

  private CreatedApiToken create(String email, String name) {
    return tenancy.asUser(email, () -> tokens.create(new NewApiToken(name, null)));
  }

  private void invalidToken(String authorization) throws Exception {
    mvc.perform(get("/api/v1/me").header("Authorization", authorization))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:invalid-token"))
        .andExpect(jsonPath("$.title").value("Invalid API token"));
  }

  private Instant lastUsed(UUID id) {
    OffsetDateTime value =
        jdbc.queryForObject(
            "select last_used_at from identity_api_token where id = ?", OffsetDateTime.class, id);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
  }
}
