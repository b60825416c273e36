import argparse

import pandas as pd
from extract_support import make_paragraphs

from afgresearch.extract import cli


def parse(argv):
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers())
    return parser.parse_args(argv)


def test_extract_command_writes_every_table(tmp_path, capsys):
    paras = make_paragraphs(
        "According to UNHCR, Pakistan deported 286,631 Afghans between 1 April and 15 July."
    )
    paras.to_csv(tmp_path / "paragraphs.csv", index=False)
    out = tmp_path / "tables"
    assert cli.run(parse(["extract", str(tmp_path / "paragraphs.csv"), "--out", str(out)])) == 0
    for name in ("claims", "disagreements", "mentions", "actors", "co_mentions", "events"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.parquet").exists()
    claims = pd.read_parquet(out / "claims.parquet")
    assert claims["value"].tolist() == [286631.0]
    assert pd.read_csv(out / "events.csv")["cameo_code"].astype(str).str.zfill(3).tolist() == [
        "174"
    ]


def test_extract_command_reports_bad_input(tmp_path, capsys):
    pd.DataFrame({"text": ["x"]}).to_csv(tmp_path / "p.csv", index=False)
    assert cli.run(parse(["extract", str(tmp_path / "p.csv"), "--out", str(tmp_path)])) == 1
    assert "lacks column(s): paragraph_id" in capsys.readouterr().err
    assert cli.run(parse(["extract", str(tmp_path / "nope.csv")])) == 1
    assert "file not found" in capsys.readouterr().err
