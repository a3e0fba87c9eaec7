package eu.pharos.helpline.victim;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Victims as entities, for what changes them; lists read through {@link VictimNames}. */
interface VictimRepository extends JpaRepository<Victim, UUID> {}
