package eu.pharos.network.exchange;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.network.MemberAdministration;
import eu.pharos.network.MemberRecord;
import eu.pharos.network.MemberView;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Writes the whole directory, every member in every status, in the format the importer reads back.
 * Staff data (who confirmed contact details, history) stays out of it.
 */
@Service
class DirectoryExporter {

  private final MemberAdministration administration;
  private final AuditLog audit;
  private final Clock clock;

  DirectoryExporter(MemberAdministration administration, AuditLog audit, Clock clock) {
    this.administration = administration;
    this.audit = audit;
    this.clock = clock;
  }

  @PreAuthorize("hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')")
  List<MemberView> members() {
    List<MemberView> members =
        administration.members(null).stream()
            .map(MemberRecord::member)
            .sorted(
                Comparator.comparing(MemberView::countryCode).thenComparing(MemberView::shortName))
            .toList();
    audit.record(
        AuditRecord.of("network.directory.export", AuditOutcome.SUCCESS)
            .detail(members.size() + " members"));
    return members;
  }

  void write(DirectoryFormat format, List<MemberView> members, OutputStream out) {
    if (format == DirectoryFormat.CSV) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CsvDirectoryWriter.write(members, writer);
    } else {
      DirectoryJson.write(members, Instant.now(clock), out);
    }
  }
}
