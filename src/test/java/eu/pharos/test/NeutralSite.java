package eu.pharos.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** Stands in for the neutral site the quick exit leads to, served by the test server itself. */
@TestConfiguration(proxyBeanMethods = false)
public class NeutralSite {

  public static final String PATH = "/neutral-site-for-tests";

  static final String PAGE =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Weather</title></head>"
          + "<body><h1>Weather</h1></body></html>";

  @Bean
  RouterFunction<ServerResponse> neutralSite() {
    return RouterFunctions.route()
        .GET(PATH, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body(PAGE))
        .build();
  }
}
