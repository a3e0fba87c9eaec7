package eu.pharos.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.test.PharosTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description and the API explorer, open to anyone, under a strict policy. */
@PharosTest
class ApiDocsTest {

  @Autowired MockMvc mvc;

  @Test
  void theOpenApiDescriptionNamesTheApiAndItsBearerTokens() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("Pharos API"))
        .andExpect(jsonPath("$.info.version").value("v1"))
        .andExpect(jsonPath("$.components.securitySchemes.bearer.type").value("http"))
        .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
        .andExpect(jsonPath("$.security[0].bearer").isArray())
        .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/tokens'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/tokens/{id}'].delete").exists());
  }

  @Test
  void theExplorerLoadsWithScriptsFromThisSiteOnly() throws Exception {
    mvc.perform(get("/api/docs"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/api/swagger-ui/index.html"));
    mvc.perform(get("/api/swagger-ui/index.html"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy", not(containsString("script-src 'self' 'unsafe"))));
  }
}
