package eu.pharos.identity;

public enum OrganisationKind {
  /** The network's own office: runs standards, training, news, statistics. */
  SECRETARIAT,
  /** A victim support organisation that belongs to the network. */
  MEMBER
}
