import java.io.StringReader;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The case benchmark's loader and load generator, run by bench/cases (see bench/README.md) with
 * the PostgreSQL driver on the class path:
 *
 * <pre>
 * java -cp postgresql.jar bench/CasesBench.java load FROM TO
 * java -cp postgresql.jar bench/CasesBench.java measure LABEL
 * </pre>
 *
 * Settings come from the environment: BENCH_JDBC_URL, BENCH_DB_USER, BENCH_DATA_KEY ("id:base64",
 * the key Pharos runs with), BENCH_INDEX_KEY (the same for blind indexes), BENCH_BASE_URL,
 * BENCH_TOKEN_FILE, BENCH_THREADS ("8 32"), BENCH_ROUNDS, BENCH_DURATION, BENCH_WARMUP (seconds
 * before each measurement) and BENCH_FIRST_WARMUP (seconds per scenario before the first).
 *
 * <p>Victims' names and phones are sealed exactly as Pharos seals them (AES-256-GCM, 12-byte
 * nonce, the context "helpline_victim.<column>:<id>" as associated data, "<key id>.<base64url>")
 * and get their blind indexes (HMAC-SHA256 of the normalised value), so that Pharos opens every
 * name it lists and finds victims by name. Cases, team members, plan actions, follow-ups and five
 * contacts per case are made by PostgreSQL itself with generate_series.
 */
public class CasesBench {

  static final String ORG_SHORT_NAME = "APAV";
  static final String ADVISOR_EMAIL = "advisor.apav@pharos.test";
  static final int ADVISORS = 200;
  static final int PAGE_SIZE = 25;

  static final String[] FIRST = {
    "Ana", "Maria", "Joana", "Inês", "Beatriz", "Carolina", "Mariana", "Sofia", "Leonor", "Matilde",
    "Rita", "Catarina", "Marta", "Sara", "Teresa", "Helena", "Luísa", "Graça", "Conceição", "Fátima",
    "João", "José", "António", "Francisco", "Pedro", "Tiago", "Rui", "Miguel", "Nuno", "Paulo",
    "Luís", "Carlos", "Jorge", "Ricardo", "Bruno", "André", "Diogo", "Gonçalo", "Hugo", "Vítor"
  };
  static final String[] LAST = {
    "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
    "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida",
    "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares",
    "Vieira", "Monteiro", "Cardoso", "Rocha", "Raposo", "Neves", "Coelho", "Cruz", "Cunha", "Pires",
    "Ramos", "Reis", "Simões", "Antunes", "Matos", "Fonseca", "Machado", "Araújo", "Barbosa",
    "Tavares", "Lourenço", "Castro", "Figueiredo", "Azevedo"
  };
  static final String[] CRIMES = {
    "ASSAULT", "DOMESTIC_VIOLENCE", "SEXUAL_VIOLENCE", "STALKING_HARASSMENT", "HATE_CRIME",
    "ROBBERY", "BURGLARY_THEFT", "FRAUD_CYBERCRIME", "HOMICIDE_BEREAVEMENT", "TERRORISM",
    "TRAFFICKING", "ROAD_TRAFFIC", "CHILD_ABUSE", "OTHER"
  };

  public static void main(String[] args) throws Exception {
    if (args.length >= 3 && args[0].equals("load")) {
      load(Long.parseLong(args[1]), Long.parseLong(args[2]));
    } else if (args.length >= 2 && args[0].equals("measure")) {
      measure(args[1]);
    } else {
      System.err.println("usage: CasesBench load FROM TO | measure LABEL");
      System.exit(2);
    }
  }

  // --- Loading ----------------------------------------------------------------------------------

