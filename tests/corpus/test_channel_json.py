"""Channel exports saved as JSON (Telegram Desktop's ``result.json``), invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import afgresearch
from afgresearch.corpus.channel_json import segment_channel_json
from afgresearch.corpus.errors import EmptyCorpusError

EXPORT = {
    "name": "Valley News Agency",
    "type": "public_channel",
    "id": 123,
    "messages": [
        {"id": 1, "type": "service", "date": "2025-03-02T09:00:00", "action": "pin_message",
         "text": "", "text_entities": []},
        {"id": 2, "type": "message", "date": "2025-03-02T10:00:14", "from": "Valley News Agency",
         "text": [{"type": "bold", "text": "Salang Road Reopens After Snow"},
                  "\n\nThe Salang road reopened on Sunday after crews cleared the snow, the public "
                  "works ministry said.\n\nTraffic was slow in the tunnel, drivers said.\n\n",
                  {"type": "link", "text": "https://valleynews.example/salang"}],
         "text_entities": [{"type": "bold", "text": "Salang Road Reopens After Snow"}]},
        {"id": 3, "type": "message", "date": "2025-03-03T08:30:00", "from": "Valley News Agency",
         "forwarded_from": "Herat Radio",
         "text": "Families returning from Iran crossed at Islam Qala in larger numbers on Monday, "
                 "officials said.", "text_entities": []},
        {"id": 4, "type": "message", "date": "2025-03-03T09:00:00", "photo": "photos/p.jpg",
         "text": "", "text_entities": []},
    ],
}  # fmt: skip


def test_each_post_with_text_is_an_article_cited_where_its_words_stand(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    text = json.dumps(EXPORT, indent=1, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    corpus = afgresearch.load_corpus(path)
    arts = corpus.articles.reset_index(drop=True)
    assert arts["title"].tolist() == ["Salang Road Reopens After Snow", ""]
    assert arts["outlet"].tolist() == ["Valley News Agency", "Herat Radio"]
    assert arts["published"].astype(str).str[:10].tolist() == ["2025-03-02", "2025-03-03"]
    lines = text.split("\n")
    for para in corpus.paragraphs.itertuples():
        assert para.text[:30] in lines[int(para.line) - 1]


def test_other_json_is_rejected_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "dark", "items": [1, 2]}), encoding="utf-8")
    with pytest.raises(EmptyCorpusError, match="channel export"):
        afgresearch.load_corpus(path)
    assert segment_channel_json("[1, 2]") == []
