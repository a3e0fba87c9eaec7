package eu.pharos.chat.web.visitor;

import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.VisitorView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;

/**
 * What the conversation page shows: the messages the victim may see, in order, each of the victim's
 * own with its delivery state, and whether the page should refresh itself (a live chat still open,
 * and the victim not writing).
 */
record ConversationPage(
    VisitorView view,
    List<Line> lines,
    long lastSeq,
    boolean live,
    boolean open,
    boolean autoRefresh,
    String draft,
    String clientId,
    Map<String, String> errors) {

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm");

  /** One message; {@code delivery} is "sent" or "seen" for the victim's own, null otherwise. */
  record Line(ChatMessageView message, String delivery, java.time.ZoneId zone) {

    public boolean mine() {
      return message.sender() == ChatSender.VISITOR;
    }

    public boolean system() {
      return message.sender() == ChatSender.SYSTEM;
    }

    /** Hours and minutes in the organisation's zone; the script shows them in the victim's own. */
    public String time() {
      return message.sentAt() == null ? "" : TIME.format(message.sentAt().atZone(zone));
    }
  }

  static ConversationPage of(
      VisitorView view, boolean composing, String draft, Map<String, String> errors) {
    List<Line> lines =
        view.messages().stream()
            .filter(m -> m.sender().visibleToVisitor())
            .sorted(java.util.Comparator.comparingLong(ChatMessageView::seq))
            .map(
                m ->
                    new Line(
                        m,
                        m.sender() == ChatSender.VISITOR
                            ? (m.seq() <= view.readUpTo() ? "seen" : "sent")
                            : null,
                        view.timeZone()))
            .toList();
    long last = view.messages().stream().mapToLong(ChatMessageView::seq).max().orElse(0);
    boolean open = view.state().open();
    boolean live = view.kind() == ChatKind.LIVE;
    return new ConversationPage(
        view,
        lines,
        last,
        live,
        open,
        open && live && !composing && errors.isEmpty(),
        draft,
        UUID.randomUUID().toString(),
        errors);
  }

  ConversationPage withClientId(String id) {
    return new ConversationPage(view, lines, lastSeq, live, open, autoRefresh, draft, id, errors);
  }

  public boolean queued() {
    return view.state() == ChatState.QUEUED;
  }

  void addTo(Model model) {
    model.addAttribute("page", this);
    model.addAttribute("view", view);
    model.addAttribute("errors", errors);
  }
}