  static void load(long from, long to) throws Exception {
    Keys keys = Keys.fromEnvironment();
    try (Connection db = connect()) {
      UUID org = queryId(db, "select id from identity_organisation where short_name = ?", ORG_SHORT_NAME);
      UUID advisor = queryId(db, "select id from identity_user where email = ?", ADVISOR_EMAIL);
      long started = System.nanoTime();
      loadVictims(db, keys, org, from, to);
      log("victims %d to %d sealed and copied in %s", from, to, since(started));
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        long step = System.nanoTime();
        s.execute(casesSql(org, advisor, from, to));
        log("cases in %s", since(step));
        step = System.nanoTime();
        s.execute(teamSql(org, advisor, from, to));
        s.execute(planSql(org, from, to));
        s.execute(followUpSql(org, from, to));
        log("team members, plan actions and follow-ups in %s", since(step));
        step = System.nanoTime();
        s.execute(contactsSql(org, advisor, (from - 1) * 5 + 1, to * 5));
        log("contacts %d to %d in %s", (from - 1) * 5 + 1, to * 5, since(step));
        s.execute(
            "update helpline_settings set next_case_number = greatest(next_case_number, "
                + (to + 1)
                + "), next_victim_number = greatest(next_victim_number, "
                + (to + 1)
                + ") where organisation_id = '"
                + org
                + "'");
        db.commit();
        step = System.nanoTime();
        db.setAutoCommit(true);
        s.execute("vacuum analyze helpline_victim");
        s.execute("vacuum analyze helpline_case");
        s.execute("vacuum analyze helpline_case_team");
        s.execute("vacuum analyze helpline_plan_action");
        s.execute("vacuum analyze helpline_follow_up");
        s.execute("vacuum analyze helpline_contact");
        log("vacuum analyze in %s", since(step));
      }
      ensureToken(db, org, advisor);
      log("loaded %d cases and %d contacts in %s", to - from + 1, (to - from + 1) * 5, since(started));
    }
  }

  static void loadVictims(Connection db, Keys keys, UUID org, long from, long to)
      throws Exception {
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    String sql =
        "copy helpline_victim (id, organisation_id, reference, full_name_sealed, phone_sealed,"
            + " name_index, phone_index, key_id, index_key_id, preferred_language,"
            + " residence_country, created_at, updated_at, version) from stdin with (format csv)";
    Sealer sealer = new Sealer(keys);
    String now = Instant.now().toString();
    long batch = 20_000;
    for (long start = from; start <= to; start += batch) {
      long end = Math.min(to, start + batch - 1);
      StringBuilder rows = new StringBuilder((int) (end - start + 1) * 400);
      for (long g = start; g <= end; g++) {
        UUID id = md5Uuid("v" + g);
        String name = name(g);
        String phone = phone(g);
        rows.append(id).append(',')
            .append(org).append(',')
            .append("V-2025-").append(String.format("%07d", g)).append(',')
            .append(sealer.seal(name, "helpline_victim.full_name_sealed:" + id)).append(',')
            .append(sealer.seal(phone, "helpline_victim.phone_sealed:" + id)).append(',')
            .append(sealer.index("name", name)).append(',')
            .append(sealer.index("phone", phone)).append(',')
            .append(keys.dataKeyId).append(',')
            .append(keys.indexKeyId).append(',')
            .append("pt,PT,")
            .append(now).append(',').append(now).append(",0\n");
      }
      copy.copyIn(sql, new StringReader(rows.toString()));
    }
  }

  static String casesSql(UUID org, UUID advisor, long from, long to) {
    String crimes = "array['" + String.join("','", CRIMES) + "']";
    return "insert into helpline_case (id, organisation_id, reference, victim_id, status,"
        + " lead_advisor_id, crime_type, crime_date, crime_country, residence_country,"
        + " cross_border, opened_at, opened_by, closed_at, closed_by, outcome, reopened_count,"
        + " last_activity_at, version)"
        + " select md5('c' || g)::uuid, '" + org + "', 'C-2025-' || lpad(g::text, 7, '0'),"
        + " md5('v' || g)::uuid, case when g % 10 < 3 then 'OPEN' else 'CLOSED' end,"
        + " " + lead("g", advisor) + ", (" + crimes + ")[1 + (g * 7) % " + CRIMES.length + "],"
        + " (a.at - interval '20 days')::date, case when g % 20 = 0 then 'ES' else 'PT' end,"
        + " 'PT', g % 20 = 0, a.at - (g % 90) * interval '1 day', " + lead("g", advisor) + ","
        + " case when g % 10 < 3 then null else a.at end,"
        + " case when g % 10 < 3 then null else " + lead("g", advisor) + " end,"
        + " case when g % 10 < 3 then null else 'SUPPORT_COMPLETED' end, 0, a.at, 1"
        + " from generate_series(" + from + "::bigint, " + to + "::bigint) g,"
        + " lateral (select timestamptz '2021-01-01 00:00:00+00'"
        + " + ((g * 7919) % 1800) * interval '1 day'"
        + " + ((g * 104729) % 86400) * interval '1 second' as at) a";
  }

  /** One case in four has a second advisor on its team, the bench's advisor in one of 200 of those. */
  static String teamSql(UUID org, UUID advisor, long from, long to) {
    return "insert into helpline_case_team (case_id, advisor_id, organisation_id, added_at)"
        + " select md5('c' || g)::uuid, " + lead("(g / 4 + 7)", advisor) + ", '"
        + org + "', now() from generate_series(" + from + "::bigint, " + to + "::bigint) g"
        + " where g % 4 = 0";
  }

  static String planSql(UUID org, long from, long to) {
    return "insert into helpline_plan_action (id, organisation_id, case_id, description_sealed,"
        + " key_id, owner_id, due_on, status, created_at, version)"
        + " select md5('p' || g)::uuid, '" + org + "', md5('c' || g)::uuid, null, null, null,"
        + " date '2021-01-01' + ((g * 7919) % 1800 + 14)::int,"
        + " case when g % 10 < 3 then 'OPEN' else 'DONE' end, now(), 0"
        + " from generate_series(" + from + "::bigint, " + to + "::bigint) g where g % 2 = 0";
  }

  static String followUpSql(UUID org, long from, long to) {
    return "insert into helpline_follow_up (id, organisation_id, case_id, due_at, note_sealed,"
        + " key_id, status, created_at, version)"
        + " select md5('f' || g)::uuid, '" + org + "', md5('c' || g)::uuid,"
        + " timestamptz '2021-01-01 00:00:00+00' + ((g * 7919) % 1800 + 7) * interval '1 day',"
        + " null, null, case when g % 10 < 3 then 'OPEN' else 'DONE' end, now(), 0"
        + " from generate_series(" + from + "::bigint, " + to + "::bigint) g where g % 4 = 0";
  }

  /** Five contacts per case; one in ten belongs to no case. */
  static String contactsSql(UUID org, UUID advisor, long from, long to) {
    return "insert into helpline_contact (id, organisation_id, channel, line_label, direction,"
        + " started_at, duration_seconds, language, advisor_id, topic, crime_type, heard_from,"
        + " outcome, anonymous, case_id, recorded_at, recorded_by, version)"
        + " select md5('k' || k)::uuid, '" + org + "',"
        + " (array['PHONE','PHONE','PHONE','CHAT','EMAIL','WRITTEN_MESSAGE'])[1 + k % 6],"
        + " '116 006', case when k % 7 = 0 then 'OUTBOUND' else 'INBOUND' end,"
        + " a.at, 60 + (k * 31) % 1800, 'pt', " + lead("((k - 1) / 5 + 1)", advisor) + ","
        + " 'HELPLINE', (array['" + String.join("','", CRIMES) + "'])[1 + (k * 3) % " + CRIMES.length + "],"
        + " 'POLICE', 'INFORMATION_GIVEN', k % 13 = 0,"
        + " case when k % 10 = 0 then null else md5('c' || ((k - 1) / 5 + 1))::uuid end,"
        + " a.at, " + lead("((k - 1) / 5 + 1)", advisor) + ", 0"
        + " from generate_series(" + from + "::bigint, " + to + "::bigint) k,"
        + " lateral (select timestamptz '2021-01-01 00:00:00+00'"
        + " + ((((k - 1) / 5 + 1) * 7919) % 1800) * interval '1 day'"
        + " + ((k * 104729) % 86400) * interval '1 second' as at) a";
  }

  /** The advisor of row g: the bench's advisor for one row in 200, 199 others for the rest. */
  static String lead(String g, UUID advisor) {
    return "case when " + g + " % " + ADVISORS + " = 0 then '" + advisor + "'::uuid"
        + " else md5('a' || (" + g + " % " + ADVISORS + "))::uuid end";
  }

  /** A personal API token of the bench's advisor, inserted as Pharos stores one (its SHA-256). */
  static void ensureToken(Connection db, UUID org, UUID advisor) throws Exception {
    Path file = Path.of(env("BENCH_TOKEN_FILE", "bench-token"));
    if (Files.exists(file)) {
      return;
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String token = "pharos_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String hash = tokenHash(token);
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into identity_api_token (id, organisation_id, user_id, name, token_hash,"
                + " created_at, expires_at) values (?, ?, ?, 'case benchmark', ?, ?, ?)")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, org);
      insert.setObject(3, advisor);
      insert.setString(4, hash);
      insert.setTimestamp(5, Timestamp.from(Instant.now()));
      insert.setTimestamp(6, Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
      insert.executeUpdate();
    }
    Files.writeString(file, token);
  }

  // --- Measuring --------------------------------------------------------------------------------

  /** One thing to measure, through Pharos and directly on the database. */
  interface Scenario {
    String name();

    /** One request through Pharos's API; returns the response body. */
    String http(Http http, String token) throws Exception;

    /** The same queries on one connection; returns what they found. */
    Found db(Connection db, Ids ids) throws SQLException;
  }

  /**
   * What a scenario's statements found: the page of cases, the victims it names (rows of
   * helpline_victim), the next due days (case id, action's date, follow-up's time) and the total.
   */
  record Found(List<Object[]> cases, List<Object[]> victims, List<Object[]> due, long total) {

    static final Found NOTHING = new Found(List.of(), List.of(), List.of(), 0);
  }

  record Ids(UUID org, UUID advisor, long cases, Keys keys) {}

  /**
   * Who answers: Pharos over HTTP; the database alone; the database followed by what Pharos must
   * do on every read of victims' data before answering: commit an audit row durably (one insert,
   * one commit, so one flush of PostgreSQL's write-ahead log); or the least an HTTP service can do
   * for the same request ({@link BareService}).
   */
  enum Side {
    PHAROS,
    DATABASE,
    DATABASE_AND_AUDIT,
    BARE_SERVICE;

    boolean overHttp() {
      return this == PHAROS || this == BARE_SERVICE;
    }
  }

  static void measure(String label) throws Exception {
    Keys keys = Keys.fromEnvironment();
    String baseUrl = env("BENCH_BASE_URL", "http://127.0.0.1:8080");
    String token = Files.readString(Path.of(env("BENCH_TOKEN_FILE", "bench-token"))).strip();
    int rounds = Integer.parseInt(env("BENCH_ROUNDS", "2"));
    int duration = Integer.parseInt(env("BENCH_DURATION", "10"));
    int warmup = Integer.parseInt(env("BENCH_WARMUP", "10"));
    int[] concurrency =
        Arrays.stream(env("BENCH_THREADS", "8 32").trim().split("\\s+"))
            .mapToInt(Integer::parseInt)
            .toArray();
    Ids ids;
    try (Connection db = connect()) {
      UUID org = queryId(db, "select id from identity_organisation where short_name = ?", ORG_SHORT_NAME);
      UUID advisor = queryId(db, "select id from identity_user where email = ?", ADVISOR_EMAIL);
      long cases;
      try (PreparedStatement count =
          db.prepareStatement("select count(*) from helpline_case where organisation_id = ?")) {
        count.setObject(1, org);
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          cases = rs.getLong(1);
        }
      }
      ids = new Ids(org, advisor, cases, keys);
      // Shaped as Pharos's audit_event, with its indexes.
      try (PreparedStatement probe =
          db.prepareStatement(
              "create table if not exists bench_audit_probe (like audit_event including all)")) {
        probe.execute();
      }
    }
    Http client = new Http(baseUrl);
    List<Scenario> scenarios = List.of(new CaseList(), new CaseSearchByName(ids.cases()));
    for (Scenario scenario : scenarios) {
      String body = scenario.http(client, token);
      long total = total(body);
      log("%s at %s: a first answer lists %d of %d matching cases", scenario.name(), label,
          Math.min(total, PAGE_SIZE), total);
      if (total == 0) {
        throw new IllegalStateException(scenario.name() + " found nothing: " + body);
      }
    }
    // Every scenario once more before anything is measured: a freshly started Pharos spends the
    // first minutes compiling its hot code, which is CPU the measured requests would share.
    int firstWarmup = Integer.parseInt(env("BENCH_FIRST_WARMUP", "0"));
    for (Scenario scenario : scenarios) {
      if (firstWarmup > 0) {
        run(scenario, concurrency[0], firstWarmup, Side.PHAROS, client, token, ids);
      }
    }
    List<String> lines = new ArrayList<>();
    try (BareService bare = new BareService(scenarios, ids)) {
      Http bareClient = new Http(bare.baseUrl());
      // This thread's connection to Pharos has been idle through the warm-up, longer than Pharos
      // keeps an idle connection open.
      client.closeMine();
      for (Scenario scenario : scenarios) {
        String body = scenario.http(bareClient, token);
        if (total(body) <= 0 || !body.contains("\"victim\":{")) {
          throw new IllegalStateException("the bare service answered " + body);
        }
        log(
            "%s at %s: the bare service's first answer has %d bytes, Pharos's %d",
            scenario.name(),
            label,
            body.length(),
            scenario.http(client, token).length());
      }
      for (Scenario scenario : scenarios) {
        for (int threads : concurrency) {
          run(scenario, threads, warmup, Side.PHAROS, client, token, ids);
          run(scenario, threads, Math.max(2, warmup / 3), Side.DATABASE, client, token, ids);
          run(scenario, threads, Math.max(2, warmup / 3), Side.BARE_SERVICE, bareClient, token, ids);
          Map<Side, List<Long>> latencies = new EnumMap<>(Side.class);
          Map<Side, Cpu> cpu = new EnumMap<>(Side.class);
          double seconds = 0;
          for (int round = 0; round < rounds; round++) {
            for (Side side : Side.values()) {
              Http http = side == Side.BARE_SERVICE ? bareClient : client;
              Sample sample = run(scenario, threads, duration, side, http, token, ids);
              cpu.merge(side, sample.cpu(), Cpu::plus);
              latencies.computeIfAbsent(side, s -> new ArrayList<>()).addAll(sample.latencies());
            }
            seconds += duration;
          }
          String head = String.format(Locale.ROOT, "%-9s %-7s %3d users", label, scenario.name(), threads);
          List<Long> pharos = latencies.get(Side.PHAROS);
          List<Long> direct = latencies.get(Side.DATABASE);
          List<Long> audited = latencies.get(Side.DATABASE_AND_AUDIT);
          List<Long> service = latencies.get(Side.BARE_SERVICE);
          List<String> block =
              List.of(
                  head
                      + " | Pharos "
                      + percentiles(pharos, seconds)
                      + " | database "
                      + percentiles(direct, seconds)
                      + " | ratio "
                      + ratios(pharos, direct),
                  head
                      + " | database+audit "
                      + percentiles(audited, seconds)
                      + " | ratio "
                      + ratios(pharos, audited)
                      + " | bare service "
                      + percentiles(service, seconds)
                      + " | ratio "
                      + ratios(pharos, service)
                      + " | bare service / database "
                      + ratios(service, direct),
                  head
                      + " | CPU ms per request: Pharos side: "
                      + cpu.get(Side.PHAROS).perRequest(pharos.size())
                      + " | database side: "
                      + cpu.get(Side.DATABASE).perRequest(direct.size())
                      + " | database+audit side: "
                      + cpu.get(Side.DATABASE_AND_AUDIT).perRequest(audited.size())
                      + " | bare service side (its service in the load generator): "
                      + cpu.get(Side.BARE_SERVICE).perRequest(service.size()));
          block.forEach(System.out::println);
          lines.addAll(block);
        }
      }
    }
    Path results = Path.of(env("BENCH_RESULTS", "bench-results.txt"));
    Files.write(
        results,
        lines,
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  static String percentiles(List<Long> latencies, double seconds) {
    return String.format(
        Locale.ROOT,
        "p50 %7.1f p95 %7.1f p99 %7.1f ms %7.0f req/s",
        percentile(latencies, 50),
        percentile(latencies, 95),
        percentile(latencies, 99),
        latencies.size() / seconds);
  }

  static String ratios(List<Long> side, List<Long> baseline) {
    return String.format(
        Locale.ROOT,
        "p50 %.2f p95 %.2f p99 %.2f",
        percentile(side, 50) / percentile(baseline, 50),
        percentile(side, 95) / percentile(baseline, 95),
        percentile(side, 99) / percentile(baseline, 99));
  }

  /** Each call's latency in ns, and the CPU the three processes used while the users were busy. */
  record Sample(List<Long> latencies, Cpu cpu) {}

  /** Runs one side for a while with that many users. */
  static Sample run(
      Scenario scenario,
      int threads,
      int seconds,
      Side side,
      Http client,
      String token,
      Ids ids)
      throws Exception {
    ConcurrentLinkedQueue<long[]> results = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(threads);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                List<Long> mine = new ArrayList<>();
                try (Connection db = side.overHttp() ? null : connect()) {
                  while (!stop.get()) {
                    long start = System.nanoTime();
                    if (side.overHttp()) {
                      scenario.http(client, token);
                    } else {
                      scenario.db(db, ids);
                      if (side == Side.DATABASE_AND_AUDIT) {
                        auditProbe(db);
                      }
                    }
                    mine.add(System.nanoTime() - start);
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                  stop.set(true);
                } finally {
                  client.closeMine();
                  results.add(mine.stream().mapToLong(Long::longValue).toArray());
                  done.countDown();
                }
              });
      workers.add(worker);
      worker.start();
    }
    // Read while every user is busy: a connection's server process takes its CPU time with it when
    // it ends.
    Thread.sleep(200);
    Cpu before = Cpu.now();
    Thread.sleep(seconds * 1000L - 200);
    Cpu used = Cpu.now().minus(before).scaled(seconds * 1000.0 / (seconds * 1000L - 200));
    stop.set(true);
    done.await();
    if (failure.get() != null) {
      throw new IllegalStateException(
          side + " failed in " + scenario.name(), failure.get());
    }
    List<Long> all = new ArrayList<>();
    results.forEach(a -> Arrays.stream(a).forEach(all::add));
    return new Sample(all, used);
  }

  /**
   * CPU seconds used so far by Pharos (the process BENCH_PHAROS_PID), by PostgreSQL (every process
   * named postgres: its backends, writers and vacuum) and by this load generator, read from /proc.
   * When the three share the machine's cores, a side's latency under full load follows the CPU it
   * takes per request, and this shows where that goes. Zero where /proc cannot be read.
   */
  record Cpu(double pharos, double postgres, double client) {

    static final double TICKS = Double.parseDouble(env("BENCH_CLK_TCK", "100"));
    static final long PHAROS_PID = Long.parseLong(env("BENCH_PHAROS_PID", "0"));

    static Cpu now() {
      long self = ProcessHandle.current().pid();
      double pharos = 0;
      double postgres = 0;
      double client = 0;
      try (java.util.stream.Stream<Path> processes = Files.list(Path.of("/proc"))) {
        for (Path process : (Iterable<Path>) processes::iterator) {
          String name = process.getFileName().toString();
          if (name.isEmpty() || !name.chars().allMatch(Character::isDigit)) {
            continue;
          }
          long pid = Long.parseLong(name);
          String stat;
          try {
            stat = Files.readString(process.resolve("stat"));
          } catch (java.io.IOException ended) {
            continue;
          }
          int close = stat.lastIndexOf(')');
          String command = stat.substring(stat.indexOf('(') + 1, close);
          // After the command: state is field 3, user time 14 and system time 15 (proc(5)).
          String[] fields = stat.substring(close + 2).split(" ");
          double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
          if (pid == PHAROS_PID) {
            pharos += seconds;
          } else if (pid == self) {
            client += seconds;
          } else if (command.equals("postgres")) {
            postgres += seconds;
          }
        }
      } catch (java.io.IOException noProc) {
        return new Cpu(0, 0, 0);
      }
      return new Cpu(pharos, postgres, client);
    }

    Cpu minus(Cpu other) {
      return new Cpu(pharos - other.pharos, postgres - other.postgres, client - other.client);
    }

    Cpu scaled(double factor) {
      return new Cpu(pharos * factor, postgres * factor, client * factor);
    }

    Cpu plus(Cpu other) {
      return new Cpu(pharos + other.pharos, postgres + other.postgres, client + other.client);
    }

    double total() {
      return pharos + postgres + client;
    }

    /** Milliseconds of CPU per request of each process and in all. */
    String perRequest(long requests) {
      double ms = 1000.0 / Math.max(1, requests);
      return String.format(
          Locale.ROOT,
          "Pharos %.2f + PostgreSQL %.2f + load generator %.2f = %.2f",
          pharos * ms,
          postgres * ms,
          client * ms,
          total() * ms);
    }
  }

  /**
   * The least an HTTP service can do for the same request, as a floor for what an API costs on this
   * machine: the JDK's own HTTP server in this process, with ten handler threads (Pharos's pool of
   * ten connections) and a connection each. For each request it reads the request, signs the token
   * in with Pharos's statement, runs the scenario's statements, commits the audit probe and answers
   * the page of cases as JSON. It does not open the sealed names, check roles or link the audit
   * chain, so it costs less than any service that does what Pharos must.
   */
  static final class BareService implements AutoCloseable {

    static final String SIGN_IN =
        "select t.id as token_id, t.expires_at, t.revoked_at, u.id as user_id, u.organisation_id,"
            + " u.status, r.role from identity_api_token t"
            + " join identity_user u on u.id = t.user_id"
            + " left join identity_user_role r on r.user_id = u.id where t.token_hash = ?";

    static final String[] FIELDS = {
      "id", "reference", "victimId", "status", "crimeType", "crossBorder", "leadAdvisorId",
      "openedAt", "closedAt", "lastActivityAt"
    };

    private final com.sun.net.httpserver.HttpServer server;
    private final java.util.concurrent.ExecutorService handlers;
    private final List<Connection> connections = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> mine = new ThreadLocal<>();
    private final int victimId;
    private final int victimReference;

    BareService(List<Scenario> scenarios, Ids ids) throws IOException, SQLException {
      // Where the victims' id and reference stand in the rows of "select * from helpline_victim".
      try (Connection db = connect();
          PreparedStatement columns = db.prepareStatement("select * from helpline_victim where false");
          ResultSet rs = columns.executeQuery()) {
        java.sql.ResultSetMetaData meta = rs.getMetaData();
        int id = -1;
        int reference = -1;
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          if (meta.getColumnName(c).equals("id")) {
            id = c - 1;
          } else if (meta.getColumnName(c).equals("reference")) {
            reference = c - 1;
          }
        }
        victimId = id;
        victimReference = reference;
      }
      // Without it, an answer's headers and body wait for the client's delayed acknowledgement.
      System.setProperty("sun.net.httpserver.nodelay", "true");
      server =
          com.sun.net.httpserver.HttpServer.create(
              new java.net.InetSocketAddress("127.0.0.1", 0), 64);
      for (Scenario scenario : scenarios) {
        // The paths Pharos answers: GET /api/v1/cases and POST /api/v1/cases/search.
        String path = scenario instanceof CaseList ? "/api/v1/cases" : "/api/v1/cases/search";
        server.createContext(path, exchange -> answer(exchange, scenario, ids));
      }
      handlers = java.util.concurrent.Executors.newFixedThreadPool(10);
      server.setExecutor(handlers);
      server.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange, Scenario scenario, Ids ids)
        throws IOException {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        int status;
        String body;
        try {
          Connection db = connection();
          String header = exchange.getRequestHeaders().getFirst("Authorization");
          if (header == null || !header.startsWith("Bearer ") || !signIn(db, header.substring(7))) {
            status = 401;
            body = "{\"title\":\"Invalid API token\"}";
          } else {
            Found found = scenario.db(db, ids);
            auditProbe(db);
            status = 200;
            body = json(found);
          }
        } catch (SQLException | RuntimeException e) {
          status = 500;
          body = "{\"title\":\"" + String.valueOf(e).replace('"', '\'') + "\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
    }

    private Connection connection() throws SQLException {
      Connection db = mine.get();
      if (db == null) {
        db = connect();
        connections.add(db);
        mine.set(db);
      }
      return db;
    }

    private static boolean signIn(Connection db, String token) throws SQLException {
      String hash = tokenHash(token.strip());
      List<Object[]> found = rows(db, SIGN_IN, hash);
      if (found.isEmpty()) {
        return false;
      }
      Object[] token0 = found.get(0);
      Timestamp expires = (Timestamp) token0[1];
      return token0[2] == null
          && expires.toInstant().isAfter(Instant.now())
          && "ACTIVE".equals(token0[5]);
    }

    /**
     * The page as Pharos's API shapes it (items, total, page, size; null fields left out), but with
     * a placeholder of a name's length where Pharos opens the victim's sealed name.
     */
    String json(Found found) {
      Map<Object, Object[]> victims = new HashMap<>();
      for (Object[] victim : found.victims()) {
        victims.put(victim[victimId], victim);
      }
      Map<Object, java.time.LocalDate> nextDue = new HashMap<>();
      for (Object[] due : found.due()) {
        if (due[1] == null && due[2] == null) {
          continue;
        }
        java.time.LocalDate day =
            due[1] != null
                ? ((java.sql.Date) due[1]).toLocalDate()
                : ((Timestamp) due[2]).toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        nextDue.merge(due[0], day, (a, b) -> a.isBefore(b) ? a : b);
      }
      StringBuilder json = new StringBuilder(12_288).append("{\"items\":[");
      for (int r = 0; r < found.cases().size(); r++) {
        Object[] row = found.cases().get(r);
        json.append(r == 0 ? "{" : ",{");
        field(json, "id", row[0]).append(',');
        field(json, "reference", row[1]);
        Object[] victim = victims.get(row[2]);
        if (victim != null) {
          json.append(",\"victim\":{");
          field(json, "id", victim[victimId]).append(',');
          field(json, "reference", victim[victimReference]).append(',');
          field(json, "displayName", "Placeholder Name Here").append('}');
        }
        json.append(',');
        field(json, "status", row[3]);
        if (row[4] != null) {
          field(json.append(','), "crimeType", row[4]);
        }
        json.append(",\"crossBorder\":").append(row[5]).append(',');
        field(json, "leadAdvisorId", row[6]);
        for (int t = 7; t <= 9; t++) {
          if (row[t] != null) {
            field(json.append(','), FIELDS[t], ((Timestamp) row[t]).toInstant());
          }
        }
        java.time.LocalDate due = nextDue.get(row[0]);
        if (due != null) {
          field(json.append(','), "nextDue", due);
        }
        json.append('}');
      }
      return json.append("],\"total\":")
          .append(found.total())
          .append(",\"page\":0,\"size\":")
          .append(PAGE_SIZE)
          .append('}')
          .toString();
    }

    private static StringBuilder field(StringBuilder json, String name, Object value) {
      return json.append('"').append(name).append("\":\"").append(value).append('"');
    }

    @Override
    public void close() {
      server.stop(0);
      handlers.shutdownNow();
      for (Connection db : connections) {
        try {
          db.close();
        } catch (SQLException ignored) {
          // closing anyway
        }
      }
    }
  }

  static final java.util.concurrent.atomic.AtomicLong PROBE_IDS =
      new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() * 1000);

  /**
   * A row like Pharos's audit record of a read, in a table with audit_event's columns and indexes,
   * committed on its own (the connection is in auto-commit). Pharos also links each record to the
   * one before it (a lock and an update of the chain's head), once per batch of records it commits
   * together; that part is left out.
   */
  static void auditProbe(Connection db) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into bench_audit_probe (id, occurred_at, actor_id, actor_label,"
                + " organisation_id, action, target_type, target_id, outcome, remote_address,"
                + " detail, previous_hash, hash) values (?, now(), ?, 'advisor', ?, 'data.read',"
                + " 'helpline.case', 'list', 'SUCCESS', '127.0.0.1', ?, ?, ?)")) {
      insert.setLong(1, PROBE_IDS.incrementAndGet());
      insert.setObject(2, UUID.randomUUID());
      insert.setObject(3, UUID.randomUUID());
      insert.setString(4, "x".repeat(925));
      insert.setString(5, "a".repeat(64));
      insert.setString(6, "b".repeat(64));
      insert.executeUpdate();
    }
  }


  /** The advisor's own case list, newest activity first: GET /api/v1/cases. */
  static final class CaseList implements Scenario {

    @Override
    public String name() {
      return "list";
    }

    @Override
    public String http(Http http, String token) throws Exception {
      return http.exchange("GET", "/api/v1/cases?size=" + PAGE_SIZE, token, null);
    }

    /** The statements of helpline.cases.CaseSearch for an advisor's cases, as Pharos runs them. */
    static final String LEAD =
        " from helpline_case c where c.organisation_id = ? and c.lead_advisor_id = ?";

    static final String TEAM =
        " from (select case_id from helpline_case_team where organisation_id = ?"
            + " and advisor_id = ? offset 0) t join helpline_case c on c.id = t.case_id"
            + " where c.organisation_id = ?";

    /** Without a condition on the case, the count takes the team's cases from its index. */
    static final String TEAM_IDS =
        "select case_id from helpline_case_team where organisation_id = ? and advisor_id = ?";

    static final String COLUMNS =
        "c.id, c.reference, c.victim_id, c.status, c.crime_type, c.cross_border,"
            + " c.lead_advisor_id, c.opened_at, c.closed_at, c.last_activity_at";

    static final String ORDER = " order by c.last_activity_at desc, c.id desc";

    @Override
    public Found db(Connection db, Ids ids) throws SQLException {
      UUID org = ids.org();
      UUID advisor = ids.advisor();
      List<Object[]> page =
          rows(
              db,
              "select * from ((select "
                  + COLUMNS
                  + LEAD
                  + ORDER
                  + " limit "
                  + PAGE_SIZE
                  + ") union (select "
                  + COLUMNS
                  + TEAM
                  + ORDER
                  + " limit "
                  + PAGE_SIZE
                  + ")) c"
                  + ORDER
                  + " limit ? offset ?",
              org,
              advisor,
              org,
              advisor,
              org,
              PAGE_SIZE,
              0);
      // Pharos counts only when the page is full: a shorter first page is the whole list.
      long total = page.size();
      if (page.size() == PAGE_SIZE) {
        total =
            ((Number)
                    rows(
                            db,
                            "select count(*) from (select c.id"
                                + LEAD
                                + " union "
                                + TEAM_IDS
                                + ") mine",
                            org,
                            advisor,
                            org,
                            advisor)
                        .get(0)[0])
                .longValue();
      }
      Found details = details(db, org, page, true);
      return new Found(page, details.victims(), details.due(), total);
    }
  }

  /** Search by a victim's exact name, in every advisor's cases: POST /api/v1/cases/search. */
  static final class CaseSearchByName implements Scenario {

    private final long victims;

    CaseSearchByName(long victims) {
      this.victims = victims;
    }

    @Override
    public String name() {
      return "search";
    }

    String someName() {
      return CasesBench.name(1 + ThreadLocalRandom.current().nextLong(victims));
    }

    @Override
    public String http(Http http, String token) throws Exception {
      String json =
          "{\"text\": \"" + someName() + "\", \"advisor\": \"all\", \"size\": " + PAGE_SIZE + "}";
      return http.exchange("POST", "/api/v1/cases/search", token, json);
    }

    @Override
    public Found db(Connection db, Ids ids) throws SQLException {
      String name = someName();
      Sealer sealer = SEALERS.get();
      if (sealer == null) {
        sealer = new Sealer(ids.keys());
        SEALERS.set(sealer);
      }
      List<Object[]> found =
          rows(
              db,
              "select * from helpline_victim v where v.organisation_id = ? and v.erased_at is null"
                  + " and (v.name_index = ? or v.phone_index = ?) order by v.reference",
              ids.org(),
              sealer.index("name", name),
              sealer.index("phone", name));
      if (found.isEmpty()) {
        return Found.NOTHING;
      }
      List<Object> args = new ArrayList<>();
      args.add(ids.org());
      StringBuilder in = new StringBuilder();
      for (Object[] victim : found) {
        in.append(in.length() == 0 ? "?" : ", ?");
        args.add(victim[0]);
      }
      String where =
          " from helpline_case c where c.organisation_id = ? and (c.victim_id in (" + in + "))";
      // The victims named on the page are those just found: Pharos does not read them again.
      Found page = pageAndDetails(db, ids.org(), where, args.toArray(), false);
      long total = page.cases().size();
      if (total == PAGE_SIZE) {
        total = ((Number) rows(db, "select count(*)" + where, args.toArray()).get(0)[0]).longValue();
      }
      return new Found(page.cases(), found, page.due(), total);
    }
  }

  static final ThreadLocal<Sealer> SEALERS = new ThreadLocal<>();

  /**
   * The page of cases, the victims named in it (unless {@code readVictims} is false: the search has
   * them already) and the next due day of each case.
   */
  static Found pageAndDetails(
      Connection db, UUID org, String where, Object[] args, boolean readVictims)
      throws SQLException {
    Object[] pageArgs = Arrays.copyOf(args, args.length + 2);
    pageArgs[args.length] = PAGE_SIZE;
    pageArgs[args.length + 1] = 0;
    List<Object[]> page =
        rows(
            db,
            "select c.id, c.reference, c.victim_id, c.status, c.crime_type, c.cross_border,"
                + " c.lead_advisor_id, c.opened_at, c.closed_at, c.last_activity_at"
                + where
                + " order by c.last_activity_at desc, c.id desc limit ? offset ?",
            pageArgs);
    return details(db, org, page, readVictims);
  }

  /** The victims named on a page of cases (unless the caller has them) and the next due days. */
  static Found details(Connection db, UUID org, List<Object[]> page, boolean readVictims)
      throws SQLException {
    if (page.isEmpty()) {
      return Found.NOTHING;
    }
    List<Object> victimArgs = new ArrayList<>();
    victimArgs.add(org);
    List<Object> caseArgs = new ArrayList<>();
    caseArgs.add(org);
    StringBuilder victimIn = new StringBuilder();
    StringBuilder caseIn = new StringBuilder();
    for (Object[] row : page) {
      caseIn.append(caseIn.length() == 0 ? "?" : ", ?");
      caseArgs.add(row[0]);
      if (row[2] != null) {
        victimIn.append(victimIn.length() == 0 ? "?" : ", ?");
        victimArgs.add(row[2]);
      }
    }
    List<Object[]> victims = List.of();
    if (readVictims && victimIn.length() > 0) {
      victims =
          rows(
          db,
          "select * from helpline_victim v where v.organisation_id = ? and v.id in ("
              + victimIn
              + ")",
          victimArgs.toArray());
    }
    Object[] dueArgs = new Object[caseArgs.size() * 2];
    for (int i = 0; i < caseArgs.size(); i++) {
      dueArgs[i] = caseArgs.get(i);
      dueArgs[caseArgs.size() + i] = caseArgs.get(i);
    }
    List<Object[]> due =
        rows(
        db,
        "select case_id, min(due_on) as action_due,"
            + " cast(null as timestamp with time zone) as follow_up_due from helpline_plan_action"
            + " where organisation_id = ? and status = 'OPEN' and due_on is not null"
            + " and case_id in ("
            + caseIn
            + ") group by case_id"
            + " union all select case_id, cast(null as date), min(due_at) from helpline_follow_up"
            + " where organisation_id = ? and status = 'OPEN' and case_id in ("
            + caseIn
            + ") group by case_id",
        dueArgs);
    return new Found(page, victims, due, page.size());
  }

  static List<Object[]> rows(Connection db, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = rs.getObject(c + 1);
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /**
   * A plain HTTP/1.1 client, one kept-alive connection per user thread. It costs the load generator
   * about as little CPU per request as the JDBC driver does on the database side:
   * java.net.http.HttpClient took about 1 ms of CPU per request on these 2 cores (its selector
   * thread and futures), which the machine's cores, shared with Pharos and PostgreSQL, added to
   * Pharos's latency.
   */
  static final class Http {

    private final String host;
    private final int port;
    private final ThreadLocal<Link> links = new ThreadLocal<>();

    Http(String baseUrl) {
      URI uri = URI.create(baseUrl);
      this.host = uri.getHost();
      this.port = uri.getPort();
    }

    /** Sends one request with the token and returns the body of its 200 answer. */
    String exchange(String method, String path, String token, String json) throws IOException {
      byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
      StringBuilder head =
          new StringBuilder(256)
              .append(method)
              .append(' ')
              .append(path)
              .append(" HTTP/1.1\r\nHost: ")
              .append(host)
              .append(':')
              .append(port)
              .append("\r\nAuthorization: Bearer ")
              .append(token)
              .append("\r\nAccept: application/json\r\n");
      if (json != null) {
        head.append("Content-Type: application/json\r\nContent-Length: ")
            .append(body.length)
            .append("\r\n");
      }
      head.append("\r\n");
      Link link = links.get();
      if (link == null) {
        link = new Link(new Socket(host, port));
        links.set(link);
      }
      link.out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      link.out.write(body);
      link.out.flush();
      Answer answer = link.read();
      if (answer.close()) {
        closeMine();
      }
      if (answer.status() != 200) {
        throw new IllegalStateException(
            method + " " + path + " answered " + answer.status() + ": " + answer.body());
      }
      return answer.body();
    }

    /** Closes the calling thread's connection, if it has one. */
    void closeMine() {
      Link link = links.get();
      links.remove();
      if (link != null) {
        try {
          link.socket.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }

    record Answer(int status, String body, boolean close) {}

    static final class Link {
      final Socket socket;
      final java.io.InputStream in;
      final java.io.OutputStream out;

      Link(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        this.socket = socket;
        this.in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
        this.out = new java.io.BufferedOutputStream(socket.getOutputStream(), 4096);
      }

      Answer read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
          int colon = header.indexOf(':');
          String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = header.substring(colon + 1).trim();
          switch (name) {
            case "content-length" -> length = Long.parseLong(value);
            case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
            case "connection" -> close = value.equalsIgnoreCase("close");
            default -> {}
          }
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(8192);
        if (chunked) {
          for (int size = chunkSize(line()); size > 0; size = chunkSize(line())) {
            body.write(in.readNBytes(size));
            line();
          }
          while (!line().isEmpty()) {
            // trailers
          }
        } else if (length > 0) {
          body.write(in.readNBytes((int) length));
        }
        return new Answer(code, body.toString(StandardCharsets.UTF_8), close);
      }

      private static int chunkSize(String line) {
        int extension = line.indexOf(';');
        return Integer.parseInt(extension < 0 ? line.trim() : line.substring(0, extension), 16);
      }

      private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
          if (c < 0) {
            throw new java.io.EOFException("the connection closed");
          }
          if (c != '\r') {
            line.append((char) c);
          }
        }
        return line.toString();
      }
    }
  }

  static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  static long total(String body) {
    Matcher m = TOTAL.matcher(body);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  static double percentile(List<Long> nanos, int p) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
  }

  // --- Victims' data as Pharos seals it ----------------------------------------------------------

  /** The name of victim g, the same every run: one of 100 000 combinations, as names repeat. */
  static String name(long g) {
    SplittableRandom random = new SplittableRandom(g * 0x9E3779B97F4A7C15L);
    return FIRST[random.nextInt(FIRST.length)]
        + " "
        + LAST[random.nextInt(LAST.length)]
        + " "
        + LAST[random.nextInt(LAST.length)];
  }

  static String phone(long g) {
    return "+351 9" + String.format("%08d", g);
  }

  record Keys(String dataKeyId, byte[] dataKey, String indexKeyId, byte[] indexKey) {

    static Keys fromEnvironment() {
      String[] data = env("BENCH_DATA_KEY", "").split(":", 2);
      String[] index = env("BENCH_INDEX_KEY", "").split(":", 2);
      if (data.length != 2 || index.length != 2) {
        throw new IllegalStateException("BENCH_DATA_KEY and BENCH_INDEX_KEY are \"id:base64\"");
      }
      return new Keys(
          data[0],
          Base64.getDecoder().decode(data[1]),
          index[0],
          Base64.getDecoder().decode(index[1]));
    }
  }

  /** Seals and indexes as eu.pharos.platform.internal.TinkPersonalDataCipher does. */
  static final class Sealer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Keys keys;
    private final SecretKeySpec aesKey;
    private final Mac mac;
    private final SecureRandom random = new SecureRandom();

    Sealer(Keys keys) {
      this.keys = keys;
      this.aesKey = new SecretKeySpec(keys.dataKey(), "AES");
      try {
        this.mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(keys.indexKey(), "HmacSHA256"));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    String seal(String plain, String context) throws Exception {
      byte[] nonce = new byte[12];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return keys.dataKeyId() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    String index(String purpose, String value) {
      String normalised = purpose.equals("name") ? normaliseName(value) : normalisePhone(value);
      if (normalised == null || normalised.isEmpty()) {
        return null;
      }
      return HexFormat.of()
          .formatHex(mac.doFinal((purpose + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
    }

    static String normaliseName(String value) {
      String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
      String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
      return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    static String normalisePhone(String value) {
      StringBuilder digits = new StringBuilder();
      boolean plus = false;
      for (char c : value.toCharArray()) {
        if (c >= '0' && c <= '9') {
          digits.append(c);
        } else if (c == '+' && digits.length() == 0) {
          plus = true;
        }
      }
      if (digits.length() == 0) {
        return null;
      }
      if (plus) {
        return "+" + digits;
      }
      if (digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
        return "+" + digits.substring(2);
      }
      return digits.toString();
    }
  }

  // --- Plumbing ---------------------------------------------------------------------------------

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        env("BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/pharos_bench"),
        env("BENCH_DB_USER", "postgres"),
        env("BENCH_DB_PASSWORD", ""));
  }

  static UUID queryId(Connection db, String sql, String value) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, value);
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("nothing for " + value + ": is the demo data loaded?");
        }
        return rs.getObject(1, UUID.class);
      }
    }
  }

  /** A token as Pharos stores it: the SHA-256 of its text, in hex. */
  static String tokenHash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The UUID PostgreSQL makes of md5(text)::uuid. */
  static UUID md5Uuid(String text) throws Exception {
    byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (d[i] & 0xff);
      lo = (lo << 8) | (d[i + 8] & 0xff);
    }
    return new UUID(hi, lo);
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  static void log(String format, Object... args) {
    System.err.printf("==> " + format + "%n", args);
  }
}
