package eu.pharos.network.country.web;

import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.Engagements;
import eu.pharos.network.HarmonisedLineStatus;
import eu.pharos.network.HelplineView;
import eu.pharos.network.InstrumentView;
import eu.pharos.network.MemberView;
import eu.pharos.network.country.CountryOverview;
import eu.pharos.network.country.Coverage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public country pages: the coverage map with its table, and one profile per country. */
@Controller
class CountriesController {

  private final Countries countries;
  private final CountryOverview overview;
  private final Engagements engagements;

  CountriesController(Countries countries, CountryOverview overview, Engagements engagements) {
    this.countries = countries;
    this.overview = overview;
    this.engagements = engagements;
  }

  @GetMapping("/countries")
  String map(Model model, Locale locale) {
    model.addAttribute("overview", overview.overview(locale));
    model.addAttribute("coverages", Coverage.values());
    return "network/country/map";
  }

  @GetMapping("/countries/{code}")
  String profile(
      @PathVariable String code, Model model, Locale locale, HttpServletResponse response) {
    Optional<CountryView> found =
        code.matches("[A-Za-z]{2}") ? countries.find(code) : Optional.empty();
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "network/country/not-found";
    }
    CountryView country = found.get();
    List<MemberView> members = overview.members(country.code());
    List<HelplineView> helplines = overview.helplines(country.code());
    List<InstrumentView> notBinding =
        country.euMember()
            ? countries.instruments().stream()
                .filter(instrument -> !country.boundBy().contains(instrument))
                .toList()
            : List.of();
    model.addAttribute("country", country);
    model.addAttribute("name", country.name(locale));
    model.addAttribute(
        "languageNames",
        country.languages().stream()
            .map(language -> new Locale(language).getDisplayLanguage(locale))
            .toList());
    model.addAttribute("members", members);
    model.addAttribute("helplines", helplines);
    model.addAttribute(
        "otherHelplines", helplines.stream().filter(helpline -> !helpline.harmonised()).toList());
    model.addAttribute("lineOperating", country.harmonisedLine() == HarmonisedLineStatus.OPERATING);
    model.addAttribute("notBinding", notBinding);
    model.addAttribute("coverage", Coverage.of(country, members.size()));
    model.addAttribute("timeline", engagements.publicTimeline(country.code()));
    return "network/country/profile";
  }
}
