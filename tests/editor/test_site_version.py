"""Reading the site's version of a post back into an interview (conflict: take the site's)."""

from __future__ import annotations

from editor.document import InterviewDocument, ParagraphBlock, PhotoBlock, Role, TurnBlock
from editor.site_version import UploadedPhotos, document_from_site, read_figure
from tests.editor.conftest import sample_document
from tests.work_measures import growth_ratio

SITE = "https://baothu.example/wp-content/uploads/2026/11"


def _local_with_photo() -> InterviewDocument:
    document = sample_document("Tít cũ")
    document.blocks[1] = PhotoBlock(
        caption="Con đường mới dẫn vào bản Hua Păng.",
        credit="Quang Huy",
        alt_text="Đường bê tông uốn quanh đồi chè",
        image_path="photos/aa11.jpg",
    )
    return document


def _photos(document: InterviewDocument) -> list[PhotoBlock]:
    return [block for block in document.blocks if isinstance(block, PhotoBlock)]


def test_a_block_editor_figure_finds_its_local_file_by_media_id_at_another_size() -> None:
    content = (
        '<p class="sapo"><strong>Phóng viên trò chuyện với ông Lò Văn Minh.</strong></p>\n'
        '<figure class="wp-block-image size-large"><img src="'
        + SITE
        + '/nd-aa11-1024x683.jpg" alt="Đường bê tông mới" class="wp-image-41"/>'
        '<figcaption class="wp-element-caption">Con đường mới. Ảnh: Quang Huy</figcaption>'
        "</figure>\n"
        "<p><strong>Phóng viên:</strong> Thưa ông, con đường thay đổi điều gì?</p>\n"
        "<p><strong>Ông Lò Văn Minh:</strong> Bà con đi chợ nhanh hơn.</p>\n"
    )
    uploaded = UploadedPhotos(by_media_id={41: "photos/aa11.jpg"})
    document = document_from_site(
        "Tít do web sửa", content, local=_local_with_photo(), uploaded=uploaded
    )
    assert document.title == "Tít do web sửa"
    assert document.lead == "Phóng viên trò chuyện với ông Lò Văn Minh."
    assert _photos(document) == [
        PhotoBlock(
            caption="Con đường mới.",
            credit="Quang Huy",
            alt_text="Đường bê tông mới",
            image_path="photos/aa11.jpg",
        )
    ]
    assert isinstance(document.blocks[0], PhotoBlock)
    assert [type(block) for block in document.blocks[1:]] == [TurnBlock, TurnBlock]


def test_a_resized_url_without_a_media_id_still_finds_the_file() -> None:
    uploaded = UploadedPhotos(by_url={f"{SITE}/nd-aa11.jpg": "photos/aa11.jpg"})
    figure = read_figure(f'<figure><img src="{SITE}/nd-aa11-300x200.jpg?ver=2" alt=""></figure>')
    assert uploaded.find(figure.src, figure.media_id) == "photos/aa11.jpg"


def test_a_photo_inside_an_answer_splits_the_answer_around_it() -> None:
    content = (
        "<p><strong>Phóng viên:</strong> Mùa chè năm nay thế nào?</p>\n"
        "<p><strong>Ông Lò Văn Minh:</strong> Chè được giá.</p>\n"
        '<figure class="photo"><img src="x.jpg" alt="Đồi chè">'
        '<figcaption>Đồi chè xanh. <span class="credit">Ảnh: Thu Hà</span></figcaption></figure>\n'
        "<p>Bà con phấn khởi.</p>\n"
    )
    document = document_from_site("Mùa chè", content, local=sample_document())
    kinds = [type(block).__name__ for block in document.blocks]
    assert kinds == ["TurnBlock", "TurnBlock", "PhotoBlock", "TurnBlock"]
    assert document.is_resumed_turn(3)
    photo = document.blocks[2]
    assert isinstance(photo, PhotoBlock)
    assert (photo.caption, photo.credit, photo.alt_text) == ("Đồi chè xanh.", "Thu Hà", "Đồi chè")
    assert photo.image_path is None  # not one of ours: waits for its image


