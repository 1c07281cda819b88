"""Invented Vietnamese text for seeding the demo site.

Everything here is made up for the demo: a fictional province (Bình Lâm),
fictional people and figures. The interviews follow the usual Q&A layout of a
provincial paper ("Phóng viên: …" / "Ông …: …").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Interview:
    """One sample interview: headline, lead (sapo), status and Q&A paragraphs."""

    title: str
    lead: str
    status: str
    speaker: str
    exchanges: tuple[tuple[str, str], ...]

    def body(self) -> str:
        """The post content: lead, then one paragraph per question and answer."""
        parts = [self.lead]
        for question, reply in self.exchanges:
            parts.append(f"Phóng viên: {question}")
            parts.append(f"{self.speaker}: {reply}")
        parts.append("Phóng viên: Xin trân trọng cảm ơn!")
        return "\n\n".join(parts)


INTERVIEWS: tuple[Interview, ...] = (
    Interview(
        title="Tiêu thụ mận hậu: Không để nông dân “được mùa mất giá”",
        lead=(
            "Vụ mận năm nay, sản lượng toàn tỉnh Bình Lâm ước tăng gần một phần năm so với năm "
            "trước. Phóng viên đã trao đổi với ông Lò Văn Tuấn, Giám đốc Sở Nông nghiệp và Môi "
            "trường tỉnh, về các giải pháp giúp bà con tiêu thụ quả."
        ),
        status="publish",
        speaker="Ông Lò Văn Tuấn",
        exchanges=(
            (
                "Thưa ông, vụ mận năm nay có những điểm gì khác so với các năm trước?",
                "Thời tiết đầu năm thuận lợi, ít sương muối nên cây ra hoa đều, tỷ lệ đậu quả cao. "
                "Điểm mới là nhiều hợp tác xã đã làm vườn theo quy trình an toàn, ghi chép nhật ký "
                "canh tác, nhờ đó quả đủ điều kiện vào siêu thị và xuất đi các tỉnh phía Nam.",
            ),
            (
                "Sản lượng lớn dồn vào vài tuần thu hoạch, tỉnh đã chuẩn bị thế nào để tránh ùn ứ?",
                "Chúng tôi làm việc sớm với các doanh nghiệp thu mua, thống nhất lịch thu hái theo "
                "từng vùng để quả chín không dồn một lúc. Ba kho lạnh mới ở huyện Mường Lạn giúp "
                "kéo dài thời gian bảo quản thêm khoảng mười ngày.",
            ),
            (
                "Nhiều bà con vẫn lo thương lái ép giá. Ông có lời khuyên gì?",
                "Bà con nên bán qua hợp tác xã hoặc ký hợp đồng bao tiêu từ đầu vụ, đừng bán vội "
                "khi quả còn xanh. Sở đã lập đường dây nóng để người dân báo ngay khi có hiện "
                "tượng ép giá bất thường.",
            ),
            (
                "Việc bán hàng trên sàn thương mại điện tử đã mang lại kết quả ra sao?",
                "Năm ngoái mới có vài hộ thử bán trực tuyến, năm nay đã có hơn bốn mươi gian hàng. "
                "Các bạn trẻ trong bản tự quay video giới thiệu vườn, khách ở xa đặt trước cả "
                "tháng. Đó là tín hiệu rất đáng mừng.",
            ),
            (
                "Về lâu dài, ngành nông nghiệp tỉnh định hướng cho cây mận ra sao?",
                "Chúng tôi không khuyến khích mở rộng diện tích ồ ạt mà tập trung cải tạo giống, "
                "chế biến sâu như mận sấy, rượu mận, ô mai để nâng giá trị. Mỗi xã cố gắng có ít "
                "nhất một sản phẩm đạt chuẩn chất lượng của tỉnh.",
            ),
        ),
    ),
    Interview(
        title="Khắc phục sạt lở, sớm thông tuyến đường lên các xã vùng cao",
        lead=(
            "Sau đợt mưa lớn kéo dài, nhiều đoạn đường liên xã ở huyện Mường Lạn bị sạt lở, chia "
            "cắt. Ông Trần Quốc Bảo, Chủ tịch UBND huyện, cho biết về công tác khắc phục."
        ),
        status="publish",
        speaker="Ông Trần Quốc Bảo",
        exchanges=(
            (
                "Thưa ông, thiệt hại do đợt mưa vừa qua trên địa bàn huyện như thế nào?",
                "Có mười hai điểm sạt lở trên các tuyến đường liên xã, hai cầu tràn bị hư hỏng. "
                "Rất may không có thiệt hại về người. Một số hộ ở sát taluy âm đã được di chuyển "
                "tạm đến nhà văn hóa bản.",
            ),
            (
                "Đến nay việc thông tuyến đã đạt được kết quả gì?",
                "Huyện huy động máy xúc của các đơn vị thi công đóng trên địa bàn, cùng lực lượng "
                "dân quân và bà con. Sau bốn ngày, chín điểm đã thông xe; ba điểm còn lại đang làm "
                "đường tạm để xe máy qua lại được.",
            ),
            (
                "Người dân các bản bị chia cắt được hỗ trợ những gì?",
                "Chúng tôi đưa gạo, mì tôm, nước sạch và thuốc men vào bằng đường mòn. Trạm y tế "
                "xã cử cán bộ trực thường xuyên, các cháu học sinh được bố trí ở lại trường bán "
                "trú cho an toàn.",
            ),
            (
                "Để hạn chế sạt lở trong những mùa mưa tới, huyện có giải pháp gì?",
                "Huyện đang rà soát toàn bộ các điểm có nguy cơ, cắm biển cảnh báo và lập phương "
                "án di dời lâu dài cho những hộ ở vùng nguy hiểm. Chúng tôi cũng đề nghị tỉnh bố "
                "trí vốn kè các đoạn xung yếu.",
            ),
        ),
    ),
    Interview(
        title="Năm học mới ở vùng cao: Giữ chân học sinh bán trú",
        lead=(
            "Trường Phổ thông dân tộc bán trú xã Pá Lang có gần bảy trăm học sinh, phần lớn là "
            "con em đồng bào Mông. Cô Nguyễn Thị Hạnh, Hiệu trưởng nhà trường, chia sẻ những "
            "trăn trở đầu năm học."
        ),
        status="publish",
        speaker="Bà Nguyễn Thị Hạnh",
        exchanges=(
            (
                "Thưa cô, khó khăn lớn nhất của nhà trường đầu năm học là gì?",
                "Khó nhất vẫn là vận động các em quay lại lớp sau kỳ nghỉ, nhất là các em lớp tám, "
                "lớp chín đã phụ gia đình làm nương. Thầy cô phải đến tận nhà, có bản đi bộ gần "
                "nửa ngày mới tới.",
            ),
            (
                "Bữa ăn và chỗ ở cho học sinh bán trú được chuẩn bị ra sao?",
                "Nhà trường sửa lại hai dãy phòng ở, thay chăn màn mới trước mùa rét. Bếp ăn có "
                "thêm rau từ vườn trường do chính các em trồng, mỗi tuần có ít nhất ba bữa có thịt "
                "hoặc cá.",
            ),
            (
                "Việc dạy tiếng Việt cho học sinh đầu cấp được quan tâm thế nào?",
                "Chúng tôi tổ chức lớp tăng cường tiếng Việt vào buổi chiều, mời cả người trong "
                "bản biết hai thứ tiếng cùng hỗ trợ. Các em tự tin hơn thì sẽ ham đến lớp.",
            ),
            (
                "Cô mong muốn điều gì nhất trong năm học này?",
                "Tôi mong có thêm một phòng học tin học và đường vào trường được cứng hóa đoạn "
                "cuối. Mùa mưa đoạn đường ấy rất trơn, phụ huynh đưa con đến trường vất vả lắm.",
            ),
        ),
    ),
    Interview(
        title="Du lịch cộng đồng: Sinh kế mới cho bản làng ven hồ",
        lead=(
            "Từ vài hộ làm homestay tự phát, bản Nà Khoang nay đã thành điểm đến quen thuộc của "
            "du khách. Bà Hoàng Thị Mai, Giám đốc Hợp tác xã du lịch bản, kể lại chặng đường ấy."
        ),
        status="publish",
        speaker="Bà Hoàng Thị Mai",
        exchanges=(
            (
                "Thưa bà, bản bắt đầu làm du lịch từ khi nào?",
                "Khoảng sáu năm trước có nhóm sinh viên về ở nhờ rồi quay video, khách theo đó "
                "mà tìm đến. Ban đầu bà con còn ngại, không biết nấu món gì, thu tiền ra sao cho "
                "phải.",
            ),
            (
                "Hợp tác xã đã giúp gì cho các hộ làm du lịch?",
                "Hợp tác xã thống nhất giá phòng, giá mâm cơm, chia lượt đón khách để hộ nào cũng "
                "có thu nhập. Chúng tôi mở lớp dạy nấu ăn hợp vệ sinh, học vài câu tiếng Anh để "
                "chào khách.",
            ),
            (
                "Làm du lịch có làm mai một bản sắc văn hóa của bản không?",
                "Đó là điều chúng tôi lo nhất. Bản quy định nhà mới phải giữ kiểu nhà sàn, đội văn "
                "nghệ chỉ biểu diễn những điệu múa truyền thống, không pha tạp.",
            ),
            (
                "Kế hoạch sắp tới của hợp tác xã là gì?",
                "Chúng tôi muốn làm thêm tuyến đi bộ quanh hồ và chợ phiên cuối tuần để bà con bán "
                "nông sản, thổ cẩm trực tiếp cho khách.",
            ),
        ),
    ),
    Interview(
        title="Chủ động phòng chống rét cho gia súc vùng cao",
        lead=(
            "Mùa đông sắp đến, nguy cơ rét đậm, rét hại đe dọa đàn trâu, bò của bà con vùng cao. "
            "Ông Cầm Văn Thọ, Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh, hướng dẫn cách "
            "phòng chống."
        ),
        status="draft",
        speaker="Ông Cầm Văn Thọ",
        exchanges=(
            (
                "Thưa ông, bà con cần chuẩn bị những gì trước mùa rét?",
                "Trước hết là dự trữ thức ăn thô như rơm, cỏ khô, thân cây ngô ủ chua. Chuồng trại "
                "cần che chắn kín gió lùa nhưng vẫn phải thoáng, nền chuồng khô ráo.",
            ),
            (
                "Khi nhiệt độ xuống dưới mười độ, cần lưu ý điều gì?",
                "Không thả gia súc lên núi cao, không cho đi làm khi trời quá rét. Buổi tối có thể "
                "đốt lửa sưởi ở góc chuồng nhưng phải giữ khoảng cách an toàn.",
            ),
        ),
    ),
    Interview(
        title="Đưa sản phẩm chè Shan tuyết vươn xa",
        lead=(
            "Những cây chè cổ thụ trên đỉnh Phà Lềnh đang mang lại nguồn thu ổn định cho bà con. "
            "Ông Vàng A Sử, Giám đốc Hợp tác xã chè Phà Lềnh, nói về hướng đi mới."
        ),
        status="future",
        speaker="Ông Vàng A Sử",
        exchanges=(
            (
                "Thưa ông, chè Shan tuyết Phà Lềnh có gì đặc biệt?",
                "Cây chè mọc tự nhiên ở độ cao trên một nghìn năm trăm mét, búp có lớp lông trắng "
                "mịn. Nước chè vàng sánh, vị chát nhẹ rồi ngọt hậu rất lâu.",
            ),
            (
                "Hợp tác xã đã làm gì để nâng giá trị sản phẩm?",
                "Chúng tôi đăng ký nhãn hiệu, in mã truy xuất trên từng gói và chỉ thu hái theo "
                "đúng tiêu chuẩn một tôm hai lá.",
            ),
        ),
    ),
    Interview(
        title="Giữ nghề dệt thổ cẩm của phụ nữ Thái",
        lead=(
            "Ở bản Hua Na, tiếng khung cửi vẫn đều đặn mỗi tối. Bà Lường Thị Xuân, người dạy "
            "dệt cho hơn ba mươi học trò, chia sẻ về nghề."
        ),
        status="pending",
        speaker="Bà Lường Thị Xuân",
        exchanges=(
            (
                "Thưa bà, bà học dệt từ khi nào?",
                "Tôi học từ mẹ năm mười tuổi, ban đầu chỉ quấn sợi, đến mười lăm tuổi mới tự dệt "
                "được tấm khăn piêu đầu tiên.",
            ),
        ),
    ),
)

FAMILY_NAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Lò",
    "Cầm",
    "Quàng",
    "Hà",
    "Lường",
    "Vàng",
    "Sùng",
    "Đinh",
    "Ngô",
)
MIDDLE_NAMES = ("Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quốc", "Thanh", "A", "Hữu")
GIVEN_NAMES = (
    "An",
    "Bình",
    "Cường",
    "Dung",
    "Hạnh",
    "Hùng",
    "Lan",
    "Mai",
    "Nam",
    "Phương",
    "Quang",
    "Sơn",
    "Tâm",
    "Thảo",
    "Tuấn",
    "Yến",
    "Chiến",
    "Hòa",
    "Khánh",
    "Nguyệt",
    "Pằng",
    "Dế",
    "Xuân",
    "Đông",
)
NICKNAMES = (
    "Bạn đọc Mường Lạn",
    "Người con xa quê",
    "Cựu giáo viên",
    "Một phụ huynh",
    "Khách du lịch",
    "Nông dân trồng mận",
    "Tài xế đường dài",
    "Sinh viên Bình Lâm",
)

OPENERS = (
    "Bài viết rất hay.",
    "Cảm ơn báo đã phản ánh kịp thời.",
    "Đọc xong thấy vui.",
    "Tôi hoàn toàn đồng ý.",
    "Xin hỏi thêm một chút.",
    "Góp ý với tòa soạn:",
    "Thật đáng khâm phục.",
    "Mong các cấp quan tâm hơn nữa.",
    "Quê tôi cũng vậy.",
    "Hy vọng năm sau sẽ tốt hơn.",
)
BODIES = (
    "Năm nào cũng nghe nói sẽ có kho lạnh nhưng bản tôi vẫn phải bán rẻ cho thương lái",
    "Đoạn đường qua dốc Pá Lang mỗi lần mưa là lầy lội, xe máy không đi nổi",
    "Các thầy cô vùng cao vất vả quá, lương thì không đủ tiền xăng đi vận động học sinh",
    "Homestay ở bản sạch sẽ, đồ ăn ngon, chủ nhà rất mến khách",
    "Giá phân bón tăng mà giá nông sản cứ giảm, người trồng mận lỗ nặng",
    "Đề nghị huyện sớm làm kè đoạn suối chảy qua trung tâm xã",
    "Con tôi học bán trú ở trường, cháu kể bữa ăn bây giờ đã khá hơn trước nhiều",
    "Nên có thêm biển chỉ đường bằng tiếng Anh cho khách nước ngoài",
    "Sao không đưa mận lên sàn thương mại điện tử sớm hơn",
    "Đường dây nóng báo ép giá gọi mãi không ai nghe máy",
    "Chúng tôi đã đến bản Nà Khoang dịp nghỉ lễ, cảnh hồ buổi sáng đẹp như tranh",
    "Bà con bản tôi tự góp công mở đường, chỉ mong nhà nước hỗ trợ xi măng",
    "Cần kiểm tra chất lượng kho lạnh, năm ngoái có lô mận bị hỏng cả",
    "Con em đồng bào học tiếng Việt tốt hơn thì sau này mới có cơ hội việc làm",
)
CLOSERS = (
    "Cảm ơn phóng viên!",
    "Mong báo tiếp tục theo dõi.",
    "Chúc bà con được mùa.",
    "Trân trọng.",
    "Ủng hộ!",
    "Hy vọng được giải quyết sớm.",
    "",
    "",
)
REPLIES = (
    "Cảm ơn bạn đã chia sẻ thông tin.",
    "Tôi cũng nghĩ như bạn.",
    "Bạn nói chưa đúng lắm, năm nay giá đã khá hơn rồi.",
    "Bạn ở bản nào vậy? Tôi cũng ở Mường Lạn.",
    "Đồng ý, cần làm sớm trước mùa mưa.",
    "Số điện thoại đường dây nóng có ghi ở cuối bài đó bạn.",
)
EDITOR_REPLIES = (
    "Cảm ơn bạn đọc đã góp ý. Tòa soạn sẽ chuyển ý kiến đến cơ quan chức năng.",
    "Ban biên tập đã ghi nhận phản ánh và sẽ tiếp tục theo dõi, thông tin đến bạn đọc.",
    "Xin cảm ơn bạn. Số đường dây nóng của Sở là 0214 3800 000 (số giả định cho trang demo).",
)
SPAM = (
    "Vay tiền nhanh không cần thế chấp, duyệt trong 5 phút!!! Liên hệ ngay",
    "Kiếm 5 triệu mỗi ngày tại nhà, click link bên dưới",
    "Bán đất nền giá rẻ, sổ đỏ trao tay, gọi ngay kẻo lỡ",
    "Great article! Check my site for cheap watches",
    "Nhận làm bằng đại học các loại, bao công chứng",
    "Thuốc tăng chiều cao thần kỳ, hiệu quả sau 7 ngày",
)
SPAM_URLS = (
    "http://vay-nhanh.example.com",
    "https://kiem-tien.example.net/ref=123",
    "http://dat-nen-gia-re.example.org",
)
HOSTILE = (
    "<script>alert('xss')</script>Bài viết hay!",
    '<img src=x onerror="alert(1)"> Ảnh đâu rồi?',
    'Xem thêm tại <a href="javascript:alert(1)">đây</a> và http://example.com/lừa-đảo',
    "<b>In đậm</b> <i>nghiêng</i> <u>gạch chân</u> </div></p> <!-- bình luận ẩn",
    "'; DROP TABLE comments; -- tôi chỉ đùa thôi",
    "Dòng có ký tự điều khiển:\x00\x07\x1b[31mĐỎ\x1b[0m\x7f hết.",
    "Văn bản đảo chiều \u202eđây là chữ ngược\u202c và khoảng trắng\u200bvô\u200bhình.",
    "Chữ tổ hợp: Vie\u0302\u0323t Nam, Đo\u0302\u0300ng chí Hoa\u0300 (dạng NFD).",
    "Emoji 🌸🍑😡 và ký hiệu lạ ∑∆√ cùng 𝓫𝓸𝓵𝓭 chữ toán học.",
    "Dòng 1\r\nDòng 2\rDòng 3\n\n\n\nDòng cuối sau nhiều dòng trống",
    "&lt;b&gt;không phải thẻ&lt;/b&gt; &amp;amp; &#x3C;script&#x3E;",
    "ĐỒ VÔ DỤNG!!! TÒA SOẠN TOÀN VIẾT BÀI BỐC THƠM, XÓA BÌNH LUẬN CỦA DÂN!!!",
)
USER_AGENTS = (
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Safari/537.36 coc_coc_browser/124.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "",
)
