<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AccountError</name>
    <message>
        <location filename="../../portal/accounts.py" line="105"/>
        <source>Enter the site&apos;s address.</source>
        <translation>Hãy nhập địa chỉ trang tin.</translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="108"/>
        <source>The address must look like https://example.vn.</source>
        <translation>Địa chỉ phải có dạng https://example.vn.</translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="117"/>
        <source>Leave the user name and password out of the address: enter the address alone (like https://example.vn) and the user name and application password in their own fields.</source>
        <translation>Đừng ghi tên người dùng và mật khẩu vào địa chỉ: chỉ nhập địa chỉ (như https://example.vn), còn tên người dùng và mật khẩu ứng dụng thì nhập vào ô riêng của chúng.</translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="133"/>
        <source>The port after “:” must be a number from 1 to 65535.</source>
        <translation>Cổng sau dấu “:” phải là một số từ 1 đến 65535.</translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="138"/>
        <source>The address must start with https:// (plain http is not safe).</source>
        <translation>Địa chỉ phải bắt đầu bằng https:// (http thường không an toàn).</translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="283"/>
        <source>Enter the WordPress user name.</source>
        <translation>Hãy nhập tên đăng nhập WordPress.</translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="289"/>
        <source>There is already a site called “{name}”.</source>
        <translation>Đã có một trang tin tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="307"/>
        <source>That site no longer exists.</source>
        <translation>Trang tin này không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="357"/>
        <source>The address stored for {site} must be fixed in Preferences ▸ Sites: {reason}</source>
        <translation>Cần sửa địa chỉ đã lưu của {site} trong Tùy chọn ▸ Trang tin: {reason}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../shell/application.py" line="95"/>
        <location filename="../../shell/application.py" line="109"/>
        <source>Newsdesk cannot start</source>
        <extracomment>Kept versions are pruned (editor.versions) a while after start, then every few hours.</extracomment>
        <translation>Không thể khởi động Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="96"/>
        <source>The data folder {path} cannot be created: {reason}</source>
        <translation>Không thể tạo thư mục dữ liệu {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="210"/>
        <source>Demo profile: {path}</source>
        <extracomment>What every operation changed, for the pages to read again (uikit.changes).</extracomment>
        <translation>Hồ sơ dùng thử: {path}</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="548"/>
        <source>{site} refused the application password of {user}.
Changes for the site wait until it works.

Application password:</source>
        <translation>{site} từ chối mật khẩu ứng dụng của {user}.
Các thay đổi gửi lên trang tin sẽ chờ đến khi mật khẩu dùng được.

Mật khẩu ứng dụng:</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="558"/>
        <source>Application password</source>
        <translation>Mật khẩu ứng dụng</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="633"/>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="636"/>
        <source>Newsdesk will close now.</source>
        <translation>Newsdesk sẽ đóng ngay bây giờ.</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="554"/>
        <source>Application password for {user} on {site}:</source>
        <translation>Mật khẩu ứng dụng của {user} trên {site}:</translation>
    </message>
</context>
<context>
    <name>Assistant</name>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="67"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="70"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, dòng {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="78"/>
        <source>there is no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="80"/>
        <source>you are not allowed to read this file</source>
        <translation>bạn không có quyền đọc tệp này</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="82"/>
        <source>this is a folder, not a file</source>
        <translation>đây là thư mục, không phải tệp</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="83"/>
        <source>the file cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="113"/>
        <source>not UTF-8 text</source>
        <translation>không phải văn bản UTF-8</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="119"/>
        <location filename="../../moderation/assistant/dataset.py" line="123"/>
        <source>not a JSON object</source>
        <translation>không phải một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="130"/>
        <source>“id” is missing or not a number or text</source>
        <translation>thiếu “id”, hoặc “id” không phải số hay chữ</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="135"/>
        <source>“text” is missing or not text</source>
        <translation>thiếu “text”, hoặc “text” không phải chữ</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="142"/>
        <source>unknown label “{label}” (approve, spam or abuse)</source>
        <translation>nhãn “{label}” không hợp lệ (approve, spam hoặc abuse)</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="154"/>
        <source>“{field}” is not text</source>
        <translation>“{field}” không phải chữ</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="194"/>
        <source>line longer than {size} MB</source>
        <translation>dòng dài quá {size} MB</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="208"/>
        <source>id {id} already used on line {line}</source>
        <translation>id {id} đã dùng ở dòng {line}</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="218"/>
        <source>the file holds no comments</source>
        <translation>tệp không có bình luận nào</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="35"/>
        <source>a link</source>
        <translation>có đường link</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="36"/>
        <source>a phone number</source>
        <translation>có số điện thoại</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="37"/>
        <source>a chat-app contact (Zalo, Telegram…)</source>
        <translation>có liên hệ ứng dụng nhắn tin (Zalo, Telegram…)</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="40"/>
        <source>very short</source>
        <translation>rất ngắn</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="41"/>
        <source>very long</source>
        <translation>rất dài</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="42"/>
        <source>the same words again and again</source>
        <translation>lặp đi lặp lại cùng một từ</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="43"/>
        <source>written in capitals</source>
        <translation>viết toàn chữ hoa</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="44"/>
        <source>typed without diacritics</source>
        <translation>gõ không dấu</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="45"/>
        <source>an amount of money or a percentage</source>
        <translation>có số tiền hoặc tỉ lệ phần trăm</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="46"/>
        <source>the author&apos;s comments approved before</source>
        <translation>các bình luận trước của tác giả đã được duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="49"/>
        <source>the author&apos;s comments rejected before</source>
        <translation>các bình luận trước của tác giả đã bị từ chối</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="52"/>
        <source>the author&apos;s first comment</source>
        <translation>bình luận đầu tiên của tác giả</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="66"/>
        <source>the word “{word}”</source>
        <translation>từ “{word}”</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="68"/>
        <source>the word “{word}” with these diacritics</source>
        <translation>từ “{word}” đúng dấu như vậy</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="72"/>
        <source>the words “{words}”</source>
        <translation>cụm từ “{words}”</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="74"/>
        <source>the letters “{letters}”</source>
        <translation>các chữ cái “{letters}”</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/readonly.py" line="38"/>
        <source>No decisions to learn from in {path} ({reason}). Give a file of labelled comments with --train, or choose the data folder with --data-dir.</source>
        <translation>Không có quyết định kiểm duyệt nào để học trong {path} ({reason}). Hãy đưa một tệp bình luận đã gắn nhãn bằng --train, hoặc chọn thư mục dữ liệu bằng --data-dir.</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/readonly.py" line="50"/>
        <source>there is no database</source>
        <translation>không có cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/training.py" line="55"/>
        <source>Too few decisions to learn from: {approved} approved and {rejected} rejected. The assistant needs at least {total} decisions, with at least {each} of each kind.</source>
        <translation>Quá ít quyết định để học: {approved} bình luận đã duyệt và {rejected} bị từ chối. Trợ lý cần ít nhất {total} quyết định, mỗi loại ít nhất {each}.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="34"/>
        <source>The assistant has too few decisions to score comments yet: decide some, then use “Train the assistant”.</source>
        <extracomment>Selects the current comment&apos;s campaign (free among WordPress&apos;s keys and ours).</extracomment>
        <translation>Trợ lý chưa có đủ quyết định để chấm điểm bình luận: hãy duyệt thêm một số bình luận rồi bấm “Huấn luyện trợ lý”.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="54"/>
        <source>{badge} — near-duplicates of this comment; {key} selects them all.</source>
        <translation>{badge} — các bình luận gần giống hệt bình luận này; phím {key} chọn tất cả.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="67"/>
        <source>Assistant: {score} likely not to publish. Weighed most: {reasons}</source>
        <translation>Trợ lý: {score} khả năng không nên đăng. Nặng ký nhất: {reasons}</translation>
    </message>
</context>
<context>
    <name>AssistantController</name>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="185"/>
        <source>An unexpected problem stopped the assistant; the details are in the log.</source>
        <translation>Một sự cố ngoài dự kiến đã làm dừng trợ lý; chi tiết có trong nhật ký.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/assistant_controller.py" line="217"/>
        <source>The assistant learned from %n decision(s).</source>
        <translation>
            <numerusform>Trợ lý đã học từ %n quyết định.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="220"/>
        <source>Training failed: {reason}</source>
        <translation>Huấn luyện không thành công: {reason}</translation>
    </message>
</context>
<context>
    <name>AutoActionBox</name>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="33"/>
        <source>Only flag (a moderator decides)</source>
        <translation>Chỉ đánh dấu (người kiểm duyệt quyết định)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="34"/>
        <source>Hold for moderation</source>
        <translation>Giữ lại chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="35"/>
        <source>Reject (move to trash)</source>
        <translation>Từ chối (chuyển vào thùng rác)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="36"/>
        <source>Mark as spam</source>
        <translation>Đánh dấu spam</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="219"/>
        <source>The image could not be fetched from the site. It stays on the site as it is; choose an image to replace it.</source>
        <translation>Không tải được ảnh từ trang tin. Ảnh vẫn giữ nguyên trên trang; chọn ảnh khác nếu muốn thay.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="224"/>
        <source>No image yet</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="265"/>
        <source>Select a block on the left to edit it.
Ctrl+Enter adds the next question or answer.</source>
        <translation>Chọn một khối bên trái để sửa.
Ctrl+Enter thêm câu hỏi hoặc câu trả lời tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="269"/>
        <source>Speaker:</source>
        <translation>Người nói:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="270"/>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="271"/>
        <source>Choose image…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="272"/>
        <source>Caption:</source>
        <translation>Chú thích ảnh:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="273"/>
        <source>Credit:</source>
        <translation>Nguồn ảnh:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="274"/>
        <source>Alt text:</source>
        <translation>Mô tả ảnh:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="275"/>
        <source>Site content — Newsdesk does not edit this part</source>
        <translation>Nội dung của trang — Newsdesk không sửa phần này</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="278"/>
        <source>This part of the post (a table, an embed, columns, a gallery, a shortcode or formatted text) goes back to the site exactly as it is. It can be moved or deleted as a whole; edit it on the site. Its words:</source>
        <translation>Phần này của bài (bảng, nội dung nhúng, bố cục cột, thư viện ảnh, mã ngắn hoặc chữ có định dạng) được gửi lại trang tin đúng như cũ. Có thể di chuyển hoặc xóa cả phần; muốn sửa thì sửa trên trang tin. Chữ trong phần này:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="283"/>
        <source>Photographer or source</source>
        <translation>Người chụp hoặc nguồn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="285"/>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>Ảnh thể hiện điều gì, cho bạn đọc không xem được ảnh</translation>
    </message>
</context>
<context>
    <name>BlocksModel</name>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="74"/>
        <source>(empty turn)</source>
        <translation>(lượt lời trống)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="77"/>
        <source>(no caption)</source>
        <translation>(chưa có chú thích)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="80"/>
        <source>(no image)</source>
        <translation>(chưa có ảnh)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="80"/>
        <source>(image not fetched)</source>
        <translation>(chưa tải được ảnh)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="83"/>
        <source>(empty paragraph)</source>
        <translation>(đoạn trống)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="85"/>
        <source>Site content: {words}</source>
        <translation>Nội dung của trang: {words}</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../shell/ui/choice_dialog.py" line="48"/>
        <source>Conflict with the site</source>
        <translation>Xung đột với trang tin</translation>
    </message>
    <message>
        <location filename="../../shell/ui/choice_dialog.py" line="76"/>
        <source>Decide later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>CommentDetailPane</name>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="285"/>
        <location filename="../../moderation/ui/detail_pane.py" line="301"/>
        <source>(anonymous)</source>
        <extracomment>Gives the assistant&apos;s sentence on a comment by id (&quot;&quot; hides it); set by the page.</extracomment>
        <translation>(ẩn danh)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="309"/>
        <source>Article #{id}</source>
        <translation>Bài #{id}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="310"/>
        <source>On: {title}</source>
        <translation>Bài: {title}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="320"/>
        <source>Suggest rejecting:</source>
        <translation>Nên từ chối:</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="322"/>
        <source>Needs a look:</source>
        <translation>Cần xem xét:</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="336"/>
        <source>Reply waiting to be sent: {text}</source>
        <translation>Trả lời đang chờ gửi: {text}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="359"/>
        <source>Someone else moderated this comment on the site: it is now “{site}” there. Your decision (“{mine}”) was not sent.</source>
        <translation>Người khác đã kiểm duyệt bình luận này trên trang tin: hiện ở đó là “{site}”. Quyết định của bạn (“{mine}”) chưa được gửi.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="368"/>
        <source>The site refused this decision: {reason}</source>
        <translation>Trang tin từ chối quyết định này: {reason}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="390"/>
        <source>Comment #{id}, not in the local copy.</source>
        <translation>Bình luận #{id}, không có trong bản sao trên máy.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="406"/>
        <source>Earlier comments by this author: {approved} approved, {pending} pending, {rejected} rejected, {spam} spam.</source>
        <translation>Các bình luận trước của người này: {approved} đã duyệt, {pending} chờ duyệt, {rejected} bị từ chối, {spam} spam.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="446"/>
        <source>{count} / {maximum} characters</source>
        <translation>{count} / {maximum} ký tự</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="292"/>
        <location filename="../../moderation/ui/detail_pane.py" line="475"/>
        <source>Select a comment to read it in full.</source>
        <translation>Chọn một bình luận để đọc toàn văn.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="476"/>
        <source>In reply to</source>
        <translation>Trả lời cho</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="477"/>
        <source>The author</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="478"/>
        <source>List this author&apos;s comments</source>
        <translation>Liệt kê bình luận của người này</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="479"/>
        <source>Reply as the newspaper</source>
        <translation>Trả lời với tư cách tòa soạn</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="480"/>
        <source>Write a reply; it is sent with the decisions.</source>
        <translation>Viết trả lời; sẽ được gửi cùng các quyết định.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="441"/>
        <source>Send reply</source>
        <translation>Gửi trả lời</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="482"/>
        <source>Keep the site&apos;s decision</source>
        <translation>Giữ quyết định trên trang tin</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="483"/>
        <source>Send mine anyway</source>
        <translation>Vẫn gửi quyết định của tôi</translation>
    </message>
</context>
<context>
    <name>CommentOutbox</name>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="45"/>
        <source>(anonymous)</source>
        <translation>(ẩn danh)</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="54"/>
        <source>Comment #{id} on the site: {status}</source>
        <translation>Bình luận #{id} trên trang tin: {status}</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="58"/>
        <source>Comment by {author} “{excerpt}”: {status}</source>
        <translation>Bình luận của {author} “{excerpt}”: {status}</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="68"/>
        <source>Reply to comment #{id} on the site</source>
        <translation>Trả lời bình luận #{id} trên trang tin</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="72"/>
        <source>Reply to {author}&apos;s comment “{excerpt}”</source>
        <translation>Trả lời bình luận của {author} “{excerpt}”</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="80"/>
        <source>Keep the site&apos;s decision</source>
        <translation>Giữ quyết định trên trang tin</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="81"/>
        <source>Send mine anyway</source>
        <translation>Vẫn gửi quyết định của tôi</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="91"/>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="93"/>
        <source>Author</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="96"/>
        <source>On the site now</source>
        <translation>Hiện trên trang tin</translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="101"/>
        <source>Your decision</source>
        <translation>Quyết định của bạn</translation>
    </message>
</context>
<context>
    <name>CommentQueueModel</name>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="242"/>
        <source>(anonymous)</source>
        <extracomment>How many comments are in a comment&apos;s campaign (1: none); set by the page.</extracomment>
        <translation>(ẩn danh)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="247"/>
        <source>Article #{id}</source>
        <translation>Bài #{id}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="267"/>
        <source>Author</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="268"/>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="269"/>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="270"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="271"/>
        <source>Flags</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="272"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="273"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>CommentsPage</name>
    <message>
        <location filename="../../shell/first_window.py" line="81"/>
        <location filename="../../moderation/ui/comments_page.py" line="401"/>
        <source>Comments</source>
        <extracomment>At most this many rows are listed to select a campaign (G): 25 pages of the queue.</extracomment>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="452"/>
        <source>No site is set up. Add one under Preferences ▸ Sites to pull comments.</source>
        <translation>Chưa cấu hình trang tin. Hãy thêm trong Tùy chọn ▸ Trang tin để lấy bình luận.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="455"/>
        <source>Site: {name}</source>
        <translation>Trang tin: {name}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="461"/>
        <location filename="../../moderation/ui/comments_page.py" line="1015"/>
        <source>All articles</source>
        <translation>Mọi bài viết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="464"/>
        <source>Article #{id}</source>
        <translation>Bài #{id}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="577"/>
        <source>Comments by {author}</source>
        <translation>Bình luận của {author}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="577"/>
        <location filename="../../moderation/ui/comments_page.py" line="713"/>
        <location filename="../../moderation/ui/comments_page.py" line="723"/>
        <source>(anonymous)</source>
        <translation>(ẩn danh)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="600"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n bình luận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="625"/>
        <source>%n comment(s) waiting to sync</source>
        <translation>
            <numerusform>%n bình luận chờ đồng bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="627"/>
        <source>%n conflict(s) with the site</source>
        <translation>
            <numerusform>%n xung đột với trang tin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/decision_controller.py" line="81"/>
        <source>Nothing to change: “{action}” does not apply here.</source>
        <translation>Không có gì để thay đổi: “{action}” không áp dụng ở đây.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/decision_controller.py" line="98"/>
        <source>Nothing to change: no selected comment is flagged.</source>
        <translation>Không có gì để thay đổi: không bình luận nào được chọn đang cần xem xét.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="746"/>
        <source>Already sent: the reverse of %n decision(s) will be sent.</source>
        <translation>
            <numerusform>Đã gửi rồi: sẽ gửi lệnh đảo ngược %n quyết định.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="754"/>
        <source>%n comment(s) changed since the decision and were left as they are.</source>
        <translation>
            <numerusform>%n bình luận đã thay đổi sau quyết định nên được giữ nguyên.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="792"/>
        <source>Comment approved and reply queued; both are sent with the decisions.</source>
        <translation>Đã duyệt bình luận và xếp câu trả lời vào hàng đợi gửi; cả hai được gửi cùng các quyết định kiểm duyệt.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="795"/>
        <source>Reply queued; it is sent with the decisions.</source>
        <translation>Đã đưa trả lời vào hàng đợi; sẽ được gửi cùng các quyết định.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="838"/>
        <source>No site is set up.</source>
        <translation>Chưa cấu hình trang tin.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="42"/>
        <source>Pulling comments from {site}…</source>
        <translation>Đang lấy bình luận từ {site}…</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="48"/>
        <source>Pulling comments… {done} of {total}</source>
        <translation>Đang lấy bình luận… {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="62"/>
        <source>Pull stopped; the comments pulled so far are kept.</source>
        <translation>Đã dừng lấy bình luận; những bình luận đã lấy được vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="55"/>
        <source>Pulled {received} comment(s): {new} new, {changed} changed on the site.</source>
        <translation>Đã lấy {received} bình luận: {new} mới, {changed} thay đổi trên trang tin.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="68"/>
        <source>Could not pull comments; showing those pulled before. {reason}</source>
        <translation>Không lấy được bình luận; đang hiển thị những bình luận lấy trước đó. {reason}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_controller.py" line="62"/>
        <source>Checking the comments against the new rules…</source>
        <translation>Đang kiểm tra bình luận theo quy tắc mới…</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="707"/>
        <source>This author has no pending comments.</source>
        <translation>Người này không có bình luận nào chờ duyệt.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="725"/>
        <source>Comments {author} writes from now on are approved when pulled.</source>
        <translation>Từ nay bình luận mới của {author} được duyệt ngay khi lấy về.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="727"/>
        <source>Comments {author} writes from now on wait for a decision again.</source>
        <translation>Từ nay bình luận mới của {author} lại chờ duyệt như thường.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="870"/>
        <source>Training the assistant on this site&apos;s decisions…</source>
        <translation>Đang huấn luyện trợ lý trên các quyết định của trang này…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="893"/>
        <source>%n more in other queues.</source>
        <translation>
            <numerusform>Còn %n bình luận ở các mục khác.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="895"/>
        <source>No similar comments are listed here.</source>
        <translation>Không có bình luận giống nhau nào trong danh sách này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="900"/>
        <source>%n similar comment(s) selected: one key decides them all, Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>Đã chọn %n bình luận giống nhau: một phím quyết định tất cả, Ctrl+Z để hoàn tác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="954"/>
        <source>Rules saved; %n comment(s) flagged differently now.</source>
        <translation>
            <numerusform>Đã lưu quy tắc; %n bình luận được đánh dấu khác trước.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="980"/>
        <source>Pull comments</source>
        <translation>Lấy bình luận</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="981"/>
        <source>Train the assistant</source>
        <translation>Huấn luyện trợ lý</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="984"/>
        <source>Learn from this site&apos;s own decisions (approved against spam and trash), on this computer only. The assistant only suggests; it never decides.</source>
        <translation>Học từ chính các quyết định của trang này (đã duyệt so với thư rác và từ chối), chỉ trên máy này. Trợ lý chỉ gợi ý, không bao giờ tự quyết định.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="988"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="989"/>
        <source>Rules…</source>
        <translation>Quy tắc…</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="990"/>
        <source>Moderation log…</source>
        <translation>Nhật ký kiểm duyệt…</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="991"/>
        <source>Dashboard…</source>
        <translation>Bảng số liệu…</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="992"/>
        <source>Show all authors</source>
        <translation>Hiện mọi người viết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="993"/>
        <source>Show conflicts</source>
        <translation>Hiện xung đột</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="995"/>
        <source>Search comments (accents optional: “duong” finds “Đường”)</source>
        <translation>Tìm bình luận (không cần dấu: “duong” tìm được “Đường”)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="999"/>
        <source>Every word must occur, in any order; comments with the words side by side come first. Put words in quotes (&quot;chuyển đổi số&quot;) to find them only side by side.</source>
        <translation>Bình luận phải có đủ mọi từ, theo thứ tự bất kỳ; bình luận có các từ đứng liền nhau được xếp trước. Đặt các từ trong ngoặc kép (&quot;chuyển đổi số&quot;) để chỉ tìm khi chúng đứng liền nhau.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1004"/>
        <source>Author</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1007"/>
        <source>Any time</source>
        <translation>Mọi lúc</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1008"/>
        <source>Last 24 hours</source>
        <translation>24 giờ qua</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1009"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1010"/>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1016"/>
        <source>Next comment</source>
        <translation>Bình luận sau</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1017"/>
        <source>Previous comment</source>
        <translation>Bình luận trước</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1020"/>
        <source>List this author&apos;s comments</source>
        <translation>Liệt kê bình luận của người này</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1022"/>
        <source>Select similar comments (campaign)</source>
        <translation>Chọn các bình luận giống nhau (chiến dịch)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1023"/>
        <source>Reject all pending by this author</source>
        <translation>Từ chối mọi bình luận chờ duyệt của người này</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1024"/>
        <source>Approve this author&apos;s next comments</source>
        <translation>Tự duyệt các bình luận sau của người này</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1027"/>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1028"/>
        <source>Oldest first (queue age)</source>
        <translation>Cũ nhất trước (chờ lâu nhất)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1029"/>
        <source>By article</source>
        <translation>Theo bài viết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1030"/>
        <source>By flags</source>
        <translation>Theo mức cảnh báo</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1031"/>
        <source>By the assistant&apos;s score</source>
        <translation>Theo điểm của trợ lý</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="82"/>
        <source>Conflict with the site</source>
        <translation>Xung đột với trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="85"/>
        <source>Someone changed this post on the site (at {when} UTC) after Newsdesk last sent it. Newsdesk has not overwritten it. Choose which version to keep.</source>
        <translation>Có người đã sửa bài này trên trang tin (lúc {when} UTC) sau lần Newsdesk gửi gần nhất. Newsdesk chưa ghi đè. Hãy chọn giữ bản nào.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="89"/>
        <source>Your version (Newsdesk)</source>
        <translation>Bản của bạn (Newsdesk)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="90"/>
        <source>On the site now</source>
        <translation>Bản đang có trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="91"/>
        <source>Keep mine (overwrite the site)</source>
        <translation>Giữ bản của tôi (ghi đè trang tin)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="92"/>
        <source>Take the site&apos;s version</source>
        <translation>Lấy bản trên trang tin</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="45"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="47"/>
        <source>● Offline</source>
        <translation>● Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="51"/>
        <source>● Connected to {site} as {user}</source>
        <translation>● Đã kết nối {site} với tài khoản {user}</translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="55"/>
        <source>⟳ Syncing with {site}…</source>
        <translation>⟳ Đang đồng bộ với {site}…</translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="58"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../shell/crash.py" line="38"/>
        <source>An unexpected problem occurred; the details are in the log.</source>
        <translation>Đã xảy ra một sự cố ngoài dự kiến; chi tiết có trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="41"/>
        <source>An unexpected problem occurred; the details are in the log: {log}</source>
        <translation>Đã xảy ra một sự cố ngoài dự kiến; chi tiết có trong nhật ký: {log}</translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="100"/>
        <location filename="../../uikit/background.py" line="276"/>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="103"/>
        <source>Something went wrong inside Newsdesk.

Your work is saved; you can keep working. The details are in the log:
{log}</source>
        <translation>Newsdesk gặp một sự cố bên trong.

Bài của bạn đã được lưu; bạn có thể tiếp tục làm việc. Chi tiết có trong nhật ký:
{log}</translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="109"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="90"/>
        <source>No site is set up.</source>
        <translation>Chưa cấu hình trang tin.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="98"/>
        <source>Reading the log…</source>
        <translation>Đang đọc nhật ký…</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="122"/>
        <source>No comment is waiting for a decision.</source>
        <translation>Không có bình luận nào chờ duyệt.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="138"/>
        <source>Article #{id}</source>
        <translation>Bài #{id}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="145"/>
        <source>No rule</source>
        <translation>Không có quy tắc nào</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="147"/>
        <source>Too short</source>
        <translation>Quá ngắn</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="148"/>
        <source>Too long</source>
        <translation>Quá dài</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="149"/>
        <source>Banned word</source>
        <translation>Từ cấm</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="150"/>
        <source>Watch word</source>
        <translation>Từ cần chú ý</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="151"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="152"/>
        <source>Assistant&apos;s score</source>
        <translation>Điểm của trợ lý</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="161"/>
        <source>Export the dashboard</source>
        <translation>Xuất bảng số liệu</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="163"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="179"/>
        <source>The file could not be written ({reason}).</source>
        <translation>Không ghi được tệp ({reason}).</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="184"/>
        <source>Exported to {name}.</source>
        <translation>Đã xuất ra {name}.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="197"/>
        <source>Moderation dashboard</source>
        <translation>Bảng số liệu kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="198"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="199"/>
        <source>Nothing in these two weeks.</source>
        <translation>Không có gì trong hai tuần này.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="200"/>
        <source>Pending comments, end of each day</source>
        <translation>Bình luận chờ duyệt, cuối mỗi ngày</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="201"/>
        <source>Decisions per moderator per day</source>
        <translation>Quyết định của từng người kiểm duyệt theo ngày</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="202"/>
        <source>Why comments were rejected</source>
        <translation>Lý do bình luận bị từ chối</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="203"/>
        <source>Busiest articles (comments)</source>
        <translation>Bài viết nhiều bình luận nhất</translation>
    </message>
</context>
<context>
    <name>DetectionsModel</name>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="137"/>
        <source>Detected as</source>
        <translation>Nhận diện là</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="137"/>
        <source>Speaker</source>
        <translation>Người nói</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="137"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../editor/document.py" line="109"/>
        <source>This interview&apos;s stored text is damaged and cannot be opened.</source>
        <extracomment>Version written by :meth:`InterviewDocument.to_dict` for a document of Newsdesk&apos;s own. Version written for a document opened from a site post (site content, a site layout, photos with their site address, a lead kept out of the text): older Newsdesks refuse it with a clear message instead of dropping what they cannot keep. Both are read. The image&apos;s address on the site, for a photo read from a site post (sent back as it is while no local image file replaces it). The image&apos;s media id on the site (``wp-image-ID``), when the post says it.</extracomment>
        <translation>Nội dung đã lưu của bài phỏng vấn này bị hỏng, không mở được.</translation>
    </message>
    <message>
        <location filename="../../editor/document.py" line="120"/>
        <source>This interview was saved by a newer version of Newsdesk. Update Newsdesk to open it; nothing in it was changed.</source>
        <translation>Bài phỏng vấn này được lưu bằng phiên bản Newsdesk mới hơn. Hãy cập nhật Newsdesk để mở; nội dung bài không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <location filename="../../editor/photos.py" line="148"/>
        <source>Newsdesk could not open “{name}”; check that the file still exists and that you may read it.</source>
        <extracomment>Largest photo file accepted (40 MB). Largest photo accepted, in pixels (60 megapixels); more is refused before decoding. Longest side of a thumbnail, in pixels. JPEG quality of thumbnails. Folder inside the photos folder that holds the thumbnails. Hex digits of the SHA-256 used in a stored photo&apos;s name.</extracomment>
        <translation>Newsdesk không mở được “{name}”; hãy kiểm tra tệp còn tồn tại và bạn có quyền đọc.</translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="153"/>
        <source>“{name}” is not a picture, so it cannot be attached as a photo.</source>
        <translation>“{name}” không phải là ảnh nên không thể đính kèm.</translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="156"/>
        <source>“{name}” is in a picture format Newsdesk does not publish; only JPEG, PNG and WebP can be attached. Save it as JPEG first.</source>
        <translation>“{name}” có định dạng ảnh mà Newsdesk không đăng được; chỉ đính kèm được JPEG, PNG và WebP. Hãy lưu ảnh sang JPEG trước.</translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="161"/>
        <source>“{name}” is damaged or incomplete (perhaps the copy was interrupted); copy it again from the camera or the sender.</source>
        <translation>“{name}” bị hỏng hoặc không đầy đủ (có thể việc sao chép bị gián đoạn); hãy chép lại từ máy ảnh hoặc người gửi.</translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="166"/>
        <source>“{name}” is larger than 40 MB; export a smaller copy and attach that instead.</source>
        <translation>“{name}” lớn hơn 40 MB; hãy xuất một bản nhỏ hơn rồi đính kèm bản đó.</translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="170"/>
        <source>“{name}” has more than 60 megapixels; resize it and attach the smaller copy.</source>
        <translation>“{name}” lớn hơn 60 megapixel; hãy thu nhỏ ảnh rồi đính kèm bản nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="174"/>
        <source>The disk is full, so “{name}” could not be saved; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy nên không lưu được “{name}”; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="178"/>
        <source>Newsdesk could not save “{name}” in its photo folder; check that the data folder can be written to.</source>
        <translation>Newsdesk không lưu được “{name}” vào thư mục ảnh; hãy kiểm tra quyền ghi vào thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="186"/>
        <source>“{name}” is a {format} picture, a format Newsdesk does not publish; only JPEG, PNG and WebP can be attached. Save it as JPEG first.</source>
        <translation>“{name}” là ảnh {format}, định dạng mà Newsdesk không đăng được; chỉ đính kèm được JPEG, PNG và WebP. Hãy lưu ảnh sang JPEG trước.</translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="42"/>
        <source>The file {path} does not exist.</source>
        <translation>Tệp {path} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="45"/>
        <source>{path} is a folder, not a text file.</source>
        <translation>{path} là thư mục, không phải tệp văn bản.</translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="48"/>
        <source>The file {path} cannot be read (check its permissions).</source>
        <translation>Không đọc được tệp {path} (hãy kiểm tra quyền truy cập).</translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="51"/>
        <source>The file {path} is too large to be an interview (over 5 MB).</source>
        <translation>Tệp {path} quá lớn để là một bài phỏng vấn (trên 5 MB).</translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="54"/>
        <source>The file {path} is not plain text (a Word or PDF file?). Copy the text and paste it.</source>
        <translation>Tệp {path} không phải văn bản thuần (tệp Word hay PDF?). Hãy sao chép nội dung rồi dán vào.</translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="59"/>
        <source>The file {path} is not in a text encoding Newsdesk reads (UTF-8 or UTF-16). Save it as UTF-8 text.</source>
        <translation>Tệp {path} không dùng bảng mã Newsdesk đọc được (UTF-8 hoặc UTF-16). Hãy lưu lại dưới dạng văn bản UTF-8.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="22"/>
        <source>A short paragraph ending with “?” in an interview whose questions have no label: read as the reporter&apos;s question.</source>
        <translation>Đoạn ngắn kết thúc bằng dấu “?” trong bài phỏng vấn không ghi nhãn câu hỏi: được coi là câu hỏi của phóng viên.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="27"/>
        <source>The paragraphs after an unlabelled question: read as one answer.</source>
        <translation>Các đoạn sau một câu hỏi không ghi nhãn: được coi là một câu trả lời.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="31"/>
        <source>Thanks after the last answer: read as the reporter&apos;s closing words.</source>
        <translation>Lời cảm ơn sau câu trả lời cuối: được coi là lời kết của phóng viên.</translation>
    </message>
    <message>
        <location filename="../../editor/export.py" line="56"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="60"/>
        <source>interview</source>
        <translation>bai-phong-van</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="65"/>
        <source>Web page with its photos (*.html)</source>
        <translation>Trang web kèm ảnh (*.html)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="66"/>
        <source>PDF for print review (*.pdf)</source>
        <translation>PDF để duyệt bản in (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="67"/>
        <source>Plain text in the newspaper&apos;s format (*.txt)</source>
        <translation>Văn bản thuần theo định dạng của báo (*.txt)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="89"/>
        <source>Export interview</source>
        <translation>Xuất bài phỏng vấn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/export_dialog.py" line="141"/>
        <source>%n photo(s) could not be read; only the caption is shown.</source>
        <translation>
            <numerusform>%n ảnh không đọc được; chỉ có chú thích ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="150"/>
        <source>The interview was exported to:
{path}</source>
        <translation>Đã xuất bài phỏng vấn ra tệp:
{path}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="157"/>
        <source>Interview exported</source>
        <translation>Đã xuất bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="165"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../uikit/formatting.py" line="37"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../uikit/formatting.py" line="39"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../uikit/formatting.py" line="40"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="180"/>
        <source>Open in the editor now</source>
        <translation>Đang mở trong trình soạn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="181"/>
        <source>Autosave</source>
        <translation>Tự động lưu</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="182"/>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="183"/>
        <source>Taken from the site</source>
        <translation>Lấy bản trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="184"/>
        <source>Revision on the site</source>
        <translation>Bản sửa trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="219"/>
        <source>Select one version to compare with the open text, or two to compare.</source>
        <translation>Chọn một phiên bản để so với bài đang mở, hoặc chọn hai phiên bản để so với nhau.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="233"/>
        <source>This version cannot be read back: its stored copy is damaged.</source>
        <translation>Không đọc lại được phiên bản này: bản lưu của nó đã hỏng.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="239"/>
        <source>Left: {older}. Right: {newer}.</source>
        <translation>Bên trái: {older}. Bên phải: {newer}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="296"/>
        <source>Asking the site…</source>
        <translation>Đang hỏi trang tin…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/history_dialog.py" line="311"/>
        <source>%n revision(s) on the site.</source>
        <translation>
            <numerusform>Trang tin có %n bản sửa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="318"/>
        <source>This interview has not been sent to the site yet.</source>
        <translation>Bài phỏng vấn này chưa được gửi lên trang tin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="322"/>
        <source>Newsdesk has no application password for this site yet: enter it in Preferences ▸ Sites.</source>
        <translation>Newsdesk chưa có mật khẩu ứng dụng của trang tin này: hãy nhập trong Tùy chọn ▸ Trang tin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="339"/>
        <source>Version history</source>
        <translation>Lịch sử phiên bản</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="340"/>
        <source>Saved</source>
        <translation>Lưu lúc</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="340"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="340"/>
        <source>By</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="341"/>
        <source>Show the site&apos;s revisions</source>
        <translation>Xem các bản sửa trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="342"/>
        <source>Restore this version</source>
        <translation>Khôi phục phiên bản này</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="344"/>
        <source>Replace the open text by the selected version (Undo takes it back)</source>
        <translation>Thay bài đang mở bằng phiên bản đã chọn (Hoàn tác để lấy lại)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="66"/>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="67"/>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="68"/>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="69"/>
        <source>Question/answer</source>
        <translation>Hỏi/đáp</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="70"/>
        <source>… continued</source>
        <translation>… tiếp theo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="71"/>
        <source>Photo caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="72"/>
        <source>Byline</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="73"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="74"/>
        <source>Ignored</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="272"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="273"/>
        <source>Read again</source>
        <translation>Đọc lại</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="275"/>
        <source>Reading stopped. Edit the text, open another file, or press “Read again”.</source>
        <translation>Đã dừng đọc. Hãy sửa văn bản, mở tệp khác hoặc bấm “Đọc lại”.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="307"/>
        <source>Reading the interview…</source>
        <translation>Đang đọc bài phỏng vấn…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="310"/>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="311"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="362"/>
        <location filename="../../editor/ui/import_dialog.py" line="428"/>
        <source>Import interview</source>
        <translation>Nhập bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="362"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tệp văn bản (*.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="376"/>
        <source>Cannot change</source>
        <translation>Không đổi được</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="377"/>
        <source>This paragraph has no speaker label, so it cannot be a turn of its own.</source>
        <translation>Đoạn này không có tên người nói nên không thể là một lượt lời riêng.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="388"/>
        <source>Paste the interview above, or open a text file.</source>
        <translation>Dán bài phỏng vấn vào ô phía trên, hoặc mở một tệp văn bản.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="394"/>
        <source>Headline: {title}
Byline: {byline}
People: {speakers}
Blocks: {count}</source>
        <translation>Tiêu đề: {title}
Tác giả: {byline}
Những người nói: {speakers}
Số khối: {count}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="416"/>
        <source>Make it: {kind}</source>
        <translation>Đổi thành: {kind}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="429"/>
        <source>Open text file…</source>
        <translation>Mở tệp văn bản…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="431"/>
        <source>Paste an interview copied from a page or a document here.</source>
        <translation>Dán vào đây bài phỏng vấn sao chép từ trang báo hoặc tài liệu.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="435"/>
        <source>Check what each paragraph was read as. Right-click a paragraph to correct it, e.g. to make it a photo caption or a plain paragraph.</source>
        <translation>Kiểm tra từng đoạn được nhận diện là gì. Nhấp chuột phải vào một đoạn để sửa, ví dụ đổi thành chú thích ảnh hoặc đoạn văn thường.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="439"/>
        <source>Create draft</source>
        <translation>Tạo bản nháp</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="384"/>
        <source>interviewer</source>
        <extracomment>The reporter asked to keep a copy of a read-only interview as a new interview. Why the interview may not be edited (a site post the account may not edit), or None.</extracomment>
        <translation>phóng viên</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="386"/>
        <source>interviewee</source>
        <translation>nhân vật</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="420"/>
        <source>New speaker</source>
        <translation>Người nói mới</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="476"/>
        <location filename="../../editor/ui/editor_widget.py" line="638"/>
        <source>Unsaved changes…</source>
        <translation>Đang có thay đổi chưa lưu…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="485"/>
        <location filename="../../editor/ui/editor_widget.py" line="640"/>
        <source>All changes saved</source>
        <translation>Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="500"/>
        <source>Sent without the tags {tags}: this site account may not create tags. Ask an editor to add them on the site.</source>
        <translation>Đã gửi nhưng thiếu các thẻ {tags}: tài khoản này trên trang tin không được tạo thẻ mới. Hãy nhờ biên tập viên thêm trên trang tin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="565"/>
        <source>{words} words · {characters} characters</source>
        <translation>{words} từ · {characters} ký tự</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="592"/>
        <source>Save a copy as a new interview</source>
        <translation>Lưu bản sao thành bài phỏng vấn mới</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="593"/>
        <source>← All interviews</source>
        <translation>← Tất cả bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="594"/>
        <source>Mark ready for review</source>
        <translation>Chuyển chờ biên tập</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="595"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="596"/>
        <source>Back to draft</source>
        <translation>Trả về bản nháp</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="597"/>
        <source>Publish…</source>
        <translation>Đăng bài…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="598"/>
        <source>Unpublish</source>
        <translation>Gỡ bài</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="599"/>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="601"/>
        <source>Every saved version of this interview, compared side by side</source>
        <translation>Mọi phiên bản đã lưu của bài này, so sánh song song</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="603"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="604"/>
        <source>&amp;Sapo:</source>
        <translation>&amp;Sapo:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="605"/>
        <source>&amp;Byline:</source>
        <translation>Tác &amp;giả:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="606"/>
        <source>&amp;Tags:</source>
        <translation>T&amp;hẻ:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="607"/>
        <source>The interview&apos;s headline</source>
        <translation>Tiêu đề (tít) của bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="608"/>
        <source>The bold opening paragraph</source>
        <translation>Đoạn mở đầu in đậm</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="609"/>
        <source>Who interviewed (Thực hiện: …)</source>
        <translation>Người thực hiện (Thực hiện: …)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="610"/>
        <source>Comma-separated</source>
        <translation>Cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="611"/>
        <source>+ Question/answer</source>
        <translation>+ Hỏi/đáp</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="613"/>
        <source>Add the next turn, spoken by the other person (Ctrl+Enter)</source>
        <translation>Thêm lượt lời tiếp theo, của người còn lại (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="615"/>
        <source>+ Paragraph</source>
        <translation>+ Đoạn văn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="616"/>
        <source>+ Photo</source>
        <translation>+ Ảnh</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="617"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="618"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="619"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="620"/>
        <source>People in this interview</source>
        <translation>Những người trong bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="621"/>
        <source>Interviewer</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="622"/>
        <source>Interviewee</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="623"/>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="624"/>
        <source>Label, e.g. Phóng viên</source>
        <translation>Tên hiển thị, ví dụ Phóng viên</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="625"/>
        <source>Write</source>
        <translation>Soạn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="626"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="627"/>
        <source>Normalise to the house style</source>
        <translation>Chuẩn hoá theo kiểu bỏ dấu của toà soạn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="629"/>
        <source>Rewrite the whole interview in the newsroom&apos;s tone-mark style (one undo step)</source>
        <translation>Viết lại cả bài theo kiểu bỏ dấu của toà soạn (hoàn tác được trong một bước)</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <location filename="../../editor/ui/list_model.py" line="246"/>
        <source>(no headline)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="265"/>
        <source>On the site</source>
        <translation>Trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="269"/>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="270"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="271"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="272"/>
        <source>Words</source>
        <translation>Số từ</translation>
    </message>
</context>
<context>
    <name>InterviewListPanel</name>
    <message numerus="yes">
        <location filename="../../editor/ui/list_panel.py" line="98"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n bài</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="103"/>
        <source>Search headlines and text (accents optional: “dong chi” finds “Đồng chí”)</source>
        <translation>Tìm trong tiêu đề và nội dung (không cần dấu: “dong chi” tìm được “Đồng chí”)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="107"/>
        <source>Every word must occur, in any order; interviews with the words side by side come first. Put words in quotes (&quot;chuyển đổi số&quot;) to find them only side by side.</source>
        <translation>Bài phải có đủ mọi từ, theo thứ tự bất kỳ; bài có các từ đứng liền nhau được xếp trước. Đặt các từ trong ngoặc kép (&quot;chuyển đổi số&quot;) để chỉ tìm khi chúng đứng liền nhau.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="112"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="117"/>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="118"/>
        <source>Empty Trash…</source>
        <translation>Dọn sạch thùng rác…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="119"/>
        <source>New interview</source>
        <translation>Bài phỏng vấn mới</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="120"/>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
</context>
<context>
    <name>InterviewOutbox</name>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="53"/>
        <source>Publish “{title}”</source>
        <translation>Đăng “{title}”</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="62"/>
        <source>Unpublish interview #{id}</source>
        <translation>Gỡ bài phỏng vấn #{id}</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="65"/>
        <source>Unpublish “{title}”</source>
        <translation>Gỡ bài “{title}”</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="73"/>
        <source>Keep mine (overwrite the site)</source>
        <translation>Giữ bản của tôi (ghi đè trang tin)</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="75"/>
        <source>Take the site&apos;s version</source>
        <translation>Lấy bản trên trang tin</translation>
    </message>
</context>
<context>
    <name>InterviewStatus</name>
    <message>
        <location filename="../../editor/ui/list_model.py" line="72"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="73"/>
        <source>Ready for review</source>
        <translation>Chờ biên tập</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="74"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="75"/>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../../shell/first_window.py" line="76"/>
        <location filename="../../editor/ui/interviews_page.py" line="238"/>
        <location filename="../../editor/ui/list_preview.py" line="112"/>
        <source>Interviews</source>
        <translation>Bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="618"/>
        <source>Not ready to publish</source>
        <translation>Chưa thể đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="619"/>
        <source>Fix what is listed under the editor before publishing.</source>
        <translation>Hãy sửa những mục được liệt kê bên dưới trước khi đăng.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="665"/>
        <source>Unpublish</source>
        <translation>Gỡ bài</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="666"/>
        <source>Take this interview off the site? It stays there as a draft.</source>
        <translation>Gỡ bài phỏng vấn này khỏi trang tin? Bài sẽ ở lại đó dưới dạng bản nháp.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="540"/>
        <source>Plain text in the newspaper&apos;s format (*.txt)</source>
        <translation>Văn bản thuần theo định dạng của báo (*.txt)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="538"/>
        <source>Save a copy as text</source>
        <translation>Lưu bản sao dạng văn bản</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="382"/>
        <source>Delete for good</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="389"/>
        <source>Move to Trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="417"/>
        <source>Empty Trash</source>
        <translation>Dọn sạch thùng rác</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="445"/>
        <source>The interview cannot be opened</source>
        <translation>Không mở được bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="692"/>
        <source>The imported text mixes the two tone-mark styles (hòa/hoà).</source>
        <translation>Văn bản vừa nhập dùng lẫn hai kiểu bỏ dấu (hòa/hoà).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="694"/>
        <source>The imported text is not in the house tone-mark style (hòa/hoà).</source>
        <translation>Văn bản vừa nhập không theo kiểu bỏ dấu của toà soạn (hòa/hoà).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="698"/>
        <source>Normalise to the house style</source>
        <translation>Chuẩn hoá theo kiểu bỏ dấu của toà soạn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="699"/>
        <source>Rewrite it in the house style?</source>
        <translation>Viết lại theo kiểu của toà soạn?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="812"/>
        <source>The photo block was deleted while the photo was being copied.</source>
        <translation>Khối ảnh đã bị xóa trong lúc đang chép ảnh.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="839"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="840"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="841"/>
        <source>Empty Trash…</source>
        <translation>Dọn sạch thùng rác…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="848"/>
        <source>Delete for Good…</source>
        <translation>Xóa vĩnh viễn…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="850"/>
        <source>Move to Trash…</source>
        <translation>Chuyển vào thùng rác…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="736"/>
        <location filename="../../editor/ui/interviews_page.py" line="770"/>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="785"/>
        <source>Choose photo</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="787"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="825"/>
        <source>Photo not attached</source>
        <translation>Chưa đính kèm được ảnh</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="836"/>
        <source>&amp;New Interview</source>
        <translation>Bài phỏng vấn &amp;mới</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="837"/>
        <source>&amp;Import Interview…</source>
        <translation>&amp;Nhập bài phỏng vấn…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="838"/>
        <source>&amp;Export Interview…</source>
        <translation>&amp;Xuất bài phỏng vấn…</translation>
    </message>
</context>
<context>
    <name>LazyPage</name>
    <message>
        <location filename="../../shell/ui/lazy_page.py" line="125"/>
        <location filename="../../shell/ui/lazy_page.py" line="128"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shell/ui/main_window.py" line="202"/>
        <source>Newsdesk</source>
        <extracomment>Set on the application when a signal (SIGTERM, Ctrl+C) stops it: quit without asking. How many changes wait in the outbox (set by the application; asked on quitting).</extracomment>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="204"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="205"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="206"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="207"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="208"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="209"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="210"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="211"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="212"/>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="213"/>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="228"/>
        <source>About Newsdesk</source>
        <translation>Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="233"/>
        <source>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Draft interviews offline, moderate reader comments and publish to your news site.&lt;/p&gt;&lt;p&gt;Log file: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Soạn bài phỏng vấn ngoại tuyến, kiểm duyệt bình luận của bạn đọc và đăng bài lên trang tin.&lt;/p&gt;&lt;p&gt;Tệp nhật ký: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="266"/>
        <source>Changes waiting to be sent</source>
        <translation>Thay đổi đang chờ gửi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shell/ui/main_window.py" line="268"/>
        <source>%n change(s) for the site have not been sent yet. They are saved on this computer and go out at the first sync after Newsdesk starts again.

Quit now?</source>
        <translation>
            <numerusform>%n thay đổi cho trang tin chưa được gửi. Chúng đã được lưu an toàn trên máy này và sẽ được gửi ở lần đồng bộ đầu tiên khi Newsdesk mở lại.

Thoát bây giờ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../moderation/errors.py" line="23"/>
        <source>The reply must have at least {count} characters.</source>
        <translation>Trả lời phải có ít nhất {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../moderation/errors.py" line="37"/>
        <source>The reply may have at most {count} characters.</source>
        <translation>Trả lời chỉ được tối đa {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../moderation/errors.py" line="47"/>
        <source>This comment is no longer in the local copy; pull the comments again.</source>
        <translation>Bình luận này không còn trong bản sao trên máy; hãy lấy lại bình luận.</translation>
    </message>
    <message>
        <location filename="../../moderation/pull.py" line="307"/>
        <source>Comments: {new} new, {changed} changed on the site</source>
        <translation>Bình luận: {new} mới, {changed} thay đổi trên trang tin</translation>
    </message>
    <message>
        <location filename="../../moderation/sending.py" line="82"/>
        <source>The comment was moderated on the site by someone else since the last pull; your decision was not sent.</source>
        <translation>Người khác đã kiểm duyệt bình luận này trên trang tin kể từ lần lấy trước; quyết định của bạn chưa được gửi.</translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="87"/>
        <location filename="../../moderation/ui/texts.py" line="18"/>
        <location filename="../../moderation/ui/texts.py" line="163"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="88"/>
        <location filename="../../moderation/ui/texts.py" line="16"/>
        <source>Pending</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="89"/>
        <location filename="../../moderation/ui/texts.py" line="19"/>
        <location filename="../../moderation/ui/texts.py" line="30"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="90"/>
        <location filename="../../moderation/ui/texts.py" line="20"/>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="91"/>
        <source>Trash (with its article)</source>
        <translation>Thùng rác (cùng bài viết)</translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="96"/>
        <source>Unknown state “{code}”</source>
        <translation>Trạng thái không rõ “{code}”</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="17"/>
        <source>Flagged</source>
        <translation>Cần xem xét</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="21"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="28"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="29"/>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="31"/>
        <source>Back to pending</source>
        <translation>Trả về chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="32"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="38"/>
        <source>Approve and reply</source>
        <translation>Duyệt và trả lời</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="57"/>
        <source>Approve %n comment(s)</source>
        <translation>
            <numerusform>Duyệt %n bình luận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="58"/>
        <source>Reject %n comment(s)</source>
        <translation>
            <numerusform>Từ chối %n bình luận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="59"/>
        <source>Mark %n comment(s) as spam</source>
        <translation>
            <numerusform>Đánh dấu %n bình luận là spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="60"/>
        <source>Return %n comment(s) to pending</source>
        <translation>
            <numerusform>Trả %n bình luận về chờ duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="61"/>
        <source>Restore %n comment(s)</source>
        <translation>
            <numerusform>Khôi phục %n bình luận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="71"/>
        <source>Approved %n comment(s) — {key} to undo</source>
        <translation>
            <numerusform>Đã duyệt %n bình luận — {key} để hoàn tác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="72"/>
        <source>Rejected %n comment(s) — {key} to undo</source>
        <translation>
            <numerusform>Đã từ chối %n bình luận — {key} để hoàn tác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="73"/>
        <source>Marked %n comment(s) as spam — {key} to undo</source>
        <translation>
            <numerusform>Đã đánh dấu %n bình luận là spam — {key} để hoàn tác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="75"/>
        <source>Returned %n comment(s) to pending — {key} to undo</source>
        <translation>
            <numerusform>Đã trả %n bình luận về chờ duyệt — {key} để hoàn tác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="77"/>
        <source>Restored %n comment(s) — {key} to undo</source>
        <translation>
            <numerusform>Đã khôi phục %n bình luận — {key} để hoàn tác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="80"/>
        <source>Kept %n comment(s) as they are — {key} to undo</source>
        <translation>
            <numerusform>Đã xem, giữ nguyên %n bình luận — {key} để hoàn tác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="87"/>
        <source>Keep %n comment(s) as they are</source>
        <translation>
            <numerusform>Giữ nguyên %n bình luận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="91"/>
        <source>%n comment(s) selected, by: {authors}</source>
        <translation>
            <numerusform>Đã chọn %n bình luận, của: {authors}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="95"/>
        <source>Rejected %n pending comment(s) by {author} — {key} to undo</source>
        <translation>
            <numerusform>Đã từ chối %n bình luận chờ duyệt của {author} — {key} để hoàn tác</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="100"/>
        <source>Oldest pending: {age}</source>
        <translation>Chờ duyệt lâu nhất: {age}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="109"/>
        <source>Reviewed, keep as is</source>
        <translation>Đã xem, giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="114"/>
        <source>Published · flagged</source>
        <translation>Đã đăng · cần xem xét</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="120"/>
        <source>Too short ({detail} characters)</source>
        <translation>Quá ngắn ({detail} ký tự)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="123"/>
        <source>Too long ({detail} characters)</source>
        <translation>Quá dài ({detail} ký tự)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="126"/>
        <source>Banned word: “{detail}”</source>
        <translation>Từ cấm: “{detail}”</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="127"/>
        <source>Watch word: “{detail}”</source>
        <translation>Từ cần chú ý: “{detail}”</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="128"/>
        <source>Link: {detail}</source>
        <translation>Liên kết: {detail}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="129"/>
        <source>Assistant: {detail}%</source>
        <translation>Trợ lý: {detail}%</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="141"/>
        <source>Similar: {count}</source>
        <translation>Giống nhau: {count}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="152"/>
        <source>waiting to sync</source>
        <translation>chờ đồng bộ</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="153"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="154"/>
        <source>not sent</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="155"/>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="164"/>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="165"/>
        <source>Marked as spam</source>
        <translation>Đã đánh dấu spam</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="166"/>
        <source>Returned to pending</source>
        <translation>Đã trả về chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="167"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="168"/>
        <source>Undone</source>
        <translation>Đã hoàn tác</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="169"/>
        <source>Replied</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="170"/>
        <source>Kept the site&apos;s decision</source>
        <translation>Đã giữ quyết định trên trang tin</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="171"/>
        <source>Conflict with the site</source>
        <translation>Xung đột với trang tin</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="172"/>
        <source>Reviewed, kept as is</source>
        <translation>Đã xem, giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="173"/>
        <source>Trusted author</source>
        <translation>Người viết tin cậy</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="180"/>
        <source>Rules (automatic)</source>
        <translation>Quy tắc (tự động)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="182"/>
        <source>Someone on the site</source>
        <translation>Người khác trên trang tin</translation>
    </message>
</context>
<context>
    <name>ModerationCommand</name>
    <message>
        <location filename="../../shell/moderation_cli.py" line="126"/>
        <source>reading</source>
        <translation>đang đọc</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="127"/>
        <source>training</source>
        <translation>đang học</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="128"/>
        <source>scoring</source>
        <translation>chấm điểm</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="205"/>
        <source>Suggested threshold: {threshold:.2f}</source>
        <translation>Ngưỡng đề xuất: {threshold:.2f}</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="212"/>
        <source>Precision: {precision:.3f}   Recall: {recall:.3f}   ({count} labelled)</source>
        <translation>Độ chính xác: {precision:.3f}   Độ phủ: {recall:.3f}   ({count} bình luận có nhãn)</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="218"/>
        <source>Suggests rejecting</source>
        <translation>Đề xuất từ chối</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="219"/>
        <source>Suggests publishing</source>
        <translation>Đề xuất đăng</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="223"/>
        <source>Not to publish</source>
        <translation>Không nên đăng</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="224"/>
        <source>Published</source>
        <translation>Nên đăng</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="230"/>
        <source>Campaigns (near-duplicates): {count}</source>
        <translation>Chiến dịch (bình luận gần trùng nhau): {count}</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="237"/>
        <source>  {number}. {size} comments: {ids}</source>
        <translation>  {number}. {size} bình luận: {ids}</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="244"/>
        <source>The {count} highest scores of {total} (--json gives them all):</source>
        <translation>{count} điểm cao nhất trong {total} (--json cho tất cả):</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="249"/>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="250"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="251"/>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
</context>
<context>
    <name>ModerationLogDialog</name>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="170"/>
        <source>Moderation log</source>
        <translation>Nhật ký kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="175"/>
        <source>Every moderator</source>
        <translation>Mọi người kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="181"/>
        <source>Every decision</source>
        <translation>Mọi quyết định</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="183"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/log_dialog.py" line="248"/>
        <source>%n decision(s) recorded</source>
        <translation>
            <numerusform>Đã ghi %n quyết định</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationLogModel</name>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="122"/>
        <source>(anonymous)</source>
        <translation>(ẩn danh)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="131"/>
        <source>Approve this author&apos;s next comments: on</source>
        <translation>Tự duyệt bình luận sau của người này: bật</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="133"/>
        <source>Approve this author&apos;s next comments: off</source>
        <translation>Tự duyệt bình luận sau của người này: tắt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="136"/>
        <source>The author is trusted</source>
        <translation>Người viết được tin cậy</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="148"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="149"/>
        <source>Moderator</source>
        <translation>Người kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="150"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="151"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="152"/>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="153"/>
        <source>Reply or note</source>
        <translation>Trả lời hoặc ghi chú</translation>
    </message>
</context>
<context>
    <name>OpenPost</name>
    <message>
        <location filename="../../editor/open_post.py" line="76"/>
        <source>This post is no longer on the site (or has not been pulled yet); pull the site&apos;s posts again.</source>
        <extracomment>WordPress statuses whose posts need ``edit_published_posts`` to be edited.</extracomment>
        <translation>Bài này không còn trên trang tin (hoặc chưa được tải về); hãy tải lại các bài của trang tin.</translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="234"/>
        <source>Read only: this site account may only read the site&apos;s published posts.</source>
        <translation>Chỉ xem: tài khoản trang tin này chỉ được đọc các bài đã đăng.</translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="237"/>
        <source>Read only: this post belongs to another author, and your account may not edit other people&apos;s posts.</source>
        <translation>Chỉ xem: bài này của tác giả khác, tài khoản của bạn không được sửa bài của người khác.</translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="242"/>
        <source>Read only: this post is already published, and your account may not edit published posts.</source>
        <translation>Chỉ xem: bài này đã đăng, tài khoản của bạn không được sửa bài đã đăng.</translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="246"/>
        <source>Read only: this post is private, and your account may not edit private posts.</source>
        <translation>Chỉ xem: bài này ở chế độ riêng tư, tài khoản của bạn không được sửa bài riêng tư.</translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="249"/>
        <source>Read only: your account may not edit posts.</source>
        <translation>Chỉ xem: tài khoản của bạn không được sửa bài.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../portal/outbox_worker.py" line="57"/>
        <source>An unexpected problem stopped this change; the details are in the log.</source>
        <translation>Một sự cố ngoài dự kiến đã làm dừng thay đổi này; chi tiết có trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="145"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="146"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="147"/>
        <source>Tries</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="148"/>
        <source>Queued / sent</source>
        <translation>Xếp hàng / đã gửi</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="149"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="54"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="55"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="56"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="57"/>
        <source>Failed</source>
        <translation>Không thành công</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="58"/>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../shell/first_window.py" line="84"/>
        <location filename="../../shell/ui/outbox_page.py" line="233"/>
        <source>Publishing</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="255"/>
        <source>{waiting} waiting · {failed} failed · {conflicts} in conflict</source>
        <translation>{waiting} đang chờ · {failed} không thành công · {conflicts} xung đột</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="331"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="332"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="333"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="334"/>
        <source>Resolve conflict…</source>
        <translation>Xử lý xung đột…</translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="335"/>
        <source>Show recently sent</source>
        <translation>Hiện mục vừa gửi</translation>
    </message>
</context>
<context>
    <name>PostOpener</name>
    <message>
        <location filename="../../editor/ui/post_opener.py" line="144"/>
        <source>Opening the post</source>
        <translation>Đang mở bài</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_opener.py" line="145"/>
        <source>Fetching the post&apos;s photos from the site…</source>
        <translation>Đang tải ảnh của bài từ trang tin…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_opener.py" line="146"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_opener.py" line="169"/>
        <source>The post cannot be opened</source>
        <translation>Không mở được bài</translation>
    </message>
</context>
<context>
    <name>PostPuller</name>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="71"/>
        <source>Pulling posts from {site}…</source>
        <translation>Đang tải bài từ {site}…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="77"/>
        <source>Pulling posts… {done} of {total}</source>
        <translation>Đang tải bài… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="84"/>
        <source>Pulled {received} post(s): {new} new, {changed} changed, {gone} gone from the site.</source>
        <translation>Đã tải {received} bài: {new} bài mới, {changed} bài đã sửa, {gone} bài không còn trên trang tin.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="89"/>
        <source>This account may only see published posts.</source>
        <translation>Tài khoản này chỉ xem được các bài đã đăng.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="102"/>
        <source>Could not pull the posts; showing those pulled before. {reason}</source>
        <translation>Không tải được bài; đang hiện các bài đã tải trước đó. {reason}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="96"/>
        <source>Pull stopped; the posts pulled so far are kept.</source>
        <translation>Đã dừng tải; các bài đã tải vẫn được giữ.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../shell/ui/preferences.py" line="134"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="135"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="137"/>
        <source>Spelling</source>
        <translation>Chính tả</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="139"/>
        <source>Sites</source>
        <translation>Trang tin</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="141"/>
        <source>Same as the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="142"/>
        <source>The new language applies at once to every window.</source>
        <translation>Ngôn ngữ mới được áp dụng ngay cho mọi cửa sổ.</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="143"/>
        <source>&amp;Sync with the site:</source>
        <translation>Đồng &amp;bộ với trang tin:</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="147"/>
        <source>Only when I ask (and after each change)</source>
        <translation>Chỉ khi tôi yêu cầu (và sau mỗi thay đổi)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shell/ui/preferences.py" line="149"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Mỗi %n phút</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="152"/>
        <source>Photos sent to the site</source>
        <translation>Ảnh gửi lên trang tin</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="153"/>
        <source>&amp;Keep location in uploaded photos</source>
        <translation>&amp;Giữ vị trí chụp trong ảnh gửi lên</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="156"/>
        <source>When this is off, the copy sent to the site has no GPS coordinates and no exact place; the city and country stay. Camera serial numbers are always removed. Your own photo file is never changed.</source>
        <translation>Khi tắt, bản ảnh gửi lên trang tin không có toạ độ GPS và địa điểm chính xác; tên tỉnh, thành phố và quốc gia vẫn được giữ. Số sê-ri của máy ảnh luôn được xoá. Tệp ảnh gốc trên máy của bạn không bao giờ bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="161"/>
        <source>Longest side of uploaded &amp;photos:</source>
        <translation>&amp;Cạnh dài nhất của ảnh gửi lên:</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="166"/>
        <source>%1 pixels (recommended)</source>
        <translation>%1 điểm ảnh (khuyên dùng)</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="168"/>
        <source>%1 pixels</source>
        <translation>%1 điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="173"/>
        <source>Changes you make are always sent at once; this is how often Newsdesk looks for new comments and changes on the site.</source>
        <translation>Thay đổi của bạn luôn được gửi ngay; đây là tần suất Newsdesk kiểm tra bình luận mới và thay đổi trên trang tin.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="195"/>
        <source>Publish interview</source>
        <translation>Đăng bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="197"/>
        <source>Send to {site} as:</source>
        <translation>Gửi lên {site} dưới dạng:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="200"/>
        <source>Draft on the site</source>
        <translation>Bản nháp trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="174"/>
        <source>Not approved</source>
        <translation>Chưa được duyệt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="175"/>
        <source>Nobody has approved this interview yet. Publish it on the site anyway?</source>
        <translation>Bài phỏng vấn này chưa được ai duyệt. Vẫn đăng lên trang tin?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="201"/>
        <source>Submit for review</source>
        <translation>Gửi chờ biên tập</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="202"/>
        <source>Scheduled for:</source>
        <translation>Hẹn giờ đăng lúc:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="203"/>
        <source>Published now</source>
        <translation>Đăng ngay</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="205"/>
        <source>&amp;Address (slug):</source>
        <translation>Đường &amp;dẫn (slug):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="207"/>
        <source>&amp;Address (slug) — readers&apos; links change if you change it:</source>
        <translation>Đường &amp;dẫn (slug) — đổi thì liên kết bạn đọc đã có sẽ thay đổi:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="209"/>
        <source>Also show the featured photo at the top of the text</source>
        <translation>Hiện cả ảnh đại diện ở đầu bài</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="211"/>
        <source>Many themes already show the featured photo above the post.</source>
        <translation>Nhiều giao diện đã tự hiện ảnh đại diện phía trên bài viết.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="213"/>
        <source>&amp;Category:</source>
        <translation>&amp;Chuyên mục:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="214"/>
        <source>As the site decides (its default)</source>
        <translation>Theo mặc định của trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="216"/>
        <source>The site&apos;s categories appear here after the first sync with it.</source>
        <translation>Các chuyên mục của trang tin sẽ hiện ở đây sau lần đồng bộ đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="219"/>
        <source>Queue for the site</source>
        <translation>Đưa vào hàng đợi gửi</translation>
    </message>
</context>
<context>
    <name>PublishOptions</name>
    <message>
        <location filename="../../editor/publish_options.py" line="66"/>
        <source>This account may only submit interviews for review on the site (a contributor): an editor there publishes them.</source>
        <extracomment>One sentence on what the account may not do (None: it may do everything here). False when the interview cannot be sent at all with this account.</extracomment>
        <translation>Tài khoản này chỉ được gửi bài chờ biên tập trên trang tin (cộng tác viên): biên tập viên ở đó sẽ đăng bài.</translation>
    </message>
    <message>
        <location filename="../../editor/publish_options.py" line="75"/>
        <source>The post is already published, and this account may not change it.</source>
        <translation>Bài đã được đăng, và tài khoản này không được sửa bài đã đăng.</translation>
    </message>
    <message>
        <location filename="../../editor/publish_options.py" line="83"/>
        <source>This account may not upload photos to the site: remove the photos, or ask for an account that may.</source>
        <translation>Tài khoản này không được tải ảnh lên trang tin: hãy bỏ ảnh khỏi bài, hoặc dùng một tài khoản có quyền đó.</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../editor/publishing.py" line="350"/>
        <source>The post was changed on the site since Newsdesk last sent it.</source>
        <translation>Bài đã được sửa trên trang tin sau lần Newsdesk gửi gần nhất.</translation>
    </message>
    <message>
        <location filename="../../editor/publishing.py" line="357"/>
        <source>The lead (excerpt) was changed on the site and in Newsdesk.</source>
        <translation>Sapo đã được sửa cả trên trang tin lẫn trong Newsdesk.</translation>
    </message>
</context>
<context>
    <name>PullRunner</name>
    <message>
        <location filename="../../uikit/pulls.py" line="260"/>
        <source>Waiting for the sync with {site} to finish…</source>
        <translation>Đang chờ đồng bộ với {site} xong…</translation>
    </message>
    <message>
        <location filename="../../uikit/pulls.py" line="267"/>
        <source>The application password for {site} is not known; enter it in Preferences ▸ Sites.</source>
        <translation>Chưa có mật khẩu ứng dụng cho {site}; hãy nhập trong Tùy chọn ▸ Trang tin.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../editor/review_outbox.py" line="216"/>
        <source>The post is no longer waiting for review on the site: it is “{status}” now.</source>
        <extracomment>&quot;Decide again on the site&apos;s version&quot;: send the decision past the check. &quot;Drop the decision&quot;: the post comes back to the queue. :data:`editor.review_queue.APPROVE`, ``SCHEDULE`` or ``SEND_BACK``. The post&apos;s ``modified_gmt`` and :func:`content_digest` as the editor read it. When a scheduled post goes out (``YYYY-MM-DDTHH:MM:SS`` UTC). The held comment carrying the note, once the site made it. The note&apos;s comment was asked for (its answer may have been lost). The status change was sent (its answer may have been lost). The site&apos;s ``modified_gmt`` the editor chose to decide on anyway. The site&apos;s post when the item stopped in conflict.</extracomment>
        <translation>Bài không còn chờ duyệt trên trang tin: hiện đang là “{status}”.</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="224"/>
        <source>The contributor changed the post on the site after you read it.</source>
        <translation>Cộng tác viên đã sửa bài trên trang tin sau khi bạn đọc.</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="281"/>
        <source>Approve and publish “{title}”</source>
        <translation>Duyệt và đăng “{title}”</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="283"/>
        <source>Schedule “{title}” for {when} UTC</source>
        <translation>Hẹn giờ đăng “{title}” lúc {when} UTC</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="286"/>
        <source>Send “{title}” back to its author</source>
        <translation>Trả “{title}” về cho tác giả</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="293"/>
        <source>Send my decision on the site&apos;s version</source>
        <translation>Gửi quyết định của tôi cho bản trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="294"/>
        <source>Drop my decision (the post returns to the queue)</source>
        <translation>Bỏ quyết định của tôi (bài trở lại hàng chờ duyệt)</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="305"/>
        <source>Title on the site</source>
        <translation>Tiêu đề trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="306"/>
        <source>Status on the site</source>
        <translation>Trạng thái trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="308"/>
        <source>Changed on the site (UTC)</source>
        <translation>Sửa trên trang tin lúc (UTC)</translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="312"/>
        <source>You read the version of (UTC)</source>
        <translation>Bản bạn đã đọc (UTC)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="31"/>
        <source>Approve and publish</source>
        <translation>Duyệt và đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="33"/>
        <source>Schedule</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="34"/>
        <source>Send back</source>
        <translation>Trả về tác giả</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="41"/>
        <source>conflict: see Publishing</source>
        <translation>xung đột: xem Xuất bản</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="43"/>
        <source>refused by the site: see Publishing</source>
        <translation>trang tin từ chối: xem Xuất bản</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="45"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="46"/>
        <source>waiting to be sent</source>
        <translation>đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="86"/>
        <source>(no title)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="109"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="110"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="111"/>
        <source>Categories</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="112"/>
        <source>Words</source>
        <translation>Số chữ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="113"/>
        <source>Submitted</source>
        <translation>Gửi duyệt lúc</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="114"/>
        <source>Waiting</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="115"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../shell/first_window.py" line="89"/>
        <location filename="../../editor/ui/review_page.py" line="236"/>
        <source>Review</source>
        <extracomment>The decision keys (the Comments page uses A/D/S alike: approve, turn down, set aside). What deciding (or taking a decision back) changes.</extracomment>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="310"/>
        <source>No decision is waiting to be sent.</source>
        <translation>Không có quyết định nào đang chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="313"/>
        <source>Nothing is waiting for review on {site}. Posts contributors submit appear here after the next pull.</source>
        <translation>Không có bài nào chờ duyệt trên {site}. Bài cộng tác viên gửi sẽ hiện ở đây sau lần tải về tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="330"/>
        <source>No site is set up. Add your site in Preferences ▸ Sites to review what contributors submit.</source>
        <translation>Chưa thiết lập trang tin nào. Thêm trang tin trong Tùy chọn ▸ Trang tin để duyệt bài cộng tác viên gửi.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="336"/>
        <source>The account {user} may not publish on {site}, so it cannot review what contributors submit. An editor&apos;s account can.</source>
        <translation>Tài khoản {user} không có quyền đăng bài trên {site} nên không duyệt được bài cộng tác viên gửi. Hãy dùng tài khoản biên tập viên.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="341"/>
        <source>The posts of {site} have not been pulled yet. Pull them on the “On the site” page; the posts waiting for review then show here.</source>
        <translation>Chưa tải bài của {site} về. Hãy tải về ở trang “Trên trang”; các bài chờ duyệt sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="379"/>
        <source>(no title)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="383"/>
        <source>By {author} · submitted {when} · {words} words</source>
        <translation>Tác giả {author} · gửi duyệt {when} · {words} chữ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="395"/>
        <source>Notes sent to the author:</source>
        <translation>Ghi chú đã gửi tác giả:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="464"/>
        <source>“{title}” is no longer waiting for review here.</source>
        <translation>“{title}” không còn chờ duyệt ở đây.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="468"/>
        <source>{decision}: “{title}”</source>
        <translation>{decision}: “{title}”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="476"/>
        <source>{decision}: “{title}”, waiting to be sent. {undo} takes it back.</source>
        <translation>{decision}: “{title}”, đang chờ gửi. Nhấn {undo} để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="486"/>
        <source>Decision taken back; the post waits for review.</source>
        <translation>Đã hoàn tác quyết định; bài trở lại chờ duyệt.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="491"/>
        <source>That decision was already sent to the site; it cannot be taken back here.</source>
        <translation>Quyết định này đã gửi lên trang tin; không hoàn tác ở đây được nữa.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="511"/>
        <source>The post is no longer waiting for review.</source>
        <translation>Bài không còn chờ duyệt.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="523"/>
        <source>Waiting for review</source>
        <translation>Đang chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="524"/>
        <source>Decided, waiting to be sent</source>
        <translation>Đã quyết định, đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="527"/>
        <source>Oldest first</source>
        <translation>Cũ nhất trước</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="528"/>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="531"/>
        <source>Approve and publish</source>
        <translation>Duyệt và đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="532"/>
        <source>Schedule…</source>
        <translation>Hẹn giờ đăng…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="533"/>
        <source>Send back…</source>
        <translation>Trả về tác giả…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="537"/>
        <source>Open (Enter)</source>
        <translation>Mở (Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="538"/>
        <source>Open the post to edit it</source>
        <translation>Mở bài để biên tập</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="64"/>
        <source>Moderation rules for {site}</source>
        <translation>Quy tắc kiểm duyệt cho {site}</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="66"/>
        <source>Moderation rules</source>
        <translation>Quy tắc kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="71"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="78"/>
        <source>Flag comments that contain links</source>
        <translation>Đánh dấu bình luận có liên kết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="81"/>
        <source>Hold for review the comments the assistant scores at or above</source>
        <translation>Giữ lại để xem xét các bình luận trợ lý chấm từ</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="85"/>
        <source> % or more</source>
        <translation> % trở lên</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="88"/>
        <source>The site&apos;s comment box</source>
        <translation>Ô bình luận của trang tin</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="90"/>
        <source>Fewest characters:</source>
        <translation>Ít nhất (ký tự):</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="91"/>
        <source>Most characters:</source>
        <translation>Nhiều nhất (ký tự):</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="92"/>
        <source>Outside these limits:</source>
        <translation>Ngoài giới hạn này:</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="94"/>
        <source>Words</source>
        <translation>Từ ngữ</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="98"/>
        <source>Banned words (suggest rejecting)</source>
        <translation>Từ cấm (nên từ chối)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="101"/>
        <location filename="../../moderation/ui/rules_dialog.py" line="107"/>
        <location filename="../../moderation/ui/rules_dialog.py" line="132"/>
        <source>When one is found:</source>
        <translation>Khi gặp:</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="104"/>
        <source>Watch words (flag for a look)</source>
        <translation>Từ cần chú ý (đánh dấu để xem xét)</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="118"/>
        <source>One word or phrase per line. Case and accents are ignored, so “ngu” also finds “NGŨ”, but never a part of a longer word such as “người”. Put a word in quotes (&quot;đểu&quot;) to match its accents exactly: it then also finds the word in a comment typed without any accents, but not “đều”; &quot;đụ&quot; never finds the “du” of “du lịch”.</source>
        <translation>Mỗi dòng một từ hoặc cụm từ. Không phân biệt chữ hoa và dấu, nên “ngu” cũng tìm thấy “NGŨ”, nhưng không bao giờ khớp một phần của từ dài hơn như “người”. Đặt từ trong ngoặc kép (&quot;đểu&quot;) để khớp đúng dấu: khi đó nó cũng tìm thấy từ ấy trong bình luận gõ không dấu, nhưng không khớp “đều”; &quot;đụ&quot; không bao giờ khớp “du” trong “du lịch”.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="129"/>
        <source>Links</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="134"/>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="143"/>
        <source>Off by default. The comments are only flagged for a moderator (Flagged queue); their state on the site never changes by itself.</source>
        <translation>Mặc định tắt. Các bình luận chỉ được đánh dấu để người kiểm duyệt xem (mục Cần xem xét); trạng thái của chúng trên trang không bao giờ tự thay đổi.</translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="153"/>
        <source>Automatic actions apply only to comments pulled from now on that no moderator has decided on; they are logged and can be undone like any decision.</source>
        <translation>Hành động tự động chỉ áp dụng cho các bình luận lấy về từ nay mà chưa có người kiểm duyệt quyết định; chúng được ghi nhật ký và có thể hoàn tác như mọi quyết định.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="36"/>
        <source>Schedule</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="40"/>
        <source>Publish at (time on this computer, {zone}):</source>
        <translation>Đăng lúc (giờ trên máy này, {zone}):</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="74"/>
        <source>Send back to the author</source>
        <translation>Trả bài về cho tác giả</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="79"/>
        <source>The post goes back to draft. Your note reaches its author on the site; readers never see it.</source>
        <translation>Bài trở về bản nháp. Ghi chú của bạn được gửi tới tác giả trên trang tin; bạn đọc không bao giờ thấy.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="88"/>
        <source>What should the author change?</source>
        <translation>Tác giả cần sửa gì?</translation>
    </message>
</context>
<context>
    <name>SiteContent</name>
    <message>
        <location filename="../../editor/html_export.py" line="118"/>
        <location filename="../../editor/plaintext_export.py" line="69"/>
        <source>Site content Newsdesk does not edit</source>
        <extracomment>Writes one photo as HTML, given its (safe) address or None. Writes one piece of site content Newsdesk does not edit. What :func:`key_lines` writes for a photo and for site content (never sent anywhere).</extracomment>
        <translation>Nội dung của trang, Newsdesk không sửa</translation>
    </message>
</context>
<context>
    <name>SiteErrors</name>
    <message>
        <location filename="../../portal/errors.py" line="146"/>
        <source>The secure connection failed: the site&apos;s certificate is not valid.</source>
        <translation>Kết nối bảo mật thất bại: chứng chỉ của trang tin không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="154"/>
        <source>The site did not answer in time. Try again later.</source>
        <translation>Trang tin không trả lời kịp. Hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="138"/>
        <source>The connection broke before the site answered.</source>
        <translation>Kết nối bị ngắt trước khi trang tin trả lời.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="70"/>
        <source>The site could not complete the request.</source>
        <translation>Trang tin không thực hiện được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="123"/>
        <source>The site could not be reached: the name was not found or the connection was refused. Check the address and the network.</source>
        <translation>Không kết nối được trang tin: không tìm thấy tên miền hoặc kết nối bị từ chối. Hãy kiểm tra địa chỉ và mạng.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="163"/>
        <source>Wrong user name or application password (401). Create an application password in WordPress under Users ▸ Profile.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu ứng dụng (401). Hãy tạo mật khẩu ứng dụng trong WordPress tại Thành viên ▸ Hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="173"/>
        <source>This account is not allowed to do that on the site (403).</source>
        <translation>Tài khoản này không có quyền làm việc đó trên trang tin (403).</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="209"/>
        <source>This address does not answer like a WordPress site.</source>
        <translation>Địa chỉ này không trả lời như một trang WordPress.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="217"/>
        <source>The site answers from another address; use that address instead.</source>
        <translation>Trang tin trả lời từ một địa chỉ khác; hãy dùng địa chỉ đó.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="324"/>
        <source>The application password is wrong.</source>
        <translation>Mật khẩu ứng dụng không đúng.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="325"/>
        <source>The user name is not registered on the site.</source>
        <translation>Tên người dùng chưa được đăng ký trên trang tin.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="328"/>
        <source>The e-mail address is not registered on the site.</source>
        <translation>Địa chỉ e-mail chưa được đăng ký trên trang tin.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="331"/>
        <source>Application passwords are turned off on this site.</source>
        <translation>Trang tin này đã tắt mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="334"/>
        <source>The user name or application password is wrong (or the site&apos;s server drops the login, or application passwords are turned off).</source>
        <translation>Tên người dùng hoặc mật khẩu ứng dụng không đúng (hoặc máy chủ của trang tin bỏ mất thông tin đăng nhập, hoặc mật khẩu ứng dụng đã bị tắt).</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="339"/>
        <source>Comments cannot be added to a post that is still a draft.</source>
        <translation>Không thể thêm bình luận vào bài viết còn là bản nháp.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="342"/>
        <source>Comments cannot be added to a post in the trash.</source>
        <translation>Không thể thêm bình luận vào bài viết đã ở trong thùng rác.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="345"/>
        <source>Comments are closed on this post.</source>
        <translation>Bài viết này đã đóng bình luận.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="346"/>
        <source>The post for this comment does not exist.</source>
        <translation>Bài viết của bình luận này không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="349"/>
        <source>This account may not publish posts.</source>
        <translation>Tài khoản này không được đăng bài.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="350"/>
        <source>This account may not create this item.</source>
        <translation>Tài khoản này không được tạo mục này.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="351"/>
        <source>This account may not edit this item.</source>
        <translation>Tài khoản này không được sửa mục này.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="352"/>
        <source>This account may not delete this item.</source>
        <translation>Tài khoản này không được xóa mục này.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="353"/>
        <source>This account may not see items for editing or moderation.</source>
        <translation>Tài khoản này không được xem các mục để biên tập hay kiểm duyệt.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="356"/>
        <source>This account may not see comments under moderation.</source>
        <translation>Tài khoản này không được xem các bình luận đang chờ kiểm duyệt.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="359"/>
        <source>This account may not see unpublished posts.</source>
        <translation>Tài khoản này không được xem các bài viết chưa đăng.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="362"/>
        <source>This account may not read that post.</source>
        <translation>Tài khoản này không được đọc bài viết đó.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="365"/>
        <source>The post was not found on the site.</source>
        <translation>Không tìm thấy bài viết trên trang tin.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="366"/>
        <source>The comment was not found on the site.</source>
        <translation>Không tìm thấy bình luận trên trang tin.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="369"/>
        <source>The item is already in the trash.</source>
        <translation>Mục này đã ở trong thùng rác.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="370"/>
        <source>The site does not offer this part of the WordPress REST API.</source>
        <translation>Trang tin không cung cấp phần này của WordPress REST API.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="373"/>
        <source>This comment has already been posted.</source>
        <translation>Bình luận này đã được gửi lên trước đó.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="374"/>
        <source>Comments are being posted too quickly. Wait a moment.</source>
        <translation>Bình luận được gửi quá nhanh. Hãy chờ một lát.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="377"/>
        <source>The comment is empty.</source>
        <translation>Bình luận đang để trống.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="378"/>
        <source>A comment needs an author name and e-mail address.</source>
        <translation>Bình luận cần có tên và địa chỉ e-mail của người viết.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="381"/>
        <source>The site rejected one of the values sent.</source>
        <translation>Trang tin từ chối một trong các giá trị đã gửi.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="384"/>
        <source>A required value was missing from the request.</source>
        <translation>Yêu cầu thiếu một giá trị bắt buộc.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="387"/>
        <source>The page of results asked for does not exist.</source>
        <translation>Trang kết quả được yêu cầu không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="390"/>
        <source>The file to upload is empty.</source>
        <translation>Tệp cần tải lên đang trống.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="391"/>
        <source>The site refused the file (its type may not be allowed).</source>
        <translation>Trang tin từ chối tệp (có thể loại tệp này không được phép).</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="394"/>
        <source>The file is too large for the site.</source>
        <translation>Tệp quá lớn đối với trang tin.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="397"/>
        <source>The site could not change the comment.</source>
        <translation>Trang tin không thay đổi được bình luận.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="401"/>
        <source>The site&apos;s name could not be found. Check the address.</source>
        <translation>Không tìm thấy tên của trang tin. Hãy kiểm tra địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="404"/>
        <source>The site refused the connection.</source>
        <translation>Trang tin từ chối kết nối.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="405"/>
        <source>The site sent an answer that could not be decoded.</source>
        <translation>Trang tin gửi về một câu trả lời không giải mã được.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="406"/>
        <source>The site address is not a valid web address.</source>
        <translation>Địa chỉ trang tin không phải là địa chỉ web hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="407"/>
        <source>The site&apos;s web server asked for its own password before WordPress.</source>
        <translation>Máy chủ web của trang tin đòi mật khẩu riêng của nó trước khi tới WordPress.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="410"/>
        <source>The site&apos;s firewall refused the request.</source>
        <translation>Tường lửa của trang tin đã chặn yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="201"/>
        <source>No WordPress REST API at this address (404). Check the address.</source>
        <translation>Không có REST API của WordPress ở địa chỉ này (404). Hãy kiểm tra địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="191"/>
        <source>The post was deleted on the site. Retry to publish the interview again as a new post, or discard this change.</source>
        <translation>Bài đã bị xóa trên trang tin. Bấm Thử lại để đăng bài phỏng vấn thành một bài mới, hoặc bỏ thay đổi này.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="181"/>
        <source>The site no longer has this item (404).</source>
        <translation>Trang tin không còn mục này (404).</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="227"/>
        <source>The site refused the change because it clashes with existing content.</source>
        <translation>Trang tin từ chối thay đổi vì nó xung đột với nội dung đã có.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="235"/>
        <source>The site asks to slow down (429); Newsdesk will try again.</source>
        <translation>Trang tin yêu cầu gửi chậm lại (429); Newsdesk sẽ thử lại.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="246"/>
        <source>The site had an internal error (5xx); Newsdesk will try again.</source>
        <translation>Trang tin gặp lỗi nội bộ (5xx); Newsdesk sẽ thử lại.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="255"/>
        <source>The site rejected the request.</source>
        <translation>Trang tin từ chối yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="261"/>
        <source>The site&apos;s answer could not be understood.</source>
        <translation>Không hiểu được câu trả lời của trang tin.</translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="97"/>
        <source>The site said: {message}</source>
        <translation>Trang tin báo: {message}</translation>
    </message>
    <message>
        <location filename="../../uikit/site_messages.py" line="18"/>
        <source>Needs the site password: the site refused the application password (401). Enter the right one in Preferences ▸ Sites; the change then goes out by itself.</source>
        <translation>Cần mật khẩu của trang tin: trang tin từ chối mật khẩu ứng dụng (401). Hãy nhập đúng mật khẩu trong Tùy chọn ▸ Trang tin; thay đổi sẽ tự được gửi đi.</translation>
    </message>
    <message>
        <location filename="../../editor/site_revisions.py" line="34"/>
        <source>This interview has not been sent to the site yet.</source>
        <translation>Bài phỏng vấn này chưa được gửi lên trang tin.</translation>
    </message>
    <message>
        <location filename="../../editor/site_revisions.py" line="42"/>
        <source>Newsdesk has no application password for this site yet.</source>
        <translation>Newsdesk chưa có mật khẩu ứng dụng cho trang tin này.</translation>
    </message>
    <message>
        <location filename="../../editor/publishing.py" line="226"/>
        <source>The interview is in the trash, so it was not sent. Restore the interview to send it, or discard this change.</source>
        <translation>Bài phỏng vấn đang ở trong thùng rác nên chưa được gửi. Khôi phục bài để gửi, hoặc bỏ thay đổi này.</translation>
    </message>
</context>
<context>
    <name>SitePosts</name>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="29"/>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="30"/>
        <source>Scheduled</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="31"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="32"/>
        <source>Pending review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="33"/>
        <source>Private</source>
        <translation>Riêng tư</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="34"/>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="68"/>
        <source>(no title)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="87"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="88"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="89"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="90"/>
        <source>Categories</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="91"/>
        <source>Modified</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="92"/>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
</context>
<context>
    <name>SitePostsPage</name>
    <message>
        <location filename="../../shell/first_window.py" line="87"/>
        <location filename="../../editor/ui/site_posts_page.py" line="224"/>
        <source>On the site</source>
        <translation>Trên trang</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="258"/>
        <source>No site is set up. Add your site in Preferences ▸ Sites to see its posts.</source>
        <translation>Chưa thiết lập trang tin nào. Hãy thêm trang tin trong Tùy chọn ▸ Trang tin để xem các bài của trang.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="265"/>
        <source>The posts of {site} have not been pulled yet. Click “Pull” to fetch them; after that they can be read offline.</source>
        <translation>Chưa tải bài của {site}. Bấm “Tải bài” để tải về; sau đó có thể đọc cả khi ngoại tuyến.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="273"/>
        <source>No post matches the search and filters.</source>
        <translation>Không có bài nào khớp với tìm kiếm và bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="314"/>
        <source>Open as an interview</source>
        <translation>Mở thành bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="344"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="348"/>
        <source>All authors</source>
        <translation>Mọi tác giả</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="350"/>
        <source>All categories</source>
        <translation>Mọi chuyên mục</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="364"/>
        <source>Pull</source>
        <translation>Tải bài</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="366"/>
        <source>Fetch the site&apos;s posts: everything the first time, then what changed.</source>
        <translation>Tải các bài của trang tin: lần đầu tải tất cả, sau đó chỉ những bài đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="368"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="369"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="372"/>
        <source>Open the post as an interview (a draft linked to the post: publishing updates it).</source>
        <translation>Mở bài thành bài phỏng vấn (bản nháp gắn với bài trên trang: đăng bài sẽ cập nhật chính bài đó).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="375"/>
        <source>Search titles (accents not needed)…</source>
        <translation>Tìm theo tiêu đề (không cần gõ dấu)…</translation>
    </message>
</context>
<context>
    <name>SiteRevisions</name>
    <message>
        <location filename="../../editor/site_revisions.py" line="84"/>
        <source>site user {id}</source>
        <translation>người dùng trang tin #{id}</translation>
    </message>
</context>
<context>
    <name>SiteState</name>
    <message>
        <location filename="../../editor/ui/list_model.py" line="85"/>
        <source>Waiting to send</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="86"/>
        <source>Not sent: see Publishing</source>
        <translation>Chưa gửi được: xem Xuất bản</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="87"/>
        <source>Conflict: see Publishing</source>
        <translation>Xung đột: xem Xuất bản</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="88"/>
        <source>Draft on the site</source>
        <translation>Bản nháp trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="89"/>
        <source>Pending review on the site</source>
        <translation>Chờ duyệt trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="90"/>
        <source>Scheduled</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="91"/>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="92"/>
        <source>Private on the site</source>
        <translation>Riêng tư trên trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="93"/>
        <source>In the site&apos;s trash</source>
        <translation>Trong thùng rác của trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="94"/>
        <source>Deleted on the site</source>
        <translation>Đã bị xóa trên trang tin</translation>
    </message>
</context>
<context>
    <name>SiteStates</name>
    <message>
        <location filename="../../editor/site_states.py" line="155"/>
        <source>Conflict: the post was changed on the site too; choose in Publishing</source>
        <extracomment>An outbox state that needs a person outranks one that only waits. The post&apos;s status on the site (&quot;&quot; before it was ever sent). Tags the site account may not create, sent without them at the last publish. Changes of this interview in the outbox, not sent yet. The most urgent of them: WAITING, FAILED or CONFLICT (None when nothing waits). Whether the site can be reached now. The last pull saw the post changed on the site since Newsdesk last wrote or opened it.</extracomment>
        <translation>Xung đột: bài cũng đã bị sửa trên trang tin; hãy chọn bản giữ lại ở trang Xuất bản</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="161"/>
        <source>The site refused the last change; see Publishing</source>
        <translation>Trang tin từ chối thay đổi gần nhất; xem trang Xuất bản</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="168"/>
        <source>Changes waiting to send: {count}</source>
        <translation>Thay đổi chờ gửi: {count}</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="174"/>
        <source>offline: they go out when the site can be reached</source>
        <translation>ngoại tuyến: sẽ gửi khi kết nối được trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="180"/>
        <source>needs the site password (Preferences ▸ Sites)</source>
        <translation>cần mật khẩu ứng dụng của trang tin (Tùy chọn ▸ Trang tin)</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="186"/>
        <source>The site has a newer version of this post; publishing will ask which one to keep (or take the site&apos;s version)</source>
        <translation>Trang tin có phiên bản mới hơn của bài này; khi đăng bài, Newsdesk sẽ hỏi giữ bản nào (hoặc lấy bản của trang tin)</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="194"/>
        <source>The post was deleted on the site. Publishing again makes a new post, only after you confirm it in Publishing.</source>
        <translation>Bài đã bị xóa trên trang tin. Đăng lại sẽ tạo một bài mới, chỉ sau khi bạn xác nhận trong mục Xuất bản.</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="202"/>
        <source>published</source>
        <translation>đã đăng</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="203"/>
        <source>scheduled</source>
        <translation>hẹn giờ đăng</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="204"/>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="205"/>
        <source>pending review</source>
        <translation>chờ biên tập</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="206"/>
        <source>private</source>
        <translation>riêng tư</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="207"/>
        <source>in the site&apos;s trash</source>
        <translation>trong thùng rác của trang tin</translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="210"/>
        <source>On the site: {status} — {link}</source>
        <translation>Trên trang tin: {status} — {link}</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="128"/>
        <source>(stored in the system keyring)</source>
        <translation>(đã lưu trong kho khóa của hệ thống)</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="130"/>
        <source>(kept until Newsdesk closes)</source>
        <translation>(chỉ giữ đến khi đóng Newsdesk)</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="143"/>
        <source>This address must be fixed before the site can be used: {reason}</source>
        <translation>Cần sửa địa chỉ này trước khi dùng được trang tin: {reason}</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="144"/>
        <source>Check the address above and save.</source>
        <translation>Hãy kiểm tra địa chỉ ở trên rồi lưu.</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="150"/>
        <source>The site refused this application password; {count} change(s) wait for it. Enter the right one and save: they then go out by themselves.</source>
        <translation>Trang tin từ chối mật khẩu ứng dụng này; {count} thay đổi đang chờ. Hãy nhập đúng mật khẩu rồi lưu: các thay đổi sẽ tự được gửi đi.</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="185"/>
        <source>Not saved: {reason}</source>
        <translation>Chưa lưu: {reason}</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="203"/>
        <source>Remove site</source>
        <translation>Xóa trang tin</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="204"/>
        <source>Remove this site and its password? Changes not yet sent to it are dropped.</source>
        <translation>Xóa trang tin này và mật khẩu của nó? Các thay đổi chưa gửi sẽ bị bỏ.</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="233"/>
        <source>Checking {url}…</source>
        <translation>Đang kiểm tra {url}…</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="254"/>
        <source>Connected as {name} ({roles}).</source>
        <translation>Đã kết nối với tài khoản {name} ({roles}).</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="271"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="272"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="273"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="274"/>
        <source>Application password:</source>
        <translation>Mật khẩu ứng dụng:</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="276"/>
        <source>New site</source>
        <translation>Trang tin mới</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="277"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="278"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="279"/>
        <source>Make active</source>
        <translation>Dùng trang này</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="280"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="283"/>
        <source>This computer has no system keyring, so Newsdesk keeps the password only until it closes and asks for it again at the next start. It is never written to disk.</source>
        <translation>Máy tính này không có kho khóa hệ thống nên Newsdesk chỉ giữ mật khẩu đến khi đóng và sẽ hỏi lại ở lần mở sau. Mật khẩu không bao giờ được ghi ra đĩa.</translation>
    </message>
</context>
<context>
    <name>Slugs</name>
    <message>
        <location filename="../../editor/slugs.py" line="48"/>
        <source>The address cannot be empty.</source>
        <extracomment>WordPress keeps 200 characters of a slug (``post_name``); room is left for ``-2``.</extracomment>
        <translation>Đường dẫn không được để trống.</translation>
    </message>
    <message>
        <location filename="../../editor/slugs.py" line="50"/>
        <source>The address is too long: at most {count} characters.</source>
        <translation>Đường dẫn quá dài: tối đa {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../editor/slugs.py" line="54"/>
        <source>Use only lower-case letters without accents, digits and single hyphens (like duong-len-ban).</source>
        <translation>Chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối đơn (ví dụ duong-len-ban).</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../editor/spelling.py" line="75"/>
        <source>Spell check is off: the Vietnamese dictionary {path} could not be read.</source>
        <translation>Kiểm tra chính tả đang tắt: không đọc được từ điển tiếng Việt {path}.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="98"/>
        <source>Spell check is off: the Vietnamese dictionary is not installed (Debian package hunspell-vi).</source>
        <translation>Kiểm tra chính tả đang tắt: máy chưa cài từ điển tiếng Việt (gói Debian hunspell-vi).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="106"/>
        <source>Spell check is off.</source>
        <translation>Kiểm tra chính tả đang tắt.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="108"/>
        <source>The Vietnamese dictionary is loading…</source>
        <translation>Đang nạp từ điển tiếng Việt…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="109"/>
        <source>Spell check is on.</source>
        <translation>Kiểm tra chính tả đang bật.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="144"/>
        <source>Spell check is off: an unexpected problem occurred; see the log.</source>
        <translation>Kiểm tra chính tả đang tắt: đã xảy ra một sự cố ngoài dự kiến; xem nhật ký.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="252"/>
        <source>No suggestions</source>
        <translation>Không có gợi ý</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="255"/>
        <source>Add to the newsroom dictionary</source>
        <translation>Thêm vào từ điển toà soạn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="258"/>
        <source>Ignore in this interview</source>
        <translation>Bỏ qua trong bài này</translation>
    </message>
</context>
<context>
    <name>SpellingPreferences</name>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="90"/>
        <location filename="../../editor/ui/spelling_preferences.py" line="95"/>
        <location filename="../../editor/ui/spelling_preferences.py" line="103"/>
        <location filename="../../editor/ui/spelling_preferences.py" line="135"/>
        <source>Export newsroom dictionary</source>
        <translation>Xuất từ điển toà soạn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="96"/>
        <source>The word list could not be written to {path} ({reason}).</source>
        <translation>Không ghi được danh sách từ vào {path} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/spelling_preferences.py" line="104"/>
        <source>%n word(s) written to {path}.</source>
        <translation>
            <numerusform>Đã ghi %n từ vào {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="118"/>
        <location filename="../../editor/ui/spelling_preferences.py" line="127"/>
        <location filename="../../editor/ui/spelling_preferences.py" line="145"/>
        <source>Import newsroom dictionary</source>
        <translation>Nhập từ điển toà soạn</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="119"/>
        <source>{path} was not imported. {reason}</source>
        <translation>Chưa nhập được {path}. {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/spelling_preferences.py" line="128"/>
        <source>%n new word(s) added to the newsroom dictionary.</source>
        <translation>
            <numerusform>Đã thêm %n từ mới vào từ điển toà soạn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="137"/>
        <source>Word lists (*.txt)</source>
        <translation>Danh sách từ (*.txt)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="147"/>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation>Danh sách từ (*.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="163"/>
        <source>&amp;Check spelling as I type</source>
        <translation>&amp;Kiểm tra chính tả khi gõ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="164"/>
        <source>House &amp;tone-mark style:</source>
        <translation>&amp;Kiểu bỏ dấu của toà soạn:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="165"/>
        <source>Old: hòa, khỏe, thủy</source>
        <translation>Kiểu cũ: hòa, khỏe, thủy</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="166"/>
        <source>New: hoà, khoẻ, thuỷ</source>
        <translation>Kiểu mới: hoà, khoẻ, thuỷ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="169"/>
        <source>Both styles are spelt right; the problem panel points out syllables in the other style and offers to normalise the interview.</source>
        <translation>Cả hai kiểu đều đúng chính tả; bảng lỗi chỉ ra các tiếng viết theo kiểu kia và đề nghị chuẩn hoá cả bài.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="175"/>
        <source>The newsroom dictionary holds names, places and agencies the spell checker must know. Share it as a word list: a UTF-8 text file, one entry per line.</source>
        <translation>Từ điển toà soạn chứa tên người, địa danh, cơ quan mà trình kiểm tra chính tả cần biết. Chia sẻ bằng danh sách từ: tệp văn bản UTF-8, mỗi dòng một mục.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="179"/>
        <source>&amp;Import word list…</source>
        <translation>&amp;Nhập danh sách từ…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="180"/>
        <source>&amp;Export word list…</source>
        <translation>&amp;Xuất danh sách từ…</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../storage/errors.py" line="42"/>
        <source>The database {path} is in use by another Newsdesk window or program. Close the other one, or start Newsdesk with another data folder (--data-dir).</source>
        <translation>Cơ sở dữ liệu {path} đang được một cửa sổ Newsdesk hoặc chương trình khác sử dụng. Hãy đóng chương trình kia, hoặc mở Newsdesk với thư mục dữ liệu khác (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="54"/>
        <source>Newsdesk cannot write to {path}: it is read-only (the file, its folder or the whole disk). Check the permissions, or choose another data folder (--data-dir).</source>
        <translation>Newsdesk không ghi được vào {path}: chỉ đọc được (tệp, thư mục chứa nó hoặc cả ổ đĩa). Hãy kiểm tra quyền truy cập, hoặc chọn thư mục dữ liệu khác (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="66"/>
        <source>The file {path} is not a Newsdesk database. Newsdesk has left it untouched; move it away or choose another data folder.</source>
        <translation>Tệp {path} không phải cơ sở dữ liệu của Newsdesk. Newsdesk không động đến tệp này; hãy chuyển nó đi nơi khác hoặc chọn thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="78"/>
        <source>The database {path} was made by a newer version of Newsdesk. Install the newer version to open it; this version has left it untouched.</source>
        <translation>Cơ sở dữ liệu {path} được tạo bởi phiên bản Newsdesk mới hơn. Hãy cài phiên bản mới hơn để mở; phiên bản này không động đến tệp.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="90"/>
        <source>The disk holding {path} is full, so Newsdesk cannot save anything to it. Free some space, then try again.</source>
        <translation>Ổ đĩa chứa {path} đã đầy nên Newsdesk không lưu được gì vào đó. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="102"/>
        <source>The disk holding {path} reported an error while Newsdesk read or wrote it. Check that the disk (or network folder) is still connected and working, then try again.</source>
        <translation>Ổ đĩa chứa {path} báo lỗi khi Newsdesk đọc hoặc ghi. Hãy kiểm tra ổ đĩa (hoặc thư mục mạng) vẫn được kết nối và hoạt động, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="115"/>
        <source>Newsdesk cannot use the folder {path} ({reason}). Choose another data folder (--data-dir).</source>
        <translation>Newsdesk không dùng được thư mục {path} ({reason}). Hãy chọn thư mục dữ liệu khác (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="134"/>
        <source>The database {path} is damaged, so Newsdesk has stopped using it. Newsdesk keeps a copy before each upgrade; the newest is {backup}. Close Newsdesk, move the damaged file away and put that copy in its place (name it {name}); changes made since that copy are not in it.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng nên Newsdesk đã ngừng dùng nó. Newsdesk giữ một bản sao trước mỗi lần nâng cấp; bản mới nhất là {backup}. Hãy đóng Newsdesk, chuyển tệp bị hỏng đi nơi khác và đặt bản sao đó vào chỗ của nó (đổi tên thành {name}); những thay đổi sau thời điểm sao lưu không có trong bản sao.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="141"/>
        <source>The database {path} is damaged, so Newsdesk has stopped using it. There is no earlier copy of it. Keep the file for your technical support; to start afresh, move it out of the data folder.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng nên Newsdesk đã ngừng dùng nó. Không có bản sao nào trước đó. Hãy giữ lại tệp này cho bộ phận kỹ thuật; muốn bắt đầu lại từ đầu, hãy chuyển nó ra khỏi thư mục dữ liệu.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../../shell/sync_cli.py" line="78"/>
        <source>It was changed on the site too: open Newsdesk&apos;s Publishing page, select it and choose “Resolve conflict…”.</source>
        <translation>Trên trang tin cũng đã sửa mục này: mở trang Xuất bản của Newsdesk, chọn mục và bấm “Xử lý xung đột…”.</translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="84"/>
        <source>The site refused it: fix the reason above, then choose Retry on Newsdesk&apos;s Publishing page (or Discard to drop the change).</source>
        <translation>Trang tin đã từ chối: khắc phục lý do nêu trên, rồi bấm Thử lại ở trang Xuất bản của Newsdesk (hoặc Bỏ để hủy thay đổi này).</translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="90"/>
        <source>Nothing to do: Newsdesk tries again by itself from {time}; if this keeps happening, check the reason above.</source>
        <translation>Không cần làm gì: Newsdesk sẽ tự thử lại từ {time}; nếu lỗi cứ lặp lại, hãy xem lý do nêu trên.</translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="96"/>
        <source>It goes out after the change above (settle that one first if it needs you).</source>
        <translation>Thay đổi này được gửi sau thay đổi ở trên (hãy xử lý thay đổi đó trước nếu nó cần bạn).</translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="100"/>
        <source>Nothing to do: it goes out at the next sync.</source>
        <translation>Không cần làm gì: thay đổi sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="113"/>
        <source>It waits for an earlier change of the same item (listed above).</source>
        <translation>Đang chờ một thay đổi trước đó của cùng mục (liệt kê ở trên).</translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="117"/>
        <source>It was not reached in this sync.</source>
        <translation>Lần đồng bộ này chưa tới lượt thay đổi này.</translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="122"/>
        <source>Why: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="127"/>
        <source>What to do: {action}</source>
        <translation>Cần làm: {action}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../shell/sync_controller.py" line="173"/>
        <source>no site configured</source>
        <extracomment>No password stored for the site, or the site refused the one stored (401). Emitted on the sync&apos;s worker thread; delivered queued to the GUI thread.</extracomment>
        <translation>chưa cấu hình trang tin</translation>
    </message>
    <message>
        <location filename="../../shell/sync_controller.py" line="215"/>
        <source>password needed for {site}</source>
        <translation>cần mật khẩu cho {site}</translation>
    </message>
    <message>
        <location filename="../../shell/sync_controller.py" line="235"/>
        <source>the site refused the password for {site}</source>
        <translation>trang tin {site} từ chối mật khẩu</translation>
    </message>
</context>
<context>
    <name>ToneStyle</name>
    <message>
        <location filename="../../editor/tone_style.py" line="90"/>
        <source>This interview mixes the two tone-mark styles; syllables not in the house style: {count}.</source>
        <translation>Bài này dùng lẫn hai kiểu bỏ dấu; số tiếng không theo kiểu của toà soạn: {count}.</translation>
    </message>
    <message>
        <location filename="../../editor/tone_style.py" line="96"/>
        <source>Syllables in the new tone-mark style (hoà, khoẻ, thuỷ): {count}. The house style is the old one (hòa, khỏe, thủy).</source>
        <translation>Số tiếng bỏ dấu kiểu mới (hoà, khoẻ, thuỷ): {count}. Toà soạn dùng kiểu cũ (hòa, khỏe, thủy).</translation>
    </message>
    <message>
        <location filename="../../editor/tone_style.py" line="102"/>
        <source>Syllables in the old tone-mark style (hòa, khỏe, thủy): {count}. The house style is the new one (hoà, khoẻ, thuỷ).</source>
        <translation>Số tiếng bỏ dấu kiểu cũ (hòa, khỏe, thủy): {count}. Toà soạn dùng kiểu mới (hoà, khoẻ, thuỷ).</translation>
    </message>
</context>
<context>
    <name>TrashDialogs</name>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="29"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/trash_dialogs.py" line="36"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…và %n bài khác</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="45"/>
        <source>Its post on the site stays there: this does not unpublish it. To take it off the site, open it and choose Unpublish first.</source>
        <translation>Bài đã đăng trên trang tin vẫn còn nguyên: thao tác này không gỡ bài. Muốn gỡ bài khỏi trang tin, hãy mở bài và chọn Gỡ bài trước.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="48"/>
        <source>These have a post on the site, which stays there (not unpublished):</source>
        <translation>Các bài sau đã đăng trên trang tin và vẫn còn nguyên ở đó (không bị gỡ):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/trash_dialogs.py" line="56"/>
        <source>%n change(s) for the site have not been sent yet: they are held while the interview is in the trash, and go out if you restore it.</source>
        <translation>
            <numerusform>%n thay đổi cho trang tin chưa được gửi: chúng được giữ lại khi bài ở trong thùng rác, và sẽ được gửi nếu bạn khôi phục bài.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="65"/>
        <source>Move {title} to the trash?</source>
        <translation>Chuyển {title} vào thùng rác?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/trash_dialogs.py" line="67"/>
        <source>Move these %n interviews to the trash?</source>
        <translation>
            <numerusform>Chuyển %n bài phỏng vấn này vào thùng rác?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="69"/>
        <source>You can restore them from the Trash until it is emptied.</source>
        <translation>Có thể khôi phục từ Thùng rác cho đến khi thùng rác được dọn sạch.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="75"/>
        <source>Delete {title} for good?</source>
        <translation>Xóa vĩnh viễn {title}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/trash_dialogs.py" line="77"/>
        <source>Delete these %n interviews for good?</source>
        <translation>
            <numerusform>Xóa vĩnh viễn %n bài phỏng vấn này?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="79"/>
        <source>This cannot be undone.</source>
        <translation>Không thể hoàn tác thao tác này.</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="28"/>
        <source>Changes not saved</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="30"/>
        <source>Your latest changes to “{title}” are not saved.</source>
        <translation>Những thay đổi mới nhất của bài “{title}” chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="31"/>
        <source>Untitled interview</source>
        <translation>Bài phỏng vấn chưa có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="38"/>
        <source>Try saving again, save a copy as a text file in another folder, or quit and lose these changes.</source>
        <translation>Hãy thử lưu lại, lưu một bản sao dạng tệp văn bản vào thư mục khác, hoặc thoát và bỏ những thay đổi này.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="43"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="44"/>
        <source>Save a Copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="45"/>
        <source>Quit Without Saving</source>
        <translation>Thoát, không lưu</translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="46"/>
        <source>Keep Working</source>
        <translation>Tiếp tục làm việc</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../editor/validation.py" line="40"/>
        <source>The headline is empty.</source>
        <translation>Chưa có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="44"/>
        <source>The lead (sapo) is empty.</source>
        <translation>Chưa có sapo.</translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="57"/>
        <source>There is no question from the interviewer.</source>
        <translation>Chưa có câu hỏi nào của phóng viên.</translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="64"/>
        <source>There is no answer from the interviewee.</source>
        <translation>Chưa có câu trả lời nào của nhân vật.</translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="77"/>
        <source>Photo in block {number} has no image yet.</source>
        <translation>Ảnh ở khối {number} chưa có tệp ảnh.</translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="87"/>
        <source>The image of the photo in block {number} is missing from the data folder.</source>
        <translation>Tệp ảnh của khối {number} không còn trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="98"/>
        <source>Photo in block {number} needs alt text for readers who cannot see it.</source>
        <translation>Ảnh ở khối {number} cần mô tả cho bạn đọc không xem được ảnh.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <location filename="../../editor/version_diff.py" line="94"/>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="95"/>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="96"/>
        <source>Byline</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="97"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="104"/>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="109"/>
        <source>Photo: {credit}</source>
        <translation>Ảnh: {credit}</translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="112"/>
        <source>Alt text: {alt}</source>
        <translation>Mô tả ảnh: {alt}</translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="113"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="116"/>
        <source>Site content</source>
        <translation>Nội dung của trang</translation>
    </message>
</context>
<context>
    <name>WordList</name>
    <message>
        <location filename="../../editor/newsroom_words.py" line="42"/>
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="43"/>
        <source>The file is too large for a word list (more than 4 MB).</source>
        <translation>Tệp quá lớn đối với một danh sách từ (hơn 4 MB).</translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="46"/>
        <source>The file is not UTF-8 text. Save the word list as UTF-8 (one entry per line) and import it again.</source>
        <translation>Tệp không phải văn bản UTF-8. Hãy lưu danh sách từ dạng UTF-8 (mỗi dòng một mục) rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="51"/>
        <source>The file is not a text file.</source>
        <translation>Tệp không phải tệp văn bản.</translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="52"/>
        <source>Line {line} is longer than {limit} characters: a word list has one name or word per line.</source>
        <translation>Dòng {line} dài hơn {limit} ký tự: danh sách từ chỉ có một tên hoặc một từ mỗi dòng.</translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="57"/>
        <source>The word list has more than {limit} entries.</source>
        <translation>Danh sách từ có hơn {limit} mục.</translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="58"/>
        <source>The file holds no words.</source>
        <translation>Tệp không có từ nào.</translation>
    </message>
</context>
</TS>
