package eu.pharos.standards.framework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkRepository extends JpaRepository<Framework, UUID> {

  Optional<Framework> findByCodeAndVersion(String code, String version);

  List<Framework> findAllByOrderByCodeAscCreatedAtDesc();
}
