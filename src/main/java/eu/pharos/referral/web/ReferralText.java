package eu.pharos.referral.web;

import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralPackage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How the referral pages write a package's items and free texts. */
@Component("referralText")
public class ReferralText {

  private final MessageSource messages;

  ReferralText(MessageSource messages) {
    this.messages = messages;
  }

  /** An item's value in the page's language; null when the package has none. */
  public String value(ReferralPackage pkg, ReferralItem item) {
    return value(pkg, item, LocaleContextHolder.getLocale());
  }

  String value(ReferralPackage pkg, ReferralItem item, Locale locale) {
    if (pkg == null) {
      return null;
    }
    return switch (item) {
      case FULL_NAME -> pkg.fullName();
      case PHONE -> pkg.phone();
      case EMAIL -> pkg.email();
      case ADDRESS -> pkg.address();
      case DATE_OF_BIRTH -> date(pkg.dateOfBirth(), locale);
      case PREFERRED_LANGUAGE -> ReferralChoices.languageName(pkg.preferredLanguage(), locale);
      case RESIDENCE_COUNTRY -> ReferralChoices.countryName(pkg.residenceCountry(), locale);
      case CRIME_TYPE ->
          pkg.crimeType() == null
              ? null
              : messages.getMessage(pkg.crimeType().messageKey(), null, locale);
      case CRIME_DATE -> date(pkg.crimeDate(), locale);
      case CRIME_PLACE -> pkg.crimePlace();
      case CRIME_COUNTRY -> ReferralChoices.countryName(pkg.crimeCountry(), locale);
      case CRIME_SUMMARY -> pkg.crimeSummary();
    };
  }

  /** A country's name in the page's language; null for none. */
  public String country(String code) {
    return ReferralChoices.countryName(code, LocaleContextHolder.getLocale());
  }

  /** A language's name in the page's language; null for none. */
  public String language(String code) {
    return ReferralChoices.languageName(code, LocaleContextHolder.getLocale());
  }

  /** A free text's lines, for paragraphs. */
  public List<String> lines(String text) {
    return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
  }

  private static String date(LocalDate date, Locale locale) {
    return date == null
        ? null
        : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
  }
}
