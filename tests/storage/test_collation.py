"""Vietnamese sorting: the stored sort key orders like a Vietnamese dictionary."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCollator, QLocale

from storage.collation import vietnamese_sort_key

WORDS = [
    "an",
    "Anh",
    "ăn",
    "ân",
    "ba",
    "bò",
    "da",
    "dà",
    "dạ",
    "đá",
    "Đà Lạt",
    "đi",
    "e",
    "ê",
    "ga",
    "hạ",
    "Hà Nội",
    "hoa",
    "hoà",
    "hỏa",
    "hóa",
    "hữu",
    "o",
    "ô",
    "ơ",
    "thu",
    "thư",
    "to",
    "tôm",
    "tơ",
    "uy",
    "ưu",
    "Yên Bái",
    "2023",
    "Sơn La",
    "sơn",
    "son",
    "Sốp Cộp",
]


def test_alphabet_order_puts_d_before_dd_and_a_before_breve_and_circumflex() -> None:
    ordered = sorted(
        ["đường", "dương", "ân", "ăn", "an", "ơn", "ôn", "on"], key=vietnamese_sort_key
    )
    assert ordered == ["an", "ăn", "ân", "dương", "đường", "on", "ôn", "ơn"]


def test_tone_order_is_none_grave_hook_tilde_acute_dot() -> None:
    ordered = sorted(["mạ", "má", "mã", "mả", "mà", "ma"], key=vietnamese_sort_key)
    assert ordered == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_order_matches_qt_vietnamese_collation() -> None:
    collator = QCollator(QLocale(QLocale.Language.Vietnamese))
    assert sorted(WORDS, key=vietnamese_sort_key) == sorted(WORDS, key=collator.sortKey)


def test_nfd_and_nfc_spellings_sort_the_same() -> None:
    import unicodedata

    for word in WORDS:
        assert vietnamese_sort_key(unicodedata.normalize("NFD", word)) == vietnamese_sort_key(word)


@given(st.lists(st.text(alphabet="aăâbdđeêoôơuưy àáảãạ", max_size=6), max_size=20))
def test_primary_order_agrees_with_qt_for_plain_letters(words: list[str]) -> None:
    collator = QCollator(QLocale(QLocale.Language.Vietnamese))
    ordered = sorted(words, key=vietnamese_sort_key)
    for first, second in itertools.pairwise(ordered):
        assert collator.compare(first, second) <= 0
