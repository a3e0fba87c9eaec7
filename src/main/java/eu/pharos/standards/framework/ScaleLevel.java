package eu.pharos.standards.framework;

/** One level of a rating scale: its value and its label. */
public record ScaleLevel(int value, LocalText label) {}
