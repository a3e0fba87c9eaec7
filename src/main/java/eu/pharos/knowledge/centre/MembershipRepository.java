package eu.pharos.knowledge.centre;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

  List<Membership> findByCentreIdOrderByDisplayName(UUID centreId);

  Optional<Membership> findByCentreIdAndUserId(UUID centreId, UUID userId);

  Optional<Membership> findByCentreIdAndOrganisationIdAndUserIdIsNull(
      UUID centreId, UUID organisationId);

  /** The rows that could make a user a member of any centre: their own and their organisation's. */
  @Query(
      "select m from Membership m where m.userId = ?1"
          + " or (m.userId is null and m.organisationId = ?2)")
  List<Membership> findAffecting(UUID userId, UUID organisationId);

  @Query(
      "select m from Membership m where m.centreId = ?1 and (m.userId = ?2"
          + " or (m.userId is null and m.organisationId = ?3))")
  List<Membership> findAffecting(UUID centreId, UUID userId, UUID organisationId);

  List<Membership> findByCentreIdAndUserIdIsNotNullAndRoleAndStatus(
      UUID centreId, MemberRole role, MembershipStatus status);

  List<Membership> findByCentreIdInAndStatus(Collection<UUID> centreIds, MembershipStatus status);
}
