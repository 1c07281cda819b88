<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../shell/application.py" line="56"/>
        <location filename="../../shell/application.py" line="70"/>
        <source>Newsdesk cannot start</source>
        <translation>Không thể khởi động Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="57"/>
        <source>The data folder {path} cannot be created: {reason}</source>
        <translation>Không thể tạo thư mục dữ liệu {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="99"/>
        <source>Demo profile: {path}</source>
        <translation>Hồ sơ dùng thử: {path}</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="110"/>
        <source>Interviews</source>
        <translation>Bài phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="111"/>
        <source>Your interview drafts will be listed here.</source>
        <translation>Các bản nháp phỏng vấn của bạn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="117"/>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="118"/>
        <source>Reader comments waiting for moderation will be listed here.</source>
        <translation>Bình luận của bạn đọc đang chờ kiểm duyệt sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="124"/>
        <source>Publishing</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="125"/>
        <source>Changes waiting to be sent to the site (the outbox) will be listed here.</source>
        <translation>Các thay đổi đang chờ gửi lên trang tin (hàng đợi gửi) sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="43"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="45"/>
        <source>● Offline</source>
        <translation>● Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="49"/>
        <source>● Connected to {site} as {user}</source>
        <translation>● Đã kết nối {site} với tài khoản {user}</translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="53"/>
        <source>⟳ Syncing with {site}…</source>
        <translation>⟳ Đang đồng bộ với {site}…</translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="56"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../shell/crash.py" line="86"/>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="89"/>
        <source>Something went wrong inside Newsdesk: {error}

Your work is saved; you can keep working. The details are in the log:
{log}</source>
        <translation>Đã xảy ra lỗi bên trong Newsdesk: {error}

Công việc của bạn đã được lưu; bạn có thể tiếp tục làm việc. Chi tiết có trong tệp nhật ký:
{log}</translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="95"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shell/ui/main_window.py" line="190"/>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="192"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="194"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="195"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="196"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="197"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="198"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="199"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="200"/>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="201"/>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="216"/>
        <source>About Newsdesk</source>
        <translation>Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="221"/>
        <source>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Draft interviews offline, moderate reader comments and publish to your news site.&lt;/p&gt;&lt;p&gt;Log file: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Soạn bài phỏng vấn ngoại tuyến, kiểm duyệt bình luận của bạn đọc và đăng bài lên trang tin.&lt;/p&gt;&lt;p&gt;Tệp nhật ký: {log}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../shell/ui/preferences.py" line="66"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="67"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="68"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="69"/>
        <source>Same as the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="70"/>
        <source>The new language applies at once to every window.</source>
        <translation>Ngôn ngữ mới được áp dụng ngay cho mọi cửa sổ.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../shell/qt_strings.py" line="30"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="31"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="32"/>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="33"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="34"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="35"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="36"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../shell/qt_strings.py" line="28"/>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="29"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../shell/qt_strings.py" line="13"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="15"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="16"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="17"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="18"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="19"/>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="20"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="21"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="22"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="23"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="24"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="25"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="26"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="27"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../storage/errors.py" line="33"/>
        <source>The database {path} is in use by another Newsdesk window or program. Close the other one, or start Newsdesk with another data folder (--data-dir).</source>
        <translation>Cơ sở dữ liệu {path} đang được một cửa sổ Newsdesk hoặc chương trình khác sử dụng. Hãy đóng chương trình kia, hoặc mở Newsdesk với thư mục dữ liệu khác (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="45"/>
        <source>The database {path} is read-only, so Newsdesk could not save anything to it. Check the permissions of the file and its folder, or choose another data folder.</source>
        <translation>Cơ sở dữ liệu {path} chỉ cho phép đọc nên Newsdesk không thể lưu gì vào đó. Hãy kiểm tra quyền của tệp và thư mục chứa nó, hoặc chọn thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="57"/>
        <source>The file {path} is not a Newsdesk database. Newsdesk has left it untouched; move it away or choose another data folder.</source>
        <translation>Tệp {path} không phải cơ sở dữ liệu của Newsdesk. Newsdesk không động đến tệp này; hãy chuyển nó đi nơi khác hoặc chọn thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="69"/>
        <source>The database {path} was made by a newer version of Newsdesk. Install the newer version to open it; this version has left it untouched.</source>
        <translation>Cơ sở dữ liệu {path} được tạo bởi phiên bản Newsdesk mới hơn. Hãy cài phiên bản mới hơn để mở; phiên bản này không động đến tệp.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="81"/>
        <source>The disk holding {path} is full. Free some space; your last change was not saved.</source>
        <translation>Ổ đĩa chứa {path} đã đầy. Hãy giải phóng dung lượng; thay đổi gần nhất của bạn chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="92"/>
        <source>The database {path} is damaged. Newsdesk keeps a copy before each upgrade next to it (newsdesk.db.bak-…); restore one, or move the file away.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng. Newsdesk giữ một bản sao trước mỗi lần nâng cấp ngay bên cạnh (newsdesk.db.bak-…); hãy khôi phục một bản, hoặc chuyển tệp hỏng đi nơi khác.</translation>
    </message>
</context>
</TS>
