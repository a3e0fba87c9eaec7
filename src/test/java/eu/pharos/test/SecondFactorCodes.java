package eu.pharos.test;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * TOTP codes for the demo users' second factor in tests that sign in through the pages. Pharos
 * accepts a code of one step either side of now, and each step once per user, so tests that sign
 * the same user in within a few seconds of each other must not reuse a step: this hands out each
 * step once per secret in the test run, and waits for the clock when the next unused step is not
 * yet accepted.
 */
public final class SecondFactorCodes {

  private static final Map<String, Long> lastUsed = new HashMap<>();

  private SecondFactorCodes() {}

  /** A code of a step no test of this run has used for the secret; may wait up to 30 s. */
  public static synchronized String next(String secret) {
    long step = Math.max(currentStep(), lastUsed.getOrDefault(secret, Long.MIN_VALUE) + 1);
    while (step > currentStep() + 1) {
      long nextBoundaryMillis = (currentStep() + 1) * 30_000L;
      try {
        Thread.sleep(Math.max(1, nextBoundaryMillis - System.currentTimeMillis()) + 200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the next TOTP step", e);
      }
    }
    lastUsed.put(secret, step);
    try {
      return new DefaultCodeGenerator().generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long currentStep() {
    return Math.floorDiv(Instant.now().getEpochSecond(), 30);
  }
}
