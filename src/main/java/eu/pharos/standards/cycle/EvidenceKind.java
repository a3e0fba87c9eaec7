package eu.pharos.standards.cycle;

/** Evidence is an uploaded file or a link to where it is kept. */
public enum EvidenceKind {
  FILE,
  LINK
}
