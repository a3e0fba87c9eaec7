package eu.pharos.network.exchange;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.network.Countries;
import eu.pharos.network.HelplineDetails;
import eu.pharos.network.HelplineView;
import eu.pharos.network.ImportResult;
import eu.pharos.network.InvalidMemberProfile;
import eu.pharos.network.MemberAdministration;
import eu.pharos.network.MemberDetails;
import eu.pharos.network.MemberProfileImport;
import eu.pharos.network.MemberView;
import eu.pharos.network.OfficeDetails;
import eu.pharos.network.OfficeView;
import eu.pharos.network.OpeningHoursUpdate;
import eu.pharos.network.ProfileProblem;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Imports the directory from a CSV or JSON file in the background, so that the page can show its
 * progress. All or nothing: every row is read and checked first, and only a file without a single
 * problem is handed to {@link MemberAdministration#importProfiles}, which stores it in one
 * transaction. The worker acts as the user who uploaded the file (their security context goes with
 * it), so the facade's own rules and history apply as if they had typed it in.
 */
@Service
class DirectoryImporter {

  private static final Logger log = LoggerFactory.getLogger(DirectoryImporter.class);

  private final ImportJobStore jobs;
  private final MemberAdministration administration;
  private final Countries countries;
  private final AuditLog audit;
  private final Executor executor;
  private final long maxBytes;

  DirectoryImporter(
      ImportJobStore jobs,
      MemberAdministration administration,
      Countries countries,
      AuditLog audit,
      @Qualifier("applicationTaskExecutor") Executor executor,
      @Value("${pharos.network.import.max-size:5MB}") DataSize maxSize,
      Clock clock) {
    this.jobs = jobs;
    this.administration = administration;
    this.countries = countries;
    this.audit = audit;
    this.executor = executor;
    this.maxBytes = maxSize.toBytes();
  }

  long maxBytes() {
    return maxBytes;
  }

  /** Checks the upload's size and kind, records the job and starts reading it. */
  @PreAuthorize("hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')")
  UUID start(String fileName, byte[] content) {
    if (content.length == 0) {
      throw new ImportRefused(ImportRefused.Reason.EMPTY, maxBytes);
    }
    if (content.length > maxBytes) {
      throw new ImportRefused(ImportRefused.Reason.TOO_LARGE, maxBytes);
    }
    DirectoryFormat format =
        DirectoryFormat.detect(fileName, content)
            .orElseThrow(() -> new ImportRefused(ImportRefused.Reason.UNKNOWN_FORMAT, maxBytes));
    StaffUser user = TenantContext.currentUser().orElseThrow();
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
    name = name.length() > 200 ? name.substring(0, 200) : name;
    UUID id = jobs.create(format.name(), name, user.userId(), user.displayName());
    audit.record(
        AuditRecord.of("network.directory.import", AuditOutcome.SUCCESS)
            .target("directory-import", id)
            .detail(format + " " + content.length + " bytes"));
    executor.execute(
        new DelegatingSecurityContextRunnable(
            () -> run(id, format, content), SecurityContextHolder.getContext()));
    return id;
  }

  /** Reads, checks and (if all is well) stores one uploaded file; never throws. */
  void run(UUID id, DirectoryFormat format, byte[] content) {
    int rows = 0;
    try {
      FileText.Decoded decoded = FileText.decode(content);
      if (decoded.text() == null) {
        jobs.finish(
            id,
            ImportStatus.REJECTED,
            0,
            0,
            0,
            List.of(RowProblem.of(decoded.badLine(), "", "network.exchange.problem.not-utf8")));
        return;
      }
      String text = decoded.text();
      int total = format.estimateRows(text);
      jobs.progress(id, ImportStatus.READING, total, 0);
      ReadResult result =
          format == DirectoryFormat.CSV
              ? new CsvDirectoryReader(countries).read(text, throttled(id, total))
              : new JsonDirectoryReader(countries).read(text, throttled(id, total));
      rows = result.rows();
      if (!result.acceptable()) {
        jobs.finish(id, ImportStatus.REJECTED, rows, 0, 0, sorted(result.problems()));
        return;
      }
      jobs.progress(id, ImportStatus.APPLYING, rows, rows);
      try {
        ImportResult stored = administration.importProfiles(commands(result.members()));
        jobs.finish(id, ImportStatus.DONE, rows, stored.created(), stored.updated(), List.of());
      } catch (InvalidMemberProfile e) {
        jobs.finish(id, ImportStatus.REJECTED, rows, 0, 0, problems(e, result.members()));
      }
    } catch (RuntimeException e) {
      log.error("Directory import {} failed; nothing was stored", id, e);
      jobs.finish(
          id,
          ImportStatus.FAILED,
          rows,
          0,
          0,
          List.of(RowProblem.ofFile("network.exchange.problem.internal")));
    }
  }

  /** Writes progress about fifty times per file, not once per row. */
  private IntConsumer throttled(UUID id, int total) {
    int step = Math.max(1, total / 50);
    return processed -> {
      if (processed % step == 0) {
        jobs.progress(id, ImportStatus.READING, Math.max(total, processed), processed);
      }
    };
  }

  /**
   * Problems the facade found (e.g. a short name taken by another organisation), placed on the
   * file's lines: the facade counts profiles from 0 in the order given, which is the order read.
   */
  private static List<RowProblem> problems(InvalidMemberProfile e, List<ImportedMember> members) {
    return sorted(
        e.problems().stream()
            .map(
                (ProfileProblem p) ->
                    new RowProblem(
                        p.record() < members.size() ? members.get(p.record()).line() : 0,
                        p.field(),
                        p.messageKey(),
                        p.value() == null ? List.of() : List.of(p.value())))
            .toList());
  }

  private List<MemberProfileImport> commands(List<ImportedMember> members) {
    Map<String, MemberView> existing =
        administration.members(null).stream()
            .map(r -> r.member())
            .collect(
                Collectors.toMap(
                    m -> m.shortName().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    List<MemberProfileImport> commands =
        members.stream()
            .map(m -> command(m, existing.get(m.shortName().toUpperCase(Locale.ROOT))))
            .toList();
    return commands;
  }

  private static MemberProfileImport command(ImportedMember m, MemberView current) {
    List<OfficeDetails> offices =
        m.offices() != null
            ? m.offices().stream().map(DirectoryImporter::office).toList()
            : current == null
                ? List.of()
                : current.offices().stream().map(DirectoryImporter::office).toList();
    List<HelplineDetails> helplines =
        m.helplines() != null
            ? m.helplines()
            : current == null
                ? List.of()
                : current.helplines().stream().map(DirectoryImporter::helpline).toList();
    return new MemberProfileImport(
        current == null ? null : current.organisationId(),
        m.name(),
        m.shortName(),
        m.countryCode(),
        m.membershipType(),
        m.status(),
        new MemberDetails(
            m.website(),
            m.email(),
            m.phone(),
            m.summary(),
            m.timeZone().getId(),
            m.languages(),
            m.services(),
            m.crimeTypes(),
            m.regions()),
        new OpeningHoursUpdate(m.hours().isAlwaysOpen(), m.hours().periods(), m.holidays()),
        offices,
        helplines,
        m.chatInPharos());
  }

  private static OfficeDetails office(OfficeView o) {
    return new OfficeDetails(
        o.name(),
        o.street(),
        o.postcode(),
        o.city(),
        o.region(),
        o.latitude(),
        o.longitude(),
        o.phone());
  }

  private static HelplineDetails helpline(HelplineView h) {
    return new HelplineDetails(
        h.number(),
        h.harmonised(),
        h.languages(),
        h.hours().isAlwaysOpen(),
        h.hours().periods(),
        h.cost());
  }

  private static List<RowProblem> sorted(List<RowProblem> problems) {
    return problems.stream()
        .sorted(Comparator.comparingInt(RowProblem::line).thenComparing(RowProblem::field))
        .toList();
  }
}
