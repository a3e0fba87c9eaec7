package eu.pharos.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs in through the real forms, from a client address of its own, so that one test's attempts
 * never count against another test's rate limit.
 */
final class SignInFlow {

  final MockMvc mvc;
  final String clientAddress;
  final MockHttpSession session = new MockHttpSession();

  SignInFlow(MockMvc mvc) {
    this.mvc = mvc;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    this.clientAddress =
        "10."
            + random.nextInt(1, 255)
            + "."
            + random.nextInt(1, 255)
            + "."
            + random.nextInt(1, 255);
  }

  RequestPostProcessor fromClient() {
    return request -> {
      request.setRemoteAddr(clientAddress);
      return request;
    };
  }

  ResultActions password(String email, String password) throws Exception {
    return mvc.perform(
        post("/login")
            .session(session)
            .with(csrf())
            .with(fromClient())
            .param("email", email)
            .param("password", password));
  }

  ResultActions code(String code) throws Exception {
    return mvc.perform(
        post("/login/second-factor")
            .session(session)
            .with(csrf())
            .with(fromClient())
            .param("code", code));
  }

  Authentication authentication() {
    SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
    return context == null ? null : context.getAuthentication();
  }

  static String codeFor(String secret, long step) throws Exception {
    return new DefaultCodeGenerator().generate(secret, step);
  }

  static long currentStep() {
    return Math.floorDiv(Instant.now().getEpochSecond(), 30);
  }
}
