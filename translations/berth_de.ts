<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Berth::Archive::ByteSource</name>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::GzipInflater</name>
    <message>
        <source>the gzip data is damaged or cut short (%1)</source>
        <translation>die gzip-Daten sind beschädigt oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>it ends in the middle of a gzip member</source>
        <translation>sie enden mitten in einem gzip-Member</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>ihre Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>not a gzip header</source>
        <translation>kein gzip-Header</translation>
    </message>
    <message>
        <source>invalid deflate data</source>
        <translation>ungültige deflate-Daten</translation>
    </message>
    <message>
        <source>the inflater gave back more than it read</source>
        <translation>der Inflater gab mehr zurück, als er gelesen hat</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::ImageArchiveReader</name>
    <message>
        <source>the image archive is damaged or cut short (%1)</source>
        <translation>das Image-Archiv ist beschädigt oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>the image archive</source>
        <translation>das Image-Archiv</translation>
    </message>
    <message>
        <source>the archive holds no image: neither a manifest.json nor an index.json that names one</source>
        <translation>das Archiv enthält kein Image: weder eine manifest.json noch eine index.json, die eines nennt</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::LayerReader</name>
    <message>
        <source>an entry&apos;s name is longer than %1 bytes</source>
        <translation>der Name eines Eintrags ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>the entry %1 has an absolute path; a layer&apos;s names are relative to the image&apos;s root</source>
        <translation>der Eintrag %1 hat einen absoluten Pfad; die Namen eines Layers sind relativ zur Wurzel des Images</translation>
    </message>
    <message>
        <source>the entry %1 climbs out of the image&apos;s root with &apos;..&apos;</source>
        <translation>der Eintrag %1 verlässt mit &apos;..&apos; die Wurzel des Images</translation>
    </message>
    <message>
        <source>the layer is xz-compressed; image layers are gzip, zstd or plain tar</source>
        <translation>der Layer ist xz-komprimiert; Image-Layer sind gzip, zstd oder reines tar</translation>
    </message>
    <message>
        <source>the layer&apos;s tar is larger than %1 bytes; Berth stops reading it</source>
        <translation>das tar des Layers ist größer als %1 Byte; Berth liest nicht weiter</translation>
    </message>
    <message>
        <source>the layer&apos;s tar</source>
        <translation>das tar des Layers</translation>
    </message>
    <message>
        <source>the layer holds more than %1 entries; Berth stops reading it</source>
        <translation>der Layer enthält mehr als %1 Einträge; Berth liest nicht weiter</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::LibarchiveFeed</name>
    <message>
        <source>%1 is damaged or cut short (%2)</source>
        <translation>%1 ist beschädigt oder abgeschnitten (%2)</translation>
    </message>
    <message>
        <source>no tar header</source>
        <translation>kein tar-Header</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::StreamCompressor</name>
    <message>
        <source>cannot start the %1 compressor</source>
        <translation>der %1-Kompressor lässt sich nicht starten</translation>
    </message>
    <message>
        <source>%1 compression failed</source>
        <translation>die %1-Kompression ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::StreamDecompressor</name>
    <message>
        <source>the %1 data is damaged or cut short</source>
        <translation>die %1-Daten sind beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>cannot start the %1 decompressor</source>
        <translation>der %1-Dekompressor lässt sich nicht starten</translation>
    </message>
    <message>
        <source>the %1 data expands beyond %2 bytes; Berth refuses it as a decompression bomb (decompress it yourself and load the tar)</source>
        <translation>die %1-Daten werden größer als %2 Byte; Berth weist sie als Dekompressionsbombe ab (entpacken Sie sie selbst und laden Sie das tar)</translation>
    </message>
    <message>
        <source>the %1 data expands beyond %2 bytes; Berth refuses it as a decompression bomb</source>
        <translation>die %1-Daten werden größer als %2 Byte; Berth weist sie als Dekompressionsbombe ab</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::ZstdInflater</name>
    <message>
        <source>the zstd data is damaged or cut short (it ends inside a frame)</source>
        <translation>die zstd-Daten sind beschädigt oder abgeschnitten (sie enden in einem Frame)</translation>
    </message>
    <message>
        <source>the zstd data is damaged or cut short (%1)</source>
        <translation>die zstd-Daten sind beschädigt oder abgeschnitten (%1)</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::CredentialHelper</name>
    <message>
        <source>the credential helper %1 did not answer</source>
        <translation>der Credential-Helper %1 hat nicht geantwortet</translation>
    </message>
    <message>
        <source>cannot run the credential helper %1: %2</source>
        <translation>der Credential-Helper %1 lässt sich nicht ausführen: %2</translation>
    </message>
    <message>
        <source>the credential helper %1 failed: %2</source>
        <translation>der Credential-Helper %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the credential helper&apos;s answer is not a JSON object</source>
        <translation>die Antwort des Credential-Helpers ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::CredentialStore</name>
    <message>
        <source>no keychain is reachable</source>
        <translation>kein Schlüsselbund erreichbar</translation>
    </message>
    <message>
        <source>no login kept for %1 on %2</source>
        <translation>keine Anmeldung für %1 bei %2 gespeichert</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>beliebiger Benutzer</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::DockerConfig</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a Docker config</source>
        <translation>%1 ist zu groß für eine Docker-Konfiguration</translation>
    </message>
    <message>
        <source>not a JSON object (Docker&apos;s config)</source>
        <translation>kein JSON-Objekt (Dockers Konfiguration)</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::KeychainLoader</name>
    <message>
        <source>the keychain module (libberth_keychain.so) is not installed</source>
        <translation>das Schlüsselbund-Modul (libberth_keychain.so) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot load the keychain module: %1</source>
        <translation>das Schlüsselbund-Modul lässt sich nicht laden: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::KeychainRequest</name>
    <message>
        <source>the keychain did not answer (a locked keyring waiting for its password, or a Secret Service that does not respond)</source>
        <translation>der Schlüsselbund hat nicht geantwortet (ein gesperrter Schlüsselbund, der auf sein Passwort wartet, oder ein Secret Service, der nicht reagiert)</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::AwsAccountStore</name>
    <message>
        <source>Berth keeps no AWS account named %1</source>
        <translation>Berth hat kein AWS-Konto namens %1</translation>
    </message>
    <message>
        <source>the keys of AWS account %1 are no longer in the keychain; add them again with berthctl login --aws %1</source>
        <translation>die Schlüssel des AWS-Kontos %1 sind nicht mehr im Schlüsselbund; fügen Sie sie mit berthctl login --aws %1 wieder hinzu</translation>
    </message>
    <message>
        <source>the keychain item of AWS account %1 is not one Berth wrote</source>
        <translation>der Schlüsselbund-Eintrag des AWS-Kontos %1 stammt nicht von Berth</translation>
    </message>
    <message>
        <source>Berth&apos;s keychain (%1)</source>
        <translation>Berths Schlüsselbund (%1)</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::AwsConfigFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::AwsCredentialChain</name>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found</source>
        <translation>Das Konfigurationsprofil (%1) wurde nicht gefunden</translation>
    </message>
    <message>
        <source>profile %1: the roles&apos; source profiles form a loop</source>
        <translation>Profil %1: die Quellprofile der Rollen bilden eine Schleife</translation>
    </message>
    <message>
        <source>The source profile &quot;%1&quot; must have credentials.</source>
        <translation>Das Quellprofil &quot;%1&quot; muss Zugangsdaten haben.</translation>
    </message>
    <message>
        <source>profile %1 has role_arn but neither source_profile nor credential_source = Environment; Berth supports those two</source>
        <translation>Profil %1 hat role_arn, aber weder source_profile noch credential_source = Environment; Berth unterstützt diese beiden</translation>
    </message>
    <message>
        <source>role %1 of profile %2, from %3</source>
        <translation>Rolle %1 des Profils %2, aus %3</translation>
    </message>
    <message>
        <source>%1 [%2] has aws_access_key_id but no aws_secret_access_key</source>
        <translation>%1 [%2] hat aws_access_key_id, aber kein aws_secret_access_key</translation>
    </message>
    <message>
        <source>profile %1 signs in with AWS IAM Identity Center (SSO), which Berth does not speak; add to it: credential_process = aws configure export-credentials --profile %1 --format process</source>
        <translation>Profil %1 meldet sich über AWS IAM Identity Center (SSO) an, das Berth nicht beherrscht; ergänzen Sie es um: credential_process = aws configure export-credentials --profile %1 --format process</translation>
    </message>
    <message>
        <source>no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run &quot;aws configure&quot; (profile %1)</source>
        <translation>keine AWS-Zugangsdaten gefunden: setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder führen Sie &quot;aws configure&quot; aus (Profil %1)</translation>
    </message>
    <message>
        <source>profile %1: credential_process is empty</source>
        <translation>Profil %1: credential_process ist leer</translation>
    </message>
    <message>
        <source>credential_process of profile %1 (%2): %3</source>
        <translation>credential_process des Profils %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>no answer after %n second(s); stopped</source>
        <translation>
            <numerusform>keine Antwort nach %n Sekunde; beendet</numerusform>
            <numerusform>keine Antwort nach %n Sekunden; beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>its output is not JSON</source>
        <translation>seine Ausgabe ist kein JSON</translation>
    </message>
    <message>
        <source>its output has Version %1; Berth reads Version 1</source>
        <translation>seine Ausgabe hat Version %1; Berth liest Version 1</translation>
    </message>
    <message>
        <source>its output lacks AccessKeyId or SecretAccessKey</source>
        <translation>seiner Ausgabe fehlt AccessKeyId oder SecretAccessKey</translation>
    </message>
    <message>
        <source>its Expiration is not an ISO 8601 time</source>
        <translation>seine Expiration ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>credential_process des Profils %1</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::AwsServiceCall</name>
    <message numerus="yes">
        <source> (this computer&apos;s clock is %n second(s) ahead of AWS&apos;s)</source>
        <translation>
            <numerusform> (die Uhr dieses Computers geht %n Sekunde gegenüber AWS vor)</numerusform>
            <numerusform> (die Uhr dieses Computers geht %n Sekunden gegenüber AWS vor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (this computer&apos;s clock is %n second(s) behind AWS&apos;s)</source>
        <translation>
            <numerusform> (die Uhr dieses Computers geht %n Sekunde gegenüber AWS nach)</numerusform>
            <numerusform> (die Uhr dieses Computers geht %n Sekunden gegenüber AWS nach)</numerusform>
        </translation>
    </message>
    <message>
        <source>An error occurred (%1) when calling the %2 operation: %3</source>
        <translation>Beim Aufruf der Operation %2 ist ein Fehler aufgetreten (%1): %3</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::EcrClient</name>
    <message>
        <source>STS AssumeRole answered without credentials</source>
        <translation>STS AssumeRole hat ohne Zugangsdaten geantwortet</translation>
    </message>
    <message>
        <source>%1: the answer is not a JSON object (%2)</source>
        <translation>%1: die Antwort ist kein JSON-Objekt (%2)</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::EcrCredentialSource</name>
    <message>
        <source>GetAuthorizationToken answered without a token</source>
        <translation>GetAuthorizationToken hat ohne Token geantwortet</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::EcrImageOps</name>
    <message>
        <source>ECR has no repository %1</source>
        <translation>ECR hat kein Repository %1</translation>
    </message>
    <message>
        <source>GetAuthorizationToken answered without a token</source>
        <translation>GetAuthorizationToken hat ohne Token geantwortet</translation>
    </message>
    <message>
        <source>DescribeImages answered no image</source>
        <translation>DescribeImages hat kein Image geliefert</translation>
    </message>
</context>
<context>
    <name>Berth::Build::BuildContextDevice</name>
    <message>
        <source>cannot start the build context&apos;s tar</source>
        <translation>das tar des Build-Kontexts lässt sich nicht starten</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Build::DockerIgnore</name>
    <message>
        <source>illegal exclusion pattern: &quot;!&quot;</source>
        <translation>ungültiges Ausschlussmuster: &quot;!&quot;</translation>
    </message>
    <message>
        <source>bad .dockerignore pattern: %1</source>
        <translation>fehlerhaftes .dockerignore-Muster: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Build::DockerfileCheck</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: # syntax=%2</source>
        <translation>%1: # syntax=%2</translation>
    </message>
    <message>
        <source>%1: RUN %2</source>
        <translation>%1: RUN %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: a heredoc in %2</source>
        <translation>%1: ein Heredoc in %2</translation>
    </message>
    <message>
        <source>this Dockerfile needs BuildKit (%1), which Berth does not speak yet</source>
        <translation>dieses Dockerfile braucht BuildKit (%1), das Berth noch nicht beherrscht</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::AccountCommand</name>
    <message>
        <source>Check and store a registry login in the OS keychain: login [REGISTRY] [-u USER]</source>
        <translation>Eine Registry-Anmeldung prüfen und im Schlüsselbund des Systems speichern: login [REGISTRY] [-u BENUTZER]</translation>
    </message>
    <message>
        <source>Remove a stored registry login: logout [REGISTRY] (or --aws NAME)</source>
        <translation>Eine gespeicherte Registry-Anmeldung entfernen: logout [REGISTRY] (oder --aws NAME)</translation>
    </message>
    <message>
        <source>List the stored registry logins and AWS accounts (never their secrets)</source>
        <translation>Die gespeicherten Registry-Anmeldungen und AWS-Konten auflisten (nie ihre Geheimnisse)</translation>
    </message>
    <message>
        <source>Check a login against the registry, then keep its secret in the OS keychain. Without REGISTRY: Docker Hub.</source>
        <translation>Eine Anmeldung bei der Registry prüfen und ihr Geheimnis dann im Schlüsselbund des Systems aufbewahren. Ohne REGISTRY: Docker Hub.</translation>
    </message>
    <message>
        <source>host[:port]; default docker.io</source>
        <translation>host[:port]; Standard docker.io</translation>
    </message>
    <message>
        <source>Registry user name; without it, it is asked on the terminal.</source>
        <translation>Benutzername für die Registry; ohne ihn wird im Terminal danach gefragt.</translation>
    </message>
    <message>
        <source>Read the password or token from stdin; without it, it is asked on the terminal.</source>
        <translation>Passwort oder Token von stdin lesen; ohne diese Option wird im Terminal danach gefragt.</translation>
    </message>
    <message>
        <source>Allow plain http and unverified TLS for this registry.</source>
        <translation>Unverschlüsseltes http und ungeprüftes TLS für diese Registry erlauben.</translation>
    </message>
    <message>
        <source>Copy Docker&apos;s logins (its config, credential helpers and store) into the keychain; Docker&apos;s config is not changed.</source>
        <translation>Dockers Anmeldungen (seine Konfiguration, Credential-Helper und Store) in den Schlüsselbund kopieren; Dockers Konfiguration bleibt unverändert.</translation>
    </message>
    <message>
        <source>Keep an AWS account named NAME instead: its access key id, secret key and optional session token are read from stdin (--password-stdin, one a line) or asked on the terminal, checked with AWS, and kept in the keychain.</source>
        <translation>Stattdessen ein AWS-Konto namens NAME aufbewahren: seine Access Key ID, sein Secret Key und ein optionales Session-Token werden von stdin gelesen (--password-stdin, eines pro Zeile) oder im Terminal erfragt, bei AWS geprüft und im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>--aws: the account&apos;s region.</source>
        <translation>--aws: die Region des Kontos.</translation>
    </message>
    <message>
        <source>--aws: send the account&apos;s ECR and STS calls to URL (an emulator: http://HOST:PORT).</source>
        <translation>--aws: die ECR- und STS-Aufrufe des Kontos an URL senden (ein Emulator: http://HOST:PORT).</translation>
    </message>
    <message>
        <source>--aws takes neither REGISTRY nor --username</source>
        <translation>--aws nimmt weder REGISTRY noch --username</translation>
    </message>
    <message>
        <source>--password-stdin needs --username</source>
        <translation>--password-stdin braucht --username</translation>
    </message>
    <message>
        <source>berthctl: login refused, nothing stored
</source>
        <translation>berthctl: Anmeldung abgelehnt, nichts gespeichert
</translation>
    </message>
    <message>
        <source>berthctl: no keychain is reachable (%1): nothing stored
</source>
        <translation>berthctl: kein Schlüsselbund erreichbar (%1): nichts gespeichert
</translation>
    </message>
    <message>
        <source>berthctl: cannot store the login for %1 in the keychain: %2
</source>
        <translation>berthctl: die Anmeldung für %1 lässt sich nicht im Schlüsselbund speichern: %2
</translation>
    </message>
    <message>
        <source>Login Succeeded
</source>
        <translation>Anmeldung erfolgreich
</translation>
    </message>
    <message>
        <source>berthctl: no keychain is reachable (%1): nothing imported
</source>
        <translation>berthctl: kein Schlüsselbund erreichbar (%1): nichts importiert
</translation>
    </message>
    <message>
        <source>berthctl: %1: %2
</source>
        <translation>berthctl: %1: %2
</translation>
    </message>
    <message>
        <source>Imported %1 for %2
</source>
        <translation>%1 für %2 importiert
</translation>
    </message>
    <message>
        <source>berthctl: cannot store the login for %1: %2
</source>
        <translation>berthctl: die Anmeldung für %1 lässt sich nicht speichern: %2
</translation>
    </message>
    <message>
        <source>Remove a registry login from the keychain and the list.</source>
        <translation>Eine Registry-Anmeldung aus dem Schlüsselbund und der Liste entfernen.</translation>
    </message>
    <message>
        <source>Only this user&apos;s login.</source>
        <translation>Nur die Anmeldung dieses Benutzers.</translation>
    </message>
    <message>
        <source>Remove the AWS account NAME (its keys and its entry).</source>
        <translation>Das AWS-Konto NAME entfernen (seine Schlüssel und seinen Eintrag).</translation>
    </message>
    <message>
        <source>berthctl: not logged in to %1
</source>
        <translation>berthctl: nicht bei %1 angemeldet
</translation>
    </message>
    <message>
        <source>Removing login credentials for %1
</source>
        <translation>Anmeldedaten für %1 werden entfernt
</translation>
    </message>
    <message>
        <source>List the registry logins Berth keeps: registry, user and where the secret lives.</source>
        <translation>Die Registry-Anmeldungen auflisten, die Berth aufbewahrt: Registry, Benutzer und wo das Geheimnis liegt.</translation>
    </message>
    <message>
        <source>Print the list as JSON lines.</source>
        <translation>Die Liste als JSON-Zeilen ausgeben.</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::AwsAccountCommands</name>
    <message>
        <source>AWS Access Key ID: </source>
        <translation>AWS Access Key ID: </translation>
    </message>
    <message>
        <source>AWS Secret Access Key: </source>
        <translation>AWS Secret Access Key: </translation>
    </message>
    <message>
        <source>AWS Session Token (Enter for none): </source>
        <translation>AWS Session Token (Enter für keines): </translation>
    </message>
    <message>
        <source>berthctl: cannot read the keys
</source>
        <translation>berthctl: die Schlüssel lassen sich nicht lesen
</translation>
    </message>
    <message>
        <source>--aws needs --password-stdin when stdin is not a terminal to ask on</source>
        <translation>--aws braucht --password-stdin, wenn stdin kein Terminal ist, in dem gefragt werden kann</translation>
    </message>
    <message>
        <source>berthctl: give the access key id and the secret access key, one a line
</source>
        <translation>berthctl: geben Sie die Access Key ID und den Secret Access Key an, einen pro Zeile
</translation>
    </message>
    <message>
        <source>--aws needs a NAME (without &apos;@&apos;) and a region (--region, AWS_REGION or AWS_DEFAULT_REGION)</source>
        <translation>--aws braucht einen NAME (ohne &apos;@&apos;) und eine Region (--region, AWS_REGION oder AWS_DEFAULT_REGION)</translation>
    </message>
    <message>
        <source>berthctl: AWS refused the keys of %1, nothing stored
</source>
        <translation>berthctl: AWS hat die Schlüssel von %1 abgelehnt, nichts gespeichert
</translation>
    </message>
    <message>
        <source>berthctl: cannot keep AWS account %1 in the keychain: %2
</source>
        <translation>berthctl: das AWS-Konto %1 lässt sich nicht im Schlüsselbund aufbewahren: %2
</translation>
    </message>
    <message>
        <source>Login Succeeded: AWS account %1 (%2), region %3
</source>
        <translation>Anmeldung erfolgreich: AWS-Konto %1 (%2), Region %3
</translation>
    </message>
    <message>
        <source>Removed AWS account %1
</source>
        <translation>AWS-Konto %1 entfernt
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::BuildCommand</name>
    <message>
        <source>Build an image from a Dockerfile</source>
        <translation>Ein Image aus einem Dockerfile bauen</translation>
    </message>
    <message>
        <source>Build an image from a Dockerfile with the engine&apos;s classic builder. The context folder is streamed to the engine as a tar, leaving out what its .dockerignore excludes, as docker build does. The engine&apos;s output goes to stderr as it comes, the image id to stdout. A Dockerfile that needs BuildKit (# syntax=, RUN --mount, heredocs) is refused before anything is sent. Ctrl-C cancels the build.</source>
        <translation>Ein Image mit dem klassischen Builder der Engine aus einem Dockerfile bauen. Der Kontextordner wird als tar an die Engine gestreamt, ohne das, was seine .dockerignore ausschließt, wie bei docker build. Die Ausgabe der Engine geht laufend nach stderr, die Image-ID nach stdout. Ein Dockerfile, das BuildKit braucht (# syntax=, RUN --mount, Heredocs), wird abgewiesen, bevor etwas gesendet wird. Ctrl-C bricht den Build ab.</translation>
    </message>
    <message>
        <source>The build context: a folder.</source>
        <translation>Der Build-Kontext: ein Ordner.</translation>
    </message>
    <message>
        <source>Name the image NAME[:TAG]; may be given again.</source>
        <translation>Das Image NAME[:TAG] nennen; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>The Dockerfile, inside the context (default: CONTEXT/Dockerfile).</source>
        <translation>Das Dockerfile, im Kontext (Standard: CONTEXT/Dockerfile).</translation>
    </message>
    <message>
        <source>Set a build argument, K=V; K alone takes the value of the environment variable K. May be given again.</source>
        <translation>Ein Build-Argument setzen, K=V; K allein nimmt den Wert der Umgebungsvariable K. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Build this stage of a multi-stage Dockerfile.</source>
        <translation>Diese Stufe eines mehrstufigen Dockerfiles bauen.</translation>
    </message>
    <message>
        <source>Build for this platform, os[/arch[/variant]].</source>
        <translation>Für diese Plattform bauen, os[/arch[/variant]].</translation>
    </message>
    <message>
        <source>Do not use the cache for any step.</source>
        <translation>Für keinen Schritt den Cache verwenden.</translation>
    </message>
    <message>
        <source>Always pull newer versions of the base images.</source>
        <translation>Immer neuere Versionen der Basis-Images pullen.</translation>
    </message>
    <message>
        <source>Print {&quot;contextBytes&quot;: N, &quot;id&quot;: ID, &quot;tags&quot;: [...]} on success, or {&quot;reference&quot;: CONTEXT, &quot;error&quot;: ...}.</source>
        <translation>Bei Erfolg {&quot;contextBytes&quot;: N, &quot;id&quot;: ID, &quot;tags&quot;: [...]} ausgeben, sonst {&quot;reference&quot;: CONTEXT, &quot;error&quot;: ...}.</translation>
    </message>
    <message>
        <source>berthctl: %1 is not a folder
</source>
        <translation>berthctl: %1 ist kein Ordner
</translation>
    </message>
    <message>
        <source>the Dockerfile %1 is outside the build context; Berth sends only a Dockerfile inside it</source>
        <translation>das Dockerfile %1 liegt außerhalb des Build-Kontexts; Berth sendet nur ein Dockerfile darin</translation>
    </message>
    <message>
        <source>berthctl: invalid tag %1: %2
</source>
        <translation>berthctl: ungültiges Tag %1: %2
</translation>
    </message>
    <message>
        <source>a tag cannot name a digest</source>
        <translation>ein Tag kann keinen Digest nennen</translation>
    </message>
    <message>
        <source>--build-arg needs a name: %1</source>
        <translation>--build-arg braucht einen Namen: %1</translation>
    </message>
    <message>
        <source>berthctl: cannot read %1: %2
</source>
        <translation>berthctl: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>berthctl: %1
</source>
        <translation>berthctl: %1
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::CommandExamples</name>
    <message>
        <source>
Examples:
</source>
        <translation>
Beispiele:
</translation>
    </message>
    <message>
        <source>
Global options, given before the command:
  -H, --host URL   Engine endpoint; default: DOCKER_HOST, else the docker context
  -c, --context NAME  The engine of this docker context
  --timeout SECS   Fail an engine call, pull or push silent for SECS seconds
  --jobs N         Run at most N pulls, pushes, saves or loads at once
Exit codes, environment and files: see &apos;berthctl --help&apos;.
</source>
        <translation>
Globale Optionen, vor dem Befehl anzugeben:
  -H, --host URL   Endpunkt der Engine; Standard: DOCKER_HOST, sonst der Docker-Kontext
  -c, --context NAME  Die Engine dieses Docker-Kontexts
  --timeout SECS   Einen Engine-Aufruf, Pull oder Push abbrechen, der SECS Sekunden still ist
  --jobs N         Höchstens N Pulls, Pushes, Saves oder Loads gleichzeitig ausführen
Exit-Codes, Umgebung und Dateien: siehe &apos;berthctl --help&apos;.
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::CommandLine</name>
    <message>
        <source>wrong number of arguments</source>
        <translation>falsche Anzahl von Argumenten</translation>
    </message>
    <message>
        <source>see &apos;%1 --help&apos;</source>
        <translation>siehe &apos;%1 --help&apos;</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::CompletionCommand</name>
    <message>
        <source>Print a shell&apos;s completion script: completion bash|zsh|fish</source>
        <translation>Das Vervollständigungsskript einer Shell ausgeben: completion bash|zsh|fish</translation>
    </message>
    <message>
        <source>Print the completion script of SHELL (bash, zsh or fish) for berthctl: its commands, options, and the local images&apos; names, asked of the engine as you type.</source>
        <translation>Das Vervollständigungsskript der SHELL (bash, zsh oder fish) für berthctl ausgeben: seine Befehle, Optionen und die Namen der lokalen Images, beim Tippen von der Engine erfragt.</translation>
    </message>
    <message>
        <source>bash, zsh or fish</source>
        <translation>bash, zsh oder fish</translation>
    </message>
    <message>
        <source>no completion for &apos;%1&apos;: use bash, zsh or fish</source>
        <translation>keine Vervollständigung für &apos;%1&apos;: verwenden Sie bash, zsh oder fish</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::Console</name>
    <message>
        <source>berthctl: cannot write to stdout: %1
</source>
        <translation>berthctl: kann nicht auf stdout schreiben: %1
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::DiffCommand</name>
    <message>
        <source>Compare two images: files, config and layer sizes</source>
        <translation>Zwei Images vergleichen: Dateien, Konfiguration und Layer-Größen</translation>
    </message>
    <message>
        <source>Compare two images, each local or docker://REFERENCE of a registry: the files added (A), removed (D) and changed (C: in type, size, mode, owner or link target; not in modification time alone), the differences of their configs (env, entrypoint, cmd, labels, exposed ports, workdir, user), and the size of each layer and of the whole.</source>
        <translation>Zwei Images vergleichen, jedes lokal oder docker://REFERENZ einer Registry: die hinzugefügten (A), entfernten (D) und geänderten Dateien (C: in Typ, Größe, Modus, Besitzer oder Linkziel; nicht allein in der Änderungszeit), die Unterschiede ihrer Konfigurationen (env, entrypoint, cmd, labels, exposed ports, workdir, user) und die Größe jedes Layers und des Ganzen.</translation>
    </message>
    <message>
        <source>The image compared from.</source>
        <translation>Das Image, von dem aus verglichen wird.</translation>
    </message>
    <message>
        <source>The image compared to.</source>
        <translation>Das Image, mit dem verglichen wird.</translation>
    </message>
    <message>
        <source>Print one JSON object: files, config, layers, totalBefore, totalAfter.</source>
        <translation>Ein JSON-Objekt ausgeben: files, config, layers, totalBefore, totalAfter.</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::EcrCommand</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Amazon ECR: repositories, images, scan findings, registry login, push, retag, rm</source>
        <translation>Amazon ECR: Repositorys, Images, Scan-Befunde, Registry-Anmeldung, push, retag, rm</translation>
    </message>
    <message>
        <source>Amazon ECR, with AWS credentials found as the AWS CLI finds them: the environment (AWS_ACCESS_KEY_ID, AWS_PROFILE, ...), ~/.aws/credentials and ~/.aws/config (profiles, credential_process, role_arn with source_profile), then the AWS accounts berthctl login --aws keeps in the keychain (--profile NAME also names one when no profile file has NAME). For IAM Identity Center (SSO) profiles set credential_process = aws configure export-credentials --profile NAME --format process.

Commands:
  repos                 The repositories, one name a line
  images REPOSITORY     Its images: tags, digest, size, push time, scan status
  create REPOSITORY     Create it (--scan-on-push, --immutable)
  findings REPO:TAG     The scan findings of an image
  login                 Get a registry token: prints the registry and its expiry
                        (--password prints the password, as aws ecr get-login-password)
  whoami                The account, region and where the credentials came from
  push LOCAL_IMAGE      Push a local image to ECR in one step (--repository, --tag,
                        --create); prints the image URI
  retag REPO:TAG NEWTAG Another tag for an image in ECR, no blob moved
  rm REPO:TAG|@DIGEST   Delete an image or a tag from ECR (--yes without a terminal)

berthctl ecr push --help (retag, rm) names their options.</source>
        <translation>Amazon ECR, mit AWS-Zugangsdaten, die so gefunden werden wie von der AWS CLI: die Umgebung (AWS_ACCESS_KEY_ID, AWS_PROFILE, ...), ~/.aws/credentials und ~/.aws/config (Profile, credential_process, role_arn mit source_profile), dann die AWS-Konten, die berthctl login --aws im Schlüsselbund aufbewahrt (--profile NAME nennt auch eines, wenn keine Profildatei NAME hat). Für IAM-Identity-Center-Profile (SSO) setzen Sie credential_process = aws configure export-credentials --profile NAME --format process.

Befehle:
  repos                 Die Repositorys, ein Name pro Zeile
  images REPOSITORY     Seine Images: Tags, Digest, Größe, Push-Zeit, Scan-Status
  create REPOSITORY     Es anlegen (--scan-on-push, --immutable)
  findings REPO:TAG     Die Scan-Befunde eines Images
  login                 Ein Registry-Token holen: gibt die Registry und ihren Ablauf aus
                        (--password gibt das Passwort aus, wie aws ecr get-login-password)
  whoami                Konto, Region und woher die Zugangsdaten stammen
  push LOCAL_IMAGE      Ein lokales Image in einem Schritt zu ECR pushen (--repository, --tag,
                        --create); gibt die Image-URI aus
  retag REPO:TAG NEWTAG Ein weiteres Tag für ein Image in ECR, ohne einen Blob zu bewegen
  rm REPO:TAG|@DIGEST   Ein Image oder ein Tag aus ECR löschen (--yes ohne Terminal)

berthctl ecr push --help (retag, rm) nennt ihre Optionen.</translation>
    </message>
    <message>
        <source>Use this AWS profile.</source>
        <translation>Dieses AWS-Profil verwenden.</translation>
    </message>
    <message>
        <source>Use this AWS region.</source>
        <translation>Diese AWS-Region verwenden.</translation>
    </message>
    <message>
        <source>Send ECR API calls to URL instead of AWS&apos;s (an emulator: http://HOST:PORT).</source>
        <translation>ECR-API-Aufrufe an URL statt an AWS senden (ein Emulator: http://HOST:PORT).</translation>
    </message>
    <message>
        <source>Print one JSON object per line, as AWS gives it.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben, wie AWS es liefert.</translation>
    </message>
    <message>
        <source>create: scan every image pushed.</source>
        <translation>create: jedes gepushte Image scannen.</translation>
    </message>
    <message>
        <source>create: tags cannot be moved once pushed.</source>
        <translation>create: Tags lassen sich nach dem Push nicht mehr verschieben.</translation>
    </message>
    <message>
        <source>login: print only the password.</source>
        <translation>login: nur das Passwort ausgeben.</translation>
    </message>
    <message>
        <source>REPOSITORY or REPO:TAG</source>
        <translation>REPOSITORY oder REPO:TAG</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a repository</source>
        <translation>%1 braucht ein Repository</translation>
    </message>
    <message>
        <source>%1 takes no argument</source>
        <translation>%1 nimmt kein Argument</translation>
    </message>
    <message>
        <source>no AWS region: give --region, set AWS_REGION, or set region in the profile</source>
        <translation>keine AWS-Region: geben Sie --region an, setzen Sie AWS_REGION oder setzen Sie region im Profil</translation>
    </message>
    <message>
        <source>account  %1
arn      %2
region   %3
source   %4
</source>
        <translation>Konto    %1
arn      %2
Region   %3
Quelle   %4
</translation>
    </message>
    <message>
        <source>GetAuthorizationToken answered without a token</source>
        <translation>GetAuthorizationToken hat ohne Token geantwortet</translation>
    </message>
    <message>
        <source>%1 (user AWS), token valid until %2
</source>
        <translation>%1 (Benutzer AWS), Token gültig bis %2
</translation>
    </message>
    <message>
        <source>findings needs REPOSITORY:TAG or REPOSITORY@DIGEST</source>
        <translation>findings braucht REPOSITORY:TAG oder REPOSITORY@DIGEST</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::EcrImageCommands</name>
    <message>
        <source>Use this AWS profile.</source>
        <translation>Dieses AWS-Profil verwenden.</translation>
    </message>
    <message>
        <source>Use this AWS region.</source>
        <translation>Diese AWS-Region verwenden.</translation>
    </message>
    <message>
        <source>Send ECR API calls to URL instead of AWS&apos;s (an emulator).</source>
        <translation>ECR-API-Aufrufe an URL statt an AWS senden (ein Emulator).</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>no AWS region: give --region, set AWS_REGION, or set region in the profile</source>
        <translation>keine AWS-Region: geben Sie --region an, setzen Sie AWS_REGION oder setzen Sie region im Profil</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>REPOSITORY:TAG or @DIGEST</source>
        <translation>REPOSITORY:TAG oder @DIGEST</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not REPOSITORY:TAG or REPOSITORY@DIGEST</source>
        <translation>&apos;%1&apos; ist weder REPOSITORY:TAG noch REPOSITORY@DIGEST</translation>
    </message>
    <message>
        <source>Push a local image to Amazon ECR in one step: the repository (named after the image unless --repository; created when missing with --create), a registry token, the tag, the push through the engine, and the digest confirmed with ECR. Prints the image URI.</source>
        <translation>Ein lokales Image in einem Schritt zu Amazon ECR pushen: das Repository (nach dem Image benannt, außer mit --repository; mit --create angelegt, wenn es fehlt), ein Registry-Token, das Tag, der Push über die Engine und der Digest, von ECR bestätigt. Gibt die Image-URI aus.</translation>
    </message>
    <message>
        <source>A local image: NAME[:TAG] or an ID.</source>
        <translation>Ein lokales Image: NAME[:TAG] oder eine ID.</translation>
    </message>
    <message>
        <source>The ECR repository (default: the image&apos;s name).</source>
        <translation>Das ECR-Repository (Standard: der Name des Images).</translation>
    </message>
    <message>
        <source>The tag in ECR (default: the image&apos;s tag, else latest).</source>
        <translation>Das Tag in ECR (Standard: das Tag des Images, sonst latest).</translation>
    </message>
    <message>
        <source>Create the repository when it does not exist.</source>
        <translation>Das Repository anlegen, wenn es nicht existiert.</translation>
    </message>
    <message>
        <source>berthctl: %1: give --create, or create it with berthctl ecr create %2
</source>
        <translation>berthctl: %1: geben Sie --create an oder legen Sie es mit berthctl ecr create %2 an
</translation>
    </message>
    <message>
        <source>Created repository %1
</source>
        <translation>Repository %1 angelegt
</translation>
    </message>
    <message>
        <source>The registry refused the token (it lapsed during the push): pushing again with a new one; the layers ECR has are skipped
</source>
        <translation>Die Registry hat das Token abgelehnt (es ist während des Pushs abgelaufen): erneuter Push mit einem neuen; die Layer, die ECR schon hat, werden übersprungen
</translation>
    </message>
    <message>
        <source>berthctl: the engine pushed %1 but ECR lists %2 under %3
</source>
        <translation>berthctl: die Engine hat %1 gepusht, aber ECR führt %2 unter %3
</translation>
    </message>
    <message>
        <source>Give an image in ECR another tag without moving a blob (BatchGetImage, then PutImage of the same manifest). Prints REPOSITORY:NEWTAG and the digest.</source>
        <translation>Einem Image in ECR ein weiteres Tag geben, ohne einen Blob zu bewegen (BatchGetImage, dann PutImage desselben Manifests). Gibt REPOSITORY:NEWTAG und den Digest aus.</translation>
    </message>
    <message>
        <source>The new tag.</source>
        <translation>Das neue Tag.</translation>
    </message>
    <message>
        <source>Delete an image from ECR: by tag, that tag (the image goes with its last tag); by digest, the image and every tag. Lists what goes, then asks on a terminal.</source>
        <translation>Ein Image aus ECR löschen: per Tag dieses Tag (das Image geht mit seinem letzten Tag); per Digest das Image und jedes Tag. Listet auf, was gelöscht wird, und fragt dann in einem Terminal nach.</translation>
    </message>
    <message>
        <source>Delete without asking (required without a terminal).</source>
        <translation>Ohne Rückfrage löschen (ohne Terminal erforderlich).</translation>
    </message>
    <message>
        <source>without a terminal to ask on, give --yes</source>
        <translation>ohne Terminal zum Nachfragen geben Sie --yes an</translation>
    </message>
    <message>
        <source>Deletes %1 (%2) with its tags: %3
</source>
        <translation>Löscht %1 (%2) mit seinen Tags: %3
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Removes the tag %1 from %2 (%3 keeps its other tags)
</source>
        <translation>Entfernt das Tag %1 von %2 (%3 behält seine anderen Tags)
</translation>
    </message>
    <message>
        <source>Delete? [y/N] </source>
        <translation>Löschen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted
</source>
        <translation>Nichts gelöscht
</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>(tag %1)</source>
        <translation>(Tag %1)</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::EngineSession</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::EnginesCommand</name>
    <message>
        <source>List every engine Berth knows, with its kind, version and whether it answers</source>
        <translation>Jede Engine auflisten, die Berth kennt, mit Art, Version und ob sie antwortet</translation>
    </message>
    <message>
        <source>List the engines Berth knows: the docker CLI&apos;s contexts (default: DOCKER_HOST or the local socket), rootless Docker&apos;s socket and Podman&apos;s sockets. Each is asked at once for its kind (Docker or Podman) and version; one that does not answer within --timeout seconds (default %1) is listed as unreachable, with the reason.</source>
        <translation>Die Engines auflisten, die Berth kennt: die Kontexte der Docker CLI (Standard: DOCKER_HOST oder der lokale Socket), der Socket von Rootless Docker und die Sockets von Podman. Jede wird sofort nach ihrer Art (Docker oder Podman) und Version gefragt; eine, die nicht innerhalb von --timeout Sekunden (Standard %1) antwortet, wird mit dem Grund als unerreichbar aufgeführt.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and engine.</source>
        <translation>Ein JSON-Objekt pro Zeile und Engine ausgeben.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::FilesCommand</name>
    <message>
        <source>berthctl: cannot read %1: %2
</source>
        <translation>berthctl: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message numerus="yes">
        <source>Wasted space: %1 (%2 bytes) in %n file(s)</source>
        <translation>
            <numerusform>Verschwendeter Platz: %1 (%2 Byte) in %n Datei</numerusform>
            <numerusform>Verschwendeter Platz: %1 (%2 Byte) in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>List the files of an image, of one of its layers, or of a layer blob</source>
        <translation>Die Dateien eines Images, eines seiner Layer oder eines Layer-Blobs auflisten</translation>
    </message>
    <message>
        <source>List the files of an image (local, or docker://REFERENCE of a registry) as a container made from it sees them (layers applied in order, whiteouts removing what they name): one UTF-8 path per line, directories included, relative to the root. With --layer, one layer&apos;s own entries, whiteouts included, each file that a later layer deletes followed by a tab and &apos;deleted in layer N&apos;. With --archive, a layer blob from disk (gzip, zstd or plain tar), as tar -t lists it. Nothing is extracted.</source>
        <translation>Die Dateien eines Images (lokal oder docker://REFERENZ einer Registry) so auflisten, wie ein daraus erzeugter Container sie sieht (Layer der Reihe nach angewandt, Whiteouts entfernen, was sie nennen): ein UTF-8-Pfad pro Zeile, Verzeichnisse eingeschlossen, relativ zur Wurzel. Mit --layer die eigenen Einträge eines Layers, Whiteouts eingeschlossen; jeder Datei, die ein späterer Layer löscht, folgen ein Tabulator und &apos;deleted in layer N&apos;. Mit --archive ein Layer-Blob von der Festplatte (gzip, zstd oder reines tar), wie tar -t ihn auflistet. Nichts wird entpackt.</translation>
    </message>
    <message>
        <source>Local image name or ID, or docker://REFERENCE.</source>
        <translation>Name oder ID eines lokalen Images, oder docker://REFERENZ.</translation>
    </message>
    <message>
        <source>Only layer N (1 is the bottom layer; see berthctl layers).</source>
        <translation>Nur Layer N (1 ist der unterste Layer; siehe berthctl layers).</translation>
    </message>
    <message>
        <source>List a layer blob from a file (- for stdin) instead of an image.</source>
        <translation>Ein Layer-Blob aus einer Datei (- für stdin) statt eines Images auflisten.</translation>
    </message>
    <message>
        <source>List the files that waste space (written or removed by more than one layer): bytes, copies and path, largest first, then the total.</source>
        <translation>Die Dateien auflisten, die Platz verschwenden (von mehr als einem Layer geschrieben oder entfernt): Bytes, Kopien und Pfad, die größten zuerst, dann die Summe.</translation>
    </message>
    <message>
        <source>Print as GNU tar -tv does, owners as numbers and times in UTC.</source>
        <translation>So ausgeben wie GNU tar -tv, Besitzer als Zahlen und Zeiten in UTC.</translation>
    </message>
    <message>
        <source>Print one JSON object per entry: path, type, size, mode, uid, gid, mtime, link; for an image also layer (the last that wrote it) and changed; for --layer also deletedIn and overwrittenIn.</source>
        <translation>Ein JSON-Objekt pro Eintrag ausgeben: path, type, size, mode, uid, gid, mtime, link; für ein Image auch layer (der letzte, der ihn schrieb) und changed; für --layer auch deletedIn und overwrittenIn.</translation>
    </message>
    <message>
        <source>--layer takes a layer number from 1</source>
        <translation>--layer nimmt eine Layer-Nummer ab 1</translation>
    </message>
    <message numerus="yes">
        <source>berthctl: the image has %n layer(s); there is no layer %1
</source>
        <translation>
            <numerusform>berthctl: das Image hat %n Layer; es gibt keinen Layer %1
</numerusform>
            <numerusform>berthctl: das Image hat %n Layer; es gibt keinen Layer %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Cli::GoTemplate</name>
    <message>
        <source>unsupported template action in &apos;%1&apos;: berthctl knows {{.Field}}, {{.A.B}} and {{json .}}</source>
        <translation>nicht unterstützte Template-Aktion in &apos;%1&apos;: berthctl kennt {{.Field}}, {{.A.B}} und {{json .}}</translation>
    </message>
    <message>
        <source>template: can&apos;t evaluate field %1</source>
        <translation>template: can&apos;t evaluate field %1</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::HubCommand</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Docker Hub: search, repositories, tags, delete a tag, the pull rate limit</source>
        <translation>Docker Hub: Suche, Repositorys, Tags, ein Tag löschen, das Pull-Limit</translation>
    </message>
    <message>
        <source>Docker Hub through its REST API, signed in with the Docker Hub login berthctl login (or docker login) stored, else anonymous; -u USER --password-stdin signs in with a password or personal access token instead.

Commands:
  search QUERY          Repositories matching QUERY: official first, stars, pulls
  repos [NAMESPACE]     A namespace&apos;s repositories; without one, those of every
                        namespace the signed-in account can see
  tags REPOSITORY       Its tags: digest, size, platforms, push time
  rm REPOSITORY:TAG     Delete a tag (asks on a terminal; --yes without one)
  create NAMESPACE/NAME Create a repository (--private, --description TEXT)
  limit [REPO[:TAG]]    The pull rate limit the registry states, in words (a HEAD
                        of the manifest, which counts no pull)</source>
        <translation>Docker Hub über seine REST-API, angemeldet mit der Docker-Hub-Anmeldung, die berthctl login (oder docker login) gespeichert hat, sonst anonym; -u BENUTZER --password-stdin meldet sich stattdessen mit einem Passwort oder persönlichen Zugriffstoken an.

Befehle:
  search QUERY          Repositorys, die zu QUERY passen: offizielle zuerst, Sterne, Pulls
  repos [NAMESPACE]     Die Repositorys eines Namensraums; ohne einen die aller
                        Namensräume, die das angemeldete Konto sehen kann
  tags REPOSITORY       Seine Tags: Digest, Größe, Plattformen, Push-Zeit
  rm REPOSITORY:TAG     Ein Tag löschen (fragt in einem Terminal; --yes ohne eines)
  create NAMESPACE/NAME Ein Repository anlegen (--private, --description TEXT)
  limit [REPO[:TAG]]    Das Pull-Limit, das die Registry angibt, in Worten (ein HEAD
                        auf das Manifest, der keinen Pull zählt)</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>search: at most N results (default 25).</source>
        <translation>search: höchstens N Ergebnisse (Standard 25).</translation>
    </message>
    <message>
        <source>rm: delete without asking.</source>
        <translation>rm: ohne Rückfrage löschen.</translation>
    </message>
    <message>
        <source>Sign in as USER instead of the stored login.</source>
        <translation>Als BENUTZER statt mit der gespeicherten Anmeldung anmelden.</translation>
    </message>
    <message>
        <source>Read the password or token from stdin.</source>
        <translation>Passwort oder Token von stdin lesen.</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s API at URL (default https://hub.docker.com, or BERTH_HUB_URL).</source>
        <translation>Die API von Docker Hub unter URL (Standard https://hub.docker.com oder BERTH_HUB_URL).</translation>
    </message>
    <message>
        <source>Ask for N items a page (1-100; default 100).</source>
        <translation>N Einträge pro Seite anfordern (1-100; Standard 100).</translation>
    </message>
    <message>
        <source>create: a private repository.</source>
        <translation>create: ein privates Repository.</translation>
    </message>
    <message>
        <source>create: the repository&apos;s short description.</source>
        <translation>create: die Kurzbeschreibung des Repositorys.</translation>
    </message>
    <message>
        <source>QUERY, NAMESPACE, REPOSITORY or REPOSITORY:TAG</source>
        <translation>QUERY, NAMESPACE, REPOSITORY oder REPOSITORY:TAG</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs an argument</source>
        <translation>%1 braucht ein Argument</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>--page-size needs a number from 1 to 100</source>
        <translation>--page-size braucht eine Zahl von 1 bis 100</translation>
    </message>
    <message>
        <source>rm needs REPOSITORY:TAG</source>
        <translation>rm braucht REPOSITORY:TAG</translation>
    </message>
    <message>
        <source>without a terminal to ask on, give --yes</source>
        <translation>ohne Terminal zum Nachfragen geben Sie --yes an</translation>
    </message>
    <message>
        <source>%1: %2; retrying in %3 s (try %4 of %5)
</source>
        <translation>%1: %2; neuer Versuch in %3 s (Versuch %4 von %5)
</translation>
    </message>
    <message>
        <source>%1 needs a Docker Hub login: berthctl login docker.io, or -u USER --password-stdin</source>
        <translation>%1 braucht eine Docker-Hub-Anmeldung: berthctl login docker.io oder -u BENUTZER --password-stdin</translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation>%1 angelegt
</translation>
    </message>
    <message>
        <source>Deletes the tag %1 from %2 on Docker Hub
</source>
        <translation>Löscht das Tag %1 von %2 auf Docker Hub
</translation>
    </message>
    <message>
        <source>Delete? [y/N] </source>
        <translation>Löschen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted
</source>
        <translation>Nichts gelöscht
</translation>
    </message>
    <message>
        <source>Deleted %1:%2
</source>
        <translation>%1:%2 gelöscht
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ImageContentsCommandLine</name>
    <message>
        <source>For a docker://REFERENCE naming an index: the image of os/arch[/variant] (default: this machine&apos;s).</source>
        <translation>Für eine docker://REFERENZ, die einen Index nennt: das Image von os/arch[/variant] (Standard: das dieser Maschine).</translation>
    </message>
    <message>
        <source>--platform takes os/arch[/variant], e.g. linux/arm64</source>
        <translation>--platform erwartet os/arch[/variant], z. B. linux/arm64</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ImageContentsReader</name>
    <message>
        <source>invalid reference &apos;%1&apos;</source>
        <translation>ungültige Referenz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no registry endpoint for &apos;%1&apos;</source>
        <translation>kein Registry-Endpunkt für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::Images</name>
    <message>
        <source>Give the image SOURCE the name TARGET.</source>
        <translation>Dem Image SOURCE den Namen TARGET geben.</translation>
    </message>
    <message>
        <source>Image name or ID.</source>
        <translation>Name oder ID des Images.</translation>
    </message>
    <message>
        <source>New name, e.g. registry:5000/team/app:1.0.</source>
        <translation>Neuer Name, z. B. registry:5000/team/app:1.0.</translation>
    </message>
    <message>
        <source>berthctl: a tag target cannot name a digest: %1
</source>
        <translation>berthctl: ein Tag-Ziel kann keinen Digest nennen: %1
</translation>
    </message>
    <message>
        <source>Remove images; says which were removed and which were not.</source>
        <translation>Images entfernen; sagt, welche entfernt wurden und welche nicht.</translation>
    </message>
    <message>
        <source>Image names or IDs.</source>
        <translation>Namen oder IDs von Images.</translation>
    </message>
    <message>
        <source>Remove even when stopped containers use it or it has several tags.</source>
        <translation>Auch entfernen, wenn gestoppte Container es verwenden oder es mehrere Tags hat.</translation>
    </message>
    <message>
        <source>Keep untagged parents.</source>
        <translation>Ungetaggte Eltern behalten.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and image.</source>
        <translation>Ein JSON-Objekt pro Zeile und Image ausgeben.</translation>
    </message>
    <message>
        <source>Remove dangling (untagged, unused) images.</source>
        <translation>Verwaiste (ungetaggte, unbenutzte) Images entfernen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Total reclaimed space: %1
</source>
        <translation>Insgesamt freigegebener Platz: %1
</translation>
    </message>
    <message>
        <source>Print the details of images as a JSON array.</source>
        <translation>Die Details von Images als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Show how an image&apos;s layers were made, newest first.</source>
        <translation>Zeigen, wie die Layer eines Images entstanden sind, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and layer.</source>
        <translation>Ein JSON-Objekt pro Zeile und Layer ausgeben.</translation>
    </message>
    <message>
        <source>Do not shorten IDs and commands.</source>
        <translation>IDs und Befehle nicht kürzen.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and tag.</source>
        <translation>Ein JSON-Objekt pro Zeile und Tag ausgeben.</translation>
    </message>
    <message>
        <source>Show intermediate images too.</source>
        <translation>Auch Zwischen-Images zeigen.</translation>
    </message>
    <message>
        <source>Show only untagged images.</source>
        <translation>Nur ungetaggte Images zeigen.</translation>
    </message>
    <message>
        <source>Show digests.</source>
        <translation>Digests zeigen.</translation>
    </message>
    <message>
        <source>Show full image IDs.</source>
        <translation>Vollständige Image-IDs zeigen.</translation>
    </message>
    <message>
        <source>Registry user name.</source>
        <translation>Benutzername für die Registry.</translation>
    </message>
    <message>
        <source>berthctl: push takes a tag, not a digest
</source>
        <translation>berthctl: push nimmt ein Tag, keinen Digest
</translation>
    </message>
    <message>
        <source>NAME[:TAG|@DIGEST]</source>
        <translation>NAME[:TAG|@DIGEST]</translation>
    </message>
    <message>
        <source>os[/arch[/variant]] to pull.</source>
        <translation>os[/arch[/variant]], das gepullt werden soll.</translation>
    </message>
    <message>
        <source>NAME[:TAG]</source>
        <translation>NAME[:TAG]</translation>
    </message>
    <message>
        <source>Saved %1 to %2
</source>
        <translation>%1 in %2 gespeichert
</translation>
    </message>
    <message>
        <source>Pull images, at most --jobs at once; prints each reference and the digest pulled.</source>
        <translation>Images pullen, höchstens --jobs gleichzeitig; gibt jede Referenz und den gepullten Digest aus.</translation>
    </message>
    <message>
        <source>Print one JSON object per image.</source>
        <translation>Ein JSON-Objekt pro Image ausgeben.</translation>
    </message>
    <message>
        <source>Push images, at most --jobs at once; prints each reference and the digest pushed.</source>
        <translation>Images pushen, höchstens --jobs gleichzeitig; gibt jede Referenz und den gepushten Digest aus.</translation>
    </message>
    <message>
        <source>Print each image through a Go-like template: {{.Id}}, {{.Config.Env}}, {{json .RootFS}}, ...</source>
        <translation>Jedes Image über ein Go-ähnliches Template ausgeben: {{.Id}}, {{.Config.Env}}, {{json .RootFS}}, ...</translation>
    </message>
    <message>
        <source>invalid filter &apos;%1&apos;: use %2=VALUE</source>
        <translation>ungültiger Filter &apos;%1&apos;: verwenden Sie %2=WERT</translation>
    </message>
    <message>
        <source>List the engine&apos;s images, a row per tag, as docker images does; REPOSITORY[:TAG] lists only those.</source>
        <translation>Die Images der Engine auflisten, eine Zeile pro Tag, wie docker images; REPOSITORY[:TAG] listet nur diese auf.</translation>
    </message>
    <message>
        <source>Only this repository (and tag); * matches.</source>
        <translation>Nur dieses Repository (und Tag); * ist ein Platzhalter.</translation>
    </message>
    <message>
        <source>Print only image IDs.</source>
        <translation>Nur Image-IDs ausgeben.</translation>
    </message>
    <message>
        <source>Keep the rows that match: reference=PATTERN, dangling=true|false, label=KEY[=VALUE], before=IMAGE, since=IMAGE. Repeatable.</source>
        <translation>Die Zeilen behalten, die passen: reference=MUSTER, dangling=true|false, label=KEY[=VALUE], before=IMAGE, since=IMAGE. Wiederholbar.</translation>
    </message>
    <message>
        <source>Print each row through a Go-like template: {{.Repository}}, {{.Tag}}, {{.ID}}, {{.Digest}}, {{.CreatedAt}}, {{.CreatedSince}}, {{.Size}}, {{json .}}; &apos;table &apos; first adds a header.</source>
        <translation>Jede Zeile über ein Go-ähnliches Template ausgeben: {{.Repository}}, {{.Tag}}, {{.ID}}, {{.Digest}}, {{.CreatedAt}}, {{.CreatedSince}}, {{.Size}}, {{json .}}; ein vorangestelltes &apos;table &apos; fügt eine Kopfzeile hinzu.</translation>
    </message>
    <message>
        <source>Read the registry password from stdin; without it, -u asks on the terminal.</source>
        <translation>Das Registry-Passwort von stdin lesen; ohne diese Option fragt -u im Terminal danach.</translation>
    </message>
    <message>
        <source>Save images to a tar file, as docker save does; compressed with gzip, xz or zstd when FILE ends in .tar.gz (.tgz), .tar.xz (.txz) or .tar.zst (.tzst); without -o, a plain tar to stdout when it is not a terminal.</source>
        <translation>Images in eine tar-Datei speichern, wie docker save; mit gzip, xz oder zstd komprimiert, wenn DATEI auf .tar.gz (.tgz), .tar.xz (.txz) oder .tar.zst (.tzst) endet; ohne -o ein reines tar nach stdout, wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <source>The file to write, instead of stdout.</source>
        <translation>Die zu schreibende Datei, statt stdout.</translation>
    </message>
    <message>
        <source>refusing to write a tarball to a terminal: give -o FILE or redirect stdout</source>
        <translation>ein Tarball wird nicht in ein Terminal geschrieben: geben Sie -o DATEI an oder leiten Sie stdout um</translation>
    </message>
    <message>
        <source>Saved %1 to %2 (%3 compressed)
</source>
        <translation>%1 in %2 gespeichert (%3 komprimiert)
</translation>
    </message>
    <message>
        <source>Load images from a tar file made by docker save or berthctl images save, plain or compressed with gzip, xz or zstd (told by its first bytes, whatever its name); without -i, from stdin.</source>
        <translation>Images aus einer tar-Datei laden, die docker save oder berthctl images save erzeugt hat, rein oder mit gzip, xz oder zstd komprimiert (an den ersten Bytes erkannt, egal wie sie heißt); ohne -i von stdin.</translation>
    </message>
    <message>
        <source>The file to read, instead of stdin.</source>
        <translation>Die zu lesende Datei, statt stdin.</translation>
    </message>
    <message>
        <source>give -i FILE or a tarball on stdin</source>
        <translation>geben Sie -i DATEI oder einen Tarball auf stdin an</translation>
    </message>
    <message>
        <source>Print a JSON object per loaded image ({&quot;image&quot;: NAME:TAG} or {&quot;id&quot;: ID}), or the failure as {&quot;reference&quot;: FILE, &quot;error&quot;: ...}.</source>
        <translation>Ein JSON-Objekt pro geladenem Image ausgeben ({&quot;image&quot;: NAME:TAG} oder {&quot;id&quot;: ID}) oder den Fehler als {&quot;reference&quot;: FILE, &quot;error&quot;: ...}.</translation>
    </message>
    <message>
        <source>Only show the images, tags and layers (with sizes) the archive holds, from its manifest.json or index.json; load nothing.</source>
        <translation>Nur die Images, Tags und Layer (mit Größen) zeigen, die das Archiv enthält, aus seiner manifest.json oder index.json; nichts laden.</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(ungetaggt)</translation>
    </message>
    <message numerus="yes">
        <source>Image %1 (%2): %n layer(s), %3
</source>
        <translation>
            <numerusform>Image %1 (%2): %n Layer, %3
</numerusform>
            <numerusform>Image %1 (%2): %n Layer, %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>  layer %1  %2  %3
</source>
        <translation>  Layer %1  %2  %3
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ImagesCommand</name>
    <message>
        <source>berthctl images: unknown command &apos;%1&apos;
</source>
        <translation>berthctl images: unbekannter Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>List images, a row per tag</source>
        <translation>Images auflisten, eine Zeile pro Tag</translation>
    </message>
    <message>
        <source>Show images&apos; details as JSON</source>
        <translation>Die Details von Images als JSON zeigen</translation>
    </message>
    <message>
        <source>Show the layers&apos; history of an image</source>
        <translation>Den Verlauf der Layer eines Images zeigen</translation>
    </message>
    <message>
        <source>Pull an image from a registry</source>
        <translation>Ein Image aus einer Registry pullen</translation>
    </message>
    <message>
        <source>Push an image to a registry</source>
        <translation>Ein Image in eine Registry pushen</translation>
    </message>
    <message>
        <source>Give an image another name: tag SOURCE TARGET</source>
        <translation>Einem Image einen weiteren Namen geben: tag SOURCE TARGET</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Images entfernen</translation>
    </message>
    <message>
        <source>Remove dangling images</source>
        <translation>Verwaiste Images entfernen</translation>
    </message>
    <message>
        <source>Manage the engine&apos;s images (images --help)</source>
        <translation>Die Images der Engine verwalten (images --help)</translation>
    </message>
    <message>
        <source>Usage: berthctl images COMMAND

Commands:
</source>
        <translation>Aufruf: berthctl images BEFEHL

Befehle:
</translation>
    </message>
    <message>
        <source>Save images to a tar file or stdout: save [-o FILE] IMAGE...</source>
        <translation>Images in eine tar-Datei oder nach stdout speichern: save [-o DATEI] IMAGE...</translation>
    </message>
    <message>
        <source>Load images from a tar file or stdin: load [-i FILE]</source>
        <translation>Images aus einer tar-Datei oder von stdin laden: load [-i DATEI]</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::JobsCommand</name>
    <message>
        <source>List the jobs Berth ran: pulls, pushes, saves, loads</source>
        <translation>Die Aufträge auflisten, die Berth ausgeführt hat: Pulls, Pushes, Saves, Loads</translation>
    </message>
    <message>
        <source>List the job history that the window and berthctl share, oldest first. A job that was running when its process died shows as interrupted.</source>
        <translation>Den Auftragsverlauf auflisten, den das Fenster und berthctl teilen, die ältesten zuerst. Ein Auftrag, der lief, als sein Prozess endete, erscheint als unterbrochen.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and job.</source>
        <translation>Ein JSON-Objekt pro Zeile und Auftrag ausgeben.</translation>
    </message>
    <message>
        <source>Show only the last N jobs.</source>
        <translation>Nur die letzten N Aufträge zeigen.</translation>
    </message>
    <message>
        <source>berthctl jobs: --last takes a whole number above 0
</source>
        <translation>berthctl jobs: --last nimmt eine ganze Zahl größer als 0
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::LayersCommand</name>
    <message>
        <source>List an image&apos;s layers: size, files, the step that made each, wasted space</source>
        <translation>Die Layer eines Images auflisten: Größe, Dateien, der Schritt, der jeden erzeugt hat, verschwendeter Platz</translation>
    </message>
    <message>
        <source>List the layers of an image, local or of a registry (docker://REFERENCE), bottom (1) first: each one&apos;s digest, size as a plain tar, number of entries and the Dockerfile step that made it, then the space wasted by files that several layers wrote or removed (berthctl files --wasted lists them). The layers are read as streams, from the engine or the registry&apos;s blobs (with the login berthctl login kept), never written to disk.</source>
        <translation>Die Layer eines Images auflisten, lokal oder aus einer Registry (docker://REFERENZ), der unterste (1) zuerst: Digest, Größe als reines tar, Anzahl der Einträge und der Dockerfile-Schritt, der ihn erzeugt hat, dann der Platz, den Dateien verschwenden, die mehrere Layer geschrieben oder entfernt haben (berthctl files --wasted listet sie auf). Die Layer werden als Streams gelesen, von der Engine oder aus den Blobs der Registry (mit der Anmeldung, die berthctl login aufbewahrt), nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Local image name or ID, or docker://REFERENCE.</source>
        <translation>Name oder ID eines lokalen Images, oder docker://REFERENZ.</translation>
    </message>
    <message>
        <source>Print one JSON object per layer (index, digest, size, blobSize, entries, createdBy), then one with wastedBytes and wastedFiles.</source>
        <translation>Ein JSON-Objekt pro Layer ausgeben (index, digest, size, blobSize, entries, createdBy), dann eines mit wastedBytes und wastedFiles.</translation>
    </message>
    <message numerus="yes">
        <source>Wasted space: %1 in %n file(s)</source>
        <translation>
            <numerusform>Verschwendeter Platz: %1 in %n Datei</numerusform>
            <numerusform>Verschwendeter Platz: %1 in %n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Cli::PasswordInput</name>
    <message>
        <source>berthctl: --password-stdin needs --username
</source>
        <translation>berthctl: --password-stdin braucht --username
</translation>
    </message>
    <message>
        <source>berthctl: --username needs --password-stdin when stdin is not a terminal to ask on
</source>
        <translation>berthctl: --username braucht --password-stdin, wenn stdin kein Terminal ist, in dem gefragt werden kann
</translation>
    </message>
    <message>
        <source>berthctl: cannot read the password
</source>
        <translation>berthctl: das Passwort lässt sich nicht lesen
</translation>
    </message>
    <message>
        <source>berthctl: no password given
</source>
        <translation>berthctl: kein Passwort angegeben
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>berthctl: give --username; stdin is not a terminal to ask on
</source>
        <translation>berthctl: geben Sie --username an; stdin ist kein Terminal, in dem gefragt werden kann
</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <source>berthctl: no user name given
</source>
        <translation>berthctl: kein Benutzername angegeben
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RefCommand</name>
    <message>
        <source>Check an image reference and show its parts</source>
        <translation>Eine Image-Referenz prüfen und ihre Teile zeigen</translation>
    </message>
    <message>
        <source>Check an image reference and show how Berth reads it: the normalized and familiar forms, the registry domain, the repository path, the tag and the digest. Exits with 1 when the reference is not valid.</source>
        <translation>Eine Image-Referenz prüfen und zeigen, wie Berth sie liest: die normalisierte und die vertraute Form, die Registry-Domain, den Repository-Pfad, das Tag und den Digest. Endet mit 1, wenn die Referenz ungültig ist.</translation>
    </message>
    <message>
        <source>The image reference, e.g. ubuntu:24.04. Put -- before a reference that starts with &apos;-&apos;.</source>
        <translation>Die Image-Referenz, z. B. ubuntu:24.04. Setzen Sie -- vor eine Referenz, die mit &apos;-&apos; beginnt.</translation>
    </message>
    <message>
        <source>Print one JSON object with the fields valid, error, normalized, familiar, domain, path, tag and digest.</source>
        <translation>Ein JSON-Objekt mit den Feldern valid, error, normalized, familiar, domain, path, tag und digest ausgeben.</translation>
    </message>
    <message>
        <source>berthctl ref: expected one image reference; see &apos;berthctl ref --help&apos;
</source>
        <translation>berthctl ref: eine Image-Referenz erwartet; siehe &apos;berthctl ref --help&apos;
</translation>
    </message>
    <message>
        <source>berthctl ref: invalid reference &apos;%1&apos;: %2
</source>
        <translation>berthctl ref: ungültige Referenz &apos;%1&apos;: %2
</translation>
    </message>
    <message>
        <source>%1 (put -- before a reference that starts with &apos;-&apos;)</source>
        <translation>%1 (setzen Sie -- vor eine Referenz, die mit &apos;-&apos; beginnt)</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ReferenceCheck</name>
    <message>
        <source>berthctl: invalid reference &apos;%1&apos;: %2
</source>
        <translation>berthctl: ungültige Referenz &apos;%1&apos;: %2
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RegistryCommand</name>
    <message>
        <source>Registry user name.</source>
        <translation>Benutzername für die Registry.</translation>
    </message>
    <message>
        <source>Allow plain http and unverified TLS for this registry.</source>
        <translation>Unverschlüsseltes http und ungeprüftes TLS für diese Registry erlauben.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE (PEM).</source>
        <translation>Den CA-Zertifikaten in DATEI (PEM) vertrauen.</translation>
    </message>
    <message>
        <source>A certs.d folder as Docker reads it (&lt;dir&gt;/&lt;host:port&gt;/ca.crt, client.cert, client.key).</source>
        <translation>Ein certs.d-Ordner, wie Docker ihn liest (&lt;dir&gt;/&lt;host:port&gt;/ca.crt, client.cert, client.key).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1: %2; retrying in %3 s (try %4 of %5)
</source>
        <translation>%1: %2; neuer Versuch in %3 s (Versuch %4 von %5)
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>List a registry&apos;s repositories: catalog REGISTRY</source>
        <translation>Die Repositorys einer Registry auflisten: catalog REGISTRY</translation>
    </message>
    <message>
        <source>List a repository&apos;s tags: tags REPOSITORY</source>
        <translation>Die Tags eines Repositorys auflisten: tags REPOSITORY</translation>
    </message>
    <message>
        <source>Show an image&apos;s manifest or index: manifest REFERENCE</source>
        <translation>Das Manifest oder den Index eines Images zeigen: manifest REFERENZ</translation>
    </message>
    <message>
        <source>Download a blob, checking its digest: blob REFERENCE@DIGEST -o FILE</source>
        <translation>Einen Blob herunterladen und seinen Digest prüfen: blob REFERENZ@DIGEST -o DATEI</translation>
    </message>
    <message>
        <source>os/arch[/variant] to pick from an index.</source>
        <translation>os/arch[/variant], das aus einem Index gewählt wird.</translation>
    </message>
    <message>
        <source>Print the manifest&apos;s bytes exactly as the registry sent them.</source>
        <translation>Die Bytes des Manifests genau so ausgeben, wie die Registry sie gesendet hat.</translation>
    </message>
    <message>
        <source>List the repositories of a registry (host[:port]), every page.</source>
        <translation>Die Repositorys einer Registry (host[:port]) auflisten, jede Seite.</translation>
    </message>
    <message>
        <source>List the tags of a repository, every page.</source>
        <translation>Die Tags eines Repositorys auflisten, jede Seite.</translation>
    </message>
    <message>
        <source>Show the manifest or index an image reference names.</source>
        <translation>Das Manifest oder den Index zeigen, den eine Image-Referenz nennt.</translation>
    </message>
    <message>
        <source>NAME[:TAG|@DIGEST]</source>
        <translation>NAME[:TAG|@DIGEST]</translation>
    </message>
    <message>
        <source>Download a blob; the file is written only if its digest matches.</source>
        <translation>Einen Blob herunterladen; die Datei wird nur geschrieben, wenn ihr Digest stimmt.</translation>
    </message>
    <message>
        <source>NAME@DIGEST</source>
        <translation>NAME@DIGEST</translation>
    </message>
    <message>
        <source>berthctl blob: give NAME@DIGEST and -o FILE
</source>
        <translation>berthctl blob: geben Sie NAME@DIGEST und -o DATEI an
</translation>
    </message>
    <message>
        <source>berthctl: cannot write %1: %2
</source>
        <translation>berthctl: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Herunterladen: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3
</source>
        <translation>%1 (%2) nach %3 geschrieben
</translation>
    </message>
    <message>
        <source>Read the password from stdin; without it, -u asks on the terminal.</source>
        <translation>Das Passwort von stdin lesen; ohne diese Option fragt -u im Terminal danach.</translation>
    </message>
    <message>
        <source>Retry a transient fault (reset, stall, 429, 502-504) at most N times (default 4).</source>
        <translation>Einen vorübergehenden Fehler (Reset, Stillstand, 429, 502-504) höchstens N-mal wiederholen (Standard 4).</translation>
    </message>
    <message>
        <source>Start no retry later than SECS after the first try (default 10).</source>
        <translation>Keinen neuen Versuch später als SECS nach dem ersten beginnen (Standard 10).</translation>
    </message>
    <message>
        <source>--retries takes a whole number</source>
        <translation>--retries nimmt eine ganze Zahl</translation>
    </message>
    <message>
        <source>--retry-timeout takes a whole number above 0</source>
        <translation>--retry-timeout nimmt eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <source>: use --insecure if you trust it</source>
        <translation>: verwenden Sie --insecure, wenn Sie ihr vertrauen</translation>
    </message>
    <message>
        <source>The file to write (required); - for stdout.</source>
        <translation>Die zu schreibende Datei (erforderlich); - für stdout.</translation>
    </message>
    <message>
        <source>host[:port], e.g. localhost:5000, or a URL: http://host[:port] or https://host[:port]</source>
        <translation>host[:port], z. B. localhost:5000, oder eine URL: http://host[:port] oder https://host[:port]</translation>
    </message>
    <message>
        <source>[host[:port]/]name, without a tag or digest</source>
        <translation>[host[:port]/]name, ohne Tag oder Digest</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host[:port] nor http(s)://host[:port]</source>
        <translation>&apos;%1&apos; ist weder host[:port] noch http(s)://host[:port]</translation>
    </message>
    <message>
        <source>No tag or digest allowed in reference &apos;%1&apos;</source>
        <translation>In der Referenz &apos;%1&apos; ist kein Tag oder Digest erlaubt</translation>
    </message>
    <message>
        <source>berthctl: cannot read %1: %2
</source>
        <translation>berthctl: %1 kann nicht gelesen werden: %2
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RemoteImageCommand</name>
    <message>
        <source>Like --insecure, for the %1 only.</source>
        <translation>Wie --insecure, nur für die %1.</translation>
    </message>
    <message>
        <source>Like --ca-file, for the %1 only.</source>
        <translation>Wie --ca-file, nur für die %1.</translation>
    </message>
    <message>
        <source>Like --certs-dir, for the %1 only.</source>
        <translation>Wie --certs-dir, nur für die %1.</translation>
    </message>
    <message>
        <source>User name at the %1.</source>
        <translation>Benutzername bei der %1.</translation>
    </message>
    <message>
        <source>berthctl: --dest-password-file needs --dest-username
</source>
        <translation>berthctl: --dest-password-file braucht --dest-username
</translation>
    </message>
    <message>
        <source>berthctl: cannot read %1: %2
</source>
        <translation>berthctl: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>berthctl: no password in %1
</source>
        <translation>berthctl: kein Passwort in %1
</translation>
    </message>
    <message>
        <source>berthctl: stdin holds the source&apos;s password; give the destination&apos;s with --dest-password-file FILE
</source>
        <translation>berthctl: stdin enthält das Passwort der Quelle; geben Sie das des Ziels mit --dest-password-file DATEI an
</translation>
    </message>
    <message>
        <source>Copy an image between registries: copy SOURCE DESTINATION</source>
        <translation>Ein Image zwischen Registrys kopieren: copy QUELLE ZIEL</translation>
    </message>
    <message>
        <source>Tag an image in its registry: retag REFERENCE NEWTAG</source>
        <translation>Ein Image in seiner Registry taggen: retag REFERENZ NEUESTAG</translation>
    </message>
    <message>
        <source>Delete an image from its registry: delete REFERENCE</source>
        <translation>Ein Image aus seiner Registry löschen: delete REFERENZ</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quell-Registry</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel-Registry</translation>
    </message>
    <message>
        <source>Read the source&apos;s password from stdin.</source>
        <translation>Das Passwort der Quelle von stdin lesen.</translation>
    </message>
    <message>
        <source>Read the destination&apos;s password from FILE (e.g. &lt;(pass show registry)); without it, --dest-username asks on the terminal.</source>
        <translation>Das Passwort des Ziels aus DATEI lesen (z. B. &lt;(pass show registry)); ohne diese Option fragt --dest-username im Terminal danach.</translation>
    </message>
    <message>
        <source>Copy only this platform&apos;s manifest of an index (os/arch[/variant]); the destination tag then names that manifest, whose digest is not the index&apos;s.</source>
        <translation>Nur das Manifest dieser Plattform aus einem Index kopieren (os/arch[/variant]); das Ziel-Tag nennt dann dieses Manifest, dessen Digest nicht der des Index ist.</translation>
    </message>
    <message>
        <source>Copy every platform and the index itself, byte for byte (the default).</source>
        <translation>Jede Plattform und den Index selbst kopieren, Byte für Byte (der Standard).</translation>
    </message>
    <message>
        <source>Copy an image from one registry to another without an engine: every blob the destination lacks (mounted inside one registry), then the manifests byte for byte, so the destination digest is the source&apos;s. Signatures and other referrers are not copied.</source>
        <translation>Ein Image ohne Engine von einer Registry in eine andere kopieren: jeden Blob, der dem Ziel fehlt (innerhalb einer Registry eingehängt), dann die Manifeste Byte für Byte, sodass der Digest am Ziel der der Quelle ist. Signaturen und andere Referrer werden nicht kopiert.</translation>
    </message>
    <message>
        <source>registry/name[:tag|@digest]</source>
        <translation>registry/name[:tag|@digest]</translation>
    </message>
    <message>
        <source>registry/name[:tag]</source>
        <translation>registry/name[:tag]</translation>
    </message>
    <message>
        <source>--platform and --all-platforms exclude each other</source>
        <translation>--platform und --all-platforms schließen einander aus</translation>
    </message>
    <message>
        <source>the destination takes a tag, not a digest</source>
        <translation>das Ziel nimmt ein Tag, keinen Digest</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (%3)
</source>
        <translation>%1 nach %2 kopiert (%3)
</translation>
    </message>
    <message>
        <source>Tag an image in its registry, without pulling it: the manifest is PUT under the new tag (no blob moves). NEWTAG may name another repository of the same registry; its blobs are then mounted.</source>
        <translation>Ein Image in seiner Registry taggen, ohne es zu pullen: das Manifest wird unter dem neuen Tag abgelegt (PUT, kein Blob wird bewegt). NEWTAG darf ein anderes Repository derselben Registry nennen; seine Blobs werden dann eingehängt.</translation>
    </message>
    <message>
        <source>a tag, or registry/name:tag</source>
        <translation>ein Tag oder registry/name:tag</translation>
    </message>
    <message>
        <source>NEWTAG must be a tag in the same registry; to copy to another registry, use berthctl copy</source>
        <translation>NEWTAG muss ein Tag in derselben Registry sein; um in eine andere Registry zu kopieren, verwenden Sie berthctl copy</translation>
    </message>
    <message>
        <source>Tagged %1 as %2 (%3)
</source>
        <translation>%1 als %2 getaggt (%3)
</translation>
    </message>
    <message>
        <source>Delete without asking (required without a terminal).</source>
        <translation>Ohne Rückfrage löschen (ohne Terminal erforderlich).</translation>
    </message>
    <message>
        <source>When the registry cannot untag, delete the manifest with every tag that names it.</source>
        <translation>Wenn die Registry kein Tag entfernen kann, das Manifest mit jedem Tag löschen, das es nennt.</translation>
    </message>
    <message>
        <source>Delete an image from a registry (not from the engine: that is &apos;images rm&apos;). The reference names its registry host; berthctl lists the digest and every tag that goes with it, then asks.</source>
        <translation>Ein Image aus einer Registry löschen (nicht aus der Engine: das ist &apos;images rm&apos;). Die Referenz nennt den Host ihrer Registry; berthctl listet den Digest und jedes Tag auf, das mitgeht, und fragt dann.</translation>
    </message>
    <message>
        <source>registry/name:tag or @digest</source>
        <translation>registry/name:tag oder @digest</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no registry host; write it out, e.g. %2/%3</source>
        <translation>&apos;%1&apos; nennt keinen Registry-Host; schreiben Sie ihn aus, z. B. %2/%3</translation>
    </message>
    <message>
        <source>without a terminal to ask on, give --yes</source>
        <translation>ohne Terminal zum Nachfragen geben Sie --yes an</translation>
    </message>
    <message>
        <source>%1/%2@%3
</source>
        <translation>%1/%2@%3
</translation>
    </message>
    <message>
        <source>  no tag names it
</source>
        <translation>  kein Tag nennt es
</translation>
    </message>
    <message>
        <source>  tags that name it: %1
</source>
        <translation>  Tags, die es nennen: %1
</translation>
    </message>
    <message>
        <source>Delete the tag %1? [y/N] </source>
        <translation>Das Tag %1 löschen? [y/N] </translation>
    </message>
    <message>
        <source>Delete this manifest and every tag above? [y/N] </source>
        <translation>Dieses Manifest und jedes Tag oben löschen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted.
</source>
        <translation>Nichts gelöscht.
</translation>
    </message>
    <message>
        <source>berthctl: %1
berthctl: the tags %2 name the same manifest; --all-tags deletes it with all of them
</source>
        <translation>berthctl: %1
berthctl: die Tags %2 nennen dasselbe Manifest; --all-tags löscht es mit ihnen allen
</translation>
    </message>
    <message>
        <source>Deleted %1 (%2)
</source>
        <translation>%1 gelöscht (%2)
</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>kein Tag</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RunCommand</name>
    <message>
        <source>Run a command in a new container, as docker run</source>
        <translation>Einen Befehl in einem neuen Container ausführen, wie docker run</translation>
    </message>
    <message>
        <source>Create a container from IMAGE (pulled first when the engine does not have it, as --pull says), attach to it, start it and wait for it, as docker run does. Its stdout and stderr become berthctl&apos;s; with -t the local terminal is the container&apos;s, in raw mode, resized with it. berthctl exits with the container&apos;s exit code, or, as docker run, 125 when it could not run, 126 when the command cannot be run and 127 when it is not found (3 and 4 when the engine cannot be reached or opened). Options after IMAGE belong to COMMAND.</source>
        <translation>Einen Container aus IMAGE erzeugen (vorher gepullt, wenn die Engine es nicht hat, wie --pull sagt), sich an ihn anhängen, ihn starten und auf ihn warten, wie docker run. Seine stdout und stderr werden die von berthctl; mit -t ist das lokale Terminal das des Containers, im Raw-Modus, und ändert mit ihm die Größe. berthctl endet mit dem Exit-Code des Containers oder, wie docker run, mit 125, wenn er nicht laufen konnte, 126, wenn der Befehl nicht ausführbar ist, und 127, wenn er nicht gefunden wird (3 und 4, wenn die Engine nicht erreichbar ist oder sich nicht öffnen lässt). Optionen nach IMAGE gehören zu BEFEHL.</translation>
    </message>
    <message>
        <source>The image to run.</source>
        <translation>Das auszuführende Image.</translation>
    </message>
    <message>
        <source>The command and its arguments; default: the image&apos;s.</source>
        <translation>Der Befehl und seine Argumente; Standard: die des Images.</translation>
    </message>
    <message>
        <source>Remove the container when it exits.</source>
        <translation>Den Container entfernen, wenn er endet.</translation>
    </message>
    <message>
        <source>Set an environment variable, as NAME=VALUE (repeatable).</source>
        <translation>Eine Umgebungsvariable setzen, als NAME=WERT (wiederholbar).</translation>
    </message>
    <message>
        <source>Publish a container&apos;s port on the host, as [IP:]HOST:CONTAINER[/PROTO] (repeatable).</source>
        <translation>Einen Port des Containers auf dem Host veröffentlichen, als [IP:]HOST:CONTAINER[/PROTO] (wiederholbar).</translation>
    </message>
    <message>
        <source>Name the container.</source>
        <translation>Den Container benennen.</translation>
    </message>
    <message>
        <source>Replace the image&apos;s entrypoint.</source>
        <translation>Den Entrypoint des Images ersetzen.</translation>
    </message>
    <message>
        <source>Keep stdin open and send it to the container.</source>
        <translation>stdin offen halten und an den Container senden.</translation>
    </message>
    <message>
        <source>Give the container a pseudo-terminal.</source>
        <translation>Dem Container ein Pseudo-Terminal geben.</translation>
    </message>
    <message>
        <source>Pull the image first: missing (when it is not here; the default), always, or never.</source>
        <translation>Das Image zuerst pullen: missing (wenn es nicht hier ist; der Standard), always oder never.</translation>
    </message>
    <message>
        <source>--pull takes missing, always or never, not &apos;%1&apos;</source>
        <translation>--pull nimmt missing, always oder never, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the input device is not a terminal; drop -t, or run berthctl on a terminal</source>
        <translation>das Eingabegerät ist kein Terminal; lassen Sie -t weg oder führen Sie berthctl in einem Terminal aus</translation>
    </message>
    <message>
        <source>Unable to find image &apos;%1&apos; locally
</source>
        <translation>Image &apos;%1&apos; lokal nicht gefunden
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::SilenceWatchdog</name>
    <message>
        <source>no word from the engine for %1 s (--timeout)</source>
        <translation>keine Nachricht von der Engine seit %1 s (--timeout)</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ContainerAttach</name>
    <message>
        <source>the engine&apos;s answer to attach has no end of its headers</source>
        <translation>der Antwort der Engine auf attach fehlt das Ende ihrer Header</translation>
    </message>
    <message>
        <source>the engine closed the attach connection without an answer</source>
        <translation>die Engine hat die attach-Verbindung ohne Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ContainerRun</name>
    <message>
        <source>the engine created no container</source>
        <translation>die Engine hat keinen Container erzeugt</translation>
    </message>
    <message>
        <source>%1 (Podman prepares a container when it is attached to, before the start, and answers 409 when that fails; podman run shows the same failure)</source>
        <translation>%1 (Podman bereitet einen Container vor, wenn man sich vor dem Start an ihn anhängt, und antwortet 409, wenn das scheitert; podman run zeigt denselben Fehler)</translation>
    </message>
    <message>
        <source>the engine could not wait for the container: %1</source>
        <translation>die Engine konnte nicht auf den Container warten: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ContainerRunSpec</name>
    <message>
        <source>invalid port &apos;%1&apos;: expected [IP:]HOST:CONTAINER[/PROTO]</source>
        <translation>ungültiger Port &apos;%1&apos;: erwartet wird [IP:]HOST:CONTAINER[/PROTO]</translation>
    </message>
    <message>
        <source>invalid environment variable &apos;%1&apos;: expected K=V</source>
        <translation>ungültige Umgebungsvariable &apos;%1&apos;: erwartet wird K=V</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::DockerContexts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>Current DOCKER_HOST based configuration</source>
        <translation>Aktuelle Konfiguration aus DOCKER_HOST</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>Kontext &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>Conflicting options: either specify --host or --context, not both</source>
        <translation>Widersprüchliche Optionen: geben Sie entweder --host oder --context an, nicht beide</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineClient</name>
    <message>
        <source>the engine&apos;s answer is larger than %1 bytes</source>
        <translation>die Antwort der Engine ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>the engine speaks API %1, older than the oldest Berth supports (%2)</source>
        <translation>die Engine spricht API %1, älter als die älteste, die Berth unterstützt (%2)</translation>
    </message>
    <message>
        <source>the engine answered %1: %2</source>
        <translation>die Engine hat %1 geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineConnection</name>
    <message>
        <source>no connection within %1 s</source>
        <translation>keine Verbindung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no engine is running here (the socket does not exist)</source>
        <translation>hier läuft keine Engine (der Socket existiert nicht)</translation>
    </message>
    <message>
        <source>no engine is listening on this socket (connection refused)</source>
        <translation>an diesem Socket lauscht keine Engine (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>permission denied: this user may not open the engine&apos;s socket; add the user to the group that owns it (usually &apos;docker&apos;) or run Docker in rootless mode</source>
        <translation>Zugriff verweigert: dieser Benutzer darf den Socket der Engine nicht öffnen; fügen Sie den Benutzer der Gruppe hinzu, der er gehört (meist &apos;docker&apos;), oder betreiben Sie Docker im Rootless-Modus</translation>
    </message>
    <message>
        <source>the engine did not accept the connection in time</source>
        <translation>die Engine hat die Verbindung nicht rechtzeitig angenommen</translation>
    </message>
    <message>
        <source>no engine is listening at this address (connection refused)</source>
        <translation>an dieser Adresse lauscht keine Engine (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>der Hostname ließ sich nicht auflösen</translation>
    </message>
    <message>
        <source>the engine refused the TLS connection (%1); it may want a client certificate its CA signed: cert.pem and key.pem in the context or DOCKER_CERT_PATH</source>
        <translation>die Engine hat die TLS-Verbindung abgelehnt (%1); sie will vielleicht ein Client-Zertifikat, das ihre CA signiert hat: cert.pem und key.pem im Kontext oder in DOCKER_CERT_PATH</translation>
    </message>
    <message>
        <source>cannot run ssh (%1); it is needed for ssh:// engines</source>
        <translation>ssh lässt sich nicht ausführen (%1); es wird für ssh://-Engines gebraucht</translation>
    </message>
    <message>
        <source>cannot read the CA certificate %1</source>
        <translation>das CA-Zertifikat %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the client certificate %1 and its key %2</source>
        <translation>das Client-Zertifikat %1 und sein Schlüssel %2 lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>the engine&apos;s certificate is not trusted: %1 (its CA: ca.pem in the context or DOCKER_CERT_PATH)</source>
        <translation>dem Zertifikat der Engine wird nicht vertraut: %1 (ihre CA: ca.pem im Kontext oder in DOCKER_CERT_PATH)</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineContainers</name>
    <message>
        <source>the engine&apos;s container list is not a JSON array</source>
        <translation>die Containerliste der Engine ist kein JSON-Array</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineEndpoint</name>
    <message>
        <source>%1: a unix socket needs an absolute path (unix:///path/to/docker.sock)</source>
        <translation>%1: ein Unix-Socket braucht einen absoluten Pfad (unix:///pfad/zu/docker.sock)</translation>
    </message>
    <message>
        <source>%1: a named pipe looks like npipe:////./pipe/NAME</source>
        <translation>%1: eine Named Pipe sieht so aus: npipe:////./pipe/NAME</translation>
    </message>
    <message>
        <source>%1: not a valid tcp://HOST:PORT address</source>
        <translation>%1: keine gültige tcp://HOST:PORT-Adresse</translation>
    </message>
    <message>
        <source>%1: a path after the port is not supported</source>
        <translation>%1: ein Pfad nach dem Port wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: TLS engine endpoints are not supported yet</source>
        <translation>%1: TLS-Endpunkte von Engines werden noch nicht unterstützt</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>context %1 names no docker endpoint</source>
        <translation>Kontext %1 nennt keinen Docker-Endpunkt</translation>
    </message>
    <message>
        <source>%1: unknown engine address; use unix:///path, tcp://host:port, ssh://[user@]host[:port] or npipe:////./pipe/name</source>
        <translation>%1: unbekannte Engine-Adresse; verwenden Sie unix:///pfad, tcp://host:port, ssh://[user@]host[:port] oder npipe:////./pipe/name</translation>
    </message>
    <message>
        <source>%1: not a valid ssh://[user@]host[:port] address</source>
        <translation>%1: keine gültige ssh://[user@]host[:port]-Adresse</translation>
    </message>
    <message>
        <source>%1: a path after the host is not supported over ssh; the remote docker&apos;s default socket is used</source>
        <translation>%1: ein Pfad nach dem Host wird über ssh nicht unterstützt; der Standard-Socket des entfernten Docker wird verwendet</translation>
    </message>
    <message>
        <source>%1: an ssh address takes only a user, a host and a port</source>
        <translation>%1: eine ssh-Adresse nimmt nur einen Benutzer, einen Host und einen Port</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineEventWatcher</name>
    <message>
        <source>the engine closed its event stream</source>
        <translation>die Engine hat ihren Ereignisstrom geschlossen</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineImages</name>
    <message>
        <source>the engine&apos;s answer is not valid JSON (%1)</source>
        <translation>die Antwort der Engine ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the engine&apos;s image details are not a JSON object</source>
        <translation>die Image-Details der Engine sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the engine&apos;s image history is not a JSON array</source>
        <translation>der Image-Verlauf der Engine ist kein JSON-Array</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the engine&apos;s answer to a removal is not a JSON array</source>
        <translation>die Antwort der Engine auf ein Entfernen ist kein JSON-Array</translation>
    </message>
    <message>
        <source>the engine&apos;s answer to a prune is not a JSON object</source>
        <translation>die Antwort der Engine auf ein Bereinigen ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineStream</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>ssh failed: %1</source>
        <translation>ssh ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1; the engine may want a client certificate its CA signed (cert.pem and key.pem in the context or DOCKER_CERT_PATH)</source>
        <translation>%1; die Engine will vielleicht ein Client-Zertifikat, das ihre CA signiert hat (cert.pem und key.pem im Kontext oder in DOCKER_CERT_PATH)</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ImageSummaryParser</name>
    <message>
        <source>the image list is not valid JSON (%1 at offset %2)</source>
        <translation>die Image-Liste ist kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>the image list is not a JSON array</source>
        <translation>die Image-Liste ist kein JSON-Array</translation>
    </message>
    <message>
        <source>an entry of the image list is not a JSON object</source>
        <translation>ein Eintrag der Image-Liste ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>an entry of the image list has no Id</source>
        <translation>ein Eintrag der Image-Liste hat keine Id</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::JsonLinesSplitter</name>
    <message>
        <source>the engine sent a line longer than %1 bytes</source>
        <translation>die Engine hat eine Zeile gesendet, die länger als %1 Byte ist</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>the engine sent a line that is not a JSON object (%1)</source>
        <translation>die Engine hat eine Zeile gesendet, die kein JSON-Objekt ist (%1)</translation>
    </message>
</context>
<context>
    <name>Berth::Http::HttpExchange</name>
    <message>
        <source>the connection is not open</source>
        <translation>die Verbindung ist nicht offen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no data for %1 s in the middle of the response</source>
        <translation>seit %1 s keine Daten mitten in der Antwort</translation>
    </message>
    <message>
        <source>no response within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the request body ended %1 bytes early</source>
        <translation>der Anfragekörper endete %1 Byte zu früh</translation>
    </message>
</context>
<context>
    <name>Berth::Http::HttpResponseParser</name>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response headers</source>
        <translation>die Verbindung wurde mitten in den Antwort-Headern geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>the connection closed %n byte(s) before the end of the body</source>
        <translation>
            <numerusform>die Verbindung wurde %n Byte vor dem Ende des Körpers geschlossen</numerusform>
            <numerusform>die Verbindung wurde %n Byte vor dem Ende des Körpers geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed in the middle of a chunked body</source>
        <translation>die Verbindung wurde mitten in einem Chunked-Körper geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>the response headers are larger than %n byte(s)</source>
        <translation>
            <numerusform>die Antwort-Header sind größer als %n Byte</numerusform>
            <numerusform>die Antwort-Header sind größer als %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>the peer did not answer with an HTTP/1.x status line</source>
        <translation>die Gegenstelle hat nicht mit einer HTTP/1.x-Statuszeile geantwortet</translation>
    </message>
    <message>
        <source>the HTTP status code is not a number</source>
        <translation>der HTTP-Statuscode ist keine Zahl</translation>
    </message>
    <message>
        <source>the HTTP status line is malformed</source>
        <translation>die HTTP-Statuszeile ist fehlerhaft</translation>
    </message>
    <message>
        <source>malformed response header line %1</source>
        <translation>fehlerhafte Header-Zeile der Antwort %1</translation>
    </message>
    <message>
        <source>invalid Content-Length header: %1</source>
        <translation>ungültiger Content-Length-Header: %1</translation>
    </message>
    <message numerus="yes">
        <source>the response trailers are larger than %n byte(s)</source>
        <translation>
            <numerusform>die Antwort-Trailer sind größer als %n Byte</numerusform>
            <numerusform>die Antwort-Trailer sind größer als %n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a chunk-size line is longer than %n byte(s)</source>
        <translation>
            <numerusform>eine Chunk-Size-Zeile ist länger als %n Byte</numerusform>
            <numerusform>eine Chunk-Size-Zeile ist länger als %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid chunk-size line: %1</source>
        <translation>ungültige Chunk-Size-Zeile: %1</translation>
    </message>
    <message>
        <source>a chunk is longer than its declared size</source>
        <translation>ein Chunk ist länger als seine angegebene Größe</translation>
    </message>
</context>
<context>
    <name>Berth::Hub::HubClient</name>
    <message numerus="yes">
        <source>too many requests; Docker Hub asks to wait %n second(s)</source>
        <translation>
            <numerusform>zu viele Anfragen; Docker Hub bittet, %n Sekunde zu warten</numerusform>
            <numerusform>zu viele Anfragen; Docker Hub bittet, %n Sekunden zu warten</numerusform>
        </translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1: Docker Hub answered HTTP %2: %3</source>
        <translation>%1: Docker Hub hat HTTP %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Docker Hub asks %1 for a two-factor code: sign in with a personal access token instead of the password</source>
        <translation>Docker Hub verlangt von %1 einen Zwei-Faktor-Code: melden Sie sich statt mit dem Passwort mit einem persönlichen Zugriffstoken an</translation>
    </message>
    <message>
        <source>sign-in as %1</source>
        <translation>Anmeldung als %1</translation>
    </message>
    <message>
        <source>search for %1</source>
        <translation>Suche nach %1</translation>
    </message>
    <message>
        <source>repositories of %1</source>
        <translation>Repositorys von %1</translation>
    </message>
    <message>
        <source>sign in to Docker Hub to list your namespaces</source>
        <translation>melden Sie sich bei Docker Hub an, um Ihre Namensräume aufzulisten</translation>
    </message>
    <message>
        <source>organizations of %1</source>
        <translation>Organisationen von %1</translation>
    </message>
    <message>
        <source>tags of %1</source>
        <translation>Tags von %1</translation>
    </message>
    <message>
        <source>delete %1:%2</source>
        <translation>%1:%2 löschen</translation>
    </message>
    <message>
        <source>create %1/%2</source>
        <translation>%1/%2 anlegen</translation>
    </message>
</context>
<context>
    <name>Berth::Hub::HubJson</name>
    <message>
        <source>field %1 is not a time: %2</source>
        <translation>Feld %1 ist keine Zeitangabe: %2</translation>
    </message>
    <message>
        <source>field %1 is not a %2</source>
        <translation>Feld %1 ist kein %2</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s answer is not JSON (%1)</source>
        <translation>die Antwort von Docker Hub ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s answer is not a JSON object</source>
        <translation>die Antwort von Docker Hub ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s %1 answer is malformed: %2</source>
        <translation>die Antwort von Docker Hub auf %1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>next is not an absolute URL</source>
        <translation>next ist keine absolute URL</translation>
    </message>
    <message>
        <source>a result is not an object</source>
        <translation>ein Ergebnis ist kein Objekt</translation>
    </message>
    <message>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>repository list</source>
        <translation>Repository-Liste</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>tag list</source>
        <translation>Tag-Liste</translation>
    </message>
    <message>
        <source>an image is not an object</source>
        <translation>ein Image ist kein Objekt</translation>
    </message>
    <message>
        <source>organization list</source>
        <translation>Organisationsliste</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>kein access_token</translation>
    </message>
</context>
<context>
    <name>Berth::Hub::HubRateLimit</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>pulls not limited</source>
        <translation>Pulls nicht begrenzt</translation>
    </message>
    <message>
        <source>%1 of %2 pulls left</source>
        <translation>%1 von %2 Pulls übrig</translation>
    </message>
    <message>
        <source>%1 pulls left</source>
        <translation>%1 Pulls übrig</translation>
    </message>
    <message>
        <source>%1 pulls allowed</source>
        <translation>%1 Pulls erlaubt</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
</context>
<context>
    <name>Berth::Hub::HubRateLimitProbe</name>
    <message>
        <source>rate limit of %1</source>
        <translation>Pull-Limit von %1</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
</context>
<context>
    <name>Berth::HumanFormat</name>
    <message>
        <source>Less than a second ago</source>
        <translation>Vor weniger als einer Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>Vor %n Sekunde</numerusform>
            <numerusform>Vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute ago</source>
        <translation>Vor etwa einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Vor %n Minute</numerusform>
            <numerusform>Vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour ago</source>
        <translation>Vor etwa einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Vor %n Stunde</numerusform>
            <numerusform>Vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag</numerusform>
            <numerusform>Vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Vor %n Woche</numerusform>
            <numerusform>Vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Vor %n Monat</numerusform>
            <numerusform>Vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Vor %n Jahr</numerusform>
            <numerusform>Vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::HistoryFile</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>not a JSON object with an &quot;entries&quot; array</source>
        <translation>kein JSON-Objekt mit einem &quot;entries&quot;-Array</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::HistorySetAside</name>
    <message>
        <source>cannot keep the job %1 aside in %2: %3</source>
        <translation>der Auftrag %1 lässt sich nicht in %2 beiseitelegen: %3</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::Job</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>a tag target cannot name a digest: %1</source>
        <translation>ein Tag-Ziel kann keinen Digest nennen: %1</translation>
    </message>
    <message>
        <source>%1; and %2 could not be put back: %3</source>
        <translation>%1; und %2 ließ sich nicht zurücklegen: %3</translation>
    </message>
    <message>
        <source>the build context %1 is not a folder</source>
        <translation>der Build-Kontext %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1; and no new login could be had: %2</source>
        <translation>%1; und es war keine neue Anmeldung zu bekommen: %2</translation>
    </message>
    <message>
        <source>The registry refused the login (its token lapsed): trying again with a new one; layers already there are skipped</source>
        <translation>Die Registry hat die Anmeldung abgelehnt (ihr Token ist abgelaufen): neuer Versuch mit einem neuen; vorhandene Layer werden übersprungen</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobHistory</name>
    <message>
        <source>a job history entry needs an id and a kind</source>
        <translation>ein Eintrag im Auftragsverlauf braucht eine ID und eine Art</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the job history</source>
        <translation>der Ordner %1 für den Auftragsverlauf lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot lock the job history %1: is its folder writable?</source>
        <translation>der Auftragsverlauf %1 lässt sich nicht sperren: ist sein Ordner beschreibbar?</translation>
    </message>
    <message>
        <source>process %1 (%2) has held the job history %3 for more than %4 s</source>
        <translation>Prozess %1 (%2) hält den Auftragsverlauf %3 seit mehr als %4 s</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <source>cannot read the job history %1: %2</source>
        <translation>der Auftragsverlauf %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the job history %1 could not be read and were left out.</source>
        <translation>
            <numerusform>%n Eintrag des Auftragsverlaufs %1 war nicht lesbar und wurde ausgelassen.</numerusform>
            <numerusform>%n Einträge des Auftragsverlaufs %1 waren nicht lesbar und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the job history %1 cannot be read (%2) and cannot be moved aside: %3</source>
        <translation>der Auftragsverlauf %1 lässt sich nicht lesen (%2) und nicht beiseitelegen: %3</translation>
    </message>
    <message>
        <source>The job history %1 could not be read (%2); it was kept as %3 and a new history begun.</source>
        <translation>Der Auftragsverlauf %1 war nicht lesbar (%2); er wurde als %3 aufbewahrt und ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>cannot write the job history %1: %2</source>
        <translation>der Auftragsverlauf %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot create the job history&apos;s owner lock %1</source>
        <translation>die Besitzersperre %1 des Auftragsverlaufs lässt sich nicht anlegen</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobQueue</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the engine; trying again in %n s</source>
        <translation>
            <numerusform>Die Engine ist nicht erreichbar; neuer Versuch in %n s</numerusform>
            <numerusform>Die Engine ist nicht erreichbar; neuer Versuch in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobSpec</name>
    <message>
        <source>Pull %1</source>
        <translation>Pull %1</translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation>Push %1</translation>
    </message>
    <message>
        <source>Push %1 as %2</source>
        <translation>Push %1 als %2</translation>
    </message>
    <message>
        <source>Save %1 to %2</source>
        <translation>%1 in %2 speichern</translation>
    </message>
    <message numerus="yes">
        <source>Save %n images to %1</source>
        <translation>
            <numerusform>%n Image in %1 speichern</numerusform>
            <numerusform>%n Images in %1 speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>Tag %1 as %2 in the registry</source>
        <translation>%1 in der Registry als %2 taggen</translation>
    </message>
    <message>
        <source>Delete %1 from the registry</source>
        <translation>%1 aus der Registry löschen</translation>
    </message>
    <message>
        <source>Delete the tag %1 from Docker Hub</source>
        <translation>Das Tag %1 von Docker Hub löschen</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>%1 bauen</translation>
    </message>
    <message>
        <source>Build %1 from %2</source>
        <translation>%1 aus %2 bauen</translation>
    </message>
    <message>
        <source>Stop container %1</source>
        <translation>Container %1 stoppen</translation>
    </message>
    <message>
        <source>Remove container %1</source>
        <translation>Container %1 entfernen</translation>
    </message>
    <message>
        <source>Pull %1 for %2</source>
        <translation>%1 für %2 pullen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Prune dangling images</source>
        <translation>Verwaiste Images bereinigen</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobState</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::RegistryJob</name>
    <message>
        <source>Copying</source>
        <translation>Wird kopiert</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Mounted</source>
        <translation>Eingehängt</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Wird erneut gesendet</translation>
    </message>
    <message>
        <source>%1 names no tag</source>
        <translation>%1 nennt kein Tag</translation>
    </message>
    <message>
        <source>deleting a tag on Docker Hub needs a Docker Hub login</source>
        <translation>das Löschen eines Tags auf Docker Hub braucht eine Docker-Hub-Anmeldung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Berth::Reference::ImageReference</name>
    <message>
        <source>image reference must not be empty</source>
        <translation>die Image-Referenz darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is an image ID (64 hexadecimal digits), not a repository name</source>
        <translation>%1 ist eine Image-ID (64 Hexadezimalziffern), kein Repository-Name</translation>
    </message>
    <message>
        <source>image reference &apos;%1&apos; has no repository name</source>
        <translation>die Image-Referenz &apos;%1&apos; hat keinen Repository-Namen</translation>
    </message>
    <message>
        <source>repository name must be lowercase: %1</source>
        <translation>der Repository-Name muss kleingeschrieben sein: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Reference::ReferenceGrammar</name>
    <message>
        <source>registry host must not be empty</source>
        <translation>der Registry-Host darf nicht leer sein</translation>
    </message>
    <message>
        <source>IPv6 address in registry host %1 must end with &apos;]&apos;</source>
        <translation>Die IPv6-Adresse im Registry-Host %1 muss mit &apos;]&apos; enden</translation>
    </message>
    <message>
        <source>registry host %1: expected &apos;:&apos; and a port after the IPv6 address</source>
        <translation>Registry-Host %1: nach der IPv6-Adresse werden &apos;:&apos; und ein Port erwartet</translation>
    </message>
    <message>
        <source>registry host %1 has no host name before the port</source>
        <translation>Registry-Host %1 hat keinen Hostnamen vor dem Port</translation>
    </message>
    <message>
        <source>registry host %1 contains the invalid character %2</source>
        <translation>Registry-Host %1 enthält das ungültige Zeichen %2</translation>
    </message>
    <message>
        <source>registry host %1 has an empty name between dots</source>
        <translation>Registry-Host %1 hat einen leeren Namen zwischen Punkten</translation>
    </message>
    <message>
        <source>registry host %1: a name part must not start or end with &apos;-&apos;</source>
        <translation>Registry-Host %1: ein Namensteil darf nicht mit &apos;-&apos; beginnen oder enden</translation>
    </message>
    <message>
        <source>IPv6 address in registry host %1 contains the invalid character %2</source>
        <translation>Die IPv6-Adresse im Registry-Host %1 enthält das ungültige Zeichen %2</translation>
    </message>
    <message>
        <source>registry host %1 does not hold a valid IPv6 address</source>
        <translation>Registry-Host %1 enthält keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>registry host %1 has an empty port</source>
        <translation>Registry-Host %1 hat einen leeren Port</translation>
    </message>
    <message>
        <source>port of registry host %1 must be a number</source>
        <translation>der Port des Registry-Hosts %1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>port of registry host %1 must be between 1 and 65535</source>
        <translation>der Port des Registry-Hosts %1 muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>repository name must not be empty</source>
        <translation>der Repository-Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>repository name must be lowercase: %1</source>
        <translation>der Repository-Name muss kleingeschrieben sein: %1</translation>
    </message>
    <message>
        <source>repository name %1 must not start with &apos;/&apos;</source>
        <translation>der Repository-Name %1 darf nicht mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <source>repository name %1 must not end with &apos;/&apos;</source>
        <translation>der Repository-Name %1 darf nicht mit &apos;/&apos; enden</translation>
    </message>
    <message>
        <source>repository name %1 must not contain &apos;//&apos;</source>
        <translation>der Repository-Name %1 darf kein &apos;//&apos; enthalten</translation>
    </message>
    <message>
        <source>repository name must not be longer than %1 characters (it has %2)</source>
        <translation>der Repository-Name darf nicht länger als %1 Zeichen sein (er hat %2)</translation>
    </message>
    <message>
        <source>repository name component %1 contains the invalid character %2</source>
        <translation>der Bestandteil %1 des Repository-Namens enthält das ungültige Zeichen %2</translation>
    </message>
    <message>
        <source>repository name component %1 must start with a lowercase letter or digit, not %2</source>
        <translation>der Bestandteil %1 des Repository-Namens muss mit einem Kleinbuchstaben oder einer Ziffer beginnen, nicht mit %2</translation>
    </message>
    <message>
        <source>repository name component %1 has the invalid separator %2 (allowed: &apos;.&apos;, &apos;_&apos;, &apos;__&apos; or dashes)</source>
        <translation>der Bestandteil %1 des Repository-Namens hat das ungültige Trennzeichen %2 (erlaubt: &apos;.&apos;, &apos;_&apos;, &apos;__&apos; oder Bindestriche)</translation>
    </message>
    <message>
        <source>repository name component %1 must not end with %2</source>
        <translation>der Bestandteil %1 des Repository-Namens darf nicht mit %2 enden</translation>
    </message>
    <message>
        <source>tag must not be empty</source>
        <translation>das Tag darf nicht leer sein</translation>
    </message>
    <message>
        <source>tag must not start with %1</source>
        <translation>das Tag darf nicht mit %1 beginnen</translation>
    </message>
    <message>
        <source>tag %1 contains the invalid character %2</source>
        <translation>das Tag %1 enthält das ungültige Zeichen %2</translation>
    </message>
    <message>
        <source>tag must not be longer than %1 characters (it has %2)</source>
        <translation>das Tag darf nicht länger als %1 Zeichen sein (es hat %2)</translation>
    </message>
    <message>
        <source>digest algorithm %1 is not valid: each part must start with a letter</source>
        <translation>der Digest-Algorithmus %1 ist ungültig: jeder Teil muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>digest algorithm %1 contains the invalid character %2</source>
        <translation>der Digest-Algorithmus %1 enthält das ungültige Zeichen %2</translation>
    </message>
    <message>
        <source>digest algorithm %1 must not be empty or end with a separator</source>
        <translation>der Digest-Algorithmus %1 darf nicht leer sein oder mit einem Trennzeichen enden</translation>
    </message>
    <message>
        <source>digest must not be empty</source>
        <translation>der Digest darf nicht leer sein</translation>
    </message>
    <message>
        <source>digest %1 must have the form algorithm:hex, e.g. sha256:…</source>
        <translation>der Digest %1 muss die Form algorithmus:hex haben, z. B. sha256:…</translation>
    </message>
    <message>
        <source>digest %1 contains the invalid character %2 (expected hexadecimal digits)</source>
        <translation>der Digest %1 enthält das ungültige Zeichen %2 (erwartet werden Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>%1 digest must have exactly %2 hexadecimal digits (it has %3)</source>
        <translation>ein %1-Digest muss genau %2 Hexadezimalziffern haben (er hat %3)</translation>
    </message>
    <message>
        <source>digest must have at least %1 hexadecimal digits (it has %2)</source>
        <translation>ein Digest muss mindestens %1 Hexadezimalziffern haben (er hat %2)</translation>
    </message>
    <message>
        <source>unsupported digest algorithm %1 (supported: sha256, sha384, sha512)</source>
        <translation>nicht unterstützter Digest-Algorithmus %1 (unterstützt: sha256, sha384, sha512)</translation>
    </message>
    <message>
        <source>%1 digest must use lowercase hexadecimal digits</source>
        <translation>ein %1-Digest muss kleingeschriebene Hexadezimalziffern verwenden</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::BlobDownload</name>
    <message>
        <source>&apos;%1&apos; is not a sha256 digest</source>
        <translation>&apos;%1&apos; ist kein sha256-Digest</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>Blob %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>blob %1 is %2 bytes; %3 were expected</source>
        <translation>Blob %1 hat %2 Byte; %3 wurden erwartet</translation>
    </message>
    <message>
        <source>digest mismatch: blob %1 of %2 hashes to %3</source>
        <translation>Digest stimmt nicht: Blob %1 von %2 ergibt den Hash %3</translation>
    </message>
    <message>
        <source>blob %1: the registry sends %2 bytes, its descriptor says %3</source>
        <translation>Blob %1: die Registry sendet %2 Byte, sein Deskriptor sagt %3</translation>
    </message>
    <message>
        <source>blob %1: asked for bytes from %2, the registry sent &apos;%3&apos;; not appending</source>
        <translation>Blob %1: Bytes ab %2 angefordert, die Registry sandte &apos;%3&apos;; es wird nicht angehängt</translation>
    </message>
    <message>
        <source>blob %1 is larger than the %2 bytes expected</source>
        <translation>Blob %1 ist größer als die erwarteten %2 Byte</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::BlobUpload</name>
    <message>
        <source>blob %1 to %2/%3</source>
        <translation>Blob %1 nach %2/%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sha256 digest</source>
        <translation>&apos;%1&apos; ist kein sha256-Digest</translation>
    </message>
    <message>
        <source>upload session for %1</source>
        <translation>Upload-Sitzung für %1</translation>
    </message>
    <message>
        <source>the registry opened no upload session (HTTP %1, Location &apos;%2&apos;)</source>
        <translation>die Registry hat keine Upload-Sitzung geöffnet (HTTP %1, Location &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>upload of %1</source>
        <translation>Upload von %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the registry holds &apos;%1&apos; after %2 bytes were sent</source>
        <translation>die Registry hält &apos;%1&apos;, nachdem %2 Byte gesendet wurden</translation>
    </message>
    <message>
        <source>the source gave %1 bytes of %2</source>
        <translation>die Quelle lieferte %1 von %2 Byte</translation>
    </message>
    <message>
        <source>digest mismatch: the source&apos;s bytes of blob %1 hash to %2</source>
        <translation>Digest stimmt nicht: die Bytes der Quelle für Blob %1 ergeben den Hash %2</translation>
    </message>
    <message>
        <source>commit of %1</source>
        <translation>Abschluss von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n upload sessions broke; the last: %1</source>
        <translation>
            <numerusform>%n Upload-Sitzung ist abgebrochen: %1</numerusform>
            <numerusform>%n Upload-Sitzungen sind abgebrochen; die letzte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>upload session of %1</source>
        <translation>Upload-Sitzung von %1</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::DirectStream</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::LayerBlobReader</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>layer %1: only sha256 digests with a size can be checked</source>
        <translation>Layer %1: nur sha256-Digests mit einer Größe lassen sich prüfen</translation>
    </message>
    <message>
        <source>layer %1: the registry sent bytes whose digest is %2</source>
        <translation>Layer %1: die Registry sandte Bytes, deren Digest %2 ist</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::Manifest</name>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 has no valid digest</source>
        <translation>%1 hat keinen gültigen Digest</translation>
    </message>
    <message>
        <source>%1 has no valid size</source>
        <translation>%1 hat keine gültige Größe</translation>
    </message>
    <message>
        <source>the manifest is not JSON: %1</source>
        <translation>das Manifest ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation>das Manifest ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unsupported manifest schema version %1</source>
        <translation>nicht unterstützte Schema-Version %1 des Manifests</translation>
    </message>
    <message>
        <source>unknown manifest media type &apos;%1&apos;</source>
        <translation>unbekannter Medientyp &apos;%1&apos; des Manifests</translation>
    </message>
    <message>
        <source>the index has no manifests array</source>
        <translation>der Index hat kein manifests-Array</translation>
    </message>
    <message>
        <source>the index lists %1 manifests</source>
        <translation>der Index listet %1 Manifeste</translation>
    </message>
    <message>
        <source>manifest entry %1</source>
        <translation>Manifest-Eintrag %1</translation>
    </message>
    <message>
        <source>the config</source>
        <translation>die Konfiguration</translation>
    </message>
    <message>
        <source>the manifest has no layers array</source>
        <translation>das Manifest hat kein layers-Array</translation>
    </message>
    <message>
        <source>the manifest lists %1 layers</source>
        <translation>das Manifest listet %1 Layer</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>no manifest for platform %1 (the index has: %2)</source>
        <translation>kein Manifest für die Plattform %1 (der Index hat: %2)</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryAuthenticator</name>
    <message>
        <source>registry %1</source>
        <translation>Registry %1</translation>
    </message>
    <message>
        <source>registry %1, user %2</source>
        <translation>Registry %1, Benutzer %2</translation>
    </message>
    <message>
        <source>the registry requires a login</source>
        <translation>die Registry verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>unsupported authentication scheme &apos;%1&apos;</source>
        <translation>nicht unterstütztes Authentifizierungsverfahren &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refusing to send credentials to the token realm %1: it is not https and the registry is not marked insecure</source>
        <translation>Zugangsdaten werden nicht an den Token-Realm %1 gesendet: er ist nicht https und die Registry ist nicht als unsicher markiert</translation>
    </message>
    <message>
        <source>token from %1</source>
        <translation>Token von %1</translation>
    </message>
    <message>
        <source>the token server refused an anonymous token (%1)</source>
        <translation>der Token-Server hat ein anonymes Token verweigert (%1)</translation>
    </message>
    <message>
        <source>the token server refused the credentials: wrong user name or password? (%1)</source>
        <translation>der Token-Server hat die Zugangsdaten abgelehnt: falscher Benutzername oder falsches Passwort? (%1)</translation>
    </message>
    <message>
        <source>token server: %1</source>
        <translation>Token-Server: %1</translation>
    </message>
    <message>
        <source>the token server&apos;s answer holds no token</source>
        <translation>die Antwort des Token-Servers enthält kein Token</translation>
    </message>
    <message>
        <source>the registry refused the request without saying how to log in</source>
        <translation>die Registry hat die Anfrage abgelehnt, ohne zu sagen, wie man sich anmeldet</translation>
    </message>
    <message>
        <source>the registry refused the user name or password</source>
        <translation>die Registry hat Benutzername oder Passwort abgelehnt</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryClient</name>
    <message>
        <source>registry %1</source>
        <translation>Registry %1</translation>
    </message>
    <message>
        <source>ping of %1</source>
        <translation>Ping von %1</translation>
    </message>
    <message>
        <source>%1 does not serve the registry API v2 (%2)</source>
        <translation>%1 bietet die Registry-API v2 nicht an (%2)</translation>
    </message>
    <message>
        <source>list of %1</source>
        <translation>Liste von %1</translation>
    </message>
    <message>
        <source>the list is not a JSON object</source>
        <translation>die Liste ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the registry&apos;s pagination does not end</source>
        <translation>die Seitenaufteilung der Registry endet nicht</translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation>Manifest %1</translation>
    </message>
    <message>
        <source>manifest digest mismatch: %1@%2 has content that hashes to %3</source>
        <translation>Manifest-Digest stimmt nicht: %1@%2 hat Inhalt, der den Hash %3 ergibt</translation>
    </message>
    <message>
        <source>%1:%2: the registry&apos;s Docker-Content-Digest %3 does not match the manifest&apos;s content %4; using the content&apos;s</source>
        <translation>%1:%2: der Docker-Content-Digest %3 der Registry passt nicht zum Inhalt %4 des Manifests; der des Inhalts wird verwendet</translation>
    </message>
    <message>
        <source>manifest %1 is %2 bytes; the index says %3</source>
        <translation>Manifest %1 hat %2 Byte; der Index sagt %3</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>Blob %1</translation>
    </message>
    <message>
        <source>login to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <source>%1 stored the manifest as %2; its bytes are %3</source>
        <translation>%1 hat das Manifest als %2 gespeichert; seine Bytes sind %3</translation>
    </message>
    <message>
        <source>delete of %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>the registry does not allow deletes (%1); its operator enables them (storage.delete.enabled in Distribution)</source>
        <translation>die Registry erlaubt kein Löschen (%1); ihr Betreiber schaltet es ein (storage.delete.enabled in Distribution)</translation>
    </message>
    <message>
        <source>the registry deletes manifests by digest only, not by tag (%1)</source>
        <translation>die Registry löscht Manifeste nur per Digest, nicht per Tag (%1)</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryCopy</name>
    <message>
        <source>the destination %1 names a digest; give it a tag</source>
        <translation>das Ziel %1 nennt einen Digest; geben Sie ihm ein Tag</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>Blob %1</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryEndpoint</name>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>die CA-Datei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read the key %1: %2</source>
        <translation>der Schlüssel %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable private key</source>
        <translation>%1 enthält keinen brauchbaren privaten Schlüssel</translation>
    </message>
    <message>
        <source>%1: plain http is only allowed for a registry marked insecure</source>
        <translation>%1: reines http ist nur für eine als unsicher markierte Registry erlaubt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry host</source>
        <translation>&apos;%1&apos; ist kein Registry-Host</translation>
    </message>
    <message>
        <source>client certificate %1 has no key %2</source>
        <translation>zum Client-Zertifikat %1 fehlt der Schlüssel %2</translation>
    </message>
    <message>
        <source>key %1 has no client certificate %2</source>
        <translation>zum Schlüssel %1 fehlt das Client-Zertifikat %2</translation>
    </message>
    <message>
        <source>a client certificate needs both its certificate and its key file</source>
        <translation>ein Client-Zertifikat braucht sowohl seine Zertifikats- als auch seine Schlüsseldatei</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryRequest</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the registry&apos;s answer is larger than %1 bytes; not reading it</source>
        <translation>die Antwort der Registry ist größer als %1 Byte; sie wird nicht gelesen</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>TLS certificate not trusted: %1</source>
        <translation>dem TLS-Zertifikat wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>redirect without a Location</source>
        <translation>Weiterleitung ohne Location</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>refusing a redirect from https to %1</source>
        <translation>eine Weiterleitung von https nach %1 wird abgelehnt</translation>
    </message>
    <message>
        <source>rate limited until %1 (HTTP %2)</source>
        <translation>Anfragen begrenzt bis %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>the registry answered plain HTTP</source>
        <translation>die Registry hat mit reinem HTTP geantwortet</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RemoteBlobSource</name>
    <message>
        <source>blob %1</source>
        <translation>Blob %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>blob %1 is %2 bytes; %3 were expected</source>
        <translation>Blob %1 hat %2 Byte; %3 wurden erwartet</translation>
    </message>
    <message>
        <source>blob %1: asked for bytes from %2, the registry sent HTTP %3 &apos;%4&apos;</source>
        <translation>Blob %1: Bytes ab %2 angefordert, die Registry sandte HTTP %3 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>blob %1 is larger than the %2 bytes expected</source>
        <translation>Blob %1 ist größer als die erwarteten %2 Byte</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RemoteImageContents</name>
    <message>
        <source>%1 is an index; no image for %2</source>
        <translation>%1 ist ein Index; kein Image für %2</translation>
    </message>
    <message>
        <source>the config of %1 is %2 bytes; at most %3 are read</source>
        <translation>die Konfiguration von %1 hat %2 Byte; höchstens %3 werden gelesen</translation>
    </message>
    <message>
        <source>config %1: the registry sent bytes whose digest is %2</source>
        <translation>Konfiguration %1: die Registry sandte Bytes, deren Digest %2 ist</translation>
    </message>
    <message>
        <source>layer %1 of %2</source>
        <translation>Layer %1 von %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AboutDialog</name>
    <message>
        <source>About Berth</source>
        <translation>Über Berth</translation>
    </message>
    <message>
        <source>Desktop manager for container images</source>
        <translation>Desktop-Verwaltung für Container-Images</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Engine: %1</translation>
    </message>
    <message>
        <source>none has answered yet</source>
        <translation>noch keine hat geantwortet</translation>
    </message>
    <message>
        <source>Berth is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Berth ist freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>It links these libraries:</source>
        <translation>Es bindet diese Bibliotheken ein:</translation>
    </message>
    <message>
        <source>%1 %2, under %3</source>
        <translation>%1 %2, unter %3</translation>
    </message>
    <message>
        <source>&amp;Copy for a bug report</source>
        <translation>Für einen Fehlerbericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Berth&apos;s, the libraries&apos; and the engine&apos;s versions and the platform, to paste into a bug report</source>
        <translation>Die Versionen von Berth, den Bibliotheken und der Engine sowie die Plattform kopieren, um sie in einen Fehlerbericht einzufügen</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AccountsDialog</name>
    <message>
        <source>Add A&amp;WS Account...</source>
        <translation>A&amp;WS-Konto hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import from Docker</source>
        <translation>Aus Docker &amp;importieren</translation>
    </message>
    <message>
        <source>Registry Accounts</source>
        <translation>Registry-Konten</translation>
    </message>
    <message>
        <source>Remove one of Berth&apos;s logins or AWS accounts; Docker&apos;s are only read (docker logout removes them)</source>
        <translation>Eine von Berths Anmeldungen oder eines seiner AWS-Konten entfernen; die von Docker werden nur gelesen (docker logout entfernt sie)</translation>
    </message>
    <message>
        <source>Keep an AWS access key in the keychain for Push to ECR and ECR registry logins</source>
        <translation>Einen AWS-Zugriffsschlüssel im Schlüsselbund aufbewahren, für Push zu ECR und Anmeldungen bei ECR-Registrys</translation>
    </message>
    <message>
        <source>Change the selected AWS account&apos;s keys, region, role or default</source>
        <translation>Schlüssel, Region, Rolle oder Standard des ausgewählten AWS-Kontos ändern</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>Kept AWS account %1 in the keychain.</source>
        <translation>AWS-Konto %1 im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Saved AWS account %1.</source>
        <translation>AWS-Konto %1 gespeichert.</translation>
    </message>
    <message>
        <source>Removed AWS account %1.</source>
        <translation>AWS-Konto %1 entfernt.</translation>
    </message>
    <message>
        <source>Cannot remove AWS account %1: %2</source>
        <translation>AWS-Konto %1 lässt sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Als %1 bei %2 angemeldet.</translation>
    </message>
    <message>
        <source>Removed %1 on %2.</source>
        <translation>%1 bei %2 entfernt.</translation>
    </message>
    <message>
        <source>Cannot remove %1 on %2: %3</source>
        <translation>%1 bei %2 lässt sich nicht entfernen: %3</translation>
    </message>
    <message>
        <source>Docker&apos;s config names no registry logins.</source>
        <translation>Dockers Konfiguration nennt keine Registry-Anmeldungen.</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Wird importiert...</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln login(s) from Docker.</source>
        <translation>
            <numerusform>%Ln Anmeldung aus Docker importiert.</numerusform>
            <numerusform>%Ln Anmeldungen aus Docker importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AccountsModel</name>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <source>Docker config</source>
        <translation>Docker-Konfiguration</translation>
    </message>
    <message>
        <source>Docker helper %1</source>
        <translation>Docker-Helper %1</translation>
    </message>
    <message>
        <source>Keychain (default AWS account, %1)</source>
        <translation>Schlüsselbund (Standard-AWS-Konto, %1)</translation>
    </message>
    <message>
        <source>Keychain (AWS account, %1)</source>
        <translation>Schlüsselbund (AWS-Konto, %1)</translation>
    </message>
    <message>
        <source>none yet, fetched when needed</source>
        <translation>noch keines, wird bei Bedarf geholt</translation>
    </message>
    <message>
        <source>expired, a new one is fetched when needed</source>
        <translation>abgelaufen, ein neues wird bei Bedarf geholt</translation>
    </message>
    <message>
        <source>valid until %1, refreshed automatically from %2</source>
        <translation>gültig bis %1, automatisch erneuert aus %2</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Secret kept in</source>
        <translation>Geheimnis liegt in</translation>
    </message>
    <message>
        <source>ECR token</source>
        <translation>ECR-Token</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::Appearance</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AwsAccountDialog</name>
    <message>
        <source>&amp;Default AWS account (Push to ECR uses it)</source>
        <translation>Als Standard-AWS-Konto &amp;verwenden (Push zu ECR nutzt es)</translation>
    </message>
    <message>
        <source>Edit AWS Account</source>
        <translation>AWS-Konto bearbeiten</translation>
    </message>
    <message>
        <source>Add AWS Account</source>
        <translation>AWS-Konto hinzufügen</translation>
    </message>
    <message>
        <source>optional: arn:aws:iam::ACCOUNT:role/NAME</source>
        <translation>optional: arn:aws:iam::KONTO:role/NAME</translation>
    </message>
    <message>
        <source>optional: AWS&apos;s own</source>
        <translation>optional: der von AWS</translation>
    </message>
    <message>
        <source>%1 (empty: keep the keys)</source>
        <translation>%1 (leer: die Schlüssel behalten)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>Access-&amp;Key-ID:</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>S&amp;ecret Access Key:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>R&amp;ole to assume:</source>
        <translation>Anzunehmende R&amp;olle:</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>Endpunkt-&amp;URL:</translation>
    </message>
    <message>
        <source>Give a name (without &apos;@&apos;) and a region.</source>
        <translation>Geben Sie einen Namen (ohne &apos;@&apos;) und eine Region an.</translation>
    </message>
    <message>
        <source>Give the access key ID and the secret access key.</source>
        <translation>Geben Sie die Access Key ID und den Secret Access Key an.</translation>
    </message>
    <message>
        <source>AWS refused the keys, nothing was kept: %1</source>
        <translation>AWS hat die Schlüssel abgelehnt, nichts wurde aufbewahrt: %1</translation>
    </message>
    <message>
        <source>The keychain cannot keep the keys: %1</source>
        <translation>Der Schlüsselbund kann die Schlüssel nicht aufbewahren: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::BuildDialog</name>
    <message>
        <source>Build Image</source>
        <translation>Image bauen</translation>
    </message>
    <message>
        <source>e.g. app:1 app:latest</source>
        <translation>z. B. app:1 app:latest</translation>
    </message>
    <message>
        <source>One NAME=VALUE a line</source>
        <translation>Ein NAME=WERT pro Zeile</translation>
    </message>
    <message>
        <source>The last stage</source>
        <translation>Die letzte Stufe</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Context &amp;folder:</source>
        <translation>Kontext&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>Docker&amp;file:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Build &amp;arguments:</source>
        <translation>Build-&amp;Argumente:</translation>
    </message>
    <message>
        <source>Tar&amp;get stage:</source>
        <translation>Ziel&amp;stufe:</translation>
    </message>
    <message>
        <source>Build Context</source>
        <translation>Build-Kontext</translation>
    </message>
    <message>
        <source>The folder to build from, with its Dockerfile.</source>
        <translation>Der Ordner, aus dem gebaut wird, mit seinem Dockerfile.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a tag cannot name a digest</source>
        <translation>%1: ein Tag kann keinen Digest nennen</translation>
    </message>
    <message>
        <source>Builds %1 with the engine&apos;s classic builder.</source>
        <translation>Baut %1 mit dem klassischen Builder der Engine.</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::CompareDialog</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Reading %1 from its registry…</source>
        <translation>%1 wird aus seiner Registry gelesen…</translation>
    </message>
    <message>
        <source>Reading %1 from the engine…</source>
        <translation>%1 wird aus der Engine gelesen…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message numerus="yes">
        <source>Files (%Ln)</source>
        <translation>
            <numerusform>Dateien (%Ln)</numerusform>
            <numerusform>Dateien (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Config (%Ln)</source>
        <translation>
            <numerusform>Konfiguration (%Ln)</numerusform>
            <numerusform>Konfiguration (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Layer %1 (the same)</source>
        <translation>Layer %1 (gleich)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) differ, %1 of the config; %2 → %3</source>
        <translation>
            <numerusform>%Ln Datei unterscheidet sich, %1 der Konfiguration; %2 → %3</numerusform>
            <numerusform>%Ln Dateien unterscheiden sich, %1 der Konfiguration; %2 → %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ContainerActions</name>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <source>Open Shell</source>
        <translation>Shell öffnen</translation>
    </message>
    <message>
        <source>Could not start the terminal &apos;%1&apos;. Choose another with the setting %2 in Berth&apos;s window settings.</source>
        <translation>Das Terminal &apos;%1&apos; ließ sich nicht starten. Wählen Sie ein anderes mit der Einstellung %2 in den Fenstereinstellungen von Berth.</translation>
    </message>
    <message>
        <source>Open S&amp;hell</source>
        <translation>S&amp;hell öffnen</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DetailsFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DetailsPane</name>
    <message>
        <source>&amp;Back to the Index</source>
        <translation>&amp;Zurück zum Index</translation>
    </message>
    <message>
        <source>No container uses this image.</source>
        <translation>Kein Container verwendet dieses Image.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Confi&amp;g</source>
        <translation>Konfi&amp;guration</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>La&amp;yer</translation>
    </message>
    <message>
        <source>&amp;Platforms (Enter opens one):</source>
        <translation>&amp;Plattformen (Enter öffnet eine):</translation>
    </message>
    <message>
        <source>Co&amp;ntainers of this image:</source>
        <translation>Co&amp;ntainer dieses Images:</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the selected container (a job)</source>
        <translation>Den ausgewählten Container stoppen (ein Auftrag)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected container, stopping it first (a job)</source>
        <translation>Den ausgewählten Container entfernen, nachdem er gestoppt wurde (ein Auftrag)</translation>
    </message>
    <message>
        <source>Select an image to see its details.</source>
        <translation>Wählen Sie ein Image, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Loading the details of %1…</source>
        <translation>Die Details von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>No details</source>
        <translation>Keine Details</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 wird gestoppt…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Image details</source>
        <translation>Image-Details</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DetailsTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Digest</source>
        <translation>&amp;Digest kopieren</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DriftChecker</name>
    <message>
        <source>%1 names no tag</source>
        <translation>%1 nennt kein Tag</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DriftText</name>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not local</source>
        <translation>Nicht lokal</translation>
    </message>
    <message>
        <source>Local is behind</source>
        <translation>Lokal veraltet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Asking %1 what %2 names now</source>
        <translation>%1 wird gefragt, was %2 jetzt nennt</translation>
    </message>
    <message>
        <source>The registry&apos;s %1 names %2, the image here</source>
        <translation>Das Tag %1 der Registry nennt %2, das Image hier</translation>
    </message>
    <message>
        <source>The registry&apos;s %1 names %2, an image this one was never pulled as or pushed to; Pull replaces it</source>
        <translation>Das Tag %1 der Registry nennt %2, ein Image, unter dessen Namen dieses nie gepullt oder gepusht wurde; Pull ersetzt es</translation>
    </message>
    <message>
        <source>The registry&apos;s %1 now names %2; Pull updates it</source>
        <translation>Das Tag %1 der Registry nennt jetzt %2; Pull aktualisiert es</translation>
    </message>
    <message>
        <source>%1 has no tag %2 in %3: this tag is only here (Push puts it there)</source>
        <translation>%1 hat kein Tag %2 in %3: dieses Tag gibt es nur hier (Push legt es dort an)</translation>
    </message>
    <message>
        <source>%1 did not say which image %2 names</source>
        <translation>%1 hat nicht gesagt, welches Image %2 nennt</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>%1 konnte nicht gefragt werden: %2</translation>
    </message>
    <message>
        <source>The engine holds the image %1 names</source>
        <translation>Die Engine hat das Image, das %1 nennt</translation>
    </message>
    <message>
        <source>The engine&apos;s %1 is another image than the registry&apos;s; Pull updates it</source>
        <translation>%1 ist in der Engine ein anderes Image als in der Registry; Pull aktualisiert es</translation>
    </message>
    <message>
        <source>The engine does not hold the image %1 names</source>
        <translation>Die Engine hat das Image nicht, das %1 nennt</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DropActions</name>
    <message>
        <source>Retag and Push</source>
        <translation>Neu taggen und pushen</translation>
    </message>
    <message>
        <source>Push %1 as:</source>
        <translation>%1 pushen als:</translation>
    </message>
    <message>
        <source>Retag and &amp;Push</source>
        <translation>Neu taggen und &amp;pushen</translation>
    </message>
    <message>
        <source>Tag Image</source>
        <translation>Image taggen</translation>
    </message>
    <message>
        <source>New name for %1 on the engine:</source>
        <translation>Neuer Name für %1 auf der Engine:</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Taggen</translation>
    </message>
    <message>
        <source>Push To</source>
        <translation>Pushen nach</translation>
    </message>
    <message>
        <source>Copy To</source>
        <translation>Kopieren nach</translation>
    </message>
    <message>
        <source>Copy %1 to:</source>
        <translation>%1 kopieren nach:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Retag</source>
        <translation>Neu taggen</translation>
    </message>
    <message>
        <source>New tag for %1 (the same registry):</source>
        <translation>Neues Tag für %1 (dieselbe Registry):</translation>
    </message>
    <message>
        <source>&amp;Retag</source>
        <translation>&amp;Neu taggen</translation>
    </message>
    <message>
        <source>A retag stays in %1: Copy To… copies elsewhere</source>
        <translation>Neu taggen bleibt in %1: Kopieren nach… kopiert anderswohin</translation>
    </message>
    <message>
        <source>Tagged %1 as %2</source>
        <translation>%1 als %2 getaggt</translation>
    </message>
    <message>
        <source>Could not tag %1 as %2: %3</source>
        <translation>%1 konnte nicht als %2 getaggt werden: %3</translation>
    </message>
    <message>
        <source>Loading %1 (see the Jobs panel)</source>
        <translation>%1 wird geladen (siehe den Bereich Aufträge)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DropPlanner</name>
    <message>
        <source>Only images, tags and image archives can be dropped here</source>
        <translation>Hier lassen sich nur Images, Tags und Image-Archive ablegen</translation>
    </message>
    <message>
        <source>Image archives load into an engine: drop them on one</source>
        <translation>Image-Archive werden in eine Engine geladen: legen Sie sie auf einer ab</translation>
    </message>
    <message>
        <source>%1 is not an image archive (.tar, .tar.gz, .tar.xz, .tar.zst)</source>
        <translation>%1 ist kein Image-Archiv (.tar, .tar.gz, .tar.xz, .tar.zst)</translation>
    </message>
    <message>
        <source>Load %1 into %2</source>
        <translation>%1 in %2 laden</translation>
    </message>
    <message numerus="yes">
        <source>Load %Ln archive(s) into %1</source>
        <translation>
            <numerusform>%Ln Archiv in %1 laden</numerusform>
            <numerusform>%Ln Archive in %1 laden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: it serves pulls only</source>
        <translation>%1 ist schreibgeschützt: dort sind nur Pulls möglich</translation>
    </message>
    <message>
        <source>No login for %1: sign in with File ▸ Accounts… first</source>
        <translation>Keine Anmeldung für %1: melden Sie sich zuerst mit Datei ▸ Konten… an</translation>
    </message>
    <message>
        <source>%1 is on another engine: save it to a file and load it there</source>
        <translation>%1 ist auf einer anderen Engine: speichern Sie es in eine Datei und laden Sie es dort</translation>
    </message>
    <message>
        <source>Tag %1 with a new name on %2</source>
        <translation>%1 auf %2 mit einem neuen Namen taggen</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln image(s) with new names on %1</source>
        <translation>
            <numerusform>%Ln Image auf %1 mit einem neuen Namen taggen</numerusform>
            <numerusform>%Ln Images auf %1 mit neuen Namen taggen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no name to push: Retag… (F2) names it first</source>
        <translation>%1 hat keinen Namen zum Pushen: Neu taggen… (F2) gibt ihm zuerst einen</translation>
    </message>
    <message>
        <source>Push to Amazon ECR takes one image at a time</source>
        <translation>Ein Push zu Amazon ECR nimmt ein Image nach dem anderen</translation>
    </message>
    <message>
        <source>Push %1 to Amazon ECR (%2), into the repository of its name</source>
        <translation>%1 zu Amazon ECR (%2) pushen, in das Repository seines Namens</translation>
    </message>
    <message>
        <source>Retag %1 as %2 and push</source>
        <translation>%1 als %2 neu taggen und pushen</translation>
    </message>
    <message numerus="yes">
        <source>Retag %Ln image(s) into %1 and push</source>
        <translation>
            <numerusform>%Ln Image nach %1 neu taggen und pushen</numerusform>
            <numerusform>%Ln Images nach %1 neu taggen und pushen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an index of %2 only: %3 runs %4 images</source>
        <translation>%1 ist ein Index nur für %2: %3 führt %4-Images aus</translation>
    </message>
    <message>
        <source>Pull %1 into %2</source>
        <translation>%1 in %2 pullen</translation>
    </message>
    <message numerus="yes">
        <source>Pull %Ln tag(s) into %1</source>
        <translation>
            <numerusform>%Ln Tag in %1 pullen</numerusform>
            <numerusform>%Ln Tags in %1 pullen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a reference Berth can copy</source>
        <translation>%1 ist keine Referenz, die Berth kopieren kann</translation>
    </message>
    <message>
        <source>%1 is already in %2</source>
        <translation>%1 ist bereits in %2</translation>
    </message>
    <message>
        <source>Retag one tag at a time inside its repository</source>
        <translation>Tags einzeln innerhalb ihres Repositorys neu taggen</translation>
    </message>
    <message>
        <source>Retag %1 with a new tag in %2/%3</source>
        <translation>%1 mit einem neuen Tag in %2/%3 neu taggen</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy %Ln tag(s) to %1</source>
        <translation>
            <numerusform>%Ln Tag nach %1 kopieren</numerusform>
            <numerusform>%Ln Tags nach %1 kopieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::EcrCatalogLoader</name>
    <message>
        <source>Berth&apos;s AWS accounts are not available here</source>
        <translation>Berths AWS-Konten sind hier nicht verfügbar</translation>
    </message>
    <message>
        <source>The keys of AWS account %1 cannot be read: %2</source>
        <translation>Die Schlüssel des AWS-Kontos %1 lassen sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Berth keeps no AWS account %1 any more</source>
        <translation>Berth führt kein AWS-Konto %1 mehr</translation>
    </message>
    <message>
        <source>AWS account %1 names no region: File ▸ Accounts… gives it one</source>
        <translation>AWS-Konto %1 nennt keine Region: Datei ▸ Konten… gibt ihm eine</translation>
    </message>
    <message>
        <source>AWS account %1 did not list its ECR repositories: %2</source>
        <translation>AWS-Konto %1 hat seine ECR-Repositorys nicht aufgelistet: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::EcrPushAction</name>
    <message>
        <source>Push to &amp;ECR</source>
        <translation>Zu &amp;ECR pushen</translation>
    </message>
    <message>
        <source>Push the selected image to Amazon ECR with your AWS account (Ctrl+Shift+E)</source>
        <translation>Das ausgewählte Image mit Ihrem AWS-Konto zu Amazon ECR pushen (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Push to ECR</source>
        <translation>Zu ECR pushen</translation>
    </message>
    <message>
        <source>Your AWS credentials name no region. Set one for your AWS account (Accounts…, then Edit).</source>
        <translation>Ihre AWS-Zugangsdaten nennen keine Region. Legen Sie eine für Ihr AWS-Konto fest (Konten…, dann Bearbeiten).</translation>
    </message>
    <message>
        <source>No AWS account is set up: %1

Add one with Accounts….</source>
        <translation>Kein AWS-Konto eingerichtet: %1

Fügen Sie eines unter Konten… hinzu.</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>ECR has no repository %1. Create it?</source>
        <translation>ECR hat kein Repository %1. Anlegen?</translation>
    </message>
    <message>
        <source>&amp;Create and Push</source>
        <translation>&amp;Anlegen und pushen</translation>
    </message>
    <message>
        <source>The engine pushed %1 but ECR lists %2 under %3</source>
        <translation>Die Engine hat %1 gepusht, aber ECR führt %2 unter %3</translation>
    </message>
    <message>
        <source>Pushed to ECR</source>
        <translation>Zu ECR gepusht</translation>
    </message>
    <message>
        <source>The image is in ECR:
%1</source>
        <translation>Das Image ist in ECR:
%1</translation>
    </message>
    <message>
        <source>&amp;Copy URI</source>
        <translation>URI &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::EngineBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Start &amp;sandbox engine</source>
        <translation>&amp;Sandbox-Engine starten</translation>
    </message>
    <message>
        <source>Start a private Docker engine with a few sample images, its data in Berth&apos;s build folder. Needs root (sudo).</source>
        <translation>Eine private Docker-Engine mit einigen Beispiel-Images starten, ihre Daten im Build-Ordner von Berth. Braucht root (sudo).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No Docker engine at %1.&lt;/b&gt;&lt;br&gt;Start Docker (for example &lt;tt&gt;sudo systemctl start docker&lt;/tt&gt;), or point Berth at another engine with &lt;tt&gt;DOCKER_HOST&lt;/tt&gt; or &lt;tt&gt;--host&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Keine Docker-Engine unter %1.&lt;/b&gt;&lt;br&gt;Starten Sie Docker (zum Beispiel &lt;tt&gt;sudo systemctl start docker&lt;/tt&gt;) oder richten Sie Berth mit &lt;tt&gt;DOCKER_HOST&lt;/tt&gt; oder &lt;tt&gt;--host&lt;/tt&gt; auf eine andere Engine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Permission denied on %1.&lt;/b&gt;&lt;br&gt;The engine is running, but this user may not open its socket. Either add yourself to the &lt;tt&gt;docker&lt;/tt&gt; group (&lt;tt&gt;sudo usermod -aG docker $USER&lt;/tt&gt;, then log out and in again; members of that group can act as root on this machine), or run Docker in rootless mode (&lt;tt&gt;dockerd-rootless-setuptool.sh install&lt;/tt&gt;), which runs an engine as your own user at &lt;tt&gt;unix://$XDG_RUNTIME_DIR/docker.sock&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Zugriff auf %1 verweigert.&lt;/b&gt;&lt;br&gt;Die Engine läuft, aber dieser Benutzer darf ihren Socket nicht öffnen. Fügen Sie sich entweder der Gruppe &lt;tt&gt;docker&lt;/tt&gt; hinzu (&lt;tt&gt;sudo usermod -aG docker $USER&lt;/tt&gt;, dann ab- und wieder anmelden; Mitglieder dieser Gruppe können auf diesem Rechner als root handeln) oder betreiben Sie Docker im Rootless-Modus (&lt;tt&gt;dockerd-rootless-setuptool.sh install&lt;/tt&gt;), der eine Engine als Ihr eigener Benutzer unter &lt;tt&gt;unix://$XDG_RUNTIME_DIR/docker.sock&lt;/tt&gt; betreibt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine at %1 could not list images.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Die Engine unter %1 konnte keine Images auflisten.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Or try Berth&apos;s sandbox: a private engine with a few sample images.</source>
        <translation>&lt;br&gt;Oder versuchen Sie die Sandbox von Berth: eine private Engine mit einigen Beispiel-Images.</translation>
    </message>
    <message>
        <source>This window shows &lt;b&gt;Berth&apos;s sandbox engine&lt;/b&gt; at %1: a private Docker engine with a few sample images, not your own engine.</source>
        <translation>Dieses Fenster zeigt &lt;b&gt;Berths Sandbox-Engine&lt;/b&gt; unter %1: eine private Docker-Engine mit einigen Beispiel-Images, nicht Ihre eigene Engine.</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::EngineChooser</name>
    <message>
        <source>The engine whose images the window shows</source>
        <translation>Die Engine, deren Images das Fenster zeigt</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubPanel</name>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Pull</translation>
    </message>
    <message>
        <source>&amp;Copy To…</source>
        <translation>&amp;Kopieren nach…</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>Tag &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;My Repositories</source>
        <translation>&amp;Meine Repositorys</translation>
    </message>
    <message>
        <source>&amp;Recently Opened</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(sign in to Docker Hub to see your repositories)</source>
        <translation>(melden Sie sich bei Docker Hub an, um Ihre Repositorys zu sehen)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the tags of %1…</source>
        <translation>Die Tags von %1 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull limit: %1</source>
        <translation>Pull-Limit: %1</translation>
    </message>
    <message>
        <source>Pulling %1 (see the Jobs panel)</source>
        <translation>%1 wird gepullt (siehe den Bereich Aufträge)</translation>
    </message>
    <message>
        <source>Copy Tag</source>
        <translation>Tag kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to (registry/repository:tag):</source>
        <translation>%1 kopieren nach (registry/repository:tag):</translation>
    </message>
    <message>
        <source>Copying %1 to %2 (see the Jobs panel)</source>
        <translation>%1 wird nach %2 kopiert (siehe den Bereich Aufträge)</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <source>Delete the tag %1 from Docker Hub?</source>
        <translation>Das Tag %1 von Docker Hub löschen?</translation>
    </message>
    <message>
        <source>The images it names stay on Docker Hub under their other tags and digests. This cannot be undone.</source>
        <translation>Die Images, die es nennt, bleiben unter ihren anderen Tags und Digests auf Docker Hub. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubRepositoriesLoader</name>
    <message>
        <source>No Docker Hub login is stored</source>
        <translation>Keine Docker-Hub-Anmeldung gespeichert</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubSearchModel</name>
    <message>
        <source>%1B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Offiziell</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation>Pulls</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubSearchWidget</name>
    <message>
        <source>Search Docker Hub</source>
        <translation>Docker Hub durchsuchen</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln repository(ies) for “%1”</source>
        <translation>
            <numerusform>%Ln Repository für „%1“</numerusform>
            <numerusform>%Ln Repositorys für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubTagsModel</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Gepusht</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageContainersModel</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageContentsActions</name>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>The selected image&apos;s files, layer by layer, and its wasted space</source>
        <translation>Die Dateien des ausgewählten Images, Layer für Layer, und sein verschwendeter Platz</translation>
    </message>
    <message>
        <source>The files, config and layer sizes that differ between the two selected images</source>
        <translation>Die Dateien, Konfiguration und Layer-Größen, die sich zwischen den beiden ausgewählten Images unterscheiden</translation>
    </message>
    <message>
        <source>Layers of %1</source>
        <translation>Layer von %1</translation>
    </message>
    <message>
        <source>E&amp;xplore Layers…</source>
        <translation>&amp;Layer erkunden…</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageDetailsParser</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Freigegebene Ports</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Digests</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Size (compressed layers)</source>
        <translation>Größe (komprimierte Layer)</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt durch</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>empty layer</source>
        <translation>leerer Layer</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This step changed only the image&apos;s settings and made no layer</source>
        <translation>Dieser Schritt hat nur die Einstellungen des Images geändert und keinen Layer erzeugt</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageJobActions</name>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;All files (*)</source>
        <translation>Image-Archive (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>&amp;Pull…</translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation>P&amp;ush</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Pull an image from a registry (Ctrl+Shift+P)</source>
        <translation>Ein Image aus einer Registry pullen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Push the selected tags to their registries (Ctrl+Shift+U)</source>
        <translation>Die ausgewählten Tags in ihre Registrys pushen (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Save the selected images into a tar file (Ctrl+Shift+S)</source>
        <translation>Die ausgewählten Images in eine tar-Datei speichern (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Load images from a tar file (Ctrl+O)</source>
        <translation>Images aus einer tar-Datei laden (Ctrl+O)</translation>
    </message>
    <message numerus="yes">
        <source>Save %Ln Image(s) to File</source>
        <translation>
            <numerusform>%Ln Image in Datei speichern</numerusform>
            <numerusform>%Ln Images in Datei speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Images from File</source>
        <translation>Images aus Datei laden</translation>
    </message>
    <message>
        <source>&amp;Build…</source>
        <translation>&amp;Bauen…</translation>
    </message>
    <message>
        <source>Build an image from a Dockerfile (Ctrl+Shift+B)</source>
        <translation>Ein Image aus einem Dockerfile bauen (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Push to Docker Hub?</source>
        <translation>Zu Docker Hub pushen?</translation>
    </message>
    <message>
        <source>No registry host in %1: the engine pushes it to Docker Hub (docker.io), where a repository may be public. Push to Docker Hub?</source>
        <translation>Kein Registry-Host in %1: die Engine pusht es zu Docker Hub (docker.io), wo ein Repository öffentlich sein kann. Zu Docker Hub pushen?</translation>
    </message>
    <message>
        <source>&amp;Push to Docker Hub</source>
        <translation>Zu Docker Hub &amp;pushen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageLayersModel</name>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Komprimiert</translation>
    </message>
    <message>
        <source>Uncompressed</source>
        <translation>Unkomprimiert</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Uncompressed content: %1</source>
        <translation>Unkomprimierter Inhalt: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageTransferActions</name>
    <message>
        <source>&amp;Retag…</source>
        <translation>&amp;Neu taggen…</translation>
    </message>
    <message>
        <source>Give the selected image a new name on the engine (F2)</source>
        <translation>Dem ausgewählten Image einen neuen Namen auf der Engine geben (F2)</translation>
    </message>
    <message>
        <source>Retag the selected image for a registry of the Sources and push it</source>
        <translation>Das ausgewählte Image für eine Registry der Quellen neu taggen und pushen</translation>
    </message>
    <message>
        <source>Give the selected tag another tag in its repository (F2)</source>
        <translation>Dem ausgewählten Tag ein weiteres Tag in seinem Repository geben (F2)</translation>
    </message>
    <message>
        <source>Copy &amp;To…</source>
        <translation>Kopieren &amp;nach…</translation>
    </message>
    <message>
        <source>Copy the selected tag to a registry of the Sources, without the engine</source>
        <translation>Das ausgewählte Tag in eine Registry der Quellen kopieren, ohne die Engine</translation>
    </message>
    <message>
        <source>Ret&amp;ag…</source>
        <translation>&amp;Neu taggen…</translation>
    </message>
    <message>
        <source>Push T&amp;o…</source>
        <translation>Pushen na&amp;ch…</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageUsersLookup</name>
    <message>
        <source>Which containers use %1 could not be read: %2</source>
        <translation>Welche Container %1 verwenden, ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImportNotice</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Copy Docker&apos;s logins into the keychain; Docker&apos;s config is not changed</source>
        <translation>Dockers Anmeldungen in den Schlüsselbund kopieren; Dockers Konfiguration bleibt unverändert</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Do not offer this again; File &gt; Accounts... can still import</source>
        <translation>Das nicht wieder anbieten; Datei &gt; Konten... kann weiterhin importieren</translation>
    </message>
    <message numerus="yes">
        <source>Docker has logins for %Ln registry(s) Berth does not keep: %1. Import them into the keychain?</source>
        <translation>
            <numerusform>Docker hat Anmeldungen für %Ln Registry, die Berth nicht aufbewahrt: %1. In den Schlüsselbund importieren?</numerusform>
            <numerusform>Docker hat Anmeldungen für %Ln Registrys, die Berth nicht aufbewahrt: %1. In den Schlüsselbund importieren?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::IndexPlatformsModel</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Manifest size</source>
        <translation>Größe des Manifests</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Open this platform&apos;s details (Enter or double-click)</source>
        <translation>Die Details dieser Plattform öffnen (Enter oder Doppelklick)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobHistoryModel</name>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Digest or error</source>
        <translation>Digest oder Fehler</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobNotifier</name>
    <message>
        <source>Job failed: %1</source>
        <translation>Auftrag fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Job done: %1</source>
        <translation>Auftrag erledigt: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Job</source>
        <translation>Auftrag &amp;wiederholen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished Jobs</source>
        <translation>Beendete Aufträge &amp;entfernen</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>Erneut a&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>A&amp;ktuell</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Cancel the selected queued or running jobs (Delete)</source>
        <translation>Die ausgewählten wartenden oder laufenden Aufträge abbrechen (Delete)</translation>
    </message>
    <message>
        <source>Run the selected failed or cancelled jobs again (Ctrl+Shift+R)</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Aufträge erneut ausführen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Remove the jobs that have ended from the list (Ctrl+Shift+Delete)</source>
        <translation>Die beendeten Aufträge aus der Liste entfernen (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Queue the selected jobs again on this window&apos;s engine (Ctrl+Shift+R)</source>
        <translation>Die ausgewählten Aufträge erneut auf der Engine dieses Fensters einreihen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Collapse Panel</source>
        <translation>Bereich einklappen</translation>
    </message>
    <message>
        <source>Shrink the panel to one line until a job starts</source>
        <translation>Den Bereich auf eine Zeile verkleinern, bis ein Auftrag startet</translation>
    </message>
    <message>
        <source>Job log</source>
        <translation>Protokoll des Auftrags</translation>
    </message>
    <message>
        <source>Current jobs</source>
        <translation>Aktuelle Aufträge</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Verlauf der Aufträge</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsIdleStrip</name>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>The jobs of this and earlier sessions, and berthctl&apos;s</source>
        <translation>Die Aufträge dieser und früherer Sitzungen und die von berthctl</translation>
    </message>
    <message>
        <source>Show Panel</source>
        <translation>Bereich anzeigen</translation>
    </message>
    <message>
        <source>Open the whole Jobs panel</source>
        <translation>Den ganzen Bereich Aufträge öffnen</translation>
    </message>
    <message>
        <source>No jobs running ·</source>
        <translation>Kein Auftrag läuft ·</translation>
    </message>
    <message numerus="yes">
        <source>No jobs running · %Ln finished ·</source>
        <translation>
            <numerusform>Kein Auftrag läuft · %Ln beendet ·</numerusform>
            <numerusform>Kein Auftrag läuft · %Ln beendet ·</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsModel</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <comment>bytes done of total (percent)</comment>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>transfer speed</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsPanelFollower</name>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Failed: %1&lt;/span&gt; — &lt;a href=&apos;%2&apos;&gt;show the job&lt;/a&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Fehlgeschlagen: %1&lt;/span&gt; — &lt;a href=&apos;%2&apos;&gt;Auftrag zeigen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LayerFilesModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LayerFilesView</name>
    <message>
        <source>&amp;Only what this layer changed</source>
        <translation>&amp;Nur was dieser Layer geändert hat</translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation>Nach Pfad filtern</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Verschwendet</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Layer:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Reading %1 from its registry…</source>
        <translation>%1 wird aus seiner Registry gelesen…</translation>
    </message>
    <message>
        <source>Reading %1 from the engine…</source>
        <translation>%1 wird aus der Engine gelesen…</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Ganzes Image</translation>
    </message>
    <message>
        <source>Layer %1 (%2): %3</source>
        <translation>Layer %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Wasted space: %1 in %Ln file(s)</source>
        <translation>
            <numerusform>Verschwendeter Platz: %1 in %Ln Datei</numerusform>
            <numerusform>Verschwendeter Platz: %1 in %Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Dateien filtern</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LoadPreviewDialog</name>
    <message>
        <source>Load Images from File</source>
        <translation>Images aus Datei laden</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation>%1 lässt sich nicht laden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln layer(s), %2</source>
        <translation>
            <numerusform>%1: %Ln Layer, %2</numerusform>
            <numerusform>%1: %Ln Layer, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(ungetaggt)</translation>
    </message>
    <message>
        <source>  layer %1: %2</source>
        <translation>  Layer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln image(s). Load them?</source>
        <translation>
            <numerusform>%1 enthält %Ln Image. Laden?</numerusform>
            <numerusform>%1 enthält %Ln Images. Laden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LocalDetailsLoader</name>
    <message>
        <source>The image %1 is no longer on the engine.</source>
        <translation>Das Image %1 ist nicht mehr in der Engine.</translation>
    </message>
    <message>
        <source>The engine did not give the image&apos;s details: %1</source>
        <translation>Die Engine hat die Details des Images nicht geliefert: %1</translation>
    </message>
    <message>
        <source>The containers of this image could not be listed: %1</source>
        <translation>Die Container dieses Images ließen sich nicht auflisten: %1</translation>
    </message>
    <message>
        <source>The engine did not give the image&apos;s history: %1</source>
        <translation>Die Engine hat den Verlauf des Images nicht geliefert: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LocalImageActions</name>
    <message>
        <source>Prune &amp;Dangling…</source>
        <translation>&amp;Verwaiste bereinigen…</translation>
    </message>
    <message>
        <source>Remove the selected tags and images from the engine (Delete)</source>
        <translation>Die ausgewählten Tags und Images aus der Engine entfernen (Delete)</translation>
    </message>
    <message>
        <source>Remove the untagged images no container uses (Ctrl+Shift+K)</source>
        <translation>Die ungetaggten Images entfernen, die kein Container verwendet (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>%1 (untagged, %2)</source>
        <translation>%1 (ungetaggt, %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>    used by %Ln container(s): %1</source>
        <translation>
            <numerusform>    von %Ln Container verwendet: %1</numerusform>
            <numerusform>    von %Ln Containern verwendet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s) from the engine?</source>
        <translation>
            <numerusform>%Ln Image aus der Engine entfernen?</numerusform>
            <numerusform>%Ln Images aus der Engine entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiteres</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine keeps an image a container uses until the container is removed (Details ▸ Containers); the others go.</source>
        <translation>Die Engine behält ein Image, das ein Container verwendet, bis der Container entfernt ist (Details ▸ Container); die anderen werden entfernt.</translation>
    </message>
    <message>
        <source>Remove Images</source>
        <translation>Images entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The list shows no dangling (untagged) image. Ask the engine to prune anyway?</source>
        <translation>Die Liste zeigt kein verwaistes (ungetaggtes) Image. Die Engine trotzdem bereinigen lassen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln dangling (untagged) image(s) no container uses? This frees up to %1.</source>
        <translation>
            <numerusform>Das %Ln verwaiste (ungetaggte) Image entfernen, das kein Container verwendet? Das gibt bis zu %1 frei.</numerusform>
            <numerusform>Die %Ln verwaisten (ungetaggten) Images entfernen, die kein Container verwendet? Das gibt bis zu %1 frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune Dangling Images</source>
        <translation>Verwaiste Images bereinigen</translation>
    </message>
    <message>
        <source>&amp;Prune</source>
        <translation>&amp;Bereinigen</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Prune Dangling freed %1 (%Ln image(s) deleted)</source>
        <translation>
            <numerusform>Das Bereinigen verwaister Images hat %1 freigegeben (%Ln Image gelöscht)</numerusform>
            <numerusform>Das Bereinigen verwaister Images hat %1 freigegeben (%Ln Images gelöscht)</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune Dangling failed: %1</source>
        <translation>Das Bereinigen verwaister Images ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LocalImagesModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abgleich</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LoginDialog</name>
    <message>
        <source>Keep for this &amp;session only (not in the keychain)</source>
        <translation>Nur für diese &amp;Sitzung aufbewahren (nicht im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Sign In to a Registry</source>
        <translation>Bei einer Registry anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
    <message>
        <source>Give the registry, the user name and the password.</source>
        <translation>Geben Sie die Registry, den Benutzernamen und das Passwort an.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>The keychain cannot keep the login (%1). Sign in again to keep it for this session only.</source>
        <translation>Der Schlüsselbund kann die Anmeldung nicht aufbewahren (%1). Melden Sie sich erneut an, um sie nur für diese Sitzung aufzubewahren.</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::MainWindow</name>
    <message>
        <source>Filter by repository, tag or image ID (Ctrl+F)</source>
        <translation>Nach Repository, Tag oder Image-ID filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the image list from the engine (F5)</source>
        <translation>Die Image-Liste neu von der Engine laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Berth — sandbox engine (%1)</source>
        <translation>Berth — Sandbox-Engine (%1)</translation>
    </message>
    <message>
        <source>Berth — %1</source>
        <translation>Berth — %1</translation>
    </message>
    <message>
        <source>Starting the sandbox engine…</source>
        <translation>Die Sandbox-Engine wird gestartet…</translation>
    </message>
    <message>
        <source>Loading images from %1…</source>
        <translation>Images werden von %1 geladen…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The engine has no images</source>
        <translation>Die Engine hat keine Images</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image tag(s)</source>
        <translation>
            <numerusform>%Ln Image-Tag</numerusform>
            <numerusform>%Ln Image-Tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
    <message>
        <source>The list follows the engine&apos;s changes as they happen</source>
        <translation>Die Liste folgt den Änderungen der Engine, sobald sie geschehen</translation>
    </message>
    <message>
        <source>Not receiving the engine&apos;s changes; Berth reconnects by itself and then reads the list again (F5 reads it now)</source>
        <translation>Die Änderungen der Engine kommen nicht an; Berth verbindet sich von selbst neu und liest die Liste dann erneut (F5 liest sie sofort)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) did not finish when Berth last stopped; the Jobs panel&apos;s History lists them</source>
        <translation>
            <numerusform>%Ln Auftrag wurde nicht beendet, als Berth zuletzt endete; der Verlauf im Bereich Aufträge führt ihn auf</numerusform>
            <numerusform>%Ln Aufträge wurden nicht beendet, als Berth zuletzt endete; der Verlauf im Bereich Aufträge führt sie auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>%1 lässt sich nicht zeigen: %2</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>Repository öffnen</translation>
    </message>
    <message>
        <source>Repository, with a tag to select (ubuntu, ghcr.io/org/app, 127.0.0.1:5000/team/app:1.0):</source>
        <translation>Repository, mit einem auszuwählenden Tag (ubuntu, ghcr.io/org/app, 127.0.0.1:5000/team/app:1.0):</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Sandbox engine</source>
        <translation>Sandbox-Engine</translation>
    </message>
    <message>
        <source>&amp;Open Repository…</source>
        <translation>Repository ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open any repository&apos;s tags by name, with the stored login or anonymously (Ctrl+L)</source>
        <translation>Die Tags eines beliebigen Repositorys nach Namen öffnen, mit der gespeicherten Anmeldung oder anonym (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation>Ü&amp;ber Berth</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Remote Image Details…</source>
        <translation>Details eines &amp;entfernten Images…</translation>
    </message>
    <message>
        <source>Remote Image Details</source>
        <translation>Details eines entfernten Images</translation>
    </message>
    <message>
        <source>Image reference (NAME[:TAG|@DIGEST]):</source>
        <translation>Image-Referenz (NAME[:TAG|@DIGEST]):</translation>
    </message>
    <message>
        <source>Sign In?</source>
        <translation>Anmelden?</translation>
    </message>
    <message>
        <source>%1 refused %2. Sign in to %1 and try the job again?</source>
        <translation>%1 hat %2 abgelehnt. Bei %1 anmelden und den Auftrag erneut versuchen?</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Registries, parallel jobs, the default engine, the language and the accounts (Ctrl+,)</source>
        <translation>Registrys, parallele Aufträge, die Standard-Engine, die Sprache und die Konten (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Docker Hub</source>
        <translation>&amp;Docker Hub</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>Images filtern</translation>
    </message>
    <message>
        <source>Local images</source>
        <translation>Lokale Images</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln image tag(s) shown</source>
        <translation>
            <numerusform>%L1 von %Ln Image-Tag angezeigt</numerusform>
            <numerusform>%L1 von %Ln Image-Tags angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::PullDialog</name>
    <message>
        <source>Pull Image</source>
        <translation>Image pullen</translation>
    </message>
    <message>
        <source>&amp;Image to pull:</source>
        <translation>Zu pullendes &amp;Image:</translation>
    </message>
    <message>
        <source>e.g. alpine:3.19 or registry.example:5000/app:1</source>
        <translation>z. B. alpine:3.19 oder registry.example:5000/app:1</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Pull</translation>
    </message>
    <message>
        <source>A name, with a tag or a digest if you want a particular one.</source>
        <translation>Ein Name, mit einem Tag oder einem Digest, wenn Sie ein bestimmtes wollen.</translation>
    </message>
    <message>
        <source>Pulls %1</source>
        <translation>Pullt %1</translation>
    </message>
    <message>
        <source>Pl&amp;atform:</source>
        <translation>Pl&amp;attform:</translation>
    </message>
    <message>
        <source>The engine&apos;s choice</source>
        <translation>Die Wahl der Engine</translation>
    </message>
    <message>
        <source>Looking up the platforms…</source>
        <translation>Plattformen werden ermittelt…</translation>
    </message>
    <message>
        <source>The image&apos;s only platform</source>
        <translation>Die einzige Plattform des Images</translation>
    </message>
    <message>
        <source>%1 (the engine&apos;s)</source>
        <translation>%1 (die der Engine)</translation>
    </message>
    <message>
        <source>The engine&apos;s choice (no platform list: see the tool tip)</source>
        <translation>Die Wahl der Engine (keine Plattformliste: siehe den Tooltip)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RegistryErrorText</name>
    <message>
        <source>%1 refused anonymous access to %2: sign in to it with File ▸ Accounts…</source>
        <translation>%1 hat den anonymen Zugriff auf %2 verweigert: melden Sie sich dort an mit Datei ▸ Konten…</translation>
    </message>
    <message>
        <source>%1 refused user %2: the password is wrong or has changed (File ▸ Accounts… signs in again)</source>
        <translation>%1 hat den Benutzer %2 abgelehnt: das Passwort ist falsch oder wurde geändert (Datei ▸ Konten… meldet erneut an)</translation>
    </message>
    <message>
        <source>%1 refused user %2 %3: that user may not read it</source>
        <translation>%1 hat den Benutzer %2 für %3 abgelehnt: dieser Benutzer darf es nicht lesen</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering while sending %2; Retry asks again</source>
        <translation>%1 hat beim Senden von %2 aufgehört zu antworten; Wiederholen fragt erneut</translation>
    </message>
    <message>
        <source>the list of repositories</source>
        <translation>die Liste der Repositorys</translation>
    </message>
    <message>
        <source>%1 lists no repositories: Open Repository… (Ctrl+L) opens one by name</source>
        <translation>%1 listet keine Repositorys auf: Repository öffnen… (Ctrl+L) öffnet eines nach Namen</translation>
    </message>
    <message>
        <source>%1 could not send %2: %3</source>
        <translation>%1 konnte %2 nicht senden: %3</translation>
    </message>
    <message>
        <source>the tags of %1</source>
        <translation>die Tags von %1</translation>
    </message>
    <message>
        <source>no repository %1 on %2</source>
        <translation>kein Repository %1 auf %2</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>no tag %1 in %2/%3</source>
        <translation>kein Tag %1 in %2/%3</translation>
    </message>
    <message>
        <source>%1 is not trusted: its TLS certificate is not signed by a CA this system knows. Settings ▸ Registries (Ctrl+,) takes the registry&apos;s CA file, or marks it insecure (%2)</source>
        <translation>%1 wird nicht vertraut: sein TLS-Zertifikat ist von keiner CA signiert, die dieses System kennt. Einstellungen ▸ Registrys (Ctrl+,) nimmt die CA-Datei der Registry auf oder markiert sie als unsicher (%2)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RegistrySettingsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Insecure (plain HTTP / unverified TLS)</source>
        <translation>&amp;Unsicher (unverschlüsseltes HTTP / ungeprüftes TLS)</translation>
    </message>
    <message>
        <source>host[:port], e.g. registry.example.com:5000 or docker.io</source>
        <translation>host[:port], z. B. registry.example.com:5000 oder docker.io</translation>
    </message>
    <message>
        <source>PEM file of CA certificates, besides the system&apos;s</source>
        <translation>PEM-Datei mit CA-Zertifikaten, zusätzlich zu denen des Systems</translation>
    </message>
    <message>
        <source>PEM client certificate, if the registry asks for one</source>
        <translation>PEM-Client-Zertifikat, falls die Registry eines verlangt</translation>
    </message>
    <message>
        <source>PEM private key of the client certificate</source>
        <translation>Privater PEM-Schlüssel des Client-Zertifikats</translation>
    </message>
    <message>
        <source>Allow plain HTTP and TLS without checking the certificate. Anyone on the way can read and change what is sent.</source>
        <translation>Unverschlüsseltes HTTP und TLS ohne Prüfung des Zertifikats erlauben. Jeder auf dem Weg kann lesen und ändern, was gesendet wird.</translation>
    </message>
    <message>
        <source>Docker Hub only: a mirror&apos;s URL, e.g. https://mirror.example</source>
        <translation>Nur Docker Hub: die URL eines Mirrors, z. B. https://mirror.example</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Mirror:</translation>
    </message>
    <message>
        <source>Berth&apos;s own registry clients (browsing, details, copies) use these; the engine&apos;s pulls and pushes follow the engine&apos;s own configuration.</source>
        <translation>Berths eigene Registry-Clients (Durchsuchen, Details, Kopien) verwenden diese; Pulls und Pushes der Engine folgen der eigenen Konfiguration der Engine.</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>(new registry)</source>
        <translation>(neue Registry)</translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation>%1 (unsicher)</translation>
    </message>
    <message>
        <source>PEM files (*.crt *.cert *.pem *.key)</source>
        <translation>PEM-Dateien (*.crt *.cert *.pem *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Die CA-Datei wählen</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Das Client-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Den Client-Schlüssel wählen</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RemoteDetailsLoader</name>
    <message>
        <source>%1
Sign in to %2 with File ▸ Accounts…, then show the image again.</source>
        <translation>%1
Melden Sie sich mit Datei ▸ Konten… bei %2 an und zeigen Sie das Image dann erneut.</translation>
    </message>
    <message>
        <source>No image %1 in %2.</source>
        <translation>Kein Image %1 in %2.</translation>
    </message>
    <message>
        <source>No tag %1 in %2.</source>
        <translation>Kein Tag %1 in %2.</translation>
    </message>
    <message>
        <source>config %1 of %2</source>
        <translation>Konfiguration %1 von %2</translation>
    </message>
    <message>
        <source>The image&apos;s config %1 is missing from %2; its settings and history cannot be shown.</source>
        <translation>Die Konfiguration %1 des Images fehlt in %2; seine Einstellungen und sein Verlauf lassen sich nicht zeigen.</translation>
    </message>
    <message>
        <source>The image&apos;s config could not be read: %1</source>
        <translation>Die Konfiguration des Images ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The registry sent a config that does not match its digest %1; it is not shown.</source>
        <translation>Die Registry hat eine Konfiguration gesendet, die nicht zu ihrem Digest %1 passt; sie wird nicht gezeigt.</translation>
    </message>
    <message>
        <source>The image&apos;s config %1 is not a JSON object.</source>
        <translation>Die Konfiguration %1 des Images ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 is not an image reference: %2</source>
        <translation>%1 ist keine Image-Referenz: %2</translation>
    </message>
    <message>
        <source>The stored login for %1 could not be read: %2</source>
        <translation>Die gespeicherte Anmeldung für %1 ließ sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RemoteTagsLoader</name>
    <message>
        <source>config of %1:%2</source>
        <translation>Konfiguration von %1:%2</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RemoteTagsModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Media Type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RemoteTagsView</name>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Filter by tag, digest or platform (Ctrl+F)</source>
        <translation>Nach Tag, Digest oder Plattform filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Listing tags…</source>
        <translation>Tags werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>Listing tags… %Ln so far</source>
        <translation>
            <numerusform>Tags werden aufgelistet… bisher %Ln</numerusform>
            <numerusform>Tags werden aufgelistet… bisher %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tags</numerusform>
        </translation>
    </message>
    <message>
        <source>no tag %1 in %2/%3</source>
        <translation>kein Tag %1 in %2/%3</translation>
    </message>
    <message>
        <source>Pull Selected &amp;Tags</source>
        <translation>Ausgewählte &amp;Tags pullen</translation>
    </message>
    <message>
        <source>Pull the selected tags to the engine (Ctrl+Shift+G)</source>
        <translation>Die ausgewählten Tags in die Engine pullen (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <source>Remote tags</source>
        <translation>Tags in der Registry</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RetagDialog</name>
    <message>
        <source>&amp;Destination (a registry or a repository of the Sources):</source>
        <translation>&amp;Ziel (eine Registry oder ein Repository der Quellen):</translation>
    </message>
    <message>
        <source>A name with a tag, e.g. 127.0.0.1:5000/team/app:1.0</source>
        <translation>Ein Name mit Tag, z. B. 127.0.0.1:5000/team/app:1.0</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RunDialog</name>
    <message>
        <source>Re&amp;move the container when it exits</source>
        <translation>Container ent&amp;fernen, wenn er endet</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>the image&apos;s own command</source>
        <translation>der eigene Befehl des Images</translation>
    </message>
    <message>
        <source>NAME=value, one a line</source>
        <translation>NAME=Wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>e.g. 8080:80 127.0.0.1:5353:53/udp</source>
        <translation>z. B. 8080:80 127.0.0.1:5353:53/udp</translation>
    </message>
    <message>
        <source>When the image is missing</source>
        <translation>Wenn das Image fehlt</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>P&amp;ull:</source>
        <translation>Pu&amp;ll:</translation>
    </message>
    <message>
        <source>Name the image to run.</source>
        <translation>Nennen Sie das auszuführende Image.</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RunPanel</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>could not pull %1: %2</source>
        <translation>%1 ließ sich nicht pullen: %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Unable to find image &apos;%1&apos; locally
</source>
        <translation>Image &apos;%1&apos; lokal nicht gefunden
</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 wird gepullt…</translation>
    </message>
    <message>
        <source>Pulling %1: %2 of %3</source>
        <translation>%1 wird gepullt: %2 von %3</translation>
    </message>
    <message>
        <source>Pulling %1: %2</source>
        <translation>%1 wird gepullt: %2</translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation>Mit Code %1 beendet</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>Konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Container output</source>
        <translation>Ausgabe des Containers</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SandboxEngine</name>
    <message>
        <source>The sandbox engine did not start: %1
It needs root; in a terminal, run &apos;packaging/dev.sh run&apos;, which asks for your password and opens Berth on the sandbox.</source>
        <translation>Die Sandbox-Engine ist nicht gestartet: %1
Sie braucht root; führen Sie in einem Terminal &apos;packaging/dev.sh run&apos; aus, das nach Ihrem Passwort fragt und Berth mit der Sandbox öffnet.</translation>
    </message>
    <message>
        <source>the script failed</source>
        <translation>das Skript ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sandbox engine did not start: %1</source>
        <translation>Die Sandbox-Engine ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SelfTest</name>
    <message>
        <source>the filter box exists</source>
        <translation>das Filterfeld existiert</translation>
    </message>
    <message>
        <source>the image table exists</source>
        <translation>die Image-Tabelle existiert</translation>
    </message>
    <message>
        <source>the title starts with Berth</source>
        <translation>der Titel beginnt mit Berth</translation>
    </message>
    <message>
        <source>the table shows three rows</source>
        <translation>die Tabelle zeigt drei Zeilen</translation>
    </message>
    <message>
        <source>the filter leaves one row</source>
        <translation>der Filter lässt eine Zeile übrig</translation>
    </message>
    <message>
        <source>an unreachable engine shows the error banner</source>
        <translation>eine unerreichbare Engine zeigt das Fehlerbanner</translation>
    </message>
    <message>
        <source>self-test passed
</source>
        <translation>Selbsttest bestanden
</translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: %Ln check(s)
</source>
        <translation>
            <numerusform>Selbsttest fehlgeschlagen: %Ln Prüfung
</numerusform>
            <numerusform>Selbsttest fehlgeschlagen: %Ln Prüfungen
</numerusform>
        </translation>
    </message>
    <message>
        <source>a job that cannot start fails with its reason in the Jobs panel</source>
        <translation>ein Auftrag, der nicht starten kann, schlägt mit seinem Grund im Bereich Aufträge fehl</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>How many pulls, pushes, saves, loads and copies run at once; the others wait their turn. A change applies at once to the jobs that wait.</source>
        <translation>Wie viele Pulls, Pushes, Speicher-, Lade- und Kopiervorgänge gleichzeitig laufen; die anderen warten, bis sie an der Reihe sind. Eine Änderung gilt sofort für die wartenden Aufträge.</translation>
    </message>
    <message>
        <source>&amp;Parallel jobs:</source>
        <translation>&amp;Parallele Aufträge:</translation>
    </message>
    <message>
        <source>The one chosen last in the engine list</source>
        <translation>Die zuletzt in der Engine-Liste gewählte</translation>
    </message>
    <message>
        <source>The engine Berth opens on, unless the command line (--host, --context) or DOCKER_HOST or DOCKER_CONTEXT names one.</source>
        <translation>Die Engine, mit der Berth startet, außer die Befehlszeile (--host, --context), DOCKER_HOST oder DOCKER_CONTEXT nennt eine.</translation>
    </message>
    <message>
        <source>&amp;Default engine:</source>
        <translation>&amp;Standard-Engine:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language applies when Berth starts next.</source>
        <translation>Die Sprache gilt ab dem nächsten Start von Berth.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>System: the desktop&apos;s colours and style, dark when the desktop prefers dark. Light and Dark: Berth&apos;s own, whatever the desktop uses. Applies at once.</source>
        <translation>System: die Farben und der Stil des Desktops, dunkel, wenn der Desktop dunkel bevorzugt. Hell und Dunkel: Berths eigene, gleich was der Desktop verwendet. Gilt sofort.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SourcesModel</name>
    <message>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <source>No list of repositories: Open Repository… (Ctrl+L) opens one by name</source>
        <translation>Keine Liste der Repositorys: Repository öffnen… (Ctrl+L) öffnet eines nach Namen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 (Enter to retry)</source>
        <translation>%1 (Enter für neuen Versuch)</translation>
    </message>
    <message>
        <source>My Repositories</source>
        <translation>Meine Repositorys</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation>%1 (unsicher)</translation>
    </message>
    <message>
        <source>%1: plain HTTP and unverified TLS are allowed (Settings ▸ Registries)</source>
        <translation>%1: unverschlüsseltes HTTP und ungeprüftes TLS sind erlaubt (Einstellungen ▸ Registrys)</translation>
    </message>
    <message>
        <source>AWS account %1: the ECR registry %2</source>
        <translation>AWS-Konto %1: die ECR-Registry %2</translation>
    </message>
    <message>
        <source>AWS account %1: its ECR registry in %2</source>
        <translation>AWS-Konto %1: seine ECR-Registry in %2</translation>
    </message>
    <message>
        <source>Drop on an engine, a registry or a repository</source>
        <translation>Auf einer Engine, einer Registry oder einem Repository ablegen</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SourcesTree</name>
    <message>
        <source>No list of repositories</source>
        <translation>Keine Liste der Repositorys</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Open Repository…</source>
        <translation>Repository öffnen…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Engines, registries and their repositories</source>
        <translation>Engines, Registrys und ihre Repositorys</translation>
    </message>
</context>
<context>
    <name>Berthctl</name>
    <message>
        <source>berthctl: option %1 needs a value
</source>
        <translation>berthctl: die Option %1 braucht einen Wert
</translation>
    </message>
    <message>
        <source>berthctl: unknown option %1
</source>
        <translation>berthctl: unbekannte Option %1
</translation>
    </message>
    <message>
        <source>berthctl: unknown command &apos;%1&apos;; see &apos;berthctl --help&apos;
</source>
        <translation>berthctl: unbekannter Befehl &apos;%1&apos;; siehe &apos;berthctl --help&apos;
</translation>
    </message>
    <message>
        <source>berthctl: %1 takes a whole number above 0, not &apos;%2&apos;
</source>
        <translation>berthctl: %1 nimmt eine ganze Zahl größer als 0, nicht &apos;%2&apos;
</translation>
    </message>
    <message>
        <source>Show a command&apos;s help and examples: help [COMMAND [SUBCOMMAND]]</source>
        <translation>Die Hilfe und Beispiele eines Befehls zeigen: help [BEFEHL [UNTERBEFEHL]]</translation>
    </message>
    <message>
        <source>
Run &apos;berthctl help COMMAND&apos; or &apos;berthctl COMMAND --help&apos; for a command&apos;s options and examples.
</source>
        <translation>
Führen Sie &apos;berthctl help BEFEHL&apos; oder &apos;berthctl BEFEHL --help&apos; aus, um die Optionen und Beispiele eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>
Files:
  ~/.local/share/berth/jobs.json  the job history, shared with the window ($XDG_DATA_HOME/berth/jobs.json)
</source>
        <translation>
Dateien:
  ~/.local/share/berth/jobs.json  der Auftragsverlauf, mit dem Fenster geteilt ($XDG_DATA_HOME/berth/jobs.json)
</translation>
    </message>
    <message>
        <source>
Exit codes:
  0    success
  1    failure (the engine&apos;s, registry&apos;s or Berth&apos;s message says which)
  2    usage error: the command line is wrong
  3    no engine at that address
  4    permission denied on the engine&apos;s socket
  5    the registry refused the login (or anonymous access)
  6    the registry is unreachable
  130  cancelled by SIGINT (Ctrl-C)
  141  images save: the reader of stdout left
  143  cancelled by SIGTERM
</source>
        <translation>
Exit-Codes:
  0    Erfolg
  1    Fehler (die Meldung der Engine, der Registry oder von Berth sagt, welcher)
  2    Aufruffehler: die Befehlszeile ist falsch
  3    keine Engine unter dieser Adresse
  4    Zugriff auf den Socket der Engine verweigert
  5    die Registry hat die Anmeldung (oder den anonymen Zugriff) abgelehnt
  6    die Registry ist nicht erreichbar
  130  durch SIGINT (Ctrl-C) abgebrochen
  141  images save: der Leser von stdout ist gegangen
  143  durch SIGTERM abgebrochen
</translation>
    </message>
    <message>
        <source>Usage: berthctl [--host URL | --context NAME] COMMAND [ARGS...]

Manage container images from scripts.

Global options:
  -H, --host URL   Engine endpoint (unix://, tcp://); default: DOCKER_HOST, else the docker CLI&apos;s current context, else the local socket
  -c, --context NAME  Use the engine of this docker context (docker context ls)
  --timeout SECS   Fail an engine call that sends nothing for SECS seconds (default 30)
  --jobs N         Run at most N pulls, pushes, saves or loads at once, and copy at most N blobs at once (default 3)
  -h, --help       Show this help
  -v, --version    Show the version

Commands:
</source>
        <translation>Aufruf: berthctl [--host URL | --context NAME] BEFEHL [ARGUMENTE...]

Container-Images aus Skripten verwalten.

Globale Optionen:
  -H, --host URL   Endpunkt der Engine (unix://, tcp://); Standard: DOCKER_HOST, sonst der aktuelle Kontext der Docker CLI, sonst der lokale Socket
  -c, --context NAME  Die Engine dieses Docker-Kontexts verwenden (docker context ls)
  --timeout SECS   Einen Engine-Aufruf abbrechen, der SECS Sekunden lang nichts sendet (Standard 30)
  --jobs N         Höchstens N Pulls, Pushes, Saves oder Loads gleichzeitig ausführen und höchstens N Blobs gleichzeitig kopieren (Standard 3)
  -h, --help       Diese Hilfe zeigen
  -v, --version    Die Version zeigen

Befehle:
</translation>
    </message>
    <message>
        <source>
Environment:
  DOCKER_HOST    the engine, when --host is not given
  DOCKER_CONTEXT the docker context, when neither --host, --context nor DOCKER_HOST is given
  DOCKER_TLS_VERIFY, DOCKER_CERT_PATH  TLS for a tcp DOCKER_HOST: verify with ca.pem, show cert.pem and key.pem
  DOCKER_CONFIG  the Docker client&apos;s configuration folder, with its contexts (default ~/.docker)
</source>
        <translation>
Umgebung:
  DOCKER_HOST    die Engine, wenn --host nicht angegeben ist
  DOCKER_CONTEXT der Docker-Kontext, wenn weder --host, --context noch DOCKER_HOST angegeben ist
  DOCKER_TLS_VERIFY, DOCKER_CERT_PATH  TLS für einen tcp-DOCKER_HOST: mit ca.pem prüfen, cert.pem und key.pem vorzeigen
  DOCKER_CONFIG  der Konfigurationsordner des Docker-Clients, mit seinen Kontexten (Standard ~/.docker)
</translation>
    </message>
    <message>
        <source>  AWS_PROFILE, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL_ECR, ...  as the AWS CLI reads them, for berthctl ecr and images on ECR registry hosts
  BERTH_ECR_REGISTRY_HOSTS  HOST=ACCOUNT:REGION[,...]: registries that serve ECR&apos;s tokens under another name (an emulator)
</source>
        <translation>  AWS_PROFILE, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL_ECR, ...  wie die AWS CLI sie liest, für berthctl ecr und images auf ECR-Registry-Hosts
  BERTH_ECR_REGISTRY_HOSTS  HOST=KONTO:REGION[,...]: Registrys, die die Tokens von ECR unter einem anderen Namen ausgeben (ein Emulator)
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>berth: could not write the screenshot to %1</source>
        <translation>berth: der Screenshot ließ sich nicht nach %1 schreiben</translation>
    </message>
    <message>
        <source>Desktop manager for container images</source>
        <translation>Desktop-Verwaltung für Container-Images</translation>
    </message>
    <message>
        <source>The endpoint is Berth&apos;s sandbox engine; say so in the window.</source>
        <translation>Der Endpunkt ist Berths Sandbox-Engine; das Fenster sagt es.</translation>
    </message>
    <message>
        <source>Check that the window and its models work, then exit.</source>
        <translation>Prüfen, ob das Fenster und seine Modelle funktionieren, dann beenden.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the images are listed, then exit.</source>
        <translation>Ein Bild des Fensters speichern, sobald die Images aufgelistet sind, dann beenden.</translation>
    </message>
    <message>
        <source>Engine endpoint (unix://, tcp://); default: DOCKER_HOST, else the docker CLI&apos;s current context, else the local socket.</source>
        <translation>Endpunkt der Engine (unix://, tcp://); Standard: DOCKER_HOST, sonst der aktuelle Kontext der Docker CLI, sonst der lokale Socket.</translation>
    </message>
    <message>
        <source>Use the engine of this docker context.</source>
        <translation>Die Engine dieses Docker-Kontexts verwenden.</translation>
    </message>
    <message>
        <source>Show SOURCE[/REPOSITORY[:TAG]] once the engine&apos;s images are listed: local, a registry (127.0.0.1:5000), or a repository and a tag to select (docker.io/library/alpine:3.19).</source>
        <translation>SOURCE[/REPOSITORY[:TAG]] zeigen, sobald die Images der Engine aufgelistet sind: local, eine Registry (127.0.0.1:5000) oder ein Repository und ein auszuwählendes Tag (docker.io/library/alpine:3.19).</translation>
    </message>
    <message>
        <source>
Exit codes:
  0  the window was closed; --self-test passed
  1  --self-test failed, the screenshot could not be written, or an unknown option
  2  the --host address is not valid
</source>
        <translation>
Exit-Codes:
  0  das Fenster wurde geschlossen; --self-test bestanden
  1  --self-test fehlgeschlagen, der Screenshot ließ sich nicht schreiben, oder eine unbekannte Option
  2  die Adresse bei --host ist ungültig
</translation>
    </message>
</context>
</TS>
