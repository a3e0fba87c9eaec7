package eu.pharos.identity;

/** What the invitation page shows the invited person. */
public record InvitationView(String displayName, String email, String organisationName) {}
