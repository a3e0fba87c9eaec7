package eu.pharos.network.directory.web;

import eu.pharos.network.CrimeType;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberNotFound;
import eu.pharos.network.MemberView;
import eu.pharos.network.SupportService;
import eu.pharos.network.directory.web.PublicResources.HelplineResource;
import eu.pharos.network.directory.web.PublicResources.OrganisationResource;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public directory: approved member organisations and their helplines. No token needed; pending
 * and ended members and everything internal stay out.
 */
@Tag(
    name = "Directory",
    description = "Approved member organisations and their helplines; public, no token needed")
@ApiController
class DirectoryApiController {

  private static final Set<String> COUNTRIES =
      new HashSet<>(Arrays.asList(Locale.getISOCountries()));
  private static final Set<String> LANGUAGES =
      new HashSet<>(Arrays.asList(Locale.getISOLanguages()));

  static {
    COUNTRIES.add("XK");
  }

  private final Directory directory;
  private final MessageSource messages;
  private final Clock clock;

  DirectoryApiController(Directory directory, MessageSource messages, Clock clock) {
    this.directory = directory;
    this.messages = messages;
    this.clock = clock;
  }

  @Operation(
      summary = "Approved member organisations, by country and name",
      description =
          "Every filter is optional. Unknown country, language, service or crime type values are"
              + " refused with a 400 problem.")
  @SecurityRequirements
  @GetMapping("/api/v1/organisations")
  List<OrganisationResource> organisations(
      @Parameter(description = "ISO 3166-1 alpha-2 country code, e.g. PT")
          @RequestParam(required = false)
          String country,
      @Parameter(description = "ISO 639-1 language code, e.g. pt") @RequestParam(required = false)
          String language,
      @Parameter(description = "A service, e.g. HELPLINE or COURT_ACCOMPANIMENT")
          @RequestParam(required = false)
          String service,
      @Parameter(description = "A crime type, e.g. DOMESTIC_VIOLENCE")
          @RequestParam(required = false)
          String crimeType,
      @Parameter(description = "Only organisations open now, or with a helpline open now")
          @RequestParam(required = false)
          Boolean openNow) {
    Instant now = Instant.now(clock);
    MemberFilter filter =
        new MemberFilter(
            country(country),
            language(language),
            parse("service", service, SupportService.class),
            parse("crimeType", crimeType, CrimeType.class),
            Boolean.TRUE.equals(openNow) ? now : null);
    return directory.members(filter).stream().map(m -> resource(m, now)).toList();
  }

  @Operation(summary = "One approved member organisation; 404 for an unknown, pending or ended one")
  @SecurityRequirements
  @GetMapping("/api/v1/organisations/{id}")
  OrganisationResource organisation(@PathVariable UUID id) {
    return directory
        .member(id)
        .map(m -> resource(m, Instant.now(clock)))
        .orElseThrow(() -> MemberNotFound.forId(id));
  }

  @Operation(summary = "Helplines of approved members, in one country or everywhere")
  @SecurityRequirements
  @GetMapping("/api/v1/helplines")
  List<HelplineResource> helplines(
      @Parameter(description = "ISO 3166-1 alpha-2 country code, e.g. FR")
          @RequestParam(required = false)
          String country) {
    String code = country(country);
    return directory.members(MemberFilter.inCountry(code)).stream()
        .flatMap(m -> m.helplines().stream().map(h -> HelplineResource.of(h, m.timeZone().getId())))
        .toList();
  }

  private static OrganisationResource resource(MemberView member, Instant now) {
    return OrganisationResource.of(member, OpenNow.at(member, now));
  }

  private static String country(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      throw new InvalidFilter("country", "network.api.invalid.country", value);
    }
    return code;
  }

  private static String language(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(code)) {
      throw new InvalidFilter("language", "network.api.invalid.language", value);
    }
    return code;
  }

  private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidFilter(
          name,
          "network.api.invalid." + name,
          value,
          String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }

  @ExceptionHandler(InvalidFilter.class)
  ProblemDetail invalidFilter(InvalidFilter invalid) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(URI.create("urn:pharos:problem:invalid-parameter"));
    problem.setTitle(messages.getMessage("api.problem.invalid-parameter.title", null, locale));
    problem.setDetail(messages.getMessage(invalid.messageKey, invalid.arguments, locale));
    problem.setProperty("parameter", invalid.parameter);
    return problem;
  }

  /** A filter value that names no country, language, service or crime type. */
  static class InvalidFilter extends RuntimeException {
    final String parameter;
    final String messageKey;
    final transient Object[] arguments;

    InvalidFilter(String parameter, String messageKey, Object... arguments) {
      super(parameter);
      this.parameter = parameter;
      this.messageKey = messageKey;
      this.arguments = arguments;
    }
  }
}
