package eu.pharos.standards.framework;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorSuccessorRepository extends JpaRepository<IndicatorSuccessor, UUID> {}
