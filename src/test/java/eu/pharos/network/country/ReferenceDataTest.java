package eu.pharos.network.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.network.CountryView;
import eu.pharos.network.HarmonisedLineStatus;
import eu.pharos.network.InstrumentView;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reference files shipped with Pharos, and how a malformed file is refused. */
class ReferenceDataTest {

  static final ReferenceCountries countries = new ReferenceCountries();

  @Test
  void denmarkIsNotBoundByTheVictimsRightsDirectiveButItsNeighboursAre() {
    assertThat(codes(country("DK").boundBy())).doesNotContain("2012/29/EU");
    assertThat(codes(country("DE").boundBy())).contains("2012/29/EU", "2017/541");
    assertThat(codes(country("SE").boundBy())).contains("2012/29/EU");
  }

  @Test
  void nonMembersOfTheEuAreBoundByNoEuInstrument() {
    assertThat(country("GB").boundBy()).isEmpty();
    assertThat(country("IL").euMember()).isFalse();
  }

  @Test
  void portugalRuns116006ThroughApav() {
    CountryView portugal = country("pt");
    assertThat(portugal.harmonisedLine()).isEqualTo(HarmonisedLineStatus.OPERATING);
    assertThat(portugal.harmonisedLineOperator()).startsWith("APAV");
    assertThat(portugal.timeZone().getId()).isEqualTo("Europe/Lisbon");
    assertThat(portugal.languages()).containsExactly("pt");
  }

  @Test
  void theFiveCountriesTheSeedNamesHaveNoGenericService() {
    for (String code : List.of("IT", "GR", "LT", "RO", "BG")) {
      assertThat(country(code).genericVictimSupport()).as(code).isFalse();
    }
    assertThat(country("DE").genericVictimSupport()).isTrue();
    assertThat(country("PL").genericVictimSupport()).as("no source: unknown").isNull();
  }

  @Test
  void theFourteenStatesWithout116006AreNotOperatingAndOthersUnknown() {
    List<String> without =
        List.of("BE", "BG", "CY", "GR", "HU", "IT", "LT", "LU", "MT", "PL", "RO", "SK", "SI", "ES");
    assertThat(countries.all())
        .filteredOn(c -> c.harmonisedLine() == HarmonisedLineStatus.NOT_OPERATING)
        .extracting(CountryView::code)
        .containsExactlyInAnyOrderElementsOf(without);
    assertThat(country("NO").harmonisedLine()).isEqualTo(HarmonisedLineStatus.UNKNOWN);
    assertThat(countries.all()).allSatisfy(c -> assertThat(c.emergencyNumber()).isEqualTo("112"));
  }

  @Test
  void everyCountryOfTheDemoNetworkAndEveryEuStateIsKnown() {
    assertThat(countries.all())
        .extracting(CountryView::code)
        .contains("BE", "PT", "DE", "AT", "HR", "IE", "CZ", "DK", "FI", "FR", "NL", "RU", "IL");
    assertThat(countries.all()).filteredOn(CountryView::euMember).hasSize(27);
    assertThat(countries.all())
        .allSatisfy(c -> assertThat(c.checked()).isEqualTo(LocalDate.of(2026, 11, 28)));
  }

  @Test
  void instrumentsComeOldestFirstWithTheirDeadlines() {
    assertThat(codes(countries.instruments()))
        .containsExactly(
            "2004/80/EC", "2007/116/EC", "2009/884/EC", "2011/99/EU", "2012/29/EU", "2017/541");
    InstrumentView directive = countries.instruments().get(4);
    assertThat(directive.transpositionDeadline()).isEqualTo(LocalDate.of(2015, 11, 16));
    assertThat(directive.title()).contains("rights, support and protection");
  }

  @Test
  void namesComeInTheReadersLanguageAndUnknownCodesFindNothing() {
    assertThat(country("DE").name(Locale.FRENCH)).isEqualTo("Allemagne");
    assertThat(countries.find("XX")).isEmpty();
    assertThat(countries.find(null)).isEmpty();
  }

