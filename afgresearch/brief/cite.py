"""Citations ``source_file:line`` in the brief, and a verifier that checks them against the corpus.

In the brief every citation is a Markdown code span holding ``path:line``; a quotation is
``“verbatim text”`` directly followed by its citation (``…`` after the closing mark says the
quote was cut). :func:`verify_citations` checks that each cited file exists under the corpus
folder, that the line exists and is not blank, and that each quote is a verbatim span of the
paragraph starting at that line (a paragraph may wrap over several lines; it ends at a blank
line). Whitespace differences are ignored.

Example
-------
>>> cite("a.txt", 3)
'`a.txt:3`'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from afgresearch.brief.errors import CorpusRootError
from afgresearch.brief.inert import Md, md_unescape, normalize_space
from afgresearch.corpus.discover import resolve_root
from afgresearch.corpus.errors import RejectError
from afgresearch.corpus.source import read_source

# a code span: backtick run not preceded by a backslash or backtick, content, the same run
_CODE_SPAN = re.compile(r"(?<![`\\])(?P<fence>`+)(?!`)(?P<body>.+?)(?<!`)(?P=fence)(?!`)")
_CITATION_BODY = re.compile(r"^(?P<path>.+):(?P<line>[1-9]\d*)$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def cite(source_file: str, line: int) -> Md:
    """Return the Markdown citation of ``source_file`` at 1-based ``line``.

    Parameters
    ----------
    source_file : str
        Path of the file relative to the corpus folder, as in the tables.
    line : int
        1-based line number.

    Returns
    -------
    Md
        A code span (longer fences when the path itself holds backticks).

    Example
    -------
    >>> cite("odd`name.txt", 7)
    '``odd`name.txt:7``'
    """
    body = f"{source_file}:{int(line)}"
    runs = [len(m) for m in re.findall(r"`+", body)]
    fence = "`" * (max(runs, default=0) + 1)
    if body.startswith("`") or body.endswith("`"):
        body = f" {body} "
    return Md(f"{fence}{body}{fence}")


@dataclass(frozen=True, order=True)
class Citation:
    """One citation found in a brief: where it points and the quote it carries (if any).

    Example
    -------
    >>> Citation(1, "a.txt", 2, "x").path
    'a.txt'
    """

    brief_line: int
    path: str
    line: int
    quote: str | None = None


def find_citations(brief_md: str) -> list[Citation]:
    """Return every citation in ``brief_md``, with the quote directly before it if there is one.

    Example
    -------
    >>> find_citations("- “a \\\\| b” `f.txt:2` and `g.txt:5`")
    [Citation(brief_line=1, path='f.txt', line=2, quote='a | b'), Citation(brief_line=1, path='g.txt', line=5, quote=None)]
    """
    found: list[Citation] = []
    for number, text in enumerate(brief_md.split("\n"), start=1):
        start_of_segment = 0
        for span in _CODE_SPAN.finditer(text):
            body = span.group("body")
            if body.startswith(" ") and body.endswith(" ") and body.strip():
                body = body[1:-1]
            match = _CITATION_BODY.match(body)
            if not match:
                continue
            segment = text[start_of_segment : span.start()]
            pipes = list(_UNESCAPED_PIPE.finditer(segment))
            if pipes:
                segment = segment[pipes[-1].end() :]
            found.append(
                Citation(
                    number, match.group("path"), int(match.group("line")), _quote_before(segment)
                )
            )
            start_of_segment = span.end()
    return found


def _quote_before(segment: str) -> str | None:
    """The quote ``“...”`` (optionally followed by ``…``) that ends ``segment``, if any."""
    tail = re.search(r"”…?\s*$", segment)
    if not tail:
        return None
    opening = segment.find("“")
    if opening < 0 or opening >= tail.start():
        return None
    return md_unescape(segment[opening + 1 : tail.start()])


class _Corpus:
    """Reads cited files once each through the corpus reader (same decoding, same line numbers)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lines: dict[str, list[str] | str] = {}

    def lines(self, path: str) -> list[str] | str:
        """The file's lines, or a string saying why they cannot be read."""
        if path not in self._lines:
            self._lines[path] = self._read(path)
        return self._lines[path]

    def _read(self, path: str) -> list[str] | str:
        pure = PurePosixPath(path.replace("\\", "/"))
        if pure.is_absolute() or ".." in pure.parts or re.match(r"^[A-Za-z]:", path):
            return "path is not inside the corpus folder"
        target = self.root.joinpath(*pure.parts)
        try:
            resolved = target.resolve()
            if not resolved.is_relative_to(self.root.resolve()):
                return "path leads outside the corpus folder"
            if not resolved.exists():
                return "file does not exist in the corpus folder"
            return list(read_source(resolved, path).lines)
        except OSError as exc:
            return f"file cannot be read ({exc.strerror or exc.__class__.__name__})"
        except RejectError as exc:
            return f"file cannot be read ({exc})"


def paragraph_at(lines: list[str], line: int) -> str:
    """The paragraph starting at 1-based ``line``: that line and the following non-blank lines.

    Example
    -------
    >>> paragraph_at(["a", "b", "", "c"], 1)
    'a b'
    """
    out: list[str] = []
    for text in lines[line - 1 :]:
        if not text.strip():
            break
        out.append(text)
    return normalize_space(" ".join(out))


def verify_citations(brief_md_text: str, corpus_root: str | os.PathLike[str]) -> list[str]:
    """Check every citation in a brief against the corpus; return the problems found.

    Parameters
    ----------
    brief_md_text : str
        The brief in Markdown.
    corpus_root : path
        The corpus the cited paths are relative to: its folder, or the file when the corpus is
        one file (its folder is the root, as :func:`afgresearch.load_corpus` takes it).

    Returns
    -------
    list of str
        One message per problem, ``"brief line N: path:line: reason"``; empty when every
        citation resolves and every quote is verbatim.

    Example
    -------
    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp()); _ = (root / "a.txt").write_text("One two\\nthree.\\n")
    >>> verify_citations("“two three.” `a.txt:1`", root)
    []
    >>> verify_citations("`a.txt:9`", root)
    ['brief line 1: a.txt:9: line 9 does not exist (the file has 2 lines)']
    """
    root = Path(corpus_root)
    if root.is_file():
        root = resolve_root([root], None)
    if not root.is_dir():
        raise CorpusRootError(f"corpus folder {str(root)!r} does not exist or is not a folder")
    corpus = _Corpus(root)
    problems: list[str] = []
    for ref in find_citations(brief_md_text):
        where = f"brief line {ref.brief_line}: {ref.path}:{ref.line}"
        lines = corpus.lines(ref.path)
        if isinstance(lines, str):
            problems.append(f"{where}: {lines}")
            continue
        if ref.line > len(lines):
            problems.append(
                f"{where}: line {ref.line} does not exist (the file has {len(lines)} lines)"
            )
            continue
        paragraph = paragraph_at(lines, ref.line)
        if not paragraph:
            problems.append(f"{where}: line {ref.line} is blank")
        elif ref.quote is not None and normalize_space(ref.quote) not in paragraph:
            problems.append(
                f"{where}: quote {normalize_space(ref.quote)[:80]!r} is not in the paragraph "
                f"starting at line {ref.line}"
            )
    return problems
