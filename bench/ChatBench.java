import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * The chat benchmark's load generator, run by bench/chat (see bench/README.md) with Tomcat's
 * embedded jars and the PostgreSQL driver on the class path:
 *
 * <pre>
 * java -cp ... bench/ChatBench.java measure      # Pharos against a bare WebSocket relay
 * java -cp ... bench/ChatBench.java idle         # idle conversations held open on one node
 * java -cp ... bench/ChatBench.java durability   # two nodes, one killed mid-run
 * </pre>
 *
 * Settings come from the environment: BENCH_NODES (base URLs, space-separated), BENCH_JDBC_URL,
 * BENCH_DB_USER, BENCH_CONVERSATIONS, BENCH_ADVISORS, BENCH_INTERVAL_MS (each side's time between
 * two messages), BENCH_DURATION and BENCH_WARMUP (seconds), BENCH_ROUNDS, BENCH_ADVISOR_PASSWORD,
 * BENCH_KILL_PID (durability: the node to kill), BENCH_KILL_AFTER (seconds).
 *
 * <p>Both sides speak the protocol of docs/chat-protocol.md over java.net.http.WebSocket. The
 * baseline is a relay with the same frames in this process (Tomcat's WebSocket, no storage, no
 * security): a message is acknowledged to its sender and sent to everyone in its conversation.
 * Latency is from a client's {@code send} to the other side's {@code message}.
 */
