package eu.pharos.helpline.cases;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<TeamMember, TeamMember.Key> {

  List<TeamMember> findByCaseId(UUID caseId);
}
