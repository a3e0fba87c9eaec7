package eu.pharos.referral.web;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.platform.Languages;
import eu.pharos.shared.tenancy.TenantContext;
import java.text.Collator;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the referral pages offer to choose from: member organisations, advisors of the caller's
 * organisation, countries and languages, and the organisation's time zone for dates.
 */
@Component("referralChoices")
class ReferralChoices {

  /** A choice of a select: its value and what it shows. */
  record Option(String value, String label) {}

  /** The EU's official languages, then languages victim support is often asked for in. */
  private static final List<String> LANGUAGES =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ar", "bs", "fa", "is", "mk", "no",
          "ru", "so", "sq", "sr", "ti", "tr", "uk", "zh");

  private final Users users;
  private final Directory directory;

  ReferralChoices(Users users, Directory directory) {
    this.users = users;
    this.directory = directory;
  }

  /** Approved members matching the filter, the caller's own organisation left out. */
  List<MemberView> receivers(MemberFilter filter) {
    UUID own = TenantContext.current();
    return directory.members(filter).stream()
        .filter(member -> !member.organisationId().equals(own))
        .toList();
  }

  Optional<MemberView> member(UUID organisationId) {
    return organisationId == null ? Optional.empty() : directory.member(organisationId);
  }

  /** Countries that have at least one approved member, by name. */
  List<Option> memberCountries(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return directory.memberCountByCountry().keySet().stream()
        .map(code -> new Option(code, countryName(code, locale)))
        .sorted(Comparator.comparing(Option::label, collator))
        .toList();
  }

  List<Option> countries(Locale locale) {
    List<String> codes = new ArrayList<>(Arrays.asList(Locale.getISOCountries()));
    codes.add("XK");
    Collator collator = Collator.getInstance(locale);
    return codes.stream()
        .map(code -> new Option(code, countryName(code, locale)))
        .sorted(Comparator.comparing(Option::label, collator))
        .toList();
  }

  List<Option> languages(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return LANGUAGES.stream()
        .map(code -> new Option(code, languageName(code, locale)))
        .sorted(Comparator.comparing(Option::label, collator))
        .toList();
  }

  /** Who may take a referral on: active advisors and supervisors of the organisation. */
  List<UserView> advisors() {
    return users.inMyOrganisation().stream()
        .filter(user -> user.status() != UserStatus.DISABLED)
        .filter(
            user -> user.roles().contains(Role.ADVISOR) || user.roles().contains(Role.SUPERVISOR))
        .toList();
  }

  Map<UUID, String> names() {
    Map<UUID, String> names = new HashMap<>();
    users.inMyOrganisation().forEach(user -> names.put(user.id(), user.displayName()));
    return names;
  }

  /** The caller's organisation's time zone, for the dates the pages show and read. */
  ZoneId zone() {
    return directory
        .member(TenantContext.current())
        .map(MemberView::timeZone)
        .orElse(ZoneOffset.UTC);
  }

  static String countryName(String code, Locale locale) {
    return code == null || code.isBlank() ? null : Languages.countryName(code, locale);
  }

  static String languageName(String code, Locale locale) {
    return code == null || code.isBlank() ? null : Languages.languageName(code, locale);
  }
}