  @Test
  void everyCountryHasAnOutlineOnTheMap() {
    EuropeMap map = new EuropeMap();
    assertThat(map.viewBox()).matches("0 0 \\d+ \\d+");
    assertThat(countries.all())
        .allSatisfy(c -> assertThat(map.outlines()).as(c.code()).containsKey(c.code()));
  }

  @Test
  void aFileWithOtherColumnsIsRefusedWithTheLine() {
    assertThatThrownBy(() -> countries("# comment\ncode,eu,emergency\nPT,yes,112\n"))
        .isInstanceOf(ReferenceFileMalformed.class)
        .hasMessageContaining("test.csv")
        .hasMessageContaining("line 2")
        .hasMessageContaining("expected the columns");
  }

  @Test
  void aBadValueIsRefusedWithItsLineAndWhatIsWrong() {
    assertThatThrownBy(() -> countries(row("PT,yes,112,yes,OPERATING,APAV,Europe/Lisboa,pt,s")))
        .isInstanceOf(ReferenceFileMalformed.class)
        .hasMessage(
            "Reference file test.csv is malformed at line 2: unknown time zone Europe/Lisboa");
    assertThatThrownBy(() -> countries(row("XX,yes,112,yes,OPERATING,APAV,Europe/Lisbon,pt,s")))
        .hasMessageContaining("unknown ISO 3166-1 country code XX");
    assertThatThrownBy(() -> countries(row("PT,maybe,112,yes,OPERATING,APAV,Europe/Lisbon,pt,s")))
        .hasMessageContaining("eu_member must be yes or no, not maybe");
    assertThatThrownBy(() -> countries(row("PT,yes,112,yes,RUNNING,APAV,Europe/Lisbon,pt,s")))
        .hasMessageContaining("line_status must be one of");
    assertThatThrownBy(() -> countries(row("PT,yes,112,yes,OPERATING,,Europe/Lisbon,pt,s")))
        .hasMessageContaining("116 006 operating without operator");
    assertThatThrownBy(() -> countries(row("PT,yes,112,yes,OPERATING,APAV,Europe/Lisbon,pt")))
        .hasMessageContaining("expected 9 fields but found 8");
    assertThatThrownBy(() -> countries(row("PT,yes,112,yes,OPERATING,\"APAV,Europe/Lisbon,pt,s")))
        .hasMessageContaining("a quoted field is not closed");
  }

  @Test
  void aCountryListedTwiceIsRefused() {
    String line = "PT,yes,112,yes,OPERATING,APAV,Europe/Lisbon,pt,s";
    assertThatThrownBy(() -> countries(row(line) + line + "\n"))
        .hasMessageContaining("line 3: country PT twice");
  }

  @Test
  void anInstrumentWithABadDeadlineIsRefused() {
    String file =
        String.join(",", ReferenceData.INSTRUMENT_COLUMNS)
            + "\n2012/29/EU,DIRECTIVE,Victims,16 November 2015,EU,DK,source\n";
    assertThatThrownBy(() -> ReferenceData.instruments("i.csv", new StringReader(file)))
        .isInstanceOf(ReferenceFileMalformed.class)
        .hasMessageContaining("i.csv is malformed at line 2")
        .hasMessageContaining("deadline must be a date like 2015-11-16");
  }

  @Test
  void aWellFormedFileIsRead() {
    List<CountryView> read =
        countries(row("PT,yes,112,unknown,OPERATING,\"APAV, Lisbon\",Europe/Lisbon,pt,s"));
    assertThat(read)
        .singleElement()
        .satisfies(
            pt -> {
              assertThat(pt.harmonisedLineOperator()).isEqualTo("APAV, Lisbon");
              assertThat(pt.genericVictimSupport()).isNull();
            });
  }

  private static String row(String line) {
    return String.join(",", ReferenceData.COUNTRY_COLUMNS) + "\n" + line + "\n";
  }

  private static List<CountryView> countries(String file) {
    return ReferenceData.countries("test.csv", new StringReader(file), List.of());
  }

  private static CountryView country(String code) {
    return countries.find(code).orElseThrow();
  }

  private static List<String> codes(List<InstrumentView> instruments) {
    return instruments.stream().map(InstrumentView::code).toList();
  }
}
