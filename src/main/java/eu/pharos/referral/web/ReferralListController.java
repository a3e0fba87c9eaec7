package eu.pharos.referral.web;

import eu.pharos.referral.ReferralList;
import eu.pharos.referral.ReferralQuery;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.Referrals;
import eu.pharos.shared.web.FormValues;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation's referrals: received (inbox) and sent (outbox), newest first, by status. The
 * lists name organisations, services and statuses only, never the person referred.
 */
@Controller("referralListController")
@RequestMapping("/app/referrals")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR', 'ORG_ADMIN')")
class ReferralListController {

  static final int PAGE_SIZE = 25;
  static final String INBOX = "inbox";
  static final String OUTBOX = "outbox";

  private final Referrals referrals;
  private final ReferralChoices choices;

  ReferralListController(Referrals referrals, ReferralChoices choices) {
    this.referrals = referrals;
    this.choices = choices;
  }

  /**
   * Referrals carry victims' data, so only case workers read them; an organisation admin who is not
   * one manages the desk instead.
   */
  @GetMapping
  String list(
      Authentication caller,
      @RequestParam(required = false) String box,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") String page,
      Model model) {
    if (!caseWorker(caller)) {
      return "redirect:/app/referrals/desk";
    }
    String shown = OUTBOX.equals(box) ? OUTBOX : INBOX;
    ReferralStatus statusFilter = FormValues.choice(ReferralStatus.class, status);
    int pageNumber = FormValues.page(page);
    ReferralList found =
        referrals.list(
            new ReferralQuery(
                OUTBOX.equals(shown) ? ReferralSide.SENDER : ReferralSide.RECEIVER,
                statusFilter == null ? Set.of() : Set.of(statusFilter),
                pageNumber,
                PAGE_SIZE));
    long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("found", found);
    model.addAttribute("box", shown);
    model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
    model.addAttribute("statuses", ReferralStatus.values());
    model.addAttribute("pages", pages);
    model.addAttribute("zone", choices.zone());
    return "referral/list";
  }

  private static boolean caseWorker(Authentication caller) {
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(role -> role.equals("ROLE_ADVISOR") || role.equals("ROLE_SUPERVISOR"));
  }
}
