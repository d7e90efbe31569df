/* Career-advice chat widget: talks to Rasa's socket.io channel on this origin.
 * An answer is one bot_uttered event {text, quick_replies?, reply}; render.js draws `reply`
 * (falling back to `text` for messages without one, e.g. greetings and apologies).
 * Session persistence: the session id lives in localStorage and is sent with
 * session_request; the transcript is stored under that id and restored on reload. */
(function () {
  "use strict";

  var R = window.ChatRender;
  var SESSION_KEY = "careerbot.session";
  var TRANSCRIPT_PREFIX = "careerbot.transcript.";
  var MAX_ENTRIES = 200;
  var TYPING_TIMEOUT_MS = 30000;

  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var statusBanner = document.getElementById("chat-status");
  var typing = document.getElementById("chat-typing");
  var resetButton = document.getElementById("chat-reset");
  var emptyHint = document.getElementById("chat-empty");

  var sessionId = load(SESSION_KEY) || newId();
  var transcript = [];
  var pending = [];
  var confirmed = false;
  var typingTimer = null;

  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* storage full or blocked */ }
  }
  function newId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID().replace(/-/g, "");
    return Date.now().toString(16) + Math.random().toString(16).slice(2);
  }
  function saveTranscript() {
    transcript = transcript.slice(-MAX_ENTRIES);
    save(SESSION_KEY, sessionId);
    save(TRANSCRIPT_PREFIX + sessionId, JSON.stringify(transcript));
  }
  function loadTranscript() {
    try {
      var parsed = JSON.parse(load(TRANSCRIPT_PREFIX + sessionId) || "[]");
      return Array.isArray(parsed) ? parsed : [];
    } catch (e) { return []; }
  }

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }

  function removeQuickReplies() {
    Array.prototype.forEach.call(log.querySelectorAll(".quick-replies"), function (node) {
      node.parentNode.removeChild(node);
    });
  }

  function quickReplies(bubble, replies) {
    var group = bubble.appendChild(R.el("div", "quick-replies"));
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Suggested questions");
    replies.forEach(function (reply) {
      var button = group.appendChild(R.el("button", null, reply.title || reply.payload));
      button.type = "button";
      button.addEventListener("click", function () {
        send(String(reply.payload || reply.title || ""), String(reply.title || reply.payload || ""));
        input.focus();
      });
    });
  }

  /** Draw one transcript entry; quick replies only when `live` (the latest bot message). */
  function render(entry, live) {
    var item = R.el("li", "msg " + (entry.from === "user" ? "user" : "bot"));
    var bubble = item.appendChild(R.el("div", "bubble"));
    var who = bubble.appendChild(R.el("span", "sr-only", entry.from === "user" ? "You said: " : "Assistant: "));
    who.setAttribute("data-speaker", entry.from);
    if (entry.from === "user") {
      bubble.appendChild(R.el("p", null, entry.text));
    } else {
      if (entry.reply) R.renderReply(bubble, entry.reply);
      else if (entry.text) R.renderText(bubble, entry.text);
      (entry.charts || []).forEach(function (chart) { R.renderChart(bubble, chart); });
      if (live && entry.quickReplies && entry.quickReplies.length) quickReplies(bubble, entry.quickReplies);
    }
    log.appendChild(item);
    emptyHint.hidden = true;
    scrollToEnd();
  }

  function add(entry) {
    removeQuickReplies();
    transcript.push(entry);
    saveTranscript();
    render(entry, true);
  }

  function setTyping(on) {
    typing.hidden = !on;
    window.clearTimeout(typingTimer);
    if (on) typingTimer = window.setTimeout(function () { typing.hidden = true; }, TYPING_TIMEOUT_MS);
    scrollToEnd();
  }

  function setOnline(online) {
    statusBanner.hidden = online;
    document.body.classList.toggle("offline", !online);
  }

  function emitMessage(text) {
    socket.emit("user_uttered", { message: text, session_id: sessionId });
    setTyping(true);
  }

  /** Send `payload` to the bot, showing `shown` (defaults to the payload) as the user's message. */
  function send(payload, shown) {
    var text = payload.trim();
    if (!text) return;
    add({ from: "user", text: shown || text });
    if (socket.connected && confirmed) emitMessage(text); else pending.push(text);
  }

  function onBotMessage(message) {
    if (!message || typeof message !== "object") return;
    setTyping(false);
    var entry = { from: "bot" };
    var reply = message.reply;
    if (reply && typeof reply === "object" && typeof reply.body === "string") entry.reply = reply;
    else if (typeof message.text === "string" && message.text) entry.text = message.text;
    if (Array.isArray(message.quick_replies)) {
      entry.quickReplies = message.quick_replies.filter(function (q) { return q && (q.payload || q.title); })
        .map(function (q) { return { title: String(q.title || ""), payload: String(q.payload || q.title) }; });
    }
    var charts = entry.reply ? [] : R.chartsOf(message);  // a structured reply carries its own chart
    if (charts.length) entry.charts = charts;
    if (entry.text || entry.reply || entry.charts) add(entry);
  }

  function restore() {
    transcript = loadTranscript();
    log.textContent = "";
    transcript.forEach(function (entry, i) { render(entry, i === transcript.length - 1); });
  }

  var socket = window.io(window.location.origin, {
    path: document.body.getAttribute("data-socket-path") || "/socket.io",
    reconnectionDelayMax: 5000,
  });

  socket.on("connect", function () {
    setOnline(true);
    confirmed = false;
    socket.emit("session_request", { session_id: sessionId });
  });
  socket.on("session_confirm", function (data) {
    var id = typeof data === "string" ? data : data && data.session_id;
    if (id && id !== sessionId) { sessionId = id; saveTranscript(); }
    confirmed = true;
    var queued = pending;
    pending = [];
    queued.forEach(emitMessage);
  });
  socket.on("bot_uttered", onBotMessage);
  socket.on("disconnect", function (reason) {
    confirmed = false;
    setTyping(false);
    if (reason !== "io client disconnect") setOnline(false);
  });
  socket.on("connect_error", function () { setOnline(false); });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = "";
    send(text);
    input.focus();
  });

  resetButton.addEventListener("click", function () {
    sessionId = newId();
    transcript = [];
    pending = [];
    saveTranscript();
    log.textContent = "";
    emptyHint.hidden = false;
    confirmed = false;
    socket.disconnect().connect();  // a fresh connection joins only the new session's room
    input.focus();
  });

  restore();
  save(SESSION_KEY, sessionId);
  window.careerChat = { sessionId: function () { return sessionId; }, socket: socket };
})();
