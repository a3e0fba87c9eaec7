package eu.pharos.referral.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Posts one signed message to a webhook. Redirects are not followed (a 3xx is a failure), the
 * answer's body is never read, and no exception leaves: every outcome is a {@link Result}.
 *
 * <p>Before each attempt the webhook's host is resolved and every address it has is checked ({@link
 * WebhookAddresses}): a name that leads to a private or internal address, now or after a change of
 * its DNS answer since registration, fails the attempt without any connection being made. The JDK's
 * {@link HttpClient} (Java 17) has no hook to connect to an address chosen by its caller while
 * keeping the host name for TLS (SNI, certificate check) and the {@code Host} header, so the
 * checked answer is not handed to it: it looks the name up again when it opens a connection. That
 * second lookup is normally answered from the JVM's own cache, which the check has just filled
 * ({@code networkaddress.cache.ttl}, 30 seconds unless configured otherwise), whatever TTL the name
 * server gave; a different answer can slip in only if that cache entry expires between the check
 * and the connection, or if the cache is turned off. Operators who need that closed too route
 * webhooks through an egress proxy or firewall that refuses internal networks.
 */
@Component
class WebhookSender {

  static final String USER_AGENT = "Pharos-Webhooks/1";

  private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

  private final HttpClient client;
  private final WebhookSettings settings;
  private final WebhookAddresses addresses;

  @Autowired
  WebhookSender(WebhookSettings settings) {
    this(settings, HostResolver.SYSTEM);
  }

  WebhookSender(WebhookSettings settings, HostResolver resolver) {
    this.settings = settings;
    this.addresses = settings.addresses(resolver);
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * @param statusCode the answer's HTTP status; null when none came
   * @param error why it failed; null for a 2xx answer
   */
  record Result(Integer statusCode, String error) {

    boolean delivered() {
      return error == null;
    }
  }

  Result post(String url, String secret, String eventId, String body, Instant now) {
    long timestamp = now.getEpochSecond();
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Result(null, "invalid address");
    }
    if (uri.getHost() == null) {
      return new Result(null, "invalid address");
    }
    try {
      addresses.resolve(uri.getHost());
    } catch (WebhookAddresses.Refused e) {
      log.warn(
          "Webhook delivery to {} not attempted: {} ({})", e.host(), e.getMessage(), e.detail());
      return new Result(null, e.getMessage());
    }
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(uri)
              .timeout(settings.readTimeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", USER_AGENT)
              .header("webhook-id", eventId)
              .header("webhook-timestamp", Long.toString(timestamp))
              .header("webhook-signature", WebhookSignature.sign(secret, eventId, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
    } catch (IllegalArgumentException e) {
      return new Result(null, "invalid address");
    }
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return new Result(status, null);
      }
      return new Result(status, "answered HTTP " + status);
    } catch (HttpConnectTimeoutException e) {
      return new Result(
          null, "no connection within " + settings.connectTimeout().toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      return new Result(null, "no answer within " + settings.readTimeout().toMillis() + " ms");
    } catch (ConnectException e) {
      return new Result(null, "connection refused or unreachable");
    } catch (IOException e) {
      return new Result(null, "network error: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(null, "interrupted");
    }
  }
}
