"""Read a file's bytes safely and decode them to text.

Decisions:

* Files over ``max_bytes`` are rejected from their size alone (nothing is read).
* Binary data is rejected: NUL bytes in the first 8 KiB (except UTF-16/32 text), known
  binary signatures (PDF, ZIP/Office, gzip, PNG, JPEG, GIF, ELF, SQLite, ...), or more than 1% of
  control characters after decoding.
* A byte-order mark decides the encoding (UTF-8, UTF-16, UTF-32). UTF-16 without one (Windows
  tools that write "Unicode" text) is told by its NUL bytes (:func:`utf16_without_bom`): every
  NUL of the first 8 KiB stands on the same side of its byte pair, as the high byte of a Latin
  character does, and the bytes decode as UTF-16. Otherwise strict UTF-8 is tried;
  UTF-8 cut off inside the last character (a truncated download) is decoded with the incomplete
  bytes dropped and a warning logged, provided the rest of the file already holds multi-byte UTF-8
  (a pure-ASCII file ending in one high byte is more likely cp1252 or latin-1). A file whose
  valid UTF-8 part already holds multi-byte characters has mixed encodings: its invalid bytes are
  decoded as cp1252 and a warning logged. Other bytes:
  with fewer than ``MIN_HIGH_BYTES_TO_DETECT`` non-ASCII bytes, statistics cannot tell encodings
  apart and cp1252 (the web's default legacy encoding) is used if it fits; otherwise
  charset-normalizer picks the encoding (cp1252, latin-1, cp1251, ...); if it finds none, the file
  is rejected as undecodable.
* Western text with typographic punctuation is windows-1252 before any statistics (the rule the
  WHATWG encoding standard follows by mapping latin-1 to windows-1252): a file that decodes under
  cp1252 with no undefined byte, whose non-ASCII characters are mostly cp1252's typographic
  punctuation (curly quotes, dashes, ellipsis, bullet, NBSP, ``·``, ``©``, guillemets) and whose
  punctuation stands where punctuation stands (not inside a word, apart from the apostrophe and
  closed-up dashes) is decoded as cp1252. Single-byte code pages for other scripts put letters at
  those bytes (cp852's ``ô ö ĺ`` for ``“ ” ’``), and their text puts them inside words;
  charset-normalizer ranks such code pages first on mostly-ASCII English, so it is not asked.
  A latin-1 verdict is read as cp1252 where cp1252 fits (the two differ only in 0x80-0x9F, C1
  control codes in latin-1 and punctuation in cp1252). Text whose non-ASCII characters are
  mostly letters is left to charset-normalizer: letters shared by Latin code pages cannot be told
  apart without language statistics (Czech cp1250 without ``ť`` reads as cp1252 letters with no undefined byte).

Example
-------
>>> decode_bytes("café".encode("cp1252"), "x.txt")
'café'
"""

from __future__ import annotations

import codecs
import logging
import os
import re
from collections import Counter
from pathlib import Path

import charset_normalizer

from afgresearch.corpus.errors import (
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    UndecodableError,
    UnreadableFileError,
)

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
SNIFF_BYTES = 8192
MAX_CONTROL_RATIO = 0.01
#: below this many non-ASCII bytes, statistical detection has too little to go on
MIN_HIGH_BYTES_TO_DETECT = 8
#: share of the byte pairs of UTF-16 text without a BOM that hold a NUL (spaces alone give this)
UTF16_MIN_NUL_SHARE = 0.05
#: share of the code units of UTF-16 text whose high byte is one of its two commonest: text in
#: one script and ASCII (NUL for ASCII, 0x06 for Arabic script, 0x04 for Cyrillic)
UTF16_MIN_SCRIPT_SHARE = 0.9

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "OLE2 (old Office) document"),
    (b"PAR1", "Parquet file"),
)
#: byte-order marks and the codec that reads past them (UTF-32-LE's opens like UTF-16-LE's: first)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def check_size(path: Path, max_bytes: int) -> int:
    """Return the file size, raising :class:`FileTooLargeError` above ``max_bytes``."""
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise UnreadableFileError(f"cannot read file: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise FileTooLargeError(
            f"file too large to be a news dump: {size:,} bytes > limit {max_bytes:,} (max_bytes)"
        )
    return size


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Return the bytes of ``path`` after the size check; never reads past ``max_bytes``."""
    check_size(path, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise FileTooLargeError(f"file too large to be a news dump: more than {max_bytes:,} bytes")
    return data


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


_FALLBACK = "afgresearch-corpus-cp1252"
codecs.register_error(_FALLBACK, _cp1252_fallback)


def utf16_without_bom(data: bytes) -> str | None:
    """``'utf-16-le'`` or ``'utf-16-be'`` where ``data`` is UTF-16 text without a byte-order
    mark, else ``None``.

    Class: "Unicode" text saved by Windows tools (Notepad's older default, PowerShell's ``>``
    redirection, database exports) with the mark left off. In the first ``SNIFF_BYTES``, at least
    ``UTF16_MIN_NUL_SHARE`` of the byte pairs hold a NUL, every NUL stands on the same side of its
    pair (the high byte of an ASCII or Latin-1 character; spaces and digits give it in every
    script), two values make at least ``UTF16_MIN_SCRIPT_SHARE`` of that side's bytes (the high
    bytes of one script and of ASCII; the letters of 8-bit text with a stray NUL are many), and
    the bytes decode as UTF-16 with no lone surrogate.

    Example
    -------
    >>> utf16_without_bom("Talks resume in Kabul.".encode("utf-16-le"))
    'utf-16-le'
    >>> utf16_without_bom("Kabul, Herat".encode("utf-8")), utf16_without_bom(b"")
    (None, None)
    """
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0 : 2 * pairs : 2], head[1 : 2 * pairs : 2]
    low, high = even.count(0), odd.count(0)
    if min(low, high) or max(low, high) < UTF16_MIN_NUL_SHARE * pairs:
        return None
    commonest = Counter(odd if high else even).most_common(2)
    if sum(n for _, n in commonest) < UTF16_MIN_SCRIPT_SHARE * pairs:
        return None
    encoding = "utf-16-le" if high else "utf-16-be"
    try:
        # a code unit cut at the end of the window (a surrogate pair's half) is not an error
        codecs.getincrementaldecoder(encoding)().decode(head[: 2 * pairs], final=False)
    except UnicodeDecodeError:
        return None
    return encoding


def sniff_binary(data: bytes) -> str | None:
    """Return a description of the binary format of ``data``, or ``None`` if it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if any(data.startswith(bom) for bom, _ in BOMS) or utf16_without_bom(data):
        return None
    if b"\x00" in data[:SNIFF_BYTES]:
        return "binary data (NUL bytes)"
    return None


