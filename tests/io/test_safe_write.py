"""Writing output files safely: every refusal leaves the target as it was."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest

from desktop_app.io.safe_write import (
    UnsafeTarget,
    WriteFailed,
    check_target,
    open_binary,
    open_text,
)


def test_a_new_file_appears_only_when_complete(tmp_path: Path) -> None:
    target = check_target(tmp_path / "out.csv", extensions=(".csv",))
    assert target is not None
    with open_text(target) as out:
        out.write("a,b\r\n")
        assert not target.exists()  # still under its temporary name
        assert next(p.name for p in tmp_path.iterdir()).endswith(".partial")
    assert target.read_bytes() == b"a,b\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_an_existing_file_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("keep me")
    with pytest.raises(UnsafeTarget, match="already exists; choose another name, or add --force"):
        check_target(target, extensions=(".csv",))
    assert check_target(target, extensions=(".csv",), force=True) == target
    with open_text(target) as out:
        out.write("new")
    assert target.read_text() == "new"


def test_a_symlink_is_refused_and_its_file_untouched(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("precious")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    for force in (False, True):
        with pytest.raises(UnsafeTarget, match="is a symbolic link"):
            check_target(link, extensions=(".csv",), force=force)
    assert link.is_symlink() and real.read_text() == "precious"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            check_target(fifo, extensions=(".csv",), force=True)
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "checking a FIFO blocked"
    assert isinstance(outcome[0], UnsafeTarget) and "not a regular file" in str(outcome[0])


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeTarget, match="not a regular file"):
        check_target("/dev/null", force=True)
    with pytest.raises(UnsafeTarget, match="is a folder"):
        check_target(tmp_path, force=True)
    assert Path("/dev/null").is_char_device()


def test_a_wrong_extension_and_a_missing_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeTarget, match=r"does not end in \.csv"):
        check_target(tmp_path / "x.xlsx", extensions=(".csv",), what="CSV export")
    with pytest.raises(UnsafeTarget, match=r"folder .* does not exist"):
        check_target(tmp_path / "missing" / "x.csv", extensions=(".csv",))
    assert not (tmp_path / "missing").exists()


def test_standard_output_only_for_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_target("-", stdout_ok=True) is None
    with open_text(None) as out:
        out.write("hello\n")
    assert capsys.readouterr().out == "hello\n"
    with pytest.raises(UnsafeTarget, match="cannot be written to standard output"):
        check_target("-", what="shop archive")


def test_a_full_disk_leaves_no_partial_file_and_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    full = r"No space left on device\. Nothing was written"
    with pytest.raises(WriteFailed, match=full), open_binary(target) as out:
        out.write(b"some")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]
