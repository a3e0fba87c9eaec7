package eu.pharos.knowledge.search;

import java.util.Locale;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The analysers of {@link SearchAnalysers} for the embedded Lucene index. */
public class LuceneAnalysers implements LuceneAnalysisConfigurer {

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(SearchAnalysers.DEFAULT)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
    for (String language : SearchAnalysers.LANGUAGES) {
      String snowball = SearchAnalysers.SNOWBALL.get(language);
      var analyser =
          context
              .analyzer(language)
              .custom()
              .tokenizer(StandardTokenizerFactory.class)
              .tokenFilter(LowerCaseFilterFactory.class);
      if (SearchAnalysers.FR.equals(language)) {
        analyser.tokenFilter(ElisionFilterFactory.class).param("ignoreCase", "true");
      }
      var stop = analyser.tokenFilter(StopFilterFactory.class).param("ignoreCase", "true");
      if (!SearchAnalysers.EN.equals(language)) {
        // English keeps Lucene's short default list, as the clusters' "_english_" does.
        stop.param(
                "words",
                "org/apache/lucene/analysis/snowball/"
                    + snowball.toLowerCase(Locale.ROOT)
                    + "_stop.txt")
            .param("format", "snowball");
      }
      stop.tokenFilter(ASCIIFoldingFilterFactory.class)
          .tokenFilter(SnowballPorterFilterFactory.class)
          .param("language", snowball);
    }
  }
}
