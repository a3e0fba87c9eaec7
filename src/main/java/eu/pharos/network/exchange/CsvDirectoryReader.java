package eu.pharos.network.exchange;

import static eu.pharos.network.exchange.CsvColumns.*;

import eu.pharos.network.Countries;
import eu.pharos.network.CrimeType;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MembershipType;
import eu.pharos.network.SupportService;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the directory's CSV file: one member profile per row, with the header of {@link CsvColumns}
 * (any order, nothing missing, nothing unknown). Lists inside a cell are separated by semicolons.
 * Every problem is collected with its line, so that one upload tells the whole story.
 */
final class CsvDirectoryReader {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  private final Countries countries;

  CsvDirectoryReader(Countries countries) {
    this.countries = countries;
  }

  ReadResult read(String text, IntConsumer progress) {
    LineIndex lines = new LineIndex(text);
    List<ImportedMember> members = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Map<String, Integer> firstLineOf = new HashMap<>();
    int rows = 0;
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      if (!checkHeader(parser.getHeaderNames(), problems)) {
        return new ReadResult(List.of(), problems, 0);
      }
      for (CSVRecord record : parser) {
        rows++;
        int line = lines.lineAt(record.getCharacterPosition());
        if (!record.isConsistent()) {
          problems.add(
              RowProblem.of(
                  line,
                  "",
                  "network.exchange.problem.value-count",
                  CsvColumns.ALL.size(),
                  record.size()));
        } else {
          RowReader row = new RowReader(line, countries);
          ImportedMember member = member(record, row);
          String key =
              member.shortName() == null ? null : member.shortName().toUpperCase(Locale.ROOT);
          if (key != null && firstLineOf.containsKey(key)) {
            row.reject(SHORT_NAME, "network.exchange.problem.duplicate", firstLineOf.get(key));
          } else if (key != null) {
            firstLineOf.put(key, line);
          }
          if (row.hasProblems()) {
            problems.addAll(row.problems());
          } else {
            members.add(member);
          }
        }
        progress.accept(rows);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      // commons-csv: duplicate or blank header names
      problems.add(RowProblem.of(1, "", "network.exchange.problem.header-malformed"));
    } catch (UncheckedIOException | IOException e) {
      // an unclosed quote or a character after a closing quote
      problems.add(
          RowProblem.of(lines.lineAfter(rows), "", "network.exchange.problem.csv-malformed"));
    }
    if (rows == 0 && problems.isEmpty()) {
      problems.add(RowProblem.ofFile("network.exchange.problem.no-rows"));
    }
    return new ReadResult(members, problems, rows);
  }

  private static boolean checkHeader(List<String> header, List<RowProblem> problems) {
    List<String> missing = CsvColumns.ALL.stream().filter(c -> !header.contains(c)).toList();
    List<String> unknown = header.stream().filter(c -> !CsvColumns.ALL.contains(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(
          RowProblem.of(
              1, "", "network.exchange.problem.columns-missing", String.join(", ", missing)));
    }
    if (!unknown.isEmpty()) {
      problems.add(
          RowProblem.of(
              1, "", "network.exchange.problem.columns-unknown", String.join(", ", unknown)));
    }
    return missing.isEmpty() && unknown.isEmpty();
  }

  private ImportedMember member(CSVRecord r, RowReader row) {
    return new ImportedMember(
        row.line(),
        row.required(SHORT_NAME, r.get(SHORT_NAME), 32),
        row.required(NAME, r.get(NAME), 200),
        row.country(COUNTRY, r.get(COUNTRY)),
        row.choice(
            MEMBERSHIP_TYPE, r.get(MEMBERSHIP_TYPE), MembershipType.class, MembershipType.FULL),
        row.choice(STATUS, r.get(STATUS), MemberStatus.class, MemberStatus.PENDING),
        row.website(WEBSITE, r.get(WEBSITE)),
        row.email(EMAIL, r.get(EMAIL)),
        row.optional(PHONE, r.get(PHONE), 40),
        row.optional(SUMMARY, r.get(SUMMARY), 2000),
        row.zone(TIME_ZONE, r.get(TIME_ZONE)),
        row.languages(LANGUAGES, r.get(LANGUAGES)),
        row.choices(SERVICES, r.get(SERVICES), SupportService.class),
        row.choices(CRIME_TYPES, r.get(CRIME_TYPES), CrimeType.class),
        row.texts(REGIONS, r.get(REGIONS), 100),
        row.hours(OPENING_HOURS, r.get(OPENING_HOURS)),
        row.holidays(HOLIDAYS, r.get(HOLIDAYS)),
        row.yesNo(CHAT_IN_PHAROS, r.get(CHAT_IN_PHAROS), false),
        row.yesNo(CONTACT_VERIFIED, r.get(CONTACT_VERIFIED), false),
        null,
        null);
  }

  /** Maps character positions of the text to 1-based line numbers. */
  private static final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
      List<Integer> list = new ArrayList<>();
      list.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          list.add(i + 1);
        }
      }
      starts = list.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineAt(long position) {
      int index = java.util.Arrays.binarySearch(starts, (int) position);
      return index >= 0 ? index + 1 : -index - 1;
    }

    /** A best guess for a parse error after {@code rows} records: the next line. */
    int lineAfter(int rows) {
      return Math.min(rows + 2, starts.length);
    }
  }
}
