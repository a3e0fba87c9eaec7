package eu.pharos.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.pharos.test.PharosTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Without a provider under spring.security.oauth2.client.registration, Pharos is password-only. */
@PharosTest
class SignInWithoutProvidersTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void theSignInPageOffersOnlyThePassword() throws Exception {
    MvcResult login = mvc.perform(get("/login")).andReturn();

    assertThat(login.getResponse().getStatus()).isEqualTo(200);
    assertThat(login.getResponse().getContentAsString())
        .contains("name=\"password\"")
        .doesNotContain("/oauth2/authorization/", "Sign in with");
  }

  @Test
  void theExternalSignInAddressesDoNotExist() throws Exception {
    assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
    assertThat(status("/oauth2/authorization/testidp")).isEqualTo(404);
    assertThat(status("/login/oauth2/code/testidp?code=any&state=any")).isEqualTo(404);
  }

  @Test
  void aStaleRefusalInTheAddressStillShowsAPlainMessage() throws Exception {
    MvcResult login = mvc.perform(get("/login").param("external", "unknown")).andReturn();

    assertThat(login.getResponse().getStatus()).isEqualTo(200);
    assertThat(login.getResponse().getContentAsString())
        .contains("There is no Pharos account for the e-mail address");
  }

  private int status(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse().getStatus();
  }
}
