package eu.pharos.network;

/** What a bulk import of member profiles did. */
public record ImportResult(int created, int updated) {}
