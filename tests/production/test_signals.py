"""Process hygiene: every way of starting the bot stops all it started on SIGINT, SIGTERM and SIGHUP.

`python -m bot.launcher shell` (as `make shell` runs it) and `python -m bot.launcher run` (as
`make run` does) each run in their own pseudo-terminal (pexpect). Once the bot is up, the launcher
gets the signal; then the launcher and every process it started (action server, Rasa or
the terminal chat (Rasa's console through
bot.channels.shell.ShellInput), and their children) must be gone. Closing the terminal of `make shell`
(the pty's
master side, as a closed tmux window does) is checked too.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pexpect
import psutil
import pytest

from bot import config
from bot.processes import free_port
from tests.production.conftest import require_model

Launched = dict[str, tuple[pexpect.spawn, list[psutil.Process]]]  # name -> (pty child, processes)
READY = {"shell": "Your input ->", "run": "The career-advice bot is up"}
START_TIMEOUT = 240
STOP_TIMEOUT = 60


def family(pid: int) -> list[psutil.Process]:
    """The process and all its descendants."""
    root = psutil.Process(pid)
    return [root, *root.children(recursive=True)]


def alive(procs: list[psutil.Process]) -> list[str]:
    """Descriptions of the processes that are still running (zombies count as gone)."""
    out = []
    for proc in procs:
        try:
            if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
                out.append(f"{proc.pid} {' '.join(proc.cmdline())[:120]}")
        except psutil.NoSuchProcess:
            continue
    return out


@pytest.fixture()
def launch(tmp_path: Path) -> Iterator[Launched]:
    """Launchers started by the test, with their process families; survivors are killed afterwards."""
    require_model()
    spawned: Launched = {}
    yield spawned
    for child, procs in spawned.values():
        for proc in procs:
            with contextlib.suppress(psutil.NoSuchProcess):
                proc.kill()
        child.close(force=True)


def start(launch: Launched, mode: str, tmp_path: Path) -> tuple[pexpect.spawn, list[psutil.Process]]:
    """`python -m bot.launcher MODE` in a pty, up and answering; returns it and its process family."""
    env = {
        **os.environ,
        "RASA_PORT": str(free_port()),
        "ACTION_PORT": str(free_port()),
        "TRACKER_STORE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
        "RASA_TELEMETRY_ENABLED": "false",
    }
    child = pexpect.spawn(
        sys.executable, ["-m", "bot.launcher", mode], cwd=str(config.PROJECT_ROOT), env=env,
        encoding="utf-8", codec_errors="replace", timeout=START_TIMEOUT, dimensions=(40, 160),
    )
    key = f"{mode}-{len(launch)}"
    launch[key] = (child, [psutil.Process(child.pid)])
    child.expect(READY[mode])
    procs = family(child.pid)
    launch[key] = (child, procs)  # psutil refuses to signal a pid that was reused since
    names = " ".join(" ".join(p.cmdline()) for p in procs)
    assert "rasa_sdk" in names, f"no action server among {names}"
    wanted = "rasa run --connector bot.channels.shell.ShellInput" if mode == "shell" else "rasa run"
    assert wanted in names.replace("/rasa ", "rasa "), names
    return child, procs


def wait_gone(child: pexpect.spawn, procs: list[psutil.Process]) -> list[str]:
    """Read the pty (so no process blocks writing to it) until all `procs` are gone or time is up."""
    deadline = time.monotonic() + STOP_TIMEOUT
    while alive(procs) and time.monotonic() < deadline:
        if child.closed:
            time.sleep(0.5)
            continue
        try:
            child.read_nonblocking(65536, timeout=0.5)
        except pexpect.TIMEOUT:
            pass
        except pexpect.EOF:
            time.sleep(0.5)
    return alive(procs)


def assert_all_stopped(child: pexpect.spawn, procs: list[psutil.Process], how: str) -> None:
    """The launcher exits, and nothing it started outlives it."""
    left = wait_gone(child, procs)
    assert not left, f"still running {STOP_TIMEOUT} s after {how}: {left}"


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
@pytest.mark.parametrize("mode", ["shell", "run"])
def test_signal_stops_everything(
    launch: Launched, tmp_path: Path, mode: str, sig: signal.Signals
) -> None:
    child, procs = start(launch, mode, tmp_path)
    os.kill(child.pid, sig)
    assert_all_stopped(child, procs, f"{sig.name} to `launcher {mode}`")


def test_closing_the_terminal_stops_make_shell(launch: Launched, tmp_path: Path) -> None:
    child, procs = start(launch, "shell", tmp_path)
    child.ptyproc.fileobj.close()  # the terminal goes away: the kernel hangs up its session
    child.ptyproc.closed = True
    child.closed = True
    assert_all_stopped(child, procs, "the terminal closed")
