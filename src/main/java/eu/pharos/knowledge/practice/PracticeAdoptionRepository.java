package eu.pharos.knowledge.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeAdoptionRepository extends JpaRepository<PracticeAdoption, UUID> {

  List<PracticeAdoption> findByPracticeIdOrderByRequestedAt(UUID practiceId);

  List<PracticeAdoption> findByPracticeIdIn(Collection<UUID> practiceIds);

  Optional<PracticeAdoption> findByPracticeIdAndOrganisationId(
      UUID practiceId, UUID organisationId);
}
