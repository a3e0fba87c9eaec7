package eu.pharos.standards.cycle;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import eu.pharos.platform.PdfLayout;
import eu.pharos.standards.cycle.EvaluationView.FindingPart;
import eu.pharos.standards.cycle.EvaluationView.IndicatorPart;
import eu.pharos.standards.cycle.EvaluationView.StandardPart;
import eu.pharos.standards.framework.LocalText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an evaluation report as a PDF: a cover (organisation, framework, pilot, evaluators,
 * visit), the summary, the counts of findings, then per standard each indicator's self-rating,
 * finding and the member's response. The font is Liberation Sans, embedded, which covers the
 * accented letters of every Pharos language and of members' names.
 */
@Component
class EvaluationReportPdf {

  private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
  private static final Color HEADING = new Color(0x1d, 0x46, 0x8c);
  private static final Color LABEL = new Color(0x50, 0x5a, 0x5f);
  private static final Color DRAFT = new Color(0xd4, 0x35, 0x1c);

  private final MessageSource messages;
  private final ZoneId zone;

  EvaluationReportPdf(
      MessageSource messages,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
  }

  byte[] write(EvaluationView view, Locale locale) {
    try {
      return new Writer(locale, PdfLayout.font()).write(view);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the evaluation report as PDF", e);
    }
  }

  /** One document being written, in one language. */
  private final class Writer {

    private final Locale locale;
    private final String language;
    private final Font title;
    private final Font heading;
    private final Font subheading;
    private final Font label;
    private final Font value;
    private final Font small;
    private final Font draft;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);

    Writer(Locale locale, BaseFont font) {
      this.locale = locale;
      this.language = locale.getLanguage();
      this.title = new Font(font, 20, Font.NORMAL, INK);
      this.heading = new Font(font, 15, Font.NORMAL, HEADING);
      this.subheading = new Font(font, 11, Font.NORMAL, HEADING);
      this.label = new Font(font, 9, Font.NORMAL, LABEL);
      this.value = new Font(font, 10, Font.NORMAL, INK);
      this.small = new Font(font, 8, Font.NORMAL, LABEL);
      this.draft = new Font(font, 12, Font.NORMAL, DRAFT);
      this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
      this.timeFormat =
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
              .withLocale(locale)
              .withZone(zone);
    }

    byte[] write(EvaluationView view) throws DocumentException {
      CycleSummary cycle = view.cycle();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfWriter pdf = PdfWriter.getInstance(document, out);
      pdf.setViewerPreferences(PdfWriter.DisplayDocTitle);
      pdf.setPageEvent(
          PdfLayout.footer(
              page -> text("standards.evaluation.pdf.footer", cycle.reference(), page), small));
      String documentTitle = text("standards.evaluation.pdf.title", cycle.organisationName());
      document.addTitle(documentTitle);
      document.addCreator("Pharos");
      document.setDocumentLanguage(language);
      document.open();

      Paragraph top = new Paragraph(documentTitle, title);
      top.setSpacingAfter(6);
      document.add(top);
      if (!view.completed()) {
        document.add(new Paragraph(text("standards.evaluation.pdf.draft"), draft));
      }
      cover(view);

      section(text("standards.evaluation.pdf.summary"));
      document.add(
          new Paragraph(
              blank(view.reportSummary())
                  ? text("standards.evaluation.pdf.none")
                  : view.reportSummary(),
              value));

      section(text("standards.evaluation.pdf.counts"));
      PdfLayout.Fields counts = fields();
      counts.add(text("standards.finding.MET"), String.valueOf(view.counts().met()));
      counts.add(text("standards.finding.PARTLY_MET"), String.valueOf(view.counts().partlyMet()));
      counts.add(text("standards.finding.NOT_MET"), String.valueOf(view.counts().notMet()));
      counts.add(
          text("standards.evaluation.pdf.without"), String.valueOf(view.counts().withoutFinding()));
      counts.addTo(document);

      for (StandardPart standard : view.standards()) {
        section(standard.code() + " " + standard.title().in(language));
        for (IndicatorPart indicator : standard.indicators()) {
          indicator(indicator);
        }
      }
      document.close();
      return out.toByteArray();
    }

