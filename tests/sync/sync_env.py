"""The environment of the sync tests: they run against the real thing: uvicorn processes on loopback, SQLite and a
throwaway PostgreSQL (Debian's packages; initdb as an unprivileged user into a temporary
folder, on a free loopback port; stopped at the end of the session)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# PostgreSQL -------------------------------------------------------------------------------

def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _install_postgres() -> None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True, timeout=300)
    subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"],
                   env=env, capture_output=True, timeout=600)


class Postgres:
    def __init__(self) -> None:
        bindir = _pg_bin()
        if bindir is None:
            _install_postgres()
            bindir = _pg_bin()
        if bindir is None:
            pytest.skip("PostgreSQL binaries are absent and could not be installed "
                        "(apt-get install postgresql)")
        self.bin = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="palier-pg-"))
        self.port = free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root: run it as the postgres user
            self.as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.dir, "postgres")
        data = self.dir / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--no-instructions")
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.dir / "log"),
                  "-w", "-t", "60", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                  "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                  "-c max_connections=300", "start")
        self.data = data

    def _run(self, *cmd: str) -> None:
        subprocess.run([*self.as_user, *cmd], check=True, capture_output=True, timeout=120)

    def url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


# Server processes -------------------------------------------------------------------------

class ServerProcess:
    """`palier server` in its own process, on a free loopback port."""

    def __init__(self, db_url: str, port: int | None = None, env: dict | None = None) -> None:
        self.db_url = db_url
        self.port = port or free_port()
        self.env = {**os.environ, "PALIER_LANG": "en", **(env or {})}
        self.proc: subprocess.Popen | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app", "server", "--db", self.db_url, "--host", "127.0.0.1",
             "--port", str(self.port)], cwd=ROOT, env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server died: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, like a power cut."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def restart(self) -> None:
        self.kill()
        self.start()


class FaultyProxy:
    """An HTTP proxy on loopback that drops requests, drops responses after the server has
    answered, duplicates requests, and replays old ones later (out of order).

    `faults` maps a fault to its probability; the draw is seeded, so a failure replays.
    """

    FAULTS = ("drop_request", "drop_response", "duplicate", "replay_later")

    def __init__(self, upstream: str, faults: dict[str, float], seed: int = 1) -> None:
        import random
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.upstream = upstream
        self.faults = dict(faults)
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.counts = dict.fromkeys((*self.FAULTS, "pass", "replayed"), 0)
        self.held: list[tuple[str, str, dict, bytes]] = []
        self.http = httpx.Client(base_url=upstream, timeout=60)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "content-length", "connection")}
                fault = proxy.draw(self.path)
                if fault == "drop_request":
                    self.close_connection = True
                    return
                answer = proxy.forward(self.command, self.path, headers, body)
                if fault == "duplicate":
                    answer = proxy.forward(self.command, self.path, headers, body)
                elif fault == "replay_later":
                    with proxy.lock:
                        proxy.held.append((self.command, self.path, headers, body))
                if fault == "drop_response":
                    self.close_connection = True
                    return
                proxy.replay_some()
                self.send_response(answer.status_code)
                for k, v in answer.headers.items():
                    if k.lower() not in ("content-length", "transfer-encoding", "connection",
                                         "content-encoding"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def draw(self, path: str) -> str:
        if path.startswith(("/v1/login", "/v1/health")):
            return "pass"
        with self.lock:
            x = self.rng.random()
            for fault, p in self.faults.items():
                if x < p:
                    self.counts[fault] += 1
                    return fault
                x -= p
            self.counts["pass"] += 1
            return "pass"

    def forward(self, method, path, headers, body):
        return self.http.request(method, path, headers=headers, content=body)

    def replay_some(self) -> None:
        """Send one held request again, after newer ones: a late duplicate."""
        with self.lock:
            if not self.held or self.rng.random() < 0.5:
                return
            method, path, headers, body = self.held.pop(0)
            self.counts["replayed"] += 1
        with contextlib.suppress(httpx.HTTPError):
            self.forward(method, path, headers, body)

    def flush(self) -> None:
        while self.held:
            method, path, headers, body = self.held.pop(0)
            self.forward(method, path, headers, body)
            self.counts["replayed"] += 1

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.http.close()
