"""Every figure about returns, deportations and refugee populations in the seeds."""

import pytest

# (file, line, value, qualifier, unit, period, attributed_to, topic)
EXPECTED = [
    ("000_80ff25dce704ba91.txt", 3, 268_000, "exact", "Afghans",
     "in just the past two months of the current year", "Ministry’s spokesperson", "returns_deportations"),
    ("000_80ff25dce704ba91.txt", 5, 5_097_000, "more_than", "Afghan citizens",
     "since the return of the Islamic Emirate to power in Afghanistan",
     "The Ministry of Refugees and Repatriation", "returns_deportations"),
    ("000_80ff25dce704ba91.txt", 7, 268_000, "exact", "Afghans",
     "in just the past two months of the current year",
     "Abdul Mutalib Haqqani", "returns_deportations"),
    ("000_80ff25dce704ba91.txt", 9, 2_385_109, "exact", "single individuals", "",
     "The spokesperson for the Ministry of Refugees and Repatriation", "returns_deportations"),
    ("000_80ff25dce704ba91.txt", 9, 5_097_373, "exact", "returnees", "",
     "The spokesperson for the Ministry of Refugees and Repatriation", "returns_deportations"),
    ("000_80ff25dce704ba91.txt", 11, 500_000, "more_than", "Afghans", "in the past two months alone",
     "the UN High Commissioner for Refugees (UNHCR)", "returns_deportations"),
    ("000_80ff25dce704ba91.txt", 15, 500_000, "exact", "Afghans", "In just 2 months",
     "A part of the UNHCR report", "returns_deportations"),
    ("000_80ff25dce704ba91.txt", 72, 10_000, "at_least", "Afghan refugees", "For the past few months",
     "", "returns_deportations"),
    ("001_0968570e9ccbae07.txt", 12, 3_000_000, "more_than", "Afghan refugees", "", "",
     "refugee_population"),
    ("001_0968570e9ccbae07.txt", 12, 50, "nearly", "percent", "", "", "refugee_population"),
    ("001_0968570e9ccbae07.txt", 12, 80_000, "about", "Afghans", "So far", "", "returns_deportations"),
    ("001_0968570e9ccbae07.txt", 14, 1_300_000, "about", "Afghan refugees", "", None, None),
    ("003_36ac887a2783dbf1.txt", 31, 286_631, "exact", "Afghan nationals",
     "between 1 April and 15 July", "the UN High Commissioner for Refugees (UNHCR)",
     "returns_deportations"),
]  # fmt: skip


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: f"{e[0][:3]}:{e[1]}:{e[2]}")
def test_seed_figure(seed_claims, expected):
    source, line, value, qualifier, unit, period, source_name, topic = expected
    rows = seed_claims[(seed_claims["source_file"] == source) & (seed_claims["line"] == line)
                       & (seed_claims["value"] == value)]  # fmt: skip
    assert len(rows) == 1, seed_claims[seed_claims["line"] == line]
    row = rows.iloc[0]
    assert (row["qualifier"], row["unit"], row["period"]) == (qualifier, unit, period)
    if source_name is not None:
        assert row["attributed_to"] == source_name
    if topic is not None:
        assert row["topic"] == topic


def test_seed_repeats_are_marked(seed_claims):
    by_key = {(r.line, r.value): r for r in seed_claims.itertuples()}
    assert by_key[(7, 268_000)].repeat_of == by_key[(3, 268_000)].claim_id
    assert by_key[(9, 5_097_373)].repeat_of == by_key[(5, 5_097_000)].claim_id
    assert by_key[(15, 500_000)].repeat_of == by_key[(11, 500_000)].claim_id


def test_seed_ministry_and_unhcr_figures_share_a_measure(seed_claims):
    ministry = seed_claims[(seed_claims["line"] == 3) & (seed_claims["value"] == 268_000)].iloc[0]
    unhcr = seed_claims[(seed_claims["line"] == 11) & (seed_claims["value"] == 500_000)].iloc[0]
    assert ministry["measure"] == unhcr["measure"]


def test_no_date_or_id_is_a_claim(seed_claims):
    quotes_numbers = set(seed_claims["value"])
    for not_a_claim in (2021, 2023, 2025, 2803, 17, 21, 23, 19, 31, 14, 1990):
        assert float(not_a_claim) not in quotes_numbers


def test_seed_disagreement_is_ministry_against_unhcr(seed_claims):
    from afgresearch.extract import claim_disagreements

    table = claim_disagreements(seed_claims)
    assert sorted(table["value"]) == [268_000.0, 500_000.0]
    assert set(table["line"]) == {3, 11}
    # without the period rule nothing else qualifies either: no same-sentence pairs ('four
    # killed and 10 injured', 'three or six months'), no vague amounts, no different measures
    loose = claim_disagreements(seed_claims, require_period=False)
    assert sorted(loose["value"]) == [268_000.0, 500_000.0]
