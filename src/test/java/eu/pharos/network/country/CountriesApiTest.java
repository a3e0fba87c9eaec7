package eu.pharos.network.country;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.test.PharosTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/countries}: public, no token; errors as problems. */
@PharosTest
class CountriesApiTest {

  @Autowired MockMvc mvc;

  @Test
  void listsEveryCountryWithoutAToken() throws Exception {
    mvc.perform(get("/api/v1/countries"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.length()").value(42))
        .andExpect(jsonPath("$[?(@.code == 'PT')].harmonisedLine").value(hasItem("OPERATING")))
        .andExpect(jsonPath("$[?(@.code == 'PT')].coverage").value(hasItem("MEMBERS")))
        .andExpect(jsonPath("$[?(@.code == 'IT')].genericVictimSupport").value(hasItem("no")))
        .andExpect(jsonPath("$[?(@.code == 'PL')].genericVictimSupport").value(hasItem("unknown")));
  }

  @Test
  void oneCountryWithItsFactsInstrumentsAndMemberCount() throws Exception {
    mvc.perform(get("/api/v1/countries/dk"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("DK"))
        .andExpect(jsonPath("$.name").value("Denmark"))
        .andExpect(jsonPath("$.emergencyNumber").value("112"))
        .andExpect(jsonPath("$.harmonisedLineOperator").value("Offerraadgivningen i Danmark"))
        .andExpect(jsonPath("$.boundBy[*].code").value(not(hasItem("2012/29/EU"))))
        .andExpect(jsonPath("$.boundBy[*].code").value(hasItem("2004/80/EC")))
        .andExpect(jsonPath("$.members").isNumber())
        .andExpect(jsonPath("$.checked").value("2026-11-28"));
    mvc.perform(get("/api/v1/countries/PT"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.boundBy[?(@.code == '2012/29/EU')].transpositionDeadline")
                .value(hasItem("2015-11-16")))
        .andExpect(jsonPath("$.timeZone").value("Europe/Lisbon"));
  }

  @Test
  void anUnknownCodeIsA404Problem() throws Exception {
    mvc.perform(get("/api/v1/countries/XX"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:pharos:problem:not-found"));
  }

  @Test
  void aMalformedCodeIsA400Problem() throws Exception {
    for (String code : new String[] {"PRT", "1x", "p"}) {
      mvc.perform(get("/api/v1/countries/" + code))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(400))
          .andExpect(
              jsonPath("$.errors[0].message")
                  .value(org.hamcrest.Matchers.containsString("two letters")));
    }
  }

  @Test
  void theApiIsDescribed() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/countries/{code}'].get.summary").exists())
        .andExpect(jsonPath("$.components.schemas.Country").exists());
  }

  @Test
  void otherApiPathsStillNeedASignIn() throws Exception {
    mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
  }
}
