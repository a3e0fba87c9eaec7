package eu.pharos.standards.cycle;

import java.time.LocalDate;
import java.util.UUID;

/** The secretariat opens a cycle for a member against an adopted framework. */
public record OpenCycle(
    UUID organisationId, UUID frameworkId, LocalDate selfAssessmentDue, boolean pilot) {}
