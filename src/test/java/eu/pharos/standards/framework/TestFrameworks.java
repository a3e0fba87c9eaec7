package eu.pharos.standards.framework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Small frameworks for tests: two standards, three criteria, five indicators (the last one
 * optional), one four-level scale, in English and French.
 */
@Component
public class TestFrameworks {

  public static final Scale SCALE =
      new Scale(
          "maturity",
          List.of(
              new ScaleLevel(0, LocalText.of("en", "Not in place")),
              new ScaleLevel(1, LocalText.of("en", "Initial")),
              new ScaleLevel(2, LocalText.of("en", "Largely in place")),
              new ScaleLevel(3, LocalText.of("en", "Fully in place"))));

  private final FrameworkRepository frameworks;
  private final TransactionTemplate transactions;

  TestFrameworks(FrameworkRepository frameworks, TransactionTemplate transactions) {
    this.frameworks = frameworks;
    this.transactions = transactions;
  }

  /** A new adopted framework under a fresh code; returns its id. */
  public UUID adopted() {
    return create(true);
  }

  /** A new draft framework under a fresh code; returns its id. */
  public UUID draft() {
    return create(false);
  }

  private UUID create(boolean adopt) {
    return transactions.execute(
        status -> {
          Instant now = Instant.now();
          Framework framework =
              new Framework(
                  "test-" + UUID.randomUUID().toString().substring(0, 8),
                  "1.0",
                  false,
                  List.of("en", "fr"),
                  LocalText.of("en", "Test standards").with("fr", "Normes de test"),
                  LocalText.EMPTY,
                  List.of(SCALE),
                  null,
                  now,
                  null);
          Standard governance =
              framework.addStandard("1", LocalText.of("en", "Governance"), LocalText.EMPTY);
          Criterion independence =
              governance.addCriterion("1.1", LocalText.of("en", "Independence"));
          indicator(independence, "1.1.1", "Statutes guarantee independence", true);
          indicator(independence, "1.1.2", "Conflicts of interest are declared", true);
          Criterion board = governance.addCriterion("1.2", LocalText.of("en", "Board"));
          indicator(board, "1.2.1", "The board meets at least twice a year", true);
          Standard confidentiality =
              framework.addStandard("2", LocalText.of("en", "Confidentiality"), LocalText.EMPTY);
          Criterion records = confidentiality.addCriterion("2.1", LocalText.of("en", "Records"));
          indicator(records, "2.1.1", "Victims' records are kept secure", true);
          indicator(records, "2.1.2", "Staff sign a confidentiality agreement", false);
          if (adopt) {
            framework.adopt(now, null);
          }
          frameworks.save(framework);
          return framework.id();
        });
  }

  private static void indicator(Criterion criterion, String code, String title, boolean required) {
    criterion.addIndicator(
        code,
        LocalText.of("en", title),
        LocalText.of("en", "Guidance for " + code),
        LocalText.of("en", "Evidence for " + code),
        "maturity",
        required);
  }
}
