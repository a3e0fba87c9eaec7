package eu.pharos.helpline;

import java.util.Set;
import java.util.UUID;

/**
 * A case to open.
 *
 * @param victimId an existing victim of the organisation; null to register {@code newVictim}
 * @param newVictim the victim to register when {@code victimId} is null; null for an unnamed one
 * @param leadAdvisorId the advisor who leads the case; null for the caller
 * @param team further advisors of the organisation who work on the case
 */
public record NewCase(
    UUID victimId,
    VictimDetails newVictim,
    CrimeDetails crime,
    UUID leadAdvisorId,
    Set<UUID> team) {

  public NewCase {
    team = team == null ? Set.of() : Set.copyOf(team);
  }
}
