"""Hypothesis strategies: interview documents of the shape reporters write."""

from __future__ import annotations

from hypothesis import strategies as st

from editor.document import (
    Block,
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    Role,
    TurnBlock,
)
from storage.textfold import clean_text

SENTENCES = [
    "Mùa này nước suối lên nhanh hơn mọi năm.",
    "Cả bản cùng góp công làm lại con đường đất.",
    "Giá phân bón tăng khiến nhiều hộ phải tính toán lại.",
    "Trường học mới có thêm hai phòng học kiên cố.",
    "Nhiều thanh niên đã trở về quê lập nghiệp.",
    "Chợ phiên cuối tuần đông vui hơn hẳn.",
    "Hợp tác xã đã ký hợp đồng bao tiêu với hai doanh nghiệp.",
    "Lớp học xóa mù chữ buổi tối vẫn duy trì đều đặn.",
    "Đường dây điện mới kéo về tận các bản xa nhất.",
    "Năm 2024, sản lượng chè búp tươi đạt hơn 3.000 tấn.",
    "Người dân đã quen với việc thanh toán qua điện thoại.",
    "Rừng đầu nguồn được giao cho từng nhóm hộ bảo vệ.",
]
QUESTIONS = [
    "Ông đánh giá thế nào về kết quả năm qua?",
    "Đâu là khó khăn lớn nhất hiện nay?",
    "Bà con có ủng hộ cách làm mới không?",
    "Kế hoạch trong năm tới là gì?",
    "Nguồn vốn cho dự án được huy động ra sao?",
]
CAPTIONS = [
    "Cán bộ xã hướng dẫn người dân cài ứng dụng trên điện thoại.",
    "Toàn cảnh buổi làm việc tại trụ sở hợp tác xã",
    "Học sinh điểm trường Pá Hốc trong giờ ra chơi.",
    "Một góc chợ phiên vùng cao",
]
CREDITS = ["Minh Hà", "Quàng Thu", "Lò Văn Tâm", "TTXVN"]
TITLES = [
    "Đổi thay ở bản vùng cao",
    "Giữ rừng đầu nguồn bằng hương ước",
    "Con đường mới về bản",
]
INTERVIEWERS = ["Phóng viên", "PV", "Hỏi", "Phóng viên Báo Vùng Cao"]
INTERVIEWEES = [
    "Ông Nguyễn Văn Bình",
    "Bà Lê Thị Hoa",
    "Đồng chí Trần Quốc Toản",
    "TS Phạm Minh Đức",
    "Chị Lò Thị Mai",
]
BYLINES = ["", "Minh Hà", "Nhóm PV", "Quàng Thu - Lò Minh"]

paragraph = st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=3, unique=True).map(" ".join)
answer = st.lists(paragraph, min_size=1, max_size=3).map("\n\n".join)
photo = st.one_of(
    st.builds(PhotoBlock, st.sampled_from(CAPTIONS), st.sampled_from(CREDITS)),
    st.builds(PhotoBlock, st.sampled_from(CAPTIONS), st.none()),
    st.builds(PhotoBlock, st.just(""), st.sampled_from(CREDITS)),
)


@st.composite
def interview_documents(draw: st.DrawFn) -> InterviewDocument:
    """A headline, lead, intro, alternating questions and (possibly photo-split) answers."""
    doc = InterviewDocument(
        title=draw(st.sampled_from(TITLES)),
        lead=draw(paragraph),
        byline=draw(st.sampled_from(BYLINES)),
    )
    interviewer_label = draw(st.sampled_from(INTERVIEWERS))
    guests = draw(st.lists(st.sampled_from(INTERVIEWEES), min_size=1, max_size=2, unique=True))
    keys: dict[str, str] = {}

    def key(label: str, role: Role) -> str:
        if label not in keys:
            keys[label] = doc.add_speaker(label, role).key
        return keys[label]

    blocks: list[Block] = [ParagraphBlock(p) for p in draw(st.lists(paragraph, max_size=2))]
    if draw(st.booleans()):
        blocks.append(draw(photo))
    for _ in range(draw(st.integers(1, 4))):
        blocks.append(
            TurnBlock(key(interviewer_label, Role.INTERVIEWER), draw(st.sampled_from(QUESTIONS)))
        )
        guest = key(draw(st.sampled_from(guests)), Role.INTERVIEWEE)
        blocks.append(TurnBlock(guest, draw(answer)))
        if draw(st.booleans()):
            blocks.append(draw(photo))
            if draw(st.booleans()):
                blocks.append(TurnBlock(guest, draw(answer)))
    if draw(st.booleans()):
        blocks.append(TurnBlock(key(interviewer_label, Role.INTERVIEWER), "Xin cảm ơn!"))
    doc.blocks = blocks
    return doc


any_text = st.text(st.characters(codec="utf-8"), max_size=80)


@st.composite
def any_documents(draw: st.DrawFn) -> InterviewDocument:
    """Documents with arbitrary strings everywhere (for storage round trips)."""
    doc = InterviewDocument(
        title=draw(any_text),
        lead=draw(any_text),
        byline=draw(any_text),
        tags=draw(st.lists(any_text, max_size=3)),
    )
    for label in draw(st.lists(any_text.filter(lambda t: clean_text(t).strip()), max_size=3)):
        doc.add_speaker(label, draw(st.sampled_from(list(Role))))
    blocks: list[Block] = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["p", "t", "f"] if doc.speakers else ["p", "f"]))
        if kind == "p":
            blocks.append(ParagraphBlock(draw(any_text)))
        elif kind == "t":
            blocks.append(TurnBlock(draw(st.sampled_from(doc.speakers)).key, draw(any_text)))
        else:
            blocks.append(
                PhotoBlock(
                    draw(any_text),
                    draw(st.none() | any_text),
                    draw(any_text),
                    draw(st.none() | any_text),
                )
            )
    doc.blocks = blocks
    return doc
