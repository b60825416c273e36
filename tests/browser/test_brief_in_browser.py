"""Proof in a real browser that hostile article text in the brief stays inert.

Opens ``brief.html`` built from hostile tables in headless Chromium (Debian's ``chromium``)
driven by Playwright, and checks that no script ran, no dialog opened, nothing but the file
itself was requested, and the hostile text is visible as text. A control page with the same
payloads as raw HTML shows that the checks do detect script and requests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import BEACON, PAYLOADS, build

from afgresearch.brief import verify_citations, write_brief
from afgresearch.brief.inert import normalize_space


def open_page(browser, path: Path) -> dict[str, object]:
    """Load ``path``; record every request and dialog, then read what the page did."""
    context = browser.new_context(java_script_enabled=True)
    requests: list[str] = []
    dialogs: list[str] = []
    url = path.resolve().as_uri()

    def handle(route) -> None:
        requests.append(route.request.url)
        if route.request.url == url:
            route.continue_()
        else:
            route.abort()

    context.route("**/*", handle)
    page = context.new_page()
    page.on("request", lambda r: r.url not in requests and requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url, wait_until="load")
    page.wait_for_timeout(700)  # give onerror handlers, refreshes and imports time to fire
    result = {
        "pwned": page.evaluate("() => window.__pwned === undefined ? null : window.__pwned"),
        "title": page.title(),
        "text": page.inner_text("body"),
        "url": page.url,
        "requests": sorted(set(requests)),
        "dialogs": dialogs,
        "active": page.evaluate(
            "() => document.querySelectorAll('script, img, iframe, svg, link, style:not(head style),"
            " base, meta[http-equiv=refresh], a[href^=javascript], a[href^=data], [onerror], "
            "[onload], [onclick]').length"
        ),
        "page_url": url,
    }
    context.close()
    return result


@pytest.fixture(scope="module")
def hostile_brief(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("hostile")
    corpus, tables = build(root)
    md, html = write_brief(
        tables,
        root / "run",
        params={"<b>k</b>": "<script>x</script>", "title": PAYLOADS[0]},
        corpus_root=corpus,
        strict=True,
    )
    assert verify_citations(md.read_text(), corpus) == []
    return md, html


def test_no_script_runs_and_nothing_is_requested(browser, hostile_brief) -> None:
    _, html = hostile_brief
    seen = open_page(browser, html)
    assert seen["pwned"] is None
    assert seen["dialogs"] == []
    assert seen["title"] == PAYLOADS[0]  # the title element shows the payload as text
    assert seen["url"] == seen["page_url"]  # no refresh or navigation
    assert seen["requests"] == [seen["page_url"]]
    assert seen["active"] == 0


def test_hostile_text_is_visible_as_text(browser, hostile_brief) -> None:
    _, html = hostile_brief
    text = normalize_space(open_page(browser, html)["text"])
    for payload in PAYLOADS:
        assert normalize_space(payload)[:60] in text, payload
    assert "<script>window.__pwned = 1; document.title = 'pwned'</script>" in text
    assert "&lt;b&gt;entity&lt;/b&gt; &amp;amp;" in text


def test_the_checks_detect_a_vulnerable_page(browser, tmp_path: Path) -> None:
    """Control: the same payloads as raw HTML without the policy do run and do request."""
    page = tmp_path / "vulnerable.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>t</title></head><body>"
        + "\n".join(PAYLOADS[:2])
        + "</body></html>",
        encoding="utf-8",
    )
    seen = open_page(browser, page)
    assert seen["pwned"] in (1, 2)
    assert any(u.startswith(BEACON) for u in seen["requests"])
