package eu.pharos.standards.framework;

/** One level of a rating scale: the number stored with a rating and its label. */
public record ScaleLevel(int value, LocalText label) {}
