package eu.pharos.network.directory.web;

import eu.pharos.network.InvalidMemberProfile;
import eu.pharos.network.MemberAdministration;
import eu.pharos.network.MemberChangeRefused;
import eu.pharos.network.MemberRecord;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MembershipType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's member pages: the list with its approval queue and membership change requests,
 * adding a member, and one member's profile with its history. The facade decides who may do what;
 * an organisation admin sees their own member page and nobody else's.
 */
@Controller
@RequestMapping("/app/network/members")
class MembersController {

  private final MemberAdministration administration;

  MembersController(MemberAdministration administration) {
    this.administration = administration;
  }

  @GetMapping
  String list(@RequestParam(required = false) String status, Model model) {
    MemberStatus filter =
        Arrays.stream(MemberStatus.values())
            .filter(s -> s.name().equalsIgnoreCase(status))
            .findFirst()
            .orElse(null);
    model.addAttribute("status", filter);
    model.addAttribute("statuses", MemberStatus.values());
    model.addAttribute("members", administration.members(filter));
    model.addAttribute("pending", administration.members(MemberStatus.PENDING));
    model.addAttribute("requests", administration.openMembershipChanges());
    return "network/directory/members";
  }

  @GetMapping("/new")
  String addForm(@ModelAttribute("form") AddMemberForm form, Model model) {
    model.addAttribute("types", MembershipType.values());
    return "network/directory/member-new";
  }

  @PostMapping("/new")
  String add(
      @ModelAttribute("form") AddMemberForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    try {
      MemberRecord added = administration.add(form.toCommand());
      redirect.addFlashAttribute("done", "network.members.added");
      return "redirect:/app/network/members/" + added.member().organisationId();
    } catch (InvalidMemberProfile invalid) {
      FormErrors.bind(invalid, errors, field -> field);
    } catch (MemberChangeRefused refused) {
      errors.reject(refused.messageKey());
    }
    model.addAttribute("types", MembershipType.values());
    return "network/directory/member-new";
  }

  @GetMapping("/{id}")
  String member(@PathVariable UUID id, Model model, HttpServletRequest request) {
    model.addAttribute(
        "secretariat",
        request.isUserInRole("SECRETARIAT") || request.isUserInRole("NETWORK_ADMIN"));
    model.addAttribute("record", administration.profile(id));
    model.addAttribute("history", administration.history(id));
    model.addAttribute("request", administration.openMembershipChange(id).orElse(null));
    return "network/directory/member";
  }

  @PostMapping("/{id}/approve")
  String approve(@PathVariable UUID id, RedirectAttributes redirect) {
    return act(id, () -> administration.approve(id), "network.members.approved", redirect);
  }

  @PostMapping("/{id}/end")
  String end(@PathVariable UUID id, RedirectAttributes redirect) {
    return act(id, () -> administration.end(id), "network.members.ended", redirect);
  }

  @PostMapping("/{id}/confirm")
  String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
    return act(
        id, () -> administration.confirmContactDetails(id), "network.profile.confirmed", redirect);
  }

  @PostMapping("/requests/{requestId}/approve")
  String approveRequest(@PathVariable UUID requestId, RedirectAttributes redirect) {
    return decide(requestId, true, "network.members.request.approved", redirect);
  }

  @PostMapping("/requests/{requestId}/reject")
  String rejectRequest(@PathVariable UUID requestId, RedirectAttributes redirect) {
    return decide(requestId, false, "network.members.request.rejected", redirect);
  }

  private String decide(
      UUID requestId, boolean approved, String doneKey, RedirectAttributes redirect) {
    try {
      administration.decideMembershipChange(requestId, approved);
      redirect.addFlashAttribute("done", doneKey);
    } catch (MemberChangeRefused refused) {
      redirect.addFlashAttribute("refused", refused.messageKey());
    }
    return "redirect:/app/network/members";
  }

  private String act(UUID id, Runnable action, String doneKey, RedirectAttributes redirect) {
    try {
      action.run();
      redirect.addFlashAttribute("done", doneKey);
    } catch (MemberChangeRefused refused) {
      redirect.addFlashAttribute("refused", refused.messageKey());
    }
    return "redirect:/app/network/members/" + id;
  }
}
