package eu.pharos.chat.web.console;

import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ConversationView;
import eu.pharos.chat.MessageAck;
import eu.pharos.chat.QueuedChat;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chat console for the organisation's own integrations: the queue (no text), one conversation
 * (its read is audited) and answering it. A conversation of another organisation is a 404.
 */
@Tag(name = "Chat", description = "The organisation's chat queue and conversations")
@ApiController
@RequestMapping("/api/v1/chat")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class ChatApiController {

  private final ChatConsole console;

  ChatApiController(ChatConsole console) {
    this.console = console;
  }

  @Operation(
      summary = "The waiting conversations, highest priority first, then longest waiting",
      description = "Only what routes a conversation (language, topic, priority, times); no text.")
  @GetMapping("/queue")
  List<QueuedChat> queue() {
    return console.queue();
  }

  @Operation(
      summary = "One conversation with its messages and internal notes (the read is audited)",
      description = "Contact details the victim typed are masked where the organisation chose so.")
  @GetMapping("/conversations/{id}")
  ConversationView conversation(
      @PathVariable UUID id,
      @Parameter(description = "Only messages after this number; 0 for all")
          @RequestParam(defaultValue = "0")
          long after) {
    return console.open(id, after);
  }

  @Operation(
      summary = "Answer the victim, or add an internal note",
      description =
          "Stored before it is acknowledged. Sending again with the same clientId is acknowledged"
              + " with the first number and not stored twice. A note (note: true) is never shown to"
              + " the victim. An empty body, one over 4 000 characters, a missing clientId or a"
              + " closed conversation is a 400 problem.")
  @PostMapping("/conversations/{id}/messages")
  MessageAck send(@PathVariable UUID id, @RequestBody MessageRequest request) {
    if (request.clientId() == null || request.clientId().isBlank()) {
      throw InvalidInput.of("clientId", "chat.api.error.clientId");
    }
    return Boolean.TRUE.equals(request.note())
        ? console.note(id, request.clientId(), request.body())
        : console.send(id, request.clientId(), request.body());
  }

  /**
   * A message to the victim or an internal note.
   *
   * @param clientId the sender's own id for the message, 1 to 64 characters
   * @param body plain text, 1 to 4 000 characters
   * @param note true for an internal note that only staff see; false when left out
   */
  record MessageRequest(String clientId, String body, Boolean note) {}
}
