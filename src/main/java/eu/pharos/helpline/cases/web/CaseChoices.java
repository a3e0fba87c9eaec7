package eu.pharos.helpline.cases.web;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The choices the case pages offer: advisors of the organisation, countries, languages. */
@Component
class CaseChoices {

  /** A choice of a select: its value and what it shows. */
  record Option(String value, String label) {}

  /** The EU's official languages, then languages victim support is often asked for in. */
  private static final List<String> LANGUAGES =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ar", "bs", "fa", "is", "mk", "no",
          "ru", "so", "sq", "sr", "ti", "tr", "uk", "zh");

  private final Users users;

  CaseChoices(Users users) {
    this.users = users;
  }

  /** Who may lead or work on a case: active advisors and supervisors, by name. */
  List<UserView> advisors() {
    return users.inMyOrganisation().stream()
        .filter(user -> user.status() != UserStatus.DISABLED)
        .filter(
            user -> user.roles().contains(Role.ADVISOR) || user.roles().contains(Role.SUPERVISOR))
        .toList();
  }

  /** Everyone of the organisation by id, to show who did what. */
  Map<UUID, String> names() {
    Map<UUID, String> names = new HashMap<>();
    users.inMyOrganisation().forEach(user -> names.put(user.id(), user.displayName()));
    return names;
  }

  List<Option> countries(Locale locale) {
    List<String> codes = new ArrayList<>(Arrays.asList(Locale.getISOCountries()));
    codes.add("XK");
    Collator collator = Collator.getInstance(locale);
    return codes.stream()
        .map(code -> new Option(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(Option::label, collator))
        .toList();
  }

  List<Option> languages(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return LANGUAGES.stream()
        .map(code -> new Option(code, new Locale(code).getDisplayLanguage(locale)))
        .sorted(Comparator.comparing(Option::label, collator))
        .toList();
  }

  static String countryName(String code, Locale locale) {
    return code == null ? null : new Locale("", code).getDisplayCountry(locale);
  }
}
