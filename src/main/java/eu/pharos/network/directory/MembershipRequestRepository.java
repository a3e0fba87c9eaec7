package eu.pharos.network.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRequestRepository extends JpaRepository<MembershipRequest, UUID> {

  List<MembershipRequest> findByStatusOrderByRequestedAt(MembershipRequest.Status status);

  Optional<MembershipRequest> findFirstByOrganisationIdAndStatus(
      UUID organisationId, MembershipRequest.Status status);
}
