<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Mailscope::ConsoleAuthDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>AUTH helper</source>
        <translation>Assistant AUTH</translation>
    </message>
    <message>
        <source>%1 (offered)</source>
        <translation>%1 (proposé)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mécanisme :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Send AUTH</source>
        <translation>Envoyer AUTH</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Sends:
%1</source>
        <translation>Envoie :
%1</translation>
    </message>
    <message>
        <source>Sends:
%1
%2 (the user, when asked)
%3 (the password, when asked)</source>
        <translation>Envoie :
%1
%2 (l’utilisateur, sur demande)
%3 (le mot de passe, sur demande)</translation>
    </message>
    <message>
        <source>Sends:
%1
then answers the server&apos;s challenge with the user and an HMAC-MD5 of it keyed with the password</source>
        <translation>Envoie :
%1
puis répond au défi du serveur avec l’utilisateur et son HMAC-MD5, avec le mot de passe pour clé</translation>
    </message>
</context>
<context>
    <name>Mailscope::ConsoleMessageDialog</name>
    <message>
        <source>Send message content</source>
        <translation>Envoyer le contenu du message</translation>
    </message>
    <message>
        <source>Typed in the Mailscope console</source>
        <translation>Saisi dans la console Mailscope</translation>
    </message>
    <message>
        <source>Hello.</source>
        <translation>Bonjour.</translation>
    </message>
    <message>
        <source>Lines starting with “.” get another one (RFC 5321 dot-stuffing); the final “.” line ends the data.</source>
        <translation>Les lignes qui commencent par « . » en reçoivent un second (dot-stuffing, RFC 5321) ; la ligne « . » finale termine les données.</translation>
    </message>
    <message>
        <source>The server has not asked for the message yet: send DATA and wait for its 354 reply first.</source>
        <translation>Le serveur n’a pas encore demandé le message : envoyez d’abord DATA et attendez sa réponse 354.</translation>
    </message>
    <message>
        <source>Send with the final “.”</source>
        <translation>Envoyer avec le « . » final</translation>
    </message>
</context>
<context>
    <name>Mailscope::ConsolePage</name>
    <message>
        <source>Accept any certificate</source>
        <translation>Accepter tout certificat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Connect to a server, then type SMTP commands below: each line you send and each reply the server gives appears here with its time.</source>
        <translation>Connectez-vous à un serveur, puis tapez des commandes SMTP ci-dessous : chaque ligne envoyée et chaque réponse du serveur apparaissent ici avec leur heure.</translation>
    </message>
    <message>
        <source>A command, e.g. EHLO localhost — Enter sends it, Up and Down recall earlier ones</source>
        <translation>Une commande, p. ex. EHLO localhost — Entrée l’envoie, Haut et Bas rappellent les précédentes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Copier toute la transcription</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the transcript as a text file</source>
        <translation>Enregistrer la transcription dans un fichier texte</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Empty the transcript (the connection stays)</source>
        <translation>Vider la transcription (la connexion reste ouverte)</translation>
    </message>
    <message>
        <source>Mailscope is not listening</source>
        <translation>Mailscope n’est pas à l’écoute</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1, TLS</source>
        <translation>Connecté à %1, TLS</translation>
    </message>
    <message>
        <source>Connected to %1, plain text</source>
        <translation>Connecté à %1, en clair</translation>
    </message>
    <message>
        <source>console.txt</source>
        <translation>console.txt</translation>
    </message>
    <message>
        <source>Mailscope</source>
        <translation>Mailscope</translation>
    </message>
    <message>
        <source>Connect to one of Mailscope&apos;s own listeners</source>
        <translation>Se connecter à l’un des écouteurs de Mailscope</translation>
    </message>
    <message>
        <source>Plain (STARTTLS on request)</source>
        <translation>En clair (STARTTLS sur demande)</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS dès le premier octet</translation>
    </message>
    <message>
        <source>Go on with a certificate that does not verify (self-signed, expired, another name); the transcript still names what is wrong with it. Mailscope&apos;s own certificate is self-signed unless you gave it one.</source>
        <translation>Continuer avec un certificat non vérifiable (auto-signé, expiré, autre nom) ; la transcription indique quand même ce qui ne va pas. Le certificat de Mailscope est auto-signé, sauf si vous lui en avez fourni un.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Send EHLO localhost</source>
        <translation>Envoyer EHLO localhost</translation>
    </message>
    <message>
        <source>MAIL FROM…</source>
        <translation>MAIL FROM…</translation>
    </message>
    <message>
        <source>Put MAIL FROM into the input line, the address selected</source>
        <translation>Placer MAIL FROM dans la ligne de saisie, adresse sélectionnée</translation>
    </message>
    <message>
        <source>RCPT TO…</source>
        <translation>RCPT TO…</translation>
    </message>
    <message>
        <source>Put RCPT TO into the input line, the address selected</source>
        <translation>Placer RCPT TO dans la ligne de saisie, adresse sélectionnée</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Send DATA</source>
        <translation>Envoyer DATA</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <source>Type a message and send it with dot-stuffing and the final “.” (after DATA)</source>
        <translation>Taper un message et l’envoyer avec dot-stuffing et le « . » final (après DATA)</translation>
    </message>
    <message>
        <source>RSET</source>
        <translation>RSET</translation>
    </message>
    <message>
        <source>Send RSET</source>
        <translation>Envoyer RSET</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Send QUIT</source>
        <translation>Envoyer QUIT</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Send STARTTLS and start the TLS handshake when the server answers 220</source>
        <translation>Envoyer STARTTLS et lancer la négociation TLS quand le serveur répond 220</translation>
    </message>
    <message>
        <source>AUTH…</source>
        <translation>AUTH…</translation>
    </message>
    <message>
        <source>Authenticate: the helper encodes user and password and answers the challenges</source>
        <translation>S’authentifier : l’assistant encode l’utilisateur et le mot de passe et répond aux défis</translation>
    </message>
