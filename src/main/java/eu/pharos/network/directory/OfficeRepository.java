package eu.pharos.network.directory;

import eu.pharos.network.MemberStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfficeRepository extends JpaRepository<Office, UUID> {

  List<Office> findByOrganisationIdOrderByPosition(UUID organisationId);

  List<Office> findByOrganisationIdInOrderByPosition(Collection<UUID> organisationIds);

  @Query(
      "select o from Office o, MemberProfile m where m.organisationId = o.organisationId"
          + " and m.status = :status order by o.position")
  List<Office> findByMemberStatus(MemberStatus status);
}
