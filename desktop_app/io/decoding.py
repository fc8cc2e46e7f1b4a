"""Bytes to text, line by line, never replacing a character without saying so.

Default: UTF-8, with or without a byte-order mark. When a line is not UTF-8 and everything
before it was plain ASCII, the file is taken as Cp1252 (US/EU Amazon flat files) from then on
(domain.md, "Encodings differ by marketplace"). Otherwise undecodable bytes are a problem of
their line: the line is still handed on (with replacement characters) so that parsing can
continue, and the reader rejects the row that contains it.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from desktop_app.core.text import Msg
from desktop_app.io.errors import ReadError

UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# What sellers type, and what Python calls it. Shift_JIS files from Windows are really CP932,
# a superset, so reading them as CP932 loses nothing.
ALIASES = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "s-jis": "cp932",
    "windows-1252": "cp1252",
    "win1252": "cp1252",
    "latin-1": "latin-1",
    "utf8": "utf-8",
    "utf-8-sig": "utf-8",
}


def python_encoding(name: str) -> str:
    """The codec for a name the seller gave; ReadError for an unknown or unusable one."""
    key = name.strip().lower()
    codec = ALIASES.get(key, key)
    try:
        info = codecs.lookup(codec)
    except LookupError:
        raise ReadError(f"unknown encoding {name!r}") from None
    if info.name.startswith(("utf-16", "utf-32")):
        raise ReadError(
            Msg(
                "Import", "{encoding} files cannot be read line by line; save the file as UTF-8"
            ).format(encoding=name)
        )
    return info.name


MAX_LINE_BYTES = 1_000_000  # a report's line is a few hundred bytes; a megabyte is not a line
_CHUNK = 1 << 16


def physical_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """The file's lines, each with its ending, split at CR LF, LF or a lone CR (old Mac and
    mixed files); ``None`` for a line longer than ``limit`` bytes, which is skipped in bounded
    memory instead of being read whole."""
    carry = b""
    skipping = False
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        lines = (carry + chunk).splitlines(keepends=True)
        last = lines.pop()
        # the last piece may go on in the next chunk (a CR may be half of a CR LF)
        if last.endswith(b"\n"):
            lines.append(last)
            carry = b""
        else:
            carry = last
        for line in lines:
            if skipping:
                skipping = False  # the end of the overlong line
                continue
            yield None if len(line) > limit else line
        if len(carry) > limit:
            if not skipping:
                yield None
            skipping = True
            carry = carry[-1:] if carry.endswith(b"\r") else b""
    if carry and not skipping:
        yield None if len(carry) > limit else carry


@dataclass(frozen=True, slots=True)
class LineProblem:
    message: str
    column: int | None  # 0-based column of the bad bytes, when the delimiter is known


class LineDecoder:
    """Iterate the decoded physical lines of ``stream`` (line endings kept, as csv wants).

    ``line`` is the number of the last line handed out (1-based); ``problems`` maps line
    numbers to what was wrong with their bytes; ``bytes_read`` drives progress bars.
    """

    def __init__(self, stream: BinaryIO, encoding: str | None = None) -> None:
        self._stream = stream
        self._explicit = python_encoding(encoding) if encoding else None
        self.encoding = self._explicit or "utf-8"
        self.line = 0
        self.bytes_read = 0
        self.problems: dict[int, LineProblem] = {}
        self.delimiter: str | None = None
        self.had_bom = False

    @property
    def label(self) -> str:
        names = {"utf-8": "UTF-8", "cp1252": "Cp1252", "cp932": "Shift_JIS"}
        return names.get(self.encoding, self.encoding)

    def __iter__(self) -> Iterator[str]:
        first = True
        auto = self._explicit is None  # UTF-8 until proven otherwise, then maybe Cp1252
        encoding = self.encoding
        for raw in physical_lines(self._stream):
            self.line += 1
            if raw is None:  # a line over the limit, skipped unread
                self.problems[self.line] = LineProblem(
                    f"the line is longer than {MAX_LINE_BYTES // 1_000_000} MB; it was not "
                    "read (is this really a report file?)",
                    None,
                )
                yield "\n"
                continue
            self.bytes_read += len(raw)
            if first:
                first = False
                if raw.startswith(_UTF16_BOMS) and not raw.startswith(UTF8_BOM):
                    raise ReadError(Msg("Import", "the file is UTF-16; save it as UTF-8"), line=1)
                if raw.startswith(UTF8_BOM) and encoding == "utf-8":
                    raw = raw[3:]
                    self.had_bom = True
                    auto = False
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as error:
                if auto:  # only plain ASCII so far: the file is Cp1252
                    auto = False
                    encoding = self.encoding = "cp1252"
                    try:
                        text = raw.decode(encoding)
                    except UnicodeDecodeError as again:
                        text = self._problem(raw, again)
                else:
                    text = self._problem(raw, error)
            else:
                if auto and not raw.isascii():
                    auto = False  # real UTF-8 text seen: no fallback any more
            yield text

    def _problem(self, raw: bytes, error: UnicodeDecodeError) -> str:
        bad = raw[error.start : min(error.end, error.start + 4)].hex(" ")
        message = Msg(
            "Import",
            "bytes {bytes} cannot be read as {encoding} (choose the file's encoding, e.g. "
            "Cp1252 or Shift_JIS)",
        ).format(bytes=bad, encoding=self.label)
        prefix = raw[: error.start].decode(self.encoding, errors="replace")
        column = prefix.count(self.delimiter) if self.delimiter else None
        self.problems[self.line] = LineProblem(message, column)
        return raw.decode(self.encoding, errors="replace")
