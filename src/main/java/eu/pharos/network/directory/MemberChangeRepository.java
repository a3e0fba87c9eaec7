package eu.pharos.network.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberChangeRepository extends JpaRepository<MemberChange, UUID> {

  List<MemberChange> findByOrganisationIdOrderByChangedAtDesc(UUID organisationId);
}
