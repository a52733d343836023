<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Mailscope::DeliveryReport</name>
    <message numerus="yes">
        <source>Sent to %1 for %2 of %n recipient(s); the others were not accepted.</source>
        <translation>
            <numerusform>Sent to %1 for %2 of %n recipient; the others were not accepted.</numerusform>
            <numerusform>Sent to %1 for %2 of %n recipients; the others were not accepted.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>Imported %n message</numerusform>
            <numerusform>Imported %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s), %1 failed</source>
        <translation>
            <numerusform>Imported %n message, %1 failed</numerusform>
            <numerusform>Imported %n messages, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message %1 relayed to %2: %3 of %n recipient(s) accepted</source>
        <translation>
            <numerusform>Message %1 relayed to %2: %3 of %n recipient accepted</numerusform>
            <numerusform>Message %1 relayed to %2: %3 of %n recipients accepted</numerusform>
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
    <message numerus="yes">
        <source>%n message(s) imported; these could not be:</source>
        <translation>
            <numerusform>%n message imported; these could not be:</numerusform>
            <numerusform>%n messages imported; these could not be:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::RuleListModel</name>
    <message numerus="yes">
        <source>Wait %n ms</source>
        <translation>
            <numerusform>Wait %n ms</numerusform>
            <numerusform>Wait %n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one in %n matches</source>
        <translation>
            <numerusform>one in %n match</numerusform>
            <numerusform>one in %n matches</numerusform>
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
