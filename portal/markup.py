"""The one boundary between plain text and HTML, in both directions.

Everything Newsdesk keeps is plain text: headlines, leads, captions, reader
comments, author names, tag names, the site's error messages. WordPress keeps
most of those as HTML (titles, excerpts, captions, descriptions, comments, and
term and author names, which it stores escaped). Text crosses into HTML only
through :func:`text_to_html` and comes back only through :func:`html_to_text`,
each exactly once:

* the WordPress client (:mod:`portal.wordpress`) escapes every text field it
  sends and decodes every text field it reads (:mod:`portal.remote`);
* :mod:`editor.html_export` escapes the document's texts as it builds the body;
* :mod:`portal.errors` decodes the site's messages.

A ``<b>`` typed by a reporter therefore reaches the site as ``&lt;b&gt;`` and
comes back as ``<b>``: text, never markup. Rendered HTML read from the site is
parsed (not cut with a regular expression), so ``&lt;img&gt;`` decodes to the
*text* ``<img>`` and a lone ``<`` in old content ("lãi suất <5%") survives.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from storage.textfold import clean_text

__all__ = ["html_to_text", "text_to_html", "text_to_term_html"]

# Elements whose end (or which themselves) break a line in the text.
_LINE_BREAKING = frozenset(
    {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "tr"}
)
# Elements whose content is never text for a reader.
_NOT_TEXT = frozenset({"script", "style", "template", "noscript", "iframe", "object"})
_BLANK_RUNS = re.compile(r"\n{3,}")


def text_to_html(text: str) -> str:
    """*text* as HTML that shows exactly that text (``&``, ``<``, ``>`` and quotes escaped).

    Safe in element content and in quoted attribute values alike. The text is
    cleaned first (:func:`storage.textfold.clean_text`: NFC, no control characters).
    """
    return _keep_hash(html.escape(clean_text(text), quote=True))


def text_to_term_html(text: str) -> str:
    """*text* escaped as WordPress itself stores a term or author name.

    WordPress escapes ``&``, ``<`` and ``>`` of names (``_wp_specialchars``, no
    quotes) and strips percent-encoded octets (``%ab``); sending the name in
    that form keeps it unchanged, and keeps names created earlier matching.
    A name is one line: the text is cleaned and its spaces collapsed, as
    WordPress does.
    """
    escaped = _keep_hash(html.escape(" ".join(clean_text(text).split()), quote=False))
    return re.sub(r"%(?=[0-9a-fA-F]{2})", "&#37;", escaped)


def _keep_hash(escaped: str) -> str:
    """Write an ``&`` before ``#`` as ``&#38;``: WordPress's kses turns ``&amp;#38;``
    into the entity ``&#038;``, so the text "&#38;" would come back as "&"."""
    return escaped.replace("&amp;#", "&#38;#")


class _TextCollector(HTMLParser):
    """Collects the character data of an HTML fragment (entities decoded by the parser)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _NOT_TEXT:
            self._hidden += 1
        elif tag == "br":
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _NOT_TEXT:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _LINE_BREAKING:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """*markup* (HTML as WordPress stores or renders it) as the plain text a reader sees.

    Tags are dropped (paragraph ends and ``<br>`` become line breaks), entities
    are decoded once, scripts and styles are dropped; the result is cleaned as
    everything stored is (:func:`storage.textfold.clean_text`), each line
    stripped and blank-line runs shortened to one.
    """
    if "<" not in markup and "&" not in markup:
        text = markup
    else:
        collector = _TextCollector()
        collector.feed(markup)
        collector.close()
        text = "".join(collector.parts)
    lines = [line.strip() for line in clean_text(text).split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
