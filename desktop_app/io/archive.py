"""Seller Desk's archive: the whole shop in one file, checked member by member.

The file is a zip (``.sdarchive``). Zip rather than tar because it has a central directory
at the end, so a file cut short is known at once and nothing is read from it; each member
carries a CRC-32 that the reader checks; any member can be read alone (the manifest first);
and every system can open it to look inside. Like EPUB and OpenDocument files, its first
member is ``mimetype``, stored uncompressed, so the file is recognised by its first bytes even
when the rest is damaged.

Members:

- ``mimetype``: ``application/vnd.seller-desk.archive``;
- ``tables/NAME.jsonl``: one table, one JSON array per row in the manifest's column order,
  rows in primary-key order; times are ISO 8601 with their offset (UTC), days ISO dates;
- ``manifest.json`` (written last): the format version, the app version, the schema revision,
  and for each table its member, columns, row count and the SHA-256 of the member's bytes.

This module knows the file, not the database: :mod:`desktop_app.services.archive` fills and
empties it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from desktop_app.core.errors import DomainError

MIMETYPE = "application/vnd.seller-desk.archive"
MIMETYPE_MEMBER = "mimetype"
MANIFEST_MEMBER = "manifest.json"
FORMAT_NAME = "seller-desk-archive"
FORMAT_VERSION = 1
EXTENSION = ".sdarchive"
EXTENSIONS = (EXTENSION, ".zip")
_HEAD = b"PK\x03\x04"
_CHUNK = 1 << 20


class ArchiveError(DomainError):
    """The archive cannot be used: damaged, incomplete, from a newer Seller Desk. Nothing was
    written."""


def looks_like_archive(path: Path) -> bool:
    """Whether ``path`` starts like a Seller Desk archive (its first member is ``mimetype``
    holding our type), whatever its name; a damaged one is still recognised."""
    try:
        with path.open("rb") as stream:
            head = stream.read(30 + len(MIMETYPE_MEMBER) + len(MIMETYPE) + 64)
    except OSError:
        return False
    if not head.startswith(_HEAD):
        return False
    name_length = int.from_bytes(head[26:28], "little")
    extra_length = int.from_bytes(head[28:30], "little")
    name = head[30 : 30 + name_length]
    body = head[30 + name_length + extra_length :]
    return name == MIMETYPE_MEMBER.encode() and body.startswith(MIMETYPE.encode())


def member_name(table: str) -> str:
    return f"tables/{table}.jsonl"


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot archive a {type(value).__name__}")


@dataclass
class TableEntry:
    name: str
    columns: list[str]
    rows: int = 0
    sha256: str = ""

    @property
    def member(self) -> str:
        return member_name(self.name)

    def to_json(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "columns": self.columns,
            "rows": self.rows,
            "sha256": self.sha256,
        }


@dataclass
class Manifest:
    app_version: str
    schema_revision: str
    created_at: str
    format_version: int = FORMAT_VERSION
    tables: dict[str, TableEntry] = field(default_factory=dict)

    def rows(self, table: str) -> int:
        entry = self.tables.get(table)
        return entry.rows if entry else 0

    @property
    def total_rows(self) -> int:
        return sum(entry.rows for entry in self.tables.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "created_at": self.created_at,
            "tables": {name: entry.to_json() for name, entry in self.tables.items()},
        }

    @classmethod
    def from_json(cls, data: Any, where: str) -> Manifest:
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ArchiveError(f"{where} is not a Seller Desk archive (its manifest is not ours).")
        version = data.get("format_version")
        if not isinstance(version, int):
            raise ArchiveError(f"{where}: the manifest has no format version; it is damaged.")
        if version > FORMAT_VERSION:
            raise ArchiveError(
                f"{where} was made by a newer Seller Desk ({data.get('app_version', '?')}, "
                f"archive format {version}; this one reads up to {FORMAT_VERSION}). "
                "Update Seller Desk to restore it. Nothing was written."
            )
        try:
            tables = {
                name: TableEntry(
                    name,
                    [str(c) for c in entry["columns"]],
                    int(entry["rows"]),
                    str(entry["sha256"]),
                )
                for name, entry in data["tables"].items()
            }
            return cls(
                app_version=str(data["app_version"]),
                schema_revision=str(data["schema_revision"]),
                created_at=str(data["created_at"]),
                format_version=version,
                tables=tables,
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ArchiveError(
                f"{where}: the manifest is incomplete; the archive is damaged."
            ) from None


class ArchiveWriter:
    """Writes the members one table at a time, then the manifest (see the module's note)."""

    def __init__(self, stream: IO[bytes], manifest: Manifest) -> None:
        self.manifest = manifest
        self.zip = zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        self.zip.writestr(
            zipfile.ZipInfo(MIMETYPE_MEMBER), MIMETYPE, compress_type=zipfile.ZIP_STORED
        )

    def write_table(
        self, name: str, columns: Sequence[str], batches: Iterable[Sequence[Sequence[Any]]]
    ) -> TableEntry:
        """Write one table from ``batches`` of rows (each row a sequence in column order)."""
        entry = TableEntry(name, list(columns))
        digest = hashlib.sha256()
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_encode).encode
        with self.zip.open(entry.member, "w", force_zip64=True) as out:
            for batch in batches:
                if not batch:
                    continue
                chunk = ("\n".join(dumps(list(row)) for row in batch) + "\n").encode("utf-8")
                digest.update(chunk)
                out.write(chunk)
                entry.rows += len(batch)
        entry.sha256 = digest.hexdigest()
        self.manifest.tables[name] = entry
        return entry

    def abandon(self) -> None:
        """After a failure: let go of the stream (the partial file is removed by the caller)."""
        with contextlib.suppress(Exception):
            self.zip.close()

    def close(self) -> None:
        text = json.dumps(self.manifest.to_json(), indent=2, ensure_ascii=False)
        self.zip.writestr(MANIFEST_MEMBER, text)
        self.zip.close()


