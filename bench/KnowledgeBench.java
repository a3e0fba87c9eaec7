import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The knowledge search benchmark (see bench/README.md and bench/knowledge), a single-file program
 * run by {@code java}:
 *
 * <ul>
 *   <li>{@code load <size>}, with the H2 driver on the class path, while Pharos is stopped: writes
 *       {@code size} search entries of made-up multilingual text into {@code
 *       knowledge_search_entry} of Pharos's embedded database, spread over the demo centres, six
 *       kinds, five languages, twelve countries and eight years; prints how many an anonymous
 *       visitor may find (public, not hidden) to {@code BENCH_EXPECTED};
 *   <li>{@code measure}, with Lucene's core jar on the class path, while Pharos runs on that
 *       database and has indexed it: the same queries through Pharos's search API ({@code GET
 *       /api/v1/knowledge/search?q=…&kind=…}, anonymous) and as a bare Lucene query on the very
 *       index Pharos wrote ({@code <data-dir>/index/knowledge}, opened read-only in this process),
 *       with the same concurrency; prints latency percentiles, throughput and the ratios.
 * </ul>
 *
 * <p>Everything comes from a seeded random generator: two runs of one size load the same text and
 * ask the same questions.
 */
public class KnowledgeBench {

  static final long SEED = 20261128L;
  static final int PAGE_SIZE = 20;
  static final String[] KINDS = {
    "practice", "document", "guideline", "meeting", "minutes", "discussion"
  };
  static final int[] KIND_WEIGHTS = {20, 30, 10, 10, 10, 20};
  static final String[] LANGUAGES = {"en", "fr", "de", "pt", "nl"};
  static final int[] LANGUAGE_WEIGHTS = {40, 15, 15, 15, 15};
  static final String[] COUNTRIES = {
    "PT", "DE", "FR", "NL", "BE", "AT", "IE", "ES", "IT", "HR", "SE", "FI"
  };

  /** Words of each language that victim support writes about; the tail comes from syllables. */
  static final String[][] HEAD_WORDS = {
    {
      "victim", "support", "helpline", "volunteer", "training", "court", "police", "violence",
      "domestic", "children", "family", "trauma", "referral", "guidance", "practice", "network",
      "service", "crime", "safety", "shelter", "counselling", "rights", "information", "legal",
      "advice", "emergency", "protection", "assessment", "quality", "standard", "report",
      "meeting", "minutes", "cross-border", "cooperation", "funding", "evaluation", "survey",
      "terrorism", "cybercrime", "hate", "restorative", "justice", "compensation", "interpreter",
      "accessibility", "disability", "elderly", "migrants", "outreach"
    },
    {
      "victime", "soutien", "écoute", "bénévole", "formation", "tribunal", "police", "violence",
      "conjugale", "enfants", "famille", "traumatisme", "orientation", "accompagnement",
      "pratique", "réseau", "service", "infraction", "sécurité", "hébergement", "droits",
      "information", "juridique", "conseil", "urgence", "protection", "évaluation", "qualité",
      "rapport", "réunion", "procès-verbal", "coopération", "financement", "enquête", "terrorisme",
      "haine", "justice", "réparation", "interprète", "handicap", "personnes", "âgées",
      "migrants", "prévention", "plainte", "médiation", "psychologique", "juge", "audience",
      "aide"
    },
    {
      "opfer", "unterstützung", "beratung", "ehrenamtliche", "schulung", "gericht", "polizei",
      "gewalt", "häusliche", "kinder", "familie", "trauma", "vermittlung", "leitlinie", "praxis",
      "netzwerk", "dienst", "straftat", "sicherheit", "schutzwohnung", "rechte", "information",
      "rechtliche", "hilfe", "notfall", "schutz", "bewertung", "qualität", "bericht", "sitzung",
      "protokoll", "zusammenarbeit", "finanzierung", "umfrage", "terrorismus", "hass",
      "gerechtigkeit", "entschädigung", "dolmetscher", "barrierefreiheit", "behinderung",
      "ältere", "migranten", "prävention", "anzeige", "prozessbegleitung", "psychosoziale",
      "richter", "verhandlung", "begleitung"
    },
    {
      "vítima", "apoio", "linha", "voluntário", "formação", "tribunal", "polícia", "violência",
      "doméstica", "crianças", "família", "trauma", "encaminhamento", "orientação", "prática",
      "rede", "serviço", "crime", "segurança", "acolhimento", "direitos", "informação",
      "jurídico", "aconselhamento", "emergência", "proteção", "avaliação", "qualidade",
      "relatório", "reunião", "ata", "cooperação", "financiamento", "inquérito", "terrorismo",
      "ódio", "justiça", "indemnização", "intérprete", "acessibilidade", "deficiência", "idosos",
      "migrantes", "prevenção", "queixa", "mediação", "psicológico", "juiz", "audiência",
      "acompanhamento"
    },
    {
      "slachtoffer", "steun", "hulplijn", "vrijwilliger", "opleiding", "rechtbank", "politie",
      "geweld", "huiselijk", "kinderen", "gezin", "trauma", "doorverwijzing", "richtlijn",
      "praktijk", "netwerk", "dienst", "misdrijf", "veiligheid", "opvang", "rechten",
      "informatie", "juridisch", "advies", "noodgeval", "bescherming", "beoordeling", "kwaliteit",
      "verslag", "vergadering", "notulen", "samenwerking", "financiering", "enquête",
      "terrorisme", "haat", "rechtvaardigheid", "schadevergoeding", "tolk", "toegankelijkheid",
      "beperking", "ouderen", "migranten", "preventie", "aangifte", "bemiddeling",
      "psychologisch", "rechter", "zitting", "begeleiding"
    }
  };