    private void cover(EvaluationView view) throws DocumentException {
      CycleSummary cycle = view.cycle();
      PdfLayout.Fields f = fields();
      f.add(text("standards.evaluation.pdf.organisation"), cycle.organisationName());
      f.add(text("standards.evaluation.pdf.reference"), cycle.reference());
      f.add(
          text("standards.evaluation.pdf.framework"),
          cycle.frameworkName().in(language) + " " + cycle.frameworkVersion());
      f.add(
          text("standards.evaluation.pdf.pilot"),
          text(cycle.pilot() ? "standards.evaluation.pdf.yes" : "standards.evaluation.pdf.no"));
      StringBuilder team = new StringBuilder();
      for (EvaluationView.Evaluator e : view.evaluators()) {
        if (!team.isEmpty()) {
          team.append('\n');
        }
        team.append(
            text(
                e.lead() ? "standards.evaluation.pdf.lead" : "standards.evaluation.pdf.member",
                e.name(),
                e.organisationName()));
      }
      f.add(text("standards.evaluation.pdf.evaluators"), team.toString());
      EvaluationView.Visit visit = view.visit();
      if (visit.planned()) {
        f.add(
            text("standards.evaluation.pdf.visit"),
            text(
                "standards.evaluation.pdf.visit-dates",
                date(visit.startsOn()),
                date(visit.endsOn())));
        f.add(text("standards.evaluation.pdf.location"), visit.location());
        f.add(text("standards.evaluation.pdf.agenda"), visit.agenda());
        f.add(text("standards.evaluation.pdf.people-met"), visit.peopleMet());
      }
      if (view.completed()) {
        f.add(
            text("standards.evaluation.pdf.completed"),
            text(
                "standards.evaluation.pdf.by",
                time(view.completedAt()),
                view.completedBy() == null ? "" : view.completedBy()));
      }
      f.addTo(document);
    }

    private void indicator(IndicatorPart indicator) throws DocumentException {
      Paragraph head =
          new Paragraph(indicator.code() + " " + indicator.title().in(language), subheading);
      head.setSpacingBefore(8);
      head.setSpacingAfter(2);
      head.setKeepTogether(true);
      document.add(head);
      PdfLayout.Fields f = fields();
      f.add(
          text("standards.evaluation.pdf.self-rating"),
          indicator.selfRating() == null
              ? text("standards.evaluation.pdf.not-rated")
              : indicator.selfRating() + " – " + in(indicator.selfRatingLabel()));
      f.add(text("standards.evaluation.pdf.narrative"), indicator.narrative());
      FindingPart finding = indicator.finding();
      if (finding == null) {
        f.add(text("standards.evaluation.pdf.finding"), text("standards.evaluation.pdf.none"));
      } else {
        f.add(text("standards.evaluation.pdf.finding"), text(finding.result().messageKey()));
        f.add(text("standards.evaluation.pdf.comment"), finding.comment());
        f.add(text("standards.evaluation.pdf.evidence-reviewed"), finding.evidenceReviewed());
        f.add(
            text("standards.evaluation.pdf.recorded"),
            text(
                "standards.evaluation.pdf.by",
                time(finding.recordedAt()),
                finding.recordedBy() == null ? "" : finding.recordedBy()));
        f.add(text("standards.evaluation.pdf.response"), finding.response());
      }
      f.addTo(document);
    }

    private void section(String name) throws DocumentException {
      Paragraph p = new Paragraph(name, heading);
      p.setSpacingBefore(16);
      p.setSpacingAfter(4);
      document.add(p);
    }

    /** An empty table of labelled fields. */
    private PdfLayout.Fields fields() {
      return PdfLayout.fields(1.2f, 2.8f, label, value);
    }

    private String text(String key, Object... arguments) {
      return messages.getMessage(key, arguments, key, locale);
    }

    private String in(LocalText text) {
      return text == null ? "" : text.in(language);
    }

    private String date(LocalDate date) {
      return date == null ? "" : dateFormat.format(date);
    }

    private String time(Instant instant) {
      return instant == null ? "" : timeFormat.format(instant);
    }

    private static boolean blank(String text) {
      return text == null || text.isBlank();
    }
  }
}
