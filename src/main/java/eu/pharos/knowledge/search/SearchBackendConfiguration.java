package eu.pharos.knowledge.search;

import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives Hibernate Search the settings of the backend chosen by {@code pharos.search.backend}, and
 * only those, so that neither backend warns about settings it does not use:
 *
 * <ul>
 *   <li>{@code lucene} (embedded mode): an index under {@code pharos.data-dir/index} ({@code
 *       pharos.search.lucene.directory}: {@code local-filesystem}, or {@code local-heap} for an
 *       index in memory), created when missing;
 *   <li>{@code elasticsearch} (cluster mode): an OpenSearch or Elasticsearch cluster at {@code
 *       pharos.search.hosts} over {@code pharos.search.protocol}, of {@code pharos.search.version}
 *       (such as {@code opensearch:2.19}; asked of the cluster at start when empty), with {@code
 *       pharos.search.username} and {@code .password} when set. The index is created when missing
 *       and its mapping extended when Pharos adds fields; {@code command:reindex-knowledge} makes
 *       it anew.
 * </ul>
 */
@Component
class SearchBackendConfiguration implements HibernatePropertiesCustomizer {

  static final String PREFIX = "hibernate.search.";

  private final String backend;
  private final String dataDir;
  private final String luceneDirectory;
  private final String hosts;
  private final String protocol;
  private final String version;
  private final boolean versionCheck;
  private final String username;
  private final String password;

  SearchBackendConfiguration(
      @Value("${pharos.search.backend:lucene}") String backend,
      @Value("${pharos.data-dir}") String dataDir,
      @Value("${pharos.search.lucene.directory:local-filesystem}") String luceneDirectory,
      @Value("${pharos.search.hosts:localhost:9200}") String hosts,
      @Value("${pharos.search.protocol:http}") String protocol,
      @Value("${pharos.search.version:}") String version,
      @Value("${pharos.search.version-check:true}") boolean versionCheck,
      @Value("${pharos.search.username:}") String username,
      @Value("${pharos.search.password:}") String password) {
    this.backend = backend.strip().toLowerCase(Locale.ROOT);
    this.dataDir = dataDir;
    this.luceneDirectory = luceneDirectory;
    this.hosts = hosts;
    this.protocol = protocol;
    this.version = version;
    this.versionCheck = versionCheck;
    this.username = username;
    this.password = password;
  }

  @Override
  public void customize(Map<String, Object> properties) {
    // Hibernate Search 8.1's listeners on entity changes do not match the events of the bundled
    // Hibernate ORM 7.2 (PostInsertEvent#getSession is gone): KnowledgeIndex writes the index
    // itself after each commit.
    properties.put(PREFIX + "indexing.listeners.enabled", "false");
    properties.put(
        PREFIX + "multi_tenancy.tenant_identifier_converter",
        "class:" + UuidTenantIds.class.getName());
    switch (backend) {
      case "lucene" -> lucene(properties);
      case "elasticsearch" -> elasticsearch(properties);
      default ->
          throw new IllegalStateException(
              "pharos.search.backend must be lucene or elasticsearch, not " + backend);
    }
  }

  private void lucene(Map<String, Object> properties) {
    properties.put(PREFIX + "backend.type", "lucene");
    properties.put(PREFIX + "backend.directory.type", luceneDirectory);
    // Analysis as the bundled Lucene does it; after an upgrade, command:knowledge-reindex.
    properties.put(PREFIX + "backend.lucene_version", "LATEST");
    if (!"local-heap".equals(luceneDirectory)) {
      properties.put(PREFIX + "backend.directory.root", dataDir + "/index");
    }
    properties.put(
        PREFIX + "backend.analysis.configurer", "class:" + LuceneAnalysers.class.getName());
    properties.put(PREFIX + "schema_management.strategy", "create-or-validate");
  }

  private void elasticsearch(Map<String, Object> properties) {
    properties.put(PREFIX + "backend.type", "elasticsearch");
    properties.put(PREFIX + "backend.hosts", hosts);
    properties.put(PREFIX + "backend.protocol", protocol);
    if (!version.isBlank()) {
      properties.put(PREFIX + "backend.version", version.strip());
    }
    // Without a version, the cluster must be asked for it.
    properties.put(
        PREFIX + "backend.version_check.enabled",
        String.valueOf(versionCheck || version.isBlank()));
    if (!username.isBlank()) {
      properties.put(PREFIX + "backend.username", username);
      properties.put(PREFIX + "backend.password", password);
    }
    properties.put(
        PREFIX + "backend.analysis.configurer", "class:" + ElasticsearchAnalysers.class.getName());
    properties.put(PREFIX + "schema_management.strategy", "create-or-update");
  }

  boolean isLucene() {
    return "lucene".equals(backend);
  }
}
