package eu.pharos.identity.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.identity.ApiTokenNotFound;
import eu.pharos.identity.ApiTokenView;
import eu.pharos.identity.ApiTokens;
import eu.pharos.identity.CreatedApiToken;
import eu.pharos.identity.NewApiToken;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ApiTokenService implements ApiTokens {

  private final ApiTokenRepository tokens;
  private final AuditLog auditLog;
  private final Clock clock;

  ApiTokenService(ApiTokenRepository tokens, AuditLog auditLog, Clock clock) {
    this.tokens = tokens;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  @Transactional
  public CreatedApiToken create(NewApiToken command) {
    StaffUser me = me();
    // A leaked token must not be able to outlive its revocation by minting a successor.
    if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
      throw new AccessDeniedException("Tokens are created after signing in, not with a token");
    }
    Instant now = Instant.now(clock);
    ApiToken.Issued issued =
        ApiToken.issue(
            me.organisationId(),
            me.userId(),
            command.name(),
            Duration.ofDays(command.validityDays()),
            now);
    ApiToken token = tokens.save(issued.token());
    auditLog.record(
        AuditRecord.of("auth.token.created", AuditOutcome.SUCCESS)
            .target("api-token", token.id())
            .detail("name: " + token.name() + "; valid for " + command.validityDays() + " days"));
    return new CreatedApiToken(token.view(now), issued.secret());
  }

  @Override
  public List<ApiTokenView> mine() {
    Instant now = Instant.now(clock);
    return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(me().userId()).stream()
        .map(token -> token.view(now))
        .toList();
  }

  @Override
  @Transactional
  public ApiTokenView revoke(UUID tokenId) {
    ApiToken token =
        tokens
            .findByIdAndUserIdAndRevokedAtIsNull(tokenId, me().userId())
            .orElseThrow(() -> ApiTokenNotFound.forId(tokenId));
    Instant now = Instant.now(clock);
    ApiTokenView before = token.view(now);
    token.revoke(now);
    auditLog.record(
        AuditRecord.of("auth.token.revoked", AuditOutcome.SUCCESS)
            .target("api-token", token.id())
            .detail("name: " + token.name()));
    return before;
  }

  private static StaffUser me() {
    return TenantContext.currentUser()
        .orElseThrow(() -> new AccessDeniedException("API tokens belong to a signed-in user"));
  }
}
