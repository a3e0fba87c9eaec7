package eu.pharos.standards.framework;

/**
 * An indicator: what is rated, with guidance for the one rating, the evidence expected and the code
 * of its scale.
 */
public record IndicatorDocument(
    String code,
    LocalText title,
    LocalText guidance,
    LocalText evidence,
    String scale,
    boolean required) {}
