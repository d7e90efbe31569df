"""HTML (a saved web page) -> plain text in the parser's conventions, through selectolax (Lexbor).

Site chrome (navigation, cookie banners, breadcrumbs, menus, share bars, sidebars, footers) is
dropped; the main content (`<main>`, `role=main`, `<article>`, else `<body>`) is walked in order.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from bot import facets as fc
from bot.ingest.facets import facet_from_heading
from bot.ingest.formats.blocks import TextBuilder, heading_title, is_menu, squash
from bot.ingest.formats.errors import FormatError


def _words(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words of `text`."""
    return frozenset(text.split())


DROP_TAGS = _words(
    "script style noscript nav header footer aside form iframe svg button template select "
    "textarea input dialog object embed canvas audio video map head title meta link"
)
NOISE_ROLES = _words(
    "navigation banner contentinfo complementary search menu menubar toolbar tablist dialog alertdialog"
)
PANEL_TOKENS = _words("tabpanel panel accordion collapse collapsible")
NOISE_TOKENS = _words(
    "nav navbar navigation subnav menu menubar megamenu breadcrumb breadcrumbs crumbs cookie cookies "
    "consent gdpr footer sidebar share sharing social skip tabs toolbar pagination pager banner "
    "masthead topbar newsletter subscribe popup modal advert advertisement ads print printer"
)
MAIN_IDS = _words("main main-content maincontent content page-content entry-content post-content")
HEADINGS = _words("h1 h2 h3 h4 h5 h6")
INLINE = _words(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark q s samp small "
    "span strike strong sub sup time tt u var wbr"
)
_LAYOUT = "h1, h2, h3, h4, h5, h6, ul, ol, table"
_STRUCTURE = "h1, h2, h3, h4, h5, h6, p, li, table, div, section, article, dl"
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_ICON_TEXT = re.compile(r"^[\W_]{0,3}$")
_WS = re.compile(r"\s+")


def _text(node: LexborNode) -> str:
    """A text node's content with source line breaks as spaces (only <br> breaks a line)."""
    return _WS.sub(" ", node.text_content or "")


def _tokens(node: LexborNode) -> set[str]:
    """Whole-word tokens of the id and class attributes ("cookie-notice" -> {"cookie", "notice"})."""
    attrs = node.attributes
    raw = f"{attrs.get('id') or ''} {attrs.get('class') or ''}".lower()
    return {t for t in _TOKEN_SPLIT.split(raw) if t}


def is_noise(node: LexborNode) -> bool:
    """Site chrome: a dropped tag, a navigation-like role/label, or a nav/cookie/... id or class token."""
    tag = node.tag or ""
    attrs = node.attributes
    if ("hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true") and not _panel(node):
        return True
    if tag == "aside" and _related_box(node):
        return False
    if tag in DROP_TAGS:
        return tag != "header" or node.css_first("h1") is None
    marked = (
        (attrs.get("role") or "").lower() in NOISE_ROLES
        or "breadcrumb" in (attrs.get("aria-label") or "").lower()
        or bool(_tokens(node) & NOISE_TOKENS)
    )
    return marked and node.css_first("h1") is None


def _panel(node: LexborNode) -> bool:
    """A tab or accordion panel: page content that a script shows one panel at a time (the page's
    "hidden" attribute hides it from view, not from the reader)."""
    return (node.attributes.get("role") or "").lower() == "tabpanel" or bool(_tokens(node) & PANEL_TOKENS)


def _related_box(node: LexborNode) -> bool:
    """A sidebar headed "Related careers" / "Similar occupations": page content, unlike other asides."""
    heading = node.css_first("h2, h3, h4")
    return heading is not None and facet_from_heading(heading.text(deep=True).strip()) == fc.RELATED_ROLES


