package eu.pharos.referral.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.shared.InvalidInput;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which addresses a webhook may reach: literal internal addresses refused at registration, host
 * names checked at each delivery against what they resolve to then (a name server of the test's own
 * stands in for DNS), and the ranges an operator allows. Deliveries go to a real HTTP server on
 * 127.0.0.1.
 */
class WebhookAddressesTest {

  static final String LOCAL = "referral.webhooks.error.url.local";
  static final String INTERNAL = "referral.webhooks.error.url.internal";
  static final String SECRET = WebhookSignature.newSecret();

  final WebhookTarget target = WebhookTarget.start();

  @AfterEach
  void tearDown() {
    target.close();
  }

  @ParameterizedTest(name = "{0} is refused with {1}")
  @CsvSource({
    "https://10.0.0.1/hook, " + INTERNAL,
    "https://10.255.255.254/hook, " + INTERNAL,
    "https://172.16.0.1/hook, " + INTERNAL,
    "https://172.31.255.254/hook, " + INTERNAL,
    "https://192.168.1.10/hook, " + INTERNAL,
    "https://100.64.0.1/hook, " + INTERNAL,
    "https://100.127.255.254/hook, " + INTERNAL,
    "https://0.1.2.3/hook, " + INTERNAL,
    "https://224.0.0.1/hook, " + INTERNAL,
    "https://239.255.255.250/hook, " + INTERNAL,
    "https://240.0.0.1/hook, " + INTERNAL,
    "https://255.255.255.255/hook, " + INTERNAL,
    "https://198.18.0.1/hook, " + INTERNAL,
    "https://192.0.2.1/hook, " + INTERNAL,
    "https://[fc00::1]/hook, " + INTERNAL,
    "https://[fd12:3456:789a::1]/hook, " + INTERNAL,
    "https://[fec0::1]/hook, " + INTERNAL,
    "https://[ff02::1]/hook, " + INTERNAL,
    "https://[2001:db8::1]/hook, " + INTERNAL,
    "https://[::ffff:10.0.0.1]/hook, " + INTERNAL,
    "https://[::ffff:192.168.0.1]/hook, " + INTERNAL,
    "https://[::10.0.0.1]/hook, " + INTERNAL,
    "https://[64:ff9b::a9fe:a9fe]/hook, " + INTERNAL,
    "https://[2002:c0a8:0101::1]/hook, " + INTERNAL,
    "https://127.0.0.2/hook, " + LOCAL,
    "https://0.0.0.0/hook, " + LOCAL,
    "https://169.254.169.254/latest/meta-data, " + LOCAL,
    "https://[fe80::1]/hook, " + LOCAL,
    "https://[::]/hook, " + LOCAL,
    "https://[::1]/hook, " + LOCAL,
    "https://[::ffff:127.0.0.1]/hook, " + LOCAL,
    "https://[::ffff:169.254.169.254]/hook, " + LOCAL,
    "https://[::127.0.0.1]/hook, " + LOCAL,
    "https://localhost./hook, " + LOCAL,
    "https://api.localhost/hook, " + LOCAL,
  })
  void literalInternalAddressesAreRefusedAtRegistration(String url, String messageKey) {
    assertThatThrownBy(() -> WebhookUrls.check(url, strict(HostResolver.SYSTEM)))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e -> {
              InvalidInput.Problem problem = ((InvalidInput) e).problems().get(0);
              assertThat(problem.field()).isEqualTo("url");
              assertThat(problem.messageKey()).isEqualTo(messageKey);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://93.184.216.34/hook",
        "https://100.128.0.1/hook",
        "https://172.32.0.1/hook",
        "https://11.0.0.1/hook",
        "https://[2606:4700:4700::1111]/hook",
        "https://cases.member.test/hook"
      })
  void publicAddressesAndNamesAreAcceptedAtRegistration(String url) {
    assertThat(WebhookUrls.check(url, strict(HostResolver.SYSTEM))).hasToString(url);
  }

