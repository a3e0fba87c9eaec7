package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.PostedMessage;
import eu.pharos.chat.live.ChatSignal;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.Latencies;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the plain messages of live chats in groups: every message that arrived while a group was
 * being written goes into a next group's one transaction (its row locks taken in one statement, its
 * messages inserted in one batch, its counters moved in another, one durable commit), and each
 * sender is answered once that commit is done. Under load this is what keeps the database from
 * doing one commit, and four round trips, per message; alone, a message is a group of one and waits
 * for nothing.
 *
 * <p>Two writers (by default; {@code pharos.chat.message-writers}) each take a group, so that one
 * group is built and sent while the other waits for its commit's flush. Groups that share a
 * conversation take its row lock one after the other, which keeps its numbers in order; a signal
 * that then reaches a node before the one of the number before makes that node read the
 * conversation's new messages instead.
 *
 * <p>Each message is checked as the single path checks it (the conversation in the sender's
 * organisation, the victim's key, a resend, the state, the advisor). One that the group cannot
 * store plainly (written messaging, a closed conversation, words of concern) is handed back to the
 * caller for the single path, as is every message of a group that failed as a whole.
 */
@Component
class MessageGroups implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MessageGroups.class);

  /** At most this many messages in one transaction. */
  static final int MAX_GROUP = 200;

  /**
   * A sender waits at most this long; the client then resends, and a resend is not stored twice.
   */
  static final Duration WAIT = Duration.ofSeconds(20);

  /** A message to store, sealed by its sender's thread. */
  record Request(
      UUID id,
      UUID organisationId,
      UUID conversationId,
      ChatSender sender,
      UUID authorId,
      String visitorTokenHash,
      String clientId,
      String text,
      String sealed,
      String keyId,
      CompletableFuture<Outcome> outcome) {}

  /** What became of a message. */
  sealed interface Outcome permits Stored, Single, Refused {}

  /** Stored (or found stored before, for a resend) with this number. */
  record Stored(long seq, boolean duplicate) implements Outcome {}

  /** Not for a group: the caller stores it on the single path. */
  record Single() implements Outcome {}

  /** Refused as the single path would refuse it. */
  record Refused(RuntimeException reason) implements Outcome {}

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final PersonalDataCipher cipher;
  private final Signals signals;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final BlockingQueue<Request> waiting = new LinkedBlockingQueue<>();
  private final Timer stored;
  private final Timer written;
  private final DistributionSummary sizes;
  private final int writerCount;
  private volatile List<Thread> writers = List.of();

  MessageGroups(
      NamedParameterJdbcTemplate named,
      PersonalDataCipher cipher,
      Signals signals,
      Clock clock,
      MeterRegistry meters,
      @Value("${pharos.chat.message-writers:2}") int writerCount) {
    if (writerCount < 1) {
      throw new IllegalArgumentException("pharos.chat.message-writers must be at least 1");
    }
    this.writerCount = writerCount;
    this.jdbc = named.getJdbcTemplate();
    this.named = named;
    this.cipher = cipher;
    this.signals = signals;
    this.clock = clock;
    this.stored =
        Latencies.timer(
            meters,
            "pharos.chat.message.stored",
            "From a message given to the writer to its group's commit (waiting included)");
    this.written =
        Latencies.timer(
            meters,
            "pharos.chat.group.written",
            "One group's transaction, from its start to its commit");
    this.sizes =
        DistributionSummary.builder("pharos.chat.group.size")
            .description("Messages in one group's transaction")
            .baseUnit("messages")
            .register(meters);
    // A group is plain SQL: its transaction is the connection's own, with no entity session
    // opened and closed around it. The template's data source is the one JdbcTemplate uses, so
    // its statements run in that transaction.
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
  }

  /**
   * A victim's message, by the hash of the key they hold (which is all that shows it is theirs).
   */
  Outcome visitor(UUID conversationId, String tokenHash, String clientId, String text) {
    return store(null, conversationId, ChatSender.VISITOR, null, tokenHash, clientId, text);
  }

  /** An advisor's message or a note, by a member of staff of the organisation. */
  Outcome staff(
      UUID organisationId,
      UUID conversationId,
      ChatSender sender,
      UUID authorId,
      String clientId,
      String text) {
    return store(organisationId, conversationId, sender, authorId, null, clientId, text);
  }

  private Outcome store(
      UUID organisationId,
      UUID conversationId,
      ChatSender sender,
      UUID authorId,
      String tokenHash,
      String clientId,
      String text) {
    if (writers.isEmpty() || clientId == null || conversationId == null) {
      return new Single();
    }
    UUID id = UUID.randomUUID();
    String sealed = cipher.seal(text, ChatMessage.contextOf(id));
    Request request =
        new Request(
            id,
            organisationId,
            conversationId,
            sender,
            authorId,
            tokenHash,
            clientId,
            text,
            sealed,
            cipher.keyIdOf(sealed),
            new CompletableFuture<>());
    long start = System.nanoTime();
    waiting.add(request);
    try {
      Outcome outcome = request.outcome().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      stored.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      return outcome;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a message was stored", e);
    } catch (ExecutionException | TimeoutException e) {
      // Stored or not, the client resends what was not acknowledged, and a resend is found.
      throw new IllegalStateException("a message was not stored in time", e);
    }
  }

  private void run() {
    while (writers.contains(Thread.currentThread())) {
      try {
        Request first = waiting.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        List<Request> group = new ArrayList<>();
        group.add(first);
        waiting.drainTo(group, MAX_GROUP - 1);
        write(group);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.warn("The chat's message writer failed", e);
      }
    }
  }

  /**
   * Writes one group; on any failure, every message of it goes the single path. A resend is rare (a
   * client that lost its ack), so the group first inserts without looking for one: the unique
   * client id then refuses the insert, and the group is written again, looking.
   */
  void write(List<Request> group) {
    long start = System.nanoTime();
    Written done;
    try {
      done = attempt(group);
    } catch (RuntimeException e) {
      log.info("A group of {} chat messages goes the single path: {}", group.size(), e.toString());
      group.forEach(r -> r.outcome().complete(new Single()));
      return;
    }
    written.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    sizes.record(group.size());
    done.signals().forEach(Runnable::run);
    group.forEach(r -> r.outcome().complete(done.outcomes().getOrDefault(r, new Single())));
  }

  /** What a group's committed transaction did: each message's outcome, and the signals to send. */
  private record Written(Map<Request, Outcome> outcomes, List<Runnable> signals) {}

  private Written attempt(List<Request> group) {
    try {
      return attempt(group, false);
    } catch (DuplicateKeyException resent) {
      return attempt(group, true);
    }
  }

  private Written attempt(List<Request> group, boolean lookForResends) {
    Written done = new Written(new HashMap<>(), new ArrayList<>());
    tx.executeWithoutResult(
        status -> store(group, lookForResends, done.outcomes(), done.signals()));
    return done;
  }

  private void store(
      List<Request> group,
      boolean lookForResends,
      Map<Request, Outcome> outcomes,
      List<Runnable> signal) {
    List<UUID> ids = group.stream().map(Request::conversationId).distinct().sorted().toList();
    Map<UUID, LiveMessages.Locked> rows = lock(ids);
    Map<String, Long> sent = lookForResends ? sentBefore(ids, group) : new HashMap<>();
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    // Bound as the JDBC type of its column; the driver formats a Timestamp through a Calendar.
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    Map<UUID, long[]> counters = new LinkedHashMap<>();
    List<Object[]> inserts = new ArrayList<>();
    for (Request r : group) {
      LiveMessages.Locked row = rows.get(r.conversationId());
      RuntimeException unreachable =
          LiveMessages.unreachable(
              row, r.conversationId(), r.organisationId(), r.sender(), r.visitorTokenHash());
      if (unreachable != null) {
        outcomes.put(r, new Refused(unreachable));
        continue;
      }
      String key = key(r.conversationId(), r.sender(), r.clientId());
      Long before = sent.get(key);
      if (before != null) {
        outcomes.put(r, new Stored(before, true));
        continue;
      }
      RuntimeException refused = LiveMessages.refusal(row, r.sender(), r.authorId());
      if (refused != null) {
        outcomes.put(r, new Refused(refused));
        continue;
      }
      if (!plain(r, row)) {
        outcomes.put(r, new Single());
        continue;
      }
      long[] counter = counters.computeIfAbsent(row.id(), id -> new long[] {row.lastSeq(), 0});
      long seq = ++counter[0];
      if (r.sender() == ChatSender.ADVISOR) {
        counter[1] = seq;
      }
      sent.put(key, seq);
      inserts.add(
          new Object[] {
            r.id(),
            row.organisationId(),
            row.id(),
            seq,
            r.sender().name(),
            ChatMessage.sideOf(r.sender()),
            r.authorId(),
            r.clientId(),
            r.sealed(),
            r.keyId(),
            at
          });
      outcomes.put(r, new Stored(seq, false));
      PostedMessage posted =
          new PostedMessage(
              r.id(),
              row.organisationId(),
              seq,
              r.sender(),
              r.authorId(),
              r.clientId(),
              now,
              r.sealed(),
              row.state(),
              row.language(),
              row.visitorTokenHash());
      signal.add(() -> signals.now(ChatSignal.message(row.organisationId(), row.id(), posted)));
    }
    if (inserts.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(LiveMessages.INSERT, inserts);
    List<Object[]> updates = new ArrayList<>();
    counters.forEach((id, c) -> updates.add(new Object[] {c[0], at, c[1], id}));
    jdbc.batchUpdate(
        "update chat_conversation set last_seq = ?, last_message_at = ?,"
            + " staff_read_seq = greatest(staff_read_seq, ?), version = version + 1 where id = ?",
        updates);
  }

  /** A live chat's message that changes no state and raises nothing. */
  private static boolean plain(Request r, LiveMessages.Locked row) {
    return row.kind() == ChatKind.LIVE
        && row.state().open()
        && (r.sender() != ChatSender.VISITOR
            || !Safeguarding.raisesConcern(r.text(), row.language()));
  }

  private Map<UUID, LiveMessages.Locked> lock(List<UUID> ids) {
    Map<UUID, LiveMessages.Locked> rows = new HashMap<>();
    for (LiveMessages.Locked row :
        named.query(
            LiveMessages.COLUMNS + " where id in (:ids) order by id for update",
            new MapSqlParameterSource("ids", ids),
            LiveMessages.LOCKED)) {
      rows.put(row.id(), row);
    }
    return rows;
  }

  /** The numbers of messages stored before under the group's client ids. */
  private Map<String, Long> sentBefore(List<UUID> ids, List<Request> group) {
    Map<String, Long> sent = new HashMap<>();
    named.query(
        "select conversation_id, sender_side, client_id, seq from chat_message"
            + " where conversation_id in (:conversations) and client_id in (:clientIds)",
        new MapSqlParameterSource()
            .addValue("conversations", ids)
            .addValue("clientIds", group.stream().map(Request::clientId).distinct().toList()),
        rs -> {
          sent.put(
              rs.getObject("conversation_id", UUID.class)
                  + "/"
                  + rs.getString("sender_side")
                  + "/"
                  + rs.getString("client_id"),
              rs.getLong("seq"));
        });
    return sent;
  }

  private static String key(UUID conversationId, ChatSender sender, String clientId) {
    return conversationId + "/" + ChatMessage.sideOf(sender) + "/" + clientId;
  }

  @Override
  public void start() {
    List<Thread> threads = new ArrayList<>();
    for (int i = 1; i <= writerCount; i++) {
      Thread thread = new Thread(this::run, "chat-message-writer-" + i);
      thread.setDaemon(true);
      threads.add(thread);
    }
    writers = List.copyOf(threads);
    threads.forEach(Thread::start);
  }

  @Override
  public void stop() {
    List<Thread> threads = writers;
    writers = List.of();
    threads.forEach(Thread::interrupt);
    List<Request> left = new ArrayList<>();
    waiting.drainTo(left);
    left.forEach(r -> r.outcome().complete(new Single()));
  }

  @Override
  public boolean isRunning() {
    return !writers.isEmpty();
  }
}
