"""Markdown -> plain text in the parser's conventions, through markdown-it-py's token stream.

The first `# h1` is the title; what precedes it (skip links, site menus, cookie notes, breadcrumbs)
is dropped. Headings become `## text`, list items `• text`, tables TAB rows, links their text.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot.ingest.formats.blocks import TextBuilder, is_menu, squash
from bot.ingest.formats.html import fragment_to_text

_MD = MarkdownIt("commonmark").enable("table")


def inline_text(token: Token) -> str:
    """Plain text of an inline token: link text, code spans kept, emphasis and images dropped."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or (
            child.type == "html_inline" and child.content.lower().startswith("<br")
        ):
            parts.append("\n")
    return "".join(parts)


def link_texts(token: Token) -> list[str]:
    """The text of each link in an inline token."""
    texts: list[str] = []
    current: list[str] | None = None
    for child in token.children or []:
        if child.type == "link_open":
            current = []
        elif child.type == "link_close" and current is not None:
            texts.append("".join(current))
            current = None
        elif current is not None and child.type in ("text", "code_inline"):
            current.append(child.content)
    return texts


def _bold_only(token: Token) -> str | None:
    """The text of a paragraph that is one short **bold** phrase (a heading in disguise)."""
    kids = [c for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    if len(kids) < 3 or kids[0].type != "strong_open" or kids[-1].type != "strong_close":
        return None
    if any(k.type in ("strong_open", "strong_close", "softbreak", "hardbreak") for k in kids[1:-1]):
        return None
    text = squash(inline_text(token))
    return text if 0 < len(text.split()) <= 8 and text[-1] not in ".,;!?" else None


class _Renderer:
    """Walks the flat token stream, tracking list depth, list items and table rows."""

    def __init__(self, started: bool) -> None:
        self.out = TextBuilder()
        self.title = ""
        self.started = started  # False until the first h1 (the title) has been seen
        self.depth = -1
        self.item_open: list[bool] = []  # per open list item: has its first paragraph been written?
        self.cells: list[str] = []

    def render(self, tokens: list[Token]) -> str:
        i = 0
        while i < len(tokens):
            i = self.token(tokens, i)
        return self.out.render(self.title)

    def token(self, tokens: list[Token], i: int) -> int:
        """Handle tokens[i]; return the index of the next token to handle."""
        tok = tokens[i]
        kind = tok.type
        if kind == "heading_open":
            text = inline_text(tokens[i + 1])
            if tok.tag == "h1" and not self.title:
                self.title, self.started = squash(text), True
            elif self.started:
                self.out.heading(text)
            return i + 3
        if not self.started:
            return i + 1
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.depth -= 1
            if self.depth < 0:
                self.out.close()
        elif kind == "list_item_open":
            self.item_open.append(False)
        elif kind == "list_item_close":
            self.item_open.pop()
        elif kind == "paragraph_open":
            self.paragraph(tokens[i + 1])
            return i + 3
        elif kind in ("th_open", "td_open"):
            self.cells.append(squash(inline_text(tokens[i + 1])))
            return i + 3
        elif kind == "tr_close":
            self.out.row(self.cells)
            self.cells = []
        elif kind in ("table_open", "table_close"):
            self.out.close()
        elif kind in ("fence", "code_block"):
            self.text_block(tok.content)
        elif kind == "html_block":
            self.text_block(fragment_to_text(tok.content))
        return i + 1

    def paragraph(self, inline: Token) -> None:
        text = inline_text(inline)
        if is_menu(link_texts(inline), text):
            return
        if self.item_open:
            if not self.item_open[-1]:
                self.item_open[-1] = True
                self.out.bullet(text, max(self.depth, 0))
            else:  # a later paragraph of the same item continues it
                self.out.extend(text)
        elif (bold := _bold_only(inline)) is not None:
            self.out.heading(bold)
        else:
            self.out.paragraph(text)

    def text_block(self, text: str) -> None:
        if self.item_open:
            self.out.extend(text)
        else:
            self.out.paragraph(text)


def markdown_to_text(source: str) -> str:
    """Convert a Markdown document to `# Title` + headings, bullets, paragraphs and TAB table rows."""
    tokens = _MD.parse(source)
    has_h1 = any(t.type == "heading_open" and t.tag == "h1" for t in tokens)
    return _Renderer(started=not has_h1).render(tokens)