def _main(tree: LexborHTMLParser) -> LexborNode | None:
    """The main content element: <main>, role=main, <article>, a #main/#content box, else <body>."""
    for selector in ("main", '[role="main"]', "article"):
        node = tree.css_first(selector)
        if node is not None:
            return node
    for node in tree.css("[id], [class]"):
        values = {(node.attributes.get("id") or "").lower()}
        values |= set((node.attributes.get("class") or "").lower().split())
        if values & MAIN_IDS and node.css_first("p, li, h1, h2") is not None:
            return node
    return tree.body


def _link_menu(node: LexborNode) -> bool:
    """A leaf block (no paragraphs or lists inside) made of 3+ links and separators."""
    if any(inner.mem_id != node.mem_id for inner in node.css(_STRUCTURE)):
        return False
    return is_menu([a.text() or "" for a in node.css("a")], node.text() or "")


class _Walker:
    """Walks the DOM in document order, writing blocks to a TextBuilder."""

    def __init__(self, title_node: LexborNode | None, started: bool) -> None:
        self.out = TextBuilder()
        self.buf: list[str] = []
        self.title_node = title_node
        self.started = started  # False: skip what precedes the title <h1> (body fallback)

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        if self.started and text.strip():
            self.out.paragraph(text)

    def inline_text(self, node: LexborNode) -> str:
        """Text of a node with <br> as newlines, noise and icon links dropped."""
        parts: list[str] = []
        for child in node.iter(include_text=True):
            if child.is_text_node:
                parts.append(_text(child))
            elif child.tag == "br":
                parts.append("\n")
            elif child.tag == "img" or is_noise(child) or self._icon(child):
                continue
            else:
                inner = self.inline_text(child)
                parts.append(inner if child.tag in INLINE else f" {inner} ")
        return "".join(parts)

    @staticmethod
    def _icon(node: LexborNode) -> bool:
        return node.tag == "a" and bool(_ICON_TEXT.match(squash(node.text() or "")))

    def walk(self, node: LexborNode, depth: int = -1) -> None:
        """Visit the children of `node`; `depth` is the current list nesting (-1 outside lists)."""
        for child in node.iter(include_text=True):
            tag = child.tag or ""
            if child.is_text_node:
                self.buf.append(_text(child))
            elif child.is_comment_node or tag == "img" or is_noise(child) or self._icon(child):
                continue
            elif tag == "br":
                self.buf.append("\n")
            elif tag in HEADINGS:
                self.heading(child)
            elif tag in ("ul", "ol"):
                self.flush()
                self.walk(child, depth + 1)
                if depth < 0:
                    self.out.close()
            elif tag == "li":
                self.item(child, max(depth, 0))
            elif tag == "table":
                self.table(child)
            elif tag == "dl":
                self.definitions(child)
            elif tag == "pre":
                self.flush()
                if self.started:
                    self.out.paragraph(child.text(deep=True) or "")
            elif tag not in INLINE:
                self.flush()
                if _link_menu(child):
                    continue
                if self._bold_heading(child):
                    self.heading(child)
                    continue
                self.walk(child, depth)
                self.flush()
            else:
                self.buf.append(self.inline_text(child))

    def heading(self, node: LexborNode) -> None:
        self.flush()
        if self.title_node is not None and node.mem_id == self.title_node.mem_id:
            self.started = True
            return
        if self.started:
            self.out.heading(self.inline_text(node))

    def _bold_heading(self, node: LexborNode) -> bool:
        """A <p> holding nothing but one short <strong>/<b> phrase reads as a heading."""
        if node.tag != "p":
            return False
        kids = [c for c in node.iter(include_text=True) if not (c.is_text_node and not squash(_text(c)))]
        if len(kids) != 1 or kids[0].tag not in ("strong", "b"):
            return False
        text = squash(kids[0].text() or "")
        return 0 < len(text.split()) <= 8 and text[-1] not in ".,;!?"

    def item(self, node: LexborNode, depth: int) -> None:
        """A list item: its own text is a bullet; nested lists follow, one level deeper."""
        self.flush()
        for child in node.iter(include_text=True):
            if child.tag in ("ul", "ol"):
                self.bullet(depth)
                self.walk(child, depth + 1)
            elif child.is_text_node:
                self.buf.append(_text(child))
            elif child.tag == "br":
                self.buf.append(" ")
            elif not (child.is_comment_node or is_noise(child) or self._icon(child) or child.tag == "img"):
                self.buf.append(f" {self.inline_text(child)} ")
        self.bullet(depth)

    def bullet(self, depth: int) -> None:
        text = squash("".join(self.buf))
        self.buf = []
        if self.started and text:
            self.out.bullet(text, depth)

    def table(self, node: LexborNode) -> None:
        """Rows as TAB-separated cells; a layout table (cells holding blocks) is walked as content."""
        self.flush()
        rows = [r for r in node.css("tr") if (o := self._owner(r)) is not None and o.mem_id == node.mem_id]
        if any(c.css_first(_LAYOUT) is not None for r in rows for c in self._cells(r)):
            self.walk(node)
            self.flush()
            return
        if not self.started:
            return
        self.out.close()
        caption = node.css_first("caption")
        if caption is not None:
            self.out.line(squash(self.inline_text(caption)))
        for row in rows:
            self.out.row([self.inline_text(c).replace("\n", " ") for c in self._cells(row)])
        self.out.close()

    @staticmethod
    def _owner(node: LexborNode) -> LexborNode | None:
        parent = node.parent
        while parent is not None and parent.tag != "table":
            parent = parent.parent
        return parent

    @staticmethod
    def _cells(row: LexborNode) -> list[LexborNode]:
        return [c for c in row.iter() if c.tag in ("td", "th")]

    def definitions(self, node: LexborNode) -> None:
        """dt/dd pairs as `term<TAB>definition` rows (several dd joined with "; ")."""
        self.flush()
        if not self.started:
            return
        self.out.close()
        term, values = "", list[str]()
        for child in node.css("dt, dd"):
            if child.tag == "dt":
                if term or values:
                    self.out.row([term, "; ".join(values)])
                term, values = squash(self.inline_text(child)), []
            else:
                values.append(squash(self.inline_text(child)))
        if term or values:
            self.out.row([term, "; ".join(values)])
        self.out.close()


