package eu.pharos.identity.internal;

import java.util.Comparator;
import java.util.List;

/** The external providers offered on the sign-in page, one button each. */
public final class ExternalProviders {

  /**
   * @param registrationId the id under {@code spring.security.oauth2.client.registration}
   * @param label the name on the button
   */
  public record Provider(String registrationId, String label) {

    /** Where the button leads: the start of the redirect to the provider. */
    public String path() {
      return "/oauth2/authorization/" + registrationId;
    }
  }

  private static final ExternalProviders NONE = new ExternalProviders(List.of());

  private final List<Provider> providers;

  ExternalProviders(List<Provider> providers) {
    this.providers =
        providers.stream()
            .sorted(Comparator.comparing(Provider::label, String.CASE_INSENSITIVE_ORDER))
            .toList();
  }

  /** When no provider is configured. */
  public static ExternalProviders none() {
    return NONE;
  }

  public List<Provider> all() {
    return providers;
  }
}
