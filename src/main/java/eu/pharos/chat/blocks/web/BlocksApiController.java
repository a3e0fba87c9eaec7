package eu.pharos.chat.blocks.web;

import eu.pharos.chat.BlockDuration;
import eu.pharos.chat.BlockReason;
import eu.pharos.chat.ChatBlock;
import eu.pharos.chat.ChatBlocks;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Blocking chat visitors for the organisation's own integrations. A conversation or block of
 * another organisation is a 404; a missing or unknown reason or duration a 400 problem naming the
 * field.
 */
@Tag(name = "Chat", description = "The organisation's chat queue and conversations")
@ApiController("chatBlocksApiController")
@RequestMapping("/api/v1/chat")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class BlocksApiController {

  private final ChatBlocks blocks;

  BlocksApiController(ChatBlocks blocks) {
    this.blocks = blocks;
  }

  @Operation(
      summary = "Block the visitor of a conversation and end it",
      description =
          "Refuses the visitor's chats and messages to the organisation for the duration (HOURS_24,"
              + " DAYS_7 or DAYS_30), by their browser's key and by a keyed hash of their address."
              + " Reasons: ABUSIVE_LANGUAGE, THREATS, SEXUAL_HARASSMENT, SPAM, OTHER. The note is"
              + " optional, up to 1 000 characters, and sealed at rest. Audited.")
  @PostMapping("/conversations/{id}/block")
  @ResponseStatus(HttpStatus.CREATED)
  ChatBlock block(@PathVariable UUID id, @RequestBody BlockRequest request) {
    return blocks.block(
        id,
        BlockForm.named(BlockReason.class, request.reason()),
        request.note(),
        BlockForm.named(BlockDuration.class, request.duration()));
  }

  @Operation(summary = "The blocks in force now, newest first (supervisors; reading is audited)")
  @GetMapping("/blocks")
  @PreAuthorize("hasRole('SUPERVISOR')")
  List<ChatBlock> active() {
    return blocks.active();
  }

  @Operation(summary = "Lift a block before it expires (supervisors; audited)")
  @PostMapping("/blocks/{blockId}/lift")
  @PreAuthorize("hasRole('SUPERVISOR')")
  ChatBlock lift(@PathVariable UUID blockId) {
    return blocks.lift(blockId);
  }

  /**
   * A block.
   *
   * @param reason ABUSIVE_LANGUAGE, THREATS, SEXUAL_HARASSMENT, SPAM or OTHER
   * @param note for colleagues, optional, up to 1 000 characters
   * @param duration HOURS_24, DAYS_7 or DAYS_30
   */
  record BlockRequest(String reason, String note, String duration) {}
}
