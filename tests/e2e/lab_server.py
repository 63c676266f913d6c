"""Start and stop a throw-away JupyterLab server on 127.0.0.1 for browser tests.

The server runs with the interpreter of the test session (the project's ``.venv``), so
notebooks open with the kernel ``python3`` that ``make venv`` registers in that environment.
Everything the server writes (runtime files, settings, workspaces, its log) goes into a
``work_dir`` the caller owns; user configuration in ``~/.jupyter`` is not read, and nothing
asks the network for news, updates or extensions.

Examples
--------
>>> with running_lab(tmp_path / "notebooks", work_dir=tmp_path / "lab") as lab:  # doctest: +SKIP
...     lab.api("api/sessions")
[]
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

__all__ = ["LabServer", "running_lab", "start_lab", "stop_lab"]

# The server itself never needs the network: no news feed, no update check, no PyPI listing.
_SERVER_CONFIG = {
    "LabApp": {
        "news_url": None,
        "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
        "extension_manager": "readonly",
    },
}
# Lab settings: never ask the user (in a toast over the notebook) whether to fetch news.
_LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
}
# Talk to the server directly, even where the caller's environment sets an HTTP proxy.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass(frozen=True)
class LabServer:
    """A running JupyterLab server.

    Attributes
    ----------
    process : subprocess.Popen
        The server process (the leader of its own process group).
    url : str
        Base URL with a trailing slash, e.g. ``http://127.0.0.1:8899/``.
    token : str
        The random token the server accepts.
    root_dir : Path
        The folder the server shows (and the kernels start in, per notebook).
    log_path : Path
        The server's combined stdout/stderr.
    """

    process: subprocess.Popen
    url: str
    token: str
    root_dir: Path
    log_path: Path

    def lab_url(self, relpath: str, *, workspace: str | None = None) -> str:
        """URL that opens ``relpath`` (relative to ``root_dir``) in the Lab UI.

        With ``workspace`` the document opens in that (new, empty) workspace, so no tab
        restored from an earlier page shares the DOM with it.
        """
        prefix = f"lab/workspaces/{quote(workspace)}/" if workspace else "lab/"
        return f"{self.url}{prefix}tree/{quote(relpath)}?token={self.token}"

    def api(self, path: str, *, method: str = "GET", timeout: float = 10.0) -> object:
        """Call the REST API (``path`` like ``"api/sessions"``) and return the decoded JSON."""
        request = urllib.request.Request(
            self.url + path,
            method=method,
            headers={"Authorization": f"token {self.token}"},
            data=b"" if method == "POST" else None,
        )
        with _OPENER.open(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body else None

    def log_tail(self, n_lines: int = 40) -> str:
        """The last ``n_lines`` of the server log, for failure messages."""
        try:
            lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as err:
            return f"(no server log: {err})"
        return "\n".join(lines[-n_lines:])


def _write_config(work_dir: Path) -> dict[str, str]:
    dirs = {name: work_dir / name for name in ("config", "runtime", "settings", "workspaces")}
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    (dirs["config"] / "jupyter_server_config.json").write_text(
        json.dumps(_SERVER_CONFIG, indent=1), encoding="utf-8"
    )
    for plugin, values in _LAB_SETTINGS.items():
        path = dirs["settings"] / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values, indent=1), encoding="utf-8")
    return {name: str(folder) for name, folder in dirs.items()}


def start_lab(root_dir: Path, *, work_dir: Path, timeout: float = 90.0) -> LabServer:
    """Start ``jupyter lab`` on 127.0.0.1 and wait until ``/api/status`` answers.

    Parameters
    ----------
    root_dir : Path
        Folder to serve; must exist.
    work_dir : Path
        Folder for the server's config, runtime files, settings, workspaces and log.
    timeout : float
        Seconds to wait for the server to come up.

    Returns
    -------
    LabServer
        The running server; stop it with :func:`stop_lab`.

    Raises
    ------
    FileNotFoundError
        If ``root_dir`` is not a folder.
    RuntimeError
        If the server exits or does not answer within ``timeout`` seconds (it is stopped
        first; the message holds the end of its log).
    """
    root_dir = Path(root_dir).resolve()
    if not root_dir.is_dir():
        raise FileNotFoundError(f"root_dir {root_dir} is not a folder")
    work_dir = Path(work_dir).resolve()
    dirs = _write_config(work_dir)
    token = secrets.token_hex(24)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": dirs["config"],
        "JUPYTER_RUNTIME_DIR": dirs["runtime"],
        "JUPYTER_TOKEN": token,  # in the environment, not on the command line
    }
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        "--allow-root",  # CI containers run as root; harmless otherwise
        "--port=0",  # the OS picks a free port; it is read back from the runtime file
        f"--ServerApp.root_dir={root_dir}",
        f"--LabApp.user_settings_dir={dirs['settings']}",
        f"--LabApp.workspaces_dir={dirs['workspaces']}",
    ]
    log_path = work_dir / "lab.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=root_dir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = LabServer(process, "", token, root_dir, log_path)
    try:
        port = _wait_for_port(server, Path(dirs["runtime"]), time.monotonic() + timeout)
        server = LabServer(process, f"http://127.0.0.1:{port}/", token, root_dir, log_path)
        _wait_for_status(server, time.monotonic() + timeout)
    except BaseException:
        stop_lab(server)
        raise
    return server


def _check_alive(server: LabServer, what: str) -> None:
    code = server.process.poll()
    if code is not None:
        raise RuntimeError(
            f"jupyter lab exited with status {code} while {what}; end of "
            f"{server.log_path}:\n{server.log_tail()}"
        )


def _wait_for_port(server: LabServer, runtime_dir: Path, deadline: float) -> int:
    info = runtime_dir / f"jpserver-{server.process.pid}.json"
    while time.monotonic() < deadline:
        _check_alive(server, f"waiting for {info.name}")
        if info.is_file():
            try:
                return int(json.loads(info.read_text(encoding="utf-8"))["port"])
            except (ValueError, KeyError):
                pass  # written but not complete yet: read it again
        time.sleep(0.2)
    raise RuntimeError(f"jupyter lab wrote no {info} in time; log:\n{server.log_tail()}")


def _wait_for_status(server: LabServer, deadline: float) -> None:
    last = "no answer yet"
    while time.monotonic() < deadline:
        _check_alive(server, "waiting for /api/status")
        try:
            server.api("api/status", timeout=5)
            return
        except (urllib.error.URLError, OSError, ValueError) as err:
            last = repr(err)
        time.sleep(0.3)
    raise RuntimeError(f"{server.url}api/status did not answer ({last}); log:\n{server.log_tail()}")


def stop_lab(server: LabServer, *, timeout: float = 30.0) -> None:
    """Stop the server and its kernels: ``POST /api/shutdown``, then SIGTERM, then SIGKILL.

    Only the server's own process group (started by :func:`start_lab`) is signalled.
    """
    process = server.process
    if process.poll() is None and server.url:
        try:
            server.api("api/shutdown", method="POST", timeout=5)
            process.wait(timeout=timeout)
        except (urllib.error.URLError, OSError, subprocess.TimeoutExpired):
            pass  # the signals below take over
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=timeout / 2)
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def running_lab(root_dir: Path, *, work_dir: Path, timeout: float = 90.0) -> Iterator[LabServer]:
    """Context manager around :func:`start_lab` / :func:`stop_lab` (stops even on errors)."""
    server = start_lab(root_dir, work_dir=work_dir, timeout=timeout)
    try:
        yield server
    finally:
        stop_lab(server)
