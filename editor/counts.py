"""Word and character counts of an interview, as the newsroom counts them.

Counted text: the title, the lead and every block's text (paragraphs, turns and
photo captions). Speaker labels, credits and the byline are not counted.

Vietnamese words are space-separated syllables, so a *word* here is a
whitespace-separated token holding at least one letter or digit ("69,5%" is a
word, a lone "–" is not). Characters are Unicode code points of the NFC text,
line breaks excluded.

The counts are taken on every keystroke and every autosave of interviews with
hundreds of blocks, so each text's count is remembered (blocks are immutable:
typing changes one text, and only that one is counted again).
"""

from __future__ import annotations

from functools import lru_cache

from editor.document import InterviewDocument, ParagraphBlock, PhotoBlock, TurnBlock
from storage.textfold import nfc


def counted_texts(doc: InterviewDocument) -> list[str]:
    """Return the texts that the counts cover, in document order."""
    texts = [doc.title, doc.lead]
    for block in doc.blocks:
        if isinstance(block, ParagraphBlock | TurnBlock):
            texts.append(block.text)
        elif isinstance(block, PhotoBlock):
            texts.append(block.caption)
        else:  # site content: its words count, as readers see them
            texts.append(block.preview(limit=len(block.html) + 1))
    return texts


@lru_cache(maxsize=8192)
def count_words(text: str) -> int:
    """Count whitespace-separated tokens of *text* that contain a letter or digit."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


@lru_cache(maxsize=8192)
def count_characters(text: str, *, spaces: bool = True) -> int:
    """Count the characters of *text* (NFC), without line breaks; without any
    whitespace when *spaces* is false."""
    normal = nfc(text)
    if spaces:
        return sum(1 for ch in normal if ch not in "\n\r\u2028\u2029")
    return sum(1 for ch in normal if not ch.isspace())


def word_count(doc: InterviewDocument) -> int:
    """Number of words in the document's counted texts."""
    return sum(count_words(text) for text in counted_texts(doc))


def character_count(doc: InterviewDocument, *, spaces: bool = True) -> int:
    """Number of characters in the document's counted texts (see :func:`count_characters`)."""
    return sum(count_characters(text, spaces=spaces) for text in counted_texts(doc))
