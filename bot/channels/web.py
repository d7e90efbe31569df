"""The chat widget page, served by Rasa itself (`GET /webhooks/web/`).

Register in credentials.yml as `bot.channels.web.WebChatInput:` (no settings). The page
talks to the socket.io channel (`bot.channels.socketio.SocketIOInput`) on the same
origin; this channel only serves files and never receives messages.

Files come from `bot/channels/static/` by exact name, plus the socket.io browser client
from the npm package (`npm ci` at the repository root installs it into node_modules/).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import InputChannel
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import OnNewMessage
from bot.config import PROJECT_ROOT

STATIC_DIR = Path(__file__).resolve().parent / "static"
SOCKET_IO_CLIENT = PROJECT_ROOT / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)+$")
MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
# Everything the page needs is on this origin; inline script and foreign hosts are refused.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


def static_file(name: str) -> Path | None:
    """The file a request for `static/<name>` may serve, or None (unknown or unsafe name)."""
    if name == SOCKET_IO_CLIENT.name:
        return SOCKET_IO_CLIENT if SOCKET_IO_CLIENT.is_file() else None
    if not SAFE_NAME.match(name) or Path(name).suffix not in MIME_TYPES:
        return None
    path = (STATIC_DIR / name).resolve()
    if path.parent != STATIC_DIR or not path.is_file():
        return None
    return path


def file_response(path: Path) -> HTTPResponse:
    """The file's bytes with its content type and the security headers."""
    return response.raw(
        path.read_bytes(), content_type=MIME_TYPES[path.suffix], headers=dict(SECURITY_HEADERS)
    )


class WebChatInput(InputChannel):
    """Serves the widget: `/webhooks/web/` (page) and `/webhooks/web/static/<file>`."""

    @classmethod
    def name(cls) -> str:
        """URL prefix /webhooks/web."""
        return "web"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WebChatInput:
        """No settings needed."""
        return cls()

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Routes for the page and its assets; messages go through socket.io, not here."""
        web = Blueprint("web_widget", __name__)

        @web.route("/", methods=["GET"])
        async def index(request: Request) -> HTTPResponse:
            if not request.path.endswith("/"):  # relative asset URLs need the slash
                return response.redirect(request.path + "/")
            return file_response(STATIC_DIR / "index.html")

        @web.route("/static/<name:str>", methods=["GET"])
        async def static(request: Request, name: str) -> HTTPResponse:
            path = static_file(name)
            if path is None:
                if name == SOCKET_IO_CLIENT.name:
                    return response.text(
                        "socket.io client missing: run `npm ci` in the repository root", status=503
                    )
                return response.text("Not found", status=404)
            return file_response(path)

        return web
