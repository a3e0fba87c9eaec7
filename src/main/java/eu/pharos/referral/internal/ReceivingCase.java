package eu.pharos.referral.internal;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case an accepted referral opens in the receiving organisation (the caller's): led by one of
 * its active advisors or supervisors, holding exactly the package's items, with a note naming the
 * referral's reference and nothing else.
 */
@Component
class ReceivingCase {

  private static final Set<Role> ADVISORS = Set.of(Role.ADVISOR, Role.SUPERVISOR);

  private final Cases cases;
  private final Users users;
  private final MessageSource messages;
  private final Notices notices;

  ReceivingCase(Cases cases, Users users, MessageSource messages, Notices notices) {
    this.cases = cases;
    this.users = users;
    this.messages = messages;
    this.notices = notices;
  }

  /** Opens the case; returns its id. */
  UUID open(Referral r, ReferralPackage pkg, UUID advisorId) {
    CaseView opened =
        cases.open(new NewCase(null, victimOf(pkg), crimeOf(pkg), advisorId, Set.of()));
    cases.addNote(
        opened.id(),
        messages.getMessage(
            "referral.case-note.accepted",
            new Object[] {r.reference()},
            notices.recordLocale(r.receiverOrganisationId())));
    return opened.id();
  }

  void checkAdvisor(UUID advisorId) {
    if (advisorId == null) {
      throw InvalidInput.of("advisorId", "referral.error.advisor-missing");
    }
    UserView advisor = users.find(advisorId).orElse(null);
    if (advisor == null
        || !advisor.organisationId().equals(TenantContext.current())
        || advisor.status() != UserStatus.ACTIVE
        || advisor.roles().stream().noneMatch(ADVISORS::contains)) {
      throw InvalidInput.of("advisorId", "referral.error.advisor-not-eligible");
    }
  }

  static VictimDetails victimOf(ReferralPackage pkg) {
    return new VictimDetails(
        pkg.fullName(),
        pkg.phone(),
        pkg.email(),
        pkg.address(),
        pkg.dateOfBirth(),
        pkg.preferredLanguage(),
        pkg.residenceCountry());
  }

  static CrimeDetails crimeOf(ReferralPackage pkg) {
    return new CrimeDetails(
        pkg.crimeType(),
        pkg.crimeDate(),
        pkg.crimePlace(),
        pkg.crimeCountry(),
        pkg.residenceCountry(),
        pkg.crimeSummary());
  }
}
