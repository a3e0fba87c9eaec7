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
import org.springframework.stereotype.Component;

/**
 * Posts one signed message to a webhook. Redirects are not followed (a 3xx is a failure), the
 * answer's body is never read, and no exception leaves: every outcome is a {@link Result}.
 */
@Component
class WebhookSender {

  static final String USER_AGENT = "Pharos-Webhooks/1";

  private final HttpClient client;
  private final WebhookSettings settings;

  WebhookSender(WebhookSettings settings) {
    this.settings = settings;
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
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
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
