// The chat console, live: the console page refreshes its queue and counts new messages of the
// advisor's conversations; a conversation page shows messages as they come, sends over the staff
// WebSocket with acknowledgement and resend (see docs/chat-protocol.md), and says when the victim
// types or has read. Where WebSockets are blocked, a conversation page goes on by long polling
// and the console refreshes its panels every 15 seconds; while neither works the forms post as
// they do without JavaScript and the page reloads. Message texts go into the page as text, never
// as markup.

const RESEND_AFTER_MS = 5000;
// The server closes a socket without frames for 5 minutes.
const PING_EVERY_MS = 30000;
// The close code of a staff socket whose HTTP session ended (docs/chat-protocol.md).
const SESSION_ENDED = 1008;

function liveUrl(path) {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  return scheme + "//" + window.location.host + path;
}

// One connection to /app/chat/live that reconnects with growing pauses and says hello again for
// every conversation it follows, from the last number it has. When the socket cannot open, or
// fails three times in a row, a network is blocking WebSockets and the page goes on over HTTP if
// it gave a fallback:
// - `poll` (a conversation page): frames are POSTed to /app/chat/live/messages with the session's
//   CSRF token and answered with their ack or a problem; /app/chat/live/events?conversation=…
//   &after=N&state=S, a long poll, brings the messages and state changes (`events()` gives its
//   query from what the page has);
// - `tick` (the console): called every 15 seconds, as the console follows many conversations.
class Live {
  constructor(path, onFrame, onOpen, fallback) {
    this.path = path;
    this.onFrame = onFrame;
    this.onOpen = onOpen;
    this.fallback = fallback || {};
    this.pause = 1000;
    this.failures = 0;
    this.opened = false;
    this.socket = null;
    this.polling = false;
    if ("WebSocket" in window) {
      this.connect();
    } else {
      // After the constructor, so that the page's callbacks may use what it returns.
      window.setTimeout(() => this.poll(), 0);
    }
  }

  connect() {
    let socket;
    try {
      socket = new WebSocket(liveUrl(this.path));
    } catch (e) {
      window.setTimeout(() => this.poll(), 0);
      return;
    }
    this.socket = socket;
    socket.addEventListener("open", () => {
      this.pause = 1000;
      this.failures = 0;
      this.opened = true;
      this.pinger = window.setInterval(() => this.send({ type: "ping" }), PING_EVERY_MS);
      this.onOpen();
    });
    socket.addEventListener("message", (event) => {
      try {
        this.onFrame(JSON.parse(event.data));
      } catch (e) {
        // A frame that is not JSON is ignored.
      }
    });
    socket.addEventListener("close", (event) => {
      window.clearInterval(this.pinger);
      if (event.code === SESSION_ENDED) {
        // The sign-in ended (signed out in another tab, or expired): the page asks for it again.
        window.location.reload();
        return;
      }
      this.socket = null;
      this.failures += 1;
      if (!this.opened || this.failures >= 3) {
        this.poll();
        return;
      }
      window.setTimeout(() => this.connect(), this.pause);
      this.pause = Math.min(this.pause * 2, 30000);
    });
  }

  // Whether a frame sent now goes out (over the socket or over HTTP).
  ready() {
    if (this.polling) {
      return Boolean(this.fallback.poll);
    }
    return this.socket !== null && this.socket.readyState === WebSocket.OPEN;
  }

  send(frame) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(frame));
      return true;
    }
    if (this.polling && this.fallback.poll) {
      if (frame.type !== "ping" && frame.type !== "hello") {
        this.post(frame);
      }
      return true;
    }
    return false;
  }

  poll() {
    if (this.polling || (!this.fallback.poll && !this.fallback.tick)) {
      return;
    }
    this.polling = true;
    document.documentElement.dataset.chatTransport = "poll";
    if (this.fallback.tick) {
      window.setInterval(this.fallback.tick, 15000);
      return;
    }
    this.onOpen();
    this.loop();
  }

  post(frame) {
    const poll = this.fallback.poll;
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (poll.csrfHeader) {
      headers[poll.csrfHeader] = poll.csrfToken;
    }
    fetch(poll.messages, { method: "POST", headers, credentials: "same-origin", body: JSON.stringify(frame) })
      .then(async (response) => {
        if (response.status === 204) {
          return;
        }
        const answer = await response.json().catch(() => null);
        if (!answer) {
          return;
        }
        if (response.ok) {
          this.onFrame(answer);
        } else if (answer.code) {
          this.onFrame({ type: "error", code: answer.code, message: answer.detail, clientId: answer.clientId });
        }
      })
      .catch(() => {
        // Offline: a message not acknowledged goes again after the usual pause.
      });
  }

  async loop() {
    let failures = 0;
    for (;;) {
      try {
        const response = await fetch(this.fallback.poll.events(), {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        });
        if (response.status === 404) {
          return; // The conversation is no longer this user's to see.
        }
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        const frames = await response.json();
        (Array.isArray(frames) ? frames : [frames]).forEach((frame) => this.onFrame(frame));
        failures = 0;
      } catch (e) {
        failures += 1;
        await new Promise((resolve) => window.setTimeout(resolve, Math.min(15000, 1000 * 2 ** failures)));
      }
    }
  }
}

