package eu.pharos.platform.web;

import eu.pharos.platform.Languages;
import eu.pharos.shared.NavigationItem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the shell needs: navigation, languages and the quick-exit target. */
@ControllerAdvice
class ShellModelAdvice {

  private final List<NavigationItem> navigation;
  private final String quickExitUrl;

  ShellModelAdvice(
      List<NavigationItem> navigation, @Value("${pharos.quick-exit.url}") String quickExitUrl) {
    this.navigation =
        navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    this.quickExitUrl = quickExitUrl;
  }

  /**
   * The shell's attributes, in one method so that a request pays for one call, and none for an API
   * answer, which has no page: Spring builds and calls every model method of every advice for every
   * request, JSON ones included. An attribute already in the model (a flash attribute) is kept.
   */
  @ModelAttribute
  void shell(Model model, HttpServletRequest request) {
    if (ApiPaths.matches(request)) {
      return;
    }
    put(model, "navigation", navigation());
    put(model, "languages", Languages.SUPPORTED);
    put(model, "quickExitUrl", quickExitUrl);
    put(model, "currentPath", request.getRequestURI());
    put(model, "activeNavigationPath", activeNavigationPath(request));
    put(
        model,
        "unsupportedLanguage",
        request.getAttribute(LocaleConfiguration.UNSUPPORTED_LANGUAGE) != null);
  }

  private static void put(Model model, String name, Object value) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, value);
    }
  }

  private List<NavigationItem> navigation() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null
        || auth.getAuthorities().stream().noneMatch(a -> "SIGNED_IN".equals(a.getAuthority()))) {
      return List.of();
    }
    Set<String> roles =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a != null && a.startsWith("ROLE_"))
            .map(a -> a.substring("ROLE_".length()))
            .collect(Collectors.toSet());
    if (roles.isEmpty()) {
      return List.of();
    }
    return navigation.stream().filter(item -> item.visibleTo(roles)).toList();
  }

  /**
   * The path of the navigation entry the page belongs to: the longest entry path that is the page's
   * path or a folder of it, so that "Chat supervision" (/app/chat/supervision) is the current entry
   * on its page and "Chat" (/app/chat) is not. The dashboard (/app) is current only on itself.
   */
  private String activeNavigationPath(HttpServletRequest request) {
    String path = request.getRequestURI();
    String best = null;
    for (NavigationItem item : navigation) {
      String candidate = item.path();
      boolean matches =
          path.equals(candidate) || (!"/app".equals(candidate) && path.startsWith(candidate + "/"));
      if (matches && (best == null || candidate.length() > best.length())) {
        best = candidate;
      }
    }
    return best;
  }
}
