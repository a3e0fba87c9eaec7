package eu.pharos.chat.live;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.VisitorKey;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ChatVisitorCookieTest {

  @Test
  void theKeyTravelsInAStrictHttpOnlySessionCookieOfTheChatsPath() {
    VisitorKey key = new VisitorKey(UUID.randomUUID(), "tok_en-123");
    String header = VisitorCookie.write(key, true);
    assertThat(header)
        .startsWith("pharos-chat=" + key.conversationId() + ".tok_en-123")
        .contains("Path=/chat", "HttpOnly", "Secure", "SameSite=Strict")
        .doesNotContain("Max-Age", "Expires");

    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setCookies(
        new jakarta.servlet.http.Cookie("pharos-chat", key.conversationId() + ".tok_en-123"));
    assertThat(VisitorCookie.read(request)).contains(key);
    assertThat(VisitorCookie.clear(false)).contains("Max-Age=0").doesNotContain("Secure");
  }

  @Test
  void aCookieThatCannotBeReadIsNoKey() {
    assertThat(VisitorCookie.parse("no-dot")).isEmpty();
    assertThat(VisitorCookie.parse("not-a-uuid.token")).isEmpty();
    assertThat(VisitorCookie.parse(null)).isEmpty();
    assertThat(VisitorCookie.read(new MockHttpServletRequest())).isEmpty();
  }
}
