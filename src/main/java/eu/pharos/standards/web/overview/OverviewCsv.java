package eu.pharos.standards.web.overview;

import eu.pharos.standards.cycle.NetworkOverview.Cell;
import eu.pharos.standards.cycle.NetworkOverview.Column;
import eu.pharos.standards.cycle.NetworkOverview.Heatmap;
import eu.pharos.standards.cycle.NetworkOverview.IndicatorCount;
import eu.pharos.standards.cycle.NetworkOverview.IndicatorRanking;
import eu.pharos.standards.cycle.NetworkOverview.MemberStage;
import eu.pharos.standards.cycle.NetworkOverview.Stages;
import eu.pharos.standards.web.StandardsPages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The overview's tables as CSV for spreadsheets: UTF-8 with a byte order mark (so that spreadsheet
 * programs read names such as "Bílý kruh" right), commas, CRLF line ends, headers and words in the
 * reader's language, dates as ISO dates in the secretariat's time zone, percentages as whole
 * numbers. A cell that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class OverviewCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

  private static final char BOM = '\uFEFF';

  private final StandardsPages pages;
  private final Locale locale;
  private final ZoneId zone;

  OverviewCsv(StandardsPages pages, Locale locale) {
    this.pages = pages;
    this.locale = locale;
    this.zone = pages.zone();
  }

  void heatmap(Heatmap heatmap, OutputStream out) {
    String language = locale.getLanguage();
    List<String> header = new ArrayList<>();
    header.add(text("standards.overview.csv.member"));
    header.add(text("standards.overview.csv.short-name"));
    header.add(text("standards.overview.csv.country"));
    header.add(text("standards.overview.csv.cycle"));
    header.add(text("standards.overview.csv.framework-version"));
    header.add(text("standards.overview.csv.stage"));
    for (Column column : heatmap.columns()) {
      String name = column.code() + " " + column.title().in(language);
      header.add(text("standards.overview.csv.score", name));
      header.add(text("standards.overview.csv.source", name));
    }
    write(
        out,
        header,
        heatmap.rows().stream()
            .map(
                row -> {
                  List<Object> values = new ArrayList<>();
                  values.add(row.organisationName());
                  values.add(row.shortName());
                  values.add(row.countryCode());
                  values.add(row.cycleReference());
                  values.add(row.frameworkVersion());
                  values.add(text(row.stage().messageKey()));
                  for (Cell cell : row.cells()) {
                    values.add(cell.empty() ? "" : cell.percent());
                    values.add(cell.empty() ? "" : text(cell.source().messageKey()));
                  }
                  return values;
                })
            .toList());
  }

  void indicators(IndicatorRanking ranking, OutputStream out) {
    String language = locale.getLanguage();
    List<String> header =
        List.of(
            text("standards.overview.csv.rank"),
            text("standards.overview.csv.indicator-code"),
            text("standards.overview.csv.indicator"),
            text("standards.overview.csv.standard-code"),
            text("standards.overview.csv.standard"),
            text("standards.overview.csv.framework-version"),
            text("standards.overview.csv.not-met"),
            text("standards.overview.csv.partly-met"),
            text("standards.overview.csv.evaluated"));
    List<List<Object>> rows = new ArrayList<>();
    int rank = 0;
    for (IndicatorCount count : ranking.indicators()) {
      rows.add(
          List.of(
              ++rank,
              count.code(),
              count.title().in(language),
              count.standardCode(),
              count.standardTitle().in(language),
              count.frameworkVersion(),
              count.notMet(),
              count.partlyMet(),
              ranking.evaluatedMembers()));
    }
    write(out, header, rows);
  }

  void stages(Stages stages, OutputStream out) {
    String language = locale.getLanguage();
    List<String> header =
        List.of(
            text("standards.overview.csv.member"),
            text("standards.overview.csv.short-name"),
            text("standards.overview.csv.country"),
            text("standards.overview.csv.stage"),
            text("standards.overview.csv.cycle"),
            text("standards.overview.csv.framework"),
            text("standards.overview.csv.pilot"),
            text("standards.overview.csv.opened"),
            text("standards.overview.csv.submitted"),
            text("standards.overview.csv.reported"),
            text("standards.overview.csv.decided"),
            text("standards.overview.csv.accreditation"),
            text("standards.overview.csv.valid-until"),
            text("standards.overview.csv.expired"),
            text("standards.overview.csv.overdue"));
    List<List<Object>> rows = new ArrayList<>();
    for (MemberStage m : stages.members()) {
      List<Object> values = new ArrayList<>();
      values.add(m.organisationName());
      values.add(m.shortName());
      values.add(m.countryCode());
      values.add(text(m.stageKey()));
      values.add(m.hasCycle() ? m.cycleReference() : "");
      values.add(m.hasCycle() ? m.frameworkName().in(language) + " " + m.frameworkVersion() : "");
      values.add(m.hasCycle() ? yesNo(m.pilot()) : "");
      values.add(date(m.openedAt()));
      values.add(date(m.submittedAt()));
      values.add(date(m.reportedAt()));
      values.add(date(m.decidedAt()));
      var accreditation = m.accreditation();
      values.add(accreditation == null ? "" : text(accreditation.outcome().messageKey()));
      values.add(
          accreditation == null || accreditation.validUntil() == null
              ? ""
              : accreditation.validUntil().toString());
      values.add(
          accreditation == null || accreditation.validUntil() == null
              ? ""
              : yesNo(accreditation.expired()));
      values.add(m.hasCycle() ? m.overdueActions() : "");
      rows.add(values);
    }
    write(out, header, rows);
  }

  /**
   * A value a spreadsheet would read as a formula (or a command, after a tab or line break) made
   * plain text with a leading apostrophe; numbers are left alone.
   */
  static Object guard(Object value) {
    if (!(value instanceof String text) || text.isEmpty()) {
      return value;
    }
    char first = text.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r'
        || first == '\n') {
      return "'" + text;
    }
    return text;
  }

  private void write(OutputStream out, List<String> header, List<List<Object>> rows) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write(BOM);
      CSVPrinter printer = new CSVPrinter(writer, FORMAT);
      printer.printRecord(header.stream().map(OverviewCsv::guard).toList());
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(OverviewCsv::guard).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String date(Instant instant) {
    return instant == null ? "" : LocalDate.ofInstant(instant, zone).toString();
  }

  private String yesNo(boolean value) {
    return text(value ? "standards.overview.csv.yes" : "standards.overview.csv.no");
  }

  private String text(String key, Object... args) {
    return pages.message(key, locale, args);
  }
}