def html_to_text(html: str) -> str:
    """Convert a web page to `# Title` + headings, bullets, paragraphs and TAB table rows."""
    tree = LexborHTMLParser(html)
    root = _main(tree)
    if root is None:
        raise FormatError("no HTML body")
    h1 = next((h for h in root.css("h1") if not any(_in_noise(h, root))), None)
    node = tree.css_first("title")
    head = squash(node.text() or "") if node is not None else ""
    title = _h1_title(h1, head) if h1 is not None else ""
    if not title:
        title = heading_title(head)
    walker = _Walker(h1, started=h1 is None or root.tag != "body")
    walker.walk(root)
    walker.flush()
    return walker.out.render(title)


def _h1_title(h1: LexborNode, head: str) -> str:
    """The <h1>'s text without a badge element the page's <title> does not have ("Speech-Language
    Pathologists <span>Bright Outlook</span>")."""
    title = squash(h1.text() or "")
    for child in h1.iter():
        text = squash(child.text() or "")
        if head and text and text.casefold() not in head.casefold() and text != title:
            title = squash(title.replace(text, ""))
    return title


def fragment_to_text(html: str) -> str:
    """An HTML fragment's text in the same conventions, without a title line (chrome still dropped)."""
    body = LexborHTMLParser(f"<body>{html}</body>").body
    if body is None:
        return ""
    walker = _Walker(None, started=True)
    walker.walk(body)
    walker.flush()
    return walker.out.body()


def _in_noise(node: LexborNode, root: LexborNode) -> list[bool]:
    """[True] when an ancestor of `node` below `root` is chrome (a nav's <h1> is no page title)."""
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if is_noise(parent):
            return [True]
        parent = parent.parent
    return []
