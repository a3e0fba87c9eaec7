package eu.pharos.helpline.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.platform.PdfLayout;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a victim's export as a PDF a person can read: A4, one heading per section, every field
 * with its label in the reader's language, and an embedded font that covers the accented letters of
 * every Pharos language (Liberation Sans, which OpenPDF ships as its fallback font).
 */
@Component
class ExportPdf {

  private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
  private static final Color HEADING = new Color(0x1d, 0x46, 0x8c);
  private static final Color LABEL = new Color(0x50, 0x5a, 0x5f);

  private final MessageSource messages;
  private final Countries countries;
  private final Directory directory;

  ExportPdf(MessageSource messages, Countries countries, Directory directory) {
    this.messages = messages;
    this.countries = countries;
    this.directory = directory;
  }

  byte[] write(VictimExport export, Locale locale) {
    ZoneId zone = zoneOf(export);
    try {
      Writer writer = new Writer(locale, zone, PdfLayout.font());
      return writer.write(export);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the export as PDF", e);
    }
  }

  private ZoneId zoneOf(VictimExport export) {
    return organisationId(export)
        .flatMap(directory::member)
        .map(MemberView::timeZone)
        .orElse(ZoneOffset.UTC);
  }

  private static java.util.Optional<UUID> organisationId(VictimExport export) {
    return java.util.Optional.ofNullable(export.organisationId());
  }

  /** One document being written, in one language. */
  private final class Writer {

    private final Locale locale;
    private final ZoneId zone;
    private final Font title;
    private final Font heading;
    private final Font subheading;
    private final Font label;
    private final Font value;
    private final Font small;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);

    Writer(Locale locale, ZoneId zone, BaseFont font) {
      this.locale = locale;
      this.zone = zone;
      this.title = new Font(font, 20, Font.NORMAL, INK);
      this.heading = new Font(font, 15, Font.NORMAL, HEADING);
      this.subheading = new Font(font, 12, Font.NORMAL, HEADING);
      this.label = new Font(font, 9, Font.NORMAL, LABEL);
      this.value = new Font(font, 10, Font.NORMAL, INK);
      this.small = new Font(font, 8, Font.NORMAL, LABEL);
      this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
      this.timeFormat =
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
              .withLocale(locale)
              .withZone(zone);
    }

    byte[] write(VictimExport export) throws DocumentException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfWriter pdf = PdfWriter.getInstance(document, out);
      pdf.setViewerPreferences(PdfWriter.DisplayDocTitle);
      pdf.setPageEvent(
          PdfLayout.footer(
              page -> text("helpline.privacy.pdf.footer", export.victim().reference(), page),
              small));
      String documentTitle = text("helpline.privacy.pdf.title", export.victim().reference());
      document.addTitle(documentTitle);
      document.addCreator("Pharos");
      document.setDocumentLanguage(locale.getLanguage());
      document.open();

      Paragraph top = new Paragraph(documentTitle, title);
      top.setSpacingAfter(6);
      document.add(top);
      document.add(
          new Paragraph(
              text(
                  "helpline.privacy.pdf.intro",
                  export.organisation() == null ? "" : export.organisation(),
                  time(export.exportedAt())),
              value));

