package eu.pharos.helpline;

import java.util.List;

/** One page of contacts (without notes or transcripts) and how many match in all. */
public record ContactList(List<ContactView> items, long total, int page, int size) {}
