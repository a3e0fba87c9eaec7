package eu.pharos.knowledge.search;

import java.util.Locale;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of {@link SearchAnalysers} for an OpenSearch or Elasticsearch cluster, with the
 * cluster's built-in filters: the same steps as {@link LuceneAnalysers}, so that both backends find
 * the same entries.
 */
public class ElasticsearchAnalysers implements ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .analyzer(SearchAnalysers.DEFAULT)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding");
    // The articles Lucene's elision filter removes by default (FrenchAnalyzer's), which the
    // cluster's filter needs to be told.
    context
        .tokenFilter("pharos_fr_elision")
        .type("elision")
        .param(
            "articles",
            "l",
            "m",
            "t",
            "qu",
            "n",
            "s",
            "j",
            "d",
            "c",
            "jusqu",
            "quoiqu",
            "lorsqu",
            "puisqu")
        .param("articles_case", true);
    for (String language : SearchAnalysers.LANGUAGES) {
      String snowball = SearchAnalysers.SNOWBALL.get(language);
      context
          .tokenFilter("pharos_" + language + "_stop")
          .type("stop")
          .param("stopwords", "_" + snowball.toLowerCase(Locale.ROOT) + "_")
          .param("ignore_case", true);
      context
          .tokenFilter("pharos_" + language + "_stemmer")
          .type("snowball")
          .param("language", snowball);
      var analyser = context.analyzer(language).custom().tokenizer("standard");
      if (SearchAnalysers.FR.equals(language)) {
        analyser.tokenFilters(
            "lowercase",
            "pharos_fr_elision",
            "pharos_fr_stop",
            "asciifolding",
            "pharos_fr_stemmer");
      } else {
        analyser.tokenFilters(
            "lowercase",
            "pharos_" + language + "_stop",
            "asciifolding",
            "pharos_" + language + "_stemmer");
      }
    }
  }
}
