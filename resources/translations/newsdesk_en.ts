<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountError</name>
    <message>
        <location filename="../../portal/accounts.py" line="105"/>
        <source>Enter the site&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="108"/>
        <source>The address must look like https://example.vn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="117"/>
        <source>Leave the user name and password out of the address: enter the address alone (like https://example.vn) and the user name and application password in their own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="133"/>
        <source>The port after “:” must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="138"/>
        <source>The address must start with https:// (plain http is not safe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="283"/>
        <source>Enter the WordPress user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="289"/>
        <source>There is already a site called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="307"/>
        <source>That site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/accounts.py" line="357"/>
        <source>The address stored for {site} must be fixed in Preferences ▸ Sites: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../shell/application.py" line="95"/>
        <location filename="../../shell/application.py" line="109"/>
        <source>Newsdesk cannot start</source>
        <extracomment>Kept versions are pruned (editor.versions) a while after start, then every few hours.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="96"/>
        <source>The data folder {path} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="210"/>
        <source>Demo profile: {path}</source>
        <extracomment>What every operation changed, for the pages to read again (uikit.changes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="548"/>
        <source>{site} refused the application password of {user}.
Changes for the site wait until it works.

Application password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="558"/>
        <source>Application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="633"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="636"/>
        <source>Newsdesk will close now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="554"/>
        <source>Application password for {user} on {site}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assistant</name>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="67"/>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="70"/>
        <source>{file}, line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="78"/>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="80"/>
        <source>you are not allowed to read this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="82"/>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="83"/>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="113"/>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="119"/>
        <location filename="../../moderation/assistant/dataset.py" line="123"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="130"/>
        <source>“id” is missing or not a number or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="135"/>
        <source>“text” is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="142"/>
        <source>unknown label “{label}” (approve, spam or abuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="154"/>
        <source>“{field}” is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="194"/>
        <source>line longer than {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="208"/>
        <source>id {id} already used on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/dataset.py" line="218"/>
        <source>the file holds no comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="35"/>
        <source>a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="36"/>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="37"/>
        <source>a chat-app contact (Zalo, Telegram…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="40"/>
        <source>very short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="41"/>
        <source>very long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="42"/>
        <source>the same words again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="43"/>
        <source>written in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="44"/>
        <source>typed without diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="45"/>
        <source>an amount of money or a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="46"/>
        <source>the author&apos;s comments approved before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="49"/>
        <source>the author&apos;s comments rejected before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="52"/>
        <source>the author&apos;s first comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="66"/>
        <source>the word “{word}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="68"/>
        <source>the word “{word}” with these diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="72"/>
        <source>the words “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/explain.py" line="74"/>
        <source>the letters “{letters}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/readonly.py" line="38"/>
        <source>No decisions to learn from in {path} ({reason}). Give a file of labelled comments with --train, or choose the data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/readonly.py" line="50"/>
        <source>there is no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/assistant/training.py" line="55"/>
        <source>Too few decisions to learn from: {approved} approved and {rejected} rejected. The assistant needs at least {total} decisions, with at least {each} of each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="34"/>
        <source>The assistant has too few decisions to score comments yet: decide some, then use “Train the assistant”.</source>
        <extracomment>Selects the current comment&apos;s campaign (free among WordPress&apos;s keys and ours).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="54"/>
        <source>{badge} — near-duplicates of this comment; {key} selects them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="67"/>
        <source>Assistant: {score} likely not to publish. Weighed most: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantController</name>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="185"/>
        <source>An unexpected problem stopped the assistant; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/assistant_controller.py" line="217"/>
        <source>The assistant learned from %n decision(s).</source>
        <translation>
            <numerusform>The assistant learned from %n decision.</numerusform>
            <numerusform>The assistant learned from %n decisions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/assistant_controller.py" line="220"/>
        <source>Training failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoActionBox</name>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="33"/>
        <source>Only flag (a moderator decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="34"/>
        <source>Hold for moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="35"/>
        <source>Reject (move to trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="36"/>
        <source>Mark as spam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="219"/>
        <source>The image could not be fetched from the site. It stays on the site as it is; choose an image to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="224"/>
        <source>No image yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="265"/>
        <source>Select a block on the left to edit it.
Ctrl+Enter adds the next question or answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="269"/>
        <source>Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="270"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="271"/>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="272"/>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="273"/>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="274"/>
        <source>Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="275"/>
        <source>Site content — Newsdesk does not edit this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="278"/>
        <source>This part of the post (a table, an embed, columns, a gallery, a shortcode or formatted text) goes back to the site exactly as it is. It can be moved or deleted as a whole; edit it on the site. Its words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="283"/>
        <source>Photographer or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/block_editor.py" line="285"/>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlocksModel</name>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="74"/>
        <source>(empty turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="77"/>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="80"/>
        <source>(no image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="80"/>
        <source>(image not fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="83"/>
        <source>(empty paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/blocks_model.py" line="85"/>
        <source>Site content: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../shell/ui/choice_dialog.py" line="48"/>
        <source>Conflict with the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/choice_dialog.py" line="76"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentDetailPane</name>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="285"/>
        <location filename="../../moderation/ui/detail_pane.py" line="301"/>
        <source>(anonymous)</source>
        <extracomment>Gives the assistant&apos;s sentence on a comment by id (&quot;&quot; hides it); set by the page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="309"/>
        <source>Article #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="310"/>
        <source>On: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="320"/>
        <source>Suggest rejecting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="322"/>
        <source>Needs a look:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="336"/>
        <source>Reply waiting to be sent: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="359"/>
        <source>Someone else moderated this comment on the site: it is now “{site}” there. Your decision (“{mine}”) was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="368"/>
        <source>The site refused this decision: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="390"/>
        <source>Comment #{id}, not in the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="406"/>
        <source>Earlier comments by this author: {approved} approved, {pending} pending, {rejected} rejected, {spam} spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="446"/>
        <source>{count} / {maximum} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="292"/>
        <location filename="../../moderation/ui/detail_pane.py" line="475"/>
        <source>Select a comment to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="476"/>
        <source>In reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="477"/>
        <source>The author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="478"/>
        <source>List this author&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="479"/>
        <source>Reply as the newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="480"/>
        <source>Write a reply; it is sent with the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="441"/>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="482"/>
        <source>Keep the site&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/detail_pane.py" line="483"/>
        <source>Send mine anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentOutbox</name>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="45"/>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="54"/>
        <source>Comment #{id} on the site: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="58"/>
        <source>Comment by {author} “{excerpt}”: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="68"/>
        <source>Reply to comment #{id} on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="72"/>
        <source>Reply to {author}&apos;s comment “{excerpt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="80"/>
        <source>Keep the site&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="81"/>
        <source>Send mine anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="91"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="93"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="96"/>
        <source>On the site now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/outbox_kinds.py" line="101"/>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentQueueModel</name>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="242"/>
        <source>(anonymous)</source>
        <extracomment>How many comments are in a comment&apos;s campaign (1: none); set by the page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="247"/>
        <source>Article #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="267"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="268"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="269"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="270"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="271"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="272"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/queue_model.py" line="273"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPage</name>
    <message>
        <location filename="../../shell/first_window.py" line="81"/>
        <location filename="../../moderation/ui/comments_page.py" line="401"/>
        <source>Comments</source>
        <extracomment>At most this many rows are listed to select a campaign (G): 25 pages of the queue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="452"/>
        <source>No site is set up. Add one under Preferences ▸ Sites to pull comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="455"/>
        <source>Site: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="461"/>
        <location filename="../../moderation/ui/comments_page.py" line="1015"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="464"/>
        <source>Article #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="577"/>
        <source>Comments by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="577"/>
        <location filename="../../moderation/ui/comments_page.py" line="713"/>
        <location filename="../../moderation/ui/comments_page.py" line="723"/>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="600"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="625"/>
        <source>%n comment(s) waiting to sync</source>
        <translation>
            <numerusform>%n comment waiting to sync</numerusform>
            <numerusform>%n comments waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="627"/>
        <source>%n conflict(s) with the site</source>
        <translation>
            <numerusform>%n conflict with the site</numerusform>
            <numerusform>%n conflicts with the site</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/decision_controller.py" line="81"/>
        <source>Nothing to change: “{action}” does not apply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/decision_controller.py" line="98"/>
        <source>Nothing to change: no selected comment is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="746"/>
        <source>Already sent: the reverse of %n decision(s) will be sent.</source>
        <translation>
            <numerusform>Already sent: the reverse of %n decision will be sent.</numerusform>
            <numerusform>Already sent: the reverse of %n decisions will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="754"/>
        <source>%n comment(s) changed since the decision and were left as they are.</source>
        <translation>
            <numerusform>%n comment changed since the decision and was left as it is.</numerusform>
            <numerusform>%n comments changed since the decision and were left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="792"/>
        <source>Comment approved and reply queued; both are sent with the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="795"/>
        <source>Reply queued; it is sent with the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="838"/>
        <source>No site is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="42"/>
        <source>Pulling comments from {site}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="48"/>
        <source>Pulling comments… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="62"/>
        <source>Pull stopped; the comments pulled so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="55"/>
        <source>Pulled {received} comment(s): {new} new, {changed} changed on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/pull_runner.py" line="68"/>
        <source>Could not pull comments; showing those pulled before. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_controller.py" line="62"/>
        <source>Checking the comments against the new rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="707"/>
        <source>This author has no pending comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="725"/>
        <source>Comments {author} writes from now on are approved when pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="727"/>
        <source>Comments {author} writes from now on wait for a decision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="870"/>
        <source>Training the assistant on this site&apos;s decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="893"/>
        <source>%n more in other queues.</source>
        <translation>
            <numerusform>%n more in another queue.</numerusform>
            <numerusform>%n more in other queues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="895"/>
        <source>No similar comments are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="900"/>
        <source>%n similar comment(s) selected: one key decides them all, Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n similar comment selected: one key decides it, Ctrl+Z takes it back.</numerusform>
            <numerusform>%n similar comments selected: one key decides them all, Ctrl+Z takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/comments_page.py" line="954"/>
        <source>Rules saved; %n comment(s) flagged differently now.</source>
        <translation>
            <numerusform>Rules saved; %n comment flagged differently now.</numerusform>
            <numerusform>Rules saved; %n comments flagged differently now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="980"/>
        <source>Pull comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="981"/>
        <source>Train the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="984"/>
        <source>Learn from this site&apos;s own decisions (approved against spam and trash), on this computer only. The assistant only suggests; it never decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="988"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="989"/>
        <source>Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="990"/>
        <source>Moderation log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="991"/>
        <source>Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="992"/>
        <source>Show all authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="993"/>
        <source>Show conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="995"/>
        <source>Search comments (accents optional: “duong” finds “Đường”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="999"/>
        <source>Every word must occur, in any order; comments with the words side by side come first. Put words in quotes (&quot;chuyển đổi số&quot;) to find them only side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1004"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1007"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1008"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1009"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1010"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1016"/>
        <source>Next comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1017"/>
        <source>Previous comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1020"/>
        <source>List this author&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1022"/>
        <source>Select similar comments (campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1023"/>
        <source>Reject all pending by this author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1024"/>
        <source>Approve this author&apos;s next comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1027"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1028"/>
        <source>Oldest first (queue age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1029"/>
        <source>By article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1030"/>
        <source>By flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/comments_page.py" line="1031"/>
        <source>By the assistant&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="82"/>
        <source>Conflict with the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="85"/>
        <source>Someone changed this post on the site (at {when} UTC) after Newsdesk last sent it. Newsdesk has not overwritten it. Choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="89"/>
        <source>Your version (Newsdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="90"/>
        <source>On the site now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="91"/>
        <source>Keep mine (overwrite the site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/conflict_dialog.py" line="92"/>
        <source>Take the site&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="45"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="47"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="51"/>
        <source>● Connected to {site} as {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="55"/>
        <source>⟳ Syncing with {site}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/status_bar.py" line="58"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../shell/crash.py" line="38"/>
        <source>An unexpected problem occurred; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="41"/>
        <source>An unexpected problem occurred; the details are in the log: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="100"/>
        <location filename="../../uikit/background.py" line="276"/>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="103"/>
        <source>Something went wrong inside Newsdesk.

Your work is saved; you can keep working. The details are in the log:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/crash.py" line="109"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="90"/>
        <source>No site is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="98"/>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="122"/>
        <source>No comment is waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="138"/>
        <source>Article #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="145"/>
        <source>No rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="147"/>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="148"/>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="149"/>
        <source>Banned word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="150"/>
        <source>Watch word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="151"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="152"/>
        <source>Assistant&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="161"/>
        <source>Export the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="163"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="179"/>
        <source>The file could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="184"/>
        <source>Exported to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="197"/>
        <source>Moderation dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="198"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="199"/>
        <source>Nothing in these two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="200"/>
        <source>Pending comments, end of each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="201"/>
        <source>Decisions per moderator per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="202"/>
        <source>Why comments were rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/dashboard_dialog.py" line="203"/>
        <source>Busiest articles (comments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionsModel</name>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="137"/>
        <source>Detected as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="137"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="137"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../editor/document.py" line="109"/>
        <source>This interview&apos;s stored text is damaged and cannot be opened.</source>
        <extracomment>Version written by :meth:`InterviewDocument.to_dict` for a document of Newsdesk&apos;s own. Version written for a document opened from a site post (site content, a site layout, photos with their site address, a lead kept out of the text): older Newsdesks refuse it with a clear message instead of dropping what they cannot keep. Both are read. The image&apos;s address on the site, for a photo read from a site post (sent back as it is while no local image file replaces it). The image&apos;s media id on the site (``wp-image-ID``), when the post says it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/document.py" line="120"/>
        <source>This interview was saved by a newer version of Newsdesk. Update Newsdesk to open it; nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <location filename="../../editor/photos.py" line="148"/>
        <source>Newsdesk could not open “{name}”; check that the file still exists and that you may read it.</source>
        <extracomment>Largest photo file accepted (40 MB). Largest photo accepted, in pixels (60 megapixels); more is refused before decoding. Longest side of a thumbnail, in pixels. JPEG quality of thumbnails. Folder inside the photos folder that holds the thumbnails. Hex digits of the SHA-256 used in a stored photo&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="153"/>
        <source>“{name}” is not a picture, so it cannot be attached as a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="156"/>
        <source>“{name}” is in a picture format Newsdesk does not publish; only JPEG, PNG and WebP can be attached. Save it as JPEG first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="161"/>
        <source>“{name}” is damaged or incomplete (perhaps the copy was interrupted); copy it again from the camera or the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="166"/>
        <source>“{name}” is larger than 40 MB; export a smaller copy and attach that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="170"/>
        <source>“{name}” has more than 60 megapixels; resize it and attach the smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="174"/>
        <source>The disk is full, so “{name}” could not be saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="178"/>
        <source>Newsdesk could not save “{name}” in its photo folder; check that the data folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/photos.py" line="186"/>
        <source>“{name}” is a {format} picture, a format Newsdesk does not publish; only JPEG, PNG and WebP can be attached. Save it as JPEG first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="42"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="45"/>
        <source>{path} is a folder, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="48"/>
        <source>The file {path} cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="51"/>
        <source>The file {path} is too large to be an interview (over 5 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="54"/>
        <source>The file {path} is not plain text (a Word or PDF file?). Copy the text and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/plaintext_import/reading.py" line="59"/>
        <source>The file {path} is not in a text encoding Newsdesk reads (UTF-8 or UTF-16). Save it as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="22"/>
        <source>A short paragraph ending with “?” in an interview whose questions have no label: read as the reporter&apos;s question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="27"/>
        <source>The paragraphs after an unlabelled question: read as one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="31"/>
        <source>Thanks after the last answer: read as the reporter&apos;s closing words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/export.py" line="56"/>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="60"/>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="65"/>
        <source>Web page with its photos (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="66"/>
        <source>PDF for print review (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="67"/>
        <source>Plain text in the newspaper&apos;s format (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="89"/>
        <source>Export interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/export_dialog.py" line="141"/>
        <source>%n photo(s) could not be read; only the caption is shown.</source>
        <translation>
            <numerusform>%n photo could not be read; only its caption is shown.</numerusform>
            <numerusform>%n photos could not be read; only their captions are shown.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="150"/>
        <source>The interview was exported to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="157"/>
        <source>Interview exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="165"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../uikit/formatting.py" line="37"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../uikit/formatting.py" line="39"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../uikit/formatting.py" line="40"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="180"/>
        <source>Open in the editor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="181"/>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="182"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="183"/>
        <source>Taken from the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="184"/>
        <source>Revision on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="219"/>
        <source>Select one version to compare with the open text, or two to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="233"/>
        <source>This version cannot be read back: its stored copy is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="239"/>
        <source>Left: {older}. Right: {newer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="296"/>
        <source>Asking the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/history_dialog.py" line="311"/>
        <source>%n revision(s) on the site.</source>
        <translation>
            <numerusform>%n revision on the site.</numerusform>
            <numerusform>%n revisions on the site.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="318"/>
        <source>This interview has not been sent to the site yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="322"/>
        <source>Newsdesk has no application password for this site yet: enter it in Preferences ▸ Sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="339"/>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="340"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="340"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="340"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="341"/>
        <source>Show the site&apos;s revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="342"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_dialog.py" line="344"/>
        <source>Replace the open text by the selected version (Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="66"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="67"/>
        <source>Sapo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="68"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="69"/>
        <source>Question/answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="70"/>
        <source>… continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="71"/>
        <source>Photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="72"/>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="73"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="74"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="272"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="273"/>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="275"/>
        <source>Reading stopped. Edit the text, open another file, or press “Read again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="307"/>
        <source>Reading the interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="310"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="311"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="362"/>
        <location filename="../../editor/ui/import_dialog.py" line="428"/>
        <source>Import interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="362"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="376"/>
        <source>Cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="377"/>
        <source>This paragraph has no speaker label, so it cannot be a turn of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="388"/>
        <source>Paste the interview above, or open a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="394"/>
        <source>Headline: {title}
Byline: {byline}
People: {speakers}
Blocks: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="416"/>
        <source>Make it: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="429"/>
        <source>Open text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="431"/>
        <source>Paste an interview copied from a page or a document here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="435"/>
        <source>Check what each paragraph was read as. Right-click a paragraph to correct it, e.g. to make it a photo caption or a plain paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="439"/>
        <source>Create draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="384"/>
        <source>interviewer</source>
        <extracomment>The reporter asked to keep a copy of a read-only interview as a new interview. Why the interview may not be edited (a site post the account may not edit), or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="386"/>
        <source>interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="420"/>
        <source>New speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="476"/>
        <location filename="../../editor/ui/editor_widget.py" line="638"/>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="485"/>
        <location filename="../../editor/ui/editor_widget.py" line="640"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="500"/>
        <source>Sent without the tags {tags}: this site account may not create tags. Ask an editor to add them on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="565"/>
        <source>{words} words · {characters} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="592"/>
        <source>Save a copy as a new interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="593"/>
        <source>← All interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="594"/>
        <source>Mark ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="595"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="596"/>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="597"/>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="598"/>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="599"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="601"/>
        <source>Every saved version of this interview, compared side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="603"/>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="604"/>
        <source>&amp;Sapo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="605"/>
        <source>&amp;Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="606"/>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="607"/>
        <source>The interview&apos;s headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="608"/>
        <source>The bold opening paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="609"/>
        <source>Who interviewed (Thực hiện: …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="610"/>
        <source>Comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="611"/>
        <source>+ Question/answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="613"/>
        <source>Add the next turn, spoken by the other person (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="615"/>
        <source>+ Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="616"/>
        <source>+ Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="617"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="618"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="619"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="620"/>
        <source>People in this interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="621"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="622"/>
        <source>Interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="623"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="624"/>
        <source>Label, e.g. Phóng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="625"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="626"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="627"/>
        <source>Normalise to the house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_widget.py" line="629"/>
        <source>Rewrite the whole interview in the newsroom&apos;s tone-mark style (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <location filename="../../editor/ui/list_model.py" line="246"/>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="265"/>
        <source>On the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="269"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="270"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="271"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="272"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewListPanel</name>
    <message numerus="yes">
        <location filename="../../editor/ui/list_panel.py" line="98"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="103"/>
        <source>Search headlines and text (accents optional: “dong chi” finds “Đồng chí”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="107"/>
        <source>Every word must occur, in any order; interviews with the words side by side come first. Put words in quotes (&quot;chuyển đổi số&quot;) to find them only side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="112"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="117"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="118"/>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="119"/>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_panel.py" line="120"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewOutbox</name>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="53"/>
        <source>Publish “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="62"/>
        <source>Unpublish interview #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="65"/>
        <source>Unpublish “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="73"/>
        <source>Keep mine (overwrite the site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/outbox_kinds.py" line="75"/>
        <source>Take the site&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewStatus</name>
    <message>
        <location filename="../../editor/ui/list_model.py" line="72"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="73"/>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="74"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="75"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../../shell/first_window.py" line="76"/>
        <location filename="../../editor/ui/interviews_page.py" line="238"/>
        <location filename="../../editor/ui/list_preview.py" line="112"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="618"/>
        <source>Not ready to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="619"/>
        <source>Fix what is listed under the editor before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="665"/>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="666"/>
        <source>Take this interview off the site? It stays there as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="540"/>
        <source>Plain text in the newspaper&apos;s format (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="538"/>
        <source>Save a copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="382"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="389"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="417"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="445"/>
        <source>The interview cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="692"/>
        <source>The imported text mixes the two tone-mark styles (hòa/hoà).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="694"/>
        <source>The imported text is not in the house tone-mark style (hòa/hoà).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="698"/>
        <source>Normalise to the house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="699"/>
        <source>Rewrite it in the house style?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="812"/>
        <source>The photo block was deleted while the photo was being copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="839"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="840"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="841"/>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="848"/>
        <source>Delete for Good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="850"/>
        <source>Move to Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="736"/>
        <location filename="../../editor/ui/interviews_page.py" line="770"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="785"/>
        <source>Choose photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="787"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="825"/>
        <source>Photo not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="836"/>
        <source>&amp;New Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="837"/>
        <source>&amp;Import Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/interviews_page.py" line="838"/>
        <source>&amp;Export Interview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyPage</name>
    <message>
        <location filename="../../shell/ui/lazy_page.py" line="125"/>
        <location filename="../../shell/ui/lazy_page.py" line="128"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shell/ui/main_window.py" line="202"/>
        <source>Newsdesk</source>
        <extracomment>Set on the application when a signal (SIGTERM, Ctrl+C) stops it: quit without asking. How many changes wait in the outbox (set by the application; asked on quitting).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="204"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="205"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="206"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="207"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="208"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="209"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="210"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="211"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="212"/>
        <source>&amp;About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="213"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="228"/>
        <source>About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="233"/>
        <source>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Draft interviews offline, moderate reader comments and publish to your news site.&lt;/p&gt;&lt;p&gt;Log file: {log}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="266"/>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../shell/ui/main_window.py" line="268"/>
        <source>%n change(s) for the site have not been sent yet. They are saved on this computer and go out at the first sync after Newsdesk starts again.

Quit now?</source>
        <translation>
            <numerusform>%n change for the site has not been sent yet. It is saved on this computer and goes out at the first sync after Newsdesk starts again.

Quit now?</numerusform>
            <numerusform>%n changes for the site have not been sent yet. They are saved on this computer and go out at the first sync after Newsdesk starts again.

Quit now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../moderation/errors.py" line="23"/>
        <source>The reply must have at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/errors.py" line="37"/>
        <source>The reply may have at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/errors.py" line="47"/>
        <source>This comment is no longer in the local copy; pull the comments again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/pull.py" line="307"/>
        <source>Comments: {new} new, {changed} changed on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/sending.py" line="82"/>
        <source>The comment was moderated on the site by someone else since the last pull; your decision was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="87"/>
        <location filename="../../moderation/ui/texts.py" line="18"/>
        <location filename="../../moderation/ui/texts.py" line="163"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="88"/>
        <location filename="../../moderation/ui/texts.py" line="16"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="89"/>
        <location filename="../../moderation/ui/texts.py" line="19"/>
        <location filename="../../moderation/ui/texts.py" line="30"/>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="90"/>
        <location filename="../../moderation/ui/texts.py" line="20"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="91"/>
        <source>Trash (with its article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/statuses.py" line="96"/>
        <source>Unknown state “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="17"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="21"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="28"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="29"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="31"/>
        <source>Back to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="32"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="38"/>
        <source>Approve and reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="57"/>
        <source>Approve %n comment(s)</source>
        <translation>
            <numerusform>Approve %n comment</numerusform>
            <numerusform>Approve %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="58"/>
        <source>Reject %n comment(s)</source>
        <translation>
            <numerusform>Reject %n comment</numerusform>
            <numerusform>Reject %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="59"/>
        <source>Mark %n comment(s) as spam</source>
        <translation>
            <numerusform>Mark %n comment as spam</numerusform>
            <numerusform>Mark %n comments as spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="60"/>
        <source>Return %n comment(s) to pending</source>
        <translation>
            <numerusform>Return %n comment to pending</numerusform>
            <numerusform>Return %n comments to pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="61"/>
        <source>Restore %n comment(s)</source>
        <translation>
            <numerusform>Restore %n comment</numerusform>
            <numerusform>Restore %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="71"/>
        <source>Approved %n comment(s) — {key} to undo</source>
        <translation>
            <numerusform>Approved %n comment — {key} to undo</numerusform>
            <numerusform>Approved %n comments — {key} to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="72"/>
        <source>Rejected %n comment(s) — {key} to undo</source>
        <translation>
            <numerusform>Rejected %n comment — {key} to undo</numerusform>
            <numerusform>Rejected %n comments — {key} to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="73"/>
        <source>Marked %n comment(s) as spam — {key} to undo</source>
        <translation>
            <numerusform>Marked %n comment as spam — {key} to undo</numerusform>
            <numerusform>Marked %n comments as spam — {key} to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="75"/>
        <source>Returned %n comment(s) to pending — {key} to undo</source>
        <translation>
            <numerusform>Returned %n comment to pending — {key} to undo</numerusform>
            <numerusform>Returned %n comments to pending — {key} to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="77"/>
        <source>Restored %n comment(s) — {key} to undo</source>
        <translation>
            <numerusform>Restored %n comment — {key} to undo</numerusform>
            <numerusform>Restored %n comments — {key} to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="80"/>
        <source>Kept %n comment(s) as they are — {key} to undo</source>
        <translation>
            <numerusform>Kept %n comment as it is — {key} to undo</numerusform>
            <numerusform>Kept %n comments as they are — {key} to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="87"/>
        <source>Keep %n comment(s) as they are</source>
        <translation>
            <numerusform>Keep %n comment as it is</numerusform>
            <numerusform>Keep %n comments as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="91"/>
        <source>%n comment(s) selected, by: {authors}</source>
        <translation>
            <numerusform>%n comment selected, by: {authors}</numerusform>
            <numerusform>%n comments selected, by: {authors}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/texts.py" line="95"/>
        <source>Rejected %n pending comment(s) by {author} — {key} to undo</source>
        <translation>
            <numerusform>Rejected %n pending comment by {author} — {key} to undo</numerusform>
            <numerusform>Rejected %n pending comments by {author} — {key} to undo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="100"/>
        <source>Oldest pending: {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="109"/>
        <source>Reviewed, keep as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="114"/>
        <source>Published · flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="120"/>
        <source>Too short ({detail} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="123"/>
        <source>Too long ({detail} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="126"/>
        <source>Banned word: “{detail}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="127"/>
        <source>Watch word: “{detail}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="128"/>
        <source>Link: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="129"/>
        <source>Assistant: {detail}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="141"/>
        <source>Similar: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="152"/>
        <source>waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="153"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="154"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="155"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="164"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="165"/>
        <source>Marked as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="166"/>
        <source>Returned to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="167"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="168"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="169"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="170"/>
        <source>Kept the site&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="171"/>
        <source>Conflict with the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="172"/>
        <source>Reviewed, kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="173"/>
        <source>Trusted author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="180"/>
        <source>Rules (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/texts.py" line="182"/>
        <source>Someone on the site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationCommand</name>
    <message>
        <location filename="../../shell/moderation_cli.py" line="126"/>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="127"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="128"/>
        <source>scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="205"/>
        <source>Suggested threshold: {threshold:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="212"/>
        <source>Precision: {precision:.3f}   Recall: {recall:.3f}   ({count} labelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="218"/>
        <source>Suggests rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="219"/>
        <source>Suggests publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="223"/>
        <source>Not to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="224"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="230"/>
        <source>Campaigns (near-duplicates): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="237"/>
        <source>  {number}. {size} comments: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="244"/>
        <source>The {count} highest scores of {total} (--json gives them all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="249"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="250"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/moderation_cli.py" line="251"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationLogDialog</name>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="170"/>
        <source>Moderation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="175"/>
        <source>Every moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="181"/>
        <source>Every decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="183"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderation/ui/log_dialog.py" line="248"/>
        <source>%n decision(s) recorded</source>
        <translation>
            <numerusform>%n decision recorded</numerusform>
            <numerusform>%n decisions recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationLogModel</name>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="122"/>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="131"/>
        <source>Approve this author&apos;s next comments: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="133"/>
        <source>Approve this author&apos;s next comments: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="136"/>
        <source>The author is trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="148"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="149"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="150"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="151"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="152"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/log_dialog.py" line="153"/>
        <source>Reply or note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenPost</name>
    <message>
        <location filename="../../editor/open_post.py" line="76"/>
        <source>This post is no longer on the site (or has not been pulled yet); pull the site&apos;s posts again.</source>
        <extracomment>WordPress statuses whose posts need ``edit_published_posts`` to be edited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="234"/>
        <source>Read only: this site account may only read the site&apos;s published posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="237"/>
        <source>Read only: this post belongs to another author, and your account may not edit other people&apos;s posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="242"/>
        <source>Read only: this post is already published, and your account may not edit published posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="246"/>
        <source>Read only: this post is private, and your account may not edit private posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/open_post.py" line="249"/>
        <source>Read only: your account may not edit posts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../portal/outbox_worker.py" line="57"/>
        <source>An unexpected problem stopped this change; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="145"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="146"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="147"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="148"/>
        <source>Queued / sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="149"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="54"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="55"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="56"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="57"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="58"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/first_window.py" line="84"/>
        <location filename="../../shell/ui/outbox_page.py" line="233"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="255"/>
        <source>{waiting} waiting · {failed} failed · {conflicts} in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="331"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="332"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="333"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="334"/>
        <source>Resolve conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/outbox_page.py" line="335"/>
        <source>Show recently sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostOpener</name>
    <message>
        <location filename="../../editor/ui/post_opener.py" line="144"/>
        <source>Opening the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_opener.py" line="145"/>
        <source>Fetching the post&apos;s photos from the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_opener.py" line="146"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_opener.py" line="169"/>
        <source>The post cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostPuller</name>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="71"/>
        <source>Pulling posts from {site}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="77"/>
        <source>Pulling posts… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="84"/>
        <source>Pulled {received} post(s): {new} new, {changed} changed, {gone} gone from the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="89"/>
        <source>This account may only see published posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="102"/>
        <source>Could not pull the posts; showing those pulled before. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="96"/>
        <source>Pull stopped; the posts pulled so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../shell/ui/preferences.py" line="134"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="135"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="137"/>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="139"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="140"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="141"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="142"/>
        <source>The new language applies at once to every window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="143"/>
        <source>&amp;Sync with the site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="147"/>
        <source>Only when I ask (and after each change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../shell/ui/preferences.py" line="149"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="152"/>
        <source>Photos sent to the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="153"/>
        <source>&amp;Keep location in uploaded photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="156"/>
        <source>When this is off, the copy sent to the site has no GPS coordinates and no exact place; the city and country stay. Camera serial numbers are always removed. Your own photo file is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="161"/>
        <source>Longest side of uploaded &amp;photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="166"/>
        <source>%1 pixels (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="168"/>
        <source>%1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/preferences.py" line="173"/>
        <source>Changes you make are always sent at once; this is how often Newsdesk looks for new comments and changes on the site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="195"/>
        <source>Publish interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="197"/>
        <source>Send to {site} as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="200"/>
        <source>Draft on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="174"/>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="175"/>
        <source>Nobody has approved this interview yet. Publish it on the site anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="201"/>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="202"/>
        <source>Scheduled for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="203"/>
        <source>Published now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="205"/>
        <source>&amp;Address (slug):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="207"/>
        <source>&amp;Address (slug) — readers&apos; links change if you change it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="209"/>
        <source>Also show the featured photo at the top of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="211"/>
        <source>Many themes already show the featured photo above the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="213"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="214"/>
        <source>As the site decides (its default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="216"/>
        <source>The site&apos;s categories appear here after the first sync with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/publish_dialog.py" line="219"/>
        <source>Queue for the site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishOptions</name>
    <message>
        <location filename="../../editor/publish_options.py" line="66"/>
        <source>This account may only submit interviews for review on the site (a contributor): an editor there publishes them.</source>
        <extracomment>One sentence on what the account may not do (None: it may do everything here). False when the interview cannot be sent at all with this account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/publish_options.py" line="75"/>
        <source>The post is already published, and this account may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/publish_options.py" line="83"/>
        <source>This account may not upload photos to the site: remove the photos, or ask for an account that may.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../editor/publishing.py" line="350"/>
        <source>The post was changed on the site since Newsdesk last sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/publishing.py" line="357"/>
        <source>The lead (excerpt) was changed on the site and in Newsdesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullRunner</name>
    <message>
        <location filename="../../uikit/pulls.py" line="260"/>
        <source>Waiting for the sync with {site} to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../uikit/pulls.py" line="267"/>
        <source>The application password for {site} is not known; enter it in Preferences ▸ Sites.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../editor/review_outbox.py" line="216"/>
        <source>The post is no longer waiting for review on the site: it is “{status}” now.</source>
        <extracomment>&quot;Decide again on the site&apos;s version&quot;: send the decision past the check. &quot;Drop the decision&quot;: the post comes back to the queue. :data:`editor.review_queue.APPROVE`, ``SCHEDULE`` or ``SEND_BACK``. The post&apos;s ``modified_gmt`` and :func:`content_digest` as the editor read it. When a scheduled post goes out (``YYYY-MM-DDTHH:MM:SS`` UTC). The held comment carrying the note, once the site made it. The note&apos;s comment was asked for (its answer may have been lost). The status change was sent (its answer may have been lost). The site&apos;s ``modified_gmt`` the editor chose to decide on anyway. The site&apos;s post when the item stopped in conflict.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="224"/>
        <source>The contributor changed the post on the site after you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="281"/>
        <source>Approve and publish “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="283"/>
        <source>Schedule “{title}” for {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="286"/>
        <source>Send “{title}” back to its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="293"/>
        <source>Send my decision on the site&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="294"/>
        <source>Drop my decision (the post returns to the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="305"/>
        <source>Title on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="306"/>
        <source>Status on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="308"/>
        <source>Changed on the site (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/review_outbox.py" line="312"/>
        <source>You read the version of (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="31"/>
        <source>Approve and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="33"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="34"/>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="41"/>
        <source>conflict: see Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="43"/>
        <source>refused by the site: see Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="45"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="46"/>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="86"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="109"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="110"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="111"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="112"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="113"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="114"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_model.py" line="115"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../shell/first_window.py" line="89"/>
        <location filename="../../editor/ui/review_page.py" line="236"/>
        <source>Review</source>
        <extracomment>The decision keys (the Comments page uses A/D/S alike: approve, turn down, set aside). What deciding (or taking a decision back) changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="310"/>
        <source>No decision is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="313"/>
        <source>Nothing is waiting for review on {site}. Posts contributors submit appear here after the next pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="330"/>
        <source>No site is set up. Add your site in Preferences ▸ Sites to review what contributors submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="336"/>
        <source>The account {user} may not publish on {site}, so it cannot review what contributors submit. An editor&apos;s account can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="341"/>
        <source>The posts of {site} have not been pulled yet. Pull them on the “On the site” page; the posts waiting for review then show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="379"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="383"/>
        <source>By {author} · submitted {when} · {words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="395"/>
        <source>Notes sent to the author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="464"/>
        <source>“{title}” is no longer waiting for review here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="468"/>
        <source>{decision}: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="476"/>
        <source>{decision}: “{title}”, waiting to be sent. {undo} takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="486"/>
        <source>Decision taken back; the post waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="491"/>
        <source>That decision was already sent to the site; it cannot be taken back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="511"/>
        <source>The post is no longer waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="523"/>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="524"/>
        <source>Decided, waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="527"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="528"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="531"/>
        <source>Approve and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="532"/>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="533"/>
        <source>Send back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="537"/>
        <source>Open (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_page.py" line="538"/>
        <source>Open the post to edit it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="64"/>
        <source>Moderation rules for {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="66"/>
        <source>Moderation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="71"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="78"/>
        <source>Flag comments that contain links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="81"/>
        <source>Hold for review the comments the assistant scores at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="85"/>
        <source> % or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="88"/>
        <source>The site&apos;s comment box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="90"/>
        <source>Fewest characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="91"/>
        <source>Most characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="92"/>
        <source>Outside these limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="94"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="98"/>
        <source>Banned words (suggest rejecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="101"/>
        <location filename="../../moderation/ui/rules_dialog.py" line="107"/>
        <location filename="../../moderation/ui/rules_dialog.py" line="132"/>
        <source>When one is found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="104"/>
        <source>Watch words (flag for a look)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="118"/>
        <source>One word or phrase per line. Case and accents are ignored, so “ngu” also finds “NGŨ”, but never a part of a longer word such as “người”. Put a word in quotes (&quot;đểu&quot;) to match its accents exactly: it then also finds the word in a comment typed without any accents, but not “đều”; &quot;đụ&quot; never finds the “du” of “du lịch”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="129"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="134"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="143"/>
        <source>Off by default. The comments are only flagged for a moderator (Flagged queue); their state on the site never changes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../moderation/ui/rules_dialog.py" line="153"/>
        <source>Automatic actions apply only to comments pulled from now on that no moderator has decided on; they are logged and can be undone like any decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="36"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="40"/>
        <source>Publish at (time on this computer, {zone}):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="74"/>
        <source>Send back to the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="79"/>
        <source>The post goes back to draft. Your note reaches its author on the site; readers never see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/review_dialogs.py" line="88"/>
        <source>What should the author change?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteContent</name>
    <message>
        <location filename="../../editor/html_export.py" line="118"/>
        <location filename="../../editor/plaintext_export.py" line="69"/>
        <source>Site content Newsdesk does not edit</source>
        <extracomment>Writes one photo as HTML, given its (safe) address or None. Writes one piece of site content Newsdesk does not edit. What :func:`key_lines` writes for a photo and for site content (never sent anywhere).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteErrors</name>
    <message>
        <location filename="../../portal/errors.py" line="146"/>
        <source>The secure connection failed: the site&apos;s certificate is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="154"/>
        <source>The site did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="138"/>
        <source>The connection broke before the site answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="70"/>
        <source>The site could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="123"/>
        <source>The site could not be reached: the name was not found or the connection was refused. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="163"/>
        <source>Wrong user name or application password (401). Create an application password in WordPress under Users ▸ Profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="173"/>
        <source>This account is not allowed to do that on the site (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="209"/>
        <source>This address does not answer like a WordPress site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="217"/>
        <source>The site answers from another address; use that address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="324"/>
        <source>The application password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="325"/>
        <source>The user name is not registered on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="328"/>
        <source>The e-mail address is not registered on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="331"/>
        <source>Application passwords are turned off on this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="334"/>
        <source>The user name or application password is wrong (or the site&apos;s server drops the login, or application passwords are turned off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="339"/>
        <source>Comments cannot be added to a post that is still a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="342"/>
        <source>Comments cannot be added to a post in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="345"/>
        <source>Comments are closed on this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="346"/>
        <source>The post for this comment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="349"/>
        <source>This account may not publish posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="350"/>
        <source>This account may not create this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="351"/>
        <source>This account may not edit this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="352"/>
        <source>This account may not delete this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="353"/>
        <source>This account may not see items for editing or moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="356"/>
        <source>This account may not see comments under moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="359"/>
        <source>This account may not see unpublished posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="362"/>
        <source>This account may not read that post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="365"/>
        <source>The post was not found on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="366"/>
        <source>The comment was not found on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="369"/>
        <source>The item is already in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="370"/>
        <source>The site does not offer this part of the WordPress REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="373"/>
        <source>This comment has already been posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="374"/>
        <source>Comments are being posted too quickly. Wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="377"/>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="378"/>
        <source>A comment needs an author name and e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="381"/>
        <source>The site rejected one of the values sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="384"/>
        <source>A required value was missing from the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="387"/>
        <source>The page of results asked for does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="390"/>
        <source>The file to upload is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="391"/>
        <source>The site refused the file (its type may not be allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="394"/>
        <source>The file is too large for the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="397"/>
        <source>The site could not change the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="401"/>
        <source>The site&apos;s name could not be found. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="404"/>
        <source>The site refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="405"/>
        <source>The site sent an answer that could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="406"/>
        <source>The site address is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="407"/>
        <source>The site&apos;s web server asked for its own password before WordPress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="410"/>
        <source>The site&apos;s firewall refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="201"/>
        <source>No WordPress REST API at this address (404). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="191"/>
        <source>The post was deleted on the site. Retry to publish the interview again as a new post, or discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="181"/>
        <source>The site no longer has this item (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="227"/>
        <source>The site refused the change because it clashes with existing content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="235"/>
        <source>The site asks to slow down (429); Newsdesk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="246"/>
        <source>The site had an internal error (5xx); Newsdesk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="255"/>
        <source>The site rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="261"/>
        <source>The site&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../portal/errors.py" line="97"/>
        <source>The site said: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../uikit/site_messages.py" line="18"/>
        <source>Needs the site password: the site refused the application password (401). Enter the right one in Preferences ▸ Sites; the change then goes out by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_revisions.py" line="34"/>
        <source>This interview has not been sent to the site yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_revisions.py" line="42"/>
        <source>Newsdesk has no application password for this site yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/publishing.py" line="226"/>
        <source>The interview is in the trash, so it was not sent. Restore the interview to send it, or discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePosts</name>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="29"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="30"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="31"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="32"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="33"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="34"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="68"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="87"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="88"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="89"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="90"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="91"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_model.py" line="92"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePostsPage</name>
    <message>
        <location filename="../../shell/first_window.py" line="87"/>
        <location filename="../../editor/ui/site_posts_page.py" line="224"/>
        <source>On the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="258"/>
        <source>No site is set up. Add your site in Preferences ▸ Sites to see its posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="265"/>
        <source>The posts of {site} have not been pulled yet. Click “Pull” to fetch them; after that they can be read offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="273"/>
        <source>No post matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="314"/>
        <source>Open as an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="344"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="348"/>
        <source>All authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="350"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="364"/>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="366"/>
        <source>Fetch the site&apos;s posts: everything the first time, then what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="368"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="369"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="372"/>
        <source>Open the post as an interview (a draft linked to the post: publishing updates it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_posts_page.py" line="375"/>
        <source>Search titles (accents not needed)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteRevisions</name>
    <message>
        <location filename="../../editor/site_revisions.py" line="84"/>
        <source>site user {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteState</name>
    <message>
        <location filename="../../editor/ui/list_model.py" line="85"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="86"/>
        <source>Not sent: see Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="87"/>
        <source>Conflict: see Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="88"/>
        <source>Draft on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="89"/>
        <source>Pending review on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="90"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="91"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="92"/>
        <source>Private on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="93"/>
        <source>In the site&apos;s trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/list_model.py" line="94"/>
        <source>Deleted on the site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteStates</name>
    <message>
        <location filename="../../editor/site_states.py" line="155"/>
        <source>Conflict: the post was changed on the site too; choose in Publishing</source>
        <extracomment>An outbox state that needs a person outranks one that only waits. The post&apos;s status on the site (&quot;&quot; before it was ever sent). Tags the site account may not create, sent without them at the last publish. Changes of this interview in the outbox, not sent yet. The most urgent of them: WAITING, FAILED or CONFLICT (None when nothing waits). Whether the site can be reached now. The last pull saw the post changed on the site since Newsdesk last wrote or opened it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="161"/>
        <source>The site refused the last change; see Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="168"/>
        <source>Changes waiting to send: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="174"/>
        <source>offline: they go out when the site can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="180"/>
        <source>needs the site password (Preferences ▸ Sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="186"/>
        <source>The site has a newer version of this post; publishing will ask which one to keep (or take the site&apos;s version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="194"/>
        <source>The post was deleted on the site. Publishing again makes a new post, only after you confirm it in Publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="202"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="203"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="204"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="205"/>
        <source>pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="206"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="207"/>
        <source>in the site&apos;s trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/site_states.py" line="210"/>
        <source>On the site: {status} — {link}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="128"/>
        <source>(stored in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="130"/>
        <source>(kept until Newsdesk closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="143"/>
        <source>This address must be fixed before the site can be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="144"/>
        <source>Check the address above and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="150"/>
        <source>The site refused this application password; {count} change(s) wait for it. Enter the right one and save: they then go out by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="185"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="203"/>
        <source>Remove site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="204"/>
        <source>Remove this site and its password? Changes not yet sent to it are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="233"/>
        <source>Checking {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="254"/>
        <source>Connected as {name} ({roles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="271"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="272"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="273"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="274"/>
        <source>Application password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="276"/>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="277"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="278"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="279"/>
        <source>Make active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="280"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/sites_tab.py" line="283"/>
        <source>This computer has no system keyring, so Newsdesk keeps the password only until it closes and asks for it again at the next start. It is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slugs</name>
    <message>
        <location filename="../../editor/slugs.py" line="48"/>
        <source>The address cannot be empty.</source>
        <extracomment>WordPress keeps 200 characters of a slug (``post_name``); room is left for ``-2``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/slugs.py" line="50"/>
        <source>The address is too long: at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/slugs.py" line="54"/>
        <source>Use only lower-case letters without accents, digits and single hyphens (like duong-len-ban).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../editor/spelling.py" line="75"/>
        <source>Spell check is off: the Vietnamese dictionary {path} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="98"/>
        <source>Spell check is off: the Vietnamese dictionary is not installed (Debian package hunspell-vi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="106"/>
        <source>Spell check is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="108"/>
        <source>The Vietnamese dictionary is loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="109"/>
        <source>Spell check is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="144"/>
        <source>Spell check is off: an unexpected problem occurred; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="252"/>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="255"/>
        <source>Add to the newsroom dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling.py" line="258"/>
        <source>Ignore in this interview</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="96"/>
        <source>The word list could not be written to {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/spelling_preferences.py" line="104"/>
        <source>%n word(s) written to {path}.</source>
        <translation>
            <numerusform>%n word written to {path}.</numerusform>
            <numerusform>%n words written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="118"/>
        <location filename="../../editor/ui/spelling_preferences.py" line="127"/>
        <location filename="../../editor/ui/spelling_preferences.py" line="145"/>
        <source>Import newsroom dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="119"/>
        <source>{path} was not imported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/spelling_preferences.py" line="128"/>
        <source>%n new word(s) added to the newsroom dictionary.</source>
        <translation>
            <numerusform>%n new word added to the newsroom dictionary.</numerusform>
            <numerusform>%n new words added to the newsroom dictionary.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="137"/>
        <source>Word lists (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="147"/>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="163"/>
        <source>&amp;Check spelling as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="164"/>
        <source>House &amp;tone-mark style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="165"/>
        <source>Old: hòa, khỏe, thủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="166"/>
        <source>New: hoà, khoẻ, thuỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="169"/>
        <source>Both styles are spelt right; the problem panel points out syllables in the other style and offers to normalise the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="175"/>
        <source>The newsroom dictionary holds names, places and agencies the spell checker must know. Share it as a word list: a UTF-8 text file, one entry per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="179"/>
        <source>&amp;Import word list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/spelling_preferences.py" line="180"/>
        <source>&amp;Export word list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../storage/errors.py" line="42"/>
        <source>The database {path} is in use by another Newsdesk window or program. Close the other one, or start Newsdesk with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="54"/>
        <source>Newsdesk cannot write to {path}: it is read-only (the file, its folder or the whole disk). Check the permissions, or choose another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="66"/>
        <source>The file {path} is not a Newsdesk database. Newsdesk has left it untouched; move it away or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="78"/>
        <source>The database {path} was made by a newer version of Newsdesk. Install the newer version to open it; this version has left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="90"/>
        <source>The disk holding {path} is full, so Newsdesk cannot save anything to it. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="102"/>
        <source>The disk holding {path} reported an error while Newsdesk read or wrote it. Check that the disk (or network folder) is still connected and working, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="115"/>
        <source>Newsdesk cannot use the folder {path} ({reason}). Choose another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="134"/>
        <source>The database {path} is damaged, so Newsdesk has stopped using it. Newsdesk keeps a copy before each upgrade; the newest is {backup}. Close Newsdesk, move the damaged file away and put that copy in its place (name it {name}); changes made since that copy are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="141"/>
        <source>The database {path} is damaged, so Newsdesk has stopped using it. There is no earlier copy of it. Keep the file for your technical support; to start afresh, move it out of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../../shell/sync_cli.py" line="78"/>
        <source>It was changed on the site too: open Newsdesk&apos;s Publishing page, select it and choose “Resolve conflict…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="84"/>
        <source>The site refused it: fix the reason above, then choose Retry on Newsdesk&apos;s Publishing page (or Discard to drop the change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="90"/>
        <source>Nothing to do: Newsdesk tries again by itself from {time}; if this keeps happening, check the reason above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="96"/>
        <source>It goes out after the change above (settle that one first if it needs you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="100"/>
        <source>Nothing to do: it goes out at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="113"/>
        <source>It waits for an earlier change of the same item (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="117"/>
        <source>It was not reached in this sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="122"/>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_cli.py" line="127"/>
        <source>What to do: {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../shell/sync_controller.py" line="173"/>
        <source>no site configured</source>
        <extracomment>No password stored for the site, or the site refused the one stored (401). Emitted on the sync&apos;s worker thread; delivered queued to the GUI thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_controller.py" line="215"/>
        <source>password needed for {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/sync_controller.py" line="235"/>
        <source>the site refused the password for {site}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToneStyle</name>
    <message>
        <location filename="../../editor/tone_style.py" line="90"/>
        <source>This interview mixes the two tone-mark styles; syllables not in the house style: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/tone_style.py" line="96"/>
        <source>Syllables in the new tone-mark style (hoà, khoẻ, thuỷ): {count}. The house style is the old one (hòa, khỏe, thủy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/tone_style.py" line="102"/>
        <source>Syllables in the old tone-mark style (hòa, khỏe, thủy): {count}. The house style is the new one (hoà, khoẻ, thuỷ).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialogs</name>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="29"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/trash_dialogs.py" line="36"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="45"/>
        <source>Its post on the site stays there: this does not unpublish it. To take it off the site, open it and choose Unpublish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="48"/>
        <source>These have a post on the site, which stays there (not unpublished):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/trash_dialogs.py" line="56"/>
        <source>%n change(s) for the site have not been sent yet: they are held while the interview is in the trash, and go out if you restore it.</source>
        <translation>
            <numerusform>%n change for the site has not been sent yet: it is held while the interview is in the trash, and goes out if you restore it.</numerusform>
            <numerusform>%n changes for the site have not been sent yet: they are held while the interview is in the trash, and go out if you restore it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="65"/>
        <source>Move {title} to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/trash_dialogs.py" line="67"/>
        <source>Move these %n interviews to the trash?</source>
        <translation>
            <numerusform>Move this interview to the trash?</numerusform>
            <numerusform>Move these %n interviews to the trash?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="69"/>
        <source>You can restore them from the Trash until it is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="75"/>
        <source>Delete {title} for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/trash_dialogs.py" line="77"/>
        <source>Delete these %n interviews for good?</source>
        <translation>
            <numerusform>Delete this interview for good?</numerusform>
            <numerusform>Delete these %n interviews for good?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/trash_dialogs.py" line="79"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="28"/>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="30"/>
        <source>Your latest changes to “{title}” are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="31"/>
        <source>Untitled interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="38"/>
        <source>Try saving again, save a copy as a text file in another folder, or quit and lose these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="43"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="44"/>
        <source>Save a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="45"/>
        <source>Quit Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/unsaved_dialog.py" line="46"/>
        <source>Keep Working</source>
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
        <location filename="../../editor/validation.py" line="77"/>
        <source>Photo in block {number} has no image yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="87"/>
        <source>The image of the photo in block {number} is missing from the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/validation.py" line="98"/>
        <source>Photo in block {number} needs alt text for readers who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <location filename="../../editor/version_diff.py" line="94"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="95"/>
        <source>Sapo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="96"/>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="97"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="104"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="109"/>
        <source>Photo: {credit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="112"/>
        <source>Alt text: {alt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="113"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/version_diff.py" line="116"/>
        <source>Site content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordList</name>
    <message>
        <location filename="../../editor/newsroom_words.py" line="42"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="43"/>
        <source>The file is too large for a word list (more than 4 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="46"/>
        <source>The file is not UTF-8 text. Save the word list as UTF-8 (one entry per line) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="51"/>
        <source>The file is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="52"/>
        <source>Line {line} is longer than {limit} characters: a word list has one name or word per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="57"/>
        <source>The word list has more than {limit} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/newsroom_words.py" line="58"/>
        <source>The file holds no words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
