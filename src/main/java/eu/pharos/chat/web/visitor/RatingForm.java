package eu.pharos.chat.web.visitor;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rating at the end, as typed: one to five stars and an optional comment. */
record RatingForm(String stars, String comment) {

  static final int MAX_COMMENT = 500;

  Integer chosenStars() {
    try {
      int value = Integer.parseInt(stars);
      return value >= 1 && value <= 5 ? value : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  Map<String, String> check() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (chosenStars() == null) {
      errors.put("stars", "chat.visitor.error.stars.missing");
    }
    if (comment.length() > MAX_COMMENT) {
      errors.put("comment", "chat.visitor.error.comment.tooLong");
    }
    return errors;
  }
}
