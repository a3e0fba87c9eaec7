// The victim's conversation page, live. The page works without this script (a form and a page that
// refreshes itself); with it, messages come and go over the WebSocket /chat/live, or by long
// polling /chat/live/events when a network blocks WebSockets. The protocol is docs/chat-protocol.md.
//
// Privacy: the transcript lives in this page only. Nothing is written to localStorage,
// sessionStorage, IndexedDB or cookies; message bodies are put into the page as text, never markup.

const root = document.getElementById("chat");

if (root) {
  start(root);
}

function start(root) {
  const conversation = root.dataset.conversation;
  const labels = {
    you: root.dataset.labelYou,
    advisor: root.dataset.labelAdvisor,
    system: root.dataset.labelSystem,
    sending: root.dataset.labelSending,
    sent: root.dataset.labelSent,
    seen: root.dataset.labelSeen,
    failed: root.dataset.labelFailed,
    typing: root.dataset.labelTyping,
    position: root.dataset.labelPosition,
    estimate: root.dataset.labelEstimate,
    joined: root.dataset.labelJoined,
    ended: root.dataset.labelEnded,
    offline: root.dataset.labelOffline,
  };
  const csrf = {
    header: root.dataset.csrfHeader,
    param: root.dataset.csrfParam,
    token: root.dataset.csrfToken,
  };
  // The live region (role="log") holds the list the messages go into.
  const log = document.getElementById("chat-messages");
  const queue = document.getElementById("chat-queue");
  const typing = document.getElementById("chat-typing");
  const empty = document.getElementById("chat-empty");
  const form = document.getElementById("chat-form");
  const box = document.getElementById("body");
  const keysHint = document.getElementById("body-keys");

  // Messages by seq, each shown once; the highest seq is what a reconnect resumes after.
  const shown = new Set();
  let after = 0;
  for (const item of log.querySelectorAll("li[data-seq]")) {
    const seq = Number(item.dataset.seq);
    shown.add(seq);
    after = Math.max(after, seq);
  }
  let readUpTo = Number(root.dataset.readUpTo || 0);
  let state = root.dataset.state;
  let lastReadSent = 0;

  // Messages sent and not yet acknowledged, by clientId, in the order they were written.
  const pending = new Map();

  let transport = null;

  // --- the quick exit also forgets the chat in this browser -------------------------------------

  const forget = () => {
    try {
      // a form-encoded body, so that the CSRF token is read as a plain request parameter
      navigator.sendBeacon("/chat/leave", new URLSearchParams({ [csrf.param]: csrf.token }));
    } catch (ignored) {
      // nothing more can be done while the page is being replaced
    }
    if (transport) transport.close();
  };
  for (const exit of document.querySelectorAll(".pharos-js-quick-exit")) {
    exit.addEventListener("click", forget);
  }
  document.addEventListener("keydown", (event) => {
    // the same test as the shell's own quick exit (pharos.js), so both act on the same key press
    if (event.key === "Escape" && !event.defaultPrevented) forget();
  });

  // --- showing messages ---------------------------------------------------------------------------

  // Times in the victim's own clock, written as the server writes them (09:41, never 09:41 AM).
  const time = (iso) => {
    const date = iso ? new Date(iso) : new Date();
    const language = document.documentElement.lang || undefined;
    return date.toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  };
  // The server wrote the times already on the page in the organisation's zone; show them in the
  // victim's own.
  if (log) {
    log.querySelectorAll("time[datetime]").forEach((element) => {
      element.textContent = time(element.dateTime);
    });
  }

  const line = (className, text) => {
    const p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  };

  const element = (sender, authorName, body, sentAt) => {
    const item = document.createElement("li");
    item.className = "pharos-chat-message";
    let author;
    if (sender === "VISITOR") {
      item.classList.add("pharos-chat-message--mine");
      author = labels.you;
    } else if (sender === "SYSTEM") {
      item.classList.add("pharos-chat-message--system");
      author = labels.system;
    } else {
      item.classList.add("pharos-chat-message--advisor");
      author = authorName || labels.advisor;
    }
    item.append(line("pharos-chat-message__author", author));
    item.append(line("pharos-chat-message__body", body));
    const meta = document.createElement("p");
    meta.className = "pharos-chat-message__meta";
    const when = document.createElement("time");
    if (sentAt) when.dateTime = sentAt;
    when.textContent = time(sentAt);
    meta.append(when);
    if (sender === "VISITOR") {
      meta.append(" ");
      const delivery = document.createElement("span");
      delivery.className = "pharos-chat-delivery";
      meta.append(delivery);
    }
    item.append(meta);
    return item;
  };

  const setDelivery = (item, delivery) => {
    const span = item.querySelector(".pharos-chat-delivery");
    if (!span) return;
    span.dataset.delivery = delivery;
    span.textContent = labels[delivery];
  };

  // Places an item with a seq in order; items still waiting for their seq stay at the end.
  const place = (item, seq) => {
    item.dataset.seq = String(seq);
    const later = [...log.children].find(
      (other) => other !== item && (!other.dataset.seq || Number(other.dataset.seq) > seq),
    );
    if (later) log.insertBefore(item, later);
    else log.append(item);
  };

  const refreshSeen = () => {
    for (const item of log.querySelectorAll("li.pharos-chat-message--mine[data-seq]")) {
      if (Number(item.dataset.seq) <= readUpTo) setDelivery(item, "seen");
    }
  };

  const showMessage = (m) => {
    const seq = Number(m.seq);
    if (m.sender === "NOTE" || shown.has(seq)) return;
    shown.add(seq);
    after = Math.max(after, seq);
    if (empty) empty.hidden = true;
    let item = null;
    if (m.sender === "VISITOR" && m.clientId) {
      const waiting = pending.get(m.clientId);
      if (waiting) {
        item = waiting.item;
        pending.delete(m.clientId);
      } else {
        item = log.querySelector(`li[data-client-id="${CSS.escape(m.clientId)}"]`);
      }
    }
    if (!item) {
      item = element(m.sender, m.authorName, m.body, m.sentAt);
      if (m.clientId) item.dataset.clientId = m.clientId;
    }
    place(item, seq);
    if (m.sender === "VISITOR") setDelivery(item, seq <= readUpTo ? "seen" : "sent");
    if (m.sender === "ADVISOR") {
      typing.textContent = "";
      markRead();
    }
  };

  const acknowledge = (ack) => {
    const waiting = pending.get(ack.clientId);
    if (!waiting) return;
    pending.delete(ack.clientId);
    const seq = Number(ack.seq);
    if (shown.has(seq)) {
      // the message itself came first and is shown; this copy is not needed
      if (waiting.item.isConnected && waiting.item.dataset.seq !== String(seq)) waiting.item.remove();
      return;
    }
    shown.add(seq);
    after = Math.max(after, seq);
    place(waiting.item, seq);
    setDelivery(waiting.item, seq <= readUpTo ? "seen" : "sent");
  };

  const markRead = () => {
    if (document.visibilityState !== "visible" || !transport) return;
    if (after > lastReadSent) {
      lastReadSent = after;
      transport.send({ type: "read", conversation, seq: after });
    }
  };
  document.addEventListener("visibilitychange", markRead);

  let typingTimer = null;
  const showTyping = () => {
    typing.textContent = labels.typing;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      typing.textContent = "";
    }, 5000);
  };

  const showState = (frame) => {
    state = frame.state;
    const paragraphs = [];
    if (state === "QUEUED") {
      if (frame.position) {
        paragraphs.push(labels.position.replace("{position}", frame.position));
      }
      if (frame.estimatedMinutes !== null && frame.estimatedMinutes !== undefined) {
        paragraphs.push(labels.estimate.replace("{minutes}", frame.estimatedMinutes));
      }
    } else if (state === "ACTIVE") {
      paragraphs.push(labels.joined);
    } else if (state === "ENDED" || state === "ABANDONED" || state === "DELETED") {
      paragraphs.push(labels.ended);
    }
    if (paragraphs.length === 0) return;
    const text = paragraphs.join(" ");
    if (queue.textContent.trim() === text) return;
    queue.replaceChildren(...paragraphs.map((p) => line("govuk-body", p)));
    if (state === "ENDED" || state === "ABANDONED" || state === "DELETED") {
      // the page without the message box and with the rating: the server's own version of it
      if (form) form.hidden = true;
      transport.close();
      setTimeout(() => window.location.replace(window.location.pathname), 1500);
    }
  };

  const handle = (frame) => {
    if (!frame || (frame.conversation && frame.conversation !== conversation)) return;
    switch (frame.type) {
      case "message":
        showMessage(frame);
        break;
      case "ack":
        acknowledge(frame);
        break;
      case "state":
        showState(frame);
        break;
      case "typing":
        if (frame.sender !== "VISITOR") showTyping();
        break;
      case "read":
        readUpTo = Math.max(readUpTo, Number(frame.seq));
        refreshSeen();
        break;
      case "error":
        if (frame.clientId && pending.has(frame.clientId) && frame.code !== "rate-limited") {
          const waiting = pending.get(frame.clientId);
          pending.delete(frame.clientId);
          setDelivery(waiting.item, "failed");
          if (frame.message) waiting.item.append(line("govuk-error-message", frame.message));
        }
        break;
      default:
        break;
    }
  };

  // --- transports ---------------------------------------------------------------------------------

  const resendPending = (via) => {
    for (const [clientId, waiting] of pending) {
      via.send({ type: "send", conversation, clientId, body: waiting.body });
      waiting.sentAt = Date.now();
    }
  };

  // Every 5 seconds, what is still not acknowledged goes again with the same clientId.
  setInterval(() => {
    if (!transport) return;
    const now = Date.now();
    for (const [clientId, waiting] of pending) {
      if (now - waiting.sentAt >= 5000) {
        if (now - waiting.firstSent > 10000) setDelivery(waiting.item, "failed");
        transport.send({ type: "send", conversation, clientId, body: waiting.body });
        waiting.sentAt = now;
      }
    }
  }, 1000);

  const socket = () => {
    let ws = null;
    let failures = 0;
    let opened = false;
    let closed = false;
    let pingTimer = null;
    const self = {
      name: "socket",
      send(frame) {
        if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
      },
      close() {
        closed = true;
        clearInterval(pingTimer);
        if (ws) ws.close();
      },
    };
    const connect = () => {
      const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
      ws = new WebSocket(`${scheme}//${window.location.host}/chat/live`);
      ws.addEventListener("open", () => {
        opened = true;
        failures = 0;
        root.dataset.transport = "socket";
        ws.send(JSON.stringify({ type: "hello", conversation, after }));
        resendPending(self);
        markRead();
        clearInterval(pingTimer);
        pingTimer = setInterval(() => self.send({ type: "ping" }), 25000);
      });
      ws.addEventListener("message", (event) => {
        try {
          handle(JSON.parse(event.data));
        } catch (ignored) {
          // a frame that cannot be read is skipped; the next resume fills any gap
        }
      });
      ws.addEventListener("close", () => {
        clearInterval(pingTimer);
        if (closed) return;
        failures += 1;
        // Never opened, or keeps failing: this network does not let WebSockets through.
        if (!opened || failures >= 3) {
          closed = true;
          switchTo(poller());
          return;
        }
        setTimeout(connect, Math.min(10000, 1000 * 2 ** failures));
      });
    };
    connect();
    return self;
  };

  // The HTTP fallback: every client frame is POSTed to /chat/live/messages and answered with its
  // ack (or a problem naming the code and the clientId); /chat/live/events is a long poll that
  // answers when there is a message after `after` or a state other than the one named.
  const poller = () => {
    let stopped = false;
    let controller = null;
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (csrf.header) headers[csrf.header] = csrf.token;
    const self = {
      name: "poll",
      send(frame) {
        if (frame.type === "ping" || frame.type === "hello") return;
        fetch("/chat/live/messages", {
          method: "POST",
          headers,
          credentials: "same-origin",
          body: JSON.stringify(frame),
        })
          .then(async (response) => {
            if (response.status === 204) return;
            const answer = await response.json().catch(() => null);
            if (!answer) return;
            if (response.ok) handleAll(answer);
            else if (answer.code) {
              handle({ type: "error", code: answer.code, message: answer.detail, clientId: answer.clientId });
            }
          })
          .catch(() => {
            // offline: the message stays pending and goes again in 5 seconds
          });
      },
      close() {
        stopped = true;
        if (controller) controller.abort();
      },
    };
    const loop = async () => {
      root.dataset.transport = "poll";
      let failures = 0;
      resendPending(self);
      while (!stopped) {
        controller = new AbortController();
        try {
          const query = new URLSearchParams({ after: String(after) });
          if (state) query.set("state", state);
          const response = await fetch(`/chat/live/events?${query}`, {
            headers: { Accept: "application/json" },
            credentials: "same-origin",
            signal: controller.signal,
          });
          if (response.status === 404) {
            stopped = true;
            return;
          }
          if (!response.ok) throw new Error(String(response.status));
          handleAll(await response.json());
          failures = 0;
          markRead();
        } catch (error) {
          if (stopped) return;
          failures += 1;
          await new Promise((resolve) => setTimeout(resolve, Math.min(15000, 1000 * 2 ** failures)));
        }
      }
    };
    loop();
    return self;
  };

  // The long poll answers a list of frames, or an object holding one or a list.
  const handleAll = (answer) => {
    const frames = Array.isArray(answer)
      ? answer
      : Array.isArray(answer.events)
        ? answer.events
        : Array.isArray(answer.frames)
          ? answer.frames
          : [answer];
    for (const frame of frames) handle(frame);
  };

  const switchTo = (next) => {
    transport = next;
  };

  // --- writing ------------------------------------------------------------------------------------

  const newClientId = () =>
    window.crypto && crypto.randomUUID
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

  if (form && box) {
    if (keysHint) {
      keysHint.hidden = false;
      box.setAttribute("aria-describedby", `body-keys ${box.getAttribute("aria-describedby") || ""}`.trim());
    }
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const body = box.value;
      if (body.trim() === "" || body.length > 4000 || !transport) return;
      const clientId = newClientId();
      const item = element("VISITOR", null, body, null);
      item.dataset.clientId = clientId;
      setDelivery(item, "sending");
      log.append(item);
      if (empty) empty.hidden = true;
      const now = Date.now();
      pending.set(clientId, { body, item, sentAt: now, firstSent: now });
      transport.send({ type: "send", conversation, clientId, body });
      box.value = "";
      box.dispatchEvent(new Event("input", { bubbles: true }));
      box.focus();
    });
    box.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    let lastTyping = 0;
    box.addEventListener("input", () => {
      const now = Date.now();
      if (box.value !== "" && transport && now - lastTyping > 3000) {
        lastTyping = now;
        transport.send({ type: "typing", conversation });
      }
    });
  }

  const open = state !== "ENDED" && state !== "ABANDONED" && state !== "DELETED";
  if (open) {
    transport = "WebSocket" in window ? socket() : poller();
  }
}
