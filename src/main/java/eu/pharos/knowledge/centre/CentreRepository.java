package eu.pharos.knowledge.centre;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CentreRepository extends JpaRepository<Centre, UUID> {

  Optional<Centre> findBySlug(String slug);

  boolean existsBySlug(String slug);

  List<Centre> findAllByOrderByName();

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Centre c where c.id = ?1")
  Optional<Centre> findForUpdate(UUID id);
}
