package eu.pharos.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web security rules, by URL convention rather than per page: {@code /app/**} is the staff area
 * and needs a full sign-in (password and, for roles that see victims' data, a second factor);
 * {@code /api/v1/**} needs a sign-in or an API token, except {@code /api/v1/public/**}; everything
 * else is the public site. Finer rules sit on the facades with {@code @PreAuthorize}.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The API explorer's own stylesheet injects inline styles; scripts stay strict there too. */
  static final String CSP_API_DOCS =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Sign-ins and their failures are observed (metrics, traces); each authorisation decision and
   * each filter of the chain are not: they run for every request and every chat message, the HTTP
   * server's own observation already times each request, and each decision's observation cost more
   * than the decision.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.withDefaults()
        .shouldObserveRequests(false)
        .shouldObserveAuthorizations(false)
        .build();
  }

  /** Where the sign-in lives between requests; also used by the second-factor steps. */
  @Bean
  SecurityContextRepository securityContextRepository() {
    return new DelegatingSecurityContextRepository(
        new HttpSessionSecurityContextRepository(),
        new RequestAttributeSecurityContextRepository());
  }

  @Bean
  SecurityFilterChain web(
      HttpSecurity http,
      JsonMapper json,
      SecurityContextRepository contexts,
      SignInHandlers signIn,
      SessionExpiry sessionExpiry,
      ApiTokenAuthenticator apiTokens,
      MessageSource messages,
      ObjectProvider<OidcSignIn> oidcSignIn)
      throws Exception {
    // The chat's live endpoints are called by scripts too: they get problems, not redirects.
    RequestMatcher api =
        new OrRequestMatcher(path("/api/**"), path("/chat/live/**"), path("/app/chat/live/**"));
    RequestMatcher apiDocs =
        new OrRequestMatcher(
            path("/api/docs/**"), path("/api/swagger-ui/**"), path("/swagger-ui/**"));
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/app/**")
                    .hasAuthority(PharosUser.SIGNED_IN)
                    .requestMatchers("/api/v1/public/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/countries", "/api/v1/countries/*")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET, "/api/v1/organisations", "/api/v1/organisations/*")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/helplines")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/certificates/*")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/centres/*/practices",
                        "/api/v1/centres/*/practices/*",
                        "/api/v1/centres/*/guidelines",
                        "/api/v1/centres/*/guidelines/*",
                        "/api/v1/knowledge/search")
                    .permitAll()
                    .requestMatchers("/api/v1/**")
                    .hasAuthority(PharosUser.SIGNED_IN)
                    .requestMatchers(
                        "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .denyAll()
                    .anyRequest()
                    .permitAll())
        .securityContext(context -> context.securityContextRepository(contexts))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .successHandler(signIn)
                    .failureHandler(signIn)
                    .withObjectPostProcessor(signInHandlersStoreTheContext())
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .logoutSuccessUrl("/?signedOut")
                    .deleteCookies(sessionExpiry.cookieName()))
        .addFilterBefore(
            new ApiTokenAuthenticationFilter(apiTokens, json, messages),
            AnonymousAuthenticationFilter.class)
        // The anonymous Find help search is a POST only so that the search stays out of addresses
        // and histories; it changes nothing and needs no session, so it carries no CSRF token.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    ApiTokenAuthenticationFilter.BEARER_API_REQUEST,
                    PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/find-help")))
        .sessionManagement(
            session ->
                session
                    .sessionFixation(fixation -> fixation.changeSessionId())
                    .invalidSessionStrategy(sessionExpiry))
        .exceptionHandling(
            ex ->
                ex.defaultAccessDeniedHandlerFor(problemAccessDenied(json), api)
                    .defaultAccessDeniedHandlerFor(sessionExpiry, AnyRequestMatcher.INSTANCE)
                    .defaultAuthenticationEntryPointFor(problemEntryPoint(json), api)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
        .headers(
            headers ->
                headers
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(apiDocs),
                            new StaticHeadersWriter("Content-Security-Policy", CSP)))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            apiDocs,
                            new StaticHeadersWriter("Content-Security-Policy", CSP_API_DOCS)))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .permissionsPolicyHeader(
                        policy -> policy.policy("camera=(), microphone=(), geolocation=()")));
    // Present only when an OpenID Connect provider is configured (ExternalLoginConfiguration).
    oidcSignIn.ifAvailable(external -> external.applyTo(http));
    return http.build();
  }

  /**
   * The password filter would save the full sign-in to the session before any handler runs; it
   * saves nothing instead, and {@link SignInHandlers} stores either the full sign-in or the pending
   * second factor.
   */
  private static ObjectPostProcessor<UsernamePasswordAuthenticationFilter>
      signInHandlersStoreTheContext() {
    return new ObjectPostProcessor<>() {
      @Override
      public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
        filter.setSecurityContextRepository(new NullSecurityContextRepository());
        return filter;
      }
    };
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** A refused API request (a missing CSRF token, a missing role) gets a 403 problem document. */
  private static AccessDeniedHandler problemAccessDenied(JsonMapper json) {
    return (request, response, exception) -> {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.FORBIDDEN,
              "This request is not allowed. Requests signed in with a session cookie need a"
                  + " CSRF token; API clients send an API token instead.");
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    };
  }

  /** API clients get a 401 problem document instead of a redirect to the sign-in page. */
  private static AuthenticationEntryPoint problemEntryPoint(JsonMapper json) {
    return (request, response, exception) -> {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNAUTHORIZED,
              "Sign in or send a valid API token (Authorization: Bearer).");
      problem.setTitle("Authentication required");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    };
  }
}
