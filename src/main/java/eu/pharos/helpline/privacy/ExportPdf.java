package eu.pharos.helpline.privacy;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";

  private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
  private static final Color HEADING = new Color(0x1d, 0x46, 0x8c);
  private static final Color LABEL = new Color(0x50, 0x5a, 0x5f);
  private static final Color RULE = new Color(0xb1, 0xb4, 0xb6);

  private final MessageSource messages;
  private final Countries countries;
  private final Directory directory;
  private volatile byte[] font;

  ExportPdf(MessageSource messages, Countries countries, Directory directory) {
    this.messages = messages;
    this.countries = countries;
    this.directory = directory;
  }

  byte[] write(VictimExport export, Locale locale) {
    ZoneId zone = zoneOf(export);
    try {
      Writer writer = new Writer(locale, zone, baseFont());
      return writer.write(export);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the export as PDF", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  private BaseFont baseFont() throws IOException, DocumentException {
    byte[] bytes = font;
    if (bytes == null) {
      try (InputStream in = ExportPdf.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException("The PDF font " + FONT + " is not on the class path");
        }
        bytes = in.readAllBytes();
      }
      font = bytes;
    }
    return BaseFont.createFont(
        "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
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
      pdf.setPageEvent(new Footer(export.victim().reference()));
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
      Fields f = new Fields();
      f.add("reference", v.reference());
      f.add("fullName", v.fullName());
      f.add("phone", v.phone());
      f.add("email", v.email());
      f.add("address", v.address());
      f.add("dateOfBirth", date(v.dateOfBirth()));
      f.add("preferredLanguage", language(v.preferredLanguage()));
      f.add("residenceCountry", country(v.residenceCountry()));
      f.add("legalHold", v.legalHoldReason());
      f.add("legalHoldSetAt", time(v.legalHoldSetAt()));
      f.add("erasedAt", time(v.erasedAt()));
      f.add("erasureReason", v.erasureReason());
      f.add("createdAt", time(v.createdAt()));
      f.add("updatedAt", time(v.updatedAt()));
      f.addTo(document);
    }

    private void consents(List<VictimExport.Consent> consents) throws DocumentException {
      section(text("helpline.privacy.pdf.section.consents"));
      if (consents.isEmpty()) {
        none();
      }
      for (VictimExport.Consent c : consents) {
        Fields f = new Fields();
        f.add("consentKind", label("helpline.consent-kind.", c.kind()));
        f.add("sharedWith", c.sharedWithName());
        f.add("purpose", c.purpose());
        f.add("method", label("helpline.consent-method.", c.method()));
        f.add("givenAt", time(c.givenAt()));
        f.add("validUntil", date(c.validUntil()));
        f.add("recordedBy", c.recordedBy());
        f.add("recordedAt", time(c.recordedAt()));
        f.add("withdrawnAt", time(c.withdrawnAt()));
        f.add("withdrawalMethod", label("helpline.consent-method.", c.withdrawalMethod()));
        f.addTo(document);
      }
    }

    private void caseOf(VictimExport.Case c) throws DocumentException {
      Paragraph head = new Paragraph(text("helpline.privacy.pdf.case", c.reference()), heading);
      head.setSpacingBefore(14);
      head.setSpacingAfter(4);
      document.add(head);
      Fields f = new Fields();
      f.add("status", label("helpline.case-status.", c.status()));
      f.add("openedAt", time(c.openedAt()));
      f.add("leadAdvisor", c.leadAdvisor());
      f.add("team", String.join(", ", c.team()));
      f.add("closedAt", time(c.closedAt()));
      f.add("outcome", label("helpline.case-outcome.", c.outcome()));
      f.add("closingNote", c.closingNote());
      f.add("reopenedCount", c.reopenedCount() == 0 ? null : String.valueOf(c.reopenedCount()));
      f.addTo(document);

      subsection(text("helpline.privacy.pdf.section.crime"));
      VictimExport.Crime crime = c.crime();
      Fields cf = new Fields();
      cf.add("crimeType", label("network.crime.", crime.crimeType()));
      cf.add("crimeDate", date(crime.crimeDate()));
      cf.add("place", crime.place());
      cf.add("crimeCountry", country(crime.crimeCountry()));
      cf.add("caseResidenceCountry", country(crime.residenceCountry()));
      cf.add("crossBorder", yesNo(crime.crossBorder()));
      cf.add("summary", crime.summary());
      cf.addTo(document);

      subsection(text("helpline.privacy.pdf.section.assessments"));
      if (c.assessments().isEmpty()) {
        none();
      }
      for (VictimExport.Assessment a : c.assessments()) {
        Fields af = new Fields();
        af.add("assessmentStatus", label("helpline.assessment-status.", a.status()));
        af.add("startedAt", time(a.startedAt()));
        af.add("startedBy", a.startedBy());
        af.add("submittedAt", time(a.submittedAt()));
        af.add("submittedBy", a.submittedBy());
        for (Map.Entry<String, String> answer : a.answers().entrySet()) {
          af.addLabelled(
              label("helpline.assessment.question.", answer.getKey()),
              label("helpline.assessment.answer.", answer.getValue()));
        }
        af.add(
            "specificProtectionNeeds",
            a.specificProtectionNeeds() == null ? null : yesNo(a.specificProtectionNeeds()));
        List<String> measures = new ArrayList<>();
        a.protectionMeasures().forEach(m -> measures.add(label("helpline.measure.", m)));
        af.add("protectionMeasures", measures.isEmpty() ? null : String.join("; ", measures));
        af.add("assessmentSummary", a.summary());
        af.addTo(document);
      }

      subsection(text("helpline.privacy.pdf.section.plan"));
      if (c.plan().isEmpty()) {
        none();
      }
      for (VictimExport.PlanAction p : c.plan()) {
        Fields pf = new Fields();
        pf.add("action", p.description());
        pf.add("owner", p.owner());
        pf.add("dueOn", date(p.dueOn()));
        pf.add("actionStatus", label("helpline.action-status.", p.status()));
        pf.add("createdAt", time(p.createdAt()));
        pf.add("completedAt", time(p.completedAt()));
        pf.addTo(document);
      }

      subsection(text("helpline.privacy.pdf.section.followUps"));
      if (c.followUps().isEmpty()) {
        none();
      }
      for (VictimExport.FollowUp u : c.followUps()) {
        Fields uf = new Fields();
        uf.add("dueAt", time(u.dueAt()));
        uf.add("assignee", u.assignee());
        uf.add("note", u.note());
        uf.add("actionStatus", label("helpline.action-status.", u.status()));
        uf.add("doneAt", time(u.doneAt()));
        uf.addTo(document);
      }

      subsection(text("helpline.privacy.pdf.section.timeline"));
      if (c.timeline().isEmpty()) {
        none();
      }
      for (VictimExport.TimelineEntry t : c.timeline()) {
        Fields tf = new Fields();
        tf.add("occurredAt", time(t.occurredAt()));
        tf.add("entry", label("helpline.timeline.", t.kind()));
        tf.add("author", t.author());
        tf.add("text", t.text());
        tf.add("document", t.documentName());
        tf.addTo(document);
      }

      subsection(text("helpline.privacy.pdf.section.contacts"));
      if (c.contacts().isEmpty()) {
        none();
      }
      for (VictimExport.Contact k : c.contacts()) {
        Fields kf = new Fields();
        kf.add("startedAt", time(k.startedAt()));
        kf.add("channel", label("helpline.channel.", k.channel()));
        kf.add("line", k.line());
        kf.add("direction", label("helpline.direction.", k.direction()));
        kf.add("duration", duration(k.durationSeconds()));
        kf.add("language", language(k.language()));
        kf.add("advisor", k.advisor());
        kf.add("topic", label("network.service.", k.topic()));
        kf.add("crimeType", label("network.crime.", k.crimeType()));
        kf.add("heardFrom", label("helpline.heard-from.", k.heardFrom()));
        kf.add("contactOutcome", label("helpline.contact-outcome.", k.outcome()));
        kf.add("anonymous", yesNo(k.anonymous()));
        kf.add("note", k.note());
        kf.add("transcript", k.transcript());
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

    /** Labelled fields of one record, as a two-column table; empty fields are left out. */
    private final class Fields {

      private final PdfPTable table = new PdfPTable(new float[] {1.1f, 2.9f});

      Fields() {
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setSplitLate(false);
      }

      void add(String field, String text) {
        addLabelled(text("helpline.privacy.field." + field), text);
      }

      void addLabelled(String name, String text) {
        if (text == null || text.isBlank()) {
          return;
        }
        table.addCell(cell(new Phrase(name, label)));
        table.addCell(cell(new Phrase(text, value)));
      }

      void addTo(Document document) throws DocumentException {
        if (table.size() == 0) {
          return;
        }
        document.add(table);
      }

      private PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
      }
    }

    /** The reference and page number at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {

      private final String reference;

      Footer(String reference) {
        this.reference = reference;
      }

      @Override
      public void onEndPage(PdfWriter writer, Document document) {
        Phrase footer =
            new Phrase(
                new Chunk(
                    text("helpline.privacy.pdf.footer", reference, writer.getPageNumber()), small));
        com.lowagie.text.pdf.ColumnText.showTextAligned(
            writer.getDirectContent(),
            Element.ALIGN_CENTER,
            footer,
            (document.left() + document.right()) / 2,
            document.bottom() - 24,
            0);
      }
    }
  }
}
