"""Generated Vietnamese reader comments with known labels and known campaigns.

Used by the assistant's tests and by ``benchmarks/bench_assistant.py``. Every
sentence here was written for this project. Kinds:

- ordinary comments on local news (with and without diacritics, some in teencode
  such as "ko", "dc", "k"), including words that look like abuse once folded
  ("du lịch", "giáo dục", "đội ngũ", "đường", "con dấu");
- spam: loans, betting, sales, with links, phone numbers ("0912 345 678") and
  chat-app handles ("zalo 09…", "tele @…");
- abuse: insults with and without diacritics, and teencode ("vl", "dm", "vcl");
- campaigns: one message posted many times with small edits, under different
  names and on several articles, sometimes with the diacritics removed.

Everything depends only on the seed given, so tests can assert figures.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from storage.textfold import fold

_OPENERS = (
    "Bài viết rất hay",
    "Cảm ơn phóng viên",
    "Tôi là người dân ở phường này",
    "Đọc xong thấy buồn",
    "Mong các cấp chính quyền quan tâm",
    "Ý kiến của tôi là",
    "Nhà tôi ở gần đó",
    "Chuyện này kéo dài mấy năm rồi",
    "Rất đồng tình với bài báo",
    "Xin hỏi tòa soạn",
    "Hôm qua tôi đi ngang qua",
    "Thật đáng khen",
)
_BODIES = (
    "con đường liên xã mùa mưa ngập sâu, xe máy đi lại rất khó khăn",
    "trường học của cháu tôi thiếu phòng, giáo viên phải dạy hai ca",
    "ngành giáo dục tỉnh nên có chính sách hỗ trợ giáo viên vùng cao",
    "du lịch biển năm nay đông khách, nhưng giá phòng tăng quá cao",
    "đội ngũ bác sĩ ở bệnh viện huyện làm việc rất tận tâm",
    "chợ đầu mối cần sắp xếp lại bãi giữ xe cho gọn",
    "giá lúa vụ này thấp, bà con nông dân lo lắm",
    "cây cầu cũ đã xuống cấp, mong sớm được sửa chữa",
    "hồ sơ làm con dấu ở phường giờ nhanh hơn trước nhiều",
    "điện chập chờn cả tuần nay, buổi tối rất bất tiện",
    "lễ hội đua ghe năm nay tổ chức chu đáo, khách du lịch khen nhiều",
    "các em học sinh đạt giải cao trong kỳ thi học sinh giỏi",
    "đoạn đường qua trường tiểu học cần thêm gờ giảm tốc",
    "rác thải ở bờ kênh bốc mùi, ai có trách nhiệm thì xử lý giùm",
    "dự án khu dân cư treo mười năm, người dân không xây được nhà",
    "mô hình nuôi tôm công nghệ cao này nên nhân rộng",
    "nước sinh hoạt đục, có mùi phèn, mong công ty cấp nước kiểm tra",
    "phong trào hiến máu tình nguyện ở xã tôi rất sôi nổi",
    "ai cần hỏi thủ tục thì gọi đường dây nóng của sở 0236 3822 123 trong giờ hành chính",
    "thông báo lịch cắt điện có trên trang dienluc.gov.vn, mọi người xem trước nhé",
    "tôi đã gọi số 0905 111 222 của ban quản lý chợ nhưng không ai nghe máy",
    "giá vàng hôm nay tăng 500k một chỉ, người mua đông quá",
)
_CLOSERS = (
    "Cảm ơn báo.",
    "Mong được trả lời.",
    "Mong sớm có giải pháp.",
    "Chúc tòa soạn luôn vững mạnh.",
    "Rất mong được quan tâm.",
    "",
    "",
)
_TEENCODE = {"không": "ko", "được": "dc", "quá": "wa", "biết": "bít", "vậy": "v"}

_SPAM = (
    "Vay tiền nhanh trong ngày không cần thế chấp, gọi ngay {phone}",
    "Nhận làm bằng đại học, giấy tờ các loại, liên hệ zalo {phone}",
    "Cá cược bóng đá uy tín, nạp lần đầu tặng 100%, vào {link}",
    "Kiếm tiền online tại nhà mỗi ngày 500k, nhắn tele @{handle} để nhận việc",
    "Thuốc giảm cân cấp tốc, cam kết hiệu quả, đặt hàng tại {link}",
    "Bán sim số đẹp giá rẻ, giao tận nơi, gọi {phone} hoặc zalo {phone}",
    "Hỗ trợ vay vốn lãi suất thấp, duyệt hồ sơ 5 phút, xem {link}",
    "Tuyển cộng tác viên bán hàng online, thu nhập cao, liên hệ {phone}",
    "Game bài đổi thưởng số 1, tải ngay tại {link} nhận quà",
    "Mua like, mua follow giá sỉ, inbox zalo {phone} nhé",
    "Ai cần tiền gấp thì nhắn mình, hỗ trợ nhanh gọn, không hỏi nhiều",
    "Bạn nào muốn có thu nhập thêm mỗi tháng thì kết bạn với mình nha",
)
_ABUSE = (
    "Đồ ngu, viết bài như vậy mà cũng đăng",
    "Thằng nhà báo này óc chó thật",
    "Câm mồm đi, bọn bồi bút",
    "Viết như cức, đọc mà nhục vl",
    "dm bọn này toàn lũ ăn hại",
    "Lũ mất dạy, cút hết đi",
    "Ngu như bò mà cũng đòi làm báo",
    "Đm cái bọn chó má này",
    "Vcl, bài viết láo toét, tác giả đúng là thằng hèn",
    "Bọn khốn nạn, đồ rác rưởi",
    "Đồ ngu dốt, im đi cho người ta nhờ",
    "Mặt dày vl, đồ đểu cáng",
)
_NAMES = (
    "Nguyễn Văn Hùng",
    "Trần Thị Mai",
    "Lê Minh Tuấn",
    "Phạm Thu Hà",
    "Hoàng Đức Anh",
    "Võ Thị Lan",
    "Đặng Quốc Bảo",
    "Bùi Thanh Tâm",
    "Huỳnh Ngọc Ánh",
    "Phan Văn Lộc",
    "Trương Mỹ Linh",
    "Ngô Gia Huy",
    "Dương Kim Oanh",
    "Lý Hoàng Nam",
    "Đinh Thị Hồng",
)
_DOMAINS = ("vaynhanh24h.xyz", "cuocbong.top", "giamcan.shop", "game-doithuong.club", "sieure.site")


@dataclass(frozen=True)
class GeneratedComment:
    """One generated comment; ``label`` is approve, spam or abuse; ``campaign`` -1 if none."""

    id: int
    text: str
    author: str
    email: str
    article: int
    label: str
    campaign: int = -1

    def to_json(self, *, with_label: bool = True) -> dict[str, object]:
        """The comment as one line of an ``evaluate`` input file."""
        data: dict[str, object] = {
            "id": self.id,
            "text": self.text,
            "author": self.author,
            "email": self.email,
            "article": self.article,
        }
        if with_label:
            data["label"] = self.label
        return data


def strip_marks(text: str) -> str:
    """*text* typed without diacritics, case kept ("Đồ ngu" → "Do ngu")."""
    kept: list[str] = []
    for char in text:
        folded = fold(char)
        kept.append(folded.upper() if char.isupper() else folded if folded else char)
    return "".join(kept)


def _phone(rng: random.Random) -> str:
    digits = "09" + "".join(rng.choice("0123456789") for _ in range(8))
    style = rng.randrange(3)
    if style == 0:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    if style == 1:
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    return digits


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        phone=_phone(rng),
        link=("https://" if rng.random() < 0.5 else "")
        + rng.choice(_DOMAINS)
        + f"/{rng.randrange(999)}",
        handle=rng.choice(("kiemtien", "vieclam", "hotro")) + str(rng.randrange(100)),
    )


def _ordinary(rng: random.Random) -> str:
    text = f"{rng.choice(_OPENERS)}, {rng.choice(_BODIES)}."
    if rng.random() < 0.4:
        text += f" Ngoài ra {rng.choice(_BODIES)}."
    closer = rng.choice(_CLOSERS)
    text = f"{text} {closer}".strip()
    if rng.random() < 0.25:
        for word, short in _TEENCODE.items():
            text = text.replace(word, short)
        text += " ko biết bao giờ mới xong" if rng.random() < 0.5 else ""
    if rng.random() < 0.2:
        text = strip_marks(text)
    return text


def _abuse(rng: random.Random) -> str:
    text = rng.choice(_ABUSE)
    if rng.random() < 0.4:
        text = f"{text}. {rng.choice(_BODIES).capitalize()} mà cũng không làm được"
    if rng.random() < 0.4:
        text = strip_marks(text)
    return text


def _person(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(_NAMES)
    email = f"{fold(name).replace(' ', '.')}{rng.randrange(1000)}@example.vn"
    return name, email


def small_edit(text: str, rng: random.Random) -> str:
    """*text* with one small edit: a word dropped, doubled or a letter repeated."""
    words = text.split()
    if len(words) < 4:
        return text
    where = rng.randrange(1, len(words) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        del words[where]
    elif kind == 1:
        words.insert(where, words[where])
    else:
        words[where] = words[where] + words[where][-1]
    return " ".join(words)


def generate(
    count: int,
    seed: int,
    *,
    spam_share: float = 0.2,
    abuse_share: float = 0.15,
    mistakes: float = 0.02,
) -> list[GeneratedComment]:
    """*count* labelled comments (ids 1..count), no campaigns, in a fixed order per seed.

    A share *mistakes* of the labels is wrong, as moderators' decisions sometimes are.
    """
    rng = random.Random(seed)
    comments: list[GeneratedComment] = []
    for number in range(1, count + 1):
        draw = rng.random()
        if draw < spam_share:
            label, text = "spam", _fill(rng.choice(_SPAM), rng)
            if rng.random() < 0.3:
                text = strip_marks(text)
        elif draw < spam_share + abuse_share:
            label, text = "abuse", _abuse(rng)
        else:
            label, text = "approve", _ordinary(rng)
        if rng.random() < mistakes:
            label = "approve" if label != "approve" else rng.choice(("spam", "abuse"))
        name, email = _person(rng)
        comments.append(
            GeneratedComment(
                number, nfd_sometimes(text, rng), name, email, rng.randrange(1, 40), label
            )
        )
    return comments


def nfd_sometimes(text: str, rng: random.Random) -> str:
    """*text*, one time in ten in NFD (as some phones and old browsers send it)."""
    return unicodedata.normalize("NFD", text) if rng.random() < 0.1 else text


_CAMPAIGN_TEXTS = (
    "Mọi người ơi đừng tin bài báo này, sự thật là chính quyền đã giải quyết xong từ lâu rồi, "
    "ai không tin thì cứ hỏi người dân trong xóm sẽ rõ",
    "Kêu gọi cả nhà cùng ký tên phản đối dự án này, nó sẽ làm ô nhiễm nguồn nước của "
    "hàng nghìn hộ dân, chia sẻ ngay để nhiều người biết",
    "Công ty này lừa đảo khách hàng, tôi mất tiền cọc mà không được trả lại, "
    "mọi người cẩn thận kẻo bị lừa như tôi",
    "Nhận tư vấn hồ sơ đất đai nhanh gọn, bao đậu thủ tục, liên hệ anh Tư số 0987 654 321 "
    "để được hỗ trợ tận tình",
)


_WHO = (
    "Bà con khu phố tôi",
    "Mấy đứa cháu nhà tôi",
    "Ông tổ trưởng dân phố",
    "Các thầy cô ở trường làng",
    "Người bán hàng ngoài chợ",
    "Hội phụ nữ phường",
    "Thanh niên trong xóm",
    "Mấy chủ quán cà phê",
    "Tài xế xe ôm đầu hẻm",
    "Cán bộ xã mình",
    "Bác sĩ trạm y tế",
    "Nhóm bạn đi câu",
    "Hàng xóm cạnh nhà",
    "Đoàn khách miền Bắc",
    "Ban quản lý chung cư",
    "Mấy anh công nhân",
)
_DOES = (
    "than phiền mãi về",
    "vừa góp tiền sửa",
    "rất vui khi thấy",
    "đang chờ ngày khánh thành",
    "không hiểu sao lại bỏ",
    "hay ra ngồi hóng mát ở",
    "chụp ảnh gửi báo về",
    "tự dọn dẹp sạch sẽ",
    "lo lắng chuyện an toàn ở",
    "đề nghị lắp đèn cho",
    "đã ký đơn xin mở rộng",
    "thường tập thể dục quanh",
)
_WHERE = (
    "bến đò Cây Da",
    "ngã ba Ông Tạ",
    "công viên bờ sông",
    "con hẻm số bảy",
    "nhà văn hóa ấp Hai",
    "sân bóng sau đình",
    "cầu treo qua suối",
    "chợ chiều Phú Lợi",
    "bãi biển phía nam",
    "trạm bơm đầu kênh",
    "thư viện huyện",
    "đường vào nghĩa trang",
    "khu tái định cư mới",
)
_WHEN = (
    "từ đầu tháng",
    "suốt mùa khô",
    "mỗi sáng sớm",
    "sau trận bão vừa rồi",
    "từ hồi Tết",
    "cả tuần nay",
    "vào cuối tuần",
    "mấy năm liền",
    "từ lúc có dự án",
    "trong đợt lễ vừa qua",
)
_SHORT = ("Hay quá", "Cảm ơn báo", "Đồng ý", "Bài viết hay", "Tuyệt vời quá báo ơi", "Ủng hộ")


def varied_ordinary(rng: random.Random, used: set[str] | None = None) -> str:
    """An ordinary comment made of two random clauses, or a short one.

    Clauses in *used* are not used again while fresh ones can be found (each
    comment is then its own, in files of up to some ten thousand comments).
    """
    if rng.random() < 0.1:
        return rng.choice(_SHORT)
    clauses: list[str] = []
    for _attempt in range(50):  # past 50 tries (huge files), a clause may come again
        clause = f"{rng.choice(_WHO)} {rng.choice(_DOES)} {rng.choice(_WHERE)} {rng.choice(_WHEN)}"
        if used is None or clause not in used or _attempt >= 40:
            clauses.append(clause)
            if used is not None:
                used.add(clause)
        if len(clauses) == 2:
            break
    text = f"{clauses[0]}, còn {clauses[1][0].lower()}{clauses[1][1:]}."
    return strip_marks(text) if rng.random() < 0.2 else text


def generate_with_campaigns(
    ordinary: int, campaigns: int, per_campaign: int, seed: int
) -> list[GeneratedComment]:
    """Ordinary comments (many on article 1) mixed with *campaigns* known campaigns.

    Each campaign posts its message *per_campaign* times, each copy with a small
    edit, under a different name, on one of several articles; one copy in three
    loses its diacritics. Ordinary comments (:func:`varied_ordinary`) are on
    article 1 for half of them.
    """
    rng = random.Random(seed)
    base: list[GeneratedComment] = []
    used: set[str] = set()
    for number in range(1, ordinary + 1):
        name, email = _person(rng)
        article = 1 if number % 2 else rng.randrange(2, 40)
        base.append(
            GeneratedComment(number, varied_ordinary(rng, used), name, email, article, "approve")
        )
    next_id = ordinary + 1
    for campaign in range(campaigns):
        if campaign < len(_CAMPAIGN_TEXTS):
            message = _CAMPAIGN_TEXTS[campaign]
        else:  # more campaigns than written texts: three complaints and an advert
            bodies = rng.sample(_BODIES, 3)
            message = (
                ". ".join(b.capitalize() for b in bodies) + ". " + _fill(rng.choice(_SPAM), rng)
            )
        for _copy in range(per_campaign):
            text = small_edit(message, rng)
            if rng.random() < 1 / 3:
                text = strip_marks(text)
            name, email = _person(rng)
            base.append(
                GeneratedComment(next_id, text, name, email, rng.randrange(1, 6), "spam", campaign)
            )
            next_id += 1
    rng.shuffle(base)
    return base
