<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Mailscope::ConsoleAuthDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>AUTH helper</source>
        <translation>AUTH-Hilfe</translation>
    </message>
    <message>
        <source>%1 (offered)</source>
        <translation>%1 (angeboten)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Send AUTH</source>
        <translation>AUTH senden</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Sends:
%1</source>
        <translation>Sendet:
%1</translation>
    </message>
    <message>
        <source>Sends:
%1
%2 (the user, when asked)
%3 (the password, when asked)</source>
        <translation>Sendet:
%1
%2 (den Benutzer, auf Nachfrage)
%3 (das Passwort, auf Nachfrage)</translation>
    </message>
    <message>
        <source>Sends:
%1
then answers the server&apos;s challenge with the user and an HMAC-MD5 of it keyed with the password</source>
        <translation>Sendet:
%1
und beantwortet dann die Challenge des Servers mit dem Benutzer und ihrem HMAC-MD5, mit dem Passwort als Schlüssel</translation>
    </message>
</context>
<context>
    <name>Mailscope::ConsoleMessageDialog</name>
    <message>
        <source>Send message content</source>
        <translation>Nachrichteninhalt senden</translation>
    </message>
    <message>
        <source>Typed in the Mailscope console</source>
        <translation>In der Mailscope-Konsole getippt</translation>
    </message>
    <message>
        <source>Hello.</source>
        <translation>Hallo.</translation>
    </message>
    <message>
        <source>Lines starting with “.” get another one (RFC 5321 dot-stuffing); the final “.” line ends the data.</source>
        <translation>Zeilen, die mit „.“ beginnen, bekommen einen weiteren (Dot-Stuffing nach RFC 5321); die abschließende „.“-Zeile beendet die Daten.</translation>
    </message>
    <message>
        <source>The server has not asked for the message yet: send DATA and wait for its 354 reply first.</source>
        <translation>Der Server hat noch nicht nach der Nachricht gefragt: Senden Sie zuerst DATA und warten Sie auf seine Antwort 354.</translation>
    </message>
    <message>
        <source>Send with the final “.”</source>
        <translation>Mit abschließendem „.“ senden</translation>
    </message>
</context>
<context>
    <name>Mailscope::ConsolePage</name>
    <message>
        <source>Accept any certificate</source>
        <translation>Jedes Zertifikat annehmen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Connect to a server, then type SMTP commands below: each line you send and each reply the server gives appears here with its time.</source>
        <translation>Verbinden Sie sich mit einem Server und tippen Sie dann unten SMTP-Befehle: Jede gesendete Zeile und jede Antwort des Servers erscheint hier mit ihrer Uhrzeit.</translation>
    </message>
    <message>
        <source>A command, e.g. EHLO localhost — Enter sends it, Up and Down recall earlier ones</source>
        <translation>Ein Befehl, z. B. EHLO localhost — Eingabe sendet ihn, Auf und Ab holen frühere zurück</translation>
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
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Empty the transcript (the connection stays)</source>
        <translation>Das Protokoll leeren (die Verbindung bleibt bestehen)</translation>
    </message>
    <message>
        <source>Mailscope is not listening</source>
        <translation>Mailscope empfängt nicht</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1, TLS</source>
        <translation>Verbunden mit %1, TLS</translation>
    </message>
    <message>
        <source>Connected to %1, plain text</source>
        <translation>Verbunden mit %1, Klartext</translation>
    </message>
    <message>
        <source>console.txt</source>
        <translation>konsole.txt</translation>
    </message>
    <message>
        <source>Mailscope</source>
        <translation>Mailscope</translation>
    </message>
    <message>
        <source>Connect to one of Mailscope&apos;s own listeners</source>
        <translation>Mit einem von Mailscopes eigenen Listenern verbinden</translation>
    </message>
    <message>
        <source>Plain (STARTTLS on request)</source>
        <translation>Klartext (STARTTLS auf Anfrage)</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <source>Go on with a certificate that does not verify (self-signed, expired, another name); the transcript still names what is wrong with it. Mailscope&apos;s own certificate is self-signed unless you gave it one.</source>
        <translation>Auch mit einem Zertifikat fortfahren, das sich nicht prüfen lässt (selbstsigniert, abgelaufen, anderer Name); das Protokoll nennt trotzdem, was daran nicht stimmt. Mailscopes eigenes Zertifikat ist selbstsigniert, sofern Sie ihm keines gegeben haben.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Send EHLO localhost</source>
        <translation>EHLO localhost senden</translation>
    </message>
    <message>
        <source>MAIL FROM…</source>
        <translation>MAIL FROM…</translation>
    </message>
    <message>
        <source>Put MAIL FROM into the input line, the address selected</source>
        <translation>MAIL FROM in die Eingabezeile setzen, die Adresse markiert</translation>
    </message>
    <message>
        <source>RCPT TO…</source>
        <translation>RCPT TO…</translation>
    </message>
    <message>
        <source>Put RCPT TO into the input line, the address selected</source>
        <translation>RCPT TO in die Eingabezeile setzen, die Adresse markiert</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Send DATA</source>
        <translation>DATA senden</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Nachricht…</translation>
    </message>
    <message>
        <source>Type a message and send it with dot-stuffing and the final “.” (after DATA)</source>
        <translation>Eine Nachricht tippen und mit Dot-Stuffing und abschließendem „.“ senden (nach DATA)</translation>
    </message>
    <message>
        <source>RSET</source>
        <translation>RSET</translation>
    </message>
    <message>
        <source>Send RSET</source>
        <translation>RSET senden</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Send QUIT</source>
        <translation>QUIT senden</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Send STARTTLS and start the TLS handshake when the server answers 220</source>
        <translation>STARTTLS senden und den TLS-Handshake beginnen, sobald der Server 220 antwortet</translation>
    </message>
    <message>
        <source>AUTH…</source>
        <translation>AUTH…</translation>
    </message>
    <message>
        <source>Authenticate: the helper encodes user and password and answers the challenges</source>
        <translation>Authentifizieren: Die Hilfe kodiert Benutzer und Passwort und beantwortet die Challenges</translation>
    </message>
