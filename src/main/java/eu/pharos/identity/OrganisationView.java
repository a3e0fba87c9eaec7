package eu.pharos.identity;

import java.util.UUID;

public record OrganisationView(
    UUID id, String name, String shortName, OrganisationKind kind, String countryCode) {}
