"""Channel exports saved as HTML (Telegram Desktop's ``messages.html``), invented."""

from __future__ import annotations

from pathlib import Path

import afgresearch
from afgresearch.corpus.channel_html import segment_channel_export

PAGE = """\
<!DOCTYPE html>
<html>
 <head>
  <meta charset="utf-8"/>
  <title>Exported Data</title>
 </head>
 <body>
  <div class="page_wrap">
   <div class="page_header">
    <div class="content">
     <div class="text bold">
Valley News Agency
     </div>
    </div>
   </div>
   <div class="page_body chat_page">
    <div class="history">
     <div class="message service" id="message-1">
      <div class="body details">
2 March 2025
      </div>
     </div>
     <div class="message default clearfix" id="message101">
      <div class="pull_left userpic_wrap">
       <div class="userpic userpic2" style="width: 42px; height: 42px">
        <div class="initials" style="line-height: 42px">
V
        </div>
       </div>
      </div>
      <div class="body">
       <div class="pull_right date details" title="02.03.2025 10:00:14 UTC+04:30">
10:00
       </div>
       <div class="from_name">
Valley News Agency
       </div>
       <div class="text">
<strong>Salang Road Reopens After Snow</strong><br><br>The Salang road reopened on Sunday after crews cleared the snow, the public works ministry said.<br><br>Traffic was slow in the tunnel, drivers said.<br><br><a href="https://valleynews.example/salang">https://valleynews.example/salang</a>
       </div>
      </div>
     </div>
     <div class="message default clearfix joined" id="message102">
      <div class="body">
       <div class="pull_right date details" title="03.03.2025 08:30:00 UTC+04:30">
08:30
       </div>
       <div class="forwarded body">
        <div class="from_name">
Herat Radio <span class="date details" title="03.03.2025 08:00:00">03.03.2025 08:00:00</span>
        </div>
        <div class="text">
Families returning from Iran crossed at Islam Qala in larger numbers on Monday, officials said.
        </div>
       </div>
      </div>
     </div>
     <div class="message default clearfix joined" id="message103">
      <div class="body">
       <div class="media_wrap clearfix">
        <a class="photo_wrap clearfix pull_left" href="photos/photo_1.jpg"><img class="photo" src="photos/photo_1_thumb.jpg"/></a>
       </div>
      </div>
     </div>
    </div>
   </div>
  </div>
 </body>
</html>
"""


def test_each_post_with_text_is_an_article(tmp_path: Path) -> None:
    path = tmp_path / "messages.html"
    path.write_text(PAGE, encoding="utf-8")
    corpus = afgresearch.load_corpus(path)
    arts = corpus.articles.reset_index(drop=True)
    assert arts["title"].tolist() == ["Salang Road Reopens After Snow", ""]
    assert arts["outlet"].tolist() == ["Valley News Agency", "Herat Radio"]
    assert arts["published"].astype(str).str[:10].tolist() == ["2025-03-02", "2025-03-03"]
    # each paragraph at the line of the export where its words begin
    lines = PAGE.split("\n")
    for para in corpus.paragraphs.itertuples():
        assert para.text[:30] in lines[int(para.line) - 1]


def test_the_link_the_day_separator_and_a_photo_post_are_no_text() -> None:
    records = segment_channel_export(PAGE)
    texts = [t for r in records for _, t in r.paragraphs]
    assert len(records) == 2
    assert not any("https://" in t or "2 March 2025" in t for t in texts)


def test_a_page_with_one_post_is_left_to_the_page_reader() -> None:
    one = PAGE.replace('class="message default clearfix joined"', 'class="message"')
    assert segment_channel_export(one) == []
