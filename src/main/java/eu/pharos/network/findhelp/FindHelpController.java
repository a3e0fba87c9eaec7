package eu.pharos.network.findhelp;

import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.CrimeType;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.network.OpenState;
import eu.pharos.network.SupportService;
import eu.pharos.platform.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Find help: the anonymous search, a country's help page and an organisation's public profile.
 *
 * <p>The search leaves no trace: the form is sent with POST, so what the visitor chose is in no
 * address, no browser history entry and no server access log line; the answer is marked {@code
 * no-store}; no session is created and no cookie is set. The form carries no CSRF token (a token
 * would need a session): the search changes nothing, so there is nothing for a forged request to
 * do, and the security configuration exempts this one path.
 */
@Controller
class FindHelpController {

  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final String FORM_VIEW = "network/findhelp/find-help";

  private final Directory directory;
  private final Countries countries;
  private final HelpSearch search;
  private final VisitorCountry visitorCountry;
  private final Clock clock;

  FindHelpController(
      Directory directory,
      Countries countries,
      HelpSearch search,
      VisitorCountry visitorCountry,
      Clock clock) {
    this.directory = directory;
    this.countries = countries;
    this.search = search;
    this.visitorCountry = visitorCountry;
    this.clock = clock;
  }

  @GetMapping(FindHelpPaths.FORM)
  String form(HttpServletRequest request, Locale locale, Model model) {
    FindHelpForm form =
        new FindHelpForm(
            visitorCountry.suggest(request).orElse(""), locale.getLanguage(), "", "", "");
    prepareForm(model, locale, form, Map.of());
    return FORM_VIEW;
  }

