"""A throwaway PostgreSQL server: ``with throwaway_server() as url: ...`` or, from a shell,
``python bench/pg.py [--fast] -- COMMAND ...`` (COMMAND runs with ``SELLER_DESK_TEST_PG`` set
to the server's URL; its exit status is returned).

The server binaries come from ``pg_config --bindir`` or the newest /usr/lib/postgresql/*/bin;
the cluster lives in a temporary folder owned by the ``postgres`` user (PostgreSQL refuses to
run as root), listens on a free local port and its socket in that folder, and is stopped and
removed afterwards, even when the block or the command fails. ``.ci/run`` (the test suite on
PostgreSQL) and ``bench/run.py --backend postgresql`` both start theirs here.

``fast=True`` (the tests) turns ``fsync`` off; the bench measures a real set-up: the server's
defaults with ``shared_buffers`` of a quarter of the RAM up to 1 GB (:data:`BENCH_SETTINGS`).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEST_SETTINGS = {"fsync": "off", "max_connections": "200"}
URL_ENV = "SELLER_DESK_TEST_PG"
NOT_STARTED = 97  # the exit status when the server did not start (.ci/run tells it apart)


def _memory_bytes() -> int:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 4 << 30


def bench_settings() -> dict[str, str]:
    """Defaults (fsync and full_page_writes on, synchronous_commit on) with a reasonable
    shared_buffers and maintenance_work_mem, as a team's server would have."""
    quarter_mb = _memory_bytes() // 4 >> 20
    return {
        "shared_buffers": f"{max(128, min(quarter_mb, 1024))}MB",
        "maintenance_work_mem": "256MB",
        "max_connections": "50",
    }


def bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when the server is not installed."""
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True).stdout.strip()
        if out and (Path(out) / "initdb").exists():
            return Path(out)

    def version(p: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in p.parent.name.split(".") if x.isdigit())

    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version)
    for candidate in reversed(candidates):
        if (candidate / "initdb").exists():
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _ensure_user(home: Path) -> None:
    if os.geteuid() != 0:
        return
    if subprocess.run(["id", "postgres"], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--home-dir", str(home), "postgres"], check=True)
    shutil.chown(home, "postgres")


@contextmanager
def throwaway_server(
    *, fast: bool = False, settings: dict[str, str] | None = None
) -> Iterator[str]:
    """Start a fresh server; yield its URL (``postgresql+psycopg://postgres@127.0.0.1:PORT/
    postgres``); stop it and delete its files when the block ends."""
    binaries = bindir()
    if binaries is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl) found")
    folder = Path(tempfile.mkdtemp(prefix="seller-desk-pg."))
    data = folder / "data"
    options = dict(TEST_SETTINGS if fast else bench_settings())
    options.update(settings or {})
    port = _free_port()
    try:
        _ensure_user(folder)
        initdb = [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
        init = subprocess.run(_as_postgres([*initdb, "-E", "UTF8"]), capture_output=True, text=True)
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        flags = [f"-p {port}", f"-k {folder}", "-c listen_addresses=127.0.0.1"]
        flags += [f"-c {k}={v}" for k, v in options.items()]
        pg_ctl = [str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "log")]
        start = subprocess.run(
            _as_postgres([*pg_ctl, "-w", "-t", "60", "-o", " ".join(flags), "start"]),
            capture_output=True,
            text=True,
        )
        if start.returncode != 0:
            log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
            raise RuntimeError(f"the PostgreSQL server did not start: {log.strip()[-500:]}")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        if data.exists():
            subprocess.run(
                _as_postgres(
                    [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
                ),
                capture_output=True,
            )
        shutil.rmtree(folder, ignore_errors=True)


def version() -> str:
    binaries = bindir()
    if binaries is None:
        return "PostgreSQL missing"
    out = subprocess.run([str(binaries / "postgres"), "--version"], capture_output=True, text=True)
    return out.stdout.strip().replace("postgres (PostgreSQL)", "PostgreSQL")


def _stop(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str]) -> int:
    fast = "--fast" in argv[: argv.index("--")] if "--" in argv else False
    command = argv[argv.index("--") + 1 :] if "--" in argv else []
    if not command:
        print("usage: python bench/pg.py [--fast] -- COMMAND ...", file=sys.stderr)
        return 2
    # stopped from outside (`timeout`, a closed terminal, a cancelled CI job): the command is
    # killed and the server stopped and removed all the same, not left running
    for name in ("SIGTERM", "SIGHUP"):
        signal.signal(getattr(signal, name), _stop)
    try:
        with throwaway_server(fast=fast) as url:
            print(f"{version()} on {url.rsplit('@', 1)[1].split('/')[0]}", flush=True)
            return subprocess.run(command, env={**os.environ, URL_ENV: url}).returncode
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return NOT_STARTED


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
