"""Legacy single-byte code pages: windows-1252 Western text is not read as a Central European
code page, and genuine cp1250, cp852, cp1251 and latin-1 files still decode as themselves."""

from __future__ import annotations

import pytest

from afgresearch.corpus.decode import decode_bytes, looks_windows_1252

ENGLISH_TYPOGRAPHIC = (
    "Harbour officials said “the ferries will run again on Monday” — though the union’s "
    "leaders disagreed… © 2023 Coastline Weekly · 4 min read – updated\r\n"
) * 3
CZECH = (
    "Městská rada v Brně schválila ve čtvrtek nový územní plán. Podle primátorky zkrátí "
    "řízení o stavebním povolení. „Je to důležitý krok,“ řekla. Příliš žluťoučký kůň.\n"
) * 4
POLISH = (
    "Rada miasta w Poznaniu przyjęła w środę nowy plan zagospodarowania. Prezydent "
    "powiedział, że zmiany skrócą procedury. „To ważny krok” – dodał. Łódź i Gdańsk.\n"
) * 4
POLISH_DOS = (
    "Rada miasta w Poznaniu przyjęła w środę nowy plan zagospodarowania. Prezydent "
    "powiedział, że zmiany skrócą procedury. To ważny krok - dodał. Łódź i Gdańsk.\n"
) * 4
GERMAN = (
    "Der Stadtrat in Kassel hat am Donnerstag einen neuen Bebauungsplan beschlossen. Größere "
    "Verfahren würden verkürzt, sagte die Oberbürgermeisterin. Öffentliche Anhörung folgt.\n"
) * 4
RUSSIAN = "Городской совет принял новый план застройки в четверг вечером. " * 6


def test_cp1252_english_with_curly_quotes_is_windows_1252() -> None:
    data = ENGLISH_TYPOGRAPHIC.encode("cp1252")
    assert looks_windows_1252(data)
    assert decode_bytes(data, "reading-list.txt") == ENGLISH_TYPOGRAPHIC


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (CZECH, "cp1250"),
        (CZECH.replace("ť", "t"), "cp1250"),  # no byte undefined in cp1252
        (POLISH, "cp1250"),
        (POLISH_DOS, "cp852"),
        (GERMAN, "latin-1"),
        (GERMAN, "cp1252"),
        (RUSSIAN, "cp1251"),
    ],
)
def test_other_code_pages_keep_their_letters(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    assert not looks_windows_1252(data)
    assert decode_bytes(data, "other.txt") == text


def test_punctuation_inside_words_is_another_code_page() -> None:
    # cp852 letters sit where cp1252 has punctuation (0x85 "…", 0x86 "†", 0x88 "ˆ"): inside words
    data = "Mo\x85j d\x86m by\x88a tu kr\x85tko, ale te\x86 d\x88ugo. ".encode("latin-1") * 4
    assert not looks_windows_1252(data)


def test_latin1_verdict_reads_c1_bytes_as_cp1252_punctuation() -> None:
    text = "Caf\xe9 owners said \x93closed\x94 \x97 for now. " * 3
    data = text.encode("latin-1")
    assert decode_bytes(data, "cafe.txt") == data.decode("cp1252")
