package eu.pharos.shared.tenancy;

import eu.pharos.shared.StaffUser;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that decides which organisation's data the current code may see.
 *
 * <p>Inside a request it is the signed-in staff user's organisation. Code that runs without a user
 * (demo seeding, scheduled jobs, event listeners, operator commands) states its scope explicitly
 * with {@link #runAs(UUID, Supplier)} or {@link #runAsSystem(Supplier)}. Anonymous visitors get
 * {@link #NOBODY}, an organisation that owns nothing. Hibernate reads the scope when a session
 * opens ({@link TenantIdentifierResolver}), so a scope change applies to the next transaction, not
 * to one already running.
 */
public final class TenantContext {

  /** Sees every organisation's rows; only for system work that is itself audited or aggregated. */
  public static final UUID SYSTEM = new UUID(0, 1);

  /** Owns nothing: the scope of anonymous visitors. */
  public static final UUID NOBODY = new UUID(0, 0);

  private static final ThreadLocal<UUID> EXPLICIT = new ThreadLocal<>();

  private TenantContext() {}

  /** The organisation whose rows the current code sees. */
  public static UUID current() {
    UUID explicit = EXPLICIT.get();
    if (explicit != null) {
      return explicit;
    }
    return currentUser().map(StaffUser::organisationId).orElse(NOBODY);
  }

  public static Optional<StaffUser> currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof StaffUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  public static <T> T runAs(UUID organisationId, Supplier<T> work) {
    UUID previous = EXPLICIT.get();
    EXPLICIT.set(organisationId);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        EXPLICIT.remove();
      } else {
        EXPLICIT.set(previous);
      }
    }
  }

  public static void runAs(UUID organisationId, Runnable work) {
    runAs(
        organisationId,
        () -> {
          work.run();
          return null;
        });
  }

  public static <T> T runAsSystem(Supplier<T> work) {
    return runAs(SYSTEM, work);
  }

  public static void runAsSystem(Runnable work) {
    runAs(SYSTEM, work);
  }
}
