package eu.pharos.chat.blocks;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.chat.BlockDuration;
import eu.pharos.chat.BlockReason;
import eu.pharos.chat.ChatBlock;
import eu.pharos.chat.ChatBlockNotFound;
import eu.pharos.chat.ChatBlocks;
import eu.pharos.chat.conversation.ServiceEnding;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocks and lifts, in the signed-in user's organisation. Audit records name the block and the
 * conversation by id, the reason and the duration; never the note, a key or an address.
 */
@Service
@Transactional
@PreAuthorize(ChatBlockService.CHAT_WORK)
class ChatBlockService implements ChatBlocks {

  static final String CHAT_WORK = "hasAnyRole('ADVISOR', 'SUPERVISOR')";
  static final String SUPERVISION = "hasRole('SUPERVISOR')";
  static final String AUDIT_TYPE = "chat.block";
  static final String BLOCKED = "chat.visitor-blocked";
  static final String LIFTED = "chat.block-lifted";
  static final int NOTE_MAX = 1000;
  static final Duration ENDED_SHOWN = Duration.ofDays(30);
  static final String PREFIX = "chat.block.error.";

  private final VisitorBlockRepository blocks;
  private final ServiceEnding ending;
  private final VisitorBarrier barrier;
  private final PersonalDataCipher cipher;
  private final AuditLog audit;
  private final Users users;
  private final Clock clock;

  ChatBlockService(
      VisitorBlockRepository blocks,
      ServiceEnding ending,
      VisitorBarrier barrier,
      PersonalDataCipher cipher,
      AuditLog audit,
      Users users,
      Clock clock) {
    this.blocks = blocks;
    this.ending = ending;
    this.barrier = barrier;
    this.cipher = cipher;
    this.audit = audit;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public ChatBlock block(
      UUID conversationId, BlockReason reason, String note, BlockDuration duration) {
    String text = note == null || note.isBlank() ? null : note.strip();
    List<Problem> problems = new ArrayList<>();
    if (reason == null) {
      problems.add(Problem.of("reason", PREFIX + "reason"));
    }
    if (duration == null) {
      problems.add(Problem.of("duration", PREFIX + "duration"));
    }
    if (text != null && text.length() > NOTE_MAX) {
      problems.add(Problem.of("note", PREFIX + "note", NOTE_MAX));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    StaffUser me = me();
    ServiceEnding.Handled conversation = ending.lock(conversationId);
    if (!supervisor() && !me.userId().equals(conversation.advisorId())) {
      throw InvalidInput.of("conversation", PREFIX + "notYours");
    }
    Instant now = clock.instant();
    if (blocks.firstActiveFor(conversationId, now).isPresent()) {
      throw InvalidInput.of("conversation", PREFIX + "already");
    }
    VisitorBlock block =
        new VisitorBlock(
            UUID.randomUUID(),
            conversationId,
            reason,
            duration,
            conversation.visitorTokenHash(),
            barrier.traced(conversationId).orElse(null),
            cipher.currentIndexKeyId(),
            me.userId(),
            now);
    String sealed = cipher.seal(text, VisitorBlock.NOTE_COLUMN + block.id());
    block.note(sealed, cipher.keyIdOf(sealed));
    blocks.saveAndFlush(block);
    ending.end(conversationId);
    audit.record(
        AuditRecord.of(BLOCKED, AuditOutcome.SUCCESS)
            .target(AUDIT_TYPE, block.id())
            .detail(
                "conversation "
                    + conversationId
                    + ", reason "
                    + reason.name()
                    + ", duration "
                    + duration.name()));
    return view(block, text, new HashMap<>());
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(SUPERVISION)
  public List<ChatBlock> active() {
    return withNotes(blocks.active(clock.instant()));
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(SUPERVISION)
  public List<ChatBlock> ended() {
    Instant now = clock.instant();
    return withNotes(blocks.ended(now, now.minus(ENDED_SHOWN)));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ChatBlock> activeFor(UUID conversationId) {
    return blocks
        .firstActiveFor(conversationId, clock.instant())
        .map(b -> view(b, null, new HashMap<>()));
  }

  @Override
  @PreAuthorize(SUPERVISION)
  public ChatBlock lift(UUID blockId) {
    VisitorBlock block =
        (blockId == null ? Optional.<VisitorBlock>empty() : blocks.findById(blockId))
            .orElseThrow(() -> new ChatBlockNotFound(blockId));
    if (!block.lift(me().userId(), clock.instant())) {
      throw InvalidInput.of("block", PREFIX + "notActive");
    }
    blocks.saveAndFlush(block);
    audit.record(
        AuditRecord.of(LIFTED, AuditOutcome.SUCCESS)
            .target(AUDIT_TYPE, block.id())
            .detail("conversation " + block.conversationId()));
    return view(block, null, new HashMap<>());
  }

  /** Opens each note; reading them is audited, one record per block that has one. */
  private List<ChatBlock> withNotes(List<VisitorBlock> found) {
    Map<UUID, String> names = new HashMap<>();
    try (AuditLog.Gathering gathering = audit.gather()) {
      List<ChatBlock> views = new ArrayList<>();
      for (VisitorBlock block : found) {
        String note = null;
        if (block.noteSealed() != null) {
          note = cipher.open(block.noteSealed(), VisitorBlock.NOTE_COLUMN + block.id());
          audit.record(AuditRecord.access(AUDIT_TYPE, block.id()));
        }
        views.add(view(block, note, names));
      }
      return views;
    }
  }

  private ChatBlock view(VisitorBlock block, String note, Map<UUID, String> names) {
    return new ChatBlock(
        block.id(),
        block.conversationId(),
        block.reason(),
        note,
        block.duration(),
        block.blockedAt(),
        block.blockedBy(),
        name(block.blockedBy(), names),
        block.until(),
        block.liftedAt(),
        block.liftedBy(),
        name(block.liftedBy(), names));
  }

  private String name(UUID userId, Map<UUID, String> names) {
    if (userId == null) {
      return null;
    }
    return names.computeIfAbsent(
        userId, id -> users.find(id).map(UserView::displayName).orElse(null));
  }

  private static boolean supervisor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()));
  }

  private static StaffUser me() {
    return TenantContext.currentUser()
        .orElseThrow(() -> new IllegalStateException("blocking needs a signed-in user"));
  }
}
