<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DateText</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenList</name>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::Application</name>
    <message numerus="yes">
        <source>The copied token leaves the clipboard in %n second(s).</source>
        <translation>
            <numerusform>The copied token leaves the clipboard in %n second.</numerusform>
            <numerusform>The copied token leaves the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::ComparisonWindow</name>
    <message numerus="yes">
        <source>Compare tokens (%n)</source>
        <translation>
            <numerusform>Compare tokens (%n)</numerusform>
            <numerusform>Compare tokens (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::NamePage</name>
    <message numerus="yes">
        <source>Name length: %1 of at most %n character(s)</source>
        <translation>
            <numerusform>Name length: %1 of at most %n character</numerusform>
            <numerusform>Name length: %1 of at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) too long.</source>
        <translation>
            <numerusform>The name is %n character too long.</numerusform>
            <numerusform>The name is %n characters too long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s) are allowed.</source>
        <translation>
            <numerusform>At most %n character are allowed.</numerusform>
            <numerusform>At most %n characters are allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::PreferencesDialog</name>
    <message numerus="yes">
        <source> second(s)</source>
        <extracomment>After the number of seconds in a spin box, with its leading space</extracomment>
        <translation>
            <numerusform> second</numerusform>
            <numerusform> seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::ReviewPage</name>
    <message numerus="yes">
        <source>%n workspace(s): %1</source>
        <translation>
            <numerusform>%n workspace: %1</numerusform>
            <numerusform>%n workspaces: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::TokenValueDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::WorkspacesPage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>selected workspace names, then a count</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) selected: %1</source>
        <translation>
            <numerusform>%n workspace selected: %1</numerusform>
            <numerusform>%n workspaces selected: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
