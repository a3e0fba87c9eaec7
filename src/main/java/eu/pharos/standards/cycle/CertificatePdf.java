package eu.pharos.standards.cycle;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import eu.pharos.platform.PdfLayout;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an accreditation's certificate as a one-page PDF: the organisation, the outcome, the
 * validity, the framework, the conditions, and the code with the address where anyone can verify
 * it. The font is the Liberation Sans OpenPDF ships, which covers every Pharos language.
 */
@Component
class CertificatePdf {

  private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
  private static final Color HEADING = new Color(0x1d, 0x46, 0x8c);
  private static final Color LABEL = new Color(0x50, 0x5a, 0x5f);

  private final MessageSource messages;
  private final String baseUrl;

  CertificatePdf(MessageSource messages, @Value("${pharos.base-url}") String baseUrl) {
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** Where anyone can check a certificate. */
  String verificationUrl(String code) {
    return baseUrl + "/certificates/" + code;
  }

  byte[] write(CycleSummary cycle, DecisionView decision, Locale locale) {
    try {
      BaseFont base = PdfLayout.font();
      Font title = new Font(base, 24, Font.NORMAL, HEADING);
      Font big = new Font(base, 18, Font.NORMAL, INK);
      Font label = new Font(base, 9, Font.NORMAL, LABEL);
      Font value = new Font(base, 12, Font.NORMAL, INK);
      Font code = new Font(base, 16, Font.NORMAL, INK);
      DateTimeFormatter dates =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
      String language = locale.getLanguage();

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Document document = new Document(PageSize.A4, 64, 64, 72, 64);
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
      String heading = text(locale, "standards.certificate.pdf.title");
      document.addTitle(heading + " " + decision.certificateCode());
      document.addCreator("Pharos");
      document.setDocumentLanguage(language);
      document.open();

      Paragraph top = new Paragraph(heading, title);
      top.setAlignment(Element.ALIGN_CENTER);
      top.setSpacingAfter(24);
      document.add(top);
      Paragraph intro = new Paragraph(text(locale, "standards.certificate.pdf.intro"), value);
      intro.setAlignment(Element.ALIGN_CENTER);
      document.add(intro);
      Paragraph organisation = new Paragraph(cycle.organisationName(), big);
      organisation.setAlignment(Element.ALIGN_CENTER);
      organisation.setSpacingBefore(8);
      organisation.setSpacingAfter(8);
      document.add(organisation);
      Paragraph outcome = new Paragraph(text(locale, decision.outcome().messageKey()), big);
      outcome.setAlignment(Element.ALIGN_CENTER);
      outcome.setSpacingAfter(24);
      document.add(outcome);

      field(
          document,
          label,
          value,
          text(locale, "standards.certificate.pdf.framework"),
          cycle.frameworkName().in(language) + " " + cycle.frameworkVersion());
      field(
          document,
          label,
          value,
          text(locale, "standards.certificate.pdf.validity"),
          text(
              locale,
              "standards.certificate.pdf.from-until",
              date(dates, decision.validFrom()),
              date(dates, decision.validUntil())));
      field(
          document,
          label,
          value,
          text(locale, "standards.certificate.pdf.cycle"),
          cycle.reference());
      if (!decision.conditions().isEmpty()) {
        Paragraph conditions =
            new Paragraph(text(locale, "standards.certificate.pdf.conditions"), label);
        conditions.setSpacingBefore(10);
        document.add(conditions);
        for (DecisionView.ConditionView c : decision.conditions()) {
          String line = c.position() + ". " + c.text();
          if (c.dueOn() != null) {
            line +=
                " "
                    + text(
                        locale, "standards.certificate.pdf.condition-due", date(dates, c.dueOn()));
          }
          document.add(new Paragraph(line, value));
        }
      }
      Paragraph codeLabel = new Paragraph(text(locale, "standards.certificate.pdf.code"), label);
      codeLabel.setSpacingBefore(28);
      document.add(codeLabel);
      document.add(new Paragraph(decision.certificateCode(), code));
      Paragraph verify = new Paragraph(text(locale, "standards.certificate.pdf.verify"), value);
      verify.setSpacingBefore(6);
      document.add(verify);
      document.add(new Paragraph(verificationUrl(decision.certificateCode()), value));
      document.close();
      return out.toByteArray();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the certificate as PDF", e);
    }
  }

  private static void field(Document document, Font label, Font value, String name, String text)
      throws DocumentException {
    Paragraph caption = new Paragraph(name, label);
    caption.setSpacingBefore(10);
    document.add(caption);
    document.add(new Paragraph(text, value));
  }

  private static String date(DateTimeFormatter format, LocalDate day) {
    return day == null ? "" : format.format(day);
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
