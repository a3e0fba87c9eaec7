package eu.pharos.referral.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.identity.Organisations;
import eu.pharos.referral.ReferralQuery;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralSummary;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The demo network's referrals between APAV and Weisser Ring, as APAV's advisor finds them. */
@PharosTest
class DemoReferralsTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Referrals referrals;
  @Autowired Cases cases;
  @Autowired Organisations organisations;

  @Test
  void apavHasOneReferralOutOneAwaitingItsAnswerAndOneAccepted() {
    TenancyCheck tenancy = new TenancyCheck(mvc, userDetails);
    UUID wrDe = organisations.findByShortName("WR-DE").orElseThrow().id();
    String alex = DemoReferrals.ALEX;

    List<ReferralSummary> outbox =
        tenancy.asUser(alex, () -> referrals.list(ReferralQuery.outbox())).items();
    assertThat(outbox)
        .anySatisfy(
            s -> {
              assertThat(s.otherOrganisationId()).isEqualTo(wrDe);
              assertThat(s.status()).isEqualTo(ReferralStatus.SENT);
            });

    List<ReferralSummary> inbox =
        tenancy.asUser(alex, () -> referrals.list(ReferralQuery.inbox())).items();
    assertThat(inbox)
        .filteredOn(s -> s.otherOrganisationId().equals(wrDe))
        .extracting(ReferralSummary::status)
        .contains(ReferralStatus.SENT, ReferralStatus.ACCEPTED);

    ReferralSummary accepted =
        inbox.stream().filter(s -> s.status() == ReferralStatus.ACCEPTED).findFirst().orElseThrow();
    ReferralView view = tenancy.asUser(alex, () -> referrals.get(accepted.id()));
    CaseView opened = tenancy.asUser(alex, () -> cases.get(view.caseId()));
    assertThat(opened.victim().displayName()).isEqualTo("Tomás Ferreira");
  }
}
