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
tokenised as a browser would (a ``<`` that opens no tag is text), so
``&lt;img&gt;`` decodes to the *text* ``<img>`` and a lone ``<`` in old content
("lãi suất <5%") survives; decoding takes linear time whatever the input.
"""

from __future__ import annotations

import html
import re

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


# A tag never holds "<" or ">" here: a scan stops at the next "<", so decoding stays
# linear on hostile input (html.parser is quadratic on many unclosed "<a href=").
_TAG_AT = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)>")
_DECLARATION_AT = re.compile(r"<[!?][^<>]*>")  # <!DOCTYPE …>, <?xml …?>


def _closing_tag(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}\b[^<>]*>", re.IGNORECASE)


def _decoded_parts(markup: str) -> list[str]:
    """The text of *markup* in pieces: character data decoded, line breaks for blocks."""
    parts: list[str] = []
    position, length = 0, len(markup)
    while position < length:
        opening = markup.find("<", position)
        if opening < 0:
            parts.append(html.unescape(markup[position:]))
            break
        parts.append(html.unescape(markup[position:opening]))
        if markup.startswith("<!--", opening):
            end = markup.find("-->", opening + 4)
            if end < 0:  # never closed: shown, rather than hiding the rest
                parts.append(html.unescape(markup[opening:]))
                break
            position = end + 3
            continue
        tag = _TAG_AT.match(markup, opening)
        if tag is None:
            declaration = _DECLARATION_AT.match(markup, opening)
            if declaration is not None:
                position = declaration.end()
            else:
                parts.append("<")  # a "<" that opens no tag ("lãi suất <5%") is text
                position = opening + 1
            continue
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        position = tag.end()
        if name in _NOT_TEXT and not closing:
            end_tag = _closing_tag(name).search(markup, position)
            position = length if end_tag is None else end_tag.end()
        elif name == "br" or (closing and name in _LINE_BREAKING):
            parts.append("\n")
    return parts


def html_to_text(markup: str) -> str:
    """*markup* (HTML as WordPress stores or renders it) as the plain text a reader sees.

    Tags are dropped (paragraph ends and ``<br>`` become line breaks), entities
    are decoded once, scripts and styles are dropped; the result is cleaned as
    everything stored is (:func:`storage.textfold.clean_text`), each line
    stripped and blank-line runs shortened to one.
    """
    text = markup if "<" not in markup and "&" not in markup else "".join(_decoded_parts(markup))
    lines = [line.strip() for line in clean_text(text).split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