public class ChatBench {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "measure" : args[0];
    switch (mode) {
      case "measure" -> measure();
      case "baseline" -> baseline();
      case "idle" -> idle();
      case "durability" -> durability();
      case "echo" -> {
        EchoServer echo = EchoServer.start(Integer.parseInt(env("BENCH_ECHO_PORT", "0")));
        System.out.println("echo relay on " + echo.baseUrl());
        Thread.currentThread().join();
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
    System.exit(0);
  }

  // --- modes ---------------------------------------------------------------------------------

  static void measure() throws Exception {
    int conversations = Integer.parseInt(env("BENCH_CONVERSATIONS", "20"));
    int advisors = Integer.parseInt(env("BENCH_ADVISORS", "2"));
    long intervalMs = Long.parseLong(env("BENCH_INTERVAL_MS", "1000"));
    int duration = Integer.parseInt(env("BENCH_DURATION", "10"));
    int warmup = Integer.parseInt(env("BENCH_WARMUP", "5"));
    int rounds = Integer.parseInt(env("BENCH_ROUNDS", "2"));
    String node = nodes().get(0);

    EchoServer echo = EchoServer.start(0);
    EchoServer.StoredRelay.INSTANCE.start();
    Traffic echoTraffic = Traffic.open(new EchoTarget(echo.baseUrl()), conversations, advisors);
    Traffic storedTraffic =
        Traffic.open(new EchoTarget(echo.baseUrl(), EchoServer.STORED), conversations, advisors);
    Traffic pharosTraffic =
        Traffic.open(new PharosTarget(List.of(node)), conversations, advisors);
    log("%d conversations, %d advisor connections, a message every %d ms from each side",
        conversations, advisors, intervalMs);

    echoTraffic.run(intervalMs, warmup);
    storedTraffic.run(intervalMs, warmup);
    pharosTraffic.run(intervalMs, warmup);
    Stats echoStats = new Stats();
    Stats storedStats = new Stats();
    Stats pharosStats = new Stats();
    Stages stages = new Stages();
    Cpu echoCpu = new Cpu(0, 0, 0);
    Cpu storedCpu = new Cpu(0, 0, 0);
    Cpu pharosCpu = new Cpu(0, 0, 0);
    for (int round = 1; round <= rounds; round++) {
      Cpu start = Cpu.now();
      echoStats.add(echoTraffic.run(intervalMs, duration));
      Cpu echoed = Cpu.now();
      storedStats.add(storedTraffic.run(intervalMs, duration));
      Cpu storedEnd = Cpu.now();
      Map<String, Double> before = Stages.scrape(node);
      Cpu pharosStart = Cpu.now();
      pharosStats.add(pharosTraffic.run(intervalMs, duration));
      pharosCpu = pharosCpu.plus(Cpu.now().minus(pharosStart));
      stages.add(before, Stages.scrape(node));
      echoCpu = echoCpu.plus(echoed.minus(start));
      storedCpu = storedCpu.plus(storedEnd.minus(echoed));
    }
    echoTraffic.close();
    storedTraffic.close();
    pharosTraffic.close();
    echo.stop();

    System.out.printf(
        "%n%-8s %8s %8s %8s %10s %8s %8s%n",
        "target", "sent", "p50 ms", "p99 ms", "msg/s", "missing", "errors");
    pharosStats.print("pharos");
    echoStats.print("echo");
    storedStats.print("stored");
    System.out.printf(
        "ratio pharos/echo: p50 %.2f, p99 %.2f, throughput %.2f%n",
        pharosStats.percentile(50) / echoStats.percentile(50),
        pharosStats.percentile(99) / echoStats.percentile(99),
        pharosStats.throughput() / echoStats.throughput());
    System.out.printf(
        "ratio pharos/stored: p50 %.2f, p99 %.2f, throughput %.2f%n",
        pharosStats.percentile(50) / storedStats.percentile(50),
        pharosStats.percentile(99) / storedStats.percentile(99),
        pharosStats.throughput() / storedStats.throughput());
    System.out.printf("%nCPU per message delivered, ms (each side's rounds, read from /proc)%n");
    System.out.println("pharos   " + pharosCpu.perMessage(pharosStats.latencies.size()));
    System.out.println("echo     " + echoCpu.perMessage(echoStats.latencies.size()));
    System.out.println("stored   " + storedCpu.perMessage(storedStats.latencies.size()));
    stages.print();
  }

  /** The bare relay alone: checks the load generator without Pharos. */
  static void baseline() throws Exception {
    int conversations = Integer.parseInt(env("BENCH_CONVERSATIONS", "20"));
    int advisors = Integer.parseInt(env("BENCH_ADVISORS", "2"));
    long intervalMs = Long.parseLong(env("BENCH_INTERVAL_MS", "1000"));
    int duration = Integer.parseInt(env("BENCH_DURATION", "10"));
    EchoServer echo = EchoServer.start(0);
    Traffic traffic = Traffic.open(new EchoTarget(echo.baseUrl()), conversations, advisors);
    Stats stats = traffic.run(intervalMs, duration);
    traffic.close();
    echo.stop();
    System.out.printf(
        "%n%-8s %8s %8s %8s %10s %8s %8s%n",
        "target", "sent", "p50 ms", "p99 ms", "msg/s", "missing", "errors");
    stats.print("echo");
  }

  static void idle() throws Exception {
    int conversations = Integer.parseInt(env("BENCH_CONVERSATIONS", "100"));
    PharosTarget target = new PharosTarget(List.of(nodes().get(0)));
    List<Peer> peers = java.util.Collections.synchronizedList(new ArrayList<>());
    // Idle, as a browser is: a ping every minute keeps the socket within the server's idle timeout.
    ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
    pinger.scheduleAtFixedRate(
        () -> {
          synchronized (peers) {
            peers.forEach(peer -> peer.send("{\"type\":\"ping\"}"));
          }
        },
        60,
        60,
        TimeUnit.SECONDS);
    long start = System.nanoTime();
    for (int i = 0; i < conversations; i++) {
      VisitorSession session = target.startVisitor(0);
      Peer peer = Peer.connect(target.visitorSocket(0, session), f -> {});
      peer.send(hello(session.conversationId(), 0));
      peers.add(peer);
      if ((i + 1) % 1000 == 0) {
        log("%d conversations open", i + 1);
      }
    }
    log(
        "%d idle conversations open in %d s; each has its visitor's WebSocket connected",
        conversations, (System.nanoTime() - start) / 1_000_000_000L);
    // The script reads the node's heap now, then signals through stdin that it is done.
    System.out.println("READY");
    System.out.flush();
    System.in.read();
    pinger.shutdownNow();
    int open = 0;
    for (Peer peer : peers) {
      if (peer.open()) {
        open++;
      }
      peer.close();
    }
    System.out.println("connections still open at the end: " + open + " of " + conversations);
  }

  static void durability() throws Exception {
    int conversations = Integer.parseInt(env("BENCH_CONVERSATIONS", "20"));
    long intervalMs = Long.parseLong(env("BENCH_INTERVAL_MS", "500"));
    int duration = Integer.parseInt(env("BENCH_DURATION", "20"));
    long killAfter = Long.parseLong(env("BENCH_KILL_AFTER", String.valueOf(duration / 2)));
    long killPid = Long.parseLong(env("BENCH_KILL_PID", "0"));
    List<String> nodes = nodes();
    PharosTarget target = new PharosTarget(nodes);
    Traffic traffic = Traffic.open(target, conversations, 1);
    traffic.clearAfterRound = false;
    ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    if (killPid > 0) {
      killer.schedule(
          () -> {
            log("killing node %d (SIGKILL)", killPid);
            ProcessHandle.of(killPid).ifPresent(ProcessHandle::destroyForcibly);
          },
          killAfter,
          TimeUnit.SECONDS);
    }
    Stats stats = traffic.run(intervalMs, duration);
    killer.shutdown();
    // Let resends and resumes settle: every unacknowledged message is sent again on reconnect.
    traffic.drain(Duration.ofSeconds(30));
    Set<String> acked = traffic.acknowledged();
    long stored;
    Set<String> storedIds;
    try (Connection db =
        DriverManager.getConnection(env("BENCH_JDBC_URL", ""), env("BENCH_DB_USER", "postgres"), "")) {
      storedIds = target.storedClientIds(db, traffic.conversationIds());
      stored = storedIds.size();
    }
    Set<String> lost = new java.util.HashSet<>(acked);
    lost.removeAll(storedIds);
    stats.print("pharos");
    Set<String> notShown = new java.util.HashSet<>(acked);
    notShown.removeAll(traffic.delivered);
    System.out.printf(
        "acknowledged messages the other side had not got by the end (live or on resume): %d%n",
        notShown.size());
    System.out.printf(
        "acknowledged %d, stored %d (of those acknowledged: %d missing), unacknowledged at the end"
            + " %d, reconnects %d, duplicates shown %d%n",
        acked.size(), stored, lost.size(), traffic.unacknowledged(), traffic.reconnects(),
        traffic.duplicatesShown());
    traffic.close();
    if (!lost.isEmpty()) {
      System.out.println("LOST: " + lost.stream().limit(20).collect(Collectors.joining(", ")));
      System.exit(2);
    }
  }

  // --- traffic -------------------------------------------------------------------------------

  /** A way to reach conversations: Pharos over HTTP and WebSocket, or the bare relay. */
  interface Target {
    List<String> nodes();

    /** Starts a conversation and makes an advisor's connection able to answer it. */
    VisitorSession startVisitor(int node) throws Exception;

    WebSocket.Builder visitorSocket(int node, VisitorSession session);

    StaffSession signInAdvisor(int index, int node) throws Exception;

    WebSocket.Builder staffSocket(int node, StaffSession staff);

    void assign(StaffSession staff, UUID conversationId) throws Exception;
  }

  record VisitorSession(UUID conversationId, String cookie) {}

  record StaffSession(String email, String cookie) {}

  /**
   * One conversation's two ends: the victim's own socket, and a share of an advisor's socket (an
   * advisor's connection carries all of their conversations).
   */
  static final class Conversation {
    final UUID id;
    final VisitorSession visitor;
    final int node;
    volatile Peer visitorPeer;
    final AtomicLong visitorSeq = new AtomicLong();
    final AtomicLong staffSeq = new AtomicLong();
    StaffConnection staff;

    Conversation(UUID id, VisitorSession visitor, int node) {
      this.id = id;
      this.visitor = visitor;
      this.node = node;
    }
  }

  static final class StaffConnection {
    final StaffSession session;
    final int node;
    volatile Peer peer;
    final List<Conversation> conversations = new ArrayList<>();

    StaffConnection(StaffSession session, int node) {
      this.session = session;
      this.node = node;
    }
  }

  /** What one sent message waits for: its ack, and its delivery to the other side. */
  static final class Pending {
    final long sentNanos;
    final String frame;
    final Conversation conversation;
    final boolean fromVisitor;
    volatile long lastTryNanos;

    Pending(long sentNanos, String frame, Conversation conversation, boolean fromVisitor) {
      this.sentNanos = sentNanos;
      this.frame = frame;
      this.conversation = conversation;
      this.fromVisitor = fromVisitor;
      this.lastTryNanos = sentNanos;
    }

    long sentNanos() {
      return sentNanos;
    }

    String frame() {
      return frame;
    }

    Conversation conversation() {
      return conversation;
    }

    boolean fromVisitor() {
      return fromVisitor;
    }
  }

  static final class Traffic {
    final Target target;
    final List<Conversation> conversations = new ArrayList<>();
    final List<StaffConnection> staff = new ArrayList<>();
    final Map<String, Pending> unacked = new ConcurrentHashMap<>();
    final Map<String, Long> undelivered = new ConcurrentHashMap<>();
    final Set<String> acked = ConcurrentHashMap.newKeySet();
    final Set<String> delivered = ConcurrentHashMap.newKeySet();
    final AtomicInteger reconnects = new AtomicInteger();
    final AtomicInteger duplicatesShown = new AtomicInteger();
    volatile Stats current = new Stats();
    /** Off where a round's undelivered messages must still count when they arrive later. */
    boolean clearAfterRound = true;

    Traffic(Target target) {
      this.target = target;
    }

    /** Starts the conversations, spread over the nodes, and connects both sides. */
    static Traffic open(Target target, int conversations, int advisors) throws Exception {
      Traffic traffic = new Traffic(target);
      int nodes = target.nodes().size();
      for (int a = 0; a < advisors; a++) {
        // Advisors on the last node, so that with two nodes every message crosses the relay.
        traffic.staff.add(new StaffConnection(target.signInAdvisor(a, nodes - 1), nodes - 1));
      }
      for (int i = 0; i < conversations; i++) {
        VisitorSession visitor = target.startVisitor(0);
        Conversation conversation = new Conversation(visitor.conversationId(), visitor, 0);
        StaffConnection owner = traffic.staff.get(i % advisors);
        target.assign(owner.session, conversation.id);
        conversation.staff = owner;
        owner.conversations.add(conversation);
        traffic.conversations.add(conversation);
      }
      for (Conversation conversation : traffic.conversations) {
        traffic.connectVisitor(conversation, conversation.node);
      }
      for (StaffConnection connection : traffic.staff) {
        traffic.connectStaff(connection, connection.node);
      }
      return traffic;
    }

    void connectVisitor(Conversation c, int node) throws Exception {
      Peer peer =
          Peer.connect(
              target.visitorSocket(node, c.visitor), frame -> onFrame(frame, c, true));
      c.visitorPeer = peer;
      peer.send(hello(c.id, c.visitorSeq.get()));
      resendUnacknowledged(c, true);
    }

    /** After a reconnect, the protocol has clients send again what was not acknowledged. */
    void resendUnacknowledged(Conversation c, boolean fromVisitor) {
      for (Pending pending : unacked.values()) {
        if (pending.conversation() == c && pending.fromVisitor() == fromVisitor) {
          Peer peer = fromVisitor ? c.visitorPeer : c.staff.peer;
          peer.send(pending.frame());
        }
      }
    }

    void connectStaff(StaffConnection s, int node) throws Exception {
      Map<UUID, Conversation> byId = new HashMap<>();
      s.conversations.forEach(c -> byId.put(c.id, c));
      Peer peer =
          Peer.connect(
              target.staffSocket(node, s.session),
              frame -> {
                String id = field(frame, "conversation");
                Conversation c = id == null ? null : byId.get(UUID.fromString(id));
                if (c != null) {
                  onFrame(frame, c, false);
                }
              });
      s.peer = peer;
      for (Conversation c : s.conversations) {
        peer.send(hello(c.id, c.staffSeq.get()));
        resendUnacknowledged(c, false);
      }
    }

    void onFrame(String frame, Conversation c, boolean atVisitor) {
      String type = field(frame, "type");
      if ("ack".equals(type)) {
        String clientId = field(frame, "clientId");
        Pending pending = unacked.remove(clientId);
        if (pending != null) {
          acked.add(clientId);
          current.acks.add((System.nanoTime() - pending.sentNanos()) / 1e6);
        }
      } else if ("message".equals(type)) {
        long seq = Long.parseLong(field(frame, "seq"));
        AtomicLong have = atVisitor ? c.visitorSeq : c.staffSeq;
        if (seq <= have.get()) {
          duplicatesShown.incrementAndGet();
          return;
        }
        have.accumulateAndGet(seq, Math::max);
        String clientId = field(frame, "clientId");
        String sender = field(frame, "sender");
        boolean fromOtherSide =
            atVisitor ? "ADVISOR".equals(sender) : "VISITOR".equals(sender);
        if (clientId != null && fromOtherSide) {
          Long sent = undelivered.remove(clientId);
          if (sent != null) {
            delivered.add(clientId);
            current.latencies.add((System.nanoTime() - sent) / 1e6);
          }
        }
      } else if ("error".equals(type)) {
        current.errors.incrementAndGet();
        current.errorCodes.merge(String.valueOf(field(frame, "code")), 1, Integer::sum);
      }
    }

    /** Each side of each conversation sends a message every interval (with jitter) for a while. */
    Stats run(long intervalMs, int seconds) throws Exception {
      Stats stats = new Stats();
      current = stats;
      ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
      AtomicBoolean running = new AtomicBoolean(true);
      long start = System.nanoTime();
      for (Conversation c : conversations) {
        for (boolean fromVisitor : new boolean[] {true, false}) {
          long first = ThreadLocalRandom.current().nextLong(intervalMs);
          clock.scheduleAtFixedRate(
              () -> {
                if (running.get()) {
                  sendOne(c, fromVisitor, stats);
                }
              },
              first,
              intervalMs,
              TimeUnit.MILLISECONDS);
        }
      }
      // Resends what waited 5 s for an ack, as the protocol asks of clients, and reconnects a
      // client whose connection closed (to the last node) with the number it has.
      clock.scheduleAtFixedRate(this::resendLate, 1, 1, TimeUnit.SECONDS);
      clock.scheduleAtFixedRate(this::reconnectClosed, 1, 1, TimeUnit.SECONDS);
      Thread.sleep(seconds * 1000L);
      running.set(false);
      clock.shutdownNow();
      stats.elapsedNanos = System.nanoTime() - start;
      // Deliveries still under way count for this round.
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!undelivered.isEmpty() && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      stats.lost = undelivered.size();
      if (clearAfterRound) {
        undelivered.clear();
      }
      return stats;
    }

    void sendOne(Conversation c, boolean fromVisitor, Stats stats) {
      String clientId = (fromVisitor ? "v" : "a") + UUID.randomUUID().toString().substring(0, 18);
      String frame =
          "{\"type\":\"send\",\"conversation\":\"" + c.id + "\",\"clientId\":\"" + clientId
              + "\",\"body\":\"message " + clientId + "\"}";
      long now = System.nanoTime();
      unacked.put(clientId, new Pending(now, frame, c, fromVisitor));
      undelivered.put(clientId, now);
      stats.sent.incrementAndGet();
      Peer peer = fromVisitor ? c.visitorPeer : c.staff.peer;
      peer.send(frame);
    }

    void resendLate() {
      long late = System.nanoTime() - TimeUnit.SECONDS.toNanos(5);
      for (Map.Entry<String, Pending> entry : unacked.entrySet()) {
        Pending pending = entry.getValue();
        if (pending.lastTryNanos < late) {
          pending.lastTryNanos = System.nanoTime();
          Peer peer = pending.fromVisitor() ? pending.conversation().visitorPeer
              : pending.conversation().staff.peer;
          if (peer.open()) {
            peer.send(pending.frame());
          }
        }
      }
    }

    /**
     * Reconnects every closed connection to a live node with {@code after}, sends again whatever
     * is unacknowledged, and waits until every message is acknowledged or the time is up.
     */
    void drain(Duration within) throws Exception {
      long until = System.nanoTime() + within.toNanos();
      while (System.nanoTime() < until) {
        reconnectClosed();
        resendLate();
        if (unacked.isEmpty()) {
          return;
        }
        Thread.sleep(1000);
      }
    }

    synchronized void reconnectClosed() {
      int last = target.nodes().size() - 1;
      for (Conversation c : conversations) {
        if (!c.visitorPeer.open()) {
          try {
            connectVisitor(c, last);
            reconnects.incrementAndGet();
          } catch (Exception e) {
            // The node may still be starting to refuse; try again on the next pass.
          }
        }
      }
      for (StaffConnection s : staff) {
        if (!s.peer.open()) {
          try {
            connectStaff(s, last);
            reconnects.incrementAndGet();
          } catch (Exception e) {
            // as above
          }
        }
      }
    }

    Set<String> acknowledged() {
      return acked;
    }

    int unacknowledged() {
      return unacked.size();
    }

    int reconnects() {
      return reconnects.get();
    }

    int duplicatesShown() {
      return duplicatesShown.get();
    }

    List<UUID> conversationIds() {
      return conversations.stream().map(c -> c.id).toList();
    }

    void close() {
      conversations.forEach(c -> c.visitorPeer.close());
      staff.forEach(s -> s.peer.close());
    }
  }

  static String hello(UUID conversation, long after) {
    return "{\"type\":\"hello\",\"conversation\":\"" + conversation + "\",\"after\":" + after + "}";
  }

  // --- one WebSocket -------------------------------------------------------------------------

  /** A client connection: whole text frames to a handler, sends queued one after another. */
  static final class Peer implements WebSocket.Listener {
    private final Consumer<String> handler;
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile boolean open = true;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    private Peer(Consumer<String> handler) {
      this.handler = handler;
    }

    static Peer connect(WebSocket.Builder builder, Consumer<String> handler) throws Exception {
      Peer peer = new Peer(handler);
      URI uri = BUILDER_URIS.remove(builder);
      peer.socket = builder.buildAsync(uri, peer).get(30, TimeUnit.SECONDS);
      return peer;
    }

    boolean open() {
      return open && !socket.isInputClosed() && !socket.isOutputClosed();
    }

    synchronized void send(String text) {
      if (!open) {
        return;
      }
      sending =
          sending
              .handle((v, e) -> null)
              .thenCompose(v -> socket.sendText(text, true))
              .exceptionally(
                  e -> {
                    open = false;
                    return null;
                  });
    }

    void close() {
      open = false;
      try {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        socket.abort();
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String frame = partial.toString();
        partial.setLength(0);
        handler.accept(frame);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      open = false;
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      open = false;
    }
  }

  /** The address each builder is for: java.net.http takes it only when building. */
  static final Map<WebSocket.Builder, URI> BUILDER_URIS =
      Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  static WebSocket.Builder socket(String baseUrl, String path, String cookie) {
    WebSocket.Builder builder =
        HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).header("Origin", baseUrl);
    if (cookie != null) {
      builder.header("Cookie", cookie);
    }
    BUILDER_URIS.put(builder, URI.create(baseUrl.replaceFirst("^http", "ws") + path));
    return builder;
  }

  // --- the bare relay ------------------------------------------------------------------------

  static final class EchoTarget implements Target {
    private final String baseUrl;
    private final String prefix;

    EchoTarget(String baseUrl) {
      this(baseUrl, "");
    }

    /** The relay under {@code prefix}: {@link EchoServer#STORED} for the one that stores. */
    EchoTarget(String baseUrl, String prefix) {
      this.baseUrl = baseUrl;
      this.prefix = prefix;
    }

    public List<String> nodes() {
      return List.of(baseUrl);
    }

    public VisitorSession startVisitor(int node) {
      return new VisitorSession(UUID.randomUUID(), null);
    }

    public WebSocket.Builder visitorSocket(int node, VisitorSession session) {
      return socket(baseUrl, prefix + "/chat/live", null);
    }

    public StaffSession signInAdvisor(int index, int node) {
      return new StaffSession("advisor" + index, null);
    }

    public WebSocket.Builder staffSocket(int node, StaffSession staff) {
      return socket(baseUrl, prefix + "/app/chat/live", null);
    }

    public void assign(StaffSession staff, UUID conversationId) {}
  }

  /**
   * A WebSocket relay with Pharos's frames and nothing else: {@code hello} joins a conversation,
   * {@code send} is numbered, acknowledged to its sender and sent to everyone in it.
   */
  public static final class EchoServer {
    static final Map<String, Set<jakarta.websocket.Session>> ROOMS = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> SEQS = new ConcurrentHashMap<>();
    private final Tomcat tomcat;

    private EchoServer(Tomcat tomcat) {
      this.tomcat = tomcat;
    }

    String baseUrl() {
      return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    void stop() throws Exception {
      tomcat.stop();
      tomcat.destroy();
    }

    static EchoServer start(int port) throws Exception {
      Tomcat tomcat = new Tomcat();
      tomcat.setBaseDir(java.nio.file.Files.createTempDirectory("chat-echo").toString());
      tomcat.setPort(port);
      tomcat.getConnector().setProperty("address", "127.0.0.1");
      Context context = tomcat.addContext("", null);
      // The upgrade happens in a filter, and Tomcat runs filters only for a mapped servlet.
      Tomcat.addServlet(context, "none", new jakarta.servlet.http.HttpServlet() {});
      context.addServletMappingDecoded("/", "none");
      context.addServletContainerInitializer(new WsSci(), null);
      context.addServletContainerInitializer(
          (classes, servletContext) -> {
            var container =
                (jakarta.websocket.server.ServerContainer)
                    servletContext.getAttribute("jakarta.websocket.server.ServerContainer");
            try {
              for (String path :
                  List.of("/chat/live", "/app/chat/live", STORED + "/chat/live",
                      STORED + "/app/chat/live")) {
                container.addEndpoint(
                    jakarta.websocket.server.ServerEndpointConfig.Builder.create(
                            Relay.class, path)
                        .build());
              }
            } catch (jakarta.websocket.DeploymentException e) {
              throw new IllegalStateException(e);
            }
          },
          null);
      tomcat.start();
      return new EchoServer(tomcat);
    }

    /** The path prefix of the relay that stores each message durably before it passes it on. */
    static final String STORED = "/stored";

    /**
     * The least a relay must do that, like Pharos, stores a message durably before acknowledging
     * and showing it: one writer thread takes every message waiting, inserts them in one batch and
     * commits once (a group commit, as Pharos does), then acknowledges and passes each on. No
     * checks, no security, no encryption, one plain table.
     */
    static final class StoredRelay {
      static final StoredRelay INSTANCE = new StoredRelay();

      record Pending(jakarta.websocket.Session session, String frame) {}

      private final java.util.concurrent.LinkedBlockingQueue<Pending> waiting =
          new java.util.concurrent.LinkedBlockingQueue<>();
      private volatile Thread writer;

      void add(Pending pending) {
        waiting.add(pending);
      }

      synchronized void start() throws java.sql.SQLException {
        if (writer != null) {
          return;
        }
        Connection db = DriverManager.getConnection(
            env("BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/pharos_chat_bench"),
            env("BENCH_DB_USER", "postgres"), "");
        try (var statement = db.createStatement()) {
          statement.execute("create table if not exists bench_stored_message (conversation"
              + " varchar(40) not null, client_id varchar(64) not null, body text not null,"
              + " stored_at timestamp with time zone not null default now())");
        }
        db.setAutoCommit(false);
        Thread thread = new Thread(() -> write(db), "stored-relay-writer");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
      }

      private void write(Connection db) {
        while (true) {
          try {
            List<Pending> group = new ArrayList<>();
            group.add(waiting.take());
            waiting.drainTo(group, 199);
            try (var insert = db.prepareStatement(
                "insert into bench_stored_message (conversation, client_id, body) values (?, ?, ?)")) {
              for (Pending p : group) {
                insert.setString(1, field(p.frame(), "conversation"));
                insert.setString(2, field(p.frame(), "clientId"));
                insert.setString(3, field(p.frame(), "body"));
                insert.addBatch();
              }
              insert.executeBatch();
            }
            db.commit();
            for (Pending p : group) {
              Relay.relay(p.session(), p.frame());
            }
          } catch (InterruptedException e) {
            return;
          } catch (java.sql.SQLException e) {
            System.err.println("the stored relay could not store a group: " + e);
          }
        }
      }
    }

    public static final class Relay extends jakarta.websocket.Endpoint {
      @Override
      public void onOpen(jakarta.websocket.Session session, jakarta.websocket.EndpointConfig config) {
        session.addMessageHandler(
            String.class,
            frame -> {
              String type = field(frame, "type");
              String conversation = field(frame, "conversation");
              if ("hello".equals(type)) {
                ROOMS.computeIfAbsent(conversation, k -> ConcurrentHashMap.newKeySet()).add(session);
              } else if ("send".equals(type)) {
                if (session.getRequestURI().getPath().startsWith(STORED)) {
                  StoredRelay.INSTANCE.add(new StoredRelay.Pending(session, frame));
                } else {
                  relay(session, frame);
                }
              } else if ("ping".equals(type)) {
                send(session, "{\"type\":\"pong\"}");
              }
            });
      }

      /** Numbers a message, acknowledges it to its sender and sends it to everyone in it. */
      static void relay(jakarta.websocket.Session session, String frame) {
        String conversation = field(frame, "conversation");
        long seq = SEQS.computeIfAbsent(conversation, k -> new AtomicLong()).incrementAndGet();
        String clientId = field(frame, "clientId");
        boolean visitor = !session.getRequestURI().getPath().contains("/app/");
        send(session, "{\"type\":\"ack\",\"conversation\":\"" + conversation
            + "\",\"clientId\":\"" + clientId + "\",\"seq\":" + seq
            + ",\"duplicate\":false}");
        String message = "{\"type\":\"message\",\"conversation\":\"" + conversation
            + "\",\"seq\":" + seq + ",\"sender\":\"" + (visitor ? "VISITOR" : "ADVISOR")
            + "\",\"body\":\"" + field(frame, "body") + "\",\"sentAt\":\""
            + java.time.Instant.now() + "\",\"clientId\":\"" + clientId + "\"}";
        for (jakarta.websocket.Session member : ROOMS.getOrDefault(conversation, Set.of())) {
          send(member, message);
        }
      }

      @Override
      public void onClose(jakarta.websocket.Session session, jakarta.websocket.CloseReason reason) {
        ROOMS.values().forEach(members -> members.remove(session));
      }

      private static void send(jakarta.websocket.Session session, String text) {
        if (!session.isOpen()) {
          return;
        }
        // One writer at a time per session, as Pharos's sessions have.
        synchronized (session) {
          try {
            session.getBasicRemote().sendText(text);
          } catch (IOException | IllegalStateException e) {
            // the other end went away
          }
        }
      }
    }
  }

  // --- Pharos --------------------------------------------------------------------------------

  /**
   * Pharos: conversations are loaded in the database as an advisor's active chats (as if started
   * and accepted, which the start page's rate limit would not allow by the thousand from one
   * address), with a visitor token whose hash is stored as Pharos stores it; the advisor signs in
   * through the real forms (password, then TOTP), once per node, and every advisor connection of
   * that node uses the session.
   */
  static final class PharosTarget implements Target {
    private final List<String> nodes;
    private final Map<Integer, StaffSession> sessions = new HashMap<>();
    private Connection db;
    private UUID organisationId;
    private UUID advisorId;

    PharosTarget(List<String> nodes) {
      this.nodes = nodes;
    }

    public List<String> nodes() {
      return nodes;
    }

    private synchronized Connection db() throws Exception {
      if (db == null) {
        db = DriverManager.getConnection(
            env("BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/pharos_chat_bench"),
            env("BENCH_DB_USER", "postgres"), "");
        try (PreparedStatement q = db.prepareStatement(
            "select u.id, u.organisation_id from identity_user u where u.email = ?")) {
          q.setString(1, ADVISOR);
          try (ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
              throw new IllegalStateException("no demo advisor " + ADVISOR);
            }
            advisorId = rs.getObject(1, UUID.class);
            organisationId = rs.getObject(2, UUID.class);
          }
        }
      }
      return db;
    }

    public VisitorSession startVisitor(int node) throws Exception {
      UUID id = UUID.randomUUID();
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      String hash = java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(token.getBytes(StandardCharsets.UTF_8)));
      Connection c = db();
      try (PreparedStatement insert = c.prepareStatement(
          "insert into chat_conversation (id, organisation_id, kind, state, language, topic,"
              + " priority, visitor_token_hash, advisor_id, queued_at, accepted_at,"
              + " last_message_at, source, version)"
              + " values (?, ?, 'LIVE', 'ACTIVE', 'pt', 'GENERAL', 0, ?, ?, now(), now(), now(),"
              + " 'find-help', 0)")) {
        insert.setObject(1, id);
        insert.setObject(2, organisationId);
        insert.setString(3, hash);
        insert.setObject(4, advisorId);
        insert.executeUpdate();
      }
      return new VisitorSession(id, "pharos-chat=" + id + "." + token);
    }

    public WebSocket.Builder visitorSocket(int node, VisitorSession session) {
      return socket(nodes.get(node), "/chat/live", session.cookie());
    }

    public synchronized StaffSession signInAdvisor(int index, int node) throws Exception {
      StaffSession known = sessions.get(node);
      if (known == null) {
        known = new StaffSession(ADVISOR, signIn(nodes.get(node)));
        sessions.put(node, known);
      }
      return known;
    }

    public WebSocket.Builder staffSocket(int node, StaffSession staff) {
      return socket(nodes.get(node), "/app/chat/live", staff.cookie());
    }

    public void assign(StaffSession staff, UUID conversationId) {
      // Loaded as the advisor's already.
    }

    Set<String> storedClientIds(Connection db, List<UUID> conversations) throws Exception {
      Set<String> ids = new java.util.HashSet<>();
      try (PreparedStatement q = db.prepareStatement(
          "select client_id from chat_message where conversation_id = any (?)"
              + " and client_id is not null")) {
        q.setArray(1, db.createArrayOf("uuid", conversations.toArray()));
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      return ids;
    }

    long storedCount(Connection db, List<UUID> conversations) throws Exception {
      try (PreparedStatement q = db.prepareStatement(
          "select count(*) from chat_message where conversation_id = any (?)"
              + " and client_id is not null")) {
        q.setArray(1, db.createArrayOf("uuid", conversations.toArray()));
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** Password, then a TOTP code of the demo secret; the session cookie. */
  static String signIn(String base) throws Exception {
    HttpClient http = HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    HttpResponse<String> afterPassword = post(http, base + "/login", Map.of(
        "email", ADVISOR,
        "password", env("BENCH_ADVISOR_PASSWORD", "pharos-demo-2026"),
        "_csrf", csrf(login)));
    String next = URI.create(base).resolve(
        afterPassword.headers().firstValue("Location").orElseThrow()).toString();
    String codePage = http.send(HttpRequest.newBuilder(URI.create(next)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    HttpResponse<String> done = post(http, next, Map.of(
        "code", totp(env("BENCH_ADVISOR_TOTP", "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA")),
        "_csrf", csrf(codePage)));
    String location = done.headers().firstValue("Location").orElse("");
    if (done.statusCode() != 302 || location.contains("/login")) {
      throw new IllegalStateException("the advisor's sign-in failed: " + done.statusCode()
          + " " + location);
    }
    return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore()
        .get(URI.create(base)).stream().map(Object::toString).collect(Collectors.joining("; "));
  }

  static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form)
      throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF field on the sign-in page");
    }
    return m.group(1);
  }

  /** RFC 6238: six digits of HMAC-SHA1 over the current 30-second step. */
  static String totp(String base32Secret) throws Exception {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char ch : base32Secret.replace("=", "").toUpperCase().toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(ch);
      bits += 5;
      if (bits >= 8) {
        key.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    long step = System.currentTimeMillis() / 1000 / 30;
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
    mac.init(new javax.crypto.spec.SecretKeySpec(key.toByteArray(), "HmacSHA1"));
    byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
    int offset = hash[hash.length - 1] & 0xf;
    int code = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
        | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
    return String.format("%06d", code % 1_000_000);
  }

  // --- figures -------------------------------------------------------------------------------

  static final class Stats {
    final ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Double> acks = new ConcurrentLinkedQueue<>();
    final AtomicLong sent = new AtomicLong();
    final AtomicInteger errors = new AtomicInteger();
    final Map<String, Integer> errorCodes = new ConcurrentHashMap<>();
    long elapsedNanos;
    long lost;

    void add(Stats other) {
      latencies.addAll(other.latencies);
      acks.addAll(other.acks);
      sent.addAndGet(other.sent.get());
      errors.addAndGet(other.errors.get());
      other.errorCodes.forEach((code, n) -> errorCodes.merge(code, n, Integer::sum));
      elapsedNanos += other.elapsedNanos;
      lost += other.lost;
    }

    double percentile(double p) {
      return percentile(latencies, p);
    }

    static double percentile(java.util.Collection<Double> values, double p) {
      double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    double throughput() {
      return latencies.size() / (elapsedNanos / 1e9);
    }


    void print(String label) {
      System.out.printf(
          "%-8s %8d %8.1f %8.1f %10.1f %8d %8d   ack p50 %.1f, p99 %.1f%n",
          label, sent.get(), percentile(50), percentile(99), throughput(), lost, errors.get(),
          percentile(acks, 50), percentile(acks, 99));
      if (!errorCodes.isEmpty()) {
        System.out.println("         errors by code: " + errorCodes);
      }
    }
  }

  /**
   * CPU seconds used so far by Pharos (BENCH_PHAROS_PID), by PostgreSQL (every process named
   * postgres) and by this program (the load generator, and the relays with the stored relay's
   * writer), read from /proc; zero where it cannot be read. With the three on the same cores, a
   * side's latency under load follows the CPU each message takes.
   */
  record Cpu(double pharos, double postgres, double client) {
    static final double TICKS = Double.parseDouble(env("BENCH_CLK_TCK", "100"));
    static final long PHAROS_PID = Long.parseLong(env("BENCH_PHAROS_PID", "0"));

    static Cpu now() {
      long self = ProcessHandle.current().pid();
      double[] seconds = new double[3];
      try (java.util.stream.Stream<java.nio.file.Path> all =
          java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
        all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
            .forEach(p -> {
              try {
                String stat = java.nio.file.Files.readString(p.resolve("stat"));
                int close = stat.lastIndexOf(')');
                // After the command: user time is field 14 and system time 15 (proc(5)).
                String[] f = stat.substring(close + 2).split(" ");
                double used = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
                long pid = Long.parseLong(p.getFileName().toString());
                int who = pid == PHAROS_PID ? 0 : pid == self ? 2
                    : stat.substring(stat.indexOf('(') + 1, close).equals("postgres") ? 1 : -1;
                if (who >= 0) {
                  seconds[who] += used;
                }
              } catch (IOException | RuntimeException ended) {
                // A process that ended meanwhile.
              }
            });
      } catch (IOException noProc) {
        return new Cpu(0, 0, 0);
      }
      return new Cpu(seconds[0], seconds[1], seconds[2]);
    }

    Cpu minus(Cpu o) {
      return new Cpu(pharos - o.pharos, postgres - o.postgres, client - o.client);
    }

    Cpu plus(Cpu o) {
      return new Cpu(pharos + o.pharos, postgres + o.postgres, client + o.client);
    }

    String perMessage(long messages) {
      double ms = 1000.0 / Math.max(1, messages);
      return String.format("Pharos %.3f + PostgreSQL %.3f + load generator %.3f = %.3f",
          pharos * ms, postgres * ms, client * ms, (pharos + postgres + client) * ms);
    }
  }

  /**
   * Pharos's own timers of a message's stages, from its {@code /actuator/prometheus} scrape before
   * and after each of its rounds: from the frame read to the answer, the wait for and write of the
   * group, and a message signal's wait for a thread and its pushing. Percentiles come from the
   * histograms' buckets, so they are as fine as the buckets (about a tenth of each value).
   */
  static final class Stages {
    static final List<String> TIMERS =
        List.of(
            "pharos_chat_message_acknowledged_seconds",
            "pharos_chat_message_stored_seconds",
            "pharos_chat_group_written_seconds",
            "pharos_chat_signal_waited_seconds",
            "pharos_chat_signal_pushed_seconds");
    static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    final Map<String, Double> totals = new HashMap<>();

    static Map<String, Double> scrape(String node) throws Exception {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(node + "/actuator/prometheus")).build(),
              HttpResponse.BodyHandlers.ofString());
      Map<String, Double> values = new HashMap<>();
      if (response.statusCode() != 200) {
        log("no metrics from %s (HTTP %d)", node, response.statusCode());
        return values;
      }
      for (String line : response.body().split("\n")) {
        int space = line.lastIndexOf(' ');
        if (line.startsWith("pharos_chat_") && space > 0) {
          values.merge(line.substring(0, space), Double.parseDouble(line.substring(space + 1)),
              Double::sum);
        }
      }
      return values;
    }

    void add(Map<String, Double> before, Map<String, Double> after) {
      after.forEach((key, value) -> totals.merge(key, value - before.getOrDefault(key, 0.0),
          Double::sum));
    }

    double total(String name) {
      return totals.entrySet().stream()
          .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
          .mapToDouble(Map.Entry::getValue).sum();
    }

    /** The value below which a share p of the stage's times fell, between bucket bounds. */
    double quantile(String timer, double p) {
      java.util.TreeMap<Double, Double> cumulative = new java.util.TreeMap<>();
      totals.forEach((key, value) -> {
        if (key.startsWith(timer + "_bucket{")) {
          Matcher m = LE.matcher(key);
          if (m.find()) {
            double le = "+Inf".equals(m.group(1)) ? Double.POSITIVE_INFINITY
                : Double.parseDouble(m.group(1));
            cumulative.merge(le, value, Double::sum);
          }
        }
      });
      double count = total(timer + "_count");
      double lower = 0;
      double below = 0;
      for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
        if (bucket.getValue() >= p * count) {
          if (bucket.getKey().isInfinite()) {
            return lower;
          }
          double inBucket = bucket.getValue() - below;
          double share = inBucket == 0 ? 1 : (p * count - below) / inBucket;
          return lower + share * (bucket.getKey() - lower);
        }
        lower = bucket.getKey();
        below = bucket.getValue();
      }
      return Double.NaN;
    }

    void print() {
      if (totals.isEmpty()) {
        return;
      }
      System.out.printf("%nPharos's stages over its rounds (its own timers)%n");
      System.out.printf("%-36s %10s %8s %8s %8s%n", "stage", "count", "mean ms", "p50 ms",
          "p99 ms");
      for (String timer : TIMERS) {
        double count = total(timer + "_count");
        if (count == 0) {
          continue;
        }
        System.out.printf("%-36s %10.0f %8.2f %8.2f %8.2f%n",
            timer.replace("pharos_chat_", "").replace("_seconds", ""), count,
            total(timer + "_sum") / count * 1000, quantile(timer, 0.50) * 1000,
            quantile(timer, 0.99) * 1000);
      }
      double groups = total("pharos_chat_group_size_messages_count");
      if (groups > 0) {
        System.out.printf("groups: %.0f, %.1f messages each on average%n", groups,
            total("pharos_chat_group_size_messages_sum") / groups);
      }
    }
  }

  // --- small things --------------------------------------------------------------------------

  static final Pattern FIELD = Pattern.compile("\"([a-zA-Z]+)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?[0-9]+|true|false|null)");

  /** A top-level string or number of a frame; Pharos's frames are flat. */
  static String field(String json, String name) {
    Matcher m = FIELD.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(3) != null ? m.group(3) : ("null".equals(m.group(2)) ? null : m.group(2));
      }
    }
    return null;
  }

  static List<String> nodes() {
    return Arrays.asList(env("BENCH_NODES", "http://127.0.0.1:8080").trim().split("\\s+"));
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static void log(String format, Object... args) {
    System.err.printf("==> " + format + "%n", args);
  }
}
