package eu.pharos.identity.internal;

import eu.pharos.identity.Role;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a fresh account for one test, so that tests never share a failure count, a used TOTP step
 * or recovery codes with each other or with the demo users.
 */
final class TestAccounts {

  static final String PASSWORD = "a-long-test-password-2026";

  record Account(UUID id, UUID organisationId, String email, String totpSecret) {}

  private final UserAccountRepository users;
  private final OrganisationRepository organisations;
  private final PasswordEncoder passwords;
  private final SecretCipher cipher;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;

  TestAccounts(ApplicationContext context) {
    this.users = context.getBean(UserAccountRepository.class);
    this.organisations = context.getBean(OrganisationRepository.class);
    this.passwords = context.getBean(PasswordEncoder.class);
    this.cipher = context.getBean(SecretCipher.class);
    this.transactions = context.getBean(TransactionTemplate.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  Account active(String organisation, Set<Role> roles, String totpSecret) {
    return TenantContext.runAsSystem(
        () ->
            transactions.execute(
                status -> {
                  UUID org =
                      organisations.findByShortNameIgnoreCase(organisation).orElseThrow().id();
                  String email =
                      "t-" + UUID.randomUUID().toString().substring(0, 8) + "@pharos.test";
                  UserAccount account =
                      UserAccount.active(
                          org,
                          email,
                          "Test " + email,
                          roles,
                          passwords.encode(PASSWORD),
                          Instant.now());
                  if (totpSecret != null) {
                    account.enrolSecondFactor(cipher.seal(totpSecret, account.secretContext()));
                  }
                  users.save(account);
                  return new Account(account.id(), org, email, totpSecret);
                }));
  }

  int failedLogins(UUID userId) {
    return jdbc.queryForObject(
        "select failed_logins from identity_user where id = ?", Integer.class, userId);
  }

  boolean isLocked(UUID userId) {
    Instant lockedUntil =
        jdbc.queryForObject(
            "select locked_until from identity_user where id = ?",
            (rs, n) -> {
              var value = rs.getObject(1, java.time.OffsetDateTime.class);
              return value == null ? null : value.toInstant();
            },
            userId);
    return lockedUntil != null && lockedUntil.isAfter(Instant.now());
  }

  String storedSecret(UUID userId) {
    return jdbc.queryForObject(
        "select totp_secret from identity_user where id = ?", String.class, userId);
  }

  long auditCount(String action, UUID userId) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where action = ? and target_id = ?",
        Long.class,
        action,
        userId.toString());
  }
}
