package eu.pharos.network.directory;

import eu.pharos.network.MemberStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HelplineRepository extends JpaRepository<Helpline, UUID> {

  List<Helpline> findByOrganisationIdOrderByPosition(UUID organisationId);

  List<Helpline> findByOrganisationIdInOrderByPosition(Collection<UUID> organisationIds);

  @Query(
      "select h from Helpline h, MemberProfile m where m.organisationId = h.organisationId"
          + " and m.status = :status order by h.position")
  List<Helpline> findByMemberStatus(MemberStatus status);
}
