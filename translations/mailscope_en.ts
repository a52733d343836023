<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Mailscope::ListenerStatus</name>
    <message numerus="yes">
        <source>%1: %n connected</source>
        <translation>
            <numerusform>%1: %n connected</numerusform>
            <numerusform>%1: %n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::MainWindow</name>
    <message numerus="yes">
        <source>Messages  %1 (%n new)</source>
        <translation>
            <numerusform>Messages  %1 (%n new)</numerusform>
            <numerusform>Messages  %1 (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions  %1 (%n live)</source>
        <translation>
            <numerusform>Sessions  %1 (%n live)</numerusform>
            <numerusform>Sessions  %1 (%n live)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailscope — %n unread</source>
        <translation>
            <numerusform>Mailscope — %n unread</numerusform>
            <numerusform>Mailscope — %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::MessagesPage</name>
    <message numerus="yes">
        <source>Delete all %n message(s) in the store?</source>
        <translation>
            <numerusform>Delete the message in the store?</numerusform>
            <numerusform>Delete all %n messages in the store?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::TrayPresenter</name>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
</TS>
