package eu.pharos.knowledge.search;

import eu.pharos.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader may type in the search box, checked before it reaches the index: words, "quoted
 * phrases", +required and -excluded words, OR between alternatives, (parentheses) to group, and a
 * trailing * for words starting so. Each mistake gets its own message on field {@code q}; a good
 * query is rewritten for the simple query string syntax of the index ({@code OR} becomes {@code
 * |}).
 */
final class QuerySyntax {

  static final int MAX_LENGTH = 500;
  static final String FIELD = "q";

  private QuerySyntax() {}

  /**
   * @return the query for the index, or null for an empty one (browse everything)
   * @throws InvalidInput naming the first mistake found
   */
  static String check(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.strip();
    if (text.length() > MAX_LENGTH) {
      throw InvalidInput.of(FIELD, "knowledge.search.error.too-long", MAX_LENGTH);
    }
    List<String> tokens = tokens(text);
    int depth = 0;
    for (String token : tokens) {
      if (token.equals("(")) {
        depth++;
      } else if (token.equals(")")) {
        depth--;
        if (depth < 0) {
          throw InvalidInput.of(FIELD, "knowledge.search.error.parenthesis");
        }
      }
    }
    if (depth != 0) {
      throw InvalidInput.of(FIELD, "knowledge.search.error.parenthesis");
    }
    StringBuilder query = new StringBuilder();
    boolean anyTerm = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (isOr(token)) {
        if (!isOperand(tokens, i - 1, true) || !isOperand(tokens, i + 1, false)) {
          throw InvalidInput.of(FIELD, "knowledge.search.error.or", token);
        }
        query.append(" | ");
        continue;
      }
      if (token.equals("(") || token.equals(")")) {
        query.append(token);
        continue;
      }
      if (token.startsWith("\"")) {
        anyTerm = true;
        query.append(' ').append(token).append(' ');
        continue;
      }
      String word = token;
      String sign = "";
      if (word.startsWith("+") || word.startsWith("-")) {
        sign = word.substring(0, 1);
        word = word.substring(1);
      }
      if (word.isEmpty() || word.chars().allMatch(c -> c == '+' || c == '-' || c == '|')) {
        throw InvalidInput.of(FIELD, "knowledge.search.error.operator", token);
      }
      if (word.startsWith("\"")) {
        anyTerm = true;
        query.append(' ').append(sign).append(word).append(' ');
        continue;
      }
      int star = word.indexOf('*');
      if (star >= 0 && (star != word.length() - 1 || star < 2)) {
        throw InvalidInput.of(FIELD, "knowledge.search.error.wildcard", token);
      }
      if (word.startsWith("|")) {
        throw InvalidInput.of(FIELD, "knowledge.search.error.or", token);
      }
      anyTerm = true;
      query.append(' ').append(sign).append(word);
    }
    if (!anyTerm) {
      throw InvalidInput.of(FIELD, "knowledge.search.error.no-words");
    }
    return query.toString().strip().replaceAll("\\s+", " ");
  }

  /**
   * Splits outside quotes at spaces and around parentheses; a phrase, with a sign before it, is one
   * token. A sign before a parenthesis stands alone, and is refused as such.
   */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = text.indexOf('"', i + 1);
        if (end < 0) {
          throw InvalidInput.of(FIELD, "knowledge.search.error.quote");
        }
        String phrase = text.substring(i, end + 1);
        if (phrase.substring(1, phrase.length() - 1).isBlank()) {
          throw InvalidInput.of(FIELD, "knowledge.search.error.empty-phrase");
        }
        current.append(phrase);
        i = end + 1;
        continue;
      }
      if (Character.isWhitespace(c) || c == '(' || c == ')') {
        if (current.length() > 0) {
          tokens.add(current.toString());
          current.setLength(0);
        }
        if (c != '(' && c != ')') {
          i++;
          continue;
        }
        tokens.add(String.valueOf(c));
        i++;
        continue;
      }
      current.append(c);
      i++;
    }
    if (current.length() > 0) {
      tokens.add(current.toString());
    }
    return tokens;
  }

  private static boolean isOr(String token) {
    return token.equals("OR") || token.equals("|");
  }

  /** Whether there is a term (or a group's edge) on that side of an OR. */
  private static boolean isOperand(List<String> tokens, int index, boolean before) {
    if (index < 0 || index >= tokens.size()) {
      return false;
    }
    String token = tokens.get(index);
    if (isOr(token)) {
      return false;
    }
    return before ? !token.equals("(") : !token.equals(")");
  }
}
