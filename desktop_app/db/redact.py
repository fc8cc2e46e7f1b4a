"""One credential mask for every text Seller Desk shows or logs.

A database address can carry a secret in several forms, and any of them can end up in a
message, a log line, a window title or a driver's error:

- the user info of a URL, ``postgresql://user:PASSWORD@host/db``, where a hand-typed password
  may hold unencoded ``/``, ``#``, ``?`` or even ``@`` (the host follows the *last* ``@``);
- URL query parameters ``password=``, ``passfile=``, ``sslpassword=``;
- libpq ``key=value`` strings, ``host=h password='se cret'``.

:func:`redact` masks all of them in any text. :func:`normalise_url` re-encodes a URL whose raw
password would otherwise be split at the wrong ``@`` (so the driver sees the right host and the
password's tail never shows up as a host name in an error). Secrets of the URLs the app was
given are remembered (:func:`remember_secrets`) and masked wherever they appear verbatim, even in
a driver's own words.

Nothing here imports SQLAlchemy: the window resolves its database before its first paint.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

MASK = "***"
SECRET_KEYS = ("password", "passfile", "sslpassword", "pgpassword")
_MIN_REMEMBERED = 3  # shorter secrets are masked in their URL forms only

_SCHEME = re.compile(r"\b([A-Za-z][A-Za-z0-9+.\-]*)://")
# what follows the last '@' of the user info: a host (or [ipv6]), an optional port, then the end,
# a path or a query
_HOST_AFTER_AT = re.compile(r"(\[[^\]\s]*\]|[^\s/?#@\[\]'\"]*)(:\d*)?(?=[/?\s'\"]|$)")
_KEYS = "|".join(SECRET_KEYS)
# in a URL's query: the value runs to the next '&' (or '#', whitespace, a quote)
_QUERY_SECRET = re.compile(rf"(?i)([?&](?:{_KEYS})=)[^&#\s'\"]*")
# in a libpq key=value string: a quoted value with backslash escapes, or up to whitespace
_KEYWORD_SECRET = re.compile(
    rf"(?i)(?<![\w?&])((?:{_KEYS})\s*=\s*)('(?:[^'\\]|\\.)*'?|\"(?:[^\"\\]|\\.)*\"?|\S*)"
)

_remembered: set[str] = set()


def _split_userinfo(text: str, start: int) -> tuple[int, int] | None:
    """In ``text``, after a ``scheme://`` ending at ``start``: the span of the user info
    (without its '@'), taking the last '@' that a host follows; None when there is none."""
    end = len(text)
    # the address ends at whitespace followed by no more of it: look only at this token, but
    # let a password hold anything but whitespace
    space = re.search(r"\s", text[start:])
    if space is not None:
        end = start + space.start()
    next_scheme = _SCHEME.search(text, start, end)
    if next_scheme is not None:
        end = next_scheme.start()
    at = text.rfind("@", start, end)
    while at != -1:
        if _HOST_AFTER_AT.match(text, at + 1, end) is not None:
            return start, at
        at = text.rfind("@", start, at)
    return None


def _userinfo_parts(url: str) -> tuple[str, str, str | None, str] | None:
    """(``scheme://``, user, password or None, the rest after '@'), read the careful way."""
    match = _SCHEME.match(url)
    if match is None:
        return None
    span = _split_userinfo(url, match.end())
    if span is None:
        return None
    userinfo = url[span[0] : span[1]]
    user, colon, password = userinfo.partition(":")
    return url[: match.end()], user, password if colon else None, url[span[1] + 1 :]


def normalise_url(url: str) -> str:
    """The same address with its user name and password percent-encoded where a raw ``@``,
    ``/``, ``?``, ``#`` or ``:`` would make a URL parser split them at the wrong place."""
    parts = _userinfo_parts(url)
    if parts is None or parts[0].lower().startswith("sqlite"):
        return url
    scheme, user, password, rest = parts
    if password is None or not re.search(r"[@/?#:\[\]\s]", user + password):
        return url
    safe = "%!$&'()*+,;=-._~"  # what is already encoded stays as it is
    return f"{scheme}{quote(user, safe=safe)}:{quote(password, safe=safe)}@{rest}"


def secrets_of(url: str) -> set[str]:
    """The secrets in ``url``: its password (raw and decoded) and secret query values."""
    found: set[str] = set()
    parts = _userinfo_parts(url)
    if parts is not None and parts[2]:
        found |= {parts[2], unquote(parts[2])}
    for match in re.finditer(rf"(?i)[?&](?:{_KEYS})=([^&#]*)", url):
        found |= {match.group(1), unquote(match.group(1))}
    for match in _KEYWORD_SECRET.finditer(url):
        value = match.group(2).strip("'\"")
        found.add(value)
    return {s for s in found if len(s) >= _MIN_REMEMBERED}


def remember_secrets(url: str) -> None:
    """Mask this address's secrets wherever they appear from now on (driver errors, logs)."""
    _remembered.update(secrets_of(url))


def forget_secrets() -> None:
    """For tests: start again with no remembered secret."""
    _remembered.clear()


def _mask_userinfo(text: str) -> str:
    out: list[str] = []
    pos = 0
    for match in _SCHEME.finditer(text):
        if match.start() < pos:
            continue
        span = _split_userinfo(text, match.end())
        if span is None:
            continue
        userinfo = text[span[0] : span[1]]
        user, colon, _password = userinfo.partition(":")
        if not colon:
            continue
        out.append(text[pos : span[0]])
        out.append(f"{user}:{MASK}")
        pos = span[1]
    out.append(text[pos:])
    return "".join(out)


def redact(text: str) -> str:
    """``text`` with every password, pass file and remembered secret replaced by ``***``."""
    if not text:
        return text
    for secret in sorted(_remembered, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
        encoded = quote(secret, safe="")
        if encoded != secret and encoded in text:
            text = text.replace(encoded, MASK)
    text = _mask_userinfo(text)
    text = _QUERY_SECRET.sub(lambda m: m.group(1) + MASK, text)
    return _KEYWORD_SECRET.sub(lambda m: m.group(1) + MASK, text)
