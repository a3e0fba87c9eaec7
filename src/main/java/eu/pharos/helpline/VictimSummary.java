package eu.pharos.helpline;

import java.util.UUID;

/** A victim in a list or beside a case: the reference and what to call them. */
public record VictimSummary(UUID id, String reference, String displayName) {}
