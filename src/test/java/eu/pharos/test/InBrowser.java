package eu.pharos.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * Journeys in real Chromium against the whole application on a random port, with the demo network
 * and the test database. Test methods take a {@link Browser}; one browser serves all the tests of a
 * class. Runs in {@code verify} (Maven Failsafe), not with the unit tests.
 *
 * <p>The quick exit leads to a neutral page of the test server itself, so that no test ever leaves
 * this machine. All journeys sign in from the same address, many within a minute, so the limit of
 * sign-in form posts per address is raised for them (its own tests keep the default).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserExtension.class)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "pharos.quick-exit.url=" + NeutralSite.PATH,
      "pharos.security.login.attempts-per-minute=120"
    })
@Import(NeutralSite.class)
public @interface InBrowser {}
