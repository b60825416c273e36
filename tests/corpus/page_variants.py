"""Invented copied web pages and Markdown digests with systematic furniture variants.

Each :class:`Item` is an invented news item (no dev text). :func:`web_page` lays items out as
copied web pages (blank lines between paragraphs) with a chosen set of lines around the
headline and after the body; :func:`digest` lays them out as a Markdown digest. :func:`score`
segments the dump and counts per item whether the start line, the body lines and the title came
out right, the body lines lost and the articles titled with a furniture line.

Run ``python -m tests.corpus.page_variants`` for the table of every variant class.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from afgresearch.corpus.textdump import segment_text
from tests.corpus.paragraph_variants import _norm, print_scores


@dataclass(frozen=True)
class Item:
    """An invented news item: headline, section kicker, byline, date, outlet and paragraphs."""

    headline: str
    kicker: str
    byline: str
    date: str
    outlet: str
    slug: str
    paragraphs: tuple[str, ...]


ITEMS: tuple[Item, ...] = (
    Item(
        headline="Floods wash away bridges in Baghlan villages",
        kicker="WORLD",
        byline="Nadia Karimi",
        date="12 May 2025",
        outlet="Northern Observer",
        slug="world/2025/05/12/baghlan-floods-bridges",
        paragraphs=(
            "Flash floods swept through several villages in Baghlan province on Sunday, "
            "destroying at least four bridges, local officials said.",
            "Residents said the water rose within an hour after heavy rain in the hills.",
            "Aid groups sent tents and food to the worst-hit district on Monday.",
        ),
    ),
    Item(
        headline="Kazakhstan ships first wheat cargo by rail to Herat",
        kicker="Asia Pacific",
        byline="Timur Seitkali",
        date="4 February 2025",
        outlet="Steppe Business Daily",
        slug="business/kazakh-wheat-rail-herat",
        paragraphs=(
            "The first trainload of Kazakh wheat reached a rail terminal near Herat on "
            "Tuesday, the railway company said.",
            "Traders expect the route to cut transport costs by about a third.",
            "A second cargo is due to leave Almaty later this month.",
            "Millers in the west said the flour price had already started to fall.",
        ),
    ),
    Item(
        headline="Midwives trained in Ghor as maternal deaths stay high",
        kicker="Health",
        byline="Saba Hamidi",
        date="19 August 2024",
        outlet="Mountain Health Report",
        slug="health/ghor-midwives-training",
        paragraphs=(
            "Forty women finished an eighteen-month midwifery course in Ghor province last "
            "week, the charity that ran it said.",
            "The province has one of the highest rates of maternal deaths in the region.",
            "Graduates will work in clinics in remote valleys that are cut off in winter.",
        ),
    ),
    Item(
        headline="Kabul traders protest new tax on imported fuel",
        kicker="Business",
        byline="Javed Sultani",
        date="27 October 2024",
        outlet="Capital Market Wire",
        slug="business/kabul-fuel-tax-protest",
        paragraphs=(
            "Fuel traders closed their shops in the capital on Saturday to protest a new tax "
            "on imported diesel and petrol.",
            "The finance ministry said the tax would fund road repairs.",
            "Drivers reported long queues at the few petrol stations that stayed open.",
        ),
    ),
    Item(
        headline="Archaeologists map damaged Buddhist site near Mes Aynak",
        kicker="Culture",
        byline="Elena Marsh",
        date="9 June 2025",
        outlet="Heritage Review",
        slug="culture/mes-aynak-survey",
        paragraphs=(
            "A team of archaeologists completed a survey of a damaged monastery complex near "
            "the copper mine at Mes Aynak this month.",
            "The team used drones to map walls and stupas buried under rubble.",
            "Researchers said parts of the site could be lost if mining resumes.",
            "The survey results will be shared with the national museum.",
        ),
    ),
    Item(
        headline="Earthquake shakes Badakhshan, no casualties reported",
        kicker="Asia",
        byline="Rustam Nazarov",
        date="2 December 2024",
        outlet="Pamir Times Online",
        slug="asia/badakhshan-earthquake",
        paragraphs=(
            "A magnitude 5.1 earthquake struck the mountains of Badakhshan early on Monday, "
            "the geological survey said.",
            "Residents of Faizabad said they felt strong shaking for several seconds.",
            "The disaster authority said it had no reports of casualties or damage.",
        ),
    ),
)


@dataclass
class Laid:
    """A laid-out dump with what a reader should find per item: the lines a start may fall on
    (1-based, first to last), the title, the body lines."""

    text: str
    starts: list[tuple[int, int]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    bodies: list[list[int]] = field(default_factory=list)


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []

    def put(self, *lines: str) -> int:
        """Put ``lines`` followed by a blank line; return the 1-based number of the first."""
        at = len(self.out) + 1
        for line in lines:
            self.out.append(line)
        self.out.append("")
        return at

    def raw(self, line: str) -> int:
        self.out.append(line)
        return len(self.out)


#: web-page furniture: name -> (lines above the headline, lines between headline and lead,
#: lines after the body); each a function of the item
Furniture = tuple[
    Callable[[Item], list[str]], Callable[[Item], list[str]], Callable[[Item], list[str]]
]

_NONE: Callable[[Item], list[str]] = lambda it: []  # noqa: E731

WEB: dict[str, Furniture] = {
    "plain": (_NONE, _NONE, _NONE),
    "kicker above": (lambda it: [it.kicker], _NONE, _NONE),
    "breadcrumb >": (lambda it: [f"Home > {it.kicker} > Asia"], _NONE, _NONE),
    "breadcrumb /": (lambda it: ["Home / News"], _NONE, _NONE),
    "date above": (lambda it: [it.date], _NONE, _NONE),
    "date below": (_NONE, lambda it: [it.date], _NONE),
    "byline By": (_NONE, lambda it: [f"By {it.byline}"], _NONE),
    "byline bare + date": (_NONE, lambda it: [it.byline, it.date], _NONE),
    "updated line": (_NONE, lambda it: [f"By {it.byline}", f"Updated {it.date}"], _NONE),
    "last modified + reading time": (
        _NONE,
        lambda it: [f"Last modified on {it.date}", "4 min read"],
        _NONE,
    ),
    "caption + photo credit": (
        _NONE,
        lambda it: [
            f"By {it.byline}",
            "A view of the area on a file photo taken last year.",
            "Photo: AFP/Getty Images",
        ],
        _NONE,
    ),
    "share row": (_NONE, lambda it: ["Share", "Facebook", "Twitter", "WhatsApp"], _NONE),
    "follow row": (_NONE, lambda it: [f"By {it.byline}", "Follow us on X and Telegram"], _NONE),
    "related list": (
        _NONE,
        _NONE,
        lambda it: [
            "Related:",
            "Aid convoy reaches northern valley",
            "Road to provincial capital reopens",
        ],
    ),
    "read more links": (
        _NONE,
        _NONE,
        lambda it: ["Read more:", "Winter aid appeal falls short", "Read more"],
    ),
    "newsletter box": (
        _NONE,
        _NONE,
        lambda it: [
            "Sign up for our daily newsletter",
            "Enter your email address",
            "Subscribe",
        ],
    ),
    "comment counter": (_NONE, _NONE, lambda it: ["12 Comments", "Leave a comment"]),
    "copyright footer": (
        _NONE,
        _NONE,
        lambda it: [f"© 2025 {it.outlet}. All rights reserved."],
    ),
    "everything": (
        lambda it: [f"Home > {it.kicker}", it.kicker],
        lambda it: [
            f"By {it.byline}",
            f"Updated {it.date}",
            "3 min read",
            "Share",
            "Photo: Reuters",
        ],
        lambda it: [
            "Related:",
            "Aid convoy reaches northern valley",
            "Sign up for our daily newsletter",
            "5 Comments",
            f"© 2025 {it.outlet}. All rights reserved.",
        ],
    ),
}

#: what separates two copied pages
SEPARATORS: dict[str, Callable[[Item], str]] = {
    "nothing": lambda it: "",
    "---": lambda it: "---",
    "***": lambda it: "***",
    "=====": lambda it: "=====",
    "url": lambda it: f"https://www.{it.outlet.lower().replace(' ', '')}.com/{it.slug}",
}


def web_page(items: tuple[Item, ...], furniture: Furniture, separator: str) -> Laid:
    """Lay ``items`` out as copied web pages, blank lines between paragraphs."""
    above, under, after = furniture
    sep = SEPARATORS[separator]
    w = _Writer()
    laid = Laid("")
    for n, it in enumerate(items):
        mark = sep(it)
        first = len(w.out) + 1  # a page's own address opens it; a rule stands between pages
        if mark and (n or separator == "url"):
            w.put(mark)
        if separator != "url":
            first = len(w.out) + 1
        for line in above(it):
            w.put(line)
        head = w.put(it.headline)
        for line in under(it):
            w.put(line)
        body = [w.put(p) for p in it.paragraphs]
        for line in after(it):
            w.put(line)
        laid.starts.append((first, head))
        laid.titles.append(it.headline)
        laid.bodies.append(body)
    laid.text = "\n".join(w.out) + "\n"
    return laid


#: Markdown headline shapes: name -> (item, number) -> header lines
MD_HEADLINES: dict[str, Callable[[Item, int], list[str]]] = {
    "#": lambda it, n: [f"# {it.headline}"],
    "##": lambda it, n: [f"## {it.headline}"],
    "###": lambda it, n: [f"### {it.headline}"],
    "setext =": lambda it, n: [it.headline, "=" * len(it.headline)],
    "setext -": lambda it, n: [it.headline, "-" * len(it.headline)],
    "bold": lambda it, n: [f"**{it.headline}**"],
    "numbered 1.": lambda it, n: [f"{n}. {it.headline}"],
    "numbered 1)": lambda it, n: [f"{n}) {it.headline}"],
    "numbered ## 1.": lambda it, n: [f"## {n}. {it.headline}"],
    "numbered bold 1.": lambda it, n: [f"{n}. **{it.headline}**"],
}

#: what follows the body (or stands under the headline) of each digest item
MD_SOURCES: dict[str, tuple[Callable[[Item], list[str]], Callable[[Item], list[str]]]] = {
    "none": (_NONE, _NONE),
    "Source: X": (_NONE, lambda it: [f"Source: {it.outlet}"]),
    "*X*": (lambda it: [f"*{it.outlet}*"], _NONE),
    "— X, date": (_NONE, lambda it: [f"— {it.outlet}, {it.date}"]),
    "[Read more](url)": (
        _NONE,
        lambda it: [f"[Read more](https://example.org/{it.slug})"],
    ),
    "source + link": (
        lambda it: [f"_{it.outlet} · {it.date}_"],
        lambda it: [f"Source: [{it.outlet}](https://example.org/{it.slug})"],
    ),
}


def digest(
    items: tuple[Item, ...],
    headline: Callable[[Item, int], list[str]] | None,
    source: str = "none",
    rules: bool = False,
    front: str = "",
    untitled: tuple[int, ...] = (),
) -> Laid:
    """Lay ``items`` out as a Markdown digest. ``rules`` puts ``---`` between items; ``front``
    opens the file with a front matter (``"yaml"``) or an issue header (``"issue"``);
    ``untitled`` lists the items written without a headline."""
    under, after = MD_SOURCES[source]
    w = _Writer()
    laid = Laid("")
    if front == "yaml":
        w.raw("---")
        w.raw("title: Afghanistan Weekly Digest")
        w.raw("date: 2025-06-14")
        w.put("---")
    elif front == "issue":
        w.put("# Afghanistan Weekly Digest — Issue 42")
        w.put("*14 June 2025 · compiled by the research desk*")
    for n, it in enumerate(items):
        if rules and n:
            w.put("---")
        if headline is None or n in untitled:
            body = [w.put(p) for p in it.paragraphs]
            laid.starts.append((body[0], body[0]))
            laid.titles.append("")
        else:
            head = w.put(*headline(it, n + 1))
            for line in under(it):
                w.put(line)
            body = [w.put(p) for p in it.paragraphs]
            laid.starts.append((head, head))
            laid.titles.append(it.headline)
        for line in after(it):
            w.put(line)
        laid.bodies.append(body)
    laid.text = "\n".join(w.out) + "\n"
    return laid


@dataclass
class Score:
    items: int = 0
    start: int = 0  # start line right
    body: int = 0  # body lines right
    title: int = 0  # title right (with start and body right)
    lost: int = 0  # body lines in no article
    lines: int = 0
    junk: int = 0  # articles titled with a furniture line

    def add(self, other: Score) -> None:
        for name in ("items", "start", "body", "title", "lost", "lines", "junk"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def __str__(self) -> str:
        return (
            f"start {self.start:3d}/{self.items:<3d} body {self.body:3d}/{self.items:<3d} "
            f"title {self.title:3d}/{self.items:<3d} lost {self.lost:3d}/{self.lines:<3d} "
            f"junk {self.junk:3d}"
        )


def _title_right(got: str, want: str, lead: str) -> bool:
    if want:
        return _norm(got) == _norm(want)
    # no headline: no title, or one taken from the lead itself
    return not got or _norm(lead).startswith(_norm(got).rstrip(".… "))


def score(laid: Laid) -> Score:
    """Segment ``laid.text`` and compare with what it should give."""
    records = segment_text(laid.text)
    lines = laid.text.split("\n")
    found = {n for r in records for n, _ in r.paragraphs}
    out = Score(items=len(laid.starts))
    matched: set[int] = set()
    for (first, last), title, body in zip(laid.starts, laid.titles, laid.bodies, strict=True):
        out.lines += len(body)
        out.lost += sum(1 for n in body if n not in found)
        recs = [r for r in records if first <= r.line_start <= last]
        if not recs:
            continue
        rec = recs[0]
        matched.add(id(rec))
        out.start += 1
        if [n for n, _ in rec.paragraphs] == body:
            out.body += 1
            out.title += _title_right(rec.title, title, lines[body[0] - 1])
    wanted = {_norm(t) for t in laid.titles if t}
    out.junk = sum(
        1 for r in records if id(r) not in matched and r.title and _norm(r.title) not in wanted
    )
    return out


def variants() -> dict[str, list[Laid]]:
    """Every variant class with its dumps."""
    out: dict[str, list[Laid]] = {}
    for name, furniture in WEB.items():
        out[f"web: {name}"] = [web_page(ITEMS, furniture, sep) for sep in SEPARATORS]
    for name, shape in MD_HEADLINES.items():
        out[f"md headline: {name}"] = [digest(ITEMS, shape, src) for src in ("none", "Source: X")]
    for name in MD_SOURCES:
        out[f"md source: {name}"] = [
            digest(ITEMS, MD_HEADLINES[h], name) for h in ("##", "bold", "numbered 1.")
        ]
    out["md: rules between items"] = [
        digest(ITEMS, MD_HEADLINES[h], src, rules=True)
        for h in ("##", "bold", "setext =")
        for src in ("none", "— X, date")
    ]
    out["md: front matter / issue header"] = [
        digest(ITEMS, MD_HEADLINES[h], "Source: X", front=f)
        for h in ("##", "###", "bold")
        for f in ("yaml", "issue")
    ]
    out["md: item with no headline"] = [
        digest(ITEMS, MD_HEADLINES[h], src, untitled=(2,))
        for h in ("##", "bold")
        for src in ("Source: X", "— X, date")
    ]
    return out


def score_all() -> dict[str, Score]:
    """Score every variant class."""
    out: dict[str, Score] = {}
    for name, laids in variants().items():
        total = Score()
        for laid in laids:
            total.add(score(laid))
        out[name] = total
    return out


def main() -> None:
    print_scores(score_all(), Score(), 36)


if __name__ == "__main__":
    main()
