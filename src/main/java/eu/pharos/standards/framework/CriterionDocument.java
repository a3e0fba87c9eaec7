package eu.pharos.standards.framework;

import java.util.List;

/** A criterion of a standard with its indicators. */
public record CriterionDocument(String code, LocalText title, List<IndicatorDocument> indicators) {
  public CriterionDocument {
    indicators = List.copyOf(indicators);
  }
}
