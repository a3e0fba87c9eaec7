package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseWork.me;

import eu.pharos.helpline.TimelineEntryView;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.platform.FileRejected;
import eu.pharos.platform.FileStore;
import eu.pharos.platform.StoredFileView;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Notes and documents added to the timeline of an open case. */
@Component
class CaseTimeline {

  private final CaseCalendar calendar;
  private final CaseRules rules;
  private final FileStore files;
  private final EntityManager entityManager;
  private final CaseWork work;
  private final CaseViews views;

  CaseTimeline(
      CaseCalendar calendar,
      CaseRules rules,
      FileStore files,
      EntityManager entityManager,
      CaseWork work,
      CaseViews views) {
    this.calendar = calendar;
    this.rules = rules;
    this.files = files;
    this.entityManager = entityManager;
    this.work = work;
    this.views = views;
  }

  TimelineEntryView addNote(UUID caseId, String text) {
    CaseRecord record = work.find(caseId);
    work.requireOpen(record);
    List<Problem> problems = new ArrayList<>();
    String note =
        rules.required(
            text, CaseRules.TEXT_MAX, "text", "helpline.cases.error.note.required", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = calendar.now();
    TimelineEntry entry = work.write(caseId, TimelineKind.NOTE, note, null, null, me(), now);
    work.touch(caseId, now);
    entityManager.flush();
    work.audited("helpline.case.note-added", caseId, "entry " + entry.id());
    return views.entryView(entry);
  }

  TimelineEntryView attachDocument(UUID caseId, String fileName, InputStream content) {
    CaseRecord record = work.find(caseId);
    if (content == null) {
      throw FileRejected.empty();
    }
    try (content) {
      work.requireOpen(record);
      String name = documentName(fileName);
      // The file store keeps its name in plain text: it gets a neutral one with the same
      // extension, and the name the user gave is sealed in the timeline.
      StoredFileView stored = files.store(neutralName(name), content);
      Instant now = calendar.now();
      TimelineEntry entry =
          work.write(caseId, TimelineKind.DOCUMENT, null, stored.id(), name, me(), now);
      work.touch(caseId, now);
      entityManager.flush();
      work.audited("helpline.case.document-attached", caseId, "entry " + entry.id());
      return views.entryView(entry);
    } catch (java.io.IOException closing) {
      throw new java.io.UncheckedIOException(closing);
    }
  }

  /** The last segment of what the user called the file, without control characters, shortened. */
  static String documentName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name =
        name.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "document";
    }
    return name.length() > CaseRules.FILE_NAME_MAX
        ? name.substring(name.length() - CaseRules.FILE_NAME_MAX)
        : name;
  }

  /** "document" with the extension of the given name, if it has a short plain one. */
  static String neutralName(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return extension.matches("[a-z0-9]{1,10}") ? "document." + extension : "document";
  }
}
