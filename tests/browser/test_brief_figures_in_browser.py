"""``brief.html`` is one self-contained page: opened offline in headless Chromium, every figure
shows (inline SVG of non-zero size), nothing is requested but the file, and no script runs,
also when the figures are drawn from hostile tables."""

from __future__ import annotations

import sys
from pathlib import Path

from hostile import build

from afgresearch.brief import write_brief
from afgresearch.figures import make_figures

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "brief"))
from brief_tables import SEEDS, build_seed_tables  # noqa: E402


def _brief(root: Path, tables: dict, corpus: Path) -> Path:
    run = root / "run"
    make_figures(tables, run / "figures")
    _, html = write_brief(tables, run, corpus_root=corpus, figures_dir=run / "figures")
    # the page must stand alone: move it away from the figures it was made with
    alone = root / "mailed" / "brief.html"
    alone.parent.mkdir()
    alone.write_bytes(html.read_bytes())
    return alone


def _open(browser, path: Path, screenshot: Path | None = None) -> dict:
    context = browser.new_context(java_script_enabled=True, offline=True)
    url = path.resolve().as_uri()
    requests: list[str] = []

    def handle(route) -> None:
        requests.append(route.request.url)
        route.continue_() if route.request.url == url else route.abort()

    context.route("**/*", handle)
    page = context.new_page()
    page.on("request", lambda r: r.url not in requests and requests.append(r.url))
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)
    figures = page.evaluate(
        "() => [...document.querySelectorAll('.figure svg')].map(s => {"
        " const r = s.getBoundingClientRect(); return [r.width, r.height,"
        " s.querySelectorAll('path, use, text').length]; })"
    )
    seen = {
        "figures": figures,
        "requests": sorted(set(requests)),
        "url": url,
        "scripts": page.evaluate("() => document.scripts.length"),
        "handlers": page.evaluate(
            "() => [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
            ".some(a => a.name.startsWith('on') || (!a.name.startsWith('xmlns') &&"
            " /^(javascript|data|https?):/i.test(a.value.trim())))).length"
        ),
        "pwned": page.evaluate("() => window.__pwned === undefined ? null : window.__pwned"),
    }
    if screenshot is not None:
        page.screenshot(path=str(screenshot), full_page=True)
    context.close()
    return seen


def test_seed_brief_shows_every_figure_offline(browser, tmp_path: Path) -> None:
    html = _brief(tmp_path, build_seed_tables(), SEEDS)
    shot = tmp_path / "brief.png"
    seen = _open(browser, html, shot)
    assert len(seen["figures"]) == 7
    for width, height, marks in seen["figures"]:
        assert width > 100 and height > 50 and marks > 0
    assert seen["requests"] == [seen["url"]]
    assert seen["scripts"] == 0 and seen["handlers"] == 0
    assert shot.stat().st_size > 10_000


def test_figures_from_hostile_tables_stay_inert(browser, tmp_path: Path) -> None:
    corpus, tables = build(tmp_path)
    html = _brief(tmp_path, tables, corpus)
    seen = _open(browser, html)
    assert seen["figures"], "the hostile run still shows its figures"
    assert seen["pwned"] is None
    assert seen["requests"] == [seen["url"]]
    assert seen["scripts"] == 0 and seen["handlers"] == 0