def test_a_classic_editor_caption_shortcode_becomes_a_photo() -> None:
    content = (
        "<p>Đoạn mở đầu do biên tập viên viết lại trên web.</p>\n"
        '[caption id="attachment_41" align="aligncenter" width="800"]'
        f'<img class="size-full wp-image-41" src="{SITE}/nd-aa11.jpg" alt="" />'
        " Con đường mới dẫn vào bản Hua Păng. (Ảnh: Quang Huy)[/caption]\n"
    )
    document = document_from_site("Tít", content, local=_local_with_photo())
    # Found by caption among the interview's own photos: its file and alt text come back.
    assert _photos(document) == [
        PhotoBlock(
            caption="Con đường mới dẫn vào bản Hua Păng.",
            credit="Quang Huy",
            alt_text="Đường bê tông uốn quanh đồi chè",
            image_path="photos/aa11.jpg",
        )
    ]
    assert document.blocks[0] == ParagraphBlock("Đoạn mở đầu do biên tập viên viết lại trên web.")


def test_speakers_keep_the_roles_the_reporter_gave_them() -> None:
    local = InterviewDocument(title="Tít")
    local.add_speaker("Bà Cầm Thị Xuân", Role.INTERVIEWER)  # the interviewer here is named
    local.add_speaker("Anh Quàng Văn Tiến", Role.INTERVIEWEE)
    content = (
        "<p><strong>Bà Cầm Thị Xuân:</strong> Anh bắt đầu nuôi cá từ khi nào?</p>\n"
        "<p><strong>Anh Quàng Văn Tiến:</strong> Từ năm 2019.</p>\n"
    )
    document = document_from_site("Tít", content, local=local)
    roles = {speaker.label: speaker.role for speaker in document.speakers}
    assert roles == {"Bà Cầm Thị Xuân": Role.INTERVIEWER, "Anh Quàng Văn Tiến": Role.INTERVIEWEE}


def test_hostile_markup_in_a_caption_comes_back_as_plain_text_only() -> None:
    content = (
        '<figure><img src="javascript:alert(1)" alt="&lt;b&gt;x&lt;/b&gt;" onerror="alert(2)">'
        "<figcaption>Chú thích<script>alert(3)</script> thật</figcaption></figure>"
    )
    document = document_from_site("Tít", content, local=InterviewDocument())
    [photo] = _photos(document)
    assert photo.caption == "Chú thích thật"
    assert photo.alt_text == "<b>x</b>"  # shown as text by the editor, escaped on export
    assert photo.image_path is None


def test_without_a_sapo_paragraph_the_lead_is_the_posts_excerpt() -> None:
    content = "<p><strong>Phóng viên:</strong> Anh nuôi cá từ khi nào?</p>\n"
    document = document_from_site(
        "Tít", content, excerpt="Lời dẫn trong phần tóm tắt.\n", local=sample_document()
    )
    assert document.lead == "Lời dẫn trong phần tóm tắt."
    assert [type(block) for block in document.blocks] == [TurnBlock]


def test_a_broken_image_address_is_read_as_a_photo_without_a_file() -> None:
    content = (
        '<figure><img src="https://[hỏng" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>'
    )
    uploaded = UploadedPhotos(by_url={f"{SITE}/nd-aa11.jpg": "photos/aa11.jpg"})
    document = document_from_site("Tít", content, local=InterviewDocument(), uploaded=uploaded)
    [photo] = _photos(document)
    assert (photo.caption, photo.image_path) == ("Chú thích", None)


def _post_of_unclosed_figures(count: int) -> str:
    return "<p>Đoạn mở đầu.</p>" + "<figure><img src='a.jpg'>" * count + "[caption id=1]" * count


def test_a_post_full_of_unclosed_figures_is_read_in_linear_time() -> None:
    def read(count: int) -> None:
        document = document_from_site(
            "Tít", _post_of_unclosed_figures(count), local=InterviewDocument()
        )
        assert document.blocks

    # Four times the figures: about four times the work when linear, sixteen when
    # every unclosed opening rescans the rest of the post (that took minutes).
    assert growth_ratio(read, 2_000) < 8
