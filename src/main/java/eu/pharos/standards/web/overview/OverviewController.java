package eu.pharos.standards.web.overview;

import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.cycle.NetworkOverview;
import eu.pharos.standards.cycle.NetworkOverview.Band;
import eu.pharos.standards.cycle.NetworkOverview.Heatmap;
import eu.pharos.standards.cycle.NetworkOverview.IndicatorRanking;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The secretariat's pages across the network: the heatmap of members against standards, the
 * indicators most often not met, and where every member is in its cycle; each also as CSV. The
 * three are separate pages shown as tabs, so they work without JavaScript.
 */
@Controller("standardsOverviewController")
@RequestMapping("/app/standards/overview")
@PreAuthorize("hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')")
class OverviewController {

  /** How many indicators the page lists; the CSV lists them all. */
  static final int PAGE_LIMIT = 20;

  private final NetworkOverview overview;
  private final StandardsPages pages;
  private final Clock clock;

  OverviewController(NetworkOverview overview, StandardsPages pages, Clock clock) {
    this.overview = overview;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping
  String heatmap(
      @RequestParam(required = false) String framework,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    Heatmap heatmap;
    Map<String, String> errors = Map.of();
    try {
      heatmap = overview.heatmap(framework);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      errors = pages.errors(invalid, field -> "framework", "framework", locale);
      heatmap = overview.heatmap(null);
    }
    model.addAttribute("heatmap", heatmap);
    model.addAttribute("bands", Band.values());
    common(model, "heatmap", heatmap.frameworkCode(), errors, locale);
    return "standards/overview/heatmap";
  }

  @GetMapping("/indicators")
  String indicators(
      @RequestParam(required = false) String framework,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    IndicatorRanking ranking;
    Map<String, String> errors = Map.of();
    try {
      ranking = overview.mostOftenNotMet(framework, PAGE_LIMIT);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      errors = pages.errors(invalid, field -> "framework", "framework", locale);
      ranking = overview.mostOftenNotMet(null, PAGE_LIMIT);
    }
    model.addAttribute("ranking", ranking);
    common(model, "indicators", ranking.frameworkCode(), errors, locale);
    return "standards/overview/indicators";
  }

  @GetMapping("/stages")
  String stages(Model model, Locale locale) {
    model.addAttribute("stages", overview.stages());
    common(model, "stages", null, Map.of(), locale);
    return "standards/overview/stages";
  }

  @GetMapping("/heatmap.csv")
  void heatmapCsv(
      @RequestParam(required = false) String framework, Locale locale, HttpServletResponse response)
      throws IOException {
    Heatmap heatmap = refuseUnknown(() -> overview.heatmap(framework));
    csv(
        response,
        named("heatmap", heatmap.frameworkCode()),
        out -> csv(locale).heatmap(heatmap, out));
  }

  @GetMapping("/indicators.csv")
  void indicatorsCsv(
      @RequestParam(required = false) String framework, Locale locale, HttpServletResponse response)
      throws IOException {
    IndicatorRanking ranking =
        refuseUnknown(() -> overview.mostOftenNotMet(framework, NetworkOverview.MAX_LIMIT));
    csv(
        response,
        named("indicators", ranking.frameworkCode()),
        out -> csv(locale).indicators(ranking, out));
  }

  @GetMapping("/stages.csv")
  void stagesCsv(Locale locale, HttpServletResponse response) throws IOException {
    var stages = overview.stages();
    csv(response, "stages", out -> csv(locale).stages(stages, out));
  }

  private void common(
      Model model, String tab, String frameworkCode, Map<String, String> errors, Locale locale) {
    model.addAttribute("tab", tab);
    model.addAttribute("framework", frameworkCode);
    model.addAttribute("errors", errors);
    model.addAttribute("zone", pages.zone());
    model.addAttribute("language", locale.getLanguage());
  }

  private static String named(String what, String frameworkCode) {
    return frameworkCode == null ? what : what + "-" + frameworkCode;
  }

  private OverviewCsv csv(Locale locale) {
    return new OverviewCsv(pages, locale);
  }

  private void csv(HttpServletResponse response, String name, Consumer<java.io.OutputStream> body)
      throws IOException {
    String file =
        ("pharos-" + name + "-" + LocalDate.now(clock.withZone(pages.zone())))
                .replaceAll("[^A-Za-z0-9._-]", "_")
            + ".csv";
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(file).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    body.accept(response.getOutputStream());
    response.flushBuffer();
  }

  /** An unknown framework in a download's address is a bad request, not a server error. */
  private static <T> T refuseUnknown(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidInput invalid) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }
}