  @Test
  void aBrokenLiteralAddressIsMalformed() {
    for (String url : List.of("https://999.1.1.1/hook", "https://[fc00::zz]/hook")) {
      assertThatThrownBy(() -> WebhookUrls.check(url, strict(HostResolver.SYSTEM)))
          .isInstanceOf(InvalidInput.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInput) e).problems().get(0).messageKey())
                      .isEqualTo("referral.webhooks.error.url.malformed"));
    }
  }

  @Test
  void anAllowedRangeIsAcceptedAtRegistrationAndNothingBesideIt() {
    WebhookAddresses vpn =
        new WebhookAddresses(
            false,
            List.of(AddressRange.parse("10.8.0.0/16"), AddressRange.parse("fd12:3456::/32")),
            HostResolver.SYSTEM);

    assertThat(WebhookUrls.check("https://10.8.1.2/hook", vpn))
        .hasToString("https://10.8.1.2/hook");
    assertThat(WebhookUrls.check("https://[fd12:3456:1::5]/hook", vpn))
        .hasToString("https://[fd12:3456:1::5]/hook");
    assertThatThrownBy(() -> WebhookUrls.check("https://10.9.0.1/hook", vpn))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> WebhookUrls.check("http://10.8.1.2/hook", vpn))
        .as("still https only")
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).problems().get(0).messageKey())
                    .isEqualTo("referral.webhooks.error.url.https"));
  }

  @Test
  void aRangeThatIsNoRangeStopsTheStart() {
    for (String bad : List.of("10.0.0.0/33", "cases.example.org/24", "10.0.0/8", "fc00::/129")) {
      assertThatThrownBy(() -> settings(false, List.of(bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("pharos.referral.webhooks.allowed-internal-ranges")
          .hasMessageContaining(bad);
    }
    assertThat(settings(false, List.of(" 10.8.0.0/16 ", "")).allowedInternalRanges())
        .containsExactly("10.8.0.0/16");
  }

  @Test
  void aNameWithAnyPrivateAddressIsNotCalled() {
    WebhookSender sender =
        new WebhookSender(
            settings(false, List.of()),
            host -> addresses("93.184.216.34", "10.0.0.7", "2606:4700:4700::1111"));

    WebhookSender.Result result = post(sender, "https://cases.member.test/hook");

    assertThat(result.delivered()).isFalse();
    assertThat(result.statusCode()).isNull();
    assertThat(result.error()).isEqualTo(WebhookAddresses.REFUSED);
  }

  @Test
  void aNameIsCheckedAgainAtEachDeliverySoThatARebindingToCloudMetadataIsCaught() throws Exception {
    // Public when the webhook was registered and at the first delivery, then the name server
    // answers with the cloud metadata address, then with an IPv4-mapped private address.
    Deque<InetAddress[]> answers =
        new ArrayDeque<>(
            List.of(
                addresses("93.184.216.34"),
                addresses("169.254.169.254"),
                new InetAddress[] {mapped(10, 0, 0, 1)}));
    WebhookAddresses checked = strict(host -> answers.removeFirst());

    assertThat(checked.resolve("cases.member.test")).hasSize(1);
    assertThatThrownBy(() -> checked.resolve("cases.member.test"))
        .isInstanceOf(WebhookAddresses.Refused.class)
        .hasMessage(WebhookAddresses.REFUSED);
    assertThatThrownBy(() -> checked.resolve("cases.member.test"))
        .isInstanceOf(WebhookAddresses.Refused.class)
        .hasMessage(WebhookAddresses.REFUSED);
  }

  @Test
  void anUnknownNameFailsTheAttemptWithoutAConnection() {
    WebhookSender sender =
        new WebhookSender(
            settings(false, List.of()),
            host -> {
              throw new UnknownHostException(host);
            });

    assertThat(post(sender, "https://gone.member.test/hook").error())
        .isEqualTo(WebhookAddresses.NOT_FOUND);
  }

  @Test
  void theLocalMachineIsRefusedAtDeliveryUnlessTheDevelopmentSwitchIsOn() {
    WebhookSender strict = new WebhookSender(settings(false, List.of()));
    String byName = target.url("/local").replace("127.0.0.1", "localhost");

    assertThat(post(strict, byName).error()).isEqualTo(WebhookAddresses.REFUSED);
    assertThat(post(strict, target.url("/local")).error())
        .as("a literal registered before the check existed")
        .isEqualTo(WebhookAddresses.REFUSED);
    assertThat(target.received()).isEmpty();

    WebhookSender development = new WebhookSender(settings(true, List.of()));
    WebhookSender.Result result = post(development, target.url("/local"));
    assertThat(result.delivered()).as(String.valueOf(result.error())).isTrue();
    assertThat(target.received()).hasSize(1);
  }

  @Test
  void anAllowedRangeLetsADeliveryThrough() {
    WebhookSender allowed = new WebhookSender(settings(false, List.of("127.0.0.0/8")));

    WebhookSender.Result result = post(allowed, target.url("/vpn"));

    assertThat(result.delivered()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.statusCode()).isEqualTo(200);
    assertThat(target.received()).hasSize(1);
    assertThat(post(new WebhookSender(settings(false, List.of("10.0.0.0/8"))), target.url("/vpn")))
        .as("another range does not")
        .extracting(WebhookSender.Result::error)
        .isEqualTo(WebhookAddresses.REFUSED);
    assertThat(target.received()).hasSize(1);
  }

  @Test
  void internalRangesTheJdkDoesNotKnowAreFound() throws Exception {
    assertThat(InternalAddresses.isInternal(InetAddress.getByName("100.64.0.1"))).isTrue();
    assertThat(InternalAddresses.isInternal(InetAddress.getByName("fd00::1"))).isTrue();
    assertThat(InternalAddresses.isInternal(mapped(127, 0, 0, 1))).isTrue();
    assertThat(InternalAddresses.isLoopback(mapped(127, 0, 0, 1))).isTrue();
    assertThat(InternalAddresses.isInternal(mapped(8, 8, 8, 8))).isFalse();
    assertThat(InternalAddresses.isInternal(InetAddress.getByName("8.8.8.8"))).isFalse();
    assertThat(InternalAddresses.isInternal(InetAddress.getByName("2a00:1450:4001::1"))).isFalse();
  }

  private WebhookSender.Result post(WebhookSender sender, String url) {
    return sender.post(url, SECRET, "4f0b9a3e-2c1d-3e5f-9a7b-1c2d3e4f5a6b", "{}", Instant.now());
  }

  private static WebhookAddresses strict(HostResolver resolver) {
    return new WebhookAddresses(false, List.of(), resolver);
  }

  private static WebhookSettings settings(boolean allowInsecureLocalhost, List<String> ranges) {
    return new WebhookSettings(
        allowInsecureLocalhost,
        ranges,
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        List.of(Duration.ofMinutes(1)),
        3,
        10);
  }

  private static InetAddress[] addresses(String... literals) {
    return java.util.Arrays.stream(literals).map(AddressRange::literal).toArray(InetAddress[]::new);
  }

  /** An IPv4-mapped IPv6 address kept as IPv6, as a resolver of its own may give it. */
  private static InetAddress mapped(int a, int b, int c, int d) throws UnknownHostException {
    return java.net.Inet6Address.getByAddress(
        null,
        new byte[] {
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          (byte) 0xff,
          (byte) 0xff,
          (byte) a,
          (byte) b,
          (byte) c,
          (byte) d
        },
        -1);
  }
}
