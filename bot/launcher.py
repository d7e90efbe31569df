"""Start and stop the bot's processes: the action server, then Rasa with its channels.

`make run` and `make shell` go through `python -m bot.launcher`; the tests use `Stack` directly, so
they exercise the bot exactly as it is started for users.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

from bot import config
from bot.processes import (
    Stopped,
    free_port,
    handle_stop_signals,
    say,
    stop_child,
    stop_process,
    wait_http,
)
from bot.runtime_config import DEFAULT_CHANNELS, slack_configured, write_runtime_files

BIN = Path(sys.executable).parent
RASA_START_TIMEOUT = 240.0
ACTIONS_START_TIMEOUT = 60.0


def latest_model(models_dir: Path | None = None) -> Path:
    """The newest trained model in models/."""
    directory = models_dir or config.PROJECT_ROOT / "models"
    candidates = sorted(directory.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not candidates:
        raise FileNotFoundError(f"no trained model in {directory}; run `make model` first")
    return candidates[-1]


def _warm_call(intent: str, text: str, entities: list[dict[str, object]]) -> bytes:
    """A minimal RemoteAction request body for one user turn."""
    message = {"intent": {"name": intent, "confidence": 1.0}, "entities": entities, "text": text}
    tracker = {"sender_id": "launcher-warm-up", "slots": {}, "latest_message": message, "events": [],
               "paused": False, "followup_action": None, "active_loop": {}, "latest_action_name": None}
    return json.dumps({"next_action": "action_answer", "sender_id": "launcher-warm-up", "domain": {},
                       "tracker": tracker, "version": "3.6.21"}).encode()


def warm_actions(action_url: str) -> None:
    """Send the action server a knowledge turn and a skill-gap turn (best effort; nothing is stored)."""
    skill = {"entity": "skill", "value": "Python", "text": "Python", "start": 7, "end": 13, "role": "known"}
    for body in (_warm_call("ask_salary", "What is the salary for weekend work?", []),  # subject words too
                 _warm_call("ask_skill_gap", "I know Python, what am I missing?", [skill])):
        request = urllib.request.Request(action_url, data=body, headers={"Content-Type": "application/json"})
        with contextlib.suppress(OSError, ValueError), urllib.request.urlopen(request, timeout=60):
            pass


class Stack:
    """The action server plus one Rasa server, configured from the environment."""

    def __init__(
        self,
        rasa_port: int | None = None,
        action_port: int | None = None,
        env: Mapping[str, str] | None = None,
        channels: Sequence[str] = DEFAULT_CHANNELS,
        model: Path | None = None,
        enable_api: bool | None = None,
        host: str = "127.0.0.1",
        log_dir: Path | None = None,
        action_url: str | None = None,
        workdir: Path | None = None,
    ) -> None:
        self.env = {"RASA_TELEMETRY_ENABLED": "false", **os.environ, **(env or {})}
        # Rasa's working directory: config.yml names the entity-ruler pipeline relative to it
        # (build/spacy_model), so another directory serves another store's names without retraining.
        self.workdir = workdir or config.PROJECT_ROOT
        self.rasa_port = rasa_port or int(self.env.get("RASA_PORT", "5005"))
        self.action_port = action_port or int(self.env.get("ACTION_PORT", "5055"))
        self.host = host
        self.channels = tuple(channels)
        self.model = model
        api_env = self.env.get("RASA_ENABLE_API", "").lower() in {"1", "true", "yes"}
        self.enable_api = api_env if enable_api is None else enable_api
        self.log_dir = log_dir
        self._external_action_url = action_url
        self.runtime_dir = config.build_dir() / "runtime" / str(self.rasa_port)
        self.rasa: subprocess.Popen[bytes] | None = None
        self.actions: subprocess.Popen[bytes] | None = None

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return self._external_action_url or f"http://{self.host}:{self.action_port}/webhook"

    @property
    def widget_url(self) -> str:
        return f"{self.rasa_url}/webhooks/web/"

    def _spawn(self, name: str, cmd: list[str], env: Mapping[str, str],
               cwd: Path = config.PROJECT_ROOT) -> subprocess.Popen[bytes]:
        out: int | object = subprocess.DEVNULL
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            out = open(self.log_dir / f"{name}-{self.rasa_port}.log", "ab")  # noqa: SIM115
        return subprocess.Popen(  # noqa: S603
            cmd, cwd=cwd, env=dict(env), stdout=out, stderr=subprocess.STDOUT,  # type: ignore[arg-type]
            start_new_session=True,
        )

    def start_actions(self) -> None:
        """Start the rasa_sdk action server (loopback unless ACTION_HOST says otherwise)."""
        env = {**self.env, "SANIC_HOST": self.env.get("ACTION_HOST", "127.0.0.1")}
        cmd = [str(BIN / "python"), "-m", "rasa_sdk", "--actions", "actions", "-p", str(self.action_port)]
        self.actions = self._spawn("actions", cmd, env)
        wait_http(f"http://{self.host}:{self.action_port}/health", ACTIONS_START_TIMEOUT, self.actions)
        # While Rasa loads (~15 s), let the action server load its store and skill vocabulary, so
        # the first user's first answer and first skill-gap turn are not the ones that pay for it.
        threading.Thread(target=warm_actions, args=(self.action_url,), daemon=True).start()

    def rasa_command(self) -> tuple[list[str], dict[str, str]]:
        """The `rasa run` command line and environment for this stack."""
        endpoints, credentials, secrets = write_runtime_files(
            self.runtime_dir, self.action_url, self.channels, self.env
        )
        model = self.model or latest_model()
        cmd = [
            str(BIN / "rasa"), "run", "--model", str(model), "--port", str(self.rasa_port),
            "--interface", self.env.get("RASA_HOST", self.host),
            "--endpoints", str(endpoints), "--credentials", str(credentials),
        ]
        if self.env.get("RASA_CORS"):
            cmd += ["--cors", self.env["RASA_CORS"]]
        if self.enable_api:
            token = self.env.get("RASA_API_TOKEN")
            if not token:
                raise RuntimeError("RASA_ENABLE_API is set but RASA_API_TOKEN is empty: refusing an open API")
            cmd += ["--enable-api", "--auth-token", token]
        return cmd, {**self.env, **secrets}

    def start_rasa(self) -> None:
        """Start Rasa and wait until its REST channel answers."""
        cmd, env = self.rasa_command()
        if self.workdir != config.PROJECT_ROOT:  # the project's components stay importable
            env = {**env, "PYTHONPATH": os.pathsep.join(filter(None, [str(config.PROJECT_ROOT),
                                                                         env.get("PYTHONPATH")]))}
        self.rasa = self._spawn("rasa", cmd, env, cwd=self.workdir)
        wait_http(f"{self.rasa_url}/webhooks/rest/", RASA_START_TIMEOUT, self.rasa)

    def stop_rasa(self) -> None:
        stop_process(self.rasa)
        self.rasa = None

    def stop_actions(self) -> None:
        stop_process(self.actions)
        self.actions = None

    def start(self) -> Stack:
        """Start the action server (unless external), then Rasa; on any failure stop what started."""
        try:
            if self._external_action_url is None:
                self.start_actions()
            self.start_rasa()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        self.stop_rasa()
        self.stop_actions()

    def __enter__(self) -> Stack:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def run_bot() -> int:
    """`make run`: start everything, print where to talk to the bot, stop it all on a stop signal."""
    handle_stop_signals()
    stack = Stack(host="127.0.0.1", log_dir=config.build_dir() / "logs")
    say("Starting the action server and Rasa (about half a minute)...")
    try:
        with stack:
            say(f"\nThe career-advice bot is up.\n  Web chat:  {stack.widget_url}\n"
                 f"  REST:      POST {stack.rasa_url}/webhooks/rest/webhook")
            if slack_configured(stack.env):
                say(f"  Slack:     {stack.rasa_url}/webhooks/slack/webhook (expose it to Slack)")
            say(f"  Logs:      {stack.log_dir}\nPress Ctrl-C to stop.")
            while all(p is not None and p.poll() is None for p in (stack.rasa, stack.actions)):
                time.sleep(1)
            say("A bot process stopped unexpectedly; see the logs.", err=True)
            return 1
    except Stopped:
        say("\nStopped.")
    return 0


def run_shell() -> int:
    """`make shell`: the action server, then `rasa shell` in this terminal; a stop signal ends both."""
    handle_stop_signals()
    stack = Stack(channels=(), log_dir=config.build_dir() / "logs")
    shell: subprocess.Popen[bytes] | None = None
    try:
        stack.start_actions()
        endpoints, _, secrets = write_runtime_files(stack.runtime_dir, stack.action_url, (), stack.env)
        # Rasa's console channel, minus the structured reply it would dump as JSON (bot.channels.shell).
        cmd = [str(BIN / "rasa"), "run", "--connector", "bot.channels.shell.ShellInput", "--model",
               str(latest_model()), "--endpoints", str(endpoints), "-p", str(free_port())]
        # Same process group as the launcher, so it keeps the terminal (and gets its Ctrl-C).
        shell = subprocess.Popen(cmd, cwd=config.PROJECT_ROOT, env={**stack.env, **secrets})  # noqa: S603
        return shell.wait()
    except Stopped:
        return 0
    finally:
        stop_child(shell)
        stack.stop_actions()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.launcher", description=__doc__)
    parser.add_argument("command", choices=["run", "shell"])
    args = parser.parse_args(argv)
    return run_bot() if args.command == "run" else run_shell()


if __name__ == "__main__":
    sys.exit(main())
