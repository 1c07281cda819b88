<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../shell/application.py" line="56"/>
        <location filename="../../shell/application.py" line="70"/>
        <source>Newsdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="57"/>
        <source>The data folder {path} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="99"/>
        <source>Demo profile: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="110"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="111"/>
        <source>Your interview drafts will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="117"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="118"/>
        <source>Reader comments waiting for moderation will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="124"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/application.py" line="125"/>
        <source>Changes waiting to be sent to the site (the outbox) will be listed here.</source>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../shell/ui/main_window.py" line="190"/>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="192"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="193"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="194"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="195"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="196"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="197"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="198"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="199"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="200"/>
        <source>&amp;About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="201"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="216"/>
        <source>About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shell/ui/main_window.py" line="221"/>
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
</TS>
