package eu.pharos.chat.web.visitor;

import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.NewChat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The start form as typed: every value kept as text so that a refused form shows the victim's
 * choices again.
 */
record StartForm(String language, String topic, String kind, boolean notice, String source) {

  static final Set<String> SOURCES = Set.of("find-help", "member-page", "embed");

  static StartForm blank(String language, String kind, String source) {
    return new StartForm(language, "", kind, false, source(source));
  }

  static String source(String source) {
    return source != null && SOURCES.contains(source) ? source : "find-help";
  }

  ChatTopic chosenTopic() {
    return parse(ChatTopic.class, topic);
  }

  ChatKind chosenKind() {
    return parse(ChatKind.class, kind);
  }

  /** Checks what the page itself can check; the facade checks the rest. */
  void check(Set<String> languages, Map<String, String> errors) {
    if (language.isEmpty()) {
      errors.put("language", "chat.visitor.error.language.missing");
    } else if (!languages.contains(language)) {
      errors.put("language", "chat.visitor.error.language.unknown");
    }
    if (chosenTopic() == null) {
      errors.put("topic", "chat.visitor.error.topic.missing");
    }
    if (chosenKind() == null) {
      errors.put("kind", "chat.visitor.error.kind.missing");
    }
    if (!notice) {
      errors.put("notice", "chat.visitor.error.notice.missing");
    }
  }

  NewChat toCommand(UUID organisationId) {
    return new NewChat(organisationId, language, chosenTopic(), chosenKind(), notice, source);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
