"""Invented one-paragraph-per-line dumps with systematic headline and header variants.

Each :class:`Story` is an invented news article (no dev text). :func:`variant_dump` lays a list of
stories out one paragraph per line, without blank lines, with the headline shaped and the
header chosen by a variant; :func:`score` segments the dump and counts the stories whose
start line and body lines came out right, whose title is right, and the body lines lost.

Run ``python -m tests.corpus.paragraph_variants`` for the table of every variant class.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from afgresearch.corpus.textdump import segment_text

_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "or",
        "as",
        "into",
        "over",
        "after",
    ]
)


@dataclass(frozen=True)
class Story:
    """An invented article: its headline in sentence case, headline variants, its header
    lines, a dateline and body paragraphs (sentences)."""

    headline: str
    colon: str
    quoted: str
    question: str
    long: str
    numbers: str
    byline: str
    date: str
    dateline: str
    paragraphs: tuple[str, ...]


STORIES: tuple[Story, ...] = (
    Story(
        headline="Returnees crowd transit camp near Spin Boldak",
        colon="Kandahar: Returnees crowd transit camp near the border",
        quoted='"We left everything behind": returnees crowd Spin Boldak camp',
        question="Can the Spin Boldak camp cope with the new arrivals?",
        long=(
            "Thousands of returnees crowd a transit camp near Spin Boldak as aid agencies warn "
            "of shortages before the winter months"
        ),
        numbers="Over 2,400 families reach Spin Boldak camp in 48 hours",
        byline="By Hamida Sarwari",
        date="14 November 2024",
        dateline="SPIN BOLDAK (Southern Wire) —",
        paragraphs=(
            "Families returning from the south waited for days at a transit camp near the "
            "border this week, camp staff said.",
            "The camp was built for about 800 people but held more than three times that "
            "number on Tuesday.",
            "Aid workers handed out blankets and cooked meals, but said water was running short.",
            "Local officials said new tents would arrive before the end of the month.",
        ),
    ),
    Story(
        headline="Uzbekistan and Afghanistan sign rail transit deal",
        colon="Termez talks: Uzbekistan and Afghanistan sign rail transit deal",
        quoted="'A road to the sea': Tashkent and Kabul sign rail transit deal",
        question="Will the new rail deal bring trade back to Hairatan?",
        long=(
            "Uzbekistan and Afghanistan sign rail transit agreement that could link Central "
            "Asian markets with southern ports"
        ),
        numbers="Rail deal aims for 5 million tonnes of freight by 2030",
        byline="Staff Reporter, Steppe Ledger",
        date="3 March 2025",
        dateline="TASHKENT, March 3 (Steppe Ledger):",
        paragraphs=(
            "Ministers from the two countries signed a rail transit agreement in Termez on Monday.",
            "The deal sets common tariffs for freight crossing the bridge at Hairatan.",
            "Officials said the agreement would be reviewed after two years.",
        ),
    ),
    Story(
        headline="Rights group documents arrests of women activists in Herat",
        colon="Herat: Rights group documents arrests of women activists",
        quoted='"They took her at night": rights group documents Herat arrests',
        question="Why are women activists in Herat being detained?",
        long=(
            "Rights group says at least a dozen women activists were detained in Herat over "
            "three months without charge"
        ),
        numbers="At least 12 women activists detained in Herat since June, group says",
        byline="By Laila Ahmadi | Rights Desk",
        date="Published 22 September 2024",
        dateline="HERAT (Frontline Rights Monitor):",
        paragraphs=(
            "A rights group said on Sunday it had documented the arrests of at least twelve "
            "women activists in Herat since June.",
            "Relatives told researchers that several of the women were held for weeks without "
            "access to a lawyer.",
            "The group called for the immediate release of those still in custody.",
            "Local authorities did not respond to requests for comment.",
            "Two of the women were released last week after their families gave guarantees.",
        ),
    ),
    Story(
        headline="Qatar hosts new round of talks on Afghan banking",
        colon="Doha: Qatar hosts new round of talks on Afghan banking",
        quoted="'Frozen but not forgotten': Doha hosts Afghan banking talks",
        question="Is a deal on Afghan central bank reserves any closer?",
        long=(
            "Qatar hosts new round of talks between envoys and Afghan officials on banking "
            "rules and frozen reserves"
        ),
        numbers="Talks in Doha focus on $3.5 billion in frozen reserves",
        byline="By Omar Haddad, Gulf Dispatch",
        date="Updated: 8 May 2025 16:40",
        dateline="DOHA, May 8 (Gulf Dispatch) -",
        paragraphs=(
            "Envoys from several countries met Afghan officials in Doha on Thursday for talks "
            "on the banking sector.",
            "The discussions focused on rules that would let aid groups pay staff inside the "
            "country.",
            "A statement after the meeting said the sides agreed to meet again in the autumn.",
            "No agreement was reached on the release of frozen reserves.",
        ),
    ),
    Story(
        headline="Iran extends deadline for undocumented Afghans",
        colon="Tehran: Iran extends deadline for undocumented Afghans",
        quoted='"We have nowhere to go": Iran extends deadline for Afghans',
        question="What happens to undocumented Afghans after Iran's new deadline?",
        long=(
            "Iran extends deadline for undocumented Afghans to leave by a month after pressure "
            "from aid agencies"
        ),
        numbers="Over 1,000 Afghans deported from Iran in a day as deadline nears",
        byline="By Reza Tavakoli",
        date="Published on 2 July 2025",
        dateline="MASHHAD (Khorasan News Agency):",
        paragraphs=(
            "Iran's interior ministry said on Wednesday it would give undocumented Afghans "
            "another month to leave.",
            "Officials at the Islam Qala crossing said thousands of people were arriving every "
            "day.",
            "Aid agencies welcomed the extension but said it was too short.",
        ),
    ),
    Story(
        headline="Girls' school graduates turn to online courses",
        colon="Education: Girls' school graduates turn to online courses",
        quoted="'My classroom is my phone': graduates turn to online courses",
        question="Can online courses replace the classroom for Afghan girls?",
        long=(
            "Girls who finished primary school before the ban turn to online courses run by "
            "volunteers abroad"
        ),
        numbers="Online courses reach 20,000 girls in 18 provinces, organisers say",
        byline="By Farida Noori - Correspondent",
        date="17 January 2025, 09:15",
        dateline="MAZAR-I-SHARIF —",
        paragraphs=(
            "Volunteers abroad said on Friday that their online courses now reach girls in "
            "eighteen provinces.",
            "Most students follow the lessons on their parents' phones because internet cafes "
            "are closed to them.",
            "Teachers said power cuts and the cost of data were the biggest problems.",
            "The organisers plan to add science classes in the spring.",
        ),
    ),
    Story(
        headline="India reopens visa section at Kabul embassy",
        colon="Diplomacy: India reopens visa section at Kabul embassy",
        quoted='"A small but real step": India reopens Kabul visa section',
        question="Is India preparing to upgrade its mission in Kabul?",
        long=(
            "India reopens visa section of its Kabul embassy for medical and student visas "
            "after three years"
        ),
        numbers="India to issue 500 medical visas a month from Kabul mission",
        byline="By Arjun Mehta, Capital Herald",
        date="Friday, 21 February 2025",
        dateline="NEW DELHI (Capital Herald):",
        paragraphs=(
            "India said on Friday it would resume issuing medical and student visas at its "
            "embassy in Kabul.",
            "Applicants will need a letter from a hospital or university in India.",
            "The foreign ministry said the decision followed talks with Afghan officials.",
            "Travel agents in Kabul said they expected long queues in the first weeks.",
            "Flights between the two capitals remain limited to two a week.",
            "Officials gave no date for the return of tourist visas.",
        ),
    ),
    Story(
        headline="Pakistan begins deporting undocumented Afghans",
        colon="Pakistan begins deporting undocumented Afghans — report",
        quoted="'Born here, sent away': Pakistan begins deporting Afghans",
        question="Where will the deported families go?",
        long=(
            "Pakistan begins deporting undocumented Afghans from Karachi and Quetta as police "
            "raid refugee neighbourhoods"
        ),
        numbers="Nearly 9,000 Afghans cross at Torkham on first day of deportations",
        byline="By Sana Baloch",
        date="1 November 2024",
        dateline="QUETTA:",
        paragraphs=(
            "Police in Quetta began detaining undocumented Afghans on Wednesday, residents said.",
            "Many of those detained said they had been born in Pakistan.",
            "Buses carried families to the border crossing at Chaman overnight.",
        ),
    ),
)


def title_case(text: str) -> str:
    """Capitalise the words of ``text`` other than short function words.

    Example
    -------
    >>> title_case("returnees crowd camp near the border")
    'Returnees Crowd Camp Near the Border'
    """
    words = text.split(" ")
    out = []
    for n, w in enumerate(words):
        if n and w.casefold() in _SMALL:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


#: headline shapes: name -> (story -> headline)
HEADLINES: dict[str, Callable[[Story], str]] = {
    "sentence case": lambda s: s.headline,
    "Title Case": lambda s: title_case(s.headline),
    "ALL CAPS": lambda s: s.headline.upper(),
    "colon or dash": lambda s: s.colon,
    "quoted": lambda s: s.quoted,
    "question mark": lambda s: s.question,
    "full stop": lambda s: s.headline + ".",
    "long (15-20 words)": lambda s: s.long,
    "numbers": lambda s: s.numbers,
}

#: what follows the headline
HEADERS = ("nothing", "byline", "date", "updated", "dateline lead", "byline + date", "outlet")


@dataclass
class Laid:
    """A laid-out dump with what a reader should find: per story its 1-based start line,
    its title and its body lines."""

    text: str
    starts: list[int]
    titles: list[str]
    bodies: list[list[int]]


def lay_out(
    stories: tuple[Story, ...] | list[Story],
    headline: Callable[[Story], str] | None,
    header: str = "nothing",
    subheading: bool = False,
    line_end: str = "\n",
    indent: str = "",
    trailing: str = "",
    between: str = "",
    outlet: str = "Valley Ledger",
) -> Laid:
    """Lay ``stories`` out one paragraph per line. ``headline`` shapes each headline (``None``:
    no headline, the lead opens with a dateline); ``header`` chooses the lines under it;
    ``subheading`` puts a short unpunctuated line and a quote line inside each body;
    ``between`` is a line put between stories (a space-only line)."""
    out: list[str] = []
    starts: list[int] = []
    titles: list[str] = []
    bodies: list[list[int]] = []

    def put(line: str) -> int:
        out.append(indent + line + trailing)
        return len(out)

    for n, story in enumerate(stories):
        if n and between:
            out.append(between)
        paras = list(story.paragraphs)
        if headline is None or header == "dateline lead":
            paras[0] = f"{story.dateline} {paras[0]}"
        body: list[int] = []
        if headline is None:
            starts.append(len(out) + 1)
            titles.append("")
        else:
            title = headline(story)
            starts.append(put(title))
            titles.append(title)
            if header in ("byline", "byline + date"):
                put(story.byline)
            if header in ("date", "byline + date"):
                put(story.date if story.date.startswith(("Published", "Updated")) else story.date)
            if header == "updated":
                put("Updated " + story.date.removeprefix("Published ").removeprefix("Updated: "))
            if header == "outlet":
                put(outlet)
        for m, para in enumerate(paras):
            if subheading and m == 2:
                put("Fears for the winter")  # a subheading: text of the story, never a headline
            body.append(put(para))
            if subheading and m == 1:
                put('"We only want to live in peace"')  # a quote line without a full stop
        bodies.append(body)
    return Laid(line_end.join(out) + line_end, starts, titles, bodies)


@dataclass
class Score:
    stories: int = 0
    right: int = 0  # start line and body lines right
    titles: int = 0
    lost: int = 0  # body lines in no article
    body: int = 0

    def add(self, other: Score) -> None:
        for name in ("stories", "right", "titles", "lost", "body"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def __str__(self) -> str:
        return (
            f"{self.right:3d}/{self.stories:<3d} right  {self.titles:3d}/{self.stories:<3d} "
            f"titles  {self.lost:3d}/{self.body:<3d} lost"
        )


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def score(laid: Laid) -> Score:
    """Segment ``laid.text`` and compare with what it should give."""
    records = segment_text(laid.text)
    by_start = {r.line_start: r for r in records}
    found_lines = {n for r in records for n, _ in r.paragraphs}
    out = Score(stories=len(laid.starts))
    for start, title, body in zip(laid.starts, laid.titles, laid.bodies, strict=True):
        out.body += len(body)
        out.lost += sum(1 for n in body if n not in found_lines)
        rec = by_start.get(start)
        if rec is None:
            continue
        if [n for n, _ in rec.paragraphs] == body:
            out.right += 1
            out.titles += _norm(rec.title) == _norm(title)
    return out


def variants() -> dict[str, list[Laid]]:
    """Every variant class with its dumps."""
    out: dict[str, list[Laid]] = {}
    for name, shape in HEADLINES.items():
        out[f"headline {name}"] = [lay_out(STORIES, shape, header) for header in HEADERS]
    plain = HEADLINES["sentence case"]
    out["no headline, dateline lead"] = [lay_out(STORIES, None), lay_out(STORIES[::-1], None)]
    out["mixed: headlines and dateline-only stories"] = [
        lay_out(STORIES[n : n + 1], plain if n % 2 else None, "byline") for n in range(8)
    ]
    out["same outlet, consecutive"] = [
        lay_out(STORIES, shape, "outlet") for shape in HEADLINES.values()
    ]
    out["subheading and quote line in body"] = [
        lay_out(STORIES, shape, header, subheading=True)
        for shape in HEADLINES.values()
        for header in ("nothing", "byline")
    ]
    single = tuple(
        Story(**{**s.__dict__, "paragraphs": s.paragraphs[:1]}) if n % 3 == 1 else s
        for n, s in enumerate(STORIES)
    )
    out["single-paragraph stories"] = [
        lay_out(single, shape, header)
        for shape in HEADLINES.values()
        for header in ("nothing", "date")
    ]
    whitespace = {
        "trailing spaces": {"trailing": "  "},
        "space-only lines": {"between": "   "},
        "tab indents": {"indent": "\t"},
        "CRLF": {"line_end": "\r\n"},
    }
    for name, opts in whitespace.items():
        out[f"whitespace: {name}"] = [
            lay_out(STORIES, shape, header, **opts)  # type: ignore[arg-type]
            for shape in (plain, HEADLINES["Title Case"], HEADLINES["question mark"])
            for header in ("nothing", "byline")
        ]
    return out


def _merge(laids: list[Laid]) -> list[Laid]:
    """The mixed class lays one story per dump: join them into one dump."""
    text, starts, titles, bodies, offset = "", [], [], [], 0
    for laid in laids:
        text += laid.text
        starts += [s + offset for s in laid.starts]
        titles += laid.titles
        bodies += [[n + offset for n in b] for b in laid.bodies]
        offset += laid.text.count("\n")
    return [Laid(text, starts, titles, bodies)]


def score_all() -> dict[str, Score]:
    """Score every variant class."""
    out: dict[str, Score] = {}
    for name, laids in variants().items():
        if name.startswith("mixed"):
            laids = _merge(laids)
        total = Score()
        for laid in laids:
            total.add(score(laid))
        out[name] = total
    return out


def print_scores(scores: dict, total: object, width: int) -> None:
    """Print one line per variant class, then the sum (``total``, an empty score to add to)."""
    for name, s in scores.items():
        total.add(s)
        print(f"{name:{width}s} {s}")
    print(f"{'all':{width}s} {total}")


def main() -> None:
    print_scores(score_all(), Score(), 44)


if __name__ == "__main__":
    main()
