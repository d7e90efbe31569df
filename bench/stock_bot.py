"""The stock `rasa init --no-prompt` bot, the benchmarks' baseline: trained once, started on a free port."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

from bot import config
from bot.launcher import BIN
from bot.processes import free_port, stop_process, wait_http


def stock_bot_dir() -> Path:
    """The stock project with its trained model, built once and cached under build/bench-cache/."""
    cache = config.build_dir() / "bench-cache" / f"rasa-{version('rasa')}"
    project = cache / "stock"
    if list((project / "models").glob("*.tar.gz")):
        return project
    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / "stock.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    print("  training the stock `rasa init` bot once (about 75 s)...", flush=True)
    subprocess.run(  # noqa: S603
        [str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(partial)],
        cwd=cache, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, timeout=1800,
    )
    shutil.rmtree(project, ignore_errors=True)
    partial.rename(project)
    return project


@contextlib.contextmanager
def stock_server() -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """`rasa run --connector rest` in the stock project (no action server: its bot needs none)."""
    project = stock_bot_dir()
    model = sorted((project / "models").glob("*.tar.gz"))[-1]
    port = free_port()
    cmd = [
        str(BIN / "rasa"), "run", "--model", str(model), "--port", str(port), "--interface", "127.0.0.1",
        "--connector", "rest", "--credentials", str(project / "credentials.yml"),
    ]
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(  # noqa: S603
        cmd, cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )
    try:
        wait_http(f"{url}/webhooks/rest/", 300, proc)
        yield proc, url
    finally:
        stop_process(proc)