</context>
<context>
    <name>Mailscope::DeliveryDialog</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Send now (Ctrl+Return)</source>
        <translation>Jetzt senden (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>Mailscope::DeliveryReport</name>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>The conversation with the server appears here.</source>
        <translation>Der Dialog mit dem Server erscheint hier.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Greeting %1…</source>
        <translation>Begrüße %1…</translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation>Starte TLS…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Authentifiziere…</translation>
    </message>
    <message>
        <source>Giving the sender and the recipients…</source>
        <translation>Übermittle Absender und Empfänger…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Sende die Nachricht…</translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation>Schließe die Verbindung…</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>✗ Rejected</source>
        <translation>✗ Abgelehnt</translation>
    </message>
    <message>
        <source>✗ Message refused</source>
        <translation>✗ Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ Angenommen</translation>
    </message>
    <message>
        <source>The server: %1</source>
        <translation>Der Server: %1</translation>
    </message>
    <message>
        <source>Not sent to %1 — %2 failed: %3</source>
        <translation>Nicht an %1 gesendet — %2 gescheitert: %3</translation>
    </message>
    <message>
        <source>Sent to %1: every recipient accepted.</source>
        <translation>An %1 gesendet: Alle Empfänger angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1 for %2 of %n recipient(s); the others were not accepted.</source>
        <translation>
            <numerusform>An %1 gesendet für %2 von %n Empfänger; die übrigen wurden nicht angenommen.</numerusform>
            <numerusform>An %1 gesendet für %2 von %n Empfängern; die übrigen wurden nicht angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
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
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
</context>
<context>
    <name>Mailscope::DestinationWidget</name>
    <message>
        <source>Accept a certificate that does not verify</source>
        <translation>Ein nicht prüfbares Zertifikat annehmen</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS erforderlich</translation>
    </message>
    <message>
        <source>TLS from the start (SMTPS)</source>
        <translation>TLS von Anfang an (SMTPS)</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>keine Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Host and port:</source>
        <translation>&amp;Host und Port:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Zielserver:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Mailscope — %1</source>
        <translation>Mailscope — %1</translation>
    </message>
    <message>
        <source>Another server</source>
        <translation>Ein anderer Server</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the password for %1, or clear the user to send without authentication.</source>
        <translation>Geben Sie das Passwort für %1 ein oder leeren Sie den Benutzer, um ohne Authentifizierung zu senden.</translation>
    </message>
</context>
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
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Talk SMTP by hand to any server (Ctrl+3)</source>
        <translation>Von Hand SMTP mit einem beliebigen Server sprechen (Strg+3)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht importiert</numerusform>
            <numerusform>%n Nachrichten importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s), %1 failed</source>
        <translation>
            <numerusform>%n Nachricht importiert, %1 fehlgeschlagen</numerusform>
            <numerusform>%n Nachrichten importiert, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Send a test message to Mailscope or another server (Ctrl+Shift+N)</source>
        <translation>Eine Testnachricht an Mailscope oder einen anderen Server senden (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Message %1 not relayed to %2: %3 (the captured message is kept)</source>
        <translation>Nachricht %1 nicht an %2 weitergeleitet: %3 (die abgefangene Nachricht bleibt erhalten)</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 relayed to %2: %3 of %n recipient(s) accepted</source>
        <translation>
            <numerusform>Nachricht %1 an %2 weitergeleitet: %3 von %n Empfänger angenommen</numerusform>
            <numerusform>Nachricht %1 an %2 weitergeleitet: %3 von %n Empfängern angenommen</numerusform>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Send the captured message to a real server (Ctrl+Shift+R)</source>
        <translation>Die abgefangene Nachricht an einen echten Server senden (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Nachrichten importieren</translation>
    </message>
    <message>
        <source>Messages and mailboxes (*.eml *.mbox *.mbx *.msg *.txt);;All files (*)</source>
        <translation>Nachrichten und Postfächer (*.eml *.mbox *.mbx *.msg *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported; these could not be:</source>
        <translation>
            <numerusform>%n Nachricht importiert; diese ließen sich nicht importieren:</numerusform>
            <numerusform>%n Nachrichten importiert; diese ließen sich nicht importieren:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::RelayPage</name>
    <message>
        <source>Accept a certificate that does not verify</source>
        <translation>Auch ein nicht prüfbares Zertifikat annehmen</translation>
    </message>
    <message>
        <source>Only when I release a message</source>
        <translation>Nur wenn ich eine Nachricht freigebe</translation>
    </message>
    <message>
        <source>Every captured message, to its recipients</source>
        <translation>Jede empfangene Nachricht, an ihre Empfänger</translation>
    </message>
    <message>
        <source>Captured messages that one of these searches finds:</source>
        <translation>Empfangene Nachrichten, die eine dieser Suchen findet:</translation>
    </message>
    <message>
        <source>none: no relay</source>
        <translation>leer: kein Relay</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <source>none: no AUTH</source>
        <translation>leer: kein AUTH</translation>
    </message>
    <message>
        <source>The best the server offers</source>
        <translation>Das beste, das der Server anbietet</translation>
    </message>
    <message>
        <source>One search a line, e.g.
to:@example.com
subject:&quot;password reset&quot;</source>
        <translation>Eine Suche pro Zeile, z. B.
to:@example.com
subject:&quot;password reset&quot;</translation>
    </message>
    <message>
        <source>Release sends a captured message to this server; relay rules send messages on by themselves. The captured copy is always kept.</source>
        <translation>Freigeben sendet eine empfangene Nachricht an diesen Server; Relay-Regeln leiten Nachrichten von selbst weiter. Die empfangene Kopie bleibt immer erhalten.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mechanismus:</translation>
    </message>
    <message>
        <source>Send on:</source>
        <translation>Weiterleiten:</translation>
    </message>
    <message>
        <source>Give at least one search for the messages to relay.</source>
        <translation>Geben Sie mindestens eine Suche für die weiterzuleitenden Nachrichten an.</translation>
    </message>
    <message>
        <source>Relay rules need a relay server.</source>
        <translation>Relay-Regeln brauchen einen Relay-Server.</translation>
    </message>
</context>
<context>
    <name>Mailscope::ReleaseDialog</name>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Release “%1”</source>
        <translation>„%1“ freigeben</translation>
    </message>
    <message>
        <source>“%1” from %2, %3, received %4</source>
        <translation>„%1“ von %2, %3, empfangen am %4</translation>
    </message>
    <message>
        <source>empty: the null sender &lt;&gt;</source>
        <translation>leer: der leere Absender &lt;&gt;</translation>
    </message>
    <message>
        <source>ann@example.com, bob@example.org</source>
        <translation>ann@example.com, bob@example.org</translation>
    </message>
    <message>
        <source>The message is sent byte for byte as Mailscope received it; the envelope below comes from its MAIL FROM and RCPT TO and may be changed.</source>
        <translation>Die Nachricht wird Byte für Byte so gesendet, wie Mailscope sie empfangen hat; der Umschlag unten stammt aus ihrem MAIL FROM und RCPT TO und lässt sich ändern.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Envelope &amp;sender:</source>
        <translation>Umschlag-&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Envelope sender: one address, or none for the null sender &lt;&gt;.</source>
        <translation>Umschlag-Absender: eine Adresse oder keine für den leeren Absender &lt;&gt;.</translation>
    </message>
    <message>
        <source>Recipients: enter at least one address.</source>
        <translation>Empfänger: Geben Sie mindestens eine Adresse ein.</translation>
    </message>
    <message>
        <source>Recipients: not an address: %1</source>
        <translation>Empfänger: keine Adresse: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the store.</source>
        <translation>Die Nachricht ist nicht mehr im Speicher.</translation>
    </message>
</context>
<context>
    <name>Mailscope::RuleEditDialog</name>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Regular expression (otherwise a glob such as *@bad.test)</source>
        <translation>Regulärer Ausdruck (sonst ein Glob wie *@bad.test)</translation>
    </message>
    <message>
        <source>Only the first time a client, sender and recipient meet (greylisting)</source>
        <translation>Nur beim ersten Treffen von Client, Absender und Empfänger (Greylisting)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>e.g. Subject</source>
        <translation>z. B. Subject</translation>
    </message>
    <message>
        <source>e.g. *@bad.test</source>
        <translation>z. B. *@bad.test</translation>
    </message>
    <message>
        <source>e.g. 5.1.1</source>
        <translation>z. B. 5.1.1</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>e.g. ^(.*)@old\.test$</source>
        <translation>z. B. ^(.*)@old\.test$</translation>
    </message>
    <message>
        <source>e.g. \1@new.test</source>
        <translation>z. B. \1@new.test</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Below 100 % the rule answers only for that share of matches (chaos testing)</source>
        <translation>Unter 100 % antwortet die Regel nur bei diesem Anteil der Treffer (Chaos-Tests)</translation>
    </message>
    <message>
        <source>every match</source>
        <translation>jeder Treffer</translation>
    </message>
    <message>
        <source>one in </source>
        <translation>einer von </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Abgleich mit:</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>Name der &amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Dann:</translation>
    </message>
    <message>
        <source>Reply &amp;code:</source>
        <translation>Antwort&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Enhanced code:</source>
        <translation>&amp;Erweiterter Code:</translation>
    </message>
    <message>
        <source>Reply te&amp;xt:</source>
        <translation>Antwortte&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>&amp;Rewrite (regular expression):</source>
        <translation>&amp;Umschreiben (regulärer Ausdruck):</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <source>&amp;Chance:</source>
        <translation>Wahrschein&amp;lichkeit:</translation>
    </message>
    <message>
        <source>&amp;Only:</source>
        <translation>Nu&amp;r:</translation>
    </message>
    <message>
        <source>Give a pattern to match, or choose &quot;Anything&quot;.</source>
        <translation>Geben Sie ein Muster an oder wählen Sie „Beliebig“.</translation>
    </message>
    <message>
        <source>Name the header to match.</source>
        <translation>Geben Sie den Namen der Kopfzeile an.</translation>
    </message>
    <message>
        <source>The enhanced code %1 does not belong to a %2 reply.</source>
        <translation>Der erweiterte Code %1 passt nicht zu einer Antwort %2.</translation>
    </message>
</context>
<context>
    <name>Mailscope::RuleListModel</name>
    <message>
        <source>On: the server tries this rule</source>
        <translation>Aktiv: Der Server probiert diese Regel</translation>
    </message>
    <message>
        <source>Off: the server skips this rule</source>
        <translation>Inaktiv: Der Server überspringt diese Regel</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>HELO / EHLO</source>
        <translation>HELO / EHLO</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
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
        <source>End of data</source>
        <translation>Ende der Daten</translation>
    </message>
    <message>
        <source>LMTP recipient after data</source>
        <translation>LMTP-Empfänger nach den Daten</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO-Name</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>AUTH user</source>
        <translation>AUTH-Benutzer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögern</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Rewrite recipient</source>
        <translation>Empfänger umschreiben</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Kopfzeile %1</translation>
    </message>
    <message>
        <source>%1 ~ /%2/</source>
        <translation>%1 ~ /%2/</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>Reject %1 %2 %3</source>
        <translation>Ablehnen mit %1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n ms</source>
        <translation>
            <numerusform>%n ms warten</numerusform>
            <numerusform>%n ms warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite /%1/ → %2</source>
        <translation>Umschreiben /%1/ → %2</translation>
    </message>
    <message>
        <source>%1% of matches</source>
        <translation>%1 % der Treffer</translation>
    </message>
    <message numerus="yes">
        <source>one in %n matches</source>
        <translation>
            <numerusform>einer von %n Treffer</numerusform>
            <numerusform>einer von %n Treffern</numerusform>
        </translation>
    </message>
    <message>
        <source>first attempt only</source>
        <translation>nur beim ersten Versuch</translation>
    </message>
    <message>
        <source>Every match</source>
        <translation>Bei jedem Treffer</translation>
    </message>
</context>
<context>
    <name>Mailscope::RulesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>N&amp;ach unten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Reject recipients matching…</source>
        <translation>Passende Empfänger ablehnen…</translation>
    </message>
    <message>
        <source>Greylist (450 the first time)</source>
        <translation>Greylisting (450 beim ersten Mal)</translation>
    </message>
    <message>
        <source>Temporary failure every N messages…</source>
        <translation>Vorübergehender Fehler alle N Nachrichten…</translation>
    </message>
    <message>
        <source>Slow server…</source>
        <translation>Langsamer Server…</translation>
    </message>
    <message>
        <source>LMTP: every other recipient fails after data</source>
        <translation>LMTP: Jeder zweite Empfänger scheitert nach den Daten</translation>
    </message>
    <message>
        <source>The server tries the rules from the top at each step; the first that answers wins (a delay waits and lets the next rules decide). A reply made by a rule names it in the transcript.</source>
        <translation>Der Server probiert die Regeln bei jedem Schritt von oben nach unten; die erste, die antwortet, gilt (eine Verzögerung wartet und lässt die folgenden Regeln entscheiden). Eine Antwort aus einer Regel nennt diese im Protokoll.</translation>
    </message>
    <message>
        <source>Reject recipients</source>
        <translation>Empfänger ablehnen</translation>
    </message>
    <message>
        <source>Recipients to refuse with 550 (a glob):</source>
        <translation>Mit 550 abzulehnende Empfänger (ein Glob):</translation>
    </message>
    <message>
        <source>Temporary failures</source>
        <translation>Vorübergehende Fehler</translation>
    </message>
    <message>
        <source>Answer 451 after the data of one message in:</source>
        <translation>Nach den Daten mit 451 antworten, bei einer Nachricht von:</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Langsamer Server</translation>
    </message>
    <message>
        <source>Wait before every reply (milliseconds):</source>
        <translation>Vor jeder Antwort warten (Millisekunden):</translation>
    </message>
</context>
<context>
    <name>Mailscope::SendDialog</name>
    <message>
        <source>%1: not an address: %2</source>
        <translation>%1: keine Adresse: %2</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Verfassen</translation>
    </message>
    <message>
        <source>An .&amp;eml file as it is</source>
        <translation>Eine .&amp;eml-Datei, unverändert</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Name &lt;sender@example.com&gt;</source>
        <translation>Name &lt;sender@example.com&gt;</translation>
    </message>
    <message>
        <source>ann@example.com, Bob &lt;bob@example.org&gt;</source>
        <translation>ann@example.com, Bob &lt;bob@example.org&gt;</translation>
    </message>
    <message>
        <source>optional, comma separated</source>
        <translation>optional, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Vo&amp;n:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>C&amp;c:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>The file is sent as it is, headers included (bare LF line ends become CRLF, as SMTP requires). From gives the envelope sender (empty: &lt;&gt;), To and Cc the envelope recipients.</source>
        <translation>Die Datei wird unverändert gesendet, samt Kopfzeilen (einzelne LF-Zeilenenden werden zu CRLF, wie SMTP es verlangt). Von gibt den Umschlag-Absender an (leer: &lt;&gt;), An und Cc die Umschlag-Empfänger.</translation>
    </message>
    <message>
        <source>The plain text body</source>
        <translation>Der Inhalt als reiner Text</translation>
    </message>
    <message>
        <source>Optional: an HTML alternative, e.g. &lt;h1&gt;Hello&lt;/h1&gt;</source>
        <translation>Optional: eine HTML-Alternative, z. B. &lt;h1&gt;Hallo&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation>HT&amp;ML</translation>
    </message>
    <message>
        <source>HT&amp;ML ●</source>
        <translation>HT&amp;ML ●</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>A message file (.eml), headers and body</source>
        <translation>Eine Nachrichtendatei (.eml) mit Kopfzeilen und Inhalt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Zu sendende Nachricht</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>Nachrichten (*.eml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>From: one sender address, or none for the null sender &lt;&gt;.</source>
        <translation>Von: eine Absenderadresse oder keine für den leeren Absender &lt;&gt;.</translation>
    </message>
    <message>
        <source>From: enter the sender&apos;s address.</source>
        <translation>Von: Geben Sie die Adresse des Absenders ein.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>To: enter at least one recipient.</source>
        <translation>An: Geben Sie mindestens einen Empfänger ein.</translation>
    </message>
    <message>
        <source>Choose the .eml file to send.</source>
        <translation>Wählen Sie die zu sendende .eml-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Mailscope &lt;mailscope@localhost&gt;</source>
        <translation>Mailscope &lt;mailscope@localhost&gt;</translation>
    </message>
    <message>
        <source>Test message from Mailscope</source>
        <translation>Testnachricht von Mailscope</translation>
    </message>
    <message>
        <source>This is a test message.</source>
        <translation>Dies ist eine Testnachricht.</translation>
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
        <source>&amp;Relative times</source>
        <translation>&amp;Relative Zeiten</translation>
    </message>
    <message>
        <source>Seconds since the session began instead of the time of day</source>
        <translation>Sekunden seit Beginn der Sitzung statt der Uhrzeit</translation>
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
        <translation>E&amp;ntfernen</translation>
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
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Certificates by the name the client asks for (SNI):</source>
        <translation>Zertifikate nach dem Namen, den der Client erfragt (SNI):</translation>
    </message>
    <message>
        <source>Rela&amp;y</source>
        <translation>Rela&amp;y</translation>
    </message>
    <message>
        <source>The relay %1 is one of Mailscope&apos;s own listeners: relayed messages would be captured and relayed again without end.</source>
        <translation>Das Relay %1 ist ein Listener von Mailscope selbst: weitergeleitete Nachrichten würden wieder empfangen und ohne Ende erneut weitergeleitet.</translation>
    </message>
</context>
<context>
    <name>Mailscope::SniCertificatesEditor</name>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Key (PEM)</source>
        <translation>Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>A client that names one of these hosts in its TLS hello gets that certificate; *.example.test covers every name under example.test. Double-click to edit.</source>
        <translation>Ein Client, der in seinem TLS-Hello einen dieser Hosts nennt, erhält dieses Zertifikat; *.example.test deckt jeden Namen unter example.test ab. Doppelklick zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Certificate for a host name</source>
        <translation>Zertifikat für einen Hostnamen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>SNI certificate %1 needs a host name and a certificate file.</source>
        <translation>Das SNI-Zertifikat %1 braucht einen Hostnamen und eine Zertifikatsdatei.</translation>
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
    <message>
        <source>Mailscope: an SMTP and LMTP test server that shows every session and every message it captures. Its settings are the file that mailscoped --config reads; mailscoped is the same server without a window.</source>
        <translation>Mailscope: ein SMTP- und LMTP-Testserver, der jede Sitzung und jede empfangene Nachricht zeigt. Seine Einstellungen stehen in der Datei, die mailscoped --config liest; mailscoped ist derselbe Server ohne Fenster.</translation>
    </message>
</context>
</TS>
