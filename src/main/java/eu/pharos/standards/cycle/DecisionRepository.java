package eu.pharos.standards.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, UUID> {

  Optional<Decision> findByCycleId(UUID cycleId);

  Optional<Decision> findByCertificateCode(String certificateCode);

  List<Decision> findByOrganisationIdOrderByDecidedAtDesc(UUID organisationId);

  /** Accreditations ending between two days (inclusive) not yet reminded of their expiry. */
  List<Decision> findByValidUntilBetweenAndExpiryRemindedAtIsNull(LocalDate from, LocalDate to);
}
