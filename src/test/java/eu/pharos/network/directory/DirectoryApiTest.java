package eu.pharos.network.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.identity.Organisations;
import eu.pharos.network.AddMember;
import eu.pharos.network.MemberAdministration;
import eu.pharos.network.MembershipType;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PharosTest
class DirectoryApiTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Organisations organisations;
  @Autowired MemberAdministration administration;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void anonymousCallersListApprovedOrganisationsWithoutInternalFields() throws Exception {
    mvc.perform(get("/api/v1/organisations"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].shortName", hasItem("APAV")))
        .andExpect(jsonPath("$[*].shortName", not(hasItem("BOJ"))))
        .andExpect(jsonPath("$[*].shortName", not(hasItem("VSE"))))
        .andExpect(jsonPath("$[0].status").doesNotExist())
        .andExpect(jsonPath("$[0].contactVerifiedBy").doesNotExist())
        .andExpect(jsonPath("$[0].history").doesNotExist())
        .andExpect(content().string(not(containsString("verifiedBy"))));
  }

  @Test
  void filtersByCountryLanguageAndService() throws Exception {
    mvc.perform(get("/api/v1/organisations").param("country", "pt"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].shortName").value("APAV"))
        .andExpect(jsonPath("$[0].helplines[0].number").value("116 006"))
        .andExpect(jsonPath("$[0].helplines[0].cost").value("FREE"))
        .andExpect(jsonPath("$[0].offices[*].city", hasItem("Porto")));
    mvc.perform(get("/api/v1/organisations").param("country", "BE").param("language", "fr"))
        .andExpect(jsonPath("$[*].shortName", everyItem(is("V-EUROPE"))))
        .andExpect(jsonPath("$.length()").value(1));
    mvc.perform(get("/api/v1/organisations").param("service", "terrorism_victims"))
        .andExpect(jsonPath("$[*].shortName", hasItem("NATAL")))
        .andExpect(jsonPath("$[*].shortName", not(hasItem("SAW"))));
    mvc.perform(get("/api/v1/organisations").param("openNow", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].shortName", hasItem("WR-AT")))
        .andExpect(jsonPath("$[*].openNow", everyItem(is(true))));
  }

  @Test
  void unknownFilterValuesAreRefusedWithAClearProblem() throws Exception {
    mvc.perform(get("/api/v1/organisations").param("country", "ZZ"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:invalid-parameter"))
        .andExpect(jsonPath("$.parameter").value("country"))
        .andExpect(jsonPath("$.detail", containsString("ZZ")));
    mvc.perform(get("/api/v1/organisations").param("language", "klingon"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter").value("language"));
    mvc.perform(get("/api/v1/organisations").param("service", "TAROT"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("HELPLINE")));
    mvc.perform(get("/api/v1/helplines").param("country", "Portugal"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter").value("country"));
  }

  @Test
  void oneOrganisationAndUnknownOnesAre404() throws Exception {
    UUID apav = organisations.findByShortName("APAV").orElseThrow().id();
    mvc.perform(get("/api/v1/organisations/" + apav))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("APAV – Portuguese Association for Victim Support"))
        .andExpect(jsonPath("$.timeZone").value("Europe/Lisbon"))
        .andExpect(jsonPath("$.contactVerified").value(false));
    mvc.perform(get("/api/v1/organisations/" + UUID.randomUUID()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"));
    UUID pending = organisations.findByShortName("BOJ").orElseThrow().id();
    mvc.perform(get("/api/v1/organisations/" + pending)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/organisations/not-a-uuid")).andExpect(status().isBadRequest());
  }

  @Test
  void aMemberAppearsOnceApprovedAndDisappearsWhenEnded() throws Exception {
    String shortName = "API-" + UUID.randomUUID().toString().substring(0, 6);
    UUID id =
        tenancy.asUser(
            "secretariat@pharos.test",
            () ->
                administration
                    .add(
                        new AddMember(
                            "Skalbes crisis centre",
                            shortName,
                            "LV",
                            MembershipType.FULL,
                            null,
                            null,
                            "Europe/Riga"))
                    .member()
                    .organisationId());
    mvc.perform(get("/api/v1/organisations/" + id)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/organisations").param("country", "LV"))
        .andExpect(jsonPath("$[*].shortName", not(hasItem(shortName))));

    tenancy.asUser("secretariat@pharos.test", () -> run(() -> administration.approve(id)));
    mvc.perform(get("/api/v1/organisations/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.country").value("LV"));
    mvc.perform(get("/api/v1/organisations").param("country", "LV"))
        .andExpect(jsonPath("$[*].shortName", hasItem(shortName)));

    tenancy.asUser("secretariat@pharos.test", () -> run(() -> administration.end(id)));
    mvc.perform(get("/api/v1/organisations/" + id)).andExpect(status().isNotFound());
  }

  @Test
  void helplinesListThe116006Lines() throws Exception {
    mvc.perform(get("/api/v1/helplines").param("country", "FR"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].number").value("116 006"))
        .andExpect(jsonPath("$[0].harmonised").value(true))
        .andExpect(jsonPath("$[0].telLink").value("tel:116006"))
        .andExpect(jsonPath("$[0].timeZone").value("Europe/Paris"));
    mvc.perform(get("/api/v1/helplines"))
        .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(10)))
        .andExpect(jsonPath("$[*].country", not(hasItem("SE"))));
  }

  private static Void run(Runnable work) {
    work.run();
    return null;
  }
}
