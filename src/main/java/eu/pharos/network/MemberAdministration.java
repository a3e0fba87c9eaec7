package eu.pharos.network;

import java.util.List;
import java.util.UUID;

/**
 * Keeping the member directory: the secretariat (roles SECRETARIAT or NETWORK_ADMIN) adds, approves
 * and ends members and decides membership changes; an organisation admin keeps their own
 * organisation's profile and nobody else's (another organisation's profile is {@link
 * MemberNotFound}). Every change is recorded in the member's history with its before and after,
 * bumps {@link Directory#revision()} in the same transaction and publishes {@link
 * DirectoryChanged}. Invalid input is refused whole with {@link InvalidMemberProfile}; nothing is
 * stored then.
 */
public interface MemberAdministration {

  // The secretariat

  /** Members in a status (null for all), by name. */
  List<MemberRecord> members(MemberStatus status);

  /** Creates the organisation and its pending profile. */
  MemberRecord add(AddMember command);

  void approve(UUID organisationId);

  void end(UUID organisationId);

  List<MembershipChangeView> openMembershipChanges();

  void decideMembershipChange(UUID requestId, boolean approved);

  /**
   * Creates or replaces many complete profiles at once, all or nothing: every profile is checked
   * first and nothing is stored if any is invalid ({@link InvalidMemberProfile} then lists every
   * problem with the position of its profile).
   */
  ImportResult importProfiles(List<MemberProfileImport> profiles);

  // An organisation admin for their own organisation, or the secretariat for any

  MemberRecord profile(UUID organisationId);

  /** The member's changes, newest first. */
  List<MemberChangeView> history(UUID organisationId);

  void updateDetails(UUID organisationId, MemberDetails details);

  void updateHours(UUID organisationId, OpeningHoursUpdate hours);

  void addOffice(UUID organisationId, OfficeDetails office);

  void removeOffice(UUID organisationId, UUID officeId);

  void addHelpline(UUID organisationId, HelplineDetails helpline);

  void removeHelpline(UUID organisationId, UUID helplineId);

  /** Asks the secretariat for another membership type; refused while one is already waiting. */
  void requestMembershipChange(UUID organisationId, MembershipChangeRequest request);

  /** The profile's own open request, if any. */
  java.util.Optional<MembershipChangeView> openMembershipChange(UUID organisationId);

  /** An administrator confirms the profile's and its helplines' contact details. */
  void confirmContactDetails(UUID organisationId);
}
