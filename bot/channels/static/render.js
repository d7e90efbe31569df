/* Rendering for the chat widget: every message becomes DOM nodes built with
 * createElement/textContent, never innerHTML, so markup in a message is shown as text.
 *
 * An answer arrives as {text, quick_replies?, reply}: `reply` is the structured reply
 * {body, sources, kind, topic?, chart | charts?, checklist?, figures?}. It is rendered from its
 * fields (body, citation, chart, checklist); `text` is only the fallback for messages without it. */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var URL_RE = /https?:\/\/[^\s<>"']+/g;
  var BULLET_RE = /^\s*(?:[•*\u2022-])\s+/;
  var HAVE = "\u2705", MISSING = "\u2b1c";
  var MAX_STEPS = 9;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isObject(x) { return !!x && typeof x === "object" && !Array.isArray(x); }
  function list(x) { return Array.isArray(x) ? x : []; }
  function strings(x) { return list(x).filter(function (s) { return typeof s === "string" && s; }); }

  /** An anchor for an http(s) URL, or null for anything else. */
  function safeLink(href) {
    var url;
    try { url = new URL(href); } catch (e) { return null; }
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    var a = el("a", null, href);
    a.href = url.href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  /** Text into `parent`, with every occurrence of a figure string (the reply's money figures) in <strong>. */
  function appendFigures(parent, text, figures) {
    var rest = text;
    while (rest) {
      var at = -1, len = 0;
      figures.forEach(function (f) {
        var i = rest.indexOf(f);
        if (i >= 0 && (at < 0 || i < at || (i === at && f.length > len))) { at = i; len = f.length; }
      });
      if (at < 0) { parent.appendChild(document.createTextNode(rest)); return; }
      if (at > 0) parent.appendChild(document.createTextNode(rest.slice(0, at)));
      parent.appendChild(el("strong", "figure", rest.slice(at, at + len)));
      rest = rest.slice(at + len);
    }
  }

  /** One line of text into `parent`: URLs become links, figures bold, the rest stays text. */
  function appendInline(parent, line, figures) {
    var last = 0;
    figures = figures || [];
    line.replace(URL_RE, function (match, offset) {
      var url = match.replace(/[.,;:!?)\]]+$/, "");
      appendFigures(parent, line.slice(last, offset), figures);
      parent.appendChild(safeLink(url) || document.createTextNode(url));
      last = offset + url.length;
      return match;
    });
    appendFigures(parent, line.slice(last), figures);
  }

  /** Text as paragraphs (blank lines between them) and bullet lists ("- " / "• " lines). */
  function renderLines(container, text, figures) {
    var para = null;
    var ul = null;
    String(text).replace(/\r\n?/g, "\n").split("\n").forEach(function (line) {
      if (!line.trim()) { para = null; ul = null; return; }
      if (BULLET_RE.test(line)) {
        para = null;
        if (!ul) ul = container.appendChild(el("ul"));
        appendInline(ul.appendChild(el("li")), line.replace(BULLET_RE, ""), figures);
        return;
      }
      ul = null;
      if (para) para.appendChild(el("br")); else para = container.appendChild(el("p"));
      appendInline(para, line, figures);
    });
  }

  /** A plain text message (no structured reply), shown as it is. */
  function renderText(container, text) { renderLines(container, text, []); }

  /** The citation line: "Source: A; B" as its own element. */
  function citation(sources) {
    var p = el("p", "citation");
    p.appendChild(el("span", "citation-label", sources.length > 1 ? "Sources: " : "Source: "));
    appendInline(p, sources.join("; "));
    return p;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function formatMoney(chart, value) {
    var n = Number(value);
    var digits = Number.isInteger(n) ? 0 : 2;
    return String(chart.symbol || "") + n.toLocaleString("en", { maximumFractionDigits: digits });
  }

  /** A horizontal bar chart (inline SVG) for one chart payload; its own citation unless `noSource`. */
  function renderChart(container, chart, noSource) {
    var bars = list(chart.bars).filter(function (b) { return b && isFinite(Number(b.value)); });
    if (!bars.length) return;
    var figure = container.appendChild(el("figure", "chart"));
    var title = String(chart.title || "Salaries");
    var extra = [chart.statistic, chart.currency].filter(function (x) {
      return x && title.toLowerCase().indexOf(String(x).toLowerCase()) < 0;  // say each once
    });
    figure.appendChild(el("figcaption", null, title + (extra.length ? " (" + extra.join(", ") + ")" : "")));
    var max = Math.max.apply(null, bars.map(function (b) { return Number(b.value); })) || 1;
    var row = 28, labelW = 100, barMax = 160, width = 340;
    var summary = bars.map(function (b) { return b.label + ": " + formatMoney(chart, b.value); });
    var root = svg("svg", {
      viewBox: "0 0 " + width + " " + (bars.length * row + 4), role: "img",
      "aria-label": title + ". " + summary.join("; "),
    });
    bars.forEach(function (b, i) {
      var y = i * row + 4;
      var w = Math.max(2, Math.round((Number(b.value) / max) * barMax));
      root.appendChild(svg("text", { x: 0, y: y + 14, class: "label" }, b.label));
      root.appendChild(svg("rect", { x: labelW, y: y + 2, width: w, height: row - 10, rx: 3, class: "bar" }));
      root.appendChild(svg("text", { x: labelW + w + 6, y: y + 14, class: "value" }, formatMoney(chart, b.value)));
    });
    figure.appendChild(root);
    if (chart.source && !noSource) figure.appendChild(citation([String(chart.source)]));
  }

  /** Chart payloads in an object: {chart: {...}} or {charts: [...]}. */
  function chartsIn(p) {
    if (!isObject(p)) return [];
    if (isObject(p.chart)) return [p.chart];
    return list(p.charts).filter(isObject);
  }

  /** Chart payloads in a bot message without a structured reply ({chart}/{charts}, or under data/custom). */
  function chartsOf(message) {
    var places = [message, message && message.data, message && message.custom, message && message.payload];
    for (var i = 0; i < places.length; i++) {
      var found = chartsIn(places[i]);
      if (found.length) return found;
    }
    return [];
  }

  function names(items) {
    items = strings(items);
    return items.length < 2 ? items.join("") : items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
  }

  function isRequirement(r) { return isObject(r) && typeof r.label === "string" && !!r.label; }

  /** "✅ Label (matched)" / "⬜ Label" items of one group, in a compact wrapping list. */
  function checklistItems(container, have, missing) {
    var ul = container.appendChild(el("ul", "checklist-items"));
    have.forEach(function (req) {
      var li = ul.appendChild(el("li", "have", HAVE + " " + req.label));
      var matched = strings(req.matched);
      if (matched.length && matched.join() !== req.label) {
        li.appendChild(el("span", "matched", " (you have " + names(matched) + ")"));
      }
    });
    missing.forEach(function (req) { ul.appendChild(el("li", "missing", MISSING + " " + req.label)); });
  }

  var STEP_INTRO = {
    education: "Education: ", project: "Project: ", course: "Courses: ", certification: "Certification: ",
  };

  /** Steps as {text, source} lines; one document's self-guided projects share a line, as in the text. */
  function stepLines(items) {
    var lines = [];
    var projects = {};
    items.forEach(function (s) {
      if (s.kind !== "project") {
        lines.push({ text: (STEP_INTRO[s.kind] || "") + s.text, source: s.source });
        return;
      }
      var key = String(s.source || "");
      if (!projects[key]) lines.push(projects[key] = { parts: [], source: s.source });
      projects[key].parts.push(s.text);
    });
    return lines.map(function (l) {
      return l.parts ? { text: "Self-guided projects: " + l.parts.join("; "), source: l.source } : l;
    });
  }

  function steps(container, heading, items, mark) {
    items = list(items).filter(function (s) { return isObject(s) && typeof s.text === "string"; });
    if (!items.length) return;
    container.appendChild(el("p", "checklist-group", heading));
    var ul = container.appendChild(el("ul", mark ? "checklist-steps marked" : "checklist-steps"));
    stepLines(items).slice(0, MAX_STEPS).forEach(function (line) {
      var li = ul.appendChild(el("li", null, (mark ? MISSING + " " : "") + line.text));
      if (line.source) li.appendChild(el("span", "step-source", " (" + line.source + ")"));
    });
  }

  /** A skill checklist payload: ✅/⬜ items grouped as in the text, experience, notes, next steps. */
  function renderChecklist(container, c) {
    var box = container.appendChild(el("div", "checklist"));
    var role = String(c.role || "this role");
    var skills = strings(c.skills).length ? " (" + names(c.skills) + ")" : "";
    var head = "Your skills" + skills + " against what the documents list for " + role;
    var total = Number(c.total);
    if (isFinite(total) && total > 0) head += ": " + (Number(c.covered) || 0) + " of " + total + " covered";
    box.appendChild(el("p", "checklist-head", head));
    var titles = isObject(c.groups) ? c.groups : {};
    var missing = isObject(c.missing) ? c.missing : {};
    var have = list(c.have).filter(isRequirement);
    var order = Object.keys(titles);
    have.map(function (r) { return r.category; }).concat(Object.keys(missing)).forEach(function (g) {
      if (order.indexOf(g) < 0) order.push(g);
    });
    order.forEach(function (group) {
      var got = have.filter(function (r) { return r.category === group; });
      var lacking = list(missing[group]).filter(isRequirement);
      if (!got.length && !lacking.length) return;
      box.appendChild(el("p", "checklist-group", titles[group] || group));
      checklistItems(box, got, lacking);
    });
    steps(box, "The documents also ask for experience:", c.experience, true);
    var others = isObject(c.listed_for_other_roles) ? c.listed_for_other_roles : {};
    Object.keys(others).forEach(function (skill) {
      var where = names(others[skill]);
      box.appendChild(el("p", null, "The documents list " + skill + " for " + where + ", not for " + role + "."));
    });
    if (strings(c.not_in_documents).length) {
      var unlisted = names(c.not_in_documents);
      box.appendChild(el("p", null, "The documents don't mention " + unlisted + " for this role."));
    }
    steps(box, "Next steps:", c.next_steps, false);
  }

  /** A structured reply: the checklist (which the body repeats as text) or the body, charts, citation. */
  function renderReply(container, reply) {
    var figures = list(reply.figures).map(function (f) { return isObject(f) ? f.text : null; });
    if (isObject(reply.checklist)) renderChecklist(container, reply.checklist);
    else renderLines(container, String(reply.body || ""), strings(figures));
    chartsIn(reply).forEach(function (chart) { renderChart(container, chart, true); });
    var sources = strings(reply.sources);
    if (sources.length) container.appendChild(citation(sources));
  }

  window.ChatRender = {
    el: el, renderText: renderText, renderReply: renderReply, renderChart: renderChart, chartsOf: chartsOf,
  };
})();
