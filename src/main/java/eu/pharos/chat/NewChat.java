package eu.pharos.chat;

import java.util.UUID;

/**
 * A victim's request to talk.
 *
 * @param organisationId the member organisation asked (from Find help or its page)
 * @param language the language the victim chose, a code of {@code platform.Languages} or of the
 *     organisation's languages
 * @param noticeAccepted whether the victim read the safety and privacy notice; required
 * @param source where the chat was started: "find-help", "member-page" or "embed"
 */
public record NewChat(
    UUID organisationId,
    String language,
    ChatTopic topic,
    ChatKind kind,
    boolean noticeAccepted,
    String source) {}
