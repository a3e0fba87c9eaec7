package eu.pharos.referral.incident.web;

import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.referral.IncidentNotFound;
import eu.pharos.referral.Incidents;
import eu.pharos.referral.PublicIncidentView;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of an incident, for anyone affected: where to get support in their own country,
 * from the directory. It holds no personal data: only what the incident says publicly and the
 * directory's public members.
 */
@Controller("publicIncidentController")
class PublicIncidentController {

  private final Incidents incidents;
  private final Directory directory;

  PublicIncidentController(Incidents incidents, Directory directory) {
    this.incidents = incidents;
    this.directory = directory;
  }

  /** The members of one country where affected people can turn. */
  public record CountrySupport(String code, String name, List<MemberView> members) {}

  @GetMapping("/incidents/{slug}")
  String incident(@PathVariable String slug, Model model, Locale locale) {
    PublicIncidentView incident =
        incidents.publicIncident(slug).orElseThrow(() -> new IncidentNotFound(slug));
    IncidentNames names = new IncidentNames(locale);
    model.addAttribute("incident", incident);
    model.addAttribute(
        "support",
        incident.countries().stream()
            .map(
                code ->
                    new CountrySupport(
                        code, names.country(code), directory.members(MemberFilter.inCountry(code))))
            .toList());
    model.addAttribute("names", names);
    model.addAttribute("pageLanguage", locale.getLanguage());
    return "referral/incident/public";
  }
}
