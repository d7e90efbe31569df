/* Rendering for the chat widget: every message becomes DOM nodes built with
 * createElement/textContent, never innerHTML, so markup in a message is shown as text. */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var URL_RE = /https?:\/\/[^\s<>"']+/g;
  var BULLET_RE = /^\s*(?:[•*\u2022-])\s+/;
  var SOURCE_RE = /^\s*Sources?:\s*/i;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

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

  /** Text with **bold** spans into `parent`. */
  function appendBold(parent, text) {
    var parts = text.split(/\*\*(.+?)\*\*/);
    parts.forEach(function (part, i) {
      if (!part) return;
      parent.appendChild(i % 2 ? el("strong", null, part) : document.createTextNode(part));
    });
  }

  /** One line of text into `parent`: URLs become links, the rest stays text. */
  function appendInline(parent, line) {
    var last = 0;
    line.replace(URL_RE, function (match, offset) {
      var url = match.replace(/[.,;:!?)\]]+$/, "");
      appendBold(parent, line.slice(last, offset));
      var link = safeLink(url);
      if (link) parent.appendChild(link); else appendBold(parent, url);
      last = offset + url.length;
      return match;
    });
    appendBold(parent, line.slice(last));
  }

  /** Split off trailing "Source: ..." lines: {body: [...lines], sources: [...]} */
  function splitSources(text) {
    var lines = String(text).replace(/\r\n?/g, "\n").split("\n");
    var sources = [];
    while (lines.length) {
      var tail = lines[lines.length - 1];
      if (!tail.trim()) { lines.pop(); continue; }
      if (!SOURCE_RE.test(tail)) break;
      sources.unshift(tail.replace(SOURCE_RE, "").trim());
      lines.pop();
    }
    return { body: lines, sources: sources };
  }

  function citation(sources) {
    var p = el("p", "citation");
    p.appendChild(el("span", "citation-label", sources.length > 1 ? "Sources: " : "Source: "));
    appendInline(p, sources.join("; "));
    return p;
  }

  /** A reply text as paragraphs, bullet lists and a separate citation element. */
  function renderText(container, text) {
    var parts = splitSources(text);
    var para = null;
    var list = null;
    parts.body.forEach(function (line) {
      if (!line.trim()) { para = null; list = null; return; }
      if (BULLET_RE.test(line)) {
        para = null;
        if (!list) list = container.appendChild(el("ul"));
        appendInline(list.appendChild(el("li")), line.replace(BULLET_RE, ""));
        return;
      }
      list = null;
      if (para) para.appendChild(el("br")); else para = container.appendChild(el("p"));
      appendInline(para, line);
    });
    if (parts.sources.length) container.appendChild(citation(parts.sources));
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

  /** A horizontal bar chart (inline SVG) for one chart payload of the contract. */
  function renderChart(container, chart) {
    var bars = (Array.isArray(chart.bars) ? chart.bars : []).filter(function (b) {
      return b && isFinite(Number(b.value));
    });
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
    if (chart.source) figure.appendChild(citation([String(chart.source)]));
  }

  /** Chart payloads found in a bot message ({chart}, {charts}, or either under data/custom/payload). */
  function chartsOf(message) {
    var places = [message, message && message.data, message && message.custom, message && message.payload];
    for (var i = 0; i < places.length; i++) {
      var p = places[i];
      if (!p || typeof p !== "object") continue;
      if (p.chart && typeof p.chart === "object") return [p.chart];
      if (Array.isArray(p.charts)) return p.charts.filter(function (c) { return c && typeof c === "object"; });
    }
    return [];
  }

  window.ChatRender = { el: el, renderText: renderText, renderChart: renderChart, chartsOf: chartsOf };
})();
