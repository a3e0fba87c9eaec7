package eu.pharos.network;

/** An organisation admin asks the secretariat to change their membership type. */
public record MembershipChangeRequest(MembershipType requestedType, String reason) {}
