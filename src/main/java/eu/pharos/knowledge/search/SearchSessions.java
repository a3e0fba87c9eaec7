package eu.pharos.knowledge.search;

import eu.pharos.shared.tenancy.TenantContext;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.springframework.stereotype.Component;

/**
 * Sessions on the knowledge index. Search entries belong to no organisation, but Hibernate Search
 * files every document under the tenant of the session that wrote it and finds only the searching
 * session's: so every reading and writing of the index goes through sessions of one tenant, the one
 * of Pharos itself, whoever asks. Who may see what is decided by the query, never by tenants.
 */
@Component
class SearchSessions {

  static final Object TENANT = TenantContext.SYSTEM;

  private final EntityManagerFactory entityManagerFactory;
  private final SessionFactory sessionFactory;

  SearchSessions(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
    this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
  }

  <T> T apply(Function<Session, T> work) {
    try (Session session = sessionFactory.withOptions().tenantIdentifier(TENANT).openSession()) {
      return work.apply(session);
    }
  }

  SearchScope<SearchEntry> scope() {
    return Search.mapping(entityManagerFactory).scope(SearchEntry.class);
  }
}
