"""The written brief: Markdown from a Jinja2 template, safe HTML, citations that check.

Example
-------
>>> from afgresearch.brief import md_inert, render_html
>>> "<img" in render_html(md_inert('<img src=x onerror="alert(1)">'))
False
"""

from afgresearch.brief.cite import cite, find_citations, verify_citations
from afgresearch.brief.compare import compare_tables, load_run_tables
from afgresearch.brief.context import build_context
from afgresearch.brief.errors import (
    BriefError,
    BriefOutputError,
    BriefTableError,
    CitationCheckError,
    CorpusRootError,
    PreviousRunError,
)
from afgresearch.brief.inert import Md, md_inert, md_unescape
from afgresearch.brief.inputs import read_brief_tables
from afgresearch.brief.render import CONTENT_SECURITY_POLICY, SAFE_SCHEMES, render_html
from afgresearch.brief.write import render_markdown, write_brief

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "SAFE_SCHEMES",
    "BriefError",
    "BriefOutputError",
    "BriefTableError",
    "CitationCheckError",
    "CorpusRootError",
    "Md",
    "PreviousRunError",
    "build_context",
    "cite",
    "compare_tables",
    "find_citations",
    "load_run_tables",
    "md_inert",
    "md_unescape",
    "read_brief_tables",
    "render_html",
    "render_markdown",
    "verify_citations",
    "write_brief",
]
