package eu.pharos.identity.internal;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.identity.UserStatus;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second factor of an account: enrolment, codes at sign-in, recovery codes and resets. Every
 * operation names the account by id and runs in system scope, because during sign-in nobody is
 * signed in yet; callers pass only the id of the person in front of the screen.
 */
@Service
class SecondFactorService {

  static final int RECOVERY_CODES = 10;

  private static final Logger log = LoggerFactory.getLogger(SecondFactorService.class);

  /** What became of a code someone typed. */
  enum CodeCheck {
    ACCEPTED,
    RECOVERY_CODE_USED,
    WRONG,
    LOCKED
  }

  /** A secret on offer: shown as text and QR code, and carried sealed through the form. */
  record Enrolment(String secret, String qrCodeDataUri, String sealedSecret) {}

  /** The outcome of confirming an enrolment; {@code recoveryCodes} is empty unless it worked. */
  record EnrolmentResult(CodeCheck check, List<String> recoveryCodes) {}

  private final UserAccountRepository users;
  private final RecoveryCodeRepository recoveryCodes;
  private final SignInAttempts attempts;
  private final SecretCipher cipher;
  private final AuditLog auditLog;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Totp totp = new Totp();
  private final RecoveryCodeGenerator recoveryCodeGenerator = new RecoveryCodeGenerator();

  SecondFactorService(
      UserAccountRepository users,
      RecoveryCodeRepository recoveryCodes,
      SignInAttempts attempts,
      SecretCipher cipher,
      AuditLog auditLog,
      TransactionTemplate transactions,
      Clock clock) {
    this.users = users;
    this.recoveryCodes = recoveryCodes;
    this.attempts = attempts;
    this.cipher = cipher;
    this.auditLog = auditLog;
    this.transactions = transactions;
    this.clock = clock;
  }

  boolean isEnrolled(UUID userId) {
    return inAccount(userId, UserAccount::hasSecondFactor).orElse(false);
  }

  /** Whether the account's roles make a second factor compulsory. */
  boolean isRequired(UUID userId) {
    return inAccount(userId, UserAccount::requiresSecondFactor).orElse(false);
  }

  long recoveryCodesLeft(UUID userId) {
    return inAccount(userId, account -> recoveryCodes.countByUserIdAndUsedAtIsNull(userId))
        .orElse(0L);
  }

  /** The code typed at sign-in: a TOTP code or one of the recovery codes. */
  CodeCheck verifySignIn(UUID userId, String input) {
    CodeCheck check =
        guarded(
            () ->
                inAccount(userId, account -> check(account, input, true)).orElse(CodeCheck.LOCKED),
            CodeCheck.WRONG);
    if (check == CodeCheck.ACCEPTED || check == CodeCheck.RECOVERY_CODE_USED) {
      attempts.signedIn(userId);
    }
    return check;
  }

  /** Offers a new secret; nothing is stored until a code from it is confirmed. */
  Enrolment startEnrolment(UUID userId) {
    return inAccount(
            userId,
            account -> {
              String secret = totp.newSecret();
              return new Enrolment(
                  secret,
                  totp.qrCodeDataUri(secret, account.email()),
                  cipher.seal(secret, enrolmentContext(userId)));
            })
        .orElseThrow(() -> new IllegalArgumentException("No account " + userId));
  }

  /**
   * The same offer again after a wrong code, so that the authenticator already set up keeps
   * working; a changed form gets a new secret.
   */
  Enrolment resumeEnrolment(UUID userId, String sealedSecret) {
    try {
      String secret = cipher.open(sealedSecret, enrolmentContext(userId));
      return inAccount(
              userId,
              account ->
                  new Enrolment(secret, totp.qrCodeDataUri(secret, account.email()), sealedSecret))
          .orElseThrow(() -> new IllegalArgumentException("No account " + userId));
    } catch (SecretCipher.SealedValueUnreadable tampered) {
      return startEnrolment(userId);
    }
  }

  /**
   * Stores the offered secret once a code from it proves the authenticator has it, and hands out
   * fresh recovery codes. A wrong code counts towards the lockout.
   */
  EnrolmentResult confirmEnrolment(UUID userId, String sealedSecret, String code) {
    String secret;
    try {
      secret = cipher.open(sealedSecret, enrolmentContext(userId));
    } catch (SecretCipher.SealedValueUnreadable tampered) {
      return new EnrolmentResult(CodeCheck.WRONG, List.of());
    }
    return guarded(
        () ->
            inAccount(
                    userId,
                    account -> {
                      Instant now = Instant.now(clock);
                      if (!usable(account, now)) {
                        return new EnrolmentResult(CodeCheck.LOCKED, List.of());
                      }
                      OptionalLong step = totp.matchingStep(secret, normaliseCode(code), now);
                      if (step.isEmpty()) {
                        return new EnrolmentResult(failure(account, "enrolment"), List.of());
                      }
                      account.enrolSecondFactor(cipher.seal(secret, account.secretContext()));
                      account.acceptTotpStep(step.getAsLong());
                      List<String> codes = replaceRecoveryCodes(account, now);
                      audit("auth.second-factor.enrolled", AuditOutcome.SUCCESS, account, null);
                      return new EnrolmentResult(CodeCheck.ACCEPTED, codes);
                    })
                .orElse(new EnrolmentResult(CodeCheck.LOCKED, List.of())),
        new EnrolmentResult(CodeCheck.WRONG, List.of()));
  }