#: control characters that text does not hold (all below U+0020 but tab and the line ends, and DEL)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode file bytes to text following the module's rules.

    Parameters
    ----------
    data : the file content.
    name : the file name used in log messages.

    Returns
    -------
    The text. Raises :class:`EmptyFileError`, :class:`BinaryFileError` or
    :class:`UndecodableError` (all :class:`RejectError`).
    """
    if not data.strip():
        raise EmptyFileError("empty file" if not data else "file holds only whitespace")
    kind = sniff_binary(data)
    if kind:
        raise BinaryFileError(f"binary file: {kind}")
    text: str | None = None
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableError(
                    f"invalid {encoding} after byte-order mark: {exc.reason}"
                ) from None
            break
    if text is None and (wide := utf16_without_bom(data)):
        # a last odd byte is a cut-off download's, as for truncated UTF-8
        text = data[: len(data) - len(data) % 2].decode(wide, errors="replace")
        log.info("%s: UTF-16 without a byte-order mark; decoded as %s", name, wide)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            head = data[: exc.start]
            if (
                exc.start >= len(data) - 3
                and exc.reason == "unexpected end of data"
                and any(b >= 0x80 for b in head)
            ):
                text = data[: exc.start].decode("utf-8")
                log.warning(
                    "%s: truncated UTF-8 at the end of the file; incomplete character dropped", name
                )
            elif any(b >= 0x80 for b in head):
                # valid multi-byte UTF-8 before the first bad byte: a file of mixed encodings
                text = data.decode("utf-8", errors=_FALLBACK)
                log.warning("%s: mixed encodings; bytes that are not UTF-8 decoded as cp1252", name)
            else:
                text = _legacy_decode(data)
                log.info("%s: not UTF-8; decoded as a legacy encoding", name)
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        raise BinaryFileError("binary file: too many control characters for text")
    if not text.strip():
        raise EmptyFileError("file holds only whitespace")
    return text


#: cp1252's typographic punctuation and symbols (0x80-0x9F and the Latin-1 ones Western text uses)
_CP1252_PUNCTUATION = frozenset("€‚„…†‡‰‹‘’“”•–—™›\xa0·©®«»°")
#: punctuation that stands inside a word in Western text: the apostrophe, closed-up dashes
_WORD_INTERNAL_PUNCTUATION = frozenset("’–—")


def looks_windows_1252(data: bytes) -> bool:
    """Return True when non-UTF-8 ``data`` is Western text with cp1252 typographic punctuation.

    The bytes must decode under cp1252 with no undefined byte; more than half of the non-ASCII
    characters must be cp1252 punctuation; and at most one in twenty of these may stand between
    two letters (other than the apostrophe and dashes), as the letters of another code page do.

    Example
    -------
    >>> looks_windows_1252("He said \u201cno\u201d \u2014 twice.".encode("cp1252"))
    True
    >>> looks_windows_1252("Dzi\u0119kuj\u0119, \u0142\u00f3d\u017a".encode("cp852"))
    False
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = punctuation = inside_word = 0
    for i, ch in enumerate(text):
        if ord(ch) < 0x80:
            continue
        high += 1
        if ch not in _CP1252_PUNCTUATION:
            continue
        punctuation += 1
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch not in _WORD_INTERNAL_PUNCTUATION and before.isalpha() and after.isalpha():
            inside_word += 1
    return high > 0 and punctuation * 2 > high and inside_word * 20 <= punctuation


def _legacy_decode(data: bytes) -> str:
    """Decode non-UTF-8 bytes: cp1252 when few bytes are non-ASCII or the text is Western with
    typographic punctuation, else charset-normalizer (a latin-1 verdict read as cp1252)."""
    high = sum(1 for b in data if b >= 0x80)
    if high < MIN_HIGH_BYTES_TO_DETECT or looks_windows_1252(data):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    # without a BOM and without NUL bytes, UTF-16/32 guesses are spurious
    matches = [
        m
        for m in charset_normalizer.from_bytes(data)
        if not m.encoding.startswith(("utf_16", "utf_32"))
    ]
    best = matches[0] if matches else None
    if best is None:
        raise UndecodableError("undecodable bytes: not UTF-8 and no known encoding fits")
    if best.encoding == "latin_1":
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)
