package eu.pharos.network.directory;

import eu.pharos.network.CrimeType;
import eu.pharos.network.HolidayView;
import eu.pharos.network.MemberChangeRefused;
import eu.pharos.network.MemberDetails;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.SupportService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A member organisation's directory profile, keyed by the identity organisation's id. The name,
 * short name and country stay with the organisation in identity.
 */
@Entity
@Table(name = "network_member")
class MemberProfile {

  @Id
  @Column(name = "organisation_id")
  private UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "membership_type", nullable = false)
  private MembershipType membershipType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberStatus status;

  private String website;
  private String email;
  private String phone;
  private String summary;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(nullable = false)
  private String languages;

  @Column(nullable = false)
  private String services;

  @Column(name = "crime_types", nullable = false)
  private String crimeTypes;

  @Column(nullable = false)
  private String regions;

  @Column(name = "opening_hours", nullable = false)
  private String openingHours;

  @Column(nullable = false)
  private String holidays;

  @Column(name = "chat_in_pharos", nullable = false)
  private boolean chatInPharos;

  @Column(name = "contact_verified", nullable = false)
  private boolean contactVerified;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected MemberProfile() {}

  /** A new, pending profile whose contact details nobody has confirmed yet. */
  MemberProfile(UUID organisationId, MembershipType type, String timeZone, Instant now) {
    this.organisationId = organisationId;
    this.membershipType = type;
    this.status = MemberStatus.PENDING;
    this.timeZone = timeZone;
    this.languages = "";
    this.services = "";
    this.crimeTypes = "";
    this.regions = "";
    this.openingHours = Codes.hours(OpeningHours.none());
    this.holidays = "";
    this.createdAt = now;
    this.updatedAt = now;
  }

  void approve(Instant now) {
    if (status != MemberStatus.PENDING) {
      throw new MemberChangeRefused("network.members.error.notPending");
    }
    status = MemberStatus.APPROVED;
    updatedAt = now;
  }

  void end(Instant now) {
    if (status == MemberStatus.ENDED) {
      throw new MemberChangeRefused("network.members.error.alreadyEnded");
    }
    status = MemberStatus.ENDED;
    updatedAt = now;
  }

  /** For imports, which carry the status the data source gives. */
  void setStatus(MemberStatus status, Instant now) {
    this.status = status;
    updatedAt = now;
  }

  void changeMembershipType(MembershipType type, Instant now) {
    membershipType = type;
    updatedAt = now;
  }

  /** New contact details are unconfirmed until an administrator confirms them again. */
  void update(MemberDetails details, Instant now) {
    boolean contactChanged =
        !java.util.Objects.equals(website, blankToNull(details.website()))
            || !java.util.Objects.equals(email, blankToNull(details.email()))
            || !java.util.Objects.equals(phone, blankToNull(details.phone()));
    website = blankToNull(details.website());
    email = blankToNull(details.email());
    phone = blankToNull(details.phone());
    summary = blankToNull(details.summary());
    timeZone = details.timeZone().strip();
    languages = Codes.list(details.languages().stream().map(Codes::lower).distinct().toList());
    services = Codes.enums(details.services());
    crimeTypes = Codes.enums(details.crimeTypes());
    regions = Codes.list(details.regions().stream().map(Codes::oneLine).toList());
    if (contactChanged) {
      contactVerified = false;
      verifiedBy = null;
      verifiedAt = null;
    }
    updatedAt = now;
  }

  void setHours(OpeningHours hours, List<HolidayView> days, Instant now) {
    openingHours = Codes.hours(hours);
    holidays = Codes.holidays(days);
    updatedAt = now;
  }

  void setChatInPharos(boolean chat, Instant now) {
    chatInPharos = chat;
    updatedAt = now;
  }

  void confirmContactDetails(String by, Instant now) {
    contactVerified = true;
    verifiedBy = by;
    verifiedAt = now;
    updatedAt = now;
  }

  void markUnverified() {
    contactVerified = false;
    verifiedBy = null;
    verifiedAt = null;
  }

  /** The fields as the history shows them. */
  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", status.name());
    fields.put("membershipType", membershipType.name());
    fields.put("website", website);
    fields.put("email", email);
    fields.put("phone", phone);
    fields.put("summary", summary);
    fields.put("timeZone", timeZone);
    fields.put("languages", languages);
    fields.put("services", services);
    fields.put("crimeTypes", crimeTypes);
    fields.put("regions", regions);
    fields.put("openingHours", openingHours);
    fields.put("holidays", holidays);
    fields.put("chatInPharos", chatInPharos);
    fields.put("contactVerified", contactVerified);
    return fields;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  UUID organisationId() {
    return organisationId;
  }

  MembershipType membershipType() {
    return membershipType;
  }

  MemberStatus status() {
    return status;
  }

  String website() {
    return website;
  }

  String email() {
    return email;
  }

  String phone() {
    return phone;
  }

  String summary() {
    return summary;
  }

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  String timeZone() {
    return timeZone;
  }

  List<String> languages() {
    return Codes.list(languages);
  }

  Set<SupportService> services() {
    return Codes.enums(services, SupportService.class);
  }

  Set<CrimeType> crimeTypes() {
    return Codes.enums(crimeTypes, CrimeType.class);
  }

  List<String> regions() {
    return Codes.list(regions);
  }

  OpeningHours hours() {
    return Codes.hours(openingHours);
  }

  List<HolidayView> holidays() {
    return Codes.holidays(holidays);
  }

  boolean chatInPharos() {
    return chatInPharos;
  }

  boolean contactVerified() {
    return contactVerified;
  }

  String verifiedBy() {
    return verifiedBy;
  }

  Instant verifiedAt() {
    return verifiedAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
