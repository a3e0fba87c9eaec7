package eu.pharos.chat.conversation;

import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a message as typed: plain text of 1 to 4 000 characters, lines and tabs allowed,
 * other control characters refused. Markup is kept as typed; clients show it as text.
 */
final class MessageText {

  static final int MAX_LENGTH = 4000;
  static final int MAX_CLIENT_ID = 64;
  static final String PREFIX = "chat.error.";

  private MessageText() {}

  /** The body as it will be stored (line ends made {@code \n}), once every rule holds. */
  static String check(String clientId, String body) {
    List<Problem> problems = new ArrayList<>();
    if (clientId == null || clientId.isBlank()) {
      problems.add(Problem.of("clientId", PREFIX + "clientId.required"));
    } else if (clientId.length() > MAX_CLIENT_ID || hasControl(clientId, false)) {
      problems.add(Problem.of("clientId", PREFIX + "clientId.invalid", MAX_CLIENT_ID));
    }
    String text = body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n');
    if (text == null || text.isBlank()) {
      problems.add(Problem.of("body", PREFIX + "body.required"));
    } else if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      problems.add(Problem.of("body", PREFIX + "body.tooLong", MAX_LENGTH));
    } else if (hasControl(text, true)) {
      problems.add(Problem.of("body", PREFIX + "body.control"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return text;
  }

  private static boolean hasControl(String text, boolean linesAllowed) {
    return text.codePoints()
        .anyMatch(
            c -> {
              if (linesAllowed && (c == '\n' || c == '\t')) {
                return false;
              }
              int type = Character.getType(c);
              return Character.isISOControl(c)
                  || type == Character.SURROGATE
                  || type == Character.UNASSIGNED && c > 0xFFFF
                  || c == 0x2028
                  || c == 0x2029;
            });
  }
}