class ArchiveReader:
    """Opens an archive and reads its manifest; :meth:`verify` checks every member's bytes
    and rows against it; :meth:`rows` streams one table's rows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)
        if not looks_like_archive(path):
            raise ArchiveError(f"{path} is not a Seller Desk archive.")
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise ArchiveError(
                f"{path} is incomplete or damaged ({error}); it may have been cut short while "
                "being copied. Nothing was written."
            ) from None
        try:
            self.manifest = self._read_manifest()
        except BaseException:
            self.zip.close()
            raise

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.zip.close()

    def _damaged(self, what: str) -> ArchiveError:
        return ArchiveError(f"{self.where} is damaged: {what}. Nothing was written.")

    def _read_manifest(self) -> Manifest:
        names = set(self.zip.namelist())
        if MANIFEST_MEMBER not in names:
            raise self._damaged("its manifest is missing")
        try:
            data = json.loads(self.zip.read(MANIFEST_MEMBER).decode("utf-8"))
        except (zipfile.BadZipFile, ValueError, UnicodeDecodeError, OSError, EOFError) as error:
            raise self._damaged(f"its manifest cannot be read ({error})") from None
        manifest = Manifest.from_json(data, self.where)
        for entry in manifest.tables.values():
            if entry.member not in names:
                raise self._damaged(f"the member {entry.member} is missing")
        return manifest

    def _chunks(self, entry: TableEntry) -> Iterator[bytes]:
        try:
            with self.zip.open(entry.member) as stream:
                while chunk := stream.read(_CHUNK):
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as error:
            # a bad CRC is BadZipFile; bad compressed data is zlib.error
            raise self._damaged(f"{entry.member} cannot be read ({error})") from None

    def verify(self) -> None:
        """Check every member against the manifest (SHA-256 and row count); raise at the first
        difference."""
        for entry in self.manifest.tables.values():
            digest = hashlib.sha256()
            lines = 0
            for chunk in self._chunks(entry):
                digest.update(chunk)
                lines += chunk.count(b"\n")
            if digest.hexdigest() != entry.sha256:
                raise self._damaged(f"{entry.member} does not match its checksum")
            if lines != entry.rows:
                raise self._damaged(
                    f"{entry.member} holds {lines:,} rows where the manifest says {entry.rows:,}"
                )

    def rows(self, table: str, batch: int) -> Iterator[list[list[Any]]]:
        """One table's rows, ``batch`` at a time (lists of values in the manifest's column
        order)."""
        entry = self.manifest.tables[table]
        rest = b""
        out: list[list[Any]] = []
        line_number = 0
        for chunk in self._chunks(entry):
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            for line in lines:
                line_number += 1
                try:
                    row = json.loads(line)
                except ValueError:
                    raise self._damaged(
                        f"{entry.member}, line {line_number} is not a row"
                    ) from None
                out.append(row)
                if len(out) >= batch:
                    yield out
                    out = []
        if rest.strip():
            raise self._damaged(f"{entry.member} ends in the middle of a row")
        if out:
            yield out
