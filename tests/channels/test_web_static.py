"""The widget's files are served by Rasa itself, and only those files."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from email.message import Message
from typing import Any

import pytest

from bot.channels.web import SOCKET_IO_CLIENT, STATIC_DIR, static_file
from bot.config import PROJECT_ROOT

TRAVERSALS = [
    "../web.py",
    "..%2Fweb.py",
    "%2e%2e%2fweb.py",
    "..%2F..%2F..%2Fbot%2Fconfig.py",
    "%2e%2e/%2e%2e/config.py",
    "..%5Cweb.py",
    ".hidden.js",
    "web.py",
    "index.html%00.js",
]


def fetch(url: str) -> tuple[int, Message, bytes]:
    """GET without following redirects; headers are case-insensitive."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_static_file_accepts_only_plain_names_inside_the_static_folder() -> None:
    assert static_file("widget.js") == STATIC_DIR / "widget.js"
    assert static_file("index.html") == STATIC_DIR / "index.html"
    for name in ["../web.py", "..", ".", "", "/etc/passwd", "sub/widget.js", "..\\web.py", "guard.py"]:
        assert static_file(name) is None, name


def test_socket_io_client_comes_from_the_pinned_npm_package() -> None:
    manifest = json.loads((PROJECT_ROOT / "package.json").read_text())
    version = manifest["dependencies"]["socket.io-client"]
    assert version.startswith("4."), "socket.io-client 4.x (Rasa refuses clients older than v3)"
    lock = json.loads((PROJECT_ROOT / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/socket.io-client"]["version"] == version
    assert SOCKET_IO_CLIENT.is_file(), "run `npm ci` in the repository root"


@pytest.mark.e2e
def test_page_and_assets_are_served_with_a_strict_policy(bot_stack: Any) -> None:
    status, headers, body = fetch(bot_stack.widget_url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'id="chat-log"' in body
    policy = headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    for name in ("widget.js", "render.js", "widget.css", "socket.io.min.js"):
        status, headers, body = fetch(f"{bot_stack.widget_url}static/{name}")
        assert status == 200 and body, name
    scripts = (STATIC_DIR / "widget.js").read_bytes() + (STATIC_DIR / "render.js").read_bytes()
    for sink in (b".innerHTML", b".outerHTML", b"insertAdjacentHTML", b"document.write"):
        assert sink not in scripts, "messages are built with DOM APIs only"

    status, headers, _ = fetch(bot_stack.widget_url.rstrip("/"))
    assert status in (301, 302, 307, 308) and headers["Location"].endswith("/webhooks/web/")


@pytest.mark.e2e
@pytest.mark.parametrize("name", TRAVERSALS)
def test_path_traversal_is_refused(bot_stack: Any, name: str) -> None:
    status, _, body = fetch(f"{bot_stack.widget_url}static/{name}")
    assert status in (400, 404), name
    assert b"import" not in body
