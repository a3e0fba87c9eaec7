package eu.pharos.platform;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The layout the PDFs of Pharos share (OpenPDF): the embedded font, a table of labelled fields with
 * ruled rows, and a footer printed on every page.
 */
public final class PdfLayout {

  /**
   * Liberation Sans, which OpenPDF ships as its fallback font: it covers the accented letters of
   * every Pharos language and of people's names.
   */
  public static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";

  private static final Color RULE = new Color(0xb1, 0xb4, 0xb6);

  private static volatile BaseFont font;

  private PdfLayout() {}

  /**
   * The embedded font, loaded once.
   *
   * @throws IllegalStateException when the font is not on the class path
   */
  public static BaseFont font() {
    BaseFont loaded = font;
    if (loaded == null) {
      synchronized (PdfLayout.class) {
        loaded = font;
        if (loaded == null) {
          try {
            loaded =
                BaseFont.createFont(
                    "LiberationSans-Regular.ttf",
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    fontBytes(),
                    null);
          } catch (IOException e) {
            throw new UncheckedIOException("Could not read the PDF font " + FONT, e);
          }
          font = loaded;
        }
      }
    }
    return loaded;
  }

  private static byte[] fontBytes() {
    try (InputStream in = PdfLayout.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("The PDF font " + FONT + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the PDF font " + FONT, e);
    }
  }

  /**
   * An empty table of labelled fields: labels in the first column, values in the second, each row
   * ruled below.
   *
   * @param labelWidth the label column's relative width
   * @param valueWidth the value column's relative width
   */
  public static Fields fields(float labelWidth, float valueWidth, Font label, Font value) {
    return new Fields(labelWidth, valueWidth, label, value);
  }

  /** A table cell with the phrase at the top and a rule below it. */
  public static PdfPCell ruledCell(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setPaddingTop(3);
    cell.setPaddingBottom(5);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    return cell;
  }

  /**
   * A page event that prints a text centred below the bottom margin of every page.
   *
   * @param text the footer of a page, given its number (from 1)
   */
  public static PdfPageEvent footer(IntFunction<String> text, Font font) {
    Objects.requireNonNull(text);
    Objects.requireNonNull(font);
    return new PdfPageEventHelper() {
      @Override
      public void onEndPage(PdfWriter writer, Document document) {
        Phrase footer = new Phrase(new Chunk(text.apply(writer.getPageNumber()), font));
        ColumnText.showTextAligned(
            writer.getDirectContent(),
            Element.ALIGN_CENTER,
            footer,
            (document.left() + document.right()) / 2,
            document.bottom() - 24,
            0);
      }
    };
  }

  /** Labelled fields of one record, as a two-column table; empty fields are left out. */
  public static final class Fields {

    private final PdfPTable table;
    private final Font label;
    private final Font value;

    private Fields(float labelWidth, float valueWidth, Font label, Font value) {
      this.table = new PdfPTable(new float[] {labelWidth, valueWidth});
      this.label = label;
      this.value = value;
      table.setWidthPercentage(100);
      table.setSpacingBefore(4);
      table.setSpacingAfter(6);
      table.setSplitLate(false);
    }

    /** Adds a row, unless the text is empty. */
    public void add(String name, String text) {
      if (text == null || text.isBlank()) {
        return;
      }
      table.addCell(ruledCell(new Phrase(name, label)));
      table.addCell(ruledCell(new Phrase(text, value)));
    }

    /** Adds the table to the document, unless it has no rows. */
    public void addTo(Document document) {
      if (table.size() > 0) {
        document.add(table);
      }
    }
  }
}
