package eu.pharos.helpline.cases;

import eu.pharos.helpline.AssessmentStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

  List<Assessment> findByCaseIdOrderByStartedAtDesc(UUID caseId);

  Optional<Assessment> findFirstByCaseIdAndStatus(UUID caseId, AssessmentStatus status);
}