  /** New recovery codes for someone who proves the second factor with a current TOTP code. */
  EnrolmentResult regenerateRecoveryCodes(UUID userId, String code) {
    return guarded(
        () ->
            inAccount(
                    userId,
                    account -> {
                      CodeCheck check = check(account, code, false);
                      if (check != CodeCheck.ACCEPTED) {
                        return new EnrolmentResult(check, List.of());
                      }
                      List<String> codes = replaceRecoveryCodes(account, Instant.now(clock));
                      audit(
                          "identity.recovery-codes.regenerated",
                          AuditOutcome.SUCCESS,
                          account,
                          null);
                      return new EnrolmentResult(check, codes);
                    })
                .orElse(new EnrolmentResult(CodeCheck.LOCKED, List.of())),
        new EnrolmentResult(CodeCheck.WRONG, List.of()));
  }

  /** Removes one's own second factor, proven with a current TOTP code. */
  CodeCheck resetOwn(UUID userId, String code) {
    return guarded(
        () ->
            inAccount(
                    userId,
                    account -> {
                      CodeCheck check = check(account, code, false);
                      if (check == CodeCheck.ACCEPTED) {
                        remove(account, "by the user");
                      }
                      return check;
                    })
                .orElse(CodeCheck.LOCKED),
        CodeCheck.WRONG);
  }

  /** Removes a colleague's second factor, within the caller's transaction and scope. */
  void remove(UserAccount account, String detail) {
    account.resetSecondFactor();
    recoveryCodes.deleteByUser(account.id());
    audit("identity.second-factor.reset", AuditOutcome.SUCCESS, account, detail);
  }

  private CodeCheck check(UserAccount account, String input, boolean allowRecoveryCode) {
    Instant now = Instant.now(clock);
    if (!usable(account, now) || !account.hasSecondFactor()) {
      return CodeCheck.LOCKED;
    }
    String code = normaliseCode(input);
    if (Totp.looksLikeCode(code)) {
      String secret = openSecret(account);
      OptionalLong step =
          secret == null ? OptionalLong.empty() : totp.matchingStep(secret, code, now);
      if (step.isPresent() && account.acceptTotpStep(step.getAsLong())) {
        if (cipher.needsRotation(account.sealedTotpSecret())) {
          account.resealSecondFactor(cipher.seal(secret, account.secretContext()));
        }
        account.clearFailedLogins();
        audit("auth.second-factor.success", AuditOutcome.SUCCESS, account, null);
        return CodeCheck.ACCEPTED;
      }
      return failure(account, step.isPresent() ? "code already used" : "wrong code");
    }
    if (allowRecoveryCode) {
      String normalised = RecoveryCode.normalise(code);
      for (RecoveryCode candidate : recoveryCodes.findByUserIdAndUsedAtIsNull(account.id())) {
        if (candidate.matches(normalised) && recoveryCodes.use(candidate.id(), now) == 1) {
          account.clearFailedLogins();
          audit(
              "auth.recovery-code.used",
              AuditOutcome.SUCCESS,
              account,
              recoveryCodes.countByUserIdAndUsedAtIsNull(account.id()) + " left");
          return CodeCheck.RECOVERY_CODE_USED;
        }
      }
    }
    return failure(account, "wrong code");
  }

  private String openSecret(UserAccount account) {
    try {
      return cipher.open(account.sealedTotpSecret(), account.secretContext());
    } catch (SecretCipher.SealedValueUnreadable unreadable) {
      // Sealed with a key that is no longer configured, or changed in the database: no TOTP code
      // can match, and the user signs in with a recovery code or asks for a reset.
      log.warn(
          "The TOTP secret of account {} cannot be opened: {}",
          account.id(),
          unreadable.getMessage());
      return null;
    }
  }

  private CodeCheck failure(UserAccount account, String detail) {
    audit("auth.second-factor.failure", AuditOutcome.FAILURE, account, detail);
    return attempts.countFailure(account) ? CodeCheck.LOCKED : CodeCheck.WRONG;
  }

  private List<String> replaceRecoveryCodes(UserAccount account, Instant now) {
    recoveryCodes.deleteByUser(account.id());
    List<String> codes = Arrays.asList(recoveryCodeGenerator.generateCodes(RECOVERY_CODES));
    codes.forEach(code -> recoveryCodes.save(new RecoveryCode(account.id(), code, now)));
    return List.copyOf(codes);
  }

  private static boolean usable(UserAccount account, Instant now) {
    return account.status() == UserStatus.ACTIVE && !account.isLocked(now);
  }

  private static String normaliseCode(String input) {
    return input == null ? "" : input.strip().replace(" ", "");
  }

  private static String enrolmentContext(UUID userId) {
    return "totp-enrolment:" + userId;
  }

  private void audit(String action, AuditOutcome outcome, UserAccount account, String detail) {
    auditLog.record(
        AuditRecord.of(action, outcome)
            .actor(account.id(), account.email(), account.organisationId())
            .target("user", account.id())
            .detail(detail));
  }

  private <T> Optional<T> inAccount(UUID userId, Function<UserAccount, T> work) {
    return TenantContext.runAsSystem(
        () -> transactions.execute(status -> users.findById(userId).map(work::apply)));
  }

  /**
   * Two requests with the same code at the same moment: the account's version lets only one of them
   * commit, and the other is refused like a replayed code.
   */
  private static <T> T guarded(Supplier<T> work, T whenConcurrent) {
    try {
      return work.get();
    } catch (OptimisticLockingFailureException concurrentChange) {
      return whenConcurrent;
    }
  }
}
