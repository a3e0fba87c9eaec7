package eu.pharos.knowledge.document;

import eu.pharos.identity.ActAs;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.shared.command.CommandRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The documents of the demo centres, added through the service as their members would: in European
 * Helplines, APAV's notes from the Lisbon meeting of 2017 in English (revised once) and in
 * Portuguese; in Distant Support, Weisser Ring's account of the six workgroups of the Mainz
 * workshop. Only when the demo centres exist and have no document yet.
 */
@Component
@Order(92)
class DemoDocuments implements ApplicationRunner {

  static final String HELPLINES = "european-helplines";
  static final String DISTANT_SUPPORT = "distant-support";
  static final String APAV = "orgadmin.apav@pharos.test";
  static final String WR_DE = "advisor.wr-de@pharos.test";

  private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

  private final Documents documents;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  DemoDocuments(
      Documents documents,
      ActAs actAs,
      JdbcTemplate jdbc,
      @Value("${pharos.demo}") boolean enabled) {
    this.documents = documents;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer existing =
        jdbc.queryForObject("select count(*) from knowledge_document", Integer.class);
    Integer centres =
        jdbc.queryForObject(
            "select count(*) from knowledge_centre where slug in (?, ?)",
            Integer.class,
            HELPLINES,
            DISTANT_SUPPORT);
    if ((existing != null && existing > 0) || centres == null || centres < 2) {
      return;
    }
    DocumentView notes =
        actAs.user(
            APAV,
            () -> {
              FolderView lisbon =
                  documents.createFolder(
                      HELPLINES, "Lisbon meeting 2017", null, Visibility.NETWORK);
              return documents.create(
                  HELPLINES,
                  new NewDocument(
                      "116 006 helplines: commonalities and differences — notes for members",
                      "What the helplines present at the Lisbon meeting have in common, where they"
                          + " differ, and what they recommend to each other.",
                      lisbon.id(),
                      Visibility.NETWORK,
                      "en",
                      "Notes taken at the meeting"),
                  upload("lisbon-notes-en.pdf", pdf(NOTES_TITLE, NOTES_EN_DRAFT)));
            });
    actAs.user(
        APAV,
        () -> {
          documents.uploadVersion(
              HELPLINES,
              notes.id(),
              "en",
              "Corrections from the members after the meeting",
              upload("lisbon-notes-en-v2.pdf", pdf(NOTES_TITLE, NOTES_EN)));
          return documents.addLanguage(
              HELPLINES,
              notes.id(),
              "pt",
              "Tradução para português",
              upload("lisbon-notas-pt.pdf", pdf(NOTES_TITLE_PT, NOTES_PT)));
        });
    actAs.user(
        WR_DE,
        () ->
            documents.create(
                DISTANT_SUPPORT,
                new NewDocument(
                    "Mainz workshop: six workgroups",
                    "What each workgroup of the Mainz workshop on online advice worked on.",
                    null,
                    Visibility.NETWORK,
                    "en",
                    null),
                upload("mainz-workshop-workgroups.txt", MAINZ.getBytes(StandardCharsets.UTF_8))));
    log.info("Demo documents in {} and {}", HELPLINES, DISTANT_SUPPORT);
  }

  private static Upload upload(String name, byte[] content) {
    return new Upload(name, new ByteArrayInputStream(content));
  }

  /** A one-page PDF with a title and paragraphs, in Helvetica, wrapped to the page's width. */
  static byte[] pdf(String title, List<String> paragraphs) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setLeading(15f);
        text.newLineAtOffset(60, 780);
        text.setFont(bold, 14);
        for (String line : wrap(title, bold, 14, 475)) {
          text.showText(line);
          text.newLine();
        }
        text.setFont(regular, 11);
        for (String paragraph : paragraphs) {
          text.newLine();
          for (String line : wrap(paragraph, regular, 11, 475)) {
            text.showText(line);
            text.newLine();
          }
        }
        text.endText();
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String text, PDType1Font font, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  static final String NOTES_TITLE =
      "116 006 helplines: commonalities and differences — notes for members";

  static final String NOTES_TITLE_PT =
      "Linhas de apoio 116 006: pontos comuns e diferenças — notas para os membros";

  static final List<String> NOTES_EN_DRAFT =
      List.of(
          "At the Lisbon meeting, members running a helpline for victims of crime compared how"
              + " they run it. Most answer on the EU-wide number 116 006; some still use a"
              + " national number alongside it.",
          "Draft: opening hours, staffing by volunteers or employees, and the links to"
              + " face-to-face support differ widely.");

  static final List<String> NOTES_EN =
      List.of(
          "At the Lisbon meeting, members running a helpline for victims of crime compared how"
              + " they run it. Most answer on the EU-wide number 116 006; some still use a"
              + " national number alongside it.",
          "Commonalities: the line is free of charge, confidential and open to every victim"
              + " whatever the crime and whether or not it was reported. Differences: opening"
              + " hours, staffing by volunteers or employees, languages offered, and how callers"
              + " are referred on to face-to-face support.",
          "Recommendations: publicise 116 006 together, agree minimum opening hours, and share"
              + " training material for those who answer the line.");

  static final List<String> NOTES_PT =
      List.of(
          "Na reunião de Lisboa, os membros que gerem uma linha de apoio à vítima compararam a"
              + " forma como a gerem. A maioria atende no número europeu 116 006; alguns mantêm"
              + " ainda um número nacional.",
          "Pontos comuns: a linha é gratuita, confidencial e aberta a todas as vítimas, qualquer"
              + " que seja o crime e tenha ou não sido denunciado. Diferenças: horário,"
              + " voluntários ou funcionários, línguas oferecidas e encaminhamento para o apoio"
              + " presencial.",
          "Recomendações: divulgar o 116 006 em conjunto, acordar um horário mínimo e partilhar"
              + " materiais de formação.");

  static final String MAINZ =
      """
      Mainz workshop: six workgroups

      1. Technical implementation: chat and written counselling platforms, security and data \
      protection.
      2. Quality assurance: standards for online advice and how to check them.
      3. Selection and training of online advisors.
      4. Blended counselling: combining online, telephone and face-to-face support.
      5. Social media: reaching victims where they are, and the risks of doing so.
      6. Networking: how members keep exchanging views, knowledge and contacts after the \
      workshop.
      """;
}
