package eu.pharos.knowledge.search.opensearch;

import java.util.UUID;
import org.hibernate.search.mapper.pojo.tenancy.TenantIdentifierConverter;

/**
 * Pharos's tenant identifiers are organisation UUIDs ({@code shared.tenancy}); Hibernate Search
 * accepts only strings unless told how to convert them. Until the search's own configuration says
 * so, the test of the cluster-mode backend does.
 */
public class UuidTenantIdentifiers implements TenantIdentifierConverter {

  @Override
  public String toStringValue(Object tenantId) {
    return tenantId == null ? null : tenantId.toString();
  }

  @Override
  public Object fromStringValue(String tenantId) {
    return tenantId == null ? null : UUID.fromString(tenantId);
  }
}
