package eu.pharos.referral.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads what forms send as text; null for blank or malformed values. */
final class Parse {

  private Parse() {}

  static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static LocalDateTime dateTime(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static UUID id(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static <E extends Enum<E>> E choice(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip())) {
        return constant;
      }
    }
    return null;
  }

  /** A page number from 0; anything else is the first page. */
  static int page(String value) {
    String text = clean(value);
    if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(text);
  }
}
