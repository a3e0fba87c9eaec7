package eu.pharos.network.directory.web;

import eu.pharos.network.CallCost;
import eu.pharos.network.CrimeType;
import eu.pharos.network.InvalidMemberProfile;
import eu.pharos.network.MemberAdministration;
import eu.pharos.network.MemberChangeRefused;
import eu.pharos.network.MemberNotFound;
import eu.pharos.network.MemberRecord;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OpeningHoursUpdate;
import eu.pharos.network.SupportService;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.DayOfWeek;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation admin keeps their own organisation's directory profile: details, opening hours
 * and holidays, offices, helplines, membership type, and the confirmation of contact details. Every
 * page works on the signed-in admin's own organisation; there is no id to change.
 */
@Controller
@RequestMapping("/app/network/profile")
@PreAuthorize("hasRole('ORG_ADMIN')")
class ProfileController {

  private static final String PROFILE = "redirect:/app/network/profile";

  private final MemberAdministration administration;

  ProfileController(MemberAdministration administration) {
    this.administration = administration;
  }

  private static UUID own() {
    return TenantContext.currentUser()
        .map(StaffUser::organisationId)
        .orElseThrow(() -> MemberNotFound.forId("me"));
  }

  @GetMapping
  String profile(Model model) {
    UUID id = own();
    model.addAttribute("record", administration.profile(id));
    model.addAttribute("history", administration.history(id));
    model.addAttribute("request", administration.openMembershipChange(id).orElse(null));
    if (!model.containsAttribute("membershipForm")) {
      model.addAttribute("membershipForm", new MembershipForm());
    }
    model.addAttribute("types", MembershipType.values());
    return "network/directory/profile";
  }

  @PostMapping("/membership")
  String requestMembership(
      @ModelAttribute("membershipForm") MembershipForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    try {
      administration.requestMembershipChange(own(), form.toCommand());
      redirect.addFlashAttribute("done", "network.profile.membership.requested");
      return PROFILE;
    } catch (InvalidMemberProfile invalid) {
      FormErrors.bind(invalid, errors, field -> field);
    } catch (MemberChangeRefused refused) {
      errors.reject(refused.messageKey());
    }
    return profile(model);
  }

  @PostMapping("/confirm")
  String confirm(RedirectAttributes redirect) {
    administration.confirmContactDetails(own());
    redirect.addFlashAttribute("done", "network.profile.confirmed");
    return PROFILE;
  }

  // Details

  @GetMapping("/details")
  String detailsForm(Model model) {
    model.addAttribute("form", DetailsForm.of(administration.profile(own()).member()));
    return details(model);
  }

  @PostMapping("/details")
  String saveDetails(
      @ModelAttribute("form") DetailsForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    try {
      administration.updateDetails(own(), form.toCommand());
      redirect.addFlashAttribute("done", "network.profile.details.saved");
      return PROFILE;
    } catch (InvalidMemberProfile invalid) {
      FormErrors.bind(invalid, errors, field -> field);
    }
    return details(model);
  }

  private String details(Model model) {
    model.addAttribute("allServices", SupportService.values());
    model.addAttribute("allCrimeTypes", CrimeType.values());
    return "network/directory/details";
  }

  // Opening hours and holidays

  @GetMapping("/hours")
  String hoursForm(Model model) {
    model.addAttribute("form", HoursForm.of(administration.profile(own()).member()));
    return hours(model);
  }

  @PostMapping("/hours")
  String saveHours(
      @ModelAttribute("form") HoursForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    HoursRows rows = HoursRows.read(form.getRows(), "rows", errors);
    var holidays = form.holidayViews(errors);
    if (!errors.hasErrors()) {
      try {
        administration.updateHours(
            own(), new OpeningHoursUpdate(form.isAlwaysOpen(), rows.periods(), holidays));
        redirect.addFlashAttribute("done", "network.profile.hours.saved");
        return PROFILE;
      } catch (InvalidMemberProfile invalid) {
        rows.bind(invalid, errors, "rows");
      }
    }
    return hours(model);
  }

  private String hours(Model model) {
    model.addAttribute("days", DayOfWeek.values());
    return "network/directory/hours";
  }

  // Offices

  @GetMapping("/offices")
  String offices(@ModelAttribute("form") OfficeForm form, Model model) {
    model.addAttribute("record", administration.profile(own()));
    return "network/directory/offices";
  }

  @PostMapping("/offices")
  String addOffice(
      @ModelAttribute("form") OfficeForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    var office = form.toCommand(errors);
    if (!errors.hasErrors()) {
      try {
        administration.addOffice(own(), office);
        redirect.addFlashAttribute("done", "network.profile.office.added");
        return "redirect:/app/network/profile/offices";
      } catch (InvalidMemberProfile invalid) {
        FormErrors.bind(invalid, errors, field -> field);
      }
    }
    model.addAttribute("record", administration.profile(own()));
    return "network/directory/offices";
  }

  @PostMapping("/offices/{officeId}/delete")
  String removeOffice(@PathVariable UUID officeId, RedirectAttributes redirect) {
    administration.removeOffice(own(), officeId);
    redirect.addFlashAttribute("done", "network.profile.office.removed");
    return "redirect:/app/network/profile/offices";
  }

  // Helplines

  @GetMapping("/helplines")
  String helplines(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", HelplineForm.blank());
    }
    return helplinePage(model);
  }

  @PostMapping("/helplines")
  String addHelpline(
      @ModelAttribute("form") HelplineForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    HoursRows rows = HoursRows.read(form.getRows(), "rows", errors);
    if (!errors.hasErrors()) {
      try {
        administration.addHelpline(own(), form.toCommand(rows));
        redirect.addFlashAttribute("done", "network.profile.helpline.added");
        return "redirect:/app/network/profile/helplines";
      } catch (InvalidMemberProfile invalid) {
        rows.bind(invalid, errors, "rows");
      }
    }
    form.withBlankRows();
    return helplinePage(model);
  }

  @PostMapping("/helplines/{helplineId}/delete")
  String removeHelpline(@PathVariable UUID helplineId, RedirectAttributes redirect) {
    administration.removeHelpline(own(), helplineId);
    redirect.addFlashAttribute("done", "network.profile.helpline.removed");
    return "redirect:/app/network/profile/helplines";
  }

  private String helplinePage(Model model) {
    MemberRecord record = administration.profile(own());
    model.addAttribute("record", record);
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute("costs", CallCost.values());
    return "network/directory/helplines";
  }
}
