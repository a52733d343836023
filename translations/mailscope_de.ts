<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Mailscope::HtmlPreview</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation>Tablet (768 px)</translation>
    </message>
    <message>
        <source>Phone (375 px)</source>
        <translation>Smartphone (375 px)</translation>
    </message>
    <message>
        <source>Width of the preview</source>
        <translation>Breite der Vorschau</translation>
    </message>
    <message>
        <source>Load remote content</source>
        <translation>Externe Inhalte laden</translation>
    </message>
    <message>
        <source>Remote content blocked</source>
        <translation>Externe Inhalte blockiert</translation>
    </message>
    <message>
        <source>Requests blocked: %1</source>
        <translation>Blockierte Anfragen: %1</translation>
    </message>
</context>
<context>
    <name>Mailscope::ListenerStatus</name>
    <message>
        <source>&lt;span style=&quot;color:#999&quot;&gt;○ %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#999&quot;&gt;○ %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;stopped</source>
        <translation>&amp;nbsp;&amp;nbsp;angehalten</translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation>Der Server ist angehalten</translation>
    </message>
    <message>
        <source> TLS</source>
        <translation> TLS</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e9e4f&quot;&gt;●&lt;/span&gt; &lt;b&gt;%1%2&lt;/b&gt; %3:%4</source>
        <translation>&lt;span style=&quot;color:#2e9e4f&quot;&gt;●&lt;/span&gt; &lt;b&gt;%1%2&lt;/b&gt; %3:%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connected</source>
        <translation>
            <numerusform>%1: %n verbunden</numerusform>
            <numerusform>%1: %n verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::MainWindow</name>
    <message>
        <source>Mailscope</source>
        <translation>Mailscope</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Server behaviour: listeners, extensions, TLS, AUTH, limits (Ctrl+,)</source>
        <translation>Verhalten des Servers: Listener, Erweiterungen, TLS, AUTH, Grenzen (Strg+,)</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Kein Empfang: %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Empfang auf %1</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Empfangsbereit</translation>
    </message>
    <message>
        <source>Stopping: messages being received may finish</source>
        <translation>Wird angehalten: Nachrichten, die gerade ankommen, dürfen fertig werden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop listening (Ctrl+R)</source>
        <translation>Empfang anhalten (Strg+R)</translation>
    </message>
    <message>
        <source>Start listening (Ctrl+R)</source>
        <translation>Empfang starten (Strg+R)</translation>
    </message>
    <message numerus="yes">
        <source>Messages  %1 (%n new)</source>
        <translation>
            <numerusform>Nachrichten  %1 (%n neu)</numerusform>
            <numerusform>Nachrichten  %1 (%n neu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages  %1</source>
        <translation>Nachrichten  %1</translation>
    </message>
    <message numerus="yes">
        <source>Sessions  %1 (%n live)</source>
        <translation>
            <numerusform>Sitzungen  %1 (%n aktiv)</numerusform>
            <numerusform>Sitzungen  %1 (%n aktiv)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions  %1</source>
        <translation>Sitzungen  %1</translation>
    </message>
    <message numerus="yes">
        <source>Mailscope — %n unread</source>
        <translation>
            <numerusform>Mailscope — %n ungelesen</numerusform>
            <numerusform>Mailscope — %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::MessageListHint</name>
    <message>
        <source>&lt;p&gt;No message matches the search.&lt;/p&gt;&lt;p&gt;Try words, &lt;tt&gt;from:&lt;/tt&gt;, &lt;tt&gt;to:&lt;/tt&gt;, &lt;tt&gt;subject:&lt;/tt&gt;, &lt;tt&gt;has:attachment&lt;/tt&gt;, &lt;tt&gt;is:unread&lt;/tt&gt;, &lt;tt&gt;before:&lt;/tt&gt; or &lt;tt&gt;after:&lt;/tt&gt;; a leading &lt;tt&gt;-&lt;/tt&gt; negates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Nachricht passt zur Suche.&lt;/p&gt;&lt;p&gt;Versuchen Sie Wörter, &lt;tt&gt;from:&lt;/tt&gt;, &lt;tt&gt;to:&lt;/tt&gt;, &lt;tt&gt;subject:&lt;/tt&gt;, &lt;tt&gt;has:attachment&lt;/tt&gt;, &lt;tt&gt;is:unread&lt;/tt&gt;, &lt;tt&gt;before:&lt;/tt&gt; oder &lt;tt&gt;after:&lt;/tt&gt;; ein vorangestelltes &lt;tt&gt;-&lt;/tt&gt; verneint.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server is stopped.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start it with &lt;i&gt;Start&lt;/i&gt; in the toolbar (Ctrl+R) to receive mail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Server ist angehalten.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Starten Sie ihn mit &lt;i&gt;Starten&lt;/i&gt; in der Werkzeugleiste (Strg+R), um Mails zu empfangen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No mail yet&lt;/h3&gt;&lt;p&gt;Point your application&apos;s SMTP settings at &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Or send a test message from a terminal:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;swaks --server %1:%2 --to you@example.com&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;tt&gt;printf &apos;Subject: Hello\r\n\r\nHi\r\n&apos; | curl %3 --mail-rcpt you@example.com -T -&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Messages appear here as they arrive.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Mail&lt;/h3&gt;&lt;p&gt;Tragen Sie in den SMTP-Einstellungen Ihrer Anwendung &lt;b&gt;%1&lt;/b&gt;, Port &lt;b&gt;%2&lt;/b&gt; ein.&lt;/p&gt;&lt;p&gt;Oder senden Sie eine Testnachricht aus einem Terminal:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;swaks --server %1:%2 --to you@example.com&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;tt&gt;printf &apos;Subject: Hello\r\n\r\nHi\r\n&apos; | curl %3 --mail-rcpt you@example.com -T -&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Nachrichten erscheinen hier, sobald sie ankommen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Mailscope::MessageListModel</name>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>Mailscope::MessageParts</name>
    <message>
        <source>Save part…</source>
        <translation>Teil speichern…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Content-ID</source>
        <translation>Content-ID</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Open the part with the program your desktop chooses for it</source>
        <translation>Den Teil mit dem Programm öffnen, das Ihr Desktop dafür wählt</translation>
    </message>
    <message>
        <source>part-%1</source>
        <translation>teil-%1</translation>
    </message>
    <message>
        <source>Save part</source>
        <translation>Teil speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Open part</source>
        <translation>Teil öffnen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Mailscope::MessageViewer</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Kopfzeilen</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>P&amp;arts</source>
        <translation>T&amp;eile</translation>
    </message>
    <message>
        <source>&amp;Envelope and session</source>
        <translation>&amp;Umschlag und Sitzung</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>From %1 to %2 · %3 · %4</source>
        <translation>Von %1 an %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(This message has no text part.)</source>
        <translation>(Diese Nachricht hat keinen Textteil.)</translation>
    </message>
    <message>
        <source>[… %1 more; save the message to see all of it]</source>
        <translation>[… %1 mehr; speichern Sie die Nachricht, um alles zu sehen]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&lt;&gt; (null sender)</source>
        <translation>&lt;&gt; (leerer Absender)</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>AUTH user</source>
        <translation>AUTH-Benutzer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Mailscope::MessagesPage</name>
    <message>
        <source>Search: words, from:, to:, subject:, has:attachment, is:unread … (Ctrl+F)</source>
        <translation>Suche: Wörter, from:, to:, subject:, has:attachment, is:unread … (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete &amp;all…</source>
        <translation>&amp;Alle löschen…</translation>
    </message>
    <message>
        <source>Mark read/&amp;unread</source>
        <translation>Als gelesen/&amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Delete all messages</source>
        <translation>Alle Nachrichten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n message(s) in the store?</source>
        <translation>
            <numerusform>Die %n Nachricht im Speicher löschen?</numerusform>
            <numerusform>Alle %n Nachrichten im Speicher löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::ServerStartup</name>
    <message>
        <source>%1 (%2 was taken)</source>
        <translation>%1 (%2 war belegt)</translation>
    </message>
</context>
<context>
    <name>Mailscope::SessionListModel</name>
    <message>
        <source>greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>MAIL</source>
        <translation>MAIL</translation>
    </message>
    <message>
        <source>RCPT</source>
        <translation>RCPT</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>BDAT</source>
        <translation>BDAT</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>wird geschlossen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1, %2, SNI %3</source>
        <translation>%1, %2, SNI %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 ein / %2 aus</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO-Name</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>Mailscope::SessionsPage</name>
    <message>
        <source>Transcript of %1 (%2)</source>
        <translation>Protokoll von %1 (%2)</translation>
    </message>
    <message>
        <source>Find in transcript (Ctrl+F)</source>
        <translation>Im Protokoll suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Das ganze Protokoll kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the transcript as a text file</source>
        <translation>Das Protokoll als Textdatei speichern</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Keine Sitzung ausgewählt</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Mailscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Listeners</source>
        <translation>&amp;Listener</translation>
    </message>
    <message>
        <source>&amp;Extensions</source>
        <translation>&amp;Erweiterungen</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Authentication</source>
        <translation>A&amp;uthentifizierung</translation>
    </message>
    <message>
        <source>Li&amp;mits</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>Changes apply to running sessions at their next command; saved to %1</source>
        <translation>Änderungen gelten für laufende Sitzungen ab ihrem nächsten Befehl; gespeichert in %1</translation>
    </message>
    <message>
        <source>At least one listener is needed.</source>
        <translation>Mindestens ein Listener ist nötig.</translation>
    </message>
    <message>
        <source>A user is written name:password, not &quot;%1&quot;.</source>
        <translation>Ein Benutzer wird als name:passwort geschrieben, nicht „%1“.</translation>
    </message>
    <message>
        <source>The server refused the settings: %1</source>
        <translation>Der Server hat die Einstellungen abgelehnt: %1</translation>
    </message>
    <message>
        <source>Applied, but not saved: %1</source>
        <translation>Angewendet, aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>smtp://HOST:PORT, lmtp://HOST:PORT, smtps:// or lmtps:// for TLS from the first byte; add ?proxy when a PROXY header comes first. Port 0 picks a free one.</source>
        <translation>smtp://HOST:PORT, lmtp://HOST:PORT, smtps:// oder lmtps:// für TLS ab dem ersten Byte; ?proxy anhängen, wenn zuerst ein PROXY-Header kommt. Port 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>this machine&apos;s host name</source>
        <translation>der Hostname dieses Rechners</translation>
    </message>
    <message>
        <source>Look up client host names (reverse DNS)</source>
        <translation>Hostnamen der Clients nachschlagen (Reverse-DNS)</translation>
    </message>
    <message>
        <source>Accept XCLIENT (a proxy in front names the real client)</source>
        <translation>XCLIENT annehmen (ein vorgeschalteter Proxy nennt den echten Client)</translation>
    </message>
    <message>
        <source>Accept XFORWARD (a content filter names the real client)</source>
        <translation>XFORWARD annehmen (ein Inhaltsfilter nennt den echten Client)</translation>
    </message>
    <message>
        <source>Listeners (double-click to edit):</source>
        <translation>Listener (Doppelklick zum Bearbeiten):</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>Hostna&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Greeting text:</source>
        <translation>&amp;Begrüßungstext:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Hidden&lt;/i&gt;: the extension works but is left out of the EHLO reply, to see how a client copes.</source>
        <translation>&lt;i&gt;Versteckt&lt;/i&gt;: Die Erweiterung funktioniert, fehlt aber in der EHLO-Antwort – so sehen Sie, wie ein Client damit zurechtkommt.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Versteckt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>e.g. EXPN, VRFY</source>
        <translation>z. B. EXPN, VRFY</translation>
    </message>
    <message>
        <source>Commands answered with 502, separated by commas</source>
        <translation>Befehle, die mit 502 beantwortet werden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Disabled commands:</source>
        <translation>&amp;Deaktivierte Befehle:</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Hidden (works, not advertised)</source>
        <translation>Versteckt (funktioniert, nicht angekündigt)</translation>
    </message>
    <message>
        <source>Required before MAIL and AUTH</source>
        <translation>Vor MAIL und AUTH erforderlich</translation>
    </message>
    <message>
        <source>none: a self-signed certificate is made and kept</source>
        <translation>keines: ein selbstsigniertes Zertifikat wird erstellt und aufbewahrt</translation>
    </message>
    <message>
        <source>none: the key is in the certificate file</source>
        <translation>keiner: der Schlüssel steht in der Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Ask clients for a certificate (recorded, not judged)</source>
        <translation>Clients nach einem Zertifikat fragen (wird festgehalten, nicht geprüft)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;STARTTLS:</source>
        <translation>&amp;STARTTLS:</translation>
    </message>
    <message>
        <source>&amp;Certificate (PEM):</source>
        <translation>&amp;Zertifikat (PEM):</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Key (PEM):</source>
        <translation>S&amp;chlüssel (PEM):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Minimum TLS version:</source>
        <translation>&amp;Mindestversion von TLS:</translation>
    </message>
    <message>
        <source>&amp;Handshake timeout:</source>
        <translation>Zeitlimit für den &amp;Handshake:</translation>
    </message>
    <message>
        <source>Listeners named smtps:// or lmtps:// speak TLS from the first byte.</source>
        <translation>Listener mit smtps:// oder lmtps:// sprechen TLS ab dem ersten Byte.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Required before MAIL</source>
        <translation>Vor MAIL erforderlich</translation>
    </message>
    <message>
        <source>One user a line as name:password.
None: every name and password is accepted.</source>
        <translation>Ein Benutzer pro Zeile als name:passwort.
Keiner: Jeder Name und jedes Passwort wird angenommen.</translation>
    </message>
    <message>
        <source>Allow AUTH without TLS (RFC 4954 would refuse it with 538)</source>
        <translation>AUTH ohne TLS erlauben (RFC 4954 würde es mit 538 ablehnen)</translation>
    </message>
    <message>
        <source>Show passwords and tokens in transcripts</source>
        <translation>Passwörter und Tokens im Protokoll zeigen</translation>
    </message>
    <message>
        <source>&amp;AUTH:</source>
        <translation>&amp;AUTH:</translation>
    </message>
    <message>
        <source>Mechanisms:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Failures before 421:</source>
        <translation>Fehl&amp;versuche bis 421:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Advertised with SIZE (RFC 1870); larger messages get 552</source>
        <translation>Mit SIZE angekündigt (RFC 1870); größere Nachrichten erhalten 552</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Reject bodies with bare CR or LF (554 5.6.0)</source>
        <translation>Nachrichtentexte mit einzelnem CR oder LF ablehnen (554 5.6.0)</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>Größte &amp;Nachricht:</translation>
    </message>
    <message>
        <source>Most &amp;recipients per message:</source>
        <translation>Höchstens Empfänger &amp;pro Nachricht:</translation>
    </message>
    <message>
        <source>Most &amp;clients at once:</source>
        <translation>Höchstens &amp;Clients gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Bad commands before 421:</source>
        <translation>Fehlerhafte &amp;Befehle bis 421:</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>Leerlauf-Zeitl&amp;imit:</translation>
    </message>
    <message>
        <source>&amp;Grace when stopping:</source>
        <translation>&amp;Schonfrist beim Anhalten:</translation>
    </message>
</context>
<context>
    <name>Mailscope::TranscriptView</name>
    <message>
        <source>Select a session to see its transcript.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihr Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>Open the message</source>
        <translation>Die Nachricht öffnen</translation>
    </message>
</context>
<context>
    <name>Mailscope::TrayIcon</name>
    <message>
        <source>&amp;Quit Mailscope</source>
        <translation>Mailscope &amp;beenden</translation>
    </message>
    <message>
        <source>Mailscope keeps running</source>
        <translation>Mailscope läuft weiter</translation>
    </message>
    <message>
        <source>The server is still listening. Click the tray icon to bring the window back.</source>
        <translation>Der Server empfängt weiterhin. Klicken Sie auf das Symbol im Infobereich, um das Fenster zurückzuholen.</translation>
    </message>
    <message>
        <source>&amp;Hide Window</source>
        <translation>Fenster &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>Server an&amp;halten</translation>
    </message>
    <message>
        <source>St&amp;art Server</source>
        <translation>Server &amp;starten</translation>
    </message>
</context>
<context>
    <name>Mailscope::TrayPresenter</name>
    <message>
        <source>(null sender)</source>
        <translation>(leerer Absender)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Empfangsbereit</translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation>Der Server ist angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::WindowSettingsPage</name>
    <message>
        <source>&amp;Notify on new mail while the window is not in front</source>
        <translation>Bei neuer Mail &amp;benachrichtigen, wenn das Fenster nicht im Vordergrund ist</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the server running in the tray</source>
        <translation>&amp;Schließen des Fensters lässt den Server im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Many messages arriving together make one notification</source>
        <translation>Viele gleichzeitig ankommende Nachrichten ergeben eine einzige Benachrichtigung</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu or with Ctrl+Q</source>
        <translation>Beenden über das Menü des Symbols im Infobereich oder mit Strg+Q</translation>
    </message>
    <message>
        <source>The tray icon shows how many messages are unread.</source>
        <translation>Das Symbol im Infobereich zeigt, wie viele Nachrichten ungelesen sind.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so there is no tray icon.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher gibt es kein Symbol dort.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Mailscope</source>
        <translation>Mailscope</translation>
    </message>
    <message>
        <source>The settings in %1 cannot be read (%2); the defaults are used.</source>
        <translation>Die Einstellungen in %1 können nicht gelesen werden (%2); die Voreinstellungen werden verwendet.</translation>
    </message>
    <message>
        <source>Cannot open the message store %1: %2</source>
        <translation>Der Nachrichtenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
</TS>
