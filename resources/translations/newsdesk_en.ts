<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../shell/application.py" line="58"/>
        <location filename="../../shell/application.py" line="72"/>
        <source>Newsdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="59"/>
        <source>The data folder {path} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="103"/>
        <source>Demo profile: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="115"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="116"/>
        <source>Reader comments waiting for moderation will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="122"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="123"/>
        <source>Changes waiting to be sent to the site (the outbox) will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="176"/>
        <source>No image yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="217"/>
        <source>Select a block on the left to edit it.
Ctrl+Enter adds the next question or answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="221"/>
        <source>Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="222"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="223"/>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="224"/>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="225"/>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="226"/>
        <source>Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="227"/>
        <source>Photographer or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="229"/>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlocksModel</name>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="66"/>
        <source>(empty turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="69"/>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="70"/>
        <source>🖼 (no image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="73"/>
        <source>(empty paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="45"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="49"/>
        <source>● Connected to {site} as {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="53"/>
        <source>⟳ Syncing with {site}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="56"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../shell/crash.py" line="86"/>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="89"/>
        <source>Something went wrong inside Newsdesk: {error}

Your work is saved; you can keep working. The details are in the log:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="95"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionsModel</name>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="118"/>
        <source>Detected as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="118"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="118"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <location filename="../../editor/ui/messages.py" line="17"/>
        <source>Newsdesk could not open “{name}”; check that the file still exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="22"/>
        <source>“{name}” is not a picture, so it cannot be attached as a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="25"/>
        <source>“{name}” is in a picture format Newsdesk does not publish; only JPEG, PNG and WebP can be attached. Save it as JPEG first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="30"/>
        <source>“{name}” is damaged or incomplete (perhaps the copy was interrupted); copy it again from the camera or the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="35"/>
        <source>“{name}” is larger than 40 MB; export a smaller copy and attach that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="39"/>
        <source>“{name}” has more than 60 megapixels; resize it and attach the smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="43"/>
        <source>The disk is full, so “{name}” could not be saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="47"/>
        <source>Newsdesk could not save “{name}” in its photo folder; check that the data folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="60"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="61"/>
        <source>{path} is a folder, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="64"/>
        <source>The file {path} cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="67"/>
        <source>The file {path} is too large to be an interview (over 5 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="70"/>
        <source>The file {path} is not plain text (a Word or PDF file?). Copy the text and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="74"/>
        <source>The file {path} is not in a text encoding Newsdesk reads (UTF-8 or UTF-16). Save it as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="85"/>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="54"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="55"/>
        <source>Sapo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="56"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="57"/>
        <source>Question/answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="58"/>
        <source>… continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="59"/>
        <source>Photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="60"/>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="61"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="62"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="204"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="212"/>
        <location filename="../../editor/ui/import_dialog.py" line="278"/>
        <source>Import interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="212"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="226"/>
        <source>Cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="227"/>
        <source>This paragraph has no speaker label, so it cannot be a turn of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="238"/>
        <source>Paste the interview above, or open a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="244"/>
        <source>Headline: {title}
Byline: {byline}
People: {speakers}
Blocks: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="266"/>
        <source>Make it: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="279"/>
        <source>Open text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="281"/>
        <source>Paste an interview copied from a page or a document here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="285"/>
        <source>Check what each paragraph was read as. Right-click a paragraph to correct it, e.g. to make it a photo caption or a plain paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="289"/>
        <source>Create draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="313"/>
        <source>interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="315"/>
        <source>interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="349"/>
        <source>New speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="385"/>
        <location filename="../../editor/ui/editor_widget.py" line="470"/>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="392"/>
        <location filename="../../editor/ui/editor_widget.py" line="472"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="409"/>
        <source>{words} words · {characters} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="438"/>
        <source>← All interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="439"/>
        <source>Mark ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="440"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="441"/>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="442"/>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="443"/>
        <source>&amp;Sapo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="444"/>
        <source>&amp;Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="445"/>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="446"/>
        <source>The interview&apos;s headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="447"/>
        <source>The bold opening paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="448"/>
        <source>Who interviewed (Thực hiện: …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="449"/>
        <source>Comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="450"/>
        <source>+ Question/answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="452"/>
        <source>Add the next turn, spoken by the other person (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="454"/>
        <source>+ Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="455"/>
        <source>+ Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="456"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="457"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="458"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="459"/>
        <source>People in this interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="460"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="461"/>
        <source>Interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="462"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="463"/>
        <source>Label, e.g. Phóng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="464"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="465"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <location filename="../../editor/ui/list_model.py" line="107"/>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="129"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="130"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="131"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="132"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewStatus</name>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="46"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="47"/>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="48"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="49"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="130"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/interviews_page.py" line="143"/>
        <source>%n interview(s)</source>
        <translation><numerusform>%n interview</numerusform><numerusform>%n interviews</numerusform></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="166"/>
        <source>Delete interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/interviews_page.py" line="167"/>
        <source>Delete %n interview(s)? This cannot be undone.</source>
        <translation><numerusform>Delete %n interview? This cannot be undone.</numerusform><numerusform>Delete %n interviews? This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="247"/>
        <source>Web page for the site (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="248"/>
        <source>Plain text in the newspaper&apos;s format (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="249"/>
        <source>PDF for print review (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="252"/>
        <source>Export interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="263"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="276"/>
        <source>Choose photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="278"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="309"/>
        <source>Photo not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="320"/>
        <source>Search headlines and text (accents optional: “dong chi” finds “Đồng chí”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="322"/>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="323"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="324"/>
        <source>&amp;New Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="325"/>
        <source>&amp;Import Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="326"/>
        <source>&amp;Export Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="327"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shell/ui/main_window.py" line="196"/>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="197"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="198"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="199"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="201"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="202"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="203"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="204"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="205"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="206"/>
        <source>&amp;About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="207"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="222"/>
        <source>About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="227"/>
        <source>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Draft interviews offline, moderate reader comments and publish to your news site.&lt;/p&gt;&lt;p&gt;Log file: {log}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../shell/ui/preferences.py" line="66"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="67"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="68"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="69"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="70"/>
        <source>The new language applies at once to every window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../shell/qt_strings.py" line="30"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="31"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="32"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="33"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="34"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="35"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="36"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../shell/qt_strings.py" line="28"/>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="29"/>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../shell/qt_strings.py" line="13"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="15"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="16"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="17"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="18"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="19"/>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="20"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="21"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="22"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="23"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="24"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="25"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="26"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/qt_strings.py" line="27"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../storage/errors.py" line="33"/>
        <source>The database {path} is in use by another Newsdesk window or program. Close the other one, or start Newsdesk with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="45"/>
        <source>The database {path} is read-only, so Newsdesk could not save anything to it. Check the permissions of the file and its folder, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="57"/>
        <source>The file {path} is not a Newsdesk database. Newsdesk has left it untouched; move it away or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="69"/>
        <source>The database {path} was made by a newer version of Newsdesk. Install the newer version to open it; this version has left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="81"/>
        <source>The disk holding {path} is full. Free some space; your last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="92"/>
        <source>The database {path} is damaged. Newsdesk keeps a copy before each upgrade next to it (newsdesk.db.bak-…); restore one, or move the file away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../editor/validation.py" line="40"/>
        <source>The headline is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="44"/>
        <source>The lead (sapo) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="57"/>
        <source>There is no question from the interviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="64"/>
        <source>There is no answer from the interviewee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="75"/>
        <source>Photo in block {number} has no image yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="85"/>
        <source>The image of the photo in block {number} is missing from the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="96"/>
        <source>Photo in block {number} needs alt text for readers who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
