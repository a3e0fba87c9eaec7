package eu.pharos.network;

import java.time.LocalDate;

/**
 * An EU legal instrument on victims' rights, e.g. Directive 2012/29/EU.
 *
 * @param code short reference, e.g. "2012/29/EU"
 * @param transpositionDeadline when Member States had to transpose it (null for decisions)
 * @param source where the facts come from
 */
public record InstrumentView(
    String code, String title, String kind, LocalDate transpositionDeadline, String source) {}
