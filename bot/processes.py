"""Process plumbing for the launcher and the tests: free ports, waiting for HTTP, stopping process
groups and children, and stop signals that unwind cleanly."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import psutil


def free_port() -> int:
    """A TCP port that is free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(url: str, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Poll `url` until it answers 200, the process dies, or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process for {url} exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not come up within {timeout:.0f} s")


def stop_process(proc: subprocess.Popen[bytes] | None, timeout: float = 15.0) -> None:
    """Stop a process group politely (SIGINT, then SIGTERM, then SIGKILL)."""
    if proc is None or proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGINT, timeout), (signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


class Stopped(SystemExit):
    """Raised in the main thread when the launcher is asked to stop (SIGINT, SIGTERM, SIGHUP)."""


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def _on_stop_signal(signum: int, _frame: object) -> None:
    """First stop signal: ignore further ones (so cleanup is never interrupted) and unwind."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    raise Stopped(0)


def handle_stop_signals() -> None:
    """Ctrl-C, `kill` and a closed terminal all unwind the launcher, which stops what it started."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, _on_stop_signal)


def say(text: str, err: bool = False) -> None:
    """Print, unless the terminal is gone (a closed terminal's SIGHUP must not break cleanup)."""
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr if err else sys.stdout, flush=True)


def stop_child(proc: subprocess.Popen[bytes] | None, timeout: float = 10.0) -> None:
    """Stop a child that shares our process group (and its descendants): SIGTERM, then SIGKILL."""
    if proc is None or proc.poll() is not None:
        return
    try:
        family = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        family = []
    for member in family:
        with contextlib.suppress(psutil.NoSuchProcess):
            member.terminate()
    _, alive = psutil.wait_procs(family, timeout=timeout)
    for member in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            member.kill()
    psutil.wait_procs(alive, timeout=5)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(5)
