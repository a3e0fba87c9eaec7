package eu.pharos.knowledge.document;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether a PDF carries JavaScript anywhere a viewer could run it: the document's JavaScript name
 * tree, an open action, page, form field or annotation actions. Every object reachable from the
 * document's trailer is looked at, so no place an action may hide in is missed.
 */
final class PdfScripts {

  /** Beyond this many objects a PDF is not looked at further: it is refused as unreadable. */
  static final int MAX_OBJECTS = 500_000;

  static final class TooComplex extends Exception {
    TooComplex() {
      super("more than " + MAX_OBJECTS + " objects", null, false, false);
    }
  }

  private PdfScripts() {}

  static boolean containScripts(PDDocument pdf) throws TooComplex {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> next = new ArrayDeque<>();
    next.push(pdf.getDocument().getTrailer());
    while (!next.isEmpty()) {
      COSBase item = next.pop();
      if (item instanceof COSObject reference) {
        item = reference.getObject();
      }
      if (item == null || !seen.add(item)) {
        continue;
      }
      if (seen.size() > MAX_OBJECTS) {
        throw new TooComplex();
      }
      if (item instanceof COSDictionary dictionary) {
        if (isScript(dictionary)) {
          return true;
        }
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
          next.push(entry.getValue());
        }
      } else if (item instanceof COSArray array) {
        for (COSBase element : array) {
          next.push(element);
        }
      }
    }
    return false;
  }

  /** A JavaScript action, any action's script, or the document's JavaScript name tree. */
  private static boolean isScript(COSDictionary dictionary) {
    return dictionary.containsKey(COSName.JS)
        || dictionary.containsKey(COSName.JAVA_SCRIPT)
        || COSName.JAVA_SCRIPT.equals(dictionary.getDictionaryObject(COSName.S));
  }
}
