package eu.pharos.shared.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads what HTML forms send as text: null for a blank or malformed value, so that the facade's own
 * checks name the field ("say when …") instead of a parse error reaching the user.
 */
public final class FormValues {

  private FormValues() {}

  /** The value without surrounding spaces; empty for null. */
  public static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  /** A value to show again in a form field; empty for null. */
  public static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** An ISO date ({@code 2026-11-28}), as {@code <input type="date">} sends it. */
  public static LocalDate date(String value) {
    return parsed(value, LocalDate::parse);
  }

  /** An ISO local date and time, as {@code <input type="datetime-local">} sends it. */
  public static LocalDateTime dateTime(String value) {
    return parsed(value, LocalDateTime::parse);
  }

  /** An ISO time ({@code 09:30}), as {@code <input type="time">} sends it. */
  public static LocalTime time(String value) {
    return parsed(value, LocalTime::parse);
  }

  public static UUID id(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The constant of that exact name; null for anything else. */
  public static <E extends Enum<E>> E choice(Class<E> type, String value) {
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
  public static int page(String value) {
    String text = clean(value);
    if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(text);
  }

  private static <T> T parsed(String value, java.util.function.Function<String, T> parser) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
