package eu.pharos.knowledge.web;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Centres;
import eu.pharos.knowledge.centre.MemberRole;
import eu.pharos.knowledge.centre.MemberView;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A centre's members and joining: people and organisations join or ask to, moderators decide
 * requests, invite and name moderators, members leave. Every form works without JavaScript.
 */
@Controller("centreMembersController")
@RequestMapping("/app/centres/{slug}/members")
class MembersController {

  private final Centres centres;
  private final CentreAccess access;
  private final Organisations organisations;
  private final KnowledgePages pages;

  MembersController(
      Centres centres, CentreAccess access, Organisations organisations, KnowledgePages pages) {
    this.centres = centres;
    this.access = access;
    this.organisations = organisations;
    this.pages = pages;
  }

  @GetMapping
  String members(@PathVariable String slug, Model model, Authentication auth) {
    return page(slug, model, Map.of(), Map.of(), auth);
  }

  @PostMapping("/join")
  String join(
      @PathVariable String slug,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String organisation,
      Model model,
      Locale locale,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = Map.of("note", FormValues.clean(note));
    return act(
        slug,
        form,
        "note",
        () ->
            "true".equals(organisation)
                ? centres.joinOrganisation(slug, note)
                : centres.join(slug, note),
        joined ->
            ((MemberView) joined).isActive()
                ? "knowledge.members.done.joined"
                : "knowledge.members.done.requested",
        model,
        locale,
        auth,
        response,
        redirect);
  }

  @PostMapping("/{id}/decide")
  String decide(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String accept,
      Model model,
      Locale locale,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    boolean yes = "true".equals(accept);
    return act(
        slug,
        Map.of(),
        "members",
        () -> {
          centres.decide(slug, id, yes);
          return null;
        },
        done -> yes ? "knowledge.members.done.accepted" : "knowledge.members.done.declined",
        model,
        locale,
        auth,
        response,
        redirect);
  }

  @PostMapping("/{id}/answer")
  String answer(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String accept,
      Model model,
      Locale locale,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    boolean yes = "true".equals(accept);
    return act(
        slug,
        Map.of(),
        "members",
        () -> {
          centres.answerInvitation(slug, id, yes);
          return null;
        },
        done -> yes ? "knowledge.members.done.joined" : "knowledge.members.done.declined",
        model,
        locale,
        auth,
        response,
        redirect);
  }

  @PostMapping("/invite")
  String invite(
      @PathVariable String slug,
      @RequestParam(required = false) String email,
      Model model,
      Locale locale,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        slug,
        Map.of("email", FormValues.clean(email)),
        "email",
        () -> centres.invitePerson(slug, email),
        done -> "knowledge.members.done.invited",
        model,
        locale,
        auth,
        response,
        redirect);
  }

  @PostMapping("/organisations")
  String addOrganisation(
      @PathVariable String slug,
      @RequestParam(required = false) String organisationId,
      @RequestParam(required = false) String how,
      Model model,
      Locale locale,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID organisation = FormValues.id(organisationId);
    boolean invite = "invite".equals(how);
    return act(
        slug,
        Map.of("organisationId", FormValues.clean(organisationId)),
        "organisationId",
        () ->
            invite
                ? centres.inviteOrganisation(slug, organisation)
                : centres.addOrganisation(slug, organisation),
        done -> invite ? "knowledge.members.done.invited" : "knowledge.members.done.added",
        model,
        locale,
        auth,
        response,
        redirect);
  }

  @PostMapping("/{id}/role")
  String role(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String role,
      Model model,
      Locale locale,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    MemberRole chosen = FormValues.choice(MemberRole.class, role);
    return act(
        slug,
        Map.of(),
        "members",
        () -> {
          centres.setRole(slug, id, chosen);
          return null;
        },
        done -> "knowledge.members.done.role",
        model,
        locale,
        auth,
        response,
        redirect);
  }

  @PostMapping("/{id}/remove")
  String remove(
      @PathVariable String slug,
      @PathVariable UUID id,
      Model model,
      Locale locale,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        slug,
        Map.of(),
        "members",
        () -> {
          centres.remove(slug, id);
          return null;
        },
        done -> "knowledge.members.done.removed",
        model,
        locale,
        auth,
        response,
        redirect);
  }

  private String act(
      String slug,
      Map<String, String> form,
      String field,
      Supplier<Object> work,
      java.util.function.Function<Object, String> done,
      Model model,
      Locale locale,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Object result = work.get();
      redirect.addFlashAttribute("done", done.apply(result));
      return "redirect:/app/centres/" + access.read(slug).slug() + "/members";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(slug, model, form, pages.errors(invalid, f -> field, field, locale), auth);
    }
  }

  private String page(
      String slug,
      Model model,
      Map<String, String> form,
      Map<String, String> errors,
      Authentication auth) {
    CentreRef centre = access.read(slug);
    if (centre.standing().name().equals("PUBLIC")) {
      throw new org.springframework.security.access.AccessDeniedException("Sign in first");
    }
    List<MemberView> members = centres.members(centre);
    Set<UUID> inCentre =
        members.stream()
            .filter(m -> !m.isPerson())
            .map(MemberView::organisationId)
            .collect(Collectors.toSet());
    model.addAttribute("centre", centre);
    model.addAttribute("details", centres.view(centre));
    model.addAttribute("members", members.stream().filter(MemberView::isActive).toList());
    model.addAttribute("pending", members.stream().filter(m -> !m.isActive()).toList());
    model.addAttribute("mine", centres.mine(centre));
    model.addAttribute("me", access.currentUserId());
    model.addAttribute(
        "orgAdmin",
        auth != null
            && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ORG_ADMIN")));
    model.addAttribute(
        "otherOrganisations",
        organisations.all().stream()
            .filter(o -> !inCentre.contains(o.id()))
            .sorted(Comparator.comparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER))
            .toList());
    model.addAttribute("form", new LinkedHashMap<>(form));
    model.addAttribute("errors", errors);
    model.addAttribute("zone", pages.zone());
    return "knowledge/members";
  }
}
