package eu.pharos.network.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.CrimeType;
import eu.pharos.network.InstrumentView;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MembershipType;
import eu.pharos.network.SupportService;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvDirectoryReaderTest {

  static final String HEADER = String.join(",", CsvColumns.ALL);

  /** Two countries are enough to tell a known code from an unknown one. */
  static final Countries COUNTRIES =
      new Countries() {
        @Override
        public List<CountryView> all() {
          return List.of(country("PT", "Europe/Lisbon"), country("DE", "Europe/Berlin"));
        }

        @Override
        public Optional<CountryView> find(String code) {
          return all().stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
        }

        @Override
        public List<InstrumentView> instruments() {
          return List.of();
        }
      };

  private static CountryView country(String code, String zone) {
    return new CountryView(
        code, true, "112", true, null, null, ZoneId.of(zone), List.of(), List.of(), "test", null);
  }

  private final CsvDirectoryReader reader = new CsvDirectoryReader(COUNTRIES);

  static String row(String shortName, String country, String hours) {
    return shortName
        + ",Name of "
        + shortName
        + ","
        + country
        + ",full,approved,https://example.org,info@example.org,+351 1,\"A summary, with a comma\","
        + "Europe/Lisbon,pt; en,HELPLINE;LEGAL_INFORMATION,DOMESTIC_VIOLENCE,Lisboa; Porto,\""
        + hours
        + "\",2026-12-25 Christmas Day,false,false";
  }

  private ReadResult read(String text) {
    return reader.read(text, processed -> {});
  }

  @Test
  void readsEveryValueOfAValidRow() {
    ReadResult result = read(HEADER + "\n" + row("APAV", "pt", "MON 09:00-13:00; MON 14:00-24:00"));

    assertThat(result.problems()).isEmpty();
    ImportedMember member = result.members().get(0);
    assertThat(member.line()).isEqualTo(2);
    assertThat(member.shortName()).isEqualTo("APAV");
    assertThat(member.countryCode()).isEqualTo("PT");
    assertThat(member.membershipType()).isEqualTo(MembershipType.FULL);
    assertThat(member.status()).isEqualTo(MemberStatus.APPROVED);
    assertThat(member.summary()).isEqualTo("A summary, with a comma");
    assertThat(member.languages()).containsExactly("pt", "en");
    assertThat(member.services())
        .containsExactlyInAnyOrder(SupportService.HELPLINE, SupportService.LEGAL_INFORMATION);
    assertThat(member.crimeTypes()).containsExactly(CrimeType.DOMESTIC_VIOLENCE);
    assertThat(member.regions()).containsExactly("Lisboa", "Porto");
    assertThat(member.hours().periods()).hasSize(2);
    assertThat(member.hours().periods().get(1).closesAtMidnight()).isTrue();
    assertThat(member.holidays())
        .singleElement()
        .satisfies(h -> assertThat(h.name()).isEqualTo("Christmas Day"));
    assertThat(member.offices()).as("a CSV row leaves offices alone").isNull();
  }

  @Test
  void reportsEveryBadValueWithItsLineAndField() {
    String bad =
        "X1,,XX,gold,approved,ftp://example.org,not-an-email,,,Mars/Olympus,pt; xx,HELPLINE;FLYING,,,"
            + "\"FRI 17:00-09:00\",2026-13-01,maybe,false";

    ReadResult result = read(HEADER + "\n" + row("APAV", "PT", "24/7") + "\n" + bad);

    assertThat(result.members()).hasSize(1);
    assertThat(result.problems())
        .extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(3, "name", "network.exchange.problem.required"),
            org.assertj.core.groups.Tuple.tuple(
                3, "country", "network.exchange.problem.unknown-country"),
            org.assertj.core.groups.Tuple.tuple(
                3, "membership_type", "network.exchange.problem.unknown-value"),
            org.assertj.core.groups.Tuple.tuple(3, "website", "network.exchange.problem.website"),
            org.assertj.core.groups.Tuple.tuple(3, "email", "network.exchange.problem.email"),
            org.assertj.core.groups.Tuple.tuple(
                3, "time_zone", "network.exchange.problem.unknown-time-zone"),
            org.assertj.core.groups.Tuple.tuple(
                3, "languages", "network.exchange.problem.unknown-language"),
            org.assertj.core.groups.Tuple.tuple(
                3, "services", "network.exchange.problem.unknown-value"),
            org.assertj.core.groups.Tuple.tuple(
                3, "opening_hours", "network.hours.invalid.END_BEFORE_START.row"),
            org.assertj.core.groups.Tuple.tuple(
                3, "holidays", "network.exchange.problem.holiday-syntax"),
            org.assertj.core.groups.Tuple.tuple(
                3, "chat_in_pharos", "network.exchange.problem.yes-no"));
  }

  @Test
  void overlappingAndUnreadableHoursAreReported() {
    ReadResult result =
        read(
            HEADER
                + "\n"
                + row("A", "PT", "MON 09:00-13:00; MON 12:00-18:00")
                + "\n"
                + row("B", "PT", "Mondays 9 to 5"));

    assertThat(result.problems())
        .extracting(RowProblem::line, RowProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "network.hours.invalid.OVERLAP.row"),
            org.assertj.core.groups.Tuple.tuple(3, "network.exchange.problem.hours-syntax"));
    assertThat(result.problems().get(0).arguments()).containsExactly("MON", "12:00–18:00");
  }

  @Test
  void aShortNameTwiceIsADuplicateWhateverItsCase() {
    ReadResult result = read(HEADER + "\n" + row("APAV", "PT", "") + "\n" + row("apav", "PT", ""));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.messageKey()).isEqualTo("network.exchange.problem.duplicate");
              assertThat(p.arguments()).containsExactly("2");
            });
  }

  @Test
  void missingAndUnknownColumnsAreNamed() {
    String header = HEADER.replace(",regions", "").replace("holidays", "holiday");

    ReadResult result = read(header + "\n");

    assertThat(result.problems())
        .extracting(RowProblem::messageKey, p -> p.arguments().get(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "network.exchange.problem.columns-missing", "regions, holidays"),
            org.assertj.core.groups.Tuple.tuple(
                "network.exchange.problem.columns-unknown", "holiday"));
    assertThat(result.members()).isEmpty();
  }

  @Test
  void aRowWithTooManyValuesIsRejected() {
    ReadResult result = read(HEADER + "\n" + row("APAV", "PT", "") + ",extra");

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.messageKey()).isEqualTo("network.exchange.problem.value-count");
              assertThat(p.arguments()).containsExactly("18", "19");
            });
  }

  @Test
  void anUnclosedQuoteIsMalformed() {
    ReadResult result = read(HEADER + "\n" + row("APAV", "PT", "") + "\n\"BROKEN,unclosed");

    assertThat(result.problems())
        .extracting(RowProblem::messageKey)
        .containsExactly("network.exchange.problem.csv-malformed");
  }

  @Test
  void aHeaderAloneHasNoMembers() {
    assertThat(read(HEADER + "\n").problems())
        .extracting(RowProblem::messageKey)
        .containsExactly("network.exchange.problem.no-rows");
  }

  @Test
  void progressIsReportedForEveryRow() {
    StringBuilder file = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 500; i++) {
      file.append(row("M" + i, "DE", "TUE 10:00-12:00")).append('\n');
    }
    List<Integer> seen = new ArrayList<>();

    ReadResult result = reader.read(file.toString(), seen::add);

    assertThat(result.problems()).isEmpty();
    assertThat(result.members()).hasSize(500);
    assertThat(seen).hasSize(500).startsWith(1, 2, 3).endsWith(500);
    assertThat(result.members().get(499).hours().on(DayOfWeek.TUESDAY)).hasSize(1);
  }

  @Test
  void writtenFilesAreReadBackUnchanged() {
    ReadResult first = read(HEADER + "\n" + row("APAV", "PT", "MON 09:00-13:00; SAT 18:00-24:00"));
    assertThat(first.problems()).isEmpty();
    ImportedMember m = first.members().get(0);
    String hours = m.hours().toText();

    assertThat(hours).isEqualTo("MON 09:00-13:00; SAT 18:00-24:00");
    assertThat(eu.pharos.network.OpeningHours.parse(hours)).isEqualTo(m.hours());
    assertThat(Set.of(Locale.getISOLanguages())).contains("pt");
  }
}