  @PostMapping(FindHelpPaths.FORM)
  String search(
      @RequestParam(defaultValue = "") String country,
      @RequestParam(defaultValue = "") String language,
      @RequestParam(defaultValue = "") String crime,
      @RequestParam(defaultValue = "") String service,
      @RequestParam(defaultValue = "") String timeZone,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    FindHelpForm form =
        new FindHelpForm(
            country.strip(), language.strip(), crime.strip(), service.strip(), timeZone.strip());
    Map<String, String> errors = new LinkedHashMap<>();

    Optional<CountryView> chosenCountry = Optional.empty();
    if (form.country().isEmpty()) {
      errors.put("country", "findhelp.error.country.missing");
    } else {
      chosenCountry =
          form.country().length() == 2 ? countries.find(form.country()) : Optional.empty();
      if (chosenCountry.isEmpty()) {
        errors.put("country", "findhelp.error.country.unknown");
      }
    }
    String chosenLanguage = null;
    if (!form.language().isEmpty()) {
      String code = form.language().toLowerCase(Locale.ROOT);
      if (ISO_LANGUAGES.contains(code)) {
        chosenLanguage = code;
      } else {
        errors.put("language", "findhelp.error.language.unknown");
      }
    }
    CrimeType chosenCrime = null;
    if (!form.crime().isEmpty()) {
      chosenCrime = enumValue(CrimeType.class, form.crime());
      if (chosenCrime == null) {
        errors.put("crime", "findhelp.error.crime.unknown");
      }
    }
    SupportService chosenService = null;
    if (!form.service().isEmpty()) {
      chosenService = enumValue(SupportService.class, form.service());
      if (chosenService == null) {
        errors.put("service", "findhelp.error.service.unknown");
      }
    }
    ZoneId zone = null;
    if (!form.timeZone().isEmpty()) {
      zone = zoneOf(form.timeZone());
      if (zone == null) {
        errors.put("timeZone", "findhelp.error.timeZone.invalid");
      }
    }
    prepareForm(model, locale, form, errors);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return FORM_VIEW;
    }
    CountryView place = chosenCountry.get();
    HelpResults results =
        search.search(
            new HelpQuery(
                place,
                chosenLanguage,
                chosenCrime,
                chosenService,
                zone == null ? place.timeZone() : zone));
    model.addAttribute("results", results);
    model.addAttribute("visitorZoneGiven", zone != null);
    return FORM_VIEW;
  }

  @GetMapping(FindHelpPaths.COUNTRY)
  String country(
      @PathVariable String code,
      Locale locale,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<CountryView> country =
        code.length() == 2 ? countries.find(code) : Optional.<CountryView>empty();
    if (country.isEmpty()) {
      return notFound(model, locale, response);
    }
    CountryView place = country.get();
    HelpResults results =
        search.search(new HelpQuery(place, locale.getLanguage(), null, null, place.timeZone()));
    CacheHints.validUntil(request, results.validUntil());
    model.addAttribute("results", results);
    model.addAttribute("names", new Names(locale));
    model.addAttribute("pageLanguage", locale.getLanguage());
    return "network/findhelp/country";
  }

  @GetMapping(FindHelpPaths.ORGANISATION)
  String organisation(
      @PathVariable String key,
      Locale locale,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<MemberView> found = findMember(key);
    if (found.isEmpty()) {
      return notFound(model, locale, response);
    }
    MemberView member = found.get();
    Instant now = clock.instant();
    ZoneId zone = member.timeZone();
    LocalDate today = now.atZone(zone).toLocalDate();
    OpenState state = member.openStateAt(now).in(zone);
    List<HelpOffer.Line> lines =
        member.helplines().stream()
            .map(
                h -> {
                  OpenState s = h.hours().stateAt(now, zone, Set.of()).in(zone);
                  s.changesAt().ifPresent(at -> CacheHints.validUntil(request, at));
                  return new HelpOffer.Line(h, s, OpeningLabel.of(s, today));
                })
            .toList();
    state.changesAt().ifPresent(at -> CacheHints.validUntil(request, at));
    CacheHints.validUntil(request, today.plusDays(1).atStartOfDay(zone).toInstant());
    model.addAttribute("member", member);
    model.addAttribute("opening", OpeningLabel.of(state, today));
    model.addAttribute("lines", lines);
    model.addAttribute(
        "holidays", member.holidays().stream().filter(h -> !h.date().isBefore(today)).toList());
    model.addAttribute("days", java.time.DayOfWeek.values());
    model.addAttribute("names", new Names(locale));
    model.addAttribute("pageLanguage", locale.getLanguage());
    model.addAttribute("country", countries.find(member.countryCode()).orElse(null));
    return "network/findhelp/organisation";
  }

  private Optional<MemberView> findMember(String key) {
    if (key.length() > 100) {
      return Optional.empty();
    }
    try {
      Optional<MemberView> byId = directory.member(UUID.fromString(key));
      if (byId.isPresent()) {
        return byId;
      }
    } catch (IllegalArgumentException notAnId) {
      // a short name, then
    }
    return directory.members(MemberFilter.all()).stream()
        .filter(m -> m.shortName() != null && m.shortName().equalsIgnoreCase(key))
        .findFirst();
  }

  private String notFound(Model model, Locale locale, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("pageLanguage", locale.getLanguage());
    return "network/findhelp/not-found";
  }

  private void prepareForm(
      Model model, Locale locale, FindHelpForm form, Map<String, String> errors) {
    Names names = new Names(locale);
    List<CountryView> all =
        countries.all().stream()
            .sorted(Comparator.comparing(c -> c.name(locale), String.CASE_INSENSITIVE_ORDER))
            .toList();
    Set<String> languages = new TreeSet<>();
    Languages.SUPPORTED.forEach(l -> languages.add(l.getLanguage()));
    all.forEach(c -> languages.addAll(c.languages()));
    directory.members(MemberFilter.all()).forEach(m -> languages.addAll(m.languages()));
    languages.removeIf(code -> !ISO_LANGUAGES.contains(code));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("countries", all);
    model.addAttribute(
        "languageOptions",
        languages.stream()
            .sorted(Comparator.comparing(names::language, String.CASE_INSENSITIVE_ORDER))
            .toList());
    model.addAttribute("crimes", CrimeType.values());
    model.addAttribute("services", SupportService.values());
    model.addAttribute("names", names);
    model.addAttribute("pageLanguage", locale.getLanguage());
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static ZoneId zoneOf(String id) {
    if (id.length() > 64) {
      return null;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
