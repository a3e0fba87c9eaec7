package eu.pharos.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

  Optional<Organisation> findByShortNameIgnoreCase(String shortName);
}
