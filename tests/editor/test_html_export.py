"""HTML export: semantic post content and the standalone preview page."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from editor.document import InterviewDocument, PhotoBlock
from editor.html_export import export_html, export_html_page, local_image_url
from tests.editor.helpers import make_doc

VOID = {"img", "br", "meta"}


class _Checker(HTMLParser):
    """Collects tags and attributes, and checks that elements nest properly."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"misnested </{tag}>"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert checker.stack == []
    assert all(name != "style" for name, _ in checker.attrs)
    assert "script" not in checker.tags
    return checker


def sample() -> InterviewDocument:
    return make_doc(
        [
            ("p", "Đoạn mở đầu."),
            ("t", "Phóng viên", "Câu hỏi?"),
            ("t", "Ông Lò Văn An", "Đoạn một.\n\nĐoạn hai."),
            ("f", "Ông An tại vườn chè", "Minh Hà"),
            ("t", "Ông Lò Văn An", "Đoạn ba."),
        ],
        title="Tít bài",
        lead="Sapo bài.",
        byline="Quàng Thu",
    )


def test_post_content_markup() -> None:
    html = export_html(sample(), lambda photo: "https://site.example/chè.jpg")
    assert html.splitlines() == [
        '<p class="sapo"><strong>Sapo bài.</strong></p>',
        "<p>Đoạn mở đầu.</p>",
        '<p class="question"><strong>Phóng viên:</strong> Câu hỏi?</p>',
        "<p><strong>Ông Lò Văn An:</strong> Đoạn một.</p>",
        "<p>Đoạn hai.</p>",
        '<figure class="photo"><img src="https://site.example/chè.jpg" alt="Ông An tại vườn chè">'
        '<figcaption>Ông An tại vườn chè <span class="credit">Ảnh: Minh Hà</span></figcaption>'
        "</figure>",
        "<p>Đoạn ba.</p>",
        '<p class="byline">Thực hiện: Quàng Thu</p>',
    ]
    check(html)
    assert "Tít bài" not in html  # the site shows the post title itself


def test_photo_without_url_or_with_unsafe_url_has_no_img() -> None:
    doc = make_doc([("f", "Chợ phiên", "")], lead="")
    assert export_html(doc) == '<figure class="photo"><figcaption>Chợ phiên</figcaption></figure>\n'
    for url in ("javascript:alert(1)", "data:text/html,x", "  ", None):
        assert "<img" not in export_html(doc, lambda photo, u=url: u)  # type: ignore[misc]
    credit_only = make_doc([("f", "", "Minh Hà")])
    assert '<figcaption><span class="credit">Ảnh: Minh Hà</span></figcaption>' in export_html(
        credit_only
    )


def test_alt_text_is_used_when_present() -> None:
    doc = make_doc([])
    doc.blocks = [PhotoBlock("Chợ phiên", None, alt_text="Người dân mua bán ở chợ")]
    assert 'alt="Người dân mua bán ở chợ"' in export_html(doc, lambda p: "a.jpg")


def test_everything_is_escaped() -> None:
    hostile = '<script>alert("x")</script> & "quotes" \'single\''
    doc = make_doc(
        [("p", hostile), ("t", hostile, hostile), ("f", hostile, hostile)],
        title=hostile,
        lead=hostile,
        byline=hostile,
    )
    for markup in (
        export_html(doc, lambda photo: 'x.jpg" onerror="alert(1)'),
        export_html_page(doc),
    ):
        checker = check(markup)
        assert "<script" not in markup
        assert not any(name.startswith("on") for name, _ in checker.attrs)
        assert hostile in "".join(checker.text)  # shown to the reader as text


def test_preview_page_is_standalone_with_embedded_stylesheet(tmp_path: Path) -> None:
    image = tmp_path / "ảnh 1.jpg"
    doc = sample()
    doc.blocks[3] = PhotoBlock("Ông An tại vườn chè", "Minh Hà", image_path=str(image))
    page = export_html_page(doc)
    checker = check(page)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="vi">' in page and '<meta charset="utf-8">' in page
    assert checker.tags.count("style") == 1 and "<h1>Tít bài</h1>" in page
    assert f'src="{image.as_uri()}"' in page
    assert local_image_url(PhotoBlock("x", image_path="relative.jpg")) is None