  static final String[] SYLLABLES = {
    "ka", "ri", "mo", "te", "lu", "sa", "ven", "dor", "mi", "ta", "lo", "nes", "pa", "ro", "vi",
    "gal", "ser", "tu", "ban", "qui", "fel", "dra", "zo", "mer", "lin", "cas", "tro", "ba", "ne",
    "pol"
  };

  static final int TAIL_WORDS = 4000;

  public static void main(String[] args) throws Exception {
    switch (args.length == 0 ? "" : args[0]) {
      case "load" -> load(Integer.parseInt(args[1]));
      case "measure" -> measure();
      default -> {
        System.err.println("usage: KnowledgeBench load <size> | measure");
        System.exit(2);
      }
    }
  }

  // --- The vocabulary ---------------------------------------------------------------------------

  /** Each language's words: its head words first (the most frequent), then made-up ones. */
  static List<List<String>> vocabulary() {
    Random random = new Random(SEED);
    List<List<String>> all = new ArrayList<>();
    for (int l = 0; l < LANGUAGES.length; l++) {
      List<String> words = new ArrayList<>(Arrays.asList(HEAD_WORDS[l]));
      java.util.Set<String> seen = new java.util.HashSet<>(words);
      while (words.size() < HEAD_WORDS[l].length + TAIL_WORDS) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
          word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        word.append(LANGUAGES[l].charAt(0));
        if (seen.add(word.toString())) {
          words.add(word.toString());
        }
      }
      all.add(words);
    }
    return all;
  }

  /** A word rank with about Zipf's distribution: rank r is drawn about 1/r as often as the first. */
  static int zipf(Random random, int size) {
    return Math.min(size - 1, (int) Math.floor(Math.pow(size + 1, random.nextDouble())) - 1);
  }

  static int weighted(Random random, int[] weights) {
    int total = Arrays.stream(weights).sum();
    int pick = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static String text(Random random, List<String> words, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(i % 12 == 0 ? ". " : " ");
      }
      String word = words.get(zipf(random, words.size()));
      text.append(i % 12 == 0 ? capitalised(word) : word);
    }
    return text.append('.').toString();
  }

  static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  // --- Loading ----------------------------------------------------------------------------------

  record Centre(UUID id, String slug, UUID lead) {}

  static void load(int size) throws Exception {
    String url = env("BENCH_JDBC_URL", null);
    List<List<String>> vocabulary = vocabulary();
    Random random = new Random(SEED + size);
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, env("BENCH_DB_USER", "sa"), "")) {
      db.setAutoCommit(false);
      List<Centre> centres = new ArrayList<>();
      try (PreparedStatement query =
              db.prepareStatement(
                  "select id, slug, lead_organisation_id from knowledge_centre order by slug");
          ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          centres.add(
              new Centre(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)));
        }
      }
      if (centres.isEmpty()) {
        throw new IllegalStateException("no centre in the database: is the demo network there?");
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into knowledge_search_entry (id, kind, ref_id, centre_id, visibility,"
                  + " hidden, title, body, language, country, organisation_id, link, updated_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 1; i <= size; i++) {
          int language = weighted(random, LANGUAGE_WEIGHTS);
          List<String> words = vocabulary.get(language);
          String kind = KINDS[weighted(random, KIND_WEIGHTS)];
          Centre centre = centres.get(random.nextInt(centres.size()));
          int roll = random.nextInt(100);
          String visibility = roll < 60 ? "PUBLIC" : roll < 90 ? "NETWORK" : "CENTRE";
          boolean hidden = random.nextInt(100) == 0;
          int bodyWords =
              switch (kind) {
                case "document", "minutes" -> 200 + random.nextInt(600);
                case "discussion" -> 20 + random.nextInt(120);
                default -> 80 + random.nextInt(300);
              };
          UUID refId = new UUID(SEED, i);
          insert.setObject(1, UUID.randomUUID());
          insert.setString(2, kind);
          insert.setObject(3, refId);
          insert.setObject(4, centre.id());
          insert.setString(5, visibility);
          insert.setBoolean(6, hidden);
          String title = text(random, words, 3 + random.nextInt(7));
          insert.setString(7, title.substring(0, title.length() - 1));
          insert.setString(8, text(random, words, bodyWords));
          insert.setString(9, LANGUAGES[language]);
          insert.setString(10, COUNTRIES[random.nextInt(COUNTRIES.length)]);
          insert.setObject(11, centre.lead());
          insert.setString(12, "/centres/" + centre.slug() + "/" + kind + "/" + refId);
          insert.setObject(
              13,
              OffsetDateTime.of(2019, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC)
                  .plusMinutes(random.nextInt(8 * 365 * 24 * 60)));
          insert.addBatch();
          if (i % 2000 == 0 || i == size) {
            insert.executeBatch();
            db.commit();
          }
          if (i % 20000 == 0) {
            log("  %d of %d entries", i, size);
          }
        }
      }
      long visible;
      try (PreparedStatement count =
              db.prepareStatement(
                  "select count(*) from knowledge_search_entry"
                      + " where visibility = 'PUBLIC' and not hidden");
          ResultSet rs = count.executeQuery()) {
        rs.next();
        visible = rs.getLong(1);
      }
      Files.writeString(Path.of(env("BENCH_EXPECTED", "bench-expected")), Long.toString(visible));
      log(
          "loaded %d entries in %.0f s; %d in all are public and not hidden",
          size, (System.nanoTime() - started) / 1e9, visible);
    }
  }

  // --- The queries ------------------------------------------------------------------------------

  /** One question: its words (one language) and perhaps a kind. */
  record Question(List<String> words, String kind) {

    String url(String baseUrl) {
      String url =
          baseUrl
              + "/api/v1/knowledge/search?q="
              + URLEncoder.encode(String.join(" ", words), StandardCharsets.UTF_8);
      return kind == null ? url : url + "&kind=" + kind;
    }
  }

  /**
   * The same list for both sides: one to three words of one language, drawn from its commonest
   * thousand so that most questions find something and some find a lot; a kind in one of four.
   */
  static List<Question> questions(int count) {
    List<List<String>> vocabulary = vocabulary();
    Random random = new Random(SEED * 31);
    List<Question> questions = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      List<String> words = vocabulary.get(weighted(random, LANGUAGE_WEIGHTS));
      int roll = random.nextInt(10);
      int n = roll < 6 ? 1 : roll < 9 ? 2 : 3;
      List<String> chosen = new ArrayList<>();
      while (chosen.size() < n) {
        String word = words.get(zipf(random, 1000));
        if (!chosen.contains(word)) {
          chosen.add(word);
        }
      }
      String kind = random.nextInt(4) == 0 ? KINDS[random.nextInt(KINDS.length)] : null;
      questions.add(new Question(chosen, kind));
    }
    return questions;
  }

  /** A word as the index holds it in title and body: lower case, accents folded. */
  static String folded(String word) {
    return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  /** The fields Pharos's search looks in: title (boosted) and body, and their language twins. */
  static final List<String> TEXT_FIELDS;

  static {
    List<String> fields = new ArrayList<>(List.of("title", "body"));
    for (String language : LANGUAGES) {
      fields.add("title_" + language);
      fields.add("body_" + language);
    }
    TEXT_FIELDS = Collections.unmodifiableList(fields);
  }

  /**
   * The bare Lucene query of a question: every word (a hyphenated one as its parts) in one of the
   * text fields, titles boosted three times; only public entries that are not hidden; the kind.
   */
  static Query lucene(Question question) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : question.words()) {
      for (String part : folded(word).split("-")) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String field : TEXT_FIELDS) {
          Query term = new TermQuery(new Term(field, part));
          anyField.add(field.startsWith("title") ? new BoostQuery(term, 3f) : term, Occur.SHOULD);
        }
        query.add(anyField.build(), Occur.MUST);
      }
    }
    visibleToEveryone(query);
    if (question.kind() != null) {
      query.add(new TermQuery(new Term("kind", question.kind())), Occur.FILTER);
    }
    return query.build();
  }

  static void visibleToEveryone(BooleanQuery.Builder query) {
    query.add(new TermQuery(new Term("visibility", "PUBLIC")), Occur.FILTER);
    query.add(IntPoint.newExactQuery("hidden", 0), Occur.FILTER);
  }

  /** The first page, best first, with the total counted exactly and the page's stored fields. */
  static long luceneSearch(IndexSearcher searcher, Query query) throws Exception {
    TopDocs top =
        searcher.search(query, new TopScoreDocCollectorManager(PAGE_SIZE, null, Integer.MAX_VALUE));
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      stored.document(hit.doc);
    }
    return top.totalHits.value;
  }

  static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  static long pharosSearch(HttpClient client, String url) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
          + response.body());
    }
    Matcher total = TOTAL.matcher(response.body());
    if (!total.find()) {
      throw new IllegalStateException(url + " answered without a total: " + response.body());
    }
    return Long.parseLong(total.group(1));
  }

  // --- Measuring --------------------------------------------------------------------------------

  enum Side {
    PHAROS,
    LUCENE
  }

  static void measure() throws Exception {
    String baseUrl = env("BENCH_BASE_URL", "http://127.0.0.1:8080");
    Path indexDir = Path.of(env("BENCH_INDEX_DIR", "data/index/knowledge"));
    int rounds = Integer.parseInt(env("BENCH_ROUNDS", "2"));
    int duration = Integer.parseInt(env("BENCH_DURATION", "10"));
    int warmup = Integer.parseInt(env("BENCH_WARMUP", "10"));
    int[] concurrency =
        Arrays.stream(env("BENCH_THREADS", "1 8").trim().split("\\s+"))
            .mapToInt(Integer::parseInt)
            .toArray();
    List<Question> questions = questions(Integer.parseInt(env("BENCH_QUESTIONS", "200")));
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    try (FSDirectory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      BooleanQuery.Builder everything = new BooleanQuery.Builder();
      everything.add(new MatchAllDocsQuery(), Occur.MUST);
      visibleToEveryone(everything);
      long expected = Long.parseLong(Files.readString(Path.of(env("BENCH_EXPECTED", "x"))).strip());
      long visible = searcher.count(everything.build());
      log(
          "index %s: %d documents, %d public and not hidden (the database has %d)",
          indexDir, reader.numDocs(), visible, expected);
      if (visible != expected) {
        throw new IllegalStateException("the bare query's filter does not match Pharos's");
      }

      // The same questions must find about the same on both sides. Pharos's language fields are
      // stemmed, so it may find a few more; the bare side looks for the words as written.
      long same = 0;
      long pharosTotal = 0;
      long luceneTotal = 0;
      long empty = 0;
      for (Question question : questions) {
        long p = pharosSearch(client, question.url(baseUrl));
        long l = luceneSearch(searcher, lucene(question));
        same += p == l ? 1 : 0;
        empty += p == 0 ? 1 : 0;
        pharosTotal += p;
        luceneTotal += l;
      }
      log(
          "%d questions: the same total on both sides for %d; found in all %d by Pharos, %d by"
              + " the bare query; %d find nothing",
          questions.size(), same, pharosTotal, luceneTotal, empty);

      List<String> lines = new ArrayList<>();
      for (int threads : concurrency) {
        run(Side.PHAROS, threads, warmup, questions, client, baseUrl, searcher);
        run(Side.LUCENE, threads, Math.max(2, warmup / 2), questions, client, baseUrl, searcher);
        List<Long> pharos = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        double seconds = 0;
        for (int round = 0; round < rounds; round++) {
          pharos.addAll(run(Side.PHAROS, threads, duration, questions, client, baseUrl, searcher));
          bare.addAll(run(Side.LUCENE, threads, duration, questions, client, baseUrl, searcher));
          seconds += duration;
        }
        String line =
            String.format(
                Locale.ROOT,
                "%,d entries %2d users | Pharos p50 %6.2f p90 %6.2f p99 %6.2f ms %6.0f req/s"
                    + " | bare Lucene p50 %6.2f p90 %6.2f p99 %6.2f ms %6.0f req/s"
                    + " | ratio p50 %.1f p90 %.1f p99 %.1f",
                reader.numDocs(),
                threads,
                percentile(pharos, 50),
                percentile(pharos, 90),
                percentile(pharos, 99),
                pharos.size() / seconds,
                percentile(bare, 50),
                percentile(bare, 90),
                percentile(bare, 99),
                bare.size() / seconds,
                percentile(pharos, 50) / percentile(bare, 50),
                percentile(pharos, 90) / percentile(bare, 90),
                percentile(pharos, 99) / percentile(bare, 99));
        System.out.println(line);
        lines.add(line);
      }
      Path results = Path.of(env("BENCH_RESULTS", "bench-results.txt"));
      Files.write(results, lines, StandardCharsets.UTF_8);
    }
  }

  /** One side for a while with that many users, back to back; each call's latency in ns. */
  static List<Long> run(
      Side side,
      int threads,
      int seconds,
      List<Question> questions,
      HttpClient client,
      String baseUrl,
      IndexSearcher searcher)
      throws Exception {
    ConcurrentLinkedQueue<long[]> results = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(threads);
    List<Query> queries = questions.stream().map(KnowledgeBench::lucene).toList();
    for (int t = 0; t < threads; t++) {
      int first = t * questions.size() / threads;
      Thread worker =
          new Thread(
              () -> {
                List<Long> mine = new ArrayList<>();
                try {
                  for (int i = first; !stop.get(); i++) {
                    int q = i % questions.size();
                    long start = System.nanoTime();
                    if (side == Side.PHAROS) {
                      pharosSearch(client, questions.get(q).url(baseUrl));
                    } else {
                      luceneSearch(searcher, queries.get(q));
                    }
                    mine.add(System.nanoTime() - start);
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                  stop.set(true);
                } finally {
                  results.add(mine.stream().mapToLong(Long::longValue).toArray());
                  done.countDown();
                }
              });
      worker.start();
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    done.await();
    if (failure.get() != null) {
      throw new IllegalStateException(side + " failed", failure.get());
    }
    List<Long> all = new ArrayList<>();
    results.forEach(a -> Arrays.stream(a).forEach(all::add));
    return all;
  }

  /** The p-th percentile in ms (nearest rank). */
  static double percentile(List<Long> nanos, double p) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      if (fallback == null) {
        throw new IllegalStateException("set " + name);
      }
      return fallback;
    }
    return value;
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "==> " + format + "%n", args);
  }
}
