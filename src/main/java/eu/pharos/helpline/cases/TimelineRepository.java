package eu.pharos.helpline.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRepository extends JpaRepository<TimelineEntry, UUID> {

  List<TimelineEntry> findByCaseIdOrderByOccurredAtDescIdDesc(UUID caseId);

  Optional<TimelineEntry> findByIdAndCaseId(UUID id, UUID caseId);
}