</context>
<context>
    <name>Mailscope::DeliveryDialog</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Send now (Ctrl+Return)</source>
        <translation>Envoyer maintenant (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Mailscope::DeliveryReport</name>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>The conversation with the server appears here.</source>
        <translation>L’échange avec le serveur apparaît ici.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Greeting %1…</source>
        <translation>Présentation à %1…</translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation>Démarrage de TLS…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Giving the sender and the recipients…</source>
        <translation>Envoi de l’expéditeur et des destinataires…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Envoi du message…</translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation>Fermeture de la connexion…</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Non tenté</translation>
    </message>
    <message>
        <source>✗ Rejected</source>
        <translation>✗ Refusé</translation>
    </message>
    <message>
        <source>✗ Message refused</source>
        <translation>✗ Message refusé</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ Accepté</translation>
    </message>
    <message>
        <source>The server: %1</source>
        <translation>Le serveur : %1</translation>
    </message>
    <message>
        <source>Not sent to %1 — %2 failed: %3</source>
        <translation>Non envoyé à %1 — %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Sent to %1: every recipient accepted.</source>
        <translation>Envoyé à %1 : tous les destinataires ont été acceptés.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1 for %2 of %n recipient(s); the others were not accepted.</source>
        <translation>
            <numerusform>Envoyé à %1 pour %2 sur %n destinataire ; les autres n’ont pas été acceptés.</numerusform>
            <numerusform>Envoyé à %1 pour %2 sur %n destinataires ; les autres n’ont pas été acceptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>l’accueil du serveur</translation>
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
        <translation>Accepter un certificat non vérifiable</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS si proposé</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS exigé</translation>
    </message>
    <message>
        <source>TLS from the start (SMTPS)</source>
        <translation>TLS dès le début (SMTPS)</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>sans authentification</translation>
    </message>
    <message>
        <source>&amp;Host and port:</source>
        <translation>&amp;Hôte et port :</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>E&amp;nvoyer à :</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Mailscope — %1</source>
        <translation>Mailscope — %1</translation>
    </message>
    <message>
        <source>Another server</source>
        <translation>Un autre serveur</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Saisissez le nom d’hôte ou l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter the password for %1, or clear the user to send without authentication.</source>
        <translation>Saisissez le mot de passe de %1, ou videz l’utilisateur pour envoyer sans authentification.</translation>
    </message>
</context>
<context>
    <name>Mailscope::HtmlPreview</name>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation>Tablette (768 px)</translation>
    </message>
    <message>
        <source>Phone (375 px)</source>
        <translation>Téléphone (375 px)</translation>
    </message>
    <message>
        <source>Width of the preview</source>
        <translation>Largeur de l’aperçu</translation>
    </message>
    <message>
        <source>Load remote content</source>
        <translation>Charger le contenu distant</translation>
    </message>
    <message>
        <source>Remote content blocked</source>
        <translation>Contenu distant bloqué</translation>
    </message>
    <message>
        <source>Requests blocked: %1</source>
        <translation>Requêtes bloquées : %1</translation>
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
        <translation>&amp;nbsp;&amp;nbsp;arrêté</translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation>Le serveur est arrêté</translation>
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
            <numerusform>%1 : %n connecté</numerusform>
            <numerusform>%1 : %n connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connecté</numerusform>
            <numerusform>%n connectés</numerusform>
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
        <translation>Messages</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Server behaviour: listeners, extensions, TLS, AUTH, limits (Ctrl+,)</source>
        <translation>Comportement du serveur : écouteurs, extensions, TLS, AUTH, limites (Ctrl+,)</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Pas d’écoute : %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l’écoute</translation>
    </message>
    <message>
        <source>Stopping: messages being received may finish</source>
        <translation>Arrêt en cours : les messages en cours de réception peuvent se terminer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop listening (Ctrl+R)</source>
        <translation>Arrêter l’écoute (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start listening (Ctrl+R)</source>
        <translation>Démarrer l’écoute (Ctrl+R)</translation>
    </message>
    <message numerus="yes">
        <source>Messages  %1 (%n new)</source>
        <translation>
            <numerusform>Messages  %1 (%n nouveau)</numerusform>
            <numerusform>Messages  %1 (%n nouveaux)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages  %1</source>
        <translation>Messages  %1</translation>
    </message>
    <message numerus="yes">
        <source>Sessions  %1 (%n live)</source>
        <translation>
            <numerusform>Sessions  %1 (%n active)</numerusform>
            <numerusform>Sessions  %1 (%n actives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions  %1</source>
        <translation>Sessions  %1</translation>
    </message>
    <message numerus="yes">
        <source>Mailscope — %n unread</source>
        <translation>
            <numerusform>Mailscope — %n non lu</numerusform>
            <numerusform>Mailscope — %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Talk SMTP by hand to any server (Ctrl+3)</source>
        <translation>Parler SMTP à la main avec n’importe quel serveur (Ctrl+3)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>%n message importé</numerusform>
            <numerusform>%n messages importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s), %1 failed</source>
        <translation>
            <numerusform>%n message importé, %1 en échec</numerusform>
            <numerusform>%n messages importés, %1 en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Send a test message to Mailscope or another server (Ctrl+Shift+N)</source>
        <translation>Envoyer un message de test à Mailscope ou à un autre serveur (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Message %1 not relayed to %2: %3 (the captured message is kept)</source>
        <translation>Message %1 non relayé vers %2 : %3 (le message capturé est conservé)</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 relayed to %2: %3 of %n recipient(s) accepted</source>
        <translation>
            <numerusform>Message %1 relayé vers %2 : %3 sur %n destinataire accepté</numerusform>
            <numerusform>Message %1 relayé vers %2 : %3 sur %n destinataires acceptés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::MessageListHint</name>
    <message>
        <source>&lt;p&gt;No message matches the search.&lt;/p&gt;&lt;p&gt;Try words, &lt;tt&gt;from:&lt;/tt&gt;, &lt;tt&gt;to:&lt;/tt&gt;, &lt;tt&gt;subject:&lt;/tt&gt;, &lt;tt&gt;has:attachment&lt;/tt&gt;, &lt;tt&gt;is:unread&lt;/tt&gt;, &lt;tt&gt;before:&lt;/tt&gt; or &lt;tt&gt;after:&lt;/tt&gt;; a leading &lt;tt&gt;-&lt;/tt&gt; negates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun message ne correspond à la recherche.&lt;/p&gt;&lt;p&gt;Essayez des mots, &lt;tt&gt;from:&lt;/tt&gt;, &lt;tt&gt;to:&lt;/tt&gt;, &lt;tt&gt;subject:&lt;/tt&gt;, &lt;tt&gt;has:attachment&lt;/tt&gt;, &lt;tt&gt;is:unread&lt;/tt&gt;, &lt;tt&gt;before:&lt;/tt&gt; ou &lt;tt&gt;after:&lt;/tt&gt; ; un &lt;tt&gt;-&lt;/tt&gt; devant inverse le critère.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server is stopped.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start it with &lt;i&gt;Start&lt;/i&gt; in the toolbar (Ctrl+R) to receive mail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le serveur est arrêté.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Démarrez-le avec &lt;i&gt;Démarrer&lt;/i&gt; dans la barre d’outils (Ctrl+R) pour recevoir du courrier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No mail yet&lt;/h3&gt;&lt;p&gt;Point your application&apos;s SMTP settings at &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Or send a test message from a terminal:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;swaks --server %1:%2 --to you@example.com&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;tt&gt;printf &apos;Subject: Hello\r\n\r\nHi\r\n&apos; | curl %3 --mail-rcpt you@example.com -T -&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Messages appear here as they arrive.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de courrier&lt;/h3&gt;&lt;p&gt;Indiquez &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;, dans les paramètres SMTP de votre application.&lt;/p&gt;&lt;p&gt;Ou envoyez un message de test depuis un terminal :&lt;/p&gt;&lt;p&gt;&lt;tt&gt;swaks --server %1:%2 --to you@example.com&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;tt&gt;printf &apos;Subject: Hello\r\n\r\nHi\r\n&apos; | curl %3 --mail-rcpt you@example.com -T -&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Les messages apparaissent ici dès leur arrivée.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Mailscope::MessageListModel</name>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>Mailscope::MessageParts</name>
    <message>
        <source>Save part…</source>
        <translation>Enregistrer la partie…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
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
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Open the part with the program your desktop chooses for it</source>
        <translation>Ouvrir la partie avec le programme que votre bureau choisit pour elle</translation>
    </message>
    <message>
        <source>part-%1</source>
        <translation>partie-%1</translation>
    </message>
    <message>
        <source>Save part</source>
        <translation>Enregistrer la partie</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Open part</source>
        <translation>Ouvrir la partie</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Mailscope::MessageViewer</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>Sélectionnez un message pour le lire.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>P&amp;arts</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>&amp;Envelope and session</source>
        <translation>E&amp;nveloppe et session</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From %1 to %2 · %3 · %4</source>
        <translation>De %1 à %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(This message has no text part.)</source>
        <translation>(Ce message n’a pas de partie texte.)</translation>
    </message>
    <message>
        <source>[… %1 more; save the message to see all of it]</source>
        <translation>[… %1 de plus ; enregistrez le message pour le voir en entier]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>&lt;&gt; (null sender)</source>
        <translation>&lt;&gt; (expéditeur nul)</translation>
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
        <translation>Session</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>AUTH user</source>
        <translation>Utilisateur AUTH</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Mailscope::MessagesPage</name>
    <message>
        <source>Search: words, from:, to:, subject:, has:attachment, is:unread … (Ctrl+F)</source>
        <translation>Rechercher : mots, from:, to:, subject:, has:attachment, is:unread … (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete &amp;all…</source>
        <translation>Tout supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Mark read/&amp;unread</source>
        <translation>Marquer comme lu/&amp;non lu</translation>
    </message>
    <message>
        <source>Delete all messages</source>
        <translation>Supprimer tous les messages</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n message(s) in the store?</source>
        <translation>
            <numerusform>Supprimer le message du stockage ?</numerusform>
            <numerusform>Supprimer les %n messages du stockage ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
    <message>
        <source>Send the captured message to a real server (Ctrl+Shift+R)</source>
        <translation>Envoyer le message capturé à un vrai serveur (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Importer des messages</translation>
    </message>
    <message>
        <source>Messages and mailboxes (*.eml *.mbox *.mbx *.msg *.txt);;All files (*)</source>
        <translation>Messages et boîtes aux lettres (*.eml *.mbox *.mbx *.msg *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported; these could not be:</source>
        <translation>
            <numerusform>%n message importé ; les suivants n’ont pas pu l’être :</numerusform>
            <numerusform>%n messages importés ; les suivants n’ont pas pu l’être :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::RelayPage</name>
    <message>
        <source>Accept a certificate that does not verify</source>
        <translation>Accepter un certificat qui ne se vérifie pas</translation>
    </message>
    <message>
        <source>Only when I release a message</source>
        <translation>Seulement quand je transmets un message</translation>
    </message>
    <message>
        <source>Every captured message, to its recipients</source>
        <translation>Chaque message capturé, à ses destinataires</translation>
    </message>
    <message>
        <source>Captured messages that one of these searches finds:</source>
        <translation>Les messages capturés que l’une de ces recherches trouve :</translation>
    </message>
    <message>
        <source>none: no relay</source>
        <translation>vide : pas de relais</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS dès le premier octet</translation>
    </message>
    <message>
        <source>none: no AUTH</source>
        <translation>vide : pas d’AUTH</translation>
    </message>
    <message>
        <source>The best the server offers</source>
        <translation>Le meilleur que le serveur propose</translation>
    </message>
    <message>
        <source>One search a line, e.g.
to:@example.com
subject:&quot;password reset&quot;</source>
        <translation>Une recherche par ligne, p. ex.
to:@example.com
subject:&quot;password reset&quot;</translation>
    </message>
    <message>
        <source>Release sends a captured message to this server; relay rules send messages on by themselves. The captured copy is always kept.</source>
        <translation>Transmettre envoie un message capturé à ce serveur ; les règles de relais font suivre les messages d’elles-mêmes. La copie capturée est toujours conservée.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot &amp;de passe :</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>Méca&amp;nisme :</translation>
    </message>
    <message>
        <source>Send on:</source>
        <translation>Faire suivre :</translation>
    </message>
    <message>
        <source>Give at least one search for the messages to relay.</source>
        <translation>Indiquez au moins une recherche pour les messages à relayer.</translation>
    </message>
    <message>
        <source>Relay rules need a relay server.</source>
        <translation>Les règles de relais ont besoin d’un serveur de relais.</translation>
    </message>
</context>
<context>
    <name>Mailscope::ReleaseDialog</name>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Transmettre</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Release “%1”</source>
        <translation>Transmettre « %1 »</translation>
    </message>
    <message>
        <source>“%1” from %2, %3, received %4</source>
        <translation>« %1 » de %2, %3, reçu le %4</translation>
    </message>
    <message>
        <source>empty: the null sender &lt;&gt;</source>
        <translation>vide : l’expéditeur nul &lt;&gt;</translation>
    </message>
    <message>
        <source>ann@example.com, bob@example.org</source>
        <translation>ann@example.com, bob@example.org</translation>
    </message>
    <message>
        <source>The message is sent byte for byte as Mailscope received it; the envelope below comes from its MAIL FROM and RCPT TO and may be changed.</source>
        <translation>Le message est envoyé octet pour octet tel que Mailscope l’a reçu ; l’enveloppe ci-dessous vient de son MAIL FROM et de ses RCPT TO, et peut être modifiée.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Envelope &amp;sender:</source>
        <translation>&amp;Expéditeur d’enveloppe :</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinataires :</translation>
    </message>
    <message>
        <source>Envelope sender: one address, or none for the null sender &lt;&gt;.</source>
        <translation>Expéditeur d’enveloppe : une adresse, ou aucune pour l’expéditeur nul &lt;&gt;.</translation>
    </message>
    <message>
        <source>Recipients: enter at least one address.</source>
        <translation>Destinataires : saisissez au moins une adresse.</translation>
    </message>
    <message>
        <source>Recipients: not an address: %1</source>
        <translation>Destinataires : pas une adresse : %1</translation>
    </message>
    <message>
        <source>The message is no longer in the store.</source>
        <translation>Le message n’est plus dans le stockage.</translation>
    </message>
</context>
<context>
    <name>Mailscope::RuleEditDialog</name>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Regular expression (otherwise a glob such as *@bad.test)</source>
        <translation>Expression régulière (sinon un glob comme *@bad.test)</translation>
    </message>
    <message>
        <source>Only the first time a client, sender and recipient meet (greylisting)</source>
        <translation>Seulement à la 1re rencontre client, expéditeur, destinataire (greylisting)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>e.g. Subject</source>
        <translation>p. ex. Subject</translation>
    </message>
    <message>
        <source>e.g. *@bad.test</source>
        <translation>p. ex. *@bad.test</translation>
    </message>
    <message>
        <source>e.g. 5.1.1</source>
        <translation>p. ex. 5.1.1</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>e.g. ^(.*)@old\.test$</source>
        <translation>p. ex. ^(.*)@old\.test$</translation>
    </message>
    <message>
        <source>e.g. \1@new.test</source>
        <translation>p. ex. \1@new.test</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Below 100 % the rule answers only for that share of matches (chaos testing)</source>
        <translation>En dessous de 100 %, la règle ne répond que pour cette part des correspondances (tests de chaos)</translation>
    </message>
    <message>
        <source>every match</source>
        <translation>chaque correspondance</translation>
    </message>
    <message>
        <source>one in </source>
        <translation>une sur </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Critère :</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>Nom de l’&amp;en-tête :</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Alors :</translation>
    </message>
    <message>
        <source>Reply &amp;code:</source>
        <translation>C&amp;ode de réponse :</translation>
    </message>
    <message>
        <source>&amp;Enhanced code:</source>
        <translation>Code é&amp;tendu :</translation>
    </message>
    <message>
        <source>Reply te&amp;xt:</source>
        <translation>Te&amp;xte de réponse :</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>&amp;Rewrite (regular expression):</source>
        <translation>&amp;Réécrire (expression régulière) :</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>&amp;Chance:</source>
        <translation>&amp;Probabilité :</translation>
    </message>
    <message>
        <source>&amp;Only:</source>
        <translation>&amp;Seulement :</translation>
    </message>
    <message>
        <source>Give a pattern to match, or choose &quot;Anything&quot;.</source>
        <translation>Indiquez un motif, ou choisissez « Tout ».</translation>
    </message>
    <message>
        <source>Name the header to match.</source>
        <translation>Indiquez le nom de l’en-tête.</translation>
    </message>
    <message>
        <source>The enhanced code %1 does not belong to a %2 reply.</source>
        <translation>Le code étendu %1 ne convient pas à une réponse %2.</translation>
    </message>
</context>
<context>
    <name>Mailscope::RuleListModel</name>
    <message>
        <source>On: the server tries this rule</source>
        <translation>Active : le serveur essaie cette règle</translation>
    </message>
    <message>
        <source>Off: the server skips this rule</source>
        <translation>Inactive : le serveur ignore cette règle</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
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
        <translation>Fin des données</translation>
    </message>
    <message>
        <source>LMTP recipient after data</source>
        <translation>Destinataire LMTP après les données</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP du client</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nom HELO</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>AUTH user</source>
        <translation>Utilisateur AUTH</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retarder</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Rewrite recipient</source>
        <translation>Réécrire le destinataire</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>En-tête %1</translation>
    </message>
    <message>
        <source>%1 ~ /%2/</source>
        <translation>%1 ~ /%2/</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Reject %1 %2 %3</source>
        <translation>Refuser avec %1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n ms</source>
        <translation>
            <numerusform>Attendre %n ms</numerusform>
            <numerusform>Attendre %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite /%1/ → %2</source>
        <translation>Réécrire /%1/ → %2</translation>
    </message>
    <message>
        <source>%1% of matches</source>
        <translation>%1 % des correspondances</translation>
    </message>
    <message numerus="yes">
        <source>one in %n matches</source>
        <translation>
            <numerusform>une sur %n correspondance</numerusform>
            <numerusform>une sur %n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>first attempt only</source>
        <translation>premier essai seulement</translation>
    </message>
    <message>
        <source>Every match</source>
        <translation>À chaque correspondance</translation>
    </message>
</context>
<context>
    <name>Mailscope::RulesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Mo&amp;nter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Aj&amp;outer…</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Préréglages</translation>
    </message>
    <message>
        <source>Reject recipients matching…</source>
        <translation>Refuser les destinataires correspondant à…</translation>
    </message>
    <message>
        <source>Greylist (450 the first time)</source>
        <translation>Greylisting (450 la première fois)</translation>
    </message>
    <message>
        <source>Temporary failure every N messages…</source>
        <translation>Échec temporaire tous les N messages…</translation>
    </message>
    <message>
        <source>Slow server…</source>
        <translation>Serveur lent…</translation>
    </message>
    <message>
        <source>LMTP: every other recipient fails after data</source>
        <translation>LMTP : un destinataire sur deux échoue après les données</translation>
    </message>
    <message>
        <source>The server tries the rules from the top at each step; the first that answers wins (a delay waits and lets the next rules decide). A reply made by a rule names it in the transcript.</source>
        <translation>À chaque étape, le serveur essaie les règles depuis le haut ; la première qui répond l’emporte (un délai attend et laisse décider les règles suivantes). Une réponse produite par une règle la nomme dans la transcription.</translation>
    </message>
    <message>
        <source>Reject recipients</source>
        <translation>Refuser des destinataires</translation>
    </message>
    <message>
        <source>Recipients to refuse with 550 (a glob):</source>
        <translation>Destinataires à refuser avec 550 (un glob) :</translation>
    </message>
    <message>
        <source>Temporary failures</source>
        <translation>Échecs temporaires</translation>
    </message>
    <message>
        <source>Answer 451 after the data of one message in:</source>
        <translation>Répondre 451 après les données d’un message sur :</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Serveur lent</translation>
    </message>
    <message>
        <source>Wait before every reply (milliseconds):</source>
        <translation>Attendre avant chaque réponse (millisecondes) :</translation>
    </message>
</context>
<context>
    <name>Mailscope::SendDialog</name>
    <message>
        <source>%1: not an address: %2</source>
        <translation>%1 : pas une adresse : %2</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Rédiger</translation>
    </message>
    <message>
        <source>An .&amp;eml file as it is</source>
        <translation>Un fichier .eml tel &amp;quel</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Name &lt;sender@example.com&gt;</source>
        <translation>Nom &lt;sender@example.com&gt;</translation>
    </message>
    <message>
        <source>ann@example.com, Bob &lt;bob@example.org&gt;</source>
        <translation>ann@example.com, Bob &lt;bob@example.org&gt;</translation>
    </message>
    <message>
        <source>optional, comma separated</source>
        <translation>facultatif, séparés par des virgules</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>C&amp;c:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>The file is sent as it is, headers included (bare LF line ends become CRLF, as SMTP requires). From gives the envelope sender (empty: &lt;&gt;), To and Cc the envelope recipients.</source>
        <translation>Le fichier est envoyé tel quel, en-têtes compris (les fins de ligne LF seules deviennent CRLF, comme l’exige SMTP). De donne l’expéditeur d’enveloppe (vide : &lt;&gt;), À et Cc les destinataires d’enveloppe.</translation>
    </message>
    <message>
        <source>The plain text body</source>
        <translation>Le corps en texte brut</translation>
    </message>
    <message>
        <source>Optional: an HTML alternative, e.g. &lt;h1&gt;Hello&lt;/h1&gt;</source>
        <translation>Facultatif : une variante HTML, p. ex. &lt;h1&gt;Bonjour&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
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
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>A message file (.eml), headers and body</source>
        <translation>Un fichier de message (.eml), en-têtes et corps</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Message à envoyer</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>Messages (*.eml *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>From: one sender address, or none for the null sender &lt;&gt;.</source>
        <translation>De : une adresse d’expéditeur, ou aucune pour l’expéditeur nul &lt;&gt;.</translation>
    </message>
    <message>
        <source>From: enter the sender&apos;s address.</source>
        <translation>De : saisissez l’adresse de l’expéditeur.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>To: enter at least one recipient.</source>
        <translation>À : saisissez au moins un destinataire.</translation>
    </message>
    <message>
        <source>Choose the .eml file to send.</source>
        <translation>Choisissez le fichier .eml à envoyer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Mailscope &lt;mailscope@localhost&gt;</source>
        <translation>Mailscope &lt;mailscope@localhost&gt;</translation>
    </message>
    <message>
        <source>Test message from Mailscope</source>
        <translation>Message de test de Mailscope</translation>
    </message>
    <message>
        <source>This is a test message.</source>
        <translation>Ceci est un message de test.</translation>
    </message>
</context>
<context>
    <name>Mailscope::ServerStartup</name>
    <message>
        <source>%1 (%2 was taken)</source>
        <translation>%1 (%2 était occupé)</translation>
    </message>
</context>
<context>
    <name>Mailscope::SessionListModel</name>
    <message>
        <source>greeting</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
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
        <translation>fermeture</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>%1, %2, SNI %3</source>
        <translation>%1, %2, SNI %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 reçus / %2 envoyés</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nom HELO</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
</context>
<context>
    <name>Mailscope::SessionsPage</name>
    <message>
        <source>Transcript of %1 (%2)</source>
        <translation>Transcription de %1 (%2)</translation>
    </message>
    <message>
        <source>Find in transcript (Ctrl+F)</source>
        <translation>Rechercher dans la transcription (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Copier toute la transcription</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the transcript as a text file</source>
        <translation>Enregistrer la transcription dans un fichier texte</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Aucune session sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Relative times</source>
        <translation>Temps &amp;relatifs</translation>
    </message>
    <message>
        <source>Seconds since the session began instead of the time of day</source>
        <translation>Secondes depuis le début de la session au lieu de l’heure</translation>
    </message>
</context>
<context>
    <name>Mailscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Listeners</source>
        <translation>&amp;Écouteurs</translation>
    </message>
    <message>
        <source>&amp;Extensions</source>
        <translation>E&amp;xtensions</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Authentication</source>
        <translation>&amp;Authentification</translation>
    </message>
    <message>
        <source>Li&amp;mits</source>
        <translation>Li&amp;mites</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenêtre</translation>
    </message>
    <message>
        <source>Changes apply to running sessions at their next command; saved to %1</source>
        <translation>Les modifications s’appliquent aux sessions en cours dès leur prochaine commande ; enregistrées dans %1</translation>
    </message>
    <message>
        <source>At least one listener is needed.</source>
        <translation>Il faut au moins un écouteur.</translation>
    </message>
    <message>
        <source>A user is written name:password, not &quot;%1&quot;.</source>
        <translation>Un utilisateur s’écrit nom:mot-de-passe, pas « %1 ».</translation>
    </message>
    <message>
        <source>The server refused the settings: %1</source>
        <translation>Le serveur a refusé les paramètres : %1</translation>
    </message>
    <message>
        <source>Applied, but not saved: %1</source>
        <translation>Appliqués, mais pas enregistrés : %1</translation>
    </message>
    <message>
        <source>smtp://HOST:PORT, lmtp://HOST:PORT, smtps:// or lmtps:// for TLS from the first byte; add ?proxy when a PROXY header comes first. Port 0 picks a free one.</source>
        <translation>smtp://HÔTE:PORT, lmtp://HÔTE:PORT, smtps:// ou lmtps:// pour TLS dès le premier octet ; ajoutez ?proxy quand un en-tête PROXY arrive en premier. Le port 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>this machine&apos;s host name</source>
        <translation>le nom d’hôte de cette machine</translation>
    </message>
    <message>
        <source>Look up client host names (reverse DNS)</source>
        <translation>Résoudre le nom d’hôte des clients (DNS inverse)</translation>
    </message>
    <message>
        <source>Accept XCLIENT (a proxy in front names the real client)</source>
        <translation>Accepter XCLIENT (un proxy en amont nomme le vrai client)</translation>
    </message>
    <message>
        <source>Accept XFORWARD (a content filter names the real client)</source>
        <translation>Accepter XFORWARD (un filtre de contenu nomme le vrai client)</translation>
    </message>
    <message>
        <source>Listeners (double-click to edit):</source>
        <translation>Écouteurs (double-clic pour modifier) :</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Nom d’hôte :</translation>
    </message>
    <message>
        <source>&amp;Greeting text:</source>
        <translation>Texte d’a&amp;ccueil :</translation>
    </message>
    <message>
        <source>&lt;i&gt;Hidden&lt;/i&gt;: the extension works but is left out of the EHLO reply, to see how a client copes.</source>
        <translation>&lt;i&gt;Masquée&lt;/i&gt; : l’extension fonctionne mais n’apparaît pas dans la réponse EHLO, pour voir comment un client s’en sort.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>e.g. EXPN, VRFY</source>
        <translation>p. ex. EXPN, VRFY</translation>
    </message>
    <message>
        <source>Commands answered with 502, separated by commas</source>
        <translation>Commandes auxquelles on répond 502, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Disabled commands:</source>
        <translation>Commandes &amp;désactivées :</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Hidden (works, not advertised)</source>
        <translation>Masqué (fonctionne, non annoncé)</translation>
    </message>
    <message>
        <source>Required before MAIL and AUTH</source>
        <translation>Exigé avant MAIL et AUTH</translation>
    </message>
    <message>
        <source>none: a self-signed certificate is made and kept</source>
        <translation>aucun : un certificat auto-signé est créé et conservé</translation>
    </message>
    <message>
        <source>none: the key is in the certificate file</source>
        <translation>aucune : la clé est dans le fichier du certificat</translation>
    </message>
    <message>
        <source>Ask clients for a certificate (recorded, not judged)</source>
        <translation>Demander un certificat aux clients (enregistré, non jugé)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;STARTTLS:</source>
        <translation>&amp;STARTTLS :</translation>
    </message>
    <message>
        <source>&amp;Certificate (PEM):</source>
        <translation>&amp;Certificat (PEM) :</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>&amp;Key (PEM):</source>
        <translation>C&amp;lé (PEM) :</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>&amp;Minimum TLS version:</source>
        <translation>&amp;Version TLS minimale :</translation>
    </message>
    <message>
        <source>&amp;Handshake timeout:</source>
        <translation>Délai de &amp;négociation :</translation>
    </message>
    <message>
        <source>Listeners named smtps:// or lmtps:// speak TLS from the first byte.</source>
        <translation>Les écouteurs smtps:// ou lmtps:// parlent TLS dès le premier octet.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Required before MAIL</source>
        <translation>Exigé avant MAIL</translation>
    </message>
    <message>
        <source>One user a line as name:password.
None: every name and password is accepted.</source>
        <translation>Un utilisateur par ligne, sous la forme nom:mot-de-passe.
Aucun : tout nom et tout mot de passe sont acceptés.</translation>
    </message>
    <message>
        <source>Allow AUTH without TLS (RFC 4954 would refuse it with 538)</source>
        <translation>Autoriser AUTH sans TLS (la RFC 4954 le refuserait avec 538)</translation>
    </message>
    <message>
        <source>Show passwords and tokens in transcripts</source>
        <translation>Afficher mots de passe et jetons dans les transcriptions</translation>
    </message>
    <message>
        <source>&amp;AUTH:</source>
        <translation>AUT&amp;H :</translation>
    </message>
    <message>
        <source>Mechanisms:</source>
        <translation>Mécanismes :</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs :</translation>
    </message>
    <message>
        <source>&amp;Failures before 421:</source>
        <translation>É&amp;checs avant 421 :</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Advertised with SIZE (RFC 1870); larger messages get 552</source>
        <translation>Annoncée avec SIZE (RFC 1870) ; les messages plus gros reçoivent 552</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Reject bodies with bare CR or LF (554 5.6.0)</source>
        <translation>Refuser les corps contenant un CR ou un LF isolé (554 5.6.0)</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>Plus &amp;gros message :</translation>
    </message>
    <message>
        <source>Most &amp;recipients per message:</source>
        <translation>&amp;Destinataires par message, au plus :</translation>
    </message>
    <message>
        <source>Most &amp;clients at once:</source>
        <translation>&amp;Clients simultanés, au plus :</translation>
    </message>
    <message>
        <source>&amp;Bad commands before 421:</source>
        <translation>Commandes &amp;erronées avant 421 :</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>Délai d’&amp;inactivité :</translation>
    </message>
    <message>
        <source>&amp;Grace when stopping:</source>
        <translation>Dé&amp;lai de grâce à l’arrêt :</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>R&amp;ègles</translation>
    </message>
    <message>
        <source>Certificates by the name the client asks for (SNI):</source>
        <translation>Certificats selon le nom demandé par le client (SNI) :</translation>
    </message>
    <message>
        <source>Rela&amp;y</source>
        <translation>&amp;Relais</translation>
    </message>
    <message>
        <source>The relay %1 is one of Mailscope&apos;s own listeners: relayed messages would be captured and relayed again without end.</source>
        <translation>Le relais %1 est l’un des écouteurs de Mailscope : les messages relayés seraient capturés puis relayés à nouveau sans fin.</translation>
    </message>
</context>
<context>
    <name>Mailscope::SniCertificatesEditor</name>
    <message>
        <source>Host name</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Certificat (PEM)</translation>
    </message>
    <message>
        <source>Key (PEM)</source>
        <translation>Clé (PEM)</translation>
    </message>
    <message>
        <source>A client that names one of these hosts in its TLS hello gets that certificate; *.example.test covers every name under example.test. Double-click to edit.</source>
        <translation>Un client qui nomme l’un de ces hôtes dans son hello TLS reçoit ce certificat ; *.example.test couvre tous les noms sous example.test. Double-cliquez pour modifier.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Certificate for a host name</source>
        <translation>Certificat pour un nom d’hôte</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>SNI certificate %1 needs a host name and a certificate file.</source>
        <translation>Le certificat SNI %1 nécessite un nom d’hôte et un fichier de certificat.</translation>
    </message>
</context>
<context>
    <name>Mailscope::TranscriptView</name>
    <message>
        <source>Select a session to see its transcript.</source>
        <translation>Sélectionnez une session pour voir sa transcription.</translation>
    </message>
    <message>
        <source>Open the message</source>
        <translation>Ouvrir le message</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>Mailscope::TrayIcon</name>
    <message>
        <source>&amp;Quit Mailscope</source>
        <translation>&amp;Quitter Mailscope</translation>
    </message>
    <message>
        <source>Mailscope keeps running</source>
        <translation>Mailscope reste actif</translation>
    </message>
    <message>
        <source>The server is still listening. Click the tray icon to bring the window back.</source>
        <translation>Le serveur reste à l’écoute. Cliquez sur l’icône de la zone de notification pour faire revenir la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Hide Window</source>
        <translation>&amp;Masquer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>A&amp;rrêter le serveur</translation>
    </message>
    <message>
        <source>St&amp;art Server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
</context>
<context>
    <name>Mailscope::TrayPresenter</name>
    <message>
        <source>(null sender)</source>
        <translation>(expéditeur nul)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l’écoute</translation>
    </message>
    <message>
        <source>The server is stopped</source>
        <translation>Le serveur est arrêté</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nouveau message de %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailscope::WindowSettingsPage</name>
    <message>
        <source>&amp;Notify on new mail while the window is not in front</source>
        <translation>&amp;Notifier l’arrivée de courrier quand la fenêtre n’est pas au premier plan</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the server running in the tray</source>
        <translation>Fermer la fenêtre laisse le serveur tourner dans la &amp;zone de notification</translation>
    </message>
    <message>
        <source>Many messages arriving together make one notification</source>
        <translation>Plusieurs messages arrivés ensemble donnent une seule notification</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu or with Ctrl+Q</source>
        <translation>Quittez par le menu de l’icône de notification ou avec Ctrl+Q</translation>
    </message>
    <message>
        <source>The tray icon shows how many messages are unread.</source>
        <translation>L’icône de la zone de notification indique le nombre de messages non lus.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so there is no tray icon.</source>
        <translation>Ce bureau n’a pas de zone de notification, il n’y a donc pas d’icône.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Mailscope</source>
        <translation>Mailscope</translation>
    </message>
    <message>
        <source>The settings in %1 cannot be read (%2); the defaults are used.</source>
        <translation>Impossible de lire les paramètres de %1 (%2) ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>Cannot open the message store %1: %2</source>
        <translation>Impossible d’ouvrir le stockage des messages %1 : %2</translation>
    </message>
    <message>
        <source>Mailscope: an SMTP and LMTP test server that shows every session and every message it captures. Its settings are the file that mailscoped --config reads; mailscoped is the same server without a window.</source>
        <translation>Mailscope : un serveur de test SMTP et LMTP qui montre chaque session et chaque message reçu. Ses réglages sont le fichier que lit mailscoped --config ; mailscoped est le même serveur sans fenêtre.</translation>
    </message>
</context>
</TS>