function consolePage(root) {
  const rows = () => Array.from(root.querySelectorAll("#mine [data-conversation]"));
  const after = new Map();
  rows().forEach((row) => after.set(row.dataset.conversation, Number(row.dataset.after || 0)));
  let refreshing = false;
  let again = false;

  // Swaps in the queue and the conversations as the server renders them now; a change that comes
  // during a refresh asks for one more.
  const refresh = () => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    fetch(root.dataset.panelsUrl, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then((response) => (response.ok ? response.text() : null))
      .then((html) => {
        if (html) {
          const next = new DOMParser().parseFromString(html, "text/html").getElementById("chat-panels");
          if (next) {
            const focusedId = document.activeElement && document.activeElement.id;
            root.replaceChildren(...next.childNodes);
            follow();
            if (focusedId && document.getElementById(focusedId)) {
              document.getElementById(focusedId).focus();
            }
          }
        }
      })
      .finally(() => {
        refreshing = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  };

  // Says hello for each conversation of the list that this page does not follow yet.
  const follow = () => {
    rows().forEach((row) => {
      const id = row.dataset.conversation;
      if (!after.has(id)) {
        after.set(id, Number(row.dataset.after || 0));
        live.send({ type: "hello", conversation: id, after: after.get(id) });
      }
    });
  };

  const live = new Live(
    root.dataset.liveUrl,
    (frame) => {
      if (frame.type === "queue") {
        refresh();
      } else if (frame.type === "state" && !["ACTIVE", "AWAITING_REPLY", "ANSWERED"].includes(frame.state)) {
        refresh();
      } else if (frame.type === "message" && frame.sender === "VISITOR") {
        const row = root.querySelector('#mine [data-conversation="' + frame.conversation + '"]');
        if (row && frame.seq > (after.get(frame.conversation) || 0)) {
          after.set(frame.conversation, frame.seq);
          refresh();
        }
      }
    },
    () => {
      rows().forEach((row) =>
        live.send({ type: "hello", conversation: row.dataset.conversation, after: after.get(row.dataset.conversation) || 0 })
      );
    },
    { tick: () => refresh() }
  );
}

function conversationPage(root) {
  const id = root.dataset.conversation;
  const log = root.querySelector("#message-list");
  const typing = document.getElementById("typing");
  const readState = document.getElementById("read-state") || document.createElement("span");
  const problem = document.getElementById("live-problem");
  let after = Number(root.dataset.after || 0);
  let state = root.dataset.state || "";
  const pending = new Map();
  // Times as the server writes them on this page: 24-hour, in the organisation's time zone.
  const clockOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  let clockFormat;
  try {
    clockFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      ...clockOptions,
      timeZone: root.dataset.zone || undefined,
    });
  } catch (unknownZone) {
    // A zone this browser does not know: its own clock rather than no live page at all.
    clockFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined, clockOptions);
  }
  const clock = (iso) => clockFormat.format(new Date(iso));

  const show = (frame) => {
    if (frame.seq <= after || log.querySelector('[data-seq="' + frame.seq + '"]')) {
      return;
    }
    after = Math.max(after, frame.seq);
    const item = document.createElement("li");
    item.dataset.seq = frame.seq;
    item.className = "pharos-chat-message pharos-chat-message--" + String(frame.sender).toLowerCase();
    const meta = document.createElement("p");
    meta.className = "pharos-chat-message__meta govuk-body-s";
    if (frame.sender === "NOTE") {
      const tag = document.createElement("strong");
      tag.className = "govuk-tag govuk-tag--yellow";
      tag.textContent = root.dataset.noteLabel;
      meta.append(tag, " ");
    }
    const when = document.createElement("time");
    when.dateTime = frame.sentAt;
    when.textContent = clock(frame.sentAt);
    // Named as the server names them: the victim, the author, or Pharos for a system line.
    const author =
      frame.sender === "VISITOR" ? root.dataset.victimLabel : frame.authorName || root.dataset.systemLabel;
    meta.append(author + ", ", when);
    const body = document.createElement("p");
    body.className = "pharos-chat-message__body govuk-body";
    body.textContent = frame.body;
    item.append(meta, body);
    log.append(item);
    if (frame.sender === "VISITOR") {
      typing.textContent = "";
      if (document.visibilityState === "visible") {
        live.send({ type: "read", conversation: id, seq: frame.seq });
      }
    }
  };

  const live = new Live(
    root.dataset.liveUrl,
    (frame) => {
      if (frame.conversation && frame.conversation !== id) {
        return;
      }
      if (frame.type === "message") {
        show(frame);
      } else if (frame.type === "ack") {
        const entry = pending.get(frame.clientId);
        if (entry) {
          window.clearTimeout(entry.timer);
          pending.delete(frame.clientId);
        }
      } else if (frame.type === "typing" && frame.sender === "VISITOR") {
        typing.textContent = typing.dataset.label || "…";
        window.clearTimeout(typing.timer);
        typing.timer = window.setTimeout(() => (typing.textContent = ""), 6000);
      } else if (frame.type === "read") {
        readState.textContent = root.dataset.readLabel + " (" + frame.seq + ")";
      } else if (frame.type === "error") {
        // A refused message is not sent again (a rate-limited one is, after the usual pause).
        if (frame.clientId && frame.code !== "rate-limited") {
          const entry = pending.get(frame.clientId);
          if (entry) {
            window.clearTimeout(entry.timer);
            pending.delete(frame.clientId);
          }
        }
        if (problem) {
          problem.textContent = frame.message || root.dataset.failedLabel;
        }
      } else if (frame.type === "state" && frame.state) {
        // Every hello is answered with the state: only a change to an ended state reloads the page,
        // not the state of a conversation the page was rendered with already ended.
        const shown = state;
        state = frame.state;
        if (frame.state !== shown && !["ACTIVE", "AWAITING_REPLY", "ANSWERED"].includes(frame.state)) {
          window.location.reload();
        }
      }
    },
    () => {
      live.send({ type: "hello", conversation: id, after: after });
      pending.forEach((entry) => transmit(entry.frame));
    },
    {
      poll: {
        messages: root.dataset.messagesUrl,
        csrfHeader: root.dataset.csrfHeader,
        csrfToken: root.dataset.csrfToken,
        events: () => {
          const query = new URLSearchParams({ conversation: id, after: String(after) });
          if (state) {
            query.set("state", state);
          }
          return root.dataset.eventsUrl + "?" + query;
        },
      },
    }
  );

  const transmit = (frame) => {
    const entry = pending.get(frame.clientId);
    if (entry) {
      window.clearTimeout(entry.timer);
    }
    pending.set(frame.clientId, {
      frame: frame,
      timer: window.setTimeout(() => transmit(frame), RESEND_AFTER_MS),
    });
    live.send(frame);
  };

  const enhance = (form, type) => {
    if (!form) {
      return;
    }
    const box = form.querySelector("textarea");
    form.addEventListener("submit", (event) => {
      if (!live.ready()) {
        return; // The form posts as without JavaScript.
      }
      event.preventDefault();
      const body = box.value.trim();
      if (!body) {
        box.focus();
        return;
      }
      transmit({ type: type, conversation: id, clientId: crypto.randomUUID(), body: body });
      if (problem) {
        problem.textContent = "";
      }
      box.value = "";
      box.focus();
    });
    if (type === "send") {
      let last = 0;
      box.addEventListener("input", () => {
        const now = Date.now();
        if (now - last > 3000) {
          last = now;
          live.send({ type: "typing", conversation: id });
        }
      });
    }
  };
  enhance(document.getElementById("answer-form"), "send");
  enhance(document.getElementById("note-form"), "note");

  const canned = document.querySelector("[data-canned]");
  const answer = document.getElementById("answer");
  if (canned && answer) {
    canned.addEventListener("change", () => {
      if (canned.value) {
        const start = answer.selectionStart ?? answer.value.length;
        answer.value = answer.value.slice(0, start) + canned.value + answer.value.slice(answer.selectionEnd ?? start);
        canned.value = "";
        answer.focus();
      }
    });
  }
}

const consoleRoot = document.querySelector("[data-chat-console]");
if (consoleRoot && "fetch" in window) {
  consolePage(consoleRoot);
}
const conversationRoot = document.querySelector("[data-chat-conversation]");
if (conversationRoot && "fetch" in window) {
  conversationPage(conversationRoot);
}
