package eu.pharos.helpline.contact.web;

import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.HeardFrom;
import eu.pharos.helpline.contact.Lines;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.network.CrimeType;
import eu.pharos.network.HelplineView;
import eu.pharos.network.SupportService;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the contact pages offer, in the reader's language. */
@Component
class ContactChoices {

  /** A language to choose: its ISO 639-1 code and its name in the reader's language. */
  record LanguageOption(String code, String name) {}

  private final Lines lines;
  private final Users users;

  ContactChoices(Lines lines, Users users) {
    this.lines = lines;
    this.users = users;
  }

  void addTo(Model model, Locale locale) {
    model.addAttribute("channels", ContactChannel.values());
    model.addAttribute("directions", ContactDirection.values());
    model.addAttribute("topics", SupportService.values());
    model.addAttribute("crimeTypes", CrimeType.values());
    model.addAttribute("heardFroms", HeardFrom.values());
    model.addAttribute("outcomes", ContactOutcome.values());
    model.addAttribute("helplines", lines.helplines());
    Collator collator = Collator.getInstance(locale);
    List<String> own = lines.languages();
    model.addAttribute(
        "ownLanguages",
        own.stream()
            .map(code -> option(code, locale))
            .sorted(Comparator.comparing(LanguageOption::name, collator))
            .toList());
    model.addAttribute(
        "otherLanguages",
        Arrays.stream(Locale.getISOLanguages())
            .filter(code -> !own.contains(code))
            .map(code -> option(code, locale))
            .sorted(Comparator.comparing(LanguageOption::name, collator))
            .toList());
  }

  Map<UUID, String> advisorNames() {
    return users.inMyOrganisation().stream()
        .collect(Collectors.toMap(UserView::id, UserView::displayName));
  }

  Map<UUID, String> lineNumbers() {
    return lines.helplines().stream()
        .collect(Collectors.toMap(HelplineView::id, HelplineView::number));
  }

  static LanguageOption option(String code, Locale locale) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
    if (name.isEmpty() || name.equals(code)) {
      return new LanguageOption(code, code);
    }
    return new LanguageOption(code, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
  }
}
