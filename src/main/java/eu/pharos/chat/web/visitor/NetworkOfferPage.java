package eu.pharos.chat.web.visitor;

import eu.pharos.chat.routing.NetworkRouting;
import eu.pharos.chat.routing.RouteOffer;
import eu.pharos.network.MemberView;
import eu.pharos.platform.Languages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page that asks the victim whether another member may answer them: which organisation, in
 * which country, in which language, and that the organisation they started with will not see the
 * conversation. Its forms carry the start form's choices as hidden fields, and the agreement a
 * sealed token of the offer shown.
 */
@Component("chatNetworkOfferPage")
class NetworkOfferPage {

  static final String VIEW = "chat/visitor/network";
  static final String REFUSED = "chat/visitor/network-refused";

  private final NetworkRouting routing;

  NetworkOfferPage(NetworkRouting routing) {
    this.routing = routing;
  }

  /**
   * The offer, or (with {@code offer} null) that nobody else can answer now; {@code gone} names the
   * organisation that could answer before and no longer can.
   */
  String show(
      Model model,
      Locale locale,
      MemberView origin,
      StartForm form,
      RouteOffer offer,
      boolean originAnswers,
      boolean originOpen,
      String gone,
      HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    model.addAttribute("origin", origin);
    model.addAttribute("form", form);
    model.addAttribute("offer", offer);
    model.addAttribute("originAnswers", originAnswers);
    model.addAttribute("originOpen", originOpen);
    model.addAttribute("gone", gone);
    model.addAttribute("languageName", language(form.language(), locale));
    model.addAttribute("organisationPath", "/chat/" + origin.organisationId());
    if (offer != null) {
      model.addAttribute("offerToken", routing.token(offer));
      model.addAttribute("countryName", country(offer.countryCode(), locale));
    }
    return VIEW;
  }

  /** The language's name as it is written within a sentence (lower case in French, say). */
  static String language(String code, Locale locale) {
    return Languages.languageName(code, locale);
  }

  static String country(String code, Locale locale) {
    return Languages.countryName(code, locale);
  }
}
