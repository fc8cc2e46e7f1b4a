"""Writing an output file safely: checked first, written beside the target, renamed into place.

Every file Seller Desk writes for the seller (the CSV export, the archive, the backup, the
import's error report, the chart's PNG and CSV) goes through here:

- the target is checked before anything is written: it must be a new path or an existing
  *regular* file (never a device, a FIFO, a directory or a symlink), an existing file is only
  replaced when the seller said so (``--force``, or yes in the window), and its extension must
  be one the format writes;
- the bytes go to a hidden temporary file in the target's folder, which is renamed over the
  target (``os.replace``, atomic on one file system) only when it is complete;
- on any failure (a full disk included) the temporary file is removed and the target is left
  as it was.

``-`` names standard output, for text formats only.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from desktop_app.core.errors import DomainError

STDOUT = "-"


class UnsafeTarget(DomainError):
    """The output path cannot be written safely; nothing was written."""


class WriteFailed(DomainError):
    """Writing failed part-way (a full disk, no permission...); the target was left as it was."""


def is_stdout(target: Path | str) -> bool:
    return str(target) == STDOUT


def check_target(
    target: Path | str,
    *,
    extensions: Sequence[str] = (),
    force: bool = False,
    what: str = "file",
    stdout_ok: bool = False,
) -> Path | None:
    """Check that ``target`` may be written; returns it as a Path, or None for standard output.

    ``extensions`` (lower case, with the dot) are the names the format writes; an empty list
    accepts any name. Raises :class:`UnsafeTarget` with a sentence otherwise.
    """
    if is_stdout(target):
        if not stdout_ok:
            raise UnsafeTarget(f"A {what} cannot be written to standard output; give a file name.")
        return None
    path = Path(target).expanduser()
    check_kind(path, extensions=extensions, force=force, what=what)
    parent = path.parent
    if not parent.is_dir():
        raise UnsafeTarget(f"The folder {parent} does not exist; create it first or pick another.")
    if not os.access(parent, os.W_OK):
        raise UnsafeTarget(f"Seller Desk may not write in the folder {parent}.")
    return path


def check_kind(
    path: Path, *, extensions: Sequence[str] = (), force: bool = False, what: str = "file"
) -> None:
    """The checks on the target itself (its name, and what is there now), for writers that
    create the folder themselves. Raises :class:`UnsafeTarget`."""
    if extensions and path.suffix.lower() not in extensions:
        names = ", ".join(extensions)
        raise UnsafeTarget(
            f"{path} does not end in {names}, and a {what} is written only under such a name; "
            "choose a name ending in one of them (or another format)."
        )
    try:
        info = path.lstat()
    except (FileNotFoundError, NotADirectoryError):  # nothing there (the folder is checked later)
        info = None
    except OSError as error:
        raise UnsafeTarget(f"Cannot check {path}: {error.strerror or error}.") from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise UnsafeTarget(
                f"{path} is a symbolic link; Seller Desk does not write through links. "
                "Give the real file's path, or a new name."
            )
        if stat.S_ISDIR(info.st_mode):
            raise UnsafeTarget(f"{path} is a folder; give a file name inside it.")
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeTarget(
                f"{path} is not a regular file (a device, a pipe or a socket); "
                "Seller Desk writes only to regular files. Give a new file name."
            )
        if not force:
            raise UnsafeTarget(f"{path} already exists; choose another name, or add --force.")


def partial_path(path: Path) -> Path:
    """The temporary name beside ``path`` (hidden, unique to this process)."""
    return path.with_name(f".{path.name}.{os.getpid()}.partial")


def _failed(path: Path, error: OSError) -> WriteFailed:
    return WriteFailed(
        f"Writing {path} failed: {error.strerror or error}. Nothing was written "
        "(the partial file was removed)."
    )


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to fill; renamed over ``path`` when the block ends,
    removed if it raises. OSError becomes :class:`WriteFailed`."""
    partial = partial_path(path)
    try:
        yield partial
        os.replace(partial, path)
    except OSError as error:
        raise _failed(path, error) from error
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def open_binary(path: Path) -> Iterator[BinaryIO]:
    """A binary stream to a temporary file beside ``path``, renamed into place at the end."""
    with replacing(path) as partial, partial.open("xb") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


@contextmanager
def open_text(path: Path | None, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream (``newline=''``) to ``path`` as :func:`open_binary`, or standard output
    when ``path`` is None."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with replacing(path) as partial, partial.open("x", encoding=encoding, newline="") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())
