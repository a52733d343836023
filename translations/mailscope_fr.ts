<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Save transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
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
        <translation>&amp;Retirer</translation>
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
        <translation>&amp;AUTH :</translation>
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
        <translation>Délai de grâce à l’a&amp;rrêt :</translation>
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
</context>
</TS>
