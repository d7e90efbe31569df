"""A fake Slack Web API on 127.0.0.1 that records chat.postMessage calls."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


class FakeSlack:
    """Records every `chat.postMessage` body; answers the way Slack does (`{"ok": true, ...}`)."""

    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self.calls: list[str] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                body: dict[str, Any]
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = dict(parse_qsl(raw))
                method = self.path.rstrip("/").rsplit("/", 1)[-1]
                with fake._lock:
                    fake.calls.append(method)
                    if method == "chat.postMessage":
                        fake.posts.append(body)
                payload = json.dumps({"ok": True, "ts": "1.1", "channel": str(body.get("channel", "C1"))})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(payload.encode())

            def log_message(self, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Base URL to give slack_sdk's AsyncWebClient (ends with /api/)."""
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}/api/"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def clear(self) -> None:
        with self._lock:
            self.posts.clear()
            self.calls.clear()
