"""A throw-away ``redis-server`` for fault tests: killed with SIGKILL, restarted on its port.

::

    with RedisServer(tmp_path / "redis") as server:
        env["VEILLE_BROKER_URL"] = server.url(0)
        server.kill()          # SIGKILL: clients see their connections drop
        server.start()         # same port, same folder: the append-only file is replayed

The shared Redis on 6379 is other people's; faults are only ever caused on this one. It is
durable the way docker-compose runs Redis (``--appendonly yes``), with ``appendfsync always``
so that a SIGKILL in a test loses nothing a production Redis would keep after a restart.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

import redis

HOST = "127.0.0.1"


class RedisServer:
    """One ``redis-server`` process on a free port of 127.0.0.1, its data in ``folder``.

    Args:
        folder: working folder (append-only file and log); created if missing.
        durable: replay writes after a restart (AOF); ``False`` starts empty each time.
    """

    def __init__(self, folder: Path, durable: bool = True) -> None:
        executable = shutil.which("redis-server")
        if executable is None:
            raise FileNotFoundError("redis-server")
        self.executable = executable
        self.folder = folder
        self.durable = durable
        self.port = _free_port()
        self._proc: subprocess.Popen[bytes] | None = None

    def url(self, db: int = 0) -> str:
        """``redis://127.0.0.1:PORT/db``."""
        return f"redis://{HOST}:{self.port}/{db}"

    def client(self, db: int = 0) -> redis.Redis:
        """A client for ``db`` with short timeouts (tests must never hang on a dead server)."""
        return redis.Redis(host=HOST, port=self.port, db=db, socket_timeout=5,
                           socket_connect_timeout=2)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 10) -> RedisServer:
        """Start (or restart) the server on its port and wait until it answers PING.

        Raises:
            RuntimeError: it exited or did not answer within ``timeout`` seconds.
        """
        if self.running:
            return self
        self.folder.mkdir(parents=True, exist_ok=True)
        persistence = ["--appendonly", "yes", "--appendfsync", "always"] if self.durable else [
            "--appendonly", "no"]
        log = (self.folder / "redis.log").open("ab")
        self._proc = subprocess.Popen(
            [self.executable, "--port", str(self.port), "--bind", HOST, "--save", "",
             *persistence, "--dir", str(self.folder), "--daemonize", "no"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self._wait_ready(timeout)
        return self

    def kill(self) -> None:
        """SIGKILL: no shutdown, no final save, connections reset."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)

    def restart(self, down_for: float = 0.0) -> None:
        """Kill, stay down ``down_for`` seconds, start again on the same port."""
        self.kill()
        time.sleep(down_for)
        self.start()

    def log_text(self) -> str:
        path = self.folder / "redis.log"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.kill()

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        client = self.client()
        try:
            while time.monotonic() < deadline:
                if self._proc is None or self._proc.poll() is not None:
                    raise RuntimeError(f"redis-server exited:\n{self.log_text()[-2000:]}")
                try:
                    # LOADING (replaying the AOF) answers PING with an error: keep waiting.
                    if client.ping():
                        return
                except redis.RedisError:
                    pass
                time.sleep(0.05)
        finally:
            client.close()
        raise RuntimeError(f"redis-server did not answer within {timeout} s")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])
