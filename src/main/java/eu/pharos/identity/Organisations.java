package eu.pharos.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Organisations as tenants. Their public profile belongs to the network module. */
public interface Organisations {

  OrganisationView create(NewOrganisation organisation);

  Optional<OrganisationView> find(UUID id);

  Optional<OrganisationView> findByShortName(String shortName);

  List<OrganisationView> all();
}
