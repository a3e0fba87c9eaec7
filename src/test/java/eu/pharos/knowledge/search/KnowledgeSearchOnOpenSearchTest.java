package eu.pharos.knowledge.search;

import eu.pharos.knowledge.search.opensearch.OpenSearchNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link KnowledgeSearchTest} again on the cluster-mode backend: Hibernate Search's Elasticsearch
 * client against a real OpenSearch 2.19 node ({@link OpenSearchNode}), configured as an operator
 * would, through {@code pharos.search.*}. Runs with {@code ./mvnw test -Popensearch}.
 */
@Tag("opensearch")
@ExtendWith(OpenSearchNode.class)
class KnowledgeSearchOnOpenSearchTest extends KnowledgeSearchTest {

  @DynamicPropertySource
  static void onOpenSearch(DynamicPropertyRegistry registry) {
    OpenSearchNode.configure(registry);
  }
}
