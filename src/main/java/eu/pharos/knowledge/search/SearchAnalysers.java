package eu.pharos.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * The analysers of the knowledge index, by name; {@link LuceneAnalysers} and {@link
 * ElasticsearchAnalysers} define each of them the same way for their backend: the standard
 * tokenizer, lower case, the language's stop words, accents folded, then the language's Snowball
 * stemmer (French also drops elided articles, "l'aide" → "aide"). Stop words are removed before
 * accents are folded, so that accented stop words are recognised; the stemmer comes after folding,
 * so that "vítimas" and "vitimas" stem alike.
 */
public final class SearchAnalysers {

  /** Words, lower case, accents folded: every entry's text, whatever its language. */
  public static final String DEFAULT = "default";

  public static final String EN = "en";
  public static final String FR = "fr";
  public static final String DE = "de";
  public static final String PT = "pt";
  public static final String NL = "nl";

  /** The languages with their own analyser, and the Snowball name of each one's stemmer. */
  static final Map<String, String> SNOWBALL =
      Map.of(EN, "English", FR, "French", DE, "German", PT, "Portuguese", NL, "Dutch");

  /** The languages in the order their fields are searched and highlighted. */
  public static final List<String> LANGUAGES = List.of(EN, FR, DE, PT, NL);

  private SearchAnalysers() {}
}
