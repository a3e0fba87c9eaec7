package eu.pharos.standards.framework;

import java.util.List;

/** A standard of a framework file with its criteria. */
public record StandardDocument(
    String code, LocalText title, LocalText description, List<CriterionDocument> criteria) {
  public StandardDocument {
    criteria = List.copyOf(criteria);
  }
}
