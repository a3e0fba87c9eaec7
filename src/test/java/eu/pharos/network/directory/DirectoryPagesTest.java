package eu.pharos.network.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.identity.Organisations;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberAdministration;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MemberView;
import eu.pharos.network.MembershipType;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PharosTest
class DirectoryPagesTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Organisations organisations;
  @Autowired Directory directory;
  @Autowired MemberAdministration administration;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  UUID id(String shortName) {
    return organisations.findByShortName(shortName).orElseThrow().id();
  }

  MockHttpServletRequestBuilder form(String path, String user) {
    return post(path).with(tenancy.as(user)).with(csrf());
  }

  @Test
  void theSecretariatSeesTheApprovalQueueAndAddsAndApprovesAMember() throws Exception {
    mvc.perform(get("/app/network/members").with(tenancy.as(SECRETARIAT)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Brottsofferjouren Sverige")))
        .andExpect(content().string(containsString("Approve BOJ")));
    mvc.perform(get("/app/network/members?status=PENDING").with(tenancy.as(SECRETARIAT)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("France Victimes"))));

    String shortName = "PAGE-" + UUID.randomUUID().toString().substring(0, 6);
    mvc.perform(
            form("/app/network/members/new", SECRETARIAT)
                .param("name", "Skalbes crisis centre")
                .param("shortName", shortName)
                .param("countryCode", "lv")
                .param("membershipType", "ASSOCIATE")
                .param("website", "https://www.skalbes.lv")
                .param("email", "info@skalbes.lv")
                .param("timeZone", "Europe/Riga"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/app/network/members/*"));
    UUID added = id(shortName);
    assertThat(directory.member(added)).isEmpty();

    mvc.perform(form("/app/network/members/" + added + "/approve", SECRETARIAT))
        .andExpect(redirectedUrl("/app/network/members/" + added));
    assertThat(directory.member(added))
        .get()
        .extracting(MemberView::membershipType)
        .isEqualTo(MembershipType.ASSOCIATE);
    mvc.perform(form("/app/network/members/" + added + "/approve", SECRETARIAT))
        .andExpect(redirectedUrl("/app/network/members/" + added));
    mvc.perform(get("/app/network/members/" + added).with(tenancy.as(SECRETARIAT)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Membership approved")))
        .andExpect(content().string(containsString("Member added")))
        .andExpect(content().string(containsString("secretariat@pharos.test")));
  }

  @Test
  void badNewMembersGetAMessageForEachFieldAndNothingIsStored() throws Exception {
    int before = organisations.all().size();
    mvc.perform(
            form("/app/network/members/new", SECRETARIAT)
                .param("name", "")
                .param("shortName", "APAV")
                .param("countryCode", "ZZ")
                .param("membershipType", "FULL")
                .param("website", "apav dot pt")
                .param("email", "not-an-address")
                .param("timeZone", "Mars/Olympus"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter this information")))
        .andExpect(content().string(containsString("(“ZZ” is not one)")))
        .andExpect(content().string(containsString("Enter a web address starting with https://")))
        .andExpect(content().string(containsString("Enter an e-mail address")))
        .andExpect(content().string(containsString("(“Mars/Olympus” is not one)")));
    mvc.perform(
            form("/app/network/members/new", SECRETARIAT)
                .param("name", "Another APAV")
                .param("shortName", "apav")
                .param("countryCode", "PT")
                .param("membershipType", "FULL")
                .param("timeZone", "Europe/Lisbon"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("already exists")));
    // A real ISO code that Pharos's reference data does not cover would have no country pages.
    mvc.perform(
            form("/app/network/members/new", SECRETARIAT)
                .param("name", "Victim Support USA")
                .param("shortName", "VS-US")
                .param("countryCode", "US")
                .param("membershipType", "PARTNER")
                .param("timeZone", "America/New_York"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("(“US” is not one)")));
    assertThat(organisations.all()).hasSize(before);
  }

  @Test
  void anOrganisationAdminKeepsOnlyTheirOwnProfile() throws Exception {
    UUID apav = id("APAV");
    UUID wrde = id("WR-DE");
    mvc.perform(get("/app/network/profile").with(tenancy.as(APAV_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("APAV Lisboa")))
        .andExpect(content().string(containsString("To verify before production")));
    mvc.perform(get("/app/network/profile/hours").with(tenancy.as(APAV_ADMIN)))
        .andExpect(status().isOk());
    mvc.perform(get("/app/network/members").with(tenancy.as(APAV_ADMIN)))
        .andExpect(status().isForbidden());
    mvc.perform(form("/app/network/members/" + wrde + "/approve", APAV_ADMIN))
        .andExpect(status().isForbidden());
    tenancy.assertOnlyOwnOrganisationSees("/app/network/members/" + apav, APAV_ADMIN);
    mvc.perform(get("/app/network/members/" + wrde).with(tenancy.as(APAV_ADMIN)))
        .andExpect(status().isNotFound());
    mvc.perform(form("/app/network/members/" + wrde + "/confirm", APAV_ADMIN))
        .andExpect(status().isNotFound());
    mvc.perform(get("/app/network/profile").with(tenancy.as("advisor.apav@pharos.test")))
        .andExpect(status().isForbidden());
    assertThat(directory.member(wrde).orElseThrow().contactVerified()).isFalse();
  }

  @Test
  void badOpeningHoursGetAMessageBesideTheRowAndNothingChanges() throws Exception {
    UUID apav = id("APAV");
    MemberView before = directory.member(apav).orElseThrow();

    mvc.perform(
            form("/app/network/profile/hours", APAV_ADMIN)
                .param("rows[0].day", "MONDAY")
                .param("rows[0].opens", "09:00")
                .param("rows[0].closes", "17:00")
                .param("rows[1].day", "TUESDAY")
                .param("rows[1].opens", "18:00")
                .param("rows[1].closes", "08:00"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("The closing time must be after the opening time")))
        .andExpect(content().string(containsString("id=\"rows-1-error\"")));
    mvc.perform(
            form("/app/network/profile/hours", APAV_ADMIN)
                .param("rows[0].day", "MONDAY")
                .param("rows[0].opens", "09:00")
                .param("rows[0].closes", "17:00")
                .param("rows[1].day", "")
                .param("rows[2].day", "MONDAY")
                .param("rows[2].opens", "12:00")
                .param("rows[2].closes", "19:00"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This period overlaps another period")))
        .andExpect(content().string(containsString("id=\"rows-2-error\"")));
    mvc.perform(
            form("/app/network/profile/hours", APAV_ADMIN)
                .param("rows[0].day", "MONDAY")
                .param("rows[0].opens", "25:00")
                .param("rows[0].closes", "17:00")
                .param("holidays[0].date", "25/12/2026")
                .param("holidays[0].name", "Natal"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a time such as 09:00")))
        .andExpect(content().string(containsString("Enter the holiday’s date as YYYY-MM-DD")));
    assertThat(directory.member(apav).orElseThrow().hours()).isEqualTo(before.hours());
    assertThat(directory.member(apav).orElseThrow().holidays()).isEqualTo(before.holidays());
  }

  @Test
  void anOrganisationAdminSavesOpeningHoursAndTheHistoryShowsBeforeAndAfter() throws Exception {
    UUID apav = id("APAV");
    MemberView before = directory.member(apav).orElseThrow();
    try {
      mvc.perform(
              form("/app/network/profile/hours", APAV_ADMIN)
                  .param("rows[0].day", "SATURDAY")
                  .param("rows[0].opens", "10:00")
                  .param("rows[0].closes", "24:00")
                  .param("rows[1].day", "SUNDAY")
                  .param("rows[1].opens", "0:00")
                  .param("rows[1].closes", "2:00")
                  .param("holidays[0].date", "2026-12-25")
                  .param("holidays[0].name", "Natal"))
          .andExpect(redirectedUrl("/app/network/profile"));
      MemberView after = directory.member(apav).orElseThrow();
      assertThat(after.hours().periods()).hasSize(2);
      assertThat(after.holidays()).extracting(h -> h.name()).containsExactly("Natal");
      mvc.perform(get("/app/network/profile").with(tenancy.as(APAV_ADMIN)))
          .andExpect(content().string(containsString("Opening hours changed")))
          .andExpect(content().string(containsString("SAT 10:00-24:00")));
    } finally {
      tenancy.asUser(
          APAV_ADMIN,
          () -> {
            administration.updateHours(
                apav,
                new eu.pharos.network.OpeningHoursUpdate(
                    false, before.hours().periods(), before.holidays()));
            return null;
          });
    }
  }

  @Test
  void badDetailsGetTheirMessagesAndNothingChanges() throws Exception {
    UUID apav = id("APAV");
    MemberView before = directory.member(apav).orElseThrow();
    mvc.perform(
            form("/app/network/profile/details", APAV_ADMIN)
                .param("website", "ftp://apav.pt")
                .param("email", "apav.pt")
                .param("timeZone", "Lisbon")
                .param("languages", "pt, portuguese")
                .param("services", "HELPLINE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("(“portuguese” is not one)")))
        .andExpect(content().string(containsString("(“Lisbon” is not one)")))
        .andExpect(content().string(containsString("Enter a web address")));
    assertThat(directory.member(apav).orElseThrow().services()).isEqualTo(before.services());
    assertThat(directory.member(apav).orElseThrow().website()).isEqualTo(before.website());
  }

  @Test
  void aMembershipChangeWaitsForTheSecretariat() throws Exception {
    UUID apav = id("APAV");
    mvc.perform(
            form("/app/network/profile/membership", APAV_ADMIN)
                .param("requestedType", "ASSOCIATE")
                .param("reason", "Restructuring"))
        .andExpect(redirectedUrl("/app/network/profile"));
    assertThat(directory.member(apav).orElseThrow().membershipType())
        .isEqualTo(MembershipType.FULL);
    mvc.perform(
            form("/app/network/profile/membership", APAV_ADMIN).param("requestedType", "PARTNER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("already waiting")));

    var request =
        tenancy.asUser(SECRETARIAT, () -> administration.openMembershipChanges()).stream()
            .filter(r -> r.organisationId().equals(apav))
            .findFirst()
            .orElseThrow();
    mvc.perform(get("/app/network/members").with(tenancy.as(SECRETARIAT)))
        .andExpect(content().string(containsString("Restructuring")));
    mvc.perform(form("/app/network/members/requests/" + request.id() + "/approve", SECRETARIAT))
        .andExpect(redirectedUrl("/app/network/members"));
    assertThat(directory.member(apav).orElseThrow().membershipType())
        .isEqualTo(MembershipType.ASSOCIATE);

    mvc.perform(form("/app/network/profile/membership", APAV_ADMIN).param("requestedType", "FULL"))
        .andExpect(redirectedUrl("/app/network/profile"));
    var back =
        tenancy.asUser(SECRETARIAT, () -> administration.openMembershipChanges()).stream()
            .filter(r -> r.organisationId().equals(apav))
            .findFirst()
            .orElseThrow();
    mvc.perform(form("/app/network/members/requests/" + back.id() + "/approve", SECRETARIAT));
    assertThat(directory.member(apav).orElseThrow().membershipType())
        .isEqualTo(MembershipType.FULL);
    assertThat(tenancy.asUser(APAV_ADMIN, () -> administration.history(apav)))
        .extracting(c -> c.action())
        .contains("membership.requested", "membership.approved");
    assertThat(directory.member(apav).orElseThrow().status()).isEqualTo(MemberStatus.APPROVED);
  }
}