      victim(export.victim());
      consents(export.consents());
      section(text("helpline.privacy.pdf.section.cases"));
      if (export.cases().isEmpty()) {
        none();
      }
      for (VictimExport.Case c : export.cases()) {
        caseOf(c);
      }
      document.close();
      return out.toByteArray();
    }

    private void victim(VictimExport.Victim v) throws DocumentException {
      section(text("helpline.privacy.pdf.section.details"));
      PdfLayout.Fields f = fields();
      f.add(field("reference"), v.reference());
      f.add(field("fullName"), v.fullName());
      f.add(field("phone"), v.phone());
      f.add(field("email"), v.email());
      f.add(field("address"), v.address());
      f.add(field("dateOfBirth"), date(v.dateOfBirth()));
      f.add(field("preferredLanguage"), language(v.preferredLanguage()));
      f.add(field("residenceCountry"), country(v.residenceCountry()));
      f.add(field("legalHold"), v.legalHoldReason());
      f.add(field("legalHoldSetAt"), time(v.legalHoldSetAt()));
      f.add(field("erasedAt"), time(v.erasedAt()));
      f.add(field("erasureReason"), v.erasureReason());
      f.add(field("createdAt"), time(v.createdAt()));
      f.add(field("updatedAt"), time(v.updatedAt()));
      f.addTo(document);
    }

    private void consents(List<VictimExport.Consent> consents) throws DocumentException {
      section(text("helpline.privacy.pdf.section.consents"));
      if (consents.isEmpty()) {
        none();
      }
      for (VictimExport.Consent c : consents) {
        PdfLayout.Fields f = fields();
        f.add(field("consentKind"), label("helpline.consent-kind.", c.kind()));
        f.add(field("sharedWith"), c.sharedWithName());
        f.add(field("purpose"), c.purpose());
        f.add(field("method"), label("helpline.consent-method.", c.method()));
        f.add(field("givenAt"), time(c.givenAt()));
        f.add(field("validUntil"), date(c.validUntil()));
        f.add(field("recordedBy"), c.recordedBy());
        f.add(field("recordedAt"), time(c.recordedAt()));
        f.add(field("withdrawnAt"), time(c.withdrawnAt()));
        f.add(field("withdrawalMethod"), label("helpline.consent-method.", c.withdrawalMethod()));
        f.addTo(document);
      }
    }

    private void caseOf(VictimExport.Case c) throws DocumentException {
      Paragraph head = new Paragraph(text("helpline.privacy.pdf.case", c.reference()), heading);
      head.setSpacingBefore(14);
      head.setSpacingAfter(4);
      document.add(head);
      PdfLayout.Fields f = fields();
      f.add(field("status"), label("helpline.case-status.", c.status()));
      f.add(field("openedAt"), time(c.openedAt()));
      f.add(field("leadAdvisor"), c.leadAdvisor());
      f.add(field("team"), String.join(", ", c.team()));
      f.add(field("closedAt"), time(c.closedAt()));
      f.add(field("outcome"), label("helpline.case-outcome.", c.outcome()));
      f.add(field("closingNote"), c.closingNote());
      f.add(
          field("reopenedCount"),
          c.reopenedCount() == 0 ? null : String.valueOf(c.reopenedCount()));
      f.addTo(document);

      subsection(text("helpline.privacy.pdf.section.crime"));
      VictimExport.Crime crime = c.crime();
      PdfLayout.Fields cf = fields();
      cf.add(field("crimeType"), label("network.crime.", crime.crimeType()));
      cf.add(field("crimeDate"), date(crime.crimeDate()));
      cf.add(field("place"), crime.place());
      cf.add(field("crimeCountry"), country(crime.crimeCountry()));
      cf.add(field("caseResidenceCountry"), country(crime.residenceCountry()));
      cf.add(field("crossBorder"), yesNo(crime.crossBorder()));
      cf.add(field("summary"), crime.summary());
      cf.addTo(document);

      subsection(text("helpline.privacy.pdf.section.assessments"));
      if (c.assessments().isEmpty()) {
        none();
      }
      for (VictimExport.Assessment a : c.assessments()) {
        PdfLayout.Fields af = fields();
        af.add(field("assessmentStatus"), label("helpline.assessment-status.", a.status()));
        af.add(field("startedAt"), time(a.startedAt()));
        af.add(field("startedBy"), a.startedBy());
        af.add(field("submittedAt"), time(a.submittedAt()));
        af.add(field("submittedBy"), a.submittedBy());
        for (Map.Entry<String, String> answer : a.answers().entrySet()) {
          af.add(
              label("helpline.assessment.question.", answer.getKey()),
              label("helpline.assessment.answer.", answer.getValue()));
        }
        af.add(
            field("specificProtectionNeeds"),
            a.specificProtectionNeeds() == null ? null : yesNo(a.specificProtectionNeeds()));
        List<String> measures = new ArrayList<>();
        a.protectionMeasures().forEach(m -> measures.add(label("helpline.measure.", m)));
        af.add(
            field("protectionMeasures"), measures.isEmpty() ? null : String.join("; ", measures));
        af.add(field("assessmentSummary"), a.summary());
        af.addTo(document);
      }

      subsection(text("helpline.privacy.pdf.section.plan"));
      if (c.plan().isEmpty()) {
        none();
      }
      for (VictimExport.PlanAction p : c.plan()) {
        PdfLayout.Fields pf = fields();
        pf.add(field("action"), p.description());
        pf.add(field("owner"), p.owner());
        pf.add(field("dueOn"), date(p.dueOn()));
        pf.add(field("actionStatus"), label("helpline.action-status.", p.status()));
        pf.add(field("createdAt"), time(p.createdAt()));
        pf.add(field("completedAt"), time(p.completedAt()));
        pf.addTo(document);
      }

      subsection(text("helpline.privacy.pdf.section.followUps"));
      if (c.followUps().isEmpty()) {
        none();
      }
      for (VictimExport.FollowUp u : c.followUps()) {
        PdfLayout.Fields uf = fields();
        uf.add(field("dueAt"), time(u.dueAt()));
        uf.add(field("assignee"), u.assignee());
        uf.add(field("note"), u.note());
        uf.add(field("actionStatus"), label("helpline.action-status.", u.status()));
        uf.add(field("doneAt"), time(u.doneAt()));
        uf.addTo(document);
      }

      subsection(text("helpline.privacy.pdf.section.timeline"));
      if (c.timeline().isEmpty()) {
        none();
      }
      for (VictimExport.TimelineEntry t : c.timeline()) {
        PdfLayout.Fields tf = fields();
        tf.add(field("occurredAt"), time(t.occurredAt()));
        tf.add(field("entry"), label("helpline.timeline.", t.kind()));
        tf.add(field("author"), t.author());
        tf.add(field("text"), t.text());
        tf.add(field("document"), t.documentName());
        tf.addTo(document);
      }

      subsection(text("helpline.privacy.pdf.section.contacts"));
      if (c.contacts().isEmpty()) {
        none();
      }
      for (VictimExport.Contact k : c.contacts()) {
        PdfLayout.Fields kf = fields();
        kf.add(field("startedAt"), time(k.startedAt()));
        kf.add(field("channel"), label("helpline.channel.", k.channel()));
        kf.add(field("line"), k.line());
        kf.add(field("direction"), label("helpline.direction.", k.direction()));
        kf.add(field("duration"), duration(k.durationSeconds()));
        kf.add(field("language"), language(k.language()));
        kf.add(field("advisor"), k.advisor());
        kf.add(field("topic"), label("network.service.", k.topic()));
        kf.add(field("crimeType"), label("network.crime.", k.crimeType()));
        kf.add(field("heardFrom"), label("helpline.heard-from.", k.heardFrom()));
        kf.add(field("contactOutcome"), label("helpline.contact-outcome.", k.outcome()));
        kf.add(field("anonymous"), yesNo(k.anonymous()));
        kf.add(field("note"), k.note());
        kf.add(field("transcript"), k.transcript());
        kf.addTo(document);
      }
    }

    private void section(String name) throws DocumentException {
      Paragraph p = new Paragraph(name, heading);
      p.setSpacingBefore(16);
      p.setSpacingAfter(4);
      document.add(p);
    }

    private void subsection(String name) throws DocumentException {
      Paragraph p = new Paragraph(name, subheading);
      p.setSpacingBefore(8);
      p.setSpacingAfter(2);
      document.add(p);
    }

    private void none() throws DocumentException {
      document.add(new Paragraph(text("helpline.privacy.pdf.none"), value));
    }

    /** An empty table of labelled fields. */
    private PdfLayout.Fields fields() {
      return PdfLayout.fields(1.1f, 2.9f, label, value);
    }

    /** The label of one of the export's fields. */
    private String field(String name) {
      return text("helpline.privacy.field." + name);
    }

    private String text(String key, Object... arguments) {
      return messages.getMessage(key, arguments, locale);
    }

    /** The label of a stored category, or the stored name when no label is known. */
    private String label(String prefix, String name) {
      if (name == null || name.isBlank()) {
        return null;
      }
      return messages.getMessage(prefix + name, null, name, locale);
    }

    private String yesNo(boolean yes) {
      return text(yes ? "helpline.privacy.yes" : "helpline.privacy.no");
    }

    private String date(LocalDate date) {
      return date == null ? null : dateFormat.format(date);
    }

    private String time(Instant instant) {
      return instant == null ? null : timeFormat.format(instant);
    }

    private String duration(Integer seconds) {
      if (seconds == null) {
        return null;
      }
      return text("helpline.privacy.pdf.duration", seconds / 60, seconds % 60);
    }

    private String language(String code) {
      if (code == null || code.isBlank()) {
        return null;
      }
      String name = new Locale(code).getDisplayLanguage(locale);
      return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private String country(String code) {
      if (code == null || code.isBlank()) {
        return null;
      }
      return countries.find(code).map((CountryView c) -> c.name(locale)).orElse(code);
    }
  }
}
