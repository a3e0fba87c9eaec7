package eu.pharos.standards.cycle;

import java.time.LocalDate;

/** A condition the secretariat attaches to an accreditation, with an optional due date. */
public record NewCondition(String text, LocalDate dueOn) {}
