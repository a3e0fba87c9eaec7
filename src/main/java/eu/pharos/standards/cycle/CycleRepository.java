package eu.pharos.standards.cycle;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CycleRepository extends JpaRepository<Cycle, UUID> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Cycle c where c.id = ?1")
  Optional<Cycle> findForUpdate(UUID id);

  List<Cycle> findByOrganisationIdOrderByOpenedAtDesc(UUID organisationId);

  List<Cycle> findAllByOrderByOpenedAtDesc();

  List<Cycle> findByIdInOrderByOpenedAtDesc(Collection<UUID> ids);

  long countByReferenceStartingWith(String prefix);
}
