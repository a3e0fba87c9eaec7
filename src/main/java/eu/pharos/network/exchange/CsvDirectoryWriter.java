package eu.pharos.network.exchange;

import eu.pharos.network.HolidayView;
import eu.pharos.network.MemberView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the directory as the CSV file that {@link CsvDirectoryReader} reads back. */
final class CsvDirectoryWriter {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader(CsvColumns.ALL.toArray(String[]::new))
          .setRecordSeparator("\r\n")
          .get();

  private CsvDirectoryWriter() {}

  static void write(List<MemberView> members, Writer out) {
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (MemberView m : members) {
        printer.printRecord(
            m.shortName(),
            m.name(),
            m.countryCode(),
            m.membershipType().name(),
            m.status().name(),
            m.website(),
            m.email(),
            m.phone(),
            m.summary(),
            m.timeZone().getId(),
            list(m.languages()),
            list(m.services().stream().map(Enum::name).sorted().toList()),
            list(m.crimeTypes().stream().map(Enum::name).sorted().toList()),
            list(m.regions()),
            m.hours().toText(),
            m.holidays().stream()
                .map(CsvDirectoryWriter::holiday)
                .collect(Collectors.joining("; ")),
            m.chatInPharos(),
            m.contactVerified());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String list(Collection<String> items) {
    return String.join("; ", items);
  }

  private static String holiday(HolidayView h) {
    return h.name() == null || h.name().isBlank() ? h.date().toString() : h.date() + " " + h.name();
  }
}
