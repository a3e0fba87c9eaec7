package eu.pharos.knowledge.search;

import java.util.UUID;
import org.hibernate.search.mapper.pojo.tenancy.TenantIdentifierConverter;

/**
 * Pharos's tenants are organisation ids (UUIDs): Hibernate Search stores them as text in the index
 * and reads them back for mass indexing and purges.
 */
public class UuidTenantIds implements TenantIdentifierConverter {

  @Override
  public String toStringValue(Object tenantIdentifier) {
    return tenantIdentifier == null ? null : tenantIdentifier.toString();
  }

  @Override
  public Object fromStringValue(String tenantIdentifier) {
    return tenantIdentifier == null ? null : UUID.fromString(tenantIdentifier);
  }
}
