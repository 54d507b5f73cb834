<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Berth::Archive::ByteSource</name>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::GzipInflater</name>
    <message>
        <source>the gzip data is damaged or cut short (%1)</source>
        <translation>les données gzip sont endommagées ou tronquées (%1)</translation>
    </message>
    <message>
        <source>it ends in the middle of a gzip member</source>
        <translation>elles s&apos;arrêtent au milieu d&apos;un membre gzip</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>leur somme de contrôle ne correspond pas</translation>
    </message>
    <message>
        <source>not a gzip header</source>
        <translation>pas un en-tête gzip</translation>
    </message>
    <message>
        <source>invalid deflate data</source>
        <translation>données deflate non valides</translation>
    </message>
    <message>
        <source>the inflater gave back more than it read</source>
        <translation>le décompresseur a rendu plus qu&apos;il n&apos;a lu</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::ImageArchiveReader</name>
    <message>
        <source>the image archive is damaged or cut short (%1)</source>
        <translation>l&apos;archive d&apos;images est endommagée ou tronquée (%1)</translation>
    </message>
    <message>
        <source>the image archive</source>
        <translation>l&apos;archive d&apos;images</translation>
    </message>
    <message>
        <source>the archive holds no image: neither a manifest.json nor an index.json that names one</source>
        <translation>l&apos;archive ne contient aucune image : ni manifest.json ni index.json qui en nomme une</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::LayerReader</name>
    <message>
        <source>an entry&apos;s name is longer than %1 bytes</source>
        <translation>le nom d&apos;une entrée dépasse %1 octets</translation>
    </message>
    <message>
        <source>the entry %1 has an absolute path; a layer&apos;s names are relative to the image&apos;s root</source>
        <translation>l&apos;entrée %1 a un chemin absolu ; les noms d&apos;une couche sont relatifs à la racine de l&apos;image</translation>
    </message>
    <message>
        <source>the entry %1 climbs out of the image&apos;s root with &apos;..&apos;</source>
        <translation>l&apos;entrée %1 sort de la racine de l&apos;image avec &apos;..&apos;</translation>
    </message>
    <message>
        <source>the layer is xz-compressed; image layers are gzip, zstd or plain tar</source>
        <translation>la couche est compressée en xz ; les couches d&apos;image sont en gzip, zstd ou tar brut</translation>
    </message>
    <message>
        <source>the layer&apos;s tar is larger than %1 bytes; Berth stops reading it</source>
        <translation>le tar de la couche dépasse %1 octets ; Berth arrête de le lire</translation>
    </message>
    <message>
        <source>the layer&apos;s tar</source>
        <translation>le tar de la couche</translation>
    </message>
    <message>
        <source>the layer holds more than %1 entries; Berth stops reading it</source>
        <translation>la couche contient plus de %1 entrées ; Berth arrête de la lire</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::LibarchiveFeed</name>
    <message>
        <source>%1 is damaged or cut short (%2)</source>
        <translation>%1 est endommagé ou tronqué (%2)</translation>
    </message>
    <message>
        <source>no tar header</source>
        <translation>pas d&apos;en-tête tar</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::StreamCompressor</name>
    <message>
        <source>cannot start the %1 compressor</source>
        <translation>impossible de démarrer le compresseur %1</translation>
    </message>
    <message>
        <source>%1 compression failed</source>
        <translation>la compression %1 a échoué</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::StreamDecompressor</name>
    <message>
        <source>the %1 data expands beyond %2 bytes; Berth refuses it as a decompression bomb</source>
        <translation>les données %1 dépassent %2 octets une fois décompressées ; Berth les refuse comme bombe de décompression</translation>
    </message>
    <message>
        <source>the %1 data is damaged or cut short</source>
        <translation>les données %1 sont endommagées ou tronquées</translation>
    </message>
    <message>
        <source>cannot start the %1 decompressor</source>
        <translation>impossible de démarrer le décompresseur %1</translation>
    </message>
    <message>
        <source>the %1 data expands beyond %2 bytes; Berth refuses it as a decompression bomb (decompress it yourself and load the tar)</source>
        <translation>les données %1 dépassent %2 octets une fois décompressées ; Berth les refuse comme bombe de décompression (décompressez-les vous-même et chargez le tar)</translation>
    </message>
</context>
<context>
    <name>Berth::Archive::ZstdInflater</name>
    <message>
        <source>the zstd data is damaged or cut short (it ends inside a frame)</source>
        <translation>les données zstd sont endommagées ou tronquées (elles s&apos;arrêtent dans une trame)</translation>
    </message>
    <message>
        <source>the zstd data is damaged or cut short (%1)</source>
        <translation>les données zstd sont endommagées ou tronquées (%1)</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::CredentialHelper</name>
    <message>
        <source>the credential helper %1 did not answer</source>
        <translation>l&apos;assistant d&apos;identifiants %1 n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>cannot run the credential helper %1: %2</source>
        <translation>impossible d&apos;exécuter l&apos;assistant d&apos;identifiants %1 : %2</translation>
    </message>
    <message>
        <source>the credential helper %1 failed: %2</source>
        <translation>l&apos;assistant d&apos;identifiants %1 a échoué : %2</translation>
    </message>
    <message>
        <source>the credential helper&apos;s answer is not a JSON object</source>
        <translation>la réponse de l&apos;assistant d&apos;identifiants n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::CredentialStore</name>
    <message>
        <source>no keychain is reachable</source>
        <translation>aucun trousseau n&apos;est joignable</translation>
    </message>
    <message>
        <source>no login kept for %1 on %2</source>
        <translation>aucune connexion conservée pour %1 sur %2</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>n&apos;importe quel utilisateur</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::DockerConfig</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a Docker config</source>
        <translation>%1 est trop grand pour une configuration Docker</translation>
    </message>
    <message>
        <source>not a JSON object (Docker&apos;s config)</source>
        <translation>pas un objet JSON (la configuration de Docker)</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::KeychainLoader</name>
    <message>
        <source>the keychain module (libberth_keychain.so) is not installed</source>
        <translation>le module de trousseau (libberth_keychain.so) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>cannot load the keychain module: %1</source>
        <translation>impossible de charger le module de trousseau : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Auth::KeychainRequest</name>
    <message>
        <source>the keychain did not answer (a locked keyring waiting for its password, or a Secret Service that does not respond)</source>
        <translation>le trousseau n&apos;a pas répondu (un trousseau verrouillé qui attend son mot de passe, ou un Secret Service qui ne répond pas)</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>absent du trousseau</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>le trousseau a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::AwsAccountStore</name>
    <message>
        <source>Berth keeps no AWS account named %1</source>
        <translation>Berth ne conserve aucun compte AWS nommé %1</translation>
    </message>
    <message>
        <source>the keys of AWS account %1 are no longer in the keychain; add them again with berthctl login --aws %1</source>
        <translation>les clés du compte AWS %1 ne sont plus dans le trousseau ; ajoutez-les de nouveau avec berthctl login --aws %1</translation>
    </message>
    <message>
        <source>the keychain item of AWS account %1 is not one Berth wrote</source>
        <translation>l&apos;élément de trousseau du compte AWS %1 n&apos;a pas été écrit par Berth</translation>
    </message>
    <message>
        <source>Berth&apos;s keychain (%1)</source>
        <translation>le trousseau de Berth (%1)</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::AwsConfigFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::AwsCredentialChain</name>
    <message>
        <source>environment variables</source>
        <translation>variables d&apos;environnement</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found</source>
        <translation>Le profil de configuration (%1) est introuvable</translation>
    </message>
    <message>
        <source>profile %1: the roles&apos; source profiles form a loop</source>
        <translation>profil %1 : les profils sources des rôles forment une boucle</translation>
    </message>
    <message>
        <source>The source profile &quot;%1&quot; must have credentials.</source>
        <translation>Le profil source &quot;%1&quot; doit avoir des identifiants.</translation>
    </message>
    <message>
        <source>profile %1 has role_arn but neither source_profile nor credential_source = Environment; Berth supports those two</source>
        <translation>le profil %1 a role_arn mais ni source_profile ni credential_source = Environment ; Berth prend en charge ces deux-là</translation>
    </message>
    <message>
        <source>role %1 of profile %2, from %3</source>
        <translation>rôle %1 du profil %2, depuis %3</translation>
    </message>
    <message>
        <source>%1 [%2] has aws_access_key_id but no aws_secret_access_key</source>
        <translation>%1 [%2] a aws_access_key_id mais pas aws_secret_access_key</translation>
    </message>
    <message>
        <source>profile %1 signs in with AWS IAM Identity Center (SSO), which Berth does not speak; add to it: credential_process = aws configure export-credentials --profile %1 --format process</source>
        <translation>le profil %1 se connecte avec AWS IAM Identity Center (SSO), que Berth ne parle pas ; ajoutez-lui : credential_process = aws configure export-credentials --profile %1 --format process</translation>
    </message>
    <message>
        <source>no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run &quot;aws configure&quot; (profile %1)</source>
        <translation>aucun identifiant AWS trouvé : définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou lancez &quot;aws configure&quot; (profil %1)</translation>
    </message>
    <message>
        <source>profile %1: credential_process is empty</source>
        <translation>profil %1 : credential_process est vide</translation>
    </message>
    <message>
        <source>credential_process of profile %1 (%2): %3</source>
        <translation>credential_process du profil %1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>no answer after %n second(s); stopped</source>
        <translation>
            <numerusform>pas de réponse après %n seconde ; arrêté</numerusform>
            <numerusform>pas de réponse après %n secondes ; arrêté</numerusform>
        </translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <source>its output is not JSON</source>
        <translation>sa sortie n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>its output has Version %1; Berth reads Version 1</source>
        <translation>sa sortie a la Version %1 ; Berth lit la Version 1</translation>
    </message>
    <message>
        <source>its output lacks AccessKeyId or SecretAccessKey</source>
        <translation>il manque AccessKeyId ou SecretAccessKey dans sa sortie</translation>
    </message>
    <message>
        <source>its Expiration is not an ISO 8601 time</source>
        <translation>son Expiration n&apos;est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>credential_process du profil %1</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::AwsServiceCall</name>
    <message numerus="yes">
        <source> (this computer&apos;s clock is %n second(s) ahead of AWS&apos;s)</source>
        <translation>
            <numerusform> (l&apos;horloge de cet ordinateur avance de %n seconde sur celle d&apos;AWS)</numerusform>
            <numerusform> (l&apos;horloge de cet ordinateur avance de %n secondes sur celle d&apos;AWS)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (this computer&apos;s clock is %n second(s) behind AWS&apos;s)</source>
        <translation>
            <numerusform> (l&apos;horloge de cet ordinateur retarde de %n seconde sur celle d&apos;AWS)</numerusform>
            <numerusform> (l&apos;horloge de cet ordinateur retarde de %n secondes sur celle d&apos;AWS)</numerusform>
        </translation>
    </message>
    <message>
        <source>An error occurred (%1) when calling the %2 operation: %3</source>
        <translation>Une erreur s&apos;est produite (%1) lors de l&apos;appel de l&apos;opération %2 : %3</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::EcrClient</name>
    <message>
        <source>STS AssumeRole answered without credentials</source>
        <translation>STS AssumeRole a répondu sans identifiants</translation>
    </message>
    <message>
        <source>%1: the answer is not a JSON object (%2)</source>
        <translation>%1 : la réponse n&apos;est pas un objet JSON (%2)</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::EcrCredentialSource</name>
    <message>
        <source>GetAuthorizationToken answered without a token</source>
        <translation>GetAuthorizationToken a répondu sans jeton</translation>
    </message>
</context>
<context>
    <name>Berth::Aws::EcrImageOps</name>
    <message>
        <source>ECR has no repository %1</source>
        <translation>ECR n&apos;a pas de dépôt %1</translation>
    </message>
    <message>
        <source>GetAuthorizationToken answered without a token</source>
        <translation>GetAuthorizationToken a répondu sans jeton</translation>
    </message>
    <message>
        <source>DescribeImages answered no image</source>
        <translation>DescribeImages n&apos;a renvoyé aucune image</translation>
    </message>
</context>
<context>
    <name>Berth::Build::BuildContextDevice</name>
    <message>
        <source>cannot start the build context&apos;s tar</source>
        <translation>impossible de démarrer le tar du contexte de build</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>impossible de lister %1 : %2</translation>
    </message>
</context>
<context>
    <name>Berth::Build::DockerIgnore</name>
    <message>
        <source>illegal exclusion pattern: &quot;!&quot;</source>
        <translation>motif d&apos;exclusion non autorisé : &quot;!&quot;</translation>
    </message>
    <message>
        <source>bad .dockerignore pattern: %1</source>
        <translation>motif .dockerignore incorrect : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Build::DockerfileCheck</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: # syntax=%2</source>
        <translation>%1 : # syntax=%2</translation>
    </message>
    <message>
        <source>%1: RUN %2</source>
        <translation>%1 : RUN %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>%1: a heredoc in %2</source>
        <translation>%1 : un heredoc dans %2</translation>
    </message>
    <message>
        <source>this Dockerfile needs BuildKit (%1), which Berth does not speak yet</source>
        <translation>ce Dockerfile a besoin de BuildKit (%1), que Berth ne parle pas encore</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::AccountCommand</name>
    <message>
        <source>Check and store a registry login in the OS keychain: login [REGISTRY] [-u USER]</source>
        <translation>Vérifier une connexion à un registre et l&apos;enregistrer dans le trousseau du système : login [REGISTRE] [-u UTILISATEUR]</translation>
    </message>
    <message>
        <source>Remove a stored registry login: logout [REGISTRY] (or --aws NAME)</source>
        <translation>Supprimer une connexion enregistrée : logout [REGISTRE] (ou --aws NOM)</translation>
    </message>
    <message>
        <source>List the stored registry logins and AWS accounts (never their secrets)</source>
        <translation>Lister les connexions aux registres et les comptes AWS enregistrés (jamais leurs secrets)</translation>
    </message>
    <message>
        <source>Check a login against the registry, then keep its secret in the OS keychain. Without REGISTRY: Docker Hub.</source>
        <translation>Vérifier une connexion auprès du registre, puis conserver son secret dans le trousseau du système. Sans REGISTRE : Docker Hub.</translation>
    </message>
    <message>
        <source>host[:port]; default docker.io</source>
        <translation>hôte[:port] ; par défaut docker.io</translation>
    </message>
    <message>
        <source>Registry user name; without it, it is asked on the terminal.</source>
        <translation>Nom d&apos;utilisateur du registre ; sans lui, il est demandé dans le terminal.</translation>
    </message>
    <message>
        <source>Read the password or token from stdin; without it, it is asked on the terminal.</source>
        <translation>Lire le mot de passe ou le jeton sur stdin ; sans cette option, il est demandé dans le terminal.</translation>
    </message>
    <message>
        <source>Allow plain http and unverified TLS for this registry.</source>
        <translation>Autoriser http en clair et TLS non vérifié pour ce registre.</translation>
    </message>
    <message>
        <source>Copy Docker&apos;s logins (its config, credential helpers and store) into the keychain; Docker&apos;s config is not changed.</source>
        <translation>Copier les connexions de Docker (sa configuration, ses assistants d&apos;identifiants et son magasin) dans le trousseau ; la configuration de Docker n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <source>Keep an AWS account named NAME instead: its access key id, secret key and optional session token are read from stdin (--password-stdin, one a line) or asked on the terminal, checked with AWS, and kept in the keychain.</source>
        <translation>Conserver plutôt un compte AWS nommé NOM : son identifiant de clé d&apos;accès, sa clé secrète et un jeton de session facultatif sont lus sur stdin (--password-stdin, un par ligne) ou demandés dans le terminal, vérifiés auprès d&apos;AWS et conservés dans le trousseau.</translation>
    </message>
    <message>
        <source>--aws: the account&apos;s region.</source>
        <translation>--aws : la région du compte.</translation>
    </message>
    <message>
        <source>--aws: send the account&apos;s ECR and STS calls to URL (an emulator: http://HOST:PORT).</source>
        <translation>--aws : envoyer les appels ECR et STS du compte à URL (un émulateur : http://HOST:PORT).</translation>
    </message>
    <message>
        <source>--aws takes neither REGISTRY nor --username</source>
        <translation>--aws n&apos;accepte ni REGISTRE ni --username</translation>
    </message>
    <message>
        <source>--password-stdin needs --username</source>
        <translation>--password-stdin exige --username</translation>
    </message>
    <message>
        <source>berthctl: login refused, nothing stored
</source>
        <translation>berthctl: connexion refusée, rien n&apos;est enregistré
</translation>
    </message>
    <message>
        <source>berthctl: no keychain is reachable (%1): nothing stored
</source>
        <translation>berthctl: aucun trousseau n&apos;est joignable (%1) : rien n&apos;est enregistré
</translation>
    </message>
    <message>
        <source>berthctl: cannot store the login for %1 in the keychain: %2
</source>
        <translation>berthctl: impossible d&apos;enregistrer la connexion pour %1 dans le trousseau : %2
</translation>
    </message>
    <message>
        <source>Login Succeeded
</source>
        <translation>Connexion réussie
</translation>
    </message>
    <message>
        <source>berthctl: no keychain is reachable (%1): nothing imported
</source>
        <translation>berthctl: aucun trousseau n&apos;est joignable (%1) : rien n&apos;est importé
</translation>
    </message>
    <message>
        <source>berthctl: %1: %2
</source>
        <translation>berthctl: %1 : %2
</translation>
    </message>
    <message>
        <source>Imported %1 for %2
</source>
        <translation>%1 importé pour %2
</translation>
    </message>
    <message>
        <source>berthctl: cannot store the login for %1: %2
</source>
        <translation>berthctl: impossible d&apos;enregistrer la connexion pour %1 : %2
</translation>
    </message>
    <message>
        <source>Remove a registry login from the keychain and the list.</source>
        <translation>Supprimer une connexion à un registre du trousseau et de la liste.</translation>
    </message>
    <message>
        <source>Only this user&apos;s login.</source>
        <translation>Seulement la connexion de cet utilisateur.</translation>
    </message>
    <message>
        <source>Remove the AWS account NAME (its keys and its entry).</source>
        <translation>Supprimer le compte AWS NOM (ses clés et son entrée).</translation>
    </message>
    <message>
        <source>berthctl: not logged in to %1
</source>
        <translation>berthctl: pas connecté à %1
</translation>
    </message>
    <message>
        <source>Removing login credentials for %1
</source>
        <translation>Suppression des identifiants de connexion pour %1
</translation>
    </message>
    <message>
        <source>List the registry logins Berth keeps: registry, user and where the secret lives.</source>
        <translation>Lister les connexions aux registres que Berth conserve : registre, utilisateur et emplacement du secret.</translation>
    </message>
    <message>
        <source>Print the list as JSON lines.</source>
        <translation>Afficher la liste en lignes JSON.</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::AwsAccountCommands</name>
    <message>
        <source>AWS Access Key ID: </source>
        <translation>Identifiant de clé d&apos;accès AWS : </translation>
    </message>
    <message>
        <source>AWS Secret Access Key: </source>
        <translation>Clé d&apos;accès secrète AWS : </translation>
    </message>
    <message>
        <source>AWS Session Token (Enter for none): </source>
        <translation>Jeton de session AWS (Entrée pour aucun) : </translation>
    </message>
    <message>
        <source>berthctl: cannot read the keys
</source>
        <translation>berthctl: impossible de lire les clés
</translation>
    </message>
    <message>
        <source>--aws needs --password-stdin when stdin is not a terminal to ask on</source>
        <translation>--aws exige --password-stdin quand stdin n&apos;est pas un terminal où demander</translation>
    </message>
    <message>
        <source>berthctl: give the access key id and the secret access key, one a line
</source>
        <translation>berthctl: donnez l&apos;identifiant de clé d&apos;accès et la clé d&apos;accès secrète, une par ligne
</translation>
    </message>
    <message>
        <source>--aws needs a NAME (without &apos;@&apos;) and a region (--region, AWS_REGION or AWS_DEFAULT_REGION)</source>
        <translation>--aws exige un NOM (sans &apos;@&apos;) et une région (--region, AWS_REGION ou AWS_DEFAULT_REGION)</translation>
    </message>
    <message>
        <source>berthctl: AWS refused the keys of %1, nothing stored
</source>
        <translation>berthctl: AWS a refusé les clés de %1, rien n&apos;est enregistré
</translation>
    </message>
    <message>
        <source>berthctl: cannot keep AWS account %1 in the keychain: %2
</source>
        <translation>berthctl: impossible de conserver le compte AWS %1 dans le trousseau : %2
</translation>
    </message>
    <message>
        <source>Login Succeeded: AWS account %1 (%2), region %3
</source>
        <translation>Connexion réussie : compte AWS %1 (%2), région %3
</translation>
    </message>
    <message>
        <source>Removed AWS account %1
</source>
        <translation>Compte AWS %1 supprimé
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::BuildCommand</name>
    <message>
        <source>Build an image from a Dockerfile</source>
        <translation>Construire une image à partir d&apos;un Dockerfile</translation>
    </message>
    <message>
        <source>Build an image from a Dockerfile with the engine&apos;s classic builder. The context folder is streamed to the engine as a tar, leaving out what its .dockerignore excludes, as docker build does. The engine&apos;s output goes to stderr as it comes, the image id to stdout. A Dockerfile that needs BuildKit (# syntax=, RUN --mount, heredocs) is refused before anything is sent. Ctrl-C cancels the build.</source>
        <translation>Construire une image à partir d&apos;un Dockerfile avec le constructeur classique du moteur. Le dossier de contexte est envoyé au moteur sous forme de tar, sans ce que son .dockerignore exclut, comme le fait docker build. La sortie du moteur va sur stderr au fur et à mesure, l&apos;identifiant de l&apos;image sur stdout. Un Dockerfile qui a besoin de BuildKit (# syntax=, RUN --mount, heredocs) est refusé avant tout envoi. Ctrl-C annule la construction.</translation>
    </message>
    <message>
        <source>The build context: a folder.</source>
        <translation>Le contexte de build : un dossier.</translation>
    </message>
    <message>
        <source>Name the image NAME[:TAG]; may be given again.</source>
        <translation>Nommer l&apos;image NOM[:TAG] ; peut être répété.</translation>
    </message>
    <message>
        <source>The Dockerfile, inside the context (default: CONTEXT/Dockerfile).</source>
        <translation>Le Dockerfile, dans le contexte (par défaut : CONTEXTE/Dockerfile).</translation>
    </message>
    <message>
        <source>Set a build argument, K=V; K alone takes the value of the environment variable K. May be given again.</source>
        <translation>Définir un argument de build, K=V ; K seul prend la valeur de la variable d&apos;environnement K. Peut être répété.</translation>
    </message>
    <message>
        <source>Build this stage of a multi-stage Dockerfile.</source>
        <translation>Construire cette étape d&apos;un Dockerfile multi-étapes.</translation>
    </message>
    <message>
        <source>Build for this platform, os[/arch[/variant]].</source>
        <translation>Construire pour cette plateforme, os[/arch[/variante]].</translation>
    </message>
    <message>
        <source>Do not use the cache for any step.</source>
        <translation>N&apos;utiliser le cache pour aucune étape.</translation>
    </message>
    <message>
        <source>Always pull newer versions of the base images.</source>
        <translation>Toujours récupérer les versions plus récentes des images de base.</translation>
    </message>
    <message>
        <source>Print {&quot;contextBytes&quot;: N, &quot;id&quot;: ID, &quot;tags&quot;: [...]} on success, or {&quot;reference&quot;: CONTEXT, &quot;error&quot;: ...}.</source>
        <translation>Afficher {&quot;contextBytes&quot;: N, &quot;id&quot;: ID, &quot;tags&quot;: [...]} en cas de succès, sinon {&quot;reference&quot;: CONTEXT, &quot;error&quot;: ...}.</translation>
    </message>
    <message>
        <source>berthctl: %1 is not a folder
</source>
        <translation>berthctl: %1 n&apos;est pas un dossier
</translation>
    </message>
    <message>
        <source>the Dockerfile %1 is outside the build context; Berth sends only a Dockerfile inside it</source>
        <translation>le Dockerfile %1 est hors du contexte de build ; Berth n&apos;envoie qu&apos;un Dockerfile situé dedans</translation>
    </message>
    <message>
        <source>berthctl: invalid tag %1: %2
</source>
        <translation>berthctl: tag non valide %1 : %2
</translation>
    </message>
    <message>
        <source>a tag cannot name a digest</source>
        <translation>un tag ne peut pas nommer une empreinte</translation>
    </message>
    <message>
        <source>--build-arg needs a name: %1</source>
        <translation>--build-arg exige un nom : %1</translation>
    </message>
    <message>
        <source>berthctl: cannot read %1: %2
</source>
        <translation>berthctl: impossible de lire %1 : %2
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
Exemples :
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
Options globales, données avant la commande :
  -H, --host URL   Point d&apos;accès du moteur ; par défaut : DOCKER_HOST, sinon le contexte docker
  -c, --context NAME  Le moteur de ce contexte docker
  --timeout SECS   Faire échouer un appel au moteur, un pull ou un push muet pendant SECS secondes
  --jobs N         Exécuter au plus N pulls, pushes, sauvegardes ou chargements à la fois
Codes de sortie, environnement et fichiers : voir &apos;berthctl --help&apos;.
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::CommandLine</name>
    <message>
        <source>wrong number of arguments</source>
        <translation>nombre d&apos;arguments incorrect</translation>
    </message>
    <message>
        <source>see &apos;%1 --help&apos;</source>
        <translation>voir &apos;%1 --help&apos;</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::CompletionCommand</name>
    <message>
        <source>Print a shell&apos;s completion script: completion bash|zsh|fish</source>
        <translation>Afficher le script de complétion d&apos;un shell : completion bash|zsh|fish</translation>
    </message>
    <message>
        <source>Print the completion script of SHELL (bash, zsh or fish) for berthctl: its commands, options, and the local images&apos; names, asked of the engine as you type.</source>
        <translation>Afficher le script de complétion de SHELL (bash, zsh ou fish) pour berthctl : ses commandes, ses options et les noms des images locales, demandés au moteur pendant la frappe.</translation>
    </message>
    <message>
        <source>bash, zsh or fish</source>
        <translation>bash, zsh ou fish</translation>
    </message>
    <message>
        <source>no completion for &apos;%1&apos;: use bash, zsh or fish</source>
        <translation>pas de complétion pour &apos;%1&apos; : utilisez bash, zsh ou fish</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::Console</name>
    <message>
        <source>berthctl: cannot write to stdout: %1
</source>
        <translation>berthctl: impossible d&apos;écrire sur stdout : %1
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::DiffCommand</name>
    <message>
        <source>Compare two images: files, config and layer sizes</source>
        <translation>Comparer deux images : fichiers, configuration et tailles des couches</translation>
    </message>
    <message>
        <source>Compare two images, each local or docker://REFERENCE of a registry: the files added (A), removed (D) and changed (C: in type, size, mode, owner or link target; not in modification time alone), the differences of their configs (env, entrypoint, cmd, labels, exposed ports, workdir, user), and the size of each layer and of the whole.</source>
        <translation>Comparer deux images, chacune locale ou docker://RÉFÉRENCE d&apos;un registre : les fichiers ajoutés (A), supprimés (D) et modifiés (C : par le type, la taille, le mode, le propriétaire ou la cible du lien ; pas par la seule date de modification), les différences de leurs configurations (env, entrypoint, cmd, labels, ports exposés, workdir, user) et la taille de chaque couche et de l&apos;ensemble.</translation>
    </message>
    <message>
        <source>The image compared from.</source>
        <translation>L&apos;image de départ de la comparaison.</translation>
    </message>
    <message>
        <source>The image compared to.</source>
        <translation>L&apos;image à laquelle comparer.</translation>
    </message>
    <message>
        <source>Print one JSON object: files, config, layers, totalBefore, totalAfter.</source>
        <translation>Afficher un objet JSON : files, config, layers, totalBefore, totalAfter.</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::EcrCommand</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Amazon ECR: repositories, images, scan findings, registry login, push, retag, rm</source>
        <translation>Amazon ECR : dépôts, images, résultats d&apos;analyse, connexion au registre, push, retag, rm</translation>
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
        <translation>Amazon ECR, avec les identifiants AWS trouvés comme l&apos;AWS CLI les trouve : l&apos;environnement (AWS_ACCESS_KEY_ID, AWS_PROFILE, ...), ~/.aws/credentials et ~/.aws/config (profils, credential_process, role_arn avec source_profile), puis les comptes AWS que berthctl login --aws conserve dans le trousseau (--profile NOM en désigne aussi un quand aucun fichier de profils n&apos;a NOM). Pour les profils IAM Identity Center (SSO), définissez credential_process = aws configure export-credentials --profile NOM --format process.

Commandes :
  repos                 Les dépôts, un nom par ligne
  images REPOSITORY     Ses images : tags, empreinte, taille, date de push, état d&apos;analyse
  create REPOSITORY     Le créer (--scan-on-push, --immutable)
  findings REPO:TAG     Les résultats d&apos;analyse d&apos;une image
  login                 Obtenir un jeton de registre : affiche le registre et son expiration
                        (--password affiche le mot de passe, comme aws ecr get-login-password)
  whoami                Le compte, la région et l&apos;origine des identifiants
  push LOCAL_IMAGE      Envoyer une image locale vers ECR en une étape (--repository, --tag,
                        --create) ; affiche l&apos;URI de l&apos;image
  retag REPO:TAG NEWTAG Un autre tag pour une image dans ECR, sans déplacer de blob
  rm REPO:TAG|@DIGEST   Supprimer une image ou un tag d&apos;ECR (--yes sans terminal)

berthctl ecr push --help (retag, rm) indique leurs options.</translation>
    </message>
    <message>
        <source>Use this AWS profile.</source>
        <translation>Utiliser ce profil AWS.</translation>
    </message>
    <message>
        <source>Use this AWS region.</source>
        <translation>Utiliser cette région AWS.</translation>
    </message>
    <message>
        <source>Send ECR API calls to URL instead of AWS&apos;s (an emulator: http://HOST:PORT).</source>
        <translation>Envoyer les appels à l&apos;API ECR à URL au lieu d&apos;AWS (un émulateur : http://HOST:PORT).</translation>
    </message>
    <message>
        <source>Print one JSON object per line, as AWS gives it.</source>
        <translation>Afficher un objet JSON par ligne, tel qu&apos;AWS le donne.</translation>
    </message>
    <message>
        <source>create: scan every image pushed.</source>
        <translation>create : analyser chaque image envoyée.</translation>
    </message>
    <message>
        <source>create: tags cannot be moved once pushed.</source>
        <translation>create : les tags ne peuvent plus être déplacés une fois envoyés.</translation>
    </message>
    <message>
        <source>login: print only the password.</source>
        <translation>login : afficher seulement le mot de passe.</translation>
    </message>
    <message>
        <source>REPOSITORY or REPO:TAG</source>
        <translation>REPOSITORY ou REPO:TAG</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a repository</source>
        <translation>%1 exige un dépôt</translation>
    </message>
    <message>
        <source>%1 takes no argument</source>
        <translation>%1 n&apos;accepte pas d&apos;argument</translation>
    </message>
    <message>
        <source>no AWS region: give --region, set AWS_REGION, or set region in the profile</source>
        <translation>pas de région AWS : donnez --region, définissez AWS_REGION ou définissez region dans le profil</translation>
    </message>
    <message>
        <source>account  %1
arn      %2
region   %3
source   %4
</source>
        <translation>compte   %1
arn      %2
région   %3
source   %4
</translation>
    </message>
    <message>
        <source>GetAuthorizationToken answered without a token</source>
        <translation>GetAuthorizationToken a répondu sans jeton</translation>
    </message>
    <message>
        <source>%1 (user AWS), token valid until %2
</source>
        <translation>%1 (utilisateur AWS), jeton valable jusqu&apos;à %2
</translation>
    </message>
    <message>
        <source>findings needs REPOSITORY:TAG or REPOSITORY@DIGEST</source>
        <translation>findings exige REPOSITORY:TAG ou REPOSITORY@DIGEST</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::EcrImageCommands</name>
    <message>
        <source>Use this AWS profile.</source>
        <translation>Utiliser ce profil AWS.</translation>
    </message>
    <message>
        <source>Use this AWS region.</source>
        <translation>Utiliser cette région AWS.</translation>
    </message>
    <message>
        <source>Send ECR API calls to URL instead of AWS&apos;s (an emulator).</source>
        <translation>Envoyer les appels à l&apos;API ECR à URL au lieu d&apos;AWS (un émulateur).</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Afficher un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>no AWS region: give --region, set AWS_REGION, or set region in the profile</source>
        <translation>pas de région AWS : donnez --region, définissez AWS_REGION ou définissez region dans le profil</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>REPOSITORY:TAG or @DIGEST</source>
        <translation>REPOSITORY:TAG ou @DIGEST</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not REPOSITORY:TAG or REPOSITORY@DIGEST</source>
        <translation>&apos;%1&apos; n&apos;est ni REPOSITORY:TAG ni REPOSITORY@DIGEST</translation>
    </message>
    <message>
        <source>Push a local image to Amazon ECR in one step: the repository (named after the image unless --repository; created when missing with --create), a registry token, the tag, the push through the engine, and the digest confirmed with ECR. Prints the image URI.</source>
        <translation>Envoyer une image locale vers Amazon ECR en une étape : le dépôt (nommé d&apos;après l&apos;image sauf avec --repository ; créé s&apos;il manque avec --create), un jeton de registre, le tag, le push par le moteur et l&apos;empreinte confirmée par ECR. Affiche l&apos;URI de l&apos;image.</translation>
    </message>
    <message>
        <source>A local image: NAME[:TAG] or an ID.</source>
        <translation>Une image locale : NOM[:TAG] ou un identifiant.</translation>
    </message>
    <message>
        <source>The ECR repository (default: the image&apos;s name).</source>
        <translation>Le dépôt ECR (par défaut : le nom de l&apos;image).</translation>
    </message>
    <message>
        <source>The tag in ECR (default: the image&apos;s tag, else latest).</source>
        <translation>Le tag dans ECR (par défaut : le tag de l&apos;image, sinon latest).</translation>
    </message>
    <message>
        <source>Create the repository when it does not exist.</source>
        <translation>Créer le dépôt s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>berthctl: %1: give --create, or create it with berthctl ecr create %2
</source>
        <translation>berthctl: %1 : donnez --create, ou créez-le avec berthctl ecr create %2
</translation>
    </message>
    <message>
        <source>Created repository %1
</source>
        <translation>Dépôt %1 créé
</translation>
    </message>
    <message>
        <source>The registry refused the token (it lapsed during the push): pushing again with a new one; the layers ECR has are skipped
</source>
        <translation>Le registre a refusé le jeton (il a expiré pendant l&apos;envoi) : nouvel envoi avec un nouveau jeton ; les couches qu&apos;ECR possède sont ignorées
</translation>
    </message>
    <message>
        <source>berthctl: the engine pushed %1 but ECR lists %2 under %3
</source>
        <translation>berthctl: le moteur a envoyé %1 mais ECR indique %2 sous %3
</translation>
    </message>
    <message>
        <source>Give an image in ECR another tag without moving a blob (BatchGetImage, then PutImage of the same manifest). Prints REPOSITORY:NEWTAG and the digest.</source>
        <translation>Donner un autre tag à une image dans ECR sans déplacer de blob (BatchGetImage, puis PutImage du même manifeste). Affiche REPOSITORY:NEWTAG et l&apos;empreinte.</translation>
    </message>
    <message>
        <source>The new tag.</source>
        <translation>Le nouveau tag.</translation>
    </message>
    <message>
        <source>Delete an image from ECR: by tag, that tag (the image goes with its last tag); by digest, the image and every tag. Lists what goes, then asks on a terminal.</source>
        <translation>Supprimer une image d&apos;ECR : par tag, ce tag (l&apos;image part avec son dernier tag) ; par empreinte, l&apos;image et tous ses tags. Liste ce qui part, puis demande confirmation dans un terminal.</translation>
    </message>
    <message>
        <source>Delete without asking (required without a terminal).</source>
        <translation>Supprimer sans demander (obligatoire sans terminal).</translation>
    </message>
    <message>
        <source>without a terminal to ask on, give --yes</source>
        <translation>sans terminal où demander, donnez --yes</translation>
    </message>
    <message>
        <source>Deletes %1 (%2) with its tags: %3
</source>
        <translation>Supprime %1 (%2) avec ses tags : %3
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Removes the tag %1 from %2 (%3 keeps its other tags)
</source>
        <translation>Retire le tag %1 de %2 (%3 garde ses autres tags)
</translation>
    </message>
    <message>
        <source>Delete? [y/N] </source>
        <translation>Supprimer ? [y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted
</source>
        <translation>Rien n&apos;a été supprimé
</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>(tag %1)</source>
        <translation>(tag %1)</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::EngineSession</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::EnginesCommand</name>
    <message>
        <source>List every engine Berth knows, with its kind, version and whether it answers</source>
        <translation>Lister tous les moteurs que Berth connaît, avec leur type, leur version et s&apos;ils répondent</translation>
    </message>
    <message>
        <source>List the engines Berth knows: the docker CLI&apos;s contexts (default: DOCKER_HOST or the local socket), rootless Docker&apos;s socket and Podman&apos;s sockets. Each is asked at once for its kind (Docker or Podman) and version; one that does not answer within --timeout seconds (default %1) is listed as unreachable, with the reason.</source>
        <translation>Lister les moteurs que Berth connaît : les contextes de la CLI docker (par défaut : DOCKER_HOST ou le socket local), le socket de Docker rootless et les sockets de Podman. Chacun est interrogé aussitôt sur son type (Docker ou Podman) et sa version ; celui qui ne répond pas dans les --timeout secondes (par défaut %1) est listé comme injoignable, avec la raison.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and engine.</source>
        <translation>Afficher un objet JSON par ligne et par moteur.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::FilesCommand</name>
    <message>
        <source>berthctl: cannot read %1: %2
</source>
        <translation>berthctl: impossible de lire %1 : %2
</translation>
    </message>
    <message numerus="yes">
        <source>Wasted space: %1 (%2 bytes) in %n file(s)</source>
        <translation>
            <numerusform>Espace gaspillé : %1 (%2 octets) dans %n fichier</numerusform>
            <numerusform>Espace gaspillé : %1 (%2 octets) dans %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>List the files of an image, of one of its layers, or of a layer blob</source>
        <translation>Lister les fichiers d&apos;une image, d&apos;une de ses couches ou d&apos;un blob de couche</translation>
    </message>
    <message>
        <source>List the files of an image (local, or docker://REFERENCE of a registry) as a container made from it sees them (layers applied in order, whiteouts removing what they name): one UTF-8 path per line, directories included, relative to the root. With --layer, one layer&apos;s own entries, whiteouts included, each file that a later layer deletes followed by a tab and &apos;deleted in layer N&apos;. With --archive, a layer blob from disk (gzip, zstd or plain tar), as tar -t lists it. Nothing is extracted.</source>
        <translation>Lister les fichiers d&apos;une image (locale, ou docker://RÉFÉRENCE d&apos;un registre) tels qu&apos;un conteneur créé à partir d&apos;elle les voit (couches appliquées dans l&apos;ordre, les whiteouts supprimant ce qu&apos;ils nomment) : un chemin UTF-8 par ligne, dossiers compris, relatif à la racine. Avec --layer, les propres entrées d&apos;une couche, whiteouts compris, chaque fichier qu&apos;une couche ultérieure supprime étant suivi d&apos;une tabulation et de &apos;deleted in layer N&apos;. Avec --archive, un blob de couche sur disque (gzip, zstd ou tar brut), comme tar -t le liste. Rien n&apos;est extrait.</translation>
    </message>
    <message>
        <source>Local image name or ID, or docker://REFERENCE.</source>
        <translation>Nom ou identifiant d&apos;une image locale, ou docker://RÉFÉRENCE.</translation>
    </message>
    <message>
        <source>Only layer N (1 is the bottom layer; see berthctl layers).</source>
        <translation>Seulement la couche N (1 est la couche du bas ; voir berthctl layers).</translation>
    </message>
    <message>
        <source>List a layer blob from a file (- for stdin) instead of an image.</source>
        <translation>Lister un blob de couche depuis un fichier (- pour stdin) au lieu d&apos;une image.</translation>
    </message>
    <message>
        <source>List the files that waste space (written or removed by more than one layer): bytes, copies and path, largest first, then the total.</source>
        <translation>Lister les fichiers qui gaspillent de l&apos;espace (écrits ou supprimés par plus d&apos;une couche) : octets, copies et chemin, les plus gros d&apos;abord, puis le total.</translation>
    </message>
    <message>
        <source>Print as GNU tar -tv does, owners as numbers and times in UTC.</source>
        <translation>Afficher comme GNU tar -tv, les propriétaires en nombres et les heures en UTC.</translation>
    </message>
    <message>
        <source>Print one JSON object per entry: path, type, size, mode, uid, gid, mtime, link; for an image also layer (the last that wrote it) and changed; for --layer also deletedIn and overwrittenIn.</source>
        <translation>Afficher un objet JSON par entrée : path, type, size, mode, uid, gid, mtime, link ; pour une image aussi layer (la dernière qui l&apos;a écrite) et changed ; pour --layer aussi deletedIn et overwrittenIn.</translation>
    </message>
    <message>
        <source>--layer takes a layer number from 1</source>
        <translation>--layer prend un numéro de couche à partir de 1</translation>
    </message>
    <message numerus="yes">
        <source>berthctl: the image has %n layer(s); there is no layer %1
</source>
        <translation>
            <numerusform>berthctl: l&apos;image a %n couche ; il n&apos;y a pas de couche %1
</numerusform>
            <numerusform>berthctl: l&apos;image a %n couches ; il n&apos;y a pas de couche %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Cli::GoTemplate</name>
    <message>
        <source>unsupported template action in &apos;%1&apos;: berthctl knows {{.Field}}, {{.A.B}} and {{json .}}</source>
        <translation>action de modèle non prise en charge dans &apos;%1&apos; : berthctl connaît {{.Field}}, {{.A.B}} et {{json .}}</translation>
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
        <translation>annulé</translation>
    </message>
    <message>
        <source>Docker Hub: search, repositories, tags, delete a tag, the pull rate limit</source>
        <translation>Docker Hub : recherche, dépôts, tags, suppression d&apos;un tag, la limite de pulls</translation>
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
        <translation>Docker Hub par son API REST, connecté avec la connexion Docker Hub que berthctl login (ou docker login) a enregistrée, sinon anonyme ; -u UTILISATEUR --password-stdin se connecte plutôt avec un mot de passe ou un jeton d&apos;accès personnel.

Commandes :
  search QUERY          Les dépôts correspondant à QUERY : officiels d&apos;abord, étoiles, pulls
  repos [NAMESPACE]     Les dépôts d&apos;un espace de noms ; sans lui, ceux de tous les
                        espaces de noms que le compte connecté peut voir
  tags REPOSITORY       Ses tags : empreinte, taille, plateformes, date de push
  rm REPOSITORY:TAG     Supprimer un tag (demande dans un terminal ; --yes sans terminal)
  create NAMESPACE/NAME Créer un dépôt (--private, --description TEXTE)
  limit [REPO[:TAG]]    La limite de pulls que le registre indique, en clair (un HEAD
                        du manifeste, qui ne compte aucun pull)</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Afficher un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>search: at most N results (default 25).</source>
        <translation>search : au plus N résultats (25 par défaut).</translation>
    </message>
    <message>
        <source>rm: delete without asking.</source>
        <translation>rm : supprimer sans demander.</translation>
    </message>
    <message>
        <source>Sign in as USER instead of the stored login.</source>
        <translation>Se connecter en tant qu&apos;UTILISATEUR au lieu de la connexion enregistrée.</translation>
    </message>
    <message>
        <source>Read the password or token from stdin.</source>
        <translation>Lire le mot de passe ou le jeton sur stdin.</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s API at URL (default https://hub.docker.com, or BERTH_HUB_URL).</source>
        <translation>L&apos;API de Docker Hub à URL (par défaut https://hub.docker.com, ou BERTH_HUB_URL).</translation>
    </message>
    <message>
        <source>Ask for N items a page (1-100; default 100).</source>
        <translation>Demander N éléments par page (1-100 ; 100 par défaut).</translation>
    </message>
    <message>
        <source>create: a private repository.</source>
        <translation>create : un dépôt privé.</translation>
    </message>
    <message>
        <source>create: the repository&apos;s short description.</source>
        <translation>create : la description courte du dépôt.</translation>
    </message>
    <message>
        <source>QUERY, NAMESPACE, REPOSITORY or REPOSITORY:TAG</source>
        <translation>QUERY, NAMESPACE, REPOSITORY ou REPOSITORY:TAG</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs an argument</source>
        <translation>%1 exige un argument</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit exige un nombre positif</translation>
    </message>
    <message>
        <source>--page-size needs a number from 1 to 100</source>
        <translation>--page-size exige un nombre de 1 à 100</translation>
    </message>
    <message>
        <source>rm needs REPOSITORY:TAG</source>
        <translation>rm exige REPOSITORY:TAG</translation>
    </message>
    <message>
        <source>without a terminal to ask on, give --yes</source>
        <translation>sans terminal où demander, donnez --yes</translation>
    </message>
    <message>
        <source>%1: %2; retrying in %3 s (try %4 of %5)
</source>
        <translation>%1 : %2 ; nouvel essai dans %3 s (essai %4 sur %5)
</translation>
    </message>
    <message>
        <source>%1 needs a Docker Hub login: berthctl login docker.io, or -u USER --password-stdin</source>
        <translation>%1 exige une connexion Docker Hub : berthctl login docker.io, ou -u UTILISATEUR --password-stdin</translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation>%1 créé
</translation>
    </message>
    <message>
        <source>Deletes the tag %1 from %2 on Docker Hub
</source>
        <translation>Supprime le tag %1 de %2 sur Docker Hub
</translation>
    </message>
    <message>
        <source>Delete? [y/N] </source>
        <translation>Supprimer ? [y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted
</source>
        <translation>Rien n&apos;a été supprimé
</translation>
    </message>
    <message>
        <source>Deleted %1:%2
</source>
        <translation>%1:%2 supprimé
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ImageContentsCommandLine</name>
    <message>
        <source>For a docker://REFERENCE naming an index: the image of os/arch[/variant] (default: this machine&apos;s).</source>
        <translation>Pour une docker://RÉFÉRENCE qui nomme un index : l&apos;image de os/arch[/variant] (par défaut : celle de cette machine).</translation>
    </message>
    <message>
        <source>--platform takes os/arch[/variant], e.g. linux/arm64</source>
        <translation>--platform attend os/arch[/variant], par ex. linux/arm64</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ImageContentsReader</name>
    <message>
        <source>invalid reference &apos;%1&apos;</source>
        <translation>référence non valide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no registry endpoint for &apos;%1&apos;</source>
        <translation>aucun point d&apos;accès de registre pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::Images</name>
    <message>
        <source>Give the image SOURCE the name TARGET.</source>
        <translation>Donner à l&apos;image SOURCE le nom TARGET.</translation>
    </message>
    <message>
        <source>Image name or ID.</source>
        <translation>Nom ou identifiant de l&apos;image.</translation>
    </message>
    <message>
        <source>New name, e.g. registry:5000/team/app:1.0.</source>
        <translation>Nouveau nom, par ex. registry:5000/team/app:1.0.</translation>
    </message>
    <message>
        <source>berthctl: a tag target cannot name a digest: %1
</source>
        <translation>berthctl: une cible de tag ne peut pas nommer une empreinte : %1
</translation>
    </message>
    <message>
        <source>Remove images; says which were removed and which were not.</source>
        <translation>Supprimer des images ; indique lesquelles ont été supprimées et lesquelles non.</translation>
    </message>
    <message>
        <source>Image names or IDs.</source>
        <translation>Noms ou identifiants des images.</translation>
    </message>
    <message>
        <source>Remove even when stopped containers use it or it has several tags.</source>
        <translation>Supprimer même quand des conteneurs arrêtés l&apos;utilisent ou qu&apos;elle a plusieurs tags.</translation>
    </message>
    <message>
        <source>Keep untagged parents.</source>
        <translation>Garder les parents sans tag.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and image.</source>
        <translation>Afficher un objet JSON par ligne et par image.</translation>
    </message>
    <message>
        <source>Remove dangling (untagged, unused) images.</source>
        <translation>Supprimer les images orphelines (sans tag, inutilisées).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Total reclaimed space: %1
</source>
        <translation>Espace total récupéré : %1
</translation>
    </message>
    <message>
        <source>Print the details of images as a JSON array.</source>
        <translation>Afficher les détails des images sous forme de tableau JSON.</translation>
    </message>
    <message>
        <source>Print each image through a Go-like template: {{.Id}}, {{.Config.Env}}, {{json .RootFS}}, ...</source>
        <translation>Afficher chaque image selon un modèle de type Go : {{.Id}}, {{.Config.Env}}, {{json .RootFS}}, ...</translation>
    </message>
    <message>
        <source>Show how an image&apos;s layers were made, newest first.</source>
        <translation>Montrer comment les couches d&apos;une image ont été faites, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and layer.</source>
        <translation>Afficher un objet JSON par ligne et par couche.</translation>
    </message>
    <message>
        <source>Do not shorten IDs and commands.</source>
        <translation>Ne pas raccourcir les identifiants et les commandes.</translation>
    </message>
    <message>
        <source>invalid filter &apos;%1&apos;: use %2=VALUE</source>
        <translation>filtre non valide &apos;%1&apos; : utilisez %2=VALEUR</translation>
    </message>
    <message>
        <source>List the engine&apos;s images, a row per tag, as docker images does; REPOSITORY[:TAG] lists only those.</source>
        <translation>Lister les images du moteur, une ligne par tag, comme docker images ; REPOSITORY[:TAG] ne liste que celles-là.</translation>
    </message>
    <message>
        <source>Only this repository (and tag); * matches.</source>
        <translation>Seulement ce dépôt (et ce tag) ; * sert de joker.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and tag.</source>
        <translation>Afficher un objet JSON par ligne et par tag.</translation>
    </message>
    <message>
        <source>Show intermediate images too.</source>
        <translation>Montrer aussi les images intermédiaires.</translation>
    </message>
    <message>
        <source>Show only untagged images.</source>
        <translation>Montrer seulement les images sans tag.</translation>
    </message>
    <message>
        <source>Show digests.</source>
        <translation>Montrer les empreintes.</translation>
    </message>
    <message>
        <source>Show full image IDs.</source>
        <translation>Montrer les identifiants complets des images.</translation>
    </message>
    <message>
        <source>Print only image IDs.</source>
        <translation>Afficher seulement les identifiants des images.</translation>
    </message>
    <message>
        <source>Keep the rows that match: reference=PATTERN, dangling=true|false, label=KEY[=VALUE], before=IMAGE, since=IMAGE. Repeatable.</source>
        <translation>Garder les lignes qui correspondent : reference=MOTIF, dangling=true|false, label=CLÉ[=VALEUR], before=IMAGE, since=IMAGE. Répétable.</translation>
    </message>
    <message>
        <source>Print each row through a Go-like template: {{.Repository}}, {{.Tag}}, {{.ID}}, {{.Digest}}, {{.CreatedAt}}, {{.CreatedSince}}, {{.Size}}, {{json .}}; &apos;table &apos; first adds a header.</source>
        <translation>Afficher chaque ligne selon un modèle de type Go : {{.Repository}}, {{.Tag}}, {{.ID}}, {{.Digest}}, {{.CreatedAt}}, {{.CreatedSince}}, {{.Size}}, {{json .}} ; &apos;table &apos; au début ajoute un en-tête.</translation>
    </message>
    <message>
        <source>Registry user name.</source>
        <translation>Nom d&apos;utilisateur du registre.</translation>
    </message>
    <message>
        <source>Read the registry password from stdin; without it, -u asks on the terminal.</source>
        <translation>Lire le mot de passe du registre sur stdin ; sans cette option, -u le demande dans le terminal.</translation>
    </message>
    <message>
        <source>berthctl: push takes a tag, not a digest
</source>
        <translation>berthctl: push prend un tag, pas une empreinte
</translation>
    </message>
    <message>
        <source>Pull images, at most --jobs at once; prints each reference and the digest pulled.</source>
        <translation>Récupérer (pull) des images, au plus --jobs à la fois ; affiche chaque référence et l&apos;empreinte récupérée.</translation>
    </message>
    <message>
        <source>NAME[:TAG|@DIGEST]</source>
        <translation>NAME[:TAG|@DIGEST]</translation>
    </message>
    <message>
        <source>os[/arch[/variant]] to pull.</source>
        <translation>os[/arch[/variante]] à récupérer.</translation>
    </message>
    <message>
        <source>Print one JSON object per image.</source>
        <translation>Afficher un objet JSON par image.</translation>
    </message>
    <message>
        <source>Push images, at most --jobs at once; prints each reference and the digest pushed.</source>
        <translation>Envoyer (push) des images, au plus --jobs à la fois ; affiche chaque référence et l&apos;empreinte envoyée.</translation>
    </message>
    <message>
        <source>NAME[:TAG]</source>
        <translation>NAME[:TAG]</translation>
    </message>
    <message>
        <source>Save images to a tar file, as docker save does; compressed with gzip, xz or zstd when FILE ends in .tar.gz (.tgz), .tar.xz (.txz) or .tar.zst (.tzst); without -o, a plain tar to stdout when it is not a terminal.</source>
        <translation>Enregistrer des images dans un fichier tar, comme docker save ; compressé avec gzip, xz ou zstd quand FICHIER se termine par .tar.gz (.tgz), .tar.xz (.txz) ou .tar.zst (.tzst) ; sans -o, un tar brut sur stdout quand ce n&apos;est pas un terminal.</translation>
    </message>
    <message>
        <source>The file to write, instead of stdout.</source>
        <translation>Le fichier à écrire, au lieu de stdout.</translation>
    </message>
    <message>
        <source>refusing to write a tarball to a terminal: give -o FILE or redirect stdout</source>
        <translation>refus d&apos;écrire une archive tar dans un terminal : donnez -o FICHIER ou redirigez stdout</translation>
    </message>
    <message>
        <source>Saved %1 to %2 (%3 compressed)
</source>
        <translation>%1 enregistré dans %2 (%3 compressé)
</translation>
    </message>
    <message>
        <source>Saved %1 to %2
</source>
        <translation>%1 enregistré dans %2
</translation>
    </message>
    <message>
        <source>Load images from a tar file made by docker save or berthctl images save, plain or compressed with gzip, xz or zstd (told by its first bytes, whatever its name); without -i, from stdin.</source>
        <translation>Charger des images depuis un fichier tar fait par docker save ou berthctl images save, brut ou compressé avec gzip, xz ou zstd (reconnu à ses premiers octets, quel que soit son nom) ; sans -i, depuis stdin.</translation>
    </message>
    <message>
        <source>The file to read, instead of stdin.</source>
        <translation>Le fichier à lire, au lieu de stdin.</translation>
    </message>
    <message>
        <source>Print a JSON object per loaded image ({&quot;image&quot;: NAME:TAG} or {&quot;id&quot;: ID}), or the failure as {&quot;reference&quot;: FILE, &quot;error&quot;: ...}.</source>
        <translation>Afficher un objet JSON par image chargée ({&quot;image&quot;: NAME:TAG} ou {&quot;id&quot;: ID}), ou l&apos;échec sous la forme {&quot;reference&quot;: FILE, &quot;error&quot;: ...}.</translation>
    </message>
    <message>
        <source>Only show the images, tags and layers (with sizes) the archive holds, from its manifest.json or index.json; load nothing.</source>
        <translation>Montrer seulement les images, tags et couches (avec leurs tailles) que l&apos;archive contient, d&apos;après son manifest.json ou son index.json ; ne rien charger.</translation>
    </message>
    <message>
        <source>give -i FILE or a tarball on stdin</source>
        <translation>donnez -i FICHIER ou une archive tar sur stdin</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(sans tag)</translation>
    </message>
    <message numerus="yes">
        <source>Image %1 (%2): %n layer(s), %3
</source>
        <translation>
            <numerusform>Image %1 (%2) : %n couche, %3
</numerusform>
            <numerusform>Image %1 (%2) : %n couches, %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>  layer %1  %2  %3
</source>
        <translation>  couche %1  %2  %3
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ImagesCommand</name>
    <message>
        <source>List images, a row per tag</source>
        <translation>Lister les images, une ligne par tag</translation>
    </message>
    <message>
        <source>Show images&apos; details as JSON</source>
        <translation>Montrer les détails des images en JSON</translation>
    </message>
    <message>
        <source>Show the layers&apos; history of an image</source>
        <translation>Montrer l&apos;historique des couches d&apos;une image</translation>
    </message>
    <message>
        <source>Pull an image from a registry</source>
        <translation>Récupérer (pull) une image depuis un registre</translation>
    </message>
    <message>
        <source>Push an image to a registry</source>
        <translation>Envoyer (push) une image vers un registre</translation>
    </message>
    <message>
        <source>Give an image another name: tag SOURCE TARGET</source>
        <translation>Donner un autre nom à une image : tag SOURCE TARGET</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Supprimer des images</translation>
    </message>
    <message>
        <source>Remove dangling images</source>
        <translation>Supprimer les images orphelines</translation>
    </message>
    <message>
        <source>Save images to a tar file or stdout: save [-o FILE] IMAGE...</source>
        <translation>Enregistrer des images dans un fichier tar ou sur stdout : save [-o FICHIER] IMAGE...</translation>
    </message>
    <message>
        <source>Load images from a tar file or stdin: load [-i FILE]</source>
        <translation>Charger des images depuis un fichier tar ou stdin : load [-i FICHIER]</translation>
    </message>
    <message>
        <source>Manage the engine&apos;s images (images --help)</source>
        <translation>Gérer les images du moteur (images --help)</translation>
    </message>
    <message>
        <source>Usage: berthctl images COMMAND

Commands:
</source>
        <translation>Utilisation : berthctl images COMMANDE

Commandes :
</translation>
    </message>
    <message>
        <source>berthctl images: unknown command &apos;%1&apos;
</source>
        <translation>berthctl images: commande inconnue &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::JobsCommand</name>
    <message>
        <source>List the jobs Berth ran: pulls, pushes, saves, loads</source>
        <translation>Lister les tâches que Berth a exécutées : pulls, pushes, sauvegardes, chargements</translation>
    </message>
    <message>
        <source>List the job history that the window and berthctl share, oldest first. A job that was running when its process died shows as interrupted.</source>
        <translation>Lister l&apos;historique des tâches que la fenêtre et berthctl partagent, les plus anciennes d&apos;abord. Une tâche en cours quand son processus s&apos;est arrêté apparaît comme interrompue.</translation>
    </message>
    <message>
        <source>Print one JSON object per line and job.</source>
        <translation>Afficher un objet JSON par ligne et par tâche.</translation>
    </message>
    <message>
        <source>Show only the last N jobs.</source>
        <translation>Montrer seulement les N dernières tâches.</translation>
    </message>
    <message>
        <source>berthctl jobs: --last takes a whole number above 0
</source>
        <translation>berthctl jobs: --last prend un nombre entier supérieur à 0
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::LayersCommand</name>
    <message>
        <source>List an image&apos;s layers: size, files, the step that made each, wasted space</source>
        <translation>Lister les couches d&apos;une image : taille, fichiers, l&apos;étape qui a fait chacune, espace gaspillé</translation>
    </message>
    <message>
        <source>List the layers of an image, local or of a registry (docker://REFERENCE), bottom (1) first: each one&apos;s digest, size as a plain tar, number of entries and the Dockerfile step that made it, then the space wasted by files that several layers wrote or removed (berthctl files --wasted lists them). The layers are read as streams, from the engine or the registry&apos;s blobs (with the login berthctl login kept), never written to disk.</source>
        <translation>Lister les couches d&apos;une image, locale ou d&apos;un registre (docker://RÉFÉRENCE), celle du bas (1) d&apos;abord : l&apos;empreinte de chacune, sa taille en tar brut, son nombre d&apos;entrées et l&apos;étape du Dockerfile qui l&apos;a faite, puis l&apos;espace gaspillé par les fichiers que plusieurs couches ont écrits ou supprimés (berthctl files --wasted les liste). Les couches sont lues en flux, depuis le moteur ou les blobs du registre (avec la connexion que berthctl login a conservée), jamais écrites sur disque.</translation>
    </message>
    <message>
        <source>Local image name or ID, or docker://REFERENCE.</source>
        <translation>Nom ou identifiant d&apos;une image locale, ou docker://RÉFÉRENCE.</translation>
    </message>
    <message>
        <source>Print one JSON object per layer (index, digest, size, blobSize, entries, createdBy), then one with wastedBytes and wastedFiles.</source>
        <translation>Afficher un objet JSON par couche (index, digest, size, blobSize, entries, createdBy), puis un avec wastedBytes et wastedFiles.</translation>
    </message>
    <message numerus="yes">
        <source>Wasted space: %1 in %n file(s)</source>
        <translation>
            <numerusform>Espace gaspillé : %1 dans %n fichier</numerusform>
            <numerusform>Espace gaspillé : %1 dans %n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Cli::PasswordInput</name>
    <message>
        <source>berthctl: --password-stdin needs --username
</source>
        <translation>berthctl: --password-stdin exige --username
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>berthctl: --username needs --password-stdin when stdin is not a terminal to ask on
</source>
        <translation>berthctl: --username exige --password-stdin quand stdin n&apos;est pas un terminal où demander
</translation>
    </message>
    <message>
        <source>berthctl: cannot read the password
</source>
        <translation>berthctl: impossible de lire le mot de passe
</translation>
    </message>
    <message>
        <source>berthctl: no password given
</source>
        <translation>berthctl: aucun mot de passe donné
</translation>
    </message>
    <message>
        <source>berthctl: give --username; stdin is not a terminal to ask on
</source>
        <translation>berthctl: donnez --username ; stdin n&apos;est pas un terminal où demander
</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nom d&apos;utilisateur : </translation>
    </message>
    <message>
        <source>berthctl: no user name given
</source>
        <translation>berthctl: aucun nom d&apos;utilisateur donné
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RefCommand</name>
    <message>
        <source>Check an image reference and show its parts</source>
        <translation>Vérifier une référence d&apos;image et montrer ses parties</translation>
    </message>
    <message>
        <source>Check an image reference and show how Berth reads it: the normalized and familiar forms, the registry domain, the repository path, the tag and the digest. Exits with 1 when the reference is not valid.</source>
        <translation>Vérifier une référence d&apos;image et montrer comment Berth la lit : les formes normalisée et familière, le domaine du registre, le chemin du dépôt, le tag et l&apos;empreinte. Se termine avec 1 quand la référence n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The image reference, e.g. ubuntu:24.04. Put -- before a reference that starts with &apos;-&apos;.</source>
        <translation>La référence de l&apos;image, par ex. ubuntu:24.04. Mettez -- avant une référence qui commence par &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Print one JSON object with the fields valid, error, normalized, familiar, domain, path, tag and digest.</source>
        <translation>Afficher un objet JSON avec les champs valid, error, normalized, familiar, domain, path, tag et digest.</translation>
    </message>
    <message>
        <source>%1 (put -- before a reference that starts with &apos;-&apos;)</source>
        <translation>%1 (mettez -- avant une référence qui commence par &apos;-&apos;)</translation>
    </message>
    <message>
        <source>berthctl ref: expected one image reference; see &apos;berthctl ref --help&apos;
</source>
        <translation>berthctl ref: une référence d&apos;image attendue ; voir &apos;berthctl ref --help&apos;
</translation>
    </message>
    <message>
        <source>berthctl ref: invalid reference &apos;%1&apos;: %2
</source>
        <translation>berthctl ref: référence non valide &apos;%1&apos; : %2
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ReferenceCheck</name>
    <message>
        <source>berthctl: invalid reference &apos;%1&apos;: %2
</source>
        <translation>berthctl: référence non valide &apos;%1&apos; : %2
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RegistryCommand</name>
    <message>
        <source>List a registry&apos;s repositories: catalog REGISTRY</source>
        <translation>Lister les dépôts d&apos;un registre : catalog REGISTRE</translation>
    </message>
    <message>
        <source>List a repository&apos;s tags: tags REPOSITORY</source>
        <translation>Lister les tags d&apos;un dépôt : tags REPOSITORY</translation>
    </message>
    <message>
        <source>Show an image&apos;s manifest or index: manifest REFERENCE</source>
        <translation>Montrer le manifeste ou l&apos;index d&apos;une image : manifest RÉFÉRENCE</translation>
    </message>
    <message>
        <source>Download a blob, checking its digest: blob REFERENCE@DIGEST -o FILE</source>
        <translation>Télécharger un blob en vérifiant son empreinte : blob RÉFÉRENCE@DIGEST -o FICHIER</translation>
    </message>
    <message>
        <source>os/arch[/variant] to pick from an index.</source>
        <translation>os/arch[/variante] à choisir dans un index.</translation>
    </message>
    <message>
        <source>Print the manifest&apos;s bytes exactly as the registry sent them.</source>
        <translation>Afficher les octets du manifeste exactement tels que le registre les a envoyés.</translation>
    </message>
    <message>
        <source>The file to write (required); - for stdout.</source>
        <translation>Le fichier à écrire (obligatoire) ; - pour stdout.</translation>
    </message>
    <message>
        <source>List the repositories of a registry (host[:port]), every page.</source>
        <translation>Lister les dépôts d&apos;un registre (hôte[:port]), toutes les pages.</translation>
    </message>
    <message>
        <source>host[:port], e.g. localhost:5000, or a URL: http://host[:port] or https://host[:port]</source>
        <translation>hôte[:port], par ex. localhost:5000, ou une URL : http://hôte[:port] ou https://hôte[:port]</translation>
    </message>
    <message>
        <source>List the tags of a repository, every page.</source>
        <translation>Lister les tags d&apos;un dépôt, toutes les pages.</translation>
    </message>
    <message>
        <source>[host[:port]/]name, without a tag or digest</source>
        <translation>[hôte[:port]/]nom, sans tag ni empreinte</translation>
    </message>
    <message>
        <source>Show the manifest or index an image reference names.</source>
        <translation>Montrer le manifeste ou l&apos;index que nomme une référence d&apos;image.</translation>
    </message>
    <message>
        <source>NAME[:TAG|@DIGEST]</source>
        <translation>NAME[:TAG|@DIGEST]</translation>
    </message>
    <message>
        <source>Download a blob; the file is written only if its digest matches.</source>
        <translation>Télécharger un blob ; le fichier n&apos;est écrit que si son empreinte correspond.</translation>
    </message>
    <message>
        <source>NAME@DIGEST</source>
        <translation>NAME@DIGEST</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host[:port] nor http(s)://host[:port]</source>
        <translation>&apos;%1&apos; n&apos;est ni hôte[:port] ni http(s)://hôte[:port]</translation>
    </message>
    <message>
        <source>No tag or digest allowed in reference &apos;%1&apos;</source>
        <translation>Aucun tag ni empreinte autorisé dans la référence &apos;%1&apos;</translation>
    </message>
    <message>
        <source>berthctl blob: give NAME@DIGEST and -o FILE
</source>
        <translation>berthctl blob: donnez NAME@DIGEST et -o FICHIER
</translation>
    </message>
    <message>
        <source>berthctl: cannot write %1: %2
</source>
        <translation>berthctl: impossible d&apos;écrire %1 : %2
</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Téléchargement : %1</translation>
    </message>
    <message>
        <source>berthctl: cannot read %1: %2
</source>
        <translation>berthctl: impossible de lire %1 : %2
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3
</source>
        <translation>%1 (%2) écrit dans %3
</translation>
    </message>
    <message>
        <source>Registry user name.</source>
        <translation>Nom d&apos;utilisateur du registre.</translation>
    </message>
    <message>
        <source>Read the password from stdin; without it, -u asks on the terminal.</source>
        <translation>Lire le mot de passe sur stdin ; sans cette option, -u le demande dans le terminal.</translation>
    </message>
    <message>
        <source>Allow plain http and unverified TLS for this registry.</source>
        <translation>Autoriser http en clair et TLS non vérifié pour ce registre.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE (PEM).</source>
        <translation>Faire confiance aux certificats d&apos;AC de FICHIER (PEM).</translation>
    </message>
    <message>
        <source>A certs.d folder as Docker reads it (&lt;dir&gt;/&lt;host:port&gt;/ca.crt, client.cert, client.key).</source>
        <translation>Un dossier certs.d tel que Docker le lit (&lt;dir&gt;/&lt;host:port&gt;/ca.crt, client.cert, client.key).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Retry a transient fault (reset, stall, 429, 502-504) at most N times (default 4).</source>
        <translation>Réessayer une panne passagère (réinitialisation, blocage, 429, 502-504) au plus N fois (4 par défaut).</translation>
    </message>
    <message>
        <source>Start no retry later than SECS after the first try (default 10).</source>
        <translation>Ne lancer aucun nouvel essai plus de SECS après le premier (10 par défaut).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: %2; retrying in %3 s (try %4 of %5)
</source>
        <translation>%1 : %2 ; nouvel essai dans %3 s (essai %4 sur %5)
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement : %1
</translation>
    </message>
    <message>
        <source>--retries takes a whole number</source>
        <translation>--retries prend un nombre entier</translation>
    </message>
    <message>
        <source>--retry-timeout takes a whole number above 0</source>
        <translation>--retry-timeout prend un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <source>: use --insecure if you trust it</source>
        <translation> : utilisez --insecure si vous lui faites confiance</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RemoteImageCommand</name>
    <message>
        <source>Like --insecure, for the %1 only.</source>
        <translation>Comme --insecure, pour le %1 seulement.</translation>
    </message>
    <message>
        <source>Like --ca-file, for the %1 only.</source>
        <translation>Comme --ca-file, pour le %1 seulement.</translation>
    </message>
    <message>
        <source>Like --certs-dir, for the %1 only.</source>
        <translation>Comme --certs-dir, pour le %1 seulement.</translation>
    </message>
    <message>
        <source>User name at the %1.</source>
        <translation>Nom d&apos;utilisateur sur le %1.</translation>
    </message>
    <message>
        <source>berthctl: --dest-password-file needs --dest-username
</source>
        <translation>berthctl: --dest-password-file exige --dest-username
</translation>
    </message>
    <message>
        <source>berthctl: cannot read %1: %2
</source>
        <translation>berthctl: impossible de lire %1 : %2
</translation>
    </message>
    <message>
        <source>berthctl: no password in %1
</source>
        <translation>berthctl: pas de mot de passe dans %1
</translation>
    </message>
    <message>
        <source>berthctl: stdin holds the source&apos;s password; give the destination&apos;s with --dest-password-file FILE
</source>
        <translation>berthctl: stdin contient le mot de passe de la source ; donnez celui de la destination avec --dest-password-file FICHIER
</translation>
    </message>
    <message>
        <source>Copy an image between registries: copy SOURCE DESTINATION</source>
        <translation>Copier une image entre registres : copy SOURCE DESTINATION</translation>
    </message>
    <message>
        <source>Tag an image in its registry: retag REFERENCE NEWTAG</source>
        <translation>Ajouter un tag à une image dans son registre : retag RÉFÉRENCE NOUVEAUTAG</translation>
    </message>
    <message>
        <source>Delete an image from its registry: delete REFERENCE</source>
        <translation>Supprimer une image de son registre : delete RÉFÉRENCE</translation>
    </message>
    <message>
        <source>source</source>
        <translation>registre source</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>registre de destination</translation>
    </message>
    <message>
        <source>Read the source&apos;s password from stdin.</source>
        <translation>Lire le mot de passe de la source sur stdin.</translation>
    </message>
    <message>
        <source>Read the destination&apos;s password from FILE (e.g. &lt;(pass show registry)); without it, --dest-username asks on the terminal.</source>
        <translation>Lire le mot de passe de la destination dans FICHIER (par ex. &lt;(pass show registry)) ; sans cette option, --dest-username le demande dans le terminal.</translation>
    </message>
    <message>
        <source>Copy only this platform&apos;s manifest of an index (os/arch[/variant]); the destination tag then names that manifest, whose digest is not the index&apos;s.</source>
        <translation>Copier seulement le manifeste de cette plateforme d&apos;un index (os/arch[/variante]) ; le tag de destination nomme alors ce manifeste, dont l&apos;empreinte n&apos;est pas celle de l&apos;index.</translation>
    </message>
    <message>
        <source>Copy every platform and the index itself, byte for byte (the default).</source>
        <translation>Copier toutes les plateformes et l&apos;index lui-même, octet pour octet (par défaut).</translation>
    </message>
    <message>
        <source>Copy an image from one registry to another without an engine: every blob the destination lacks (mounted inside one registry), then the manifests byte for byte, so the destination digest is the source&apos;s. Signatures and other referrers are not copied.</source>
        <translation>Copier une image d&apos;un registre à un autre sans moteur : chaque blob qui manque à la destination (monté au sein d&apos;un même registre), puis les manifestes octet pour octet, de sorte que l&apos;empreinte de destination soit celle de la source. Les signatures et autres référents ne sont pas copiés.</translation>
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
        <translation>--platform et --all-platforms s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>the destination takes a tag, not a digest</source>
        <translation>la destination prend un tag, pas une empreinte</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (%3)
</source>
        <translation>%1 copié vers %2 (%3)
</translation>
    </message>
    <message>
        <source>Tag an image in its registry, without pulling it: the manifest is PUT under the new tag (no blob moves). NEWTAG may name another repository of the same registry; its blobs are then mounted.</source>
        <translation>Ajouter un tag à une image dans son registre, sans la récupérer : le manifeste est déposé (PUT) sous le nouveau tag (aucun blob ne bouge). NEWTAG peut nommer un autre dépôt du même registre ; ses blobs sont alors montés.</translation>
    </message>
    <message>
        <source>a tag, or registry/name:tag</source>
        <translation>un tag, ou registry/name:tag</translation>
    </message>
    <message>
        <source>NEWTAG must be a tag in the same registry; to copy to another registry, use berthctl copy</source>
        <translation>NEWTAG doit être un tag dans le même registre ; pour copier vers un autre registre, utilisez berthctl copy</translation>
    </message>
    <message>
        <source>Tagged %1 as %2 (%3)
</source>
        <translation>%1 tagué %2 (%3)
</translation>
    </message>
    <message>
        <source>Delete without asking (required without a terminal).</source>
        <translation>Supprimer sans demander (obligatoire sans terminal).</translation>
    </message>
    <message>
        <source>When the registry cannot untag, delete the manifest with every tag that names it.</source>
        <translation>Quand le registre ne sait pas retirer un tag, supprimer le manifeste avec tous les tags qui le nomment.</translation>
    </message>
    <message>
        <source>Delete an image from a registry (not from the engine: that is &apos;images rm&apos;). The reference names its registry host; berthctl lists the digest and every tag that goes with it, then asks.</source>
        <translation>Supprimer une image d&apos;un registre (pas du moteur : c&apos;est &apos;images rm&apos;). La référence nomme l&apos;hôte de son registre ; berthctl liste l&apos;empreinte et tous les tags qui partent avec elle, puis demande confirmation.</translation>
    </message>
    <message>
        <source>registry/name:tag or @digest</source>
        <translation>registry/name:tag ou @digest</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no registry host; write it out, e.g. %2/%3</source>
        <translation>&apos;%1&apos; ne nomme aucun hôte de registre ; écrivez-le en entier, par ex. %2/%3</translation>
    </message>
    <message>
        <source>without a terminal to ask on, give --yes</source>
        <translation>sans terminal où demander, donnez --yes</translation>
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
        <translation>  aucun tag ne la nomme
</translation>
    </message>
    <message>
        <source>  tags that name it: %1
</source>
        <translation>  tags qui la nomment : %1
</translation>
    </message>
    <message>
        <source>Delete the tag %1? [y/N] </source>
        <translation>Supprimer le tag %1 ? [y/N] </translation>
    </message>
    <message>
        <source>Delete this manifest and every tag above? [y/N] </source>
        <translation>Supprimer ce manifeste et tous les tags ci-dessus ? [y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted.
</source>
        <translation>Rien n&apos;a été supprimé.
</translation>
    </message>
    <message>
        <source>berthctl: %1
berthctl: the tags %2 name the same manifest; --all-tags deletes it with all of them
</source>
        <translation>berthctl: %1
berthctl: les tags %2 nomment le même manifeste ; --all-tags le supprime avec eux tous
</translation>
    </message>
    <message>
        <source>Deleted %1 (%2)
</source>
        <translation>%1 supprimé (%2)
</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>aucun tag</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RunCommand</name>
    <message>
        <source>Run a command in a new container, as docker run</source>
        <translation>Exécuter une commande dans un nouveau conteneur, comme docker run</translation>
    </message>
    <message>
        <source>Create a container from IMAGE (pulled first when the engine does not have it, as --pull says), attach to it, start it and wait for it, as docker run does. Its stdout and stderr become berthctl&apos;s; with -t the local terminal is the container&apos;s, in raw mode, resized with it. berthctl exits with the container&apos;s exit code, or, as docker run, 125 when it could not run, 126 when the command cannot be run and 127 when it is not found (3 and 4 when the engine cannot be reached or opened). Options after IMAGE belong to COMMAND.</source>
        <translation>Créer un conteneur à partir d&apos;IMAGE (récupérée d&apos;abord quand le moteur ne l&apos;a pas, selon --pull), s&apos;y attacher, le démarrer et l&apos;attendre, comme docker run. Ses stdout et stderr deviennent ceux de berthctl ; avec -t, le terminal local est celui du conteneur, en mode brut, redimensionné avec lui. berthctl se termine avec le code de sortie du conteneur ou, comme docker run, avec 125 quand il n&apos;a pas pu s&apos;exécuter, 126 quand la commande ne peut pas être exécutée et 127 quand elle est introuvable (3 et 4 quand le moteur est injoignable ou ne peut être ouvert). Les options après IMAGE appartiennent à COMMANDE.</translation>
    </message>
    <message>
        <source>The image to run.</source>
        <translation>L&apos;image à exécuter.</translation>
    </message>
    <message>
        <source>The command and its arguments; default: the image&apos;s.</source>
        <translation>La commande et ses arguments ; par défaut : ceux de l&apos;image.</translation>
    </message>
    <message>
        <source>Remove the container when it exits.</source>
        <translation>Supprimer le conteneur quand il se termine.</translation>
    </message>
    <message>
        <source>Set an environment variable, as NAME=VALUE (repeatable).</source>
        <translation>Définir une variable d&apos;environnement, sous la forme NOM=VALEUR (répétable).</translation>
    </message>
    <message>
        <source>Publish a container&apos;s port on the host, as [IP:]HOST:CONTAINER[/PROTO] (repeatable).</source>
        <translation>Publier un port du conteneur sur l&apos;hôte, sous la forme [IP:]HÔTE:CONTENEUR[/PROTO] (répétable).</translation>
    </message>
    <message>
        <source>Name the container.</source>
        <translation>Nommer le conteneur.</translation>
    </message>
    <message>
        <source>Replace the image&apos;s entrypoint.</source>
        <translation>Remplacer le point d&apos;entrée de l&apos;image.</translation>
    </message>
    <message>
        <source>Keep stdin open and send it to the container.</source>
        <translation>Garder stdin ouvert et l&apos;envoyer au conteneur.</translation>
    </message>
    <message>
        <source>Give the container a pseudo-terminal.</source>
        <translation>Donner un pseudo-terminal au conteneur.</translation>
    </message>
    <message>
        <source>Pull the image first: missing (when it is not here; the default), always, or never.</source>
        <translation>Récupérer d&apos;abord l&apos;image : missing (quand elle n&apos;est pas ici ; par défaut), always ou never.</translation>
    </message>
    <message>
        <source>--pull takes missing, always or never, not &apos;%1&apos;</source>
        <translation>--pull prend missing, always ou never, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the input device is not a terminal; drop -t, or run berthctl on a terminal</source>
        <translation>le périphérique d&apos;entrée n&apos;est pas un terminal ; retirez -t ou lancez berthctl dans un terminal</translation>
    </message>
    <message>
        <source>Unable to find image &apos;%1&apos; locally
</source>
        <translation>Image &apos;%1&apos; introuvable localement
</translation>
    </message>
</context>
<context>
    <name>Berth::Cli::SilenceWatchdog</name>
    <message>
        <source>no word from the engine for %1 s (--timeout)</source>
        <translation>aucune nouvelle du moteur depuis %1 s (--timeout)</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ContainerAttach</name>
    <message>
        <source>the engine&apos;s answer to attach has no end of its headers</source>
        <translation>la réponse du moteur à attach n&apos;a pas de fin d&apos;en-têtes</translation>
    </message>
    <message>
        <source>the engine closed the attach connection without an answer</source>
        <translation>le moteur a fermé la connexion attach sans répondre</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ContainerRun</name>
    <message>
        <source>the engine created no container</source>
        <translation>le moteur n&apos;a créé aucun conteneur</translation>
    </message>
    <message>
        <source>%1 (Podman prepares a container when it is attached to, before the start, and answers 409 when that fails; podman run shows the same failure)</source>
        <translation>%1 (Podman prépare un conteneur quand on s&apos;y attache, avant le démarrage, et répond 409 quand cela échoue ; podman run montre le même échec)</translation>
    </message>
    <message>
        <source>the engine could not wait for the container: %1</source>
        <translation>le moteur n&apos;a pas pu attendre le conteneur : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ContainerRunSpec</name>
    <message>
        <source>invalid port &apos;%1&apos;: expected [IP:]HOST:CONTAINER[/PROTO]</source>
        <translation>port non valide &apos;%1&apos; : attendu [IP:]HÔTE:CONTENEUR[/PROTO]</translation>
    </message>
    <message>
        <source>invalid environment variable &apos;%1&apos;: expected K=V</source>
        <translation>variable d&apos;environnement non valide &apos;%1&apos; : attendu K=V</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::DockerContexts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>Current DOCKER_HOST based configuration</source>
        <translation>Configuration actuelle basée sur DOCKER_HOST</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>le contexte &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>Conflicting options: either specify --host or --context, not both</source>
        <translation>Options contradictoires : indiquez soit --host soit --context, pas les deux</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineClient</name>
    <message>
        <source>the engine&apos;s answer is larger than %1 bytes</source>
        <translation>la réponse du moteur dépasse %1 octets</translation>
    </message>
    <message>
        <source>the engine speaks API %1, older than the oldest Berth supports (%2)</source>
        <translation>le moteur parle l&apos;API %1, plus ancienne que la plus ancienne que Berth prend en charge (%2)</translation>
    </message>
    <message>
        <source>the engine answered %1: %2</source>
        <translation>le moteur a répondu %1 : %2</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineConnection</name>
    <message>
        <source>no connection within %1 s</source>
        <translation>aucune connexion en %1 s</translation>
    </message>
    <message>
        <source>no engine is running here (the socket does not exist)</source>
        <translation>aucun moteur ne tourne ici (le socket n&apos;existe pas)</translation>
    </message>
    <message>
        <source>no engine is listening on this socket (connection refused)</source>
        <translation>aucun moteur n&apos;écoute sur ce socket (connexion refusée)</translation>
    </message>
    <message>
        <source>permission denied: this user may not open the engine&apos;s socket; add the user to the group that owns it (usually &apos;docker&apos;) or run Docker in rootless mode</source>
        <translation>permission refusée : cet utilisateur ne peut pas ouvrir le socket du moteur ; ajoutez l&apos;utilisateur au groupe qui le possède (en général &apos;docker&apos;) ou faites tourner Docker en mode rootless</translation>
    </message>
    <message>
        <source>the engine did not accept the connection in time</source>
        <translation>le moteur n&apos;a pas accepté la connexion à temps</translation>
    </message>
    <message>
        <source>no engine is listening at this address (connection refused)</source>
        <translation>aucun moteur n&apos;écoute à cette adresse (connexion refusée)</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>le nom d&apos;hôte n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>the engine refused the TLS connection (%1); it may want a client certificate its CA signed: cert.pem and key.pem in the context or DOCKER_CERT_PATH</source>
        <translation>le moteur a refusé la connexion TLS (%1) ; il veut peut-être un certificat client signé par son AC : cert.pem et key.pem dans le contexte ou DOCKER_CERT_PATH</translation>
    </message>
    <message>
        <source>cannot run ssh (%1); it is needed for ssh:// engines</source>
        <translation>impossible d&apos;exécuter ssh (%1) ; il est nécessaire pour les moteurs ssh://</translation>
    </message>
    <message>
        <source>cannot read the CA certificate %1</source>
        <translation>impossible de lire le certificat d&apos;AC %1</translation>
    </message>
    <message>
        <source>cannot read the client certificate %1 and its key %2</source>
        <translation>impossible de lire le certificat client %1 et sa clé %2</translation>
    </message>
    <message>
        <source>the engine&apos;s certificate is not trusted: %1 (its CA: ca.pem in the context or DOCKER_CERT_PATH)</source>
        <translation>le certificat du moteur n&apos;est pas de confiance : %1 (son AC : ca.pem dans le contexte ou DOCKER_CERT_PATH)</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineContainers</name>
    <message>
        <source>the engine&apos;s container list is not a JSON array</source>
        <translation>la liste des conteneurs du moteur n&apos;est pas un tableau JSON</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineEndpoint</name>
    <message>
        <source>context %1</source>
        <translation>contexte %1</translation>
    </message>
    <message>
        <source>context %1 names no docker endpoint</source>
        <translation>le contexte %1 ne nomme aucun point d&apos;accès docker</translation>
    </message>
    <message>
        <source>%1: a unix socket needs an absolute path (unix:///path/to/docker.sock)</source>
        <translation>%1 : un socket unix exige un chemin absolu (unix:///chemin/vers/docker.sock)</translation>
    </message>
    <message>
        <source>%1: a named pipe looks like npipe:////./pipe/NAME</source>
        <translation>%1 : un tube nommé s&apos;écrit npipe:////./pipe/NOM</translation>
    </message>
    <message>
        <source>%1: not a valid tcp://HOST:PORT address</source>
        <translation>%1 : pas une adresse tcp://HÔTE:PORT valide</translation>
    </message>
    <message>
        <source>%1: a path after the port is not supported</source>
        <translation>%1 : un chemin après le port n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>%1: TLS engine endpoints are not supported yet</source>
        <translation>%1 : les points d&apos;accès TLS des moteurs ne sont pas encore pris en charge</translation>
    </message>
    <message>
        <source>%1: unknown engine address; use unix:///path, tcp://host:port, ssh://[user@]host[:port] or npipe:////./pipe/name</source>
        <translation>%1 : adresse de moteur inconnue ; utilisez unix:///chemin, tcp://hôte:port, ssh://[user@]hôte[:port] ou npipe:////./pipe/nom</translation>
    </message>
    <message>
        <source>%1: not a valid ssh://[user@]host[:port] address</source>
        <translation>%1 : pas une adresse ssh://[user@]hôte[:port] valide</translation>
    </message>
    <message>
        <source>%1: a path after the host is not supported over ssh; the remote docker&apos;s default socket is used</source>
        <translation>%1 : un chemin après l&apos;hôte n&apos;est pas pris en charge par ssh ; le socket par défaut du docker distant est utilisé</translation>
    </message>
    <message>
        <source>%1: an ssh address takes only a user, a host and a port</source>
        <translation>%1 : une adresse ssh ne prend qu&apos;un utilisateur, un hôte et un port</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineEventWatcher</name>
    <message>
        <source>the engine closed its event stream</source>
        <translation>le moteur a fermé son flux d&apos;événements</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineImages</name>
    <message>
        <source>the engine&apos;s answer is not valid JSON (%1)</source>
        <translation>la réponse du moteur n&apos;est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>the engine&apos;s image details are not a JSON object</source>
        <translation>les détails d&apos;image du moteur ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>the engine&apos;s image history is not a JSON array</source>
        <translation>l&apos;historique d&apos;image du moteur n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>the engine&apos;s answer to a removal is not a JSON array</source>
        <translation>la réponse du moteur à une suppression n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>the engine&apos;s answer to a prune is not a JSON object</source>
        <translation>la réponse du moteur à un nettoyage n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation>impossible de charger %1 : %2</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineStream</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>ssh failed: %1</source>
        <translation>ssh a échoué : %1</translation>
    </message>
    <message>
        <source>%1; the engine may want a client certificate its CA signed (cert.pem and key.pem in the context or DOCKER_CERT_PATH)</source>
        <translation>%1 ; le moteur veut peut-être un certificat client signé par son AC (cert.pem et key.pem dans le contexte ou DOCKER_CERT_PATH)</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ImageSummaryParser</name>
    <message>
        <source>the image list is not valid JSON (%1 at offset %2)</source>
        <translation>la liste des images n&apos;est pas du JSON valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>the image list is not a JSON array</source>
        <translation>la liste des images n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>an entry of the image list is not a JSON object</source>
        <translation>une entrée de la liste des images n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>an entry of the image list has no Id</source>
        <translation>une entrée de la liste des images n&apos;a pas d&apos;Id</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::JsonLinesSplitter</name>
    <message>
        <source>the engine sent a line longer than %1 bytes</source>
        <translation>le moteur a envoyé une ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>the engine sent a line that is not a JSON object (%1)</source>
        <translation>le moteur a envoyé une ligne qui n&apos;est pas un objet JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Berth::Http::HttpExchange</name>
    <message>
        <source>the connection is not open</source>
        <translation>la connexion n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>the request body ended %1 bytes early</source>
        <translation>le corps de la requête s&apos;est terminé %1 octets trop tôt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no data for %1 s in the middle of the response</source>
        <translation>aucune donnée depuis %1 s au milieu de la réponse</translation>
    </message>
    <message>
        <source>no response within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>Berth::Http::HttpResponseParser</name>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation>la connexion s&apos;est fermée avant l&apos;arrivée d&apos;une réponse</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response headers</source>
        <translation>la connexion s&apos;est fermée au milieu des en-têtes de la réponse</translation>
    </message>
    <message numerus="yes">
        <source>the connection closed %n byte(s) before the end of the body</source>
        <translation>
            <numerusform>la connexion s&apos;est fermée %n octet avant la fin du corps</numerusform>
            <numerusform>la connexion s&apos;est fermée %n octets avant la fin du corps</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed in the middle of a chunked body</source>
        <translation>la connexion s&apos;est fermée au milieu d&apos;un corps découpé (chunked)</translation>
    </message>
    <message numerus="yes">
        <source>the response headers are larger than %n byte(s)</source>
        <translation>
            <numerusform>les en-têtes de la réponse dépassent %n octet</numerusform>
            <numerusform>les en-têtes de la réponse dépassent %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>the peer did not answer with an HTTP/1.x status line</source>
        <translation>le pair n&apos;a pas répondu par une ligne d&apos;état HTTP/1.x</translation>
    </message>
    <message>
        <source>the HTTP status code is not a number</source>
        <translation>le code d&apos;état HTTP n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the HTTP status line is malformed</source>
        <translation>la ligne d&apos;état HTTP est mal formée</translation>
    </message>
    <message>
        <source>malformed response header line %1</source>
        <translation>ligne d&apos;en-tête de réponse mal formée %1</translation>
    </message>
    <message>
        <source>invalid Content-Length header: %1</source>
        <translation>en-tête Content-Length non valide : %1</translation>
    </message>
    <message numerus="yes">
        <source>the response trailers are larger than %n byte(s)</source>
        <translation>
            <numerusform>les trailers de la réponse dépassent %n octet</numerusform>
            <numerusform>les trailers de la réponse dépassent %n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a chunk-size line is longer than %n byte(s)</source>
        <translation>
            <numerusform>une ligne de taille de bloc dépasse %n octet</numerusform>
            <numerusform>une ligne de taille de bloc dépasse %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid chunk-size line: %1</source>
        <translation>ligne de taille de bloc non valide : %1</translation>
    </message>
    <message>
        <source>a chunk is longer than its declared size</source>
        <translation>un bloc est plus long que sa taille déclarée</translation>
    </message>
</context>
<context>
    <name>Berth::Hub::HubClient</name>
    <message numerus="yes">
        <source>too many requests; Docker Hub asks to wait %n second(s)</source>
        <translation>
            <numerusform>trop de requêtes ; Docker Hub demande d&apos;attendre %n seconde</numerusform>
            <numerusform>trop de requêtes ; Docker Hub demande d&apos;attendre %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>%1: Docker Hub answered HTTP %2: %3</source>
        <translation>%1 : Docker Hub a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Docker Hub asks %1 for a two-factor code: sign in with a personal access token instead of the password</source>
        <translation>Docker Hub demande à %1 un code à deux facteurs : connectez-vous avec un jeton d&apos;accès personnel plutôt qu&apos;avec le mot de passe</translation>
    </message>
    <message>
        <source>sign-in as %1</source>
        <translation>connexion en tant que %1</translation>
    </message>
    <message>
        <source>search for %1</source>
        <translation>recherche de %1</translation>
    </message>
    <message>
        <source>repositories of %1</source>
        <translation>dépôts de %1</translation>
    </message>
    <message>
        <source>sign in to Docker Hub to list your namespaces</source>
        <translation>connectez-vous à Docker Hub pour lister vos espaces de noms</translation>
    </message>
    <message>
        <source>organizations of %1</source>
        <translation>organisations de %1</translation>
    </message>
    <message>
        <source>tags of %1</source>
        <translation>tags de %1</translation>
    </message>
    <message>
        <source>delete %1:%2</source>
        <translation>suppression de %1:%2</translation>
    </message>
    <message>
        <source>create %1/%2</source>
        <translation>création de %1/%2</translation>
    </message>
</context>
<context>
    <name>Berth::Hub::HubJson</name>
    <message>
        <source>field %1 is not a time: %2</source>
        <translation>le champ %1 n&apos;est pas une date : %2</translation>
    </message>
    <message>
        <source>field %1 is not a %2</source>
        <translation>le champ %1 n&apos;est pas un %2</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s answer is not JSON (%1)</source>
        <translation>la réponse de Docker Hub n&apos;est pas du JSON (%1)</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s answer is not a JSON object</source>
        <translation>la réponse de Docker Hub n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s %1 answer is malformed: %2</source>
        <translation>la réponse de Docker Hub à %1 est mal formée : %2</translation>
    </message>
    <message>
        <source>next is not an absolute URL</source>
        <translation>next n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <source>a result is not an object</source>
        <translation>un résultat n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>search</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>repository list</source>
        <translation>liste des dépôts</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>tag list</source>
        <translation>liste des tags</translation>
    </message>
    <message>
        <source>an image is not an object</source>
        <translation>une image n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>organization list</source>
        <translation>liste des organisations</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>pas d&apos;access_token</translation>
    </message>
</context>
<context>
    <name>Berth::Hub::HubRateLimit</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>pulls not limited</source>
        <translation>pulls non limités</translation>
    </message>
    <message>
        <source>%1 of %2 pulls left</source>
        <translation>%1 pulls restants sur %2</translation>
    </message>
    <message>
        <source>%1 pulls left</source>
        <translation>%1 pulls restants</translation>
    </message>
    <message>
        <source>%1 pulls allowed</source>
        <translation>%1 pulls autorisés</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>Berth::Hub::HubRateLimitProbe</name>
    <message>
        <source>rate limit of %1</source>
        <translation>limite de pulls de %1</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1 : HTTP %2</translation>
    </message>
</context>
<context>
    <name>Berth::HumanFormat</name>
    <message>
        <source>Less than a second ago</source>
        <translation>Il y a moins d&apos;une seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>Il y a %n seconde</numerusform>
            <numerusform>Il y a %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute ago</source>
        <translation>Il y a environ une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Il y a %n minute</numerusform>
            <numerusform>Il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour ago</source>
        <translation>Il y a environ une heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Il y a %n heure</numerusform>
            <numerusform>Il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Il y a %n jour</numerusform>
            <numerusform>Il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Il y a %n semaine</numerusform>
            <numerusform>Il y a %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Il y a %n mois</numerusform>
            <numerusform>Il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Il y a %n an</numerusform>
            <numerusform>Il y a %n ans</numerusform>
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
        <translation>plus de %1 Mio</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>pas du JSON valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>not a JSON object with an &quot;entries&quot; array</source>
        <translation>pas un objet JSON avec un tableau &quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::HistorySetAside</name>
    <message>
        <source>cannot keep the job %1 aside in %2: %3</source>
        <translation>impossible de mettre la tâche %1 de côté dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::Job</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>a tag target cannot name a digest: %1</source>
        <translation>une cible de tag ne peut pas nommer une empreinte : %1</translation>
    </message>
    <message>
        <source>the build context %1 is not a folder</source>
        <translation>le contexte de build %1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1; and no new login could be had: %2</source>
        <translation>%1 ; et aucune nouvelle connexion n&apos;a pu être obtenue : %2</translation>
    </message>
    <message>
        <source>The registry refused the login (its token lapsed): trying again with a new one; layers already there are skipped</source>
        <translation>Le registre a refusé la connexion (son jeton a expiré) : nouvel essai avec un nouveau jeton ; les couches déjà présentes sont ignorées</translation>
    </message>
    <message>
        <source>%1; and %2 could not be put back: %3</source>
        <translation>%1 ; et %2 n&apos;a pas pu être remis en place : %3</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobHistory</name>
    <message>
        <source>a job history entry needs an id and a kind</source>
        <translation>une entrée de l&apos;historique des tâches exige un identifiant et un type</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the job history</source>
        <translation>impossible de créer le dossier %1 de l&apos;historique des tâches</translation>
    </message>
    <message>
        <source>cannot lock the job history %1: is its folder writable?</source>
        <translation>impossible de verrouiller l&apos;historique des tâches %1 : son dossier est-il accessible en écriture ?</translation>
    </message>
    <message>
        <source>process %1 (%2) has held the job history %3 for more than %4 s</source>
        <translation>le processus %1 (%2) tient l&apos;historique des tâches %3 depuis plus de %4 s</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>plus de %1 Mio</translation>
    </message>
    <message>
        <source>cannot read the job history %1: %2</source>
        <translation>impossible de lire l&apos;historique des tâches %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the job history %1 could not be read and were left out.</source>
        <translation>
            <numerusform>%n entrée de l&apos;historique des tâches %1 n&apos;a pas pu être lue et a été omise.</numerusform>
            <numerusform>%n entrées de l&apos;historique des tâches %1 n&apos;ont pas pu être lues et ont été omises.</numerusform>
        </translation>
    </message>
    <message>
        <source>the job history %1 cannot be read (%2) and cannot be moved aside: %3</source>
        <translation>l&apos;historique des tâches %1 ne peut être lu (%2) ni mis de côté : %3</translation>
    </message>
    <message>
        <source>The job history %1 could not be read (%2); it was kept as %3 and a new history begun.</source>
        <translation>L&apos;historique des tâches %1 n&apos;a pas pu être lu (%2) ; il a été conservé sous %3 et un nouvel historique commencé.</translation>
    </message>
    <message>
        <source>cannot write the job history %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;historique des tâches %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the job history&apos;s owner lock %1</source>
        <translation>impossible de créer le verrou de propriétaire %1 de l&apos;historique des tâches</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobQueue</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the engine; trying again in %n s</source>
        <translation>
            <numerusform>Moteur injoignable ; nouvel essai dans %n s</numerusform>
            <numerusform>Moteur injoignable ; nouvel essai dans %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobSpec</name>
    <message>
        <source>Pull %1</source>
        <translation>Pull de %1</translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation>Push de %1</translation>
    </message>
    <message>
        <source>Push %1 as %2</source>
        <translation>Push de %1 en tant que %2</translation>
    </message>
    <message>
        <source>Save %1 to %2</source>
        <translation>Enregistrer %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Save %n images to %1</source>
        <translation>
            <numerusform>Enregistrer %n image dans %1</numerusform>
            <numerusform>Enregistrer %n images dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Charger %1</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Copier %1 vers %2</translation>
    </message>
    <message>
        <source>Tag %1 as %2 in the registry</source>
        <translation>Taguer %1 en %2 dans le registre</translation>
    </message>
    <message>
        <source>Delete %1 from the registry</source>
        <translation>Supprimer %1 du registre</translation>
    </message>
    <message>
        <source>Delete the tag %1 from Docker Hub</source>
        <translation>Supprimer le tag %1 de Docker Hub</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>Construire %1</translation>
    </message>
    <message>
        <source>Build %1 from %2</source>
        <translation>Construire %1 depuis %2</translation>
    </message>
    <message>
        <source>Stop container %1</source>
        <translation>Arrêter le conteneur %1</translation>
    </message>
    <message>
        <source>Remove container %1</source>
        <translation>Supprimer le conteneur %1</translation>
    </message>
    <message>
        <source>Pull %1 for %2</source>
        <translation>Récupérer %1 pour %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Prune dangling images</source>
        <translation>Nettoyer les images orphelines</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobState</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::RegistryJob</name>
    <message>
        <source>Copying</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Mounted</source>
        <translation>Monté</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Nouvel envoi</translation>
    </message>
    <message>
        <source>%1 names no tag</source>
        <translation>%1 ne nomme aucun tag</translation>
    </message>
    <message>
        <source>deleting a tag on Docker Hub needs a Docker Hub login</source>
        <translation>supprimer un tag sur Docker Hub exige une connexion Docker Hub</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Berth::Reference::ImageReference</name>
    <message>
        <source>image reference must not be empty</source>
        <translation>la référence d&apos;image ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is an image ID (64 hexadecimal digits), not a repository name</source>
        <translation>%1 est un identifiant d&apos;image (64 chiffres hexadécimaux), pas un nom de dépôt</translation>
    </message>
    <message>
        <source>image reference &apos;%1&apos; has no repository name</source>
        <translation>la référence d&apos;image &apos;%1&apos; n&apos;a pas de nom de dépôt</translation>
    </message>
    <message>
        <source>repository name must be lowercase: %1</source>
        <translation>le nom de dépôt doit être en minuscules : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Reference::ReferenceGrammar</name>
    <message>
        <source>registry host must not be empty</source>
        <translation>l&apos;hôte du registre ne doit pas être vide</translation>
    </message>
    <message>
        <source>IPv6 address in registry host %1 must end with &apos;]&apos;</source>
        <translation>L&apos;adresse IPv6 de l&apos;hôte de registre %1 doit se terminer par &apos;]&apos;</translation>
    </message>
    <message>
        <source>registry host %1: expected &apos;:&apos; and a port after the IPv6 address</source>
        <translation>hôte de registre %1 : &apos;:&apos; et un port attendus après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>registry host %1 has no host name before the port</source>
        <translation>l&apos;hôte de registre %1 n&apos;a pas de nom d&apos;hôte avant le port</translation>
    </message>
    <message>
        <source>registry host %1 contains the invalid character %2</source>
        <translation>l&apos;hôte de registre %1 contient le caractère non valide %2</translation>
    </message>
    <message>
        <source>registry host %1 has an empty name between dots</source>
        <translation>l&apos;hôte de registre %1 a un nom vide entre deux points</translation>
    </message>
    <message>
        <source>registry host %1: a name part must not start or end with &apos;-&apos;</source>
        <translation>hôte de registre %1 : une partie du nom ne doit ni commencer ni finir par &apos;-&apos;</translation>
    </message>
    <message>
        <source>IPv6 address in registry host %1 contains the invalid character %2</source>
        <translation>L&apos;adresse IPv6 de l&apos;hôte de registre %1 contient le caractère non valide %2</translation>
    </message>
    <message>
        <source>registry host %1 does not hold a valid IPv6 address</source>
        <translation>l&apos;hôte de registre %1 ne contient pas d&apos;adresse IPv6 valide</translation>
    </message>
    <message>
        <source>registry host %1 has an empty port</source>
        <translation>l&apos;hôte de registre %1 a un port vide</translation>
    </message>
    <message>
        <source>port of registry host %1 must be a number</source>
        <translation>le port de l&apos;hôte de registre %1 doit être un nombre</translation>
    </message>
    <message>
        <source>port of registry host %1 must be between 1 and 65535</source>
        <translation>le port de l&apos;hôte de registre %1 doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>repository name must not be empty</source>
        <translation>le nom de dépôt ne doit pas être vide</translation>
    </message>
    <message>
        <source>repository name must be lowercase: %1</source>
        <translation>le nom de dépôt doit être en minuscules : %1</translation>
    </message>
    <message>
        <source>repository name %1 must not start with &apos;/&apos;</source>
        <translation>le nom de dépôt %1 ne doit pas commencer par &apos;/&apos;</translation>
    </message>
    <message>
        <source>repository name %1 must not end with &apos;/&apos;</source>
        <translation>le nom de dépôt %1 ne doit pas finir par &apos;/&apos;</translation>
    </message>
    <message>
        <source>repository name %1 must not contain &apos;//&apos;</source>
        <translation>le nom de dépôt %1 ne doit pas contenir &apos;//&apos;</translation>
    </message>
    <message>
        <source>repository name must not be longer than %1 characters (it has %2)</source>
        <translation>le nom de dépôt ne doit pas dépasser %1 caractères (il en a %2)</translation>
    </message>
    <message>
        <source>repository name component %1 contains the invalid character %2</source>
        <translation>la composante %1 du nom de dépôt contient le caractère non valide %2</translation>
    </message>
    <message>
        <source>repository name component %1 must start with a lowercase letter or digit, not %2</source>
        <translation>la composante %1 du nom de dépôt doit commencer par une lettre minuscule ou un chiffre, pas par %2</translation>
    </message>
    <message>
        <source>repository name component %1 has the invalid separator %2 (allowed: &apos;.&apos;, &apos;_&apos;, &apos;__&apos; or dashes)</source>
        <translation>la composante %1 du nom de dépôt a le séparateur non valide %2 (autorisés : &apos;.&apos;, &apos;_&apos;, &apos;__&apos; ou des tirets)</translation>
    </message>
    <message>
        <source>repository name component %1 must not end with %2</source>
        <translation>la composante %1 du nom de dépôt ne doit pas finir par %2</translation>
    </message>
    <message>
        <source>tag must not be empty</source>
        <translation>le tag ne doit pas être vide</translation>
    </message>
    <message>
        <source>tag must not start with %1</source>
        <translation>le tag ne doit pas commencer par %1</translation>
    </message>
    <message>
        <source>tag %1 contains the invalid character %2</source>
        <translation>le tag %1 contient le caractère non valide %2</translation>
    </message>
    <message>
        <source>tag must not be longer than %1 characters (it has %2)</source>
        <translation>le tag ne doit pas dépasser %1 caractères (il en a %2)</translation>
    </message>
    <message>
        <source>digest algorithm %1 is not valid: each part must start with a letter</source>
        <translation>l&apos;algorithme d&apos;empreinte %1 n&apos;est pas valide : chaque partie doit commencer par une lettre</translation>
    </message>
    <message>
        <source>digest algorithm %1 contains the invalid character %2</source>
        <translation>l&apos;algorithme d&apos;empreinte %1 contient le caractère non valide %2</translation>
    </message>
    <message>
        <source>digest algorithm %1 must not be empty or end with a separator</source>
        <translation>l&apos;algorithme d&apos;empreinte %1 ne doit pas être vide ni finir par un séparateur</translation>
    </message>
    <message>
        <source>digest must not be empty</source>
        <translation>l&apos;empreinte ne doit pas être vide</translation>
    </message>
    <message>
        <source>digest %1 must have the form algorithm:hex, e.g. sha256:…</source>
        <translation>l&apos;empreinte %1 doit avoir la forme algorithme:hex, par ex. sha256:…</translation>
    </message>
    <message>
        <source>digest %1 contains the invalid character %2 (expected hexadecimal digits)</source>
        <translation>l&apos;empreinte %1 contient le caractère non valide %2 (chiffres hexadécimaux attendus)</translation>
    </message>
    <message>
        <source>%1 digest must have exactly %2 hexadecimal digits (it has %3)</source>
        <translation>une empreinte %1 doit avoir exactement %2 chiffres hexadécimaux (elle en a %3)</translation>
    </message>
    <message>
        <source>digest must have at least %1 hexadecimal digits (it has %2)</source>
        <translation>une empreinte doit avoir au moins %1 chiffres hexadécimaux (elle en a %2)</translation>
    </message>
    <message>
        <source>unsupported digest algorithm %1 (supported: sha256, sha384, sha512)</source>
        <translation>algorithme d&apos;empreinte non pris en charge %1 (pris en charge : sha256, sha384, sha512)</translation>
    </message>
    <message>
        <source>%1 digest must use lowercase hexadecimal digits</source>
        <translation>une empreinte %1 doit utiliser des chiffres hexadécimaux minuscules</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::BlobDownload</name>
    <message>
        <source>&apos;%1&apos; is not a sha256 digest</source>
        <translation>&apos;%1&apos; n&apos;est pas une empreinte sha256</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>blob %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>blob %1 is %2 bytes; %3 were expected</source>
        <translation>le blob %1 fait %2 octets ; %3 étaient attendus</translation>
    </message>
    <message>
        <source>digest mismatch: blob %1 of %2 hashes to %3</source>
        <translation>empreinte différente : le blob %1 de %2 a pour hachage %3</translation>
    </message>
    <message>
        <source>blob %1: the registry sends %2 bytes, its descriptor says %3</source>
        <translation>blob %1 : le registre envoie %2 octets, son descripteur en annonce %3</translation>
    </message>
    <message>
        <source>blob %1: asked for bytes from %2, the registry sent &apos;%3&apos;; not appending</source>
        <translation>blob %1 : octets demandés à partir de %2, le registre a envoyé &apos;%3&apos; ; pas d&apos;ajout</translation>
    </message>
    <message>
        <source>blob %1 is larger than the %2 bytes expected</source>
        <translation>le blob %1 dépasse les %2 octets attendus</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::BlobUpload</name>
    <message>
        <source>blob %1 to %2/%3</source>
        <translation>blob %1 vers %2/%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sha256 digest</source>
        <translation>&apos;%1&apos; n&apos;est pas une empreinte sha256</translation>
    </message>
    <message>
        <source>upload session for %1</source>
        <translation>session d&apos;envoi pour %1</translation>
    </message>
    <message>
        <source>the registry opened no upload session (HTTP %1, Location &apos;%2&apos;)</source>
        <translation>le registre n&apos;a ouvert aucune session d&apos;envoi (HTTP %1, Location &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>upload of %1</source>
        <translation>envoi de %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the registry holds &apos;%1&apos; after %2 bytes were sent</source>
        <translation>le registre contient &apos;%1&apos; après l&apos;envoi de %2 octets</translation>
    </message>
    <message>
        <source>the source gave %1 bytes of %2</source>
        <translation>la source a fourni %1 octets sur %2</translation>
    </message>
    <message>
        <source>digest mismatch: the source&apos;s bytes of blob %1 hash to %2</source>
        <translation>empreinte différente : les octets du blob %1 fournis par la source ont pour hachage %2</translation>
    </message>
    <message>
        <source>commit of %1</source>
        <translation>validation de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n upload sessions broke; the last: %1</source>
        <translation>
            <numerusform>%n session d&apos;envoi a échoué : %1</numerusform>
            <numerusform>%n sessions d&apos;envoi ont échoué ; la dernière : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>upload session of %1</source>
        <translation>session d&apos;envoi de %1</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::DirectStream</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::LayerBlobReader</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>layer %1: only sha256 digests with a size can be checked</source>
        <translation>couche %1 : seules les empreintes sha256 avec une taille peuvent être vérifiées</translation>
    </message>
    <message>
        <source>layer %1: the registry sent bytes whose digest is %2</source>
        <translation>couche %1 : le registre a envoyé des octets dont l&apos;empreinte est %2</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::Manifest</name>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1 has no valid digest</source>
        <translation>%1 n&apos;a pas d&apos;empreinte valide</translation>
    </message>
    <message>
        <source>%1 has no valid size</source>
        <translation>%1 n&apos;a pas de taille valide</translation>
    </message>
    <message>
        <source>the manifest is not JSON: %1</source>
        <translation>le manifeste n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation>le manifeste n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>unsupported manifest schema version %1</source>
        <translation>version de schéma de manifeste non prise en charge %1</translation>
    </message>
    <message>
        <source>unknown manifest media type &apos;%1&apos;</source>
        <translation>type de média de manifeste inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the index has no manifests array</source>
        <translation>l&apos;index n&apos;a pas de tableau manifests</translation>
    </message>
    <message>
        <source>the index lists %1 manifests</source>
        <translation>l&apos;index liste %1 manifestes</translation>
    </message>
    <message>
        <source>manifest entry %1</source>
        <translation>entrée de manifeste %1</translation>
    </message>
    <message>
        <source>the config</source>
        <translation>la configuration</translation>
    </message>
    <message>
        <source>the manifest has no layers array</source>
        <translation>le manifeste n&apos;a pas de tableau layers</translation>
    </message>
    <message>
        <source>the manifest lists %1 layers</source>
        <translation>le manifeste liste %1 couches</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>no manifest for platform %1 (the index has: %2)</source>
        <translation>aucun manifeste pour la plateforme %1 (l&apos;index a : %2)</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryAuthenticator</name>
    <message>
        <source>registry %1</source>
        <translation>registre %1</translation>
    </message>
    <message>
        <source>registry %1, user %2</source>
        <translation>registre %1, utilisateur %2</translation>
    </message>
    <message>
        <source>the registry requires a login</source>
        <translation>le registre exige une connexion</translation>
    </message>
    <message>
        <source>unsupported authentication scheme &apos;%1&apos;</source>
        <translation>schéma d&apos;authentification non pris en charge &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refusing to send credentials to the token realm %1: it is not https and the registry is not marked insecure</source>
        <translation>refus d&apos;envoyer les identifiants au domaine de jetons %1 : il n&apos;est pas en https et le registre n&apos;est pas marqué comme non sécurisé</translation>
    </message>
    <message>
        <source>token from %1</source>
        <translation>jeton de %1</translation>
    </message>
    <message>
        <source>the token server refused an anonymous token (%1)</source>
        <translation>le serveur de jetons a refusé un jeton anonyme (%1)</translation>
    </message>
    <message>
        <source>the token server refused the credentials: wrong user name or password? (%1)</source>
        <translation>le serveur de jetons a refusé les identifiants : nom d&apos;utilisateur ou mot de passe erroné ? (%1)</translation>
    </message>
    <message>
        <source>token server: %1</source>
        <translation>serveur de jetons : %1</translation>
    </message>
    <message>
        <source>the token server&apos;s answer holds no token</source>
        <translation>la réponse du serveur de jetons ne contient aucun jeton</translation>
    </message>
    <message>
        <source>the registry refused the request without saying how to log in</source>
        <translation>le registre a refusé la requête sans dire comment se connecter</translation>
    </message>
    <message>
        <source>the registry refused the user name or password</source>
        <translation>le registre a refusé le nom d&apos;utilisateur ou le mot de passe</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryClient</name>
    <message>
        <source>login to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>ping of %1</source>
        <translation>ping de %1</translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation>registre %1</translation>
    </message>
    <message>
        <source>%1 does not serve the registry API v2 (%2)</source>
        <translation>%1 ne sert pas l&apos;API de registre v2 (%2)</translation>
    </message>
    <message>
        <source>list of %1</source>
        <translation>liste de %1</translation>
    </message>
    <message>
        <source>the list is not a JSON object</source>
        <translation>la liste n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the registry&apos;s pagination does not end</source>
        <translation>la pagination du registre ne se termine pas</translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation>manifeste %1</translation>
    </message>
    <message>
        <source>manifest digest mismatch: %1@%2 has content that hashes to %3</source>
        <translation>empreinte de manifeste différente : %1@%2 a un contenu dont le hachage est %3</translation>
    </message>
    <message>
        <source>%1:%2: the registry&apos;s Docker-Content-Digest %3 does not match the manifest&apos;s content %4; using the content&apos;s</source>
        <translation>%1:%2 : le Docker-Content-Digest %3 du registre ne correspond pas au contenu %4 du manifeste ; celui du contenu est utilisé</translation>
    </message>
    <message>
        <source>manifest %1 is %2 bytes; the index says %3</source>
        <translation>le manifeste %1 fait %2 octets ; l&apos;index en annonce %3</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>blob %1</translation>
    </message>
    <message>
        <source>%1 stored the manifest as %2; its bytes are %3</source>
        <translation>%1 a stocké le manifeste sous %2 ; ses octets sont %3</translation>
    </message>
    <message>
        <source>delete of %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>the registry does not allow deletes (%1); its operator enables them (storage.delete.enabled in Distribution)</source>
        <translation>le registre n&apos;autorise pas les suppressions (%1) ; son opérateur les active (storage.delete.enabled dans Distribution)</translation>
    </message>
    <message>
        <source>the registry deletes manifests by digest only, not by tag (%1)</source>
        <translation>le registre ne supprime les manifestes que par empreinte, pas par tag (%1)</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryCopy</name>
    <message>
        <source>the destination %1 names a digest; give it a tag</source>
        <translation>la destination %1 nomme une empreinte ; donnez-lui un tag</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>blob %1</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryEndpoint</name>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>impossible de lire le fichier d&apos;AC %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>cannot read the key %1: %2</source>
        <translation>impossible de lire la clé %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no usable private key</source>
        <translation>%1 ne contient aucune clé privée utilisable</translation>
    </message>
    <message>
        <source>%1: plain http is only allowed for a registry marked insecure</source>
        <translation>%1 : http en clair n&apos;est autorisé que pour un registre marqué comme non sécurisé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry host</source>
        <translation>&apos;%1&apos; n&apos;est pas un hôte de registre</translation>
    </message>
    <message>
        <source>client certificate %1 has no key %2</source>
        <translation>le certificat client %1 n&apos;a pas de clé %2</translation>
    </message>
    <message>
        <source>key %1 has no client certificate %2</source>
        <translation>la clé %1 n&apos;a pas de certificat client %2</translation>
    </message>
    <message>
        <source>a client certificate needs both its certificate and its key file</source>
        <translation>un certificat client exige à la fois son fichier de certificat et son fichier de clé</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryRequest</name>
    <message>
        <source>the registry answered plain HTTP</source>
        <translation>le registre a répondu en HTTP en clair</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the registry&apos;s answer is larger than %1 bytes; not reading it</source>
        <translation>la réponse du registre dépasse %1 octets ; elle n&apos;est pas lue</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <source>TLS certificate not trusted: %1</source>
        <translation>certificat TLS non fiable : %1</translation>
    </message>
    <message>
        <source>redirect without a Location</source>
        <translation>redirection sans Location</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <source>refusing a redirect from https to %1</source>
        <translation>refus d&apos;une redirection de https vers %1</translation>
    </message>
    <message>
        <source>rate limited until %1 (HTTP %2)</source>
        <translation>limité jusqu&apos;à %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RemoteBlobSource</name>
    <message>
        <source>blob %1</source>
        <translation>blob %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>blob %1 is %2 bytes; %3 were expected</source>
        <translation>le blob %1 fait %2 octets ; %3 étaient attendus</translation>
    </message>
    <message>
        <source>blob %1: asked for bytes from %2, the registry sent HTTP %3 &apos;%4&apos;</source>
        <translation>blob %1 : octets demandés à partir de %2, le registre a envoyé HTTP %3 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>blob %1 is larger than the %2 bytes expected</source>
        <translation>le blob %1 dépasse les %2 octets attendus</translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RemoteImageContents</name>
    <message>
        <source>%1 is an index; no image for %2</source>
        <translation>%1 est un index ; aucune image pour %2</translation>
    </message>
    <message>
        <source>the config of %1 is %2 bytes; at most %3 are read</source>
        <translation>la configuration de %1 fait %2 octets ; au plus %3 sont lus</translation>
    </message>
    <message>
        <source>config %1: the registry sent bytes whose digest is %2</source>
        <translation>configuration %1 : le registre a envoyé des octets dont l&apos;empreinte est %2</translation>
    </message>
    <message>
        <source>layer %1 of %2</source>
        <translation>couche %1 de %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AboutDialog</name>
    <message>
        <source>About Berth</source>
        <translation>À propos de Berth</translation>
    </message>
    <message>
        <source>Desktop manager for container images</source>
        <translation>Gestionnaire de bureau pour images de conteneurs</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur : %1</translation>
    </message>
    <message>
        <source>none has answered yet</source>
        <translation>aucun n&apos;a encore répondu</translation>
    </message>
    <message>
        <source>Berth is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Berth est un logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>It links these libraries:</source>
        <translation>Il utilise ces bibliothèques :</translation>
    </message>
    <message>
        <source>%1 %2, under %3</source>
        <translation>%1 %2, sous %3</translation>
    </message>
    <message>
        <source>&amp;Copy for a bug report</source>
        <translation>&amp;Copier pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Copy Berth&apos;s, the libraries&apos; and the engine&apos;s versions and the platform, to paste into a bug report</source>
        <translation>Copier les versions de Berth, des bibliothèques et du moteur ainsi que la plateforme, pour les coller dans un rapport de bogue</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AccountsDialog</name>
    <message>
        <source>Add A&amp;WS Account...</source>
        <translation>Ajouter un compte A&amp;WS...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import from Docker</source>
        <translation>&amp;Importer depuis Docker</translation>
    </message>
    <message>
        <source>Registry Accounts</source>
        <translation>Comptes de registres</translation>
    </message>
    <message>
        <source>Remove one of Berth&apos;s logins or AWS accounts; Docker&apos;s are only read (docker logout removes them)</source>
        <translation>Supprimer une des connexions ou un des comptes AWS de Berth ; ceux de Docker sont seulement lus (docker logout les supprime)</translation>
    </message>
    <message>
        <source>Keep an AWS access key in the keychain for Push to ECR and ECR registry logins</source>
        <translation>Conserver une clé d&apos;accès AWS dans le trousseau pour Envoyer vers ECR et les connexions aux registres ECR</translation>
    </message>
    <message>
        <source>Change the selected AWS account&apos;s keys, region, role or default</source>
        <translation>Modifier les clés, la région, le rôle ou le choix par défaut du compte AWS sélectionné</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>Kept AWS account %1 in the keychain.</source>
        <translation>Compte AWS %1 conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>Saved AWS account %1.</source>
        <translation>Compte AWS %1 enregistré.</translation>
    </message>
    <message>
        <source>Removed AWS account %1.</source>
        <translation>Compte AWS %1 supprimé.</translation>
    </message>
    <message>
        <source>Cannot remove AWS account %1: %2</source>
        <translation>Impossible de supprimer le compte AWS %1 : %2</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Connecté en tant que %1 sur %2.</translation>
    </message>
    <message>
        <source>Removed %1 on %2.</source>
        <translation>%1 sur %2 supprimé.</translation>
    </message>
    <message>
        <source>Cannot remove %1 on %2: %3</source>
        <translation>Impossible de supprimer %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Docker&apos;s config names no registry logins.</source>
        <translation>La configuration de Docker ne nomme aucune connexion à un registre.</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importation...</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln login(s) from Docker.</source>
        <translation>
            <numerusform>%Ln connexion importée depuis Docker.</numerusform>
            <numerusform>%Ln connexions importées depuis Docker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AccountsModel</name>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Cette session seulement</translation>
    </message>
    <message>
        <source>Docker config</source>
        <translation>Configuration Docker</translation>
    </message>
    <message>
        <source>Docker helper %1</source>
        <translation>Assistant Docker %1</translation>
    </message>
    <message>
        <source>Keychain (default AWS account, %1)</source>
        <translation>Trousseau (compte AWS par défaut, %1)</translation>
    </message>
    <message>
        <source>Keychain (AWS account, %1)</source>
        <translation>Trousseau (compte AWS, %1)</translation>
    </message>
    <message>
        <source>none yet, fetched when needed</source>
        <translation>aucun pour l&apos;instant, obtenu au besoin</translation>
    </message>
    <message>
        <source>expired, a new one is fetched when needed</source>
        <translation>expiré, un nouveau est obtenu au besoin</translation>
    </message>
    <message>
        <source>valid until %1, refreshed automatically from %2</source>
        <translation>valable jusqu&apos;à %1, renouvelé automatiquement depuis %2</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Secret kept in</source>
        <translation>Secret conservé dans</translation>
    </message>
    <message>
        <source>ECR token</source>
        <translation>Jeton ECR</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::Appearance</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AwsAccountDialog</name>
    <message>
        <source>&amp;Default AWS account (Push to ECR uses it)</source>
        <translation>Compte AWS par &amp;défaut (Envoyer vers ECR l&apos;utilise)</translation>
    </message>
    <message>
        <source>Edit AWS Account</source>
        <translation>Modifier le compte AWS</translation>
    </message>
    <message>
        <source>Add AWS Account</source>
        <translation>Ajouter un compte AWS</translation>
    </message>
    <message>
        <source>optional: arn:aws:iam::ACCOUNT:role/NAME</source>
        <translation>facultatif : arn:aws:iam::COMPTE:role/NOM</translation>
    </message>
    <message>
        <source>optional: AWS&apos;s own</source>
        <translation>facultatif : celui d&apos;AWS</translation>
    </message>
    <message>
        <source>%1 (empty: keep the keys)</source>
        <translation>%1 (vide : garder les clés)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>Identifiant de &amp;clé d&apos;accès :</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>Clé d&apos;accès &amp;secrète :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>R&amp;ole to assume:</source>
        <translation>Rô&amp;le à assumer :</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>&amp;URL du point d&apos;accès :</translation>
    </message>
    <message>
        <source>Give a name (without &apos;@&apos;) and a region.</source>
        <translation>Donnez un nom (sans &apos;@&apos;) et une région.</translation>
    </message>
    <message>
        <source>Give the access key ID and the secret access key.</source>
        <translation>Donnez l&apos;identifiant de clé d&apos;accès et la clé d&apos;accès secrète.</translation>
    </message>
    <message>
        <source>AWS refused the keys, nothing was kept: %1</source>
        <translation>AWS a refusé les clés, rien n&apos;a été conservé : %1</translation>
    </message>
    <message>
        <source>The keychain cannot keep the keys: %1</source>
        <translation>Le trousseau ne peut pas conserver les clés : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::BuildDialog</name>
    <message>
        <source>Build Image</source>
        <translation>Construire une image</translation>
    </message>
    <message>
        <source>e.g. app:1 app:latest</source>
        <translation>par ex. app:1 app:latest</translation>
    </message>
    <message>
        <source>One NAME=VALUE a line</source>
        <translation>Un NOM=VALEUR par ligne</translation>
    </message>
    <message>
        <source>The last stage</source>
        <translation>La dernière étape</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Construire</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Context &amp;folder:</source>
        <translation>&amp;Dossier de contexte :</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>D&amp;ockerfile :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags :</translation>
    </message>
    <message>
        <source>Build &amp;arguments:</source>
        <translation>&amp;Arguments de build :</translation>
    </message>
    <message>
        <source>Tar&amp;get stage:</source>
        <translation>Étape ci&amp;ble :</translation>
    </message>
    <message>
        <source>Build Context</source>
        <translation>Contexte de build</translation>
    </message>
    <message>
        <source>The folder to build from, with its Dockerfile.</source>
        <translation>Le dossier à partir duquel construire, avec son Dockerfile.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: a tag cannot name a digest</source>
        <translation>%1 : un tag ne peut pas nommer une empreinte</translation>
    </message>
    <message>
        <source>Builds %1 with the engine&apos;s classic builder.</source>
        <translation>Construit %1 avec le constructeur classique du moteur.</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::CompareDialog</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Comparer %1 avec %2</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Reading %1 from its registry…</source>
        <translation>Lecture de %1 depuis son registre…</translation>
    </message>
    <message>
        <source>Reading %1 from the engine…</source>
        <translation>Lecture de %1 depuis le moteur…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message numerus="yes">
        <source>Files (%Ln)</source>
        <translation>
            <numerusform>Fichiers (%Ln)</numerusform>
            <numerusform>Fichiers (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Config (%Ln)</source>
        <translation>
            <numerusform>Configuration (%Ln)</numerusform>
            <numerusform>Configuration (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Layer %1 (the same)</source>
        <translation>Couche %1 (identique)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) differ, %1 of the config; %2 → %3</source>
        <translation>
            <numerusform>%Ln fichier diffère, %1 de la configuration ; %2 → %3</numerusform>
            <numerusform>%Ln fichiers diffèrent, %1 de la configuration ; %2 → %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ContainerActions</name>
    <message>
        <source>&amp;Run…</source>
        <translation>E&gt; &amp;Exécuter…xécuter…</translation>
    </message>
    <message>
        <source>Open Shell</source>
        <translation>Ouvrir un shell</translation>
    </message>
    <message>
        <source>Could not start the terminal &apos;%1&apos;. Choose another with the setting %2 in Berth&apos;s window settings.</source>
        <translation>Impossible de démarrer le terminal &apos;%1&apos;. Choisissez-en un autre avec le réglage %2 dans les réglages de la fenêtre de Berth.</translation>
    </message>
    <message>
        <source>Open S&amp;hell</source>
        <translation>Ouvrir un &amp;shell</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DetailsFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DetailsPane</name>
    <message>
        <source>&amp;Back to the Index</source>
        <translation>&amp;Retour à l&apos;index</translation>
    </message>
    <message>
        <source>No container uses this image.</source>
        <translation>Aucun conteneur n&apos;utilise cette image.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Confi&amp;g</source>
        <translation>Confi&amp;guration</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>Co&amp;uches</translation>
    </message>
    <message>
        <source>&amp;Platforms (Enter opens one):</source>
        <translation>&amp;Plateformes (Entrée en ouvre une) :</translation>
    </message>
    <message>
        <source>Co&amp;ntainers of this image:</source>
        <translation>Co&amp;nteneurs de cette image :</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the selected container (a job)</source>
        <translation>Arrêter le conteneur sélectionné (une tâche)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected container, stopping it first (a job)</source>
        <translation>Supprimer le conteneur sélectionné, en l&apos;arrêtant d&apos;abord (une tâche)</translation>
    </message>
    <message>
        <source>Select an image to see its details.</source>
        <translation>Sélectionnez une image pour voir ses détails.</translation>
    </message>
    <message>
        <source>Loading the details of %1…</source>
        <translation>Chargement des détails de %1…</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>No details</source>
        <translation>Aucun détail</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Arrêt de %1…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Image details</source>
        <translation>Détails de l&apos;image</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DetailsTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Digest</source>
        <translation>Copier l&apos;&amp;empreinte</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DriftChecker</name>
    <message>
        <source>%1 names no tag</source>
        <translation>%1 ne nomme aucun tag</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DriftText</name>
    <message>
        <source>In sync</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Local seulement</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not local</source>
        <translation>Pas en local</translation>
    </message>
    <message>
        <source>Local is behind</source>
        <translation>Local en retard</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Asking %1 what %2 names now</source>
        <translation>Demande à %1 ce que %2 nomme à présent</translation>
    </message>
    <message>
        <source>The registry&apos;s %1 names %2, the image here</source>
        <translation>Le tag %1 du registre nomme %2, l&apos;image d&apos;ici</translation>
    </message>
    <message>
        <source>The registry&apos;s %1 names %2, an image this one was never pulled as or pushed to; Pull replaces it</source>
        <translation>Le tag %1 du registre nomme %2, une image sous le nom de laquelle celle-ci n&apos;a jamais été ni récupérée ni envoyée ; Récupérer la remplace</translation>
    </message>
    <message>
        <source>The registry&apos;s %1 now names %2; Pull updates it</source>
        <translation>Le tag %1 du registre nomme maintenant %2 ; Récupérer la met à jour</translation>
    </message>
    <message>
        <source>%1 has no tag %2 in %3: this tag is only here (Push puts it there)</source>
        <translation>%1 n&apos;a pas de tag %2 dans %3 : ce tag n&apos;existe qu&apos;ici (Envoyer l&apos;y place)</translation>
    </message>
    <message>
        <source>%1 did not say which image %2 names</source>
        <translation>%1 n&apos;a pas dit quelle image %2 nomme</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>%1 n&apos;a pas pu être interrogé : %2</translation>
    </message>
    <message>
        <source>The engine holds the image %1 names</source>
        <translation>Le moteur détient l&apos;image que nomme %1</translation>
    </message>
    <message>
        <source>The engine&apos;s %1 is another image than the registry&apos;s; Pull updates it</source>
        <translation>%1 est dans le moteur une autre image que dans le registre ; Récupérer la met à jour</translation>
    </message>
    <message>
        <source>The engine does not hold the image %1 names</source>
        <translation>Le moteur ne détient pas l&apos;image que nomme %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DropActions</name>
    <message>
        <source>Retag and Push</source>
        <translation>Retaguer et envoyer</translation>
    </message>
    <message>
        <source>Push %1 as:</source>
        <translation>Envoyer %1 sous :</translation>
    </message>
    <message>
        <source>Retag and &amp;Push</source>
        <translation>Retaguer et &amp;envoyer</translation>
    </message>
    <message>
        <source>Tag Image</source>
        <translation>Taguer l&apos;image</translation>
    </message>
    <message>
        <source>New name for %1 on the engine:</source>
        <translation>Nouveau nom pour %1 sur le moteur :</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Taguer</translation>
    </message>
    <message>
        <source>Push To</source>
        <translation>Envoyer vers</translation>
    </message>
    <message>
        <source>Copy To</source>
        <translation>Copier vers</translation>
    </message>
    <message>
        <source>Copy %1 to:</source>
        <translation>Copier %1 vers :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Retag</source>
        <translation>Retaguer</translation>
    </message>
    <message>
        <source>New tag for %1 (the same registry):</source>
        <translation>Nouveau tag pour %1 (le même registre) :</translation>
    </message>
    <message>
        <source>&amp;Retag</source>
        <translation>&amp;Retaguer</translation>
    </message>
    <message>
        <source>A retag stays in %1: Copy To… copies elsewhere</source>
        <translation>Un retag reste dans %1 : Copier vers… copie ailleurs</translation>
    </message>
    <message>
        <source>Tagged %1 as %2</source>
        <translation>%1 tagué en %2</translation>
    </message>
    <message>
        <source>Could not tag %1 as %2: %3</source>
        <translation>Impossible de taguer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>Loading %1 (see the Jobs panel)</source>
        <translation>Chargement de %1 (voir le panneau Tâches)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DropPlanner</name>
    <message>
        <source>Only images, tags and image archives can be dropped here</source>
        <translation>Seuls des images, des tags et des archives d&apos;images peuvent être déposés ici</translation>
    </message>
    <message>
        <source>Image archives load into an engine: drop them on one</source>
        <translation>Les archives d&apos;images se chargent dans un moteur : déposez-les sur l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>%1 is not an image archive (.tar, .tar.gz, .tar.xz, .tar.zst)</source>
        <translation>%1 n&apos;est pas une archive d&apos;image (.tar, .tar.gz, .tar.xz, .tar.zst)</translation>
    </message>
    <message>
        <source>Load %1 into %2</source>
        <translation>Charger %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Load %Ln archive(s) into %1</source>
        <translation>
            <numerusform>Charger %Ln archive dans %1</numerusform>
            <numerusform>Charger %Ln archives dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: it serves pulls only</source>
        <translation>%1 est en lecture seule : il ne sert qu&apos;aux récupérations (pull)</translation>
    </message>
    <message>
        <source>No login for %1: sign in with File ▸ Accounts… first</source>
        <translation>Aucune connexion pour %1 : connectez-vous d&apos;abord avec Fichier ▸ Comptes…</translation>
    </message>
    <message>
        <source>%1 is on another engine: save it to a file and load it there</source>
        <translation>%1 est sur un autre moteur : enregistrez-la dans un fichier et chargez-la là-bas</translation>
    </message>
    <message>
        <source>Tag %1 with a new name on %2</source>
        <translation>Taguer %1 avec un nouveau nom sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln image(s) with new names on %1</source>
        <translation>
            <numerusform>Taguer %Ln image avec un nouveau nom sur %1</numerusform>
            <numerusform>Taguer %Ln images avec de nouveaux noms sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no name to push: Retag… (F2) names it first</source>
        <translation>%1 n&apos;a pas de nom sous lequel l&apos;envoyer : Retaguer… (F2) lui en donne d&apos;abord un</translation>
    </message>
    <message>
        <source>Push to Amazon ECR takes one image at a time</source>
        <translation>L&apos;envoi vers Amazon ECR prend une image à la fois</translation>
    </message>
    <message>
        <source>Push %1 to Amazon ECR (%2), into the repository of its name</source>
        <translation>Envoyer %1 vers Amazon ECR (%2), dans le dépôt de son nom</translation>
    </message>
    <message>
        <source>Retag %1 as %2 and push</source>
        <translation>Retaguer %1 en %2 et l&apos;envoyer</translation>
    </message>
    <message numerus="yes">
        <source>Retag %Ln image(s) into %1 and push</source>
        <translation>
            <numerusform>Retaguer %Ln image dans %1 et l&apos;envoyer</numerusform>
            <numerusform>Retaguer %Ln images dans %1 et les envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an index of %2 only: %3 runs %4 images</source>
        <translation>%1 est un index de %2 seulement : %3 exécute des images %4</translation>
    </message>
    <message>
        <source>Pull %1 into %2</source>
        <translation>Récupérer %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Pull %Ln tag(s) into %1</source>
        <translation>
            <numerusform>Récupérer %Ln tag dans %1</numerusform>
            <numerusform>Récupérer %Ln tags dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a reference Berth can copy</source>
        <translation>%1 n&apos;est pas une référence que Berth peut copier</translation>
    </message>
    <message>
        <source>%1 is already in %2</source>
        <translation>%1 est déjà dans %2</translation>
    </message>
    <message>
        <source>Retag one tag at a time inside its repository</source>
        <translation>Retaguer un tag à la fois, dans son propre dépôt</translation>
    </message>
    <message>
        <source>Retag %1 with a new tag in %2/%3</source>
        <translation>Retaguer %1 avec un nouveau tag dans %2/%3</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Copier %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Copy %Ln tag(s) to %1</source>
        <translation>
            <numerusform>Copier %Ln tag vers %1</numerusform>
            <numerusform>Copier %Ln tags vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::EcrCatalogLoader</name>
    <message>
        <source>Berth&apos;s AWS accounts are not available here</source>
        <translation>Les comptes AWS de Berth ne sont pas disponibles ici</translation>
    </message>
    <message>
        <source>The keys of AWS account %1 cannot be read: %2</source>
        <translation>Les clés du compte AWS %1 ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>Berth keeps no AWS account %1 any more</source>
        <translation>Berth ne garde plus de compte AWS %1</translation>
    </message>
    <message>
        <source>AWS account %1 names no region: File ▸ Accounts… gives it one</source>
        <translation>Le compte AWS %1 ne nomme aucune région : Fichier ▸ Comptes… lui en donne une</translation>
    </message>
    <message>
        <source>AWS account %1 did not list its ECR repositories: %2</source>
        <translation>Le compte AWS %1 n&apos;a pas listé ses dépôts ECR : %2</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::EcrPushAction</name>
    <message>
        <source>Push to &amp;ECR</source>
        <translation>Envoyer vers &amp;ECR</translation>
    </message>
    <message>
        <source>Push the selected image to Amazon ECR with your AWS account (Ctrl+Shift+E)</source>
        <translation>Envoyer l&apos;image sélectionnée vers Amazon ECR avec votre compte AWS (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Push to ECR</source>
        <translation>Envoyer vers ECR</translation>
    </message>
    <message>
        <source>Your AWS credentials name no region. Set one for your AWS account (Accounts…, then Edit).</source>
        <translation>Vos identifiants AWS ne nomment aucune région. Définissez-en une pour votre compte AWS (Comptes…, puis Modifier).</translation>
    </message>
    <message>
        <source>No AWS account is set up: %1

Add one with Accounts….</source>
        <translation>Aucun compte AWS n&apos;est configuré : %1

Ajoutez-en un avec Comptes….</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>ECR has no repository %1. Create it?</source>
        <translation>ECR n&apos;a pas de dépôt %1. Le créer ?</translation>
    </message>
    <message>
        <source>&amp;Create and Push</source>
        <translation>&amp;Créer et envoyer</translation>
    </message>
    <message>
        <source>The engine pushed %1 but ECR lists %2 under %3</source>
        <translation>Le moteur a envoyé %1 mais ECR indique %2 sous %3</translation>
    </message>
    <message>
        <source>Pushed to ECR</source>
        <translation>Envoyé vers ECR</translation>
    </message>
    <message>
        <source>The image is in ECR:
%1</source>
        <translation>L&apos;image est dans ECR :
%1</translation>
    </message>
    <message>
        <source>&amp;Copy URI</source>
        <translation>&amp;Copier l&apos;URI</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::EngineBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Start &amp;sandbox engine</source>
        <translation>Démarrer le moteur &amp;bac à sable</translation>
    </message>
    <message>
        <source>Start a private Docker engine with a few sample images, its data in Berth&apos;s build folder. Needs root (sudo).</source>
        <translation>Démarrer un moteur Docker privé avec quelques images d&apos;exemple, ses données dans le dossier de build de Berth. Exige root (sudo).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No Docker engine at %1.&lt;/b&gt;&lt;br&gt;Start Docker (for example &lt;tt&gt;sudo systemctl start docker&lt;/tt&gt;), or point Berth at another engine with &lt;tt&gt;DOCKER_HOST&lt;/tt&gt; or &lt;tt&gt;--host&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Aucun moteur Docker à %1.&lt;/b&gt;&lt;br&gt;Démarrez Docker (par exemple &lt;tt&gt;sudo systemctl start docker&lt;/tt&gt;), ou dirigez Berth vers un autre moteur avec &lt;tt&gt;DOCKER_HOST&lt;/tt&gt; ou &lt;tt&gt;--host&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Permission denied on %1.&lt;/b&gt;&lt;br&gt;The engine is running, but this user may not open its socket. Either add yourself to the &lt;tt&gt;docker&lt;/tt&gt; group (&lt;tt&gt;sudo usermod -aG docker $USER&lt;/tt&gt;, then log out and in again; members of that group can act as root on this machine), or run Docker in rootless mode (&lt;tt&gt;dockerd-rootless-setuptool.sh install&lt;/tt&gt;), which runs an engine as your own user at &lt;tt&gt;unix://$XDG_RUNTIME_DIR/docker.sock&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Permission refusée sur %1.&lt;/b&gt;&lt;br&gt;Le moteur tourne, mais cet utilisateur ne peut pas ouvrir son socket. Ajoutez-vous au groupe &lt;tt&gt;docker&lt;/tt&gt; (&lt;tt&gt;sudo usermod -aG docker $USER&lt;/tt&gt;, puis déconnectez-vous et reconnectez-vous ; les membres de ce groupe peuvent agir en root sur cette machine), ou faites tourner Docker en mode rootless (&lt;tt&gt;dockerd-rootless-setuptool.sh install&lt;/tt&gt;), qui fait tourner un moteur sous votre propre utilisateur à &lt;tt&gt;unix://$XDG_RUNTIME_DIR/docker.sock&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine at %1 could not list images.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Le moteur à %1 n&apos;a pas pu lister les images.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Or try Berth&apos;s sandbox: a private engine with a few sample images.</source>
        <translation>&lt;br&gt;Ou essayez le bac à sable de Berth : un moteur privé avec quelques images d&apos;exemple.</translation>
    </message>
    <message>
        <source>This window shows &lt;b&gt;Berth&apos;s sandbox engine&lt;/b&gt; at %1: a private Docker engine with a few sample images, not your own engine.</source>
        <translation>Cette fenêtre montre &lt;b&gt;le moteur bac à sable de Berth&lt;/b&gt; à %1 : un moteur Docker privé avec quelques images d&apos;exemple, pas votre propre moteur.</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::EngineChooser</name>
    <message>
        <source>The engine whose images the window shows</source>
        <translation>Le moteur dont la fenêtre montre les images</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubPanel</name>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Copy To…</source>
        <translation>&amp;Copier vers…</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>&amp;Supprimer le tag…</translation>
    </message>
    <message>
        <source>&amp;My Repositories</source>
        <translation>&amp;Mes dépôts</translation>
    </message>
    <message>
        <source>&amp;Recently Opened</source>
        <translation>&amp;Ouverts récemment</translation>
    </message>
    <message>
        <source>(sign in to Docker Hub to see your repositories)</source>
        <translation>(connectez-vous à Docker Hub pour voir vos dépôts)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the tags of %1…</source>
        <translation>Lecture des tags de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull limit: %1</source>
        <translation>Limite de pulls : %1</translation>
    </message>
    <message>
        <source>Pulling %1 (see the Jobs panel)</source>
        <translation>Récupération de %1 (voir le panneau Tâches)</translation>
    </message>
    <message>
        <source>Copy Tag</source>
        <translation>Copier le tag</translation>
    </message>
    <message>
        <source>Copy %1 to (registry/repository:tag):</source>
        <translation>Copier %1 vers (registre/dépôt:tag) :</translation>
    </message>
    <message>
        <source>Copying %1 to %2 (see the Jobs panel)</source>
        <translation>Copie de %1 vers %2 (voir le panneau Tâches)</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer le tag</translation>
    </message>
    <message>
        <source>Delete the tag %1 from Docker Hub?</source>
        <translation>Supprimer le tag %1 de Docker Hub ?</translation>
    </message>
    <message>
        <source>The images it names stay on Docker Hub under their other tags and digests. This cannot be undone.</source>
        <translation>Les images qu&apos;il nomme restent sur Docker Hub sous leurs autres tags et empreintes. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
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
        <translation>Aucune connexion Docker Hub n&apos;est enregistrée</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubSearchModel</name>
    <message>
        <source>%1B</source>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officielle</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation>Pulls</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubSearchWidget</name>
    <message>
        <source>Search Docker Hub</source>
        <translation>Rechercher sur Docker Hub</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Recherche de « %1 »…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln repository(ies) for “%1”</source>
        <translation>
            <numerusform>%Ln dépôt pour « %1 »</numerusform>
            <numerusform>%Ln dépôts pour « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubTagsModel</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageContainersModel</name>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageContentsActions</name>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparer…</translation>
    </message>
    <message>
        <source>The selected image&apos;s files, layer by layer, and its wasted space</source>
        <translation>Les fichiers de l&apos;image sélectionnée, couche par couche, et son espace gaspillé</translation>
    </message>
    <message>
        <source>The files, config and layer sizes that differ between the two selected images</source>
        <translation>Les fichiers, la configuration et les tailles de couches qui diffèrent entre les deux images sélectionnées</translation>
    </message>
    <message>
        <source>Layers of %1</source>
        <translation>Couches de %1</translation>
    </message>
    <message>
        <source>E&amp;xplore Layers…</source>
        <translation>Explorer les &amp;couches…</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageDetailsParser</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Ports exposés</translation>
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
        <translation>Empreintes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Size (compressed layers)</source>
        <translation>Taille (couches compressées)</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>empty layer</source>
        <translation>couche vide</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This step changed only the image&apos;s settings and made no layer</source>
        <translation>Cette étape n&apos;a modifié que les réglages de l&apos;image et n&apos;a fait aucune couche</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageJobActions</name>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;All files (*)</source>
        <translation>Archives d&apos;images (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>&amp;Récupérer (pull)…</translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation>En&amp;voyer (push)</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Build…</source>
        <translation>Cons&amp;truire…</translation>
    </message>
    <message>
        <source>Pull an image from a registry (Ctrl+Shift+P)</source>
        <translation>Récupérer une image depuis un registre (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Push the selected tags to their registries (Ctrl+Shift+U)</source>
        <translation>Envoyer les tags sélectionnés vers leurs registres (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Save the selected images into a tar file (Ctrl+Shift+S)</source>
        <translation>Enregistrer les images sélectionnées dans un fichier tar (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Load images from a tar file (Ctrl+O)</source>
        <translation>Charger des images depuis un fichier tar (Ctrl+O)</translation>
    </message>
    <message>
        <source>Build an image from a Dockerfile (Ctrl+Shift+B)</source>
        <translation>Construire une image à partir d&apos;un Dockerfile (Ctrl+Shift+B)</translation>
    </message>
    <message numerus="yes">
        <source>Save %Ln Image(s) to File</source>
        <translation>
            <numerusform>Enregistrer %Ln image dans un fichier</numerusform>
            <numerusform>Enregistrer %Ln images dans un fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Images from File</source>
        <translation>Charger des images depuis un fichier</translation>
    </message>
    <message>
        <source>Push to Docker Hub?</source>
        <translation>Envoyer vers Docker Hub ?</translation>
    </message>
    <message>
        <source>No registry host in %1: the engine pushes it to Docker Hub (docker.io), where a repository may be public. Push to Docker Hub?</source>
        <translation>Aucun hôte de registre dans %1 : le moteur l&apos;envoie vers Docker Hub (docker.io), où un dépôt peut être public. Envoyer vers Docker Hub ?</translation>
    </message>
    <message>
        <source>&amp;Push to Docker Hub</source>
        <translation>&amp;Envoyer vers Docker Hub</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Ne plus demander</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageLayersModel</name>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Compressée</translation>
    </message>
    <message>
        <source>Uncompressed</source>
        <translation>Non compressée</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Uncompressed content: %1</source>
        <translation>Contenu non compressé : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageTransferActions</name>
    <message>
        <source>&amp;Retag…</source>
        <translation>Reta&amp;guer…</translation>
    </message>
    <message>
        <source>Give the selected image a new name on the engine (F2)</source>
        <translation>Donner à l&apos;image sélectionnée un nouveau nom sur le moteur (F2)</translation>
    </message>
    <message>
        <source>Retag the selected image for a registry of the Sources and push it</source>
        <translation>Retaguer l&apos;image sélectionnée pour un registre des Sources et l&apos;envoyer</translation>
    </message>
    <message>
        <source>Give the selected tag another tag in its repository (F2)</source>
        <translation>Donner au tag sélectionné un autre tag dans son dépôt (F2)</translation>
    </message>
    <message>
        <source>Copy &amp;To…</source>
        <translation>Copier &amp;vers…</translation>
    </message>
    <message>
        <source>Copy the selected tag to a registry of the Sources, without the engine</source>
        <translation>Copier le tag sélectionné vers un registre des Sources, sans passer par le moteur</translation>
    </message>
    <message>
        <source>Ret&amp;ag…</source>
        <translation>Reta&amp;guer…</translation>
    </message>
    <message>
        <source>Push T&amp;o…</source>
        <translation>E&amp;nvoyer vers…</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageUsersLookup</name>
    <message>
        <source>Which containers use %1 could not be read: %2</source>
        <translation>Impossible de lire quels conteneurs utilisent %1 : %2</translation>
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
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Copy Docker&apos;s logins into the keychain; Docker&apos;s config is not changed</source>
        <translation>Copier les connexions de Docker dans le trousseau ; la configuration de Docker n&apos;est pas modifiée</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Do not offer this again; File &gt; Accounts... can still import</source>
        <translation>Ne plus proposer cela ; Fichier &gt; Comptes... peut toujours importer</translation>
    </message>
    <message numerus="yes">
        <source>Docker has logins for %Ln registry(s) Berth does not keep: %1. Import them into the keychain?</source>
        <translation>
            <numerusform>Docker a des connexions pour %Ln registre que Berth ne conserve pas : %1. Les importer dans le trousseau ?</numerusform>
            <numerusform>Docker a des connexions pour %Ln registres que Berth ne conserve pas : %1. Les importer dans le trousseau ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::IndexPlatformsModel</name>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Manifest size</source>
        <translation>Taille du manifeste</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Open this platform&apos;s details (Enter or double-click)</source>
        <translation>Ouvrir les détails de cette plateforme (Entrée ou double-clic)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobHistoryModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (essai %2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Digest or error</source>
        <translation>Empreinte ou erreur</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobNotifier</name>
    <message>
        <source>Job failed: %1</source>
        <translation>Tâche échouée : %1</translation>
    </message>
    <message>
        <source>Job done: %1</source>
        <translation>Tâche terminée : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>&amp;Retry Job</source>
        <translation>&amp;Relancer la tâche</translation>
    </message>
    <message>
        <source>C&amp;lear Finished Jobs</source>
        <translation>&amp;Effacer les tâches terminées</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>Relancer de &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>A&amp;ctuelles</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Cancel the selected queued or running jobs (Delete)</source>
        <translation>Annuler les tâches sélectionnées en attente ou en cours (Delete)</translation>
    </message>
    <message>
        <source>Run the selected failed or cancelled jobs again (Ctrl+Shift+R)</source>
        <translation>Relancer les tâches sélectionnées échouées ou annulées (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Remove the jobs that have ended from the list (Ctrl+Shift+Delete)</source>
        <translation>Retirer de la liste les tâches terminées (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Queue the selected jobs again on this window&apos;s engine (Ctrl+Shift+R)</source>
        <translation>Remettre les tâches sélectionnées en file sur le moteur de cette fenêtre (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Collapse Panel</source>
        <translation>Replier le panneau</translation>
    </message>
    <message>
        <source>Shrink the panel to one line until a job starts</source>
        <translation>Réduire le panneau à une ligne jusqu&apos;au démarrage d&apos;une tâche</translation>
    </message>
    <message>
        <source>Job log</source>
        <translation>Journal de la tâche</translation>
    </message>
    <message>
        <source>Current jobs</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Historique des tâches</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsIdleStrip</name>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>The jobs of this and earlier sessions, and berthctl&apos;s</source>
        <translation>Les tâches de cette session et des précédentes, et celles de berthctl</translation>
    </message>
    <message>
        <source>Show Panel</source>
        <translation>Afficher le panneau</translation>
    </message>
    <message>
        <source>Open the whole Jobs panel</source>
        <translation>Ouvrir tout le panneau Tâches</translation>
    </message>
    <message>
        <source>No jobs running ·</source>
        <translation>Aucune tâche en cours ·</translation>
    </message>
    <message numerus="yes">
        <source>No jobs running · %Ln finished ·</source>
        <translation>
            <numerusform>Aucune tâche en cours · %Ln terminée ·</numerusform>
            <numerusform>Aucune tâche en cours · %Ln terminées ·</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsModel</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <comment>bytes done of total (percent)</comment>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (essai %2)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>transfer speed</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsPanelFollower</name>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Failed: %1&lt;/span&gt; — &lt;a href=&apos;%2&apos;&gt;show the job&lt;/a&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Échec : %1&lt;/span&gt; — &lt;a href=&apos;%2&apos;&gt;voir la tâche&lt;/a&gt;</translation>
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
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LayerFilesView</name>
    <message>
        <source>&amp;Only what this layer changed</source>
        <translation>&amp;Seulement ce que cette couche a modifié</translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation>Filtrer par chemin</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Gaspillé</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Couche :</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Reading %1 from its registry…</source>
        <translation>Lecture de %1 depuis son registre…</translation>
    </message>
    <message>
        <source>Reading %1 from the engine…</source>
        <translation>Lecture de %1 depuis le moteur…</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Image entière</translation>
    </message>
    <message>
        <source>Layer %1 (%2): %3</source>
        <translation>Couche %1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>Wasted space: %1 in %Ln file(s)</source>
        <translation>
            <numerusform>Espace gaspillé : %1 dans %Ln fichier</numerusform>
            <numerusform>Espace gaspillé : %1 dans %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrer les fichiers</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LoadPreviewDialog</name>
    <message>
        <source>Load Images from File</source>
        <translation>Charger des images depuis un fichier</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation>%1 ne peut pas être chargé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln layer(s), %2</source>
        <translation>
            <numerusform>%1 : %Ln couche, %2</numerusform>
            <numerusform>%1 : %Ln couches, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(sans tag)</translation>
    </message>
    <message>
        <source>  layer %1: %2</source>
        <translation>  couche %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln image(s). Load them?</source>
        <translation>
            <numerusform>%1 contient %Ln image. La charger ?</numerusform>
            <numerusform>%1 contient %Ln images. Les charger ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LocalDetailsLoader</name>
    <message>
        <source>The image %1 is no longer on the engine.</source>
        <translation>L&apos;image %1 n&apos;est plus sur le moteur.</translation>
    </message>
    <message>
        <source>The engine did not give the image&apos;s details: %1</source>
        <translation>Le moteur n&apos;a pas donné les détails de l&apos;image : %1</translation>
    </message>
    <message>
        <source>The containers of this image could not be listed: %1</source>
        <translation>Les conteneurs de cette image n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>The engine did not give the image&apos;s history: %1</source>
        <translation>Le moteur n&apos;a pas donné l&apos;historique de l&apos;image : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LocalImageActions</name>
    <message>
        <source>Prune &amp;Dangling…</source>
        <translation>Nettoyer les &amp;orphelines…</translation>
    </message>
    <message>
        <source>Remove the selected tags and images from the engine (Delete)</source>
        <translation>Supprimer du moteur les tags et images sélectionnés (Delete)</translation>
    </message>
    <message>
        <source>Remove the untagged images no container uses (Ctrl+Shift+K)</source>
        <translation>Supprimer les images sans tag qu&apos;aucun conteneur n&apos;utilise (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>%1 (untagged, %2)</source>
        <translation>%1 (sans tag, %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>    used by %Ln container(s): %1</source>
        <translation>
            <numerusform>    utilisée par %Ln conteneur : %1</numerusform>
            <numerusform>    utilisée par %Ln conteneurs : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s) from the engine?</source>
        <translation>
            <numerusform>Supprimer %Ln image du moteur ?</numerusform>
            <numerusform>Supprimer %Ln images du moteur ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine keeps an image a container uses until the container is removed (Details ▸ Containers); the others go.</source>
        <translation>Le moteur garde une image qu&apos;un conteneur utilise jusqu&apos;à ce que ce conteneur soit supprimé (Détails ▸ Conteneurs) ; les autres sont supprimées.</translation>
    </message>
    <message>
        <source>Remove Images</source>
        <translation>Supprimer des images</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The list shows no dangling (untagged) image. Ask the engine to prune anyway?</source>
        <translation>La liste ne montre aucune image orpheline (sans tag). Demander quand même au moteur de nettoyer ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln dangling (untagged) image(s) no container uses? This frees up to %1.</source>
        <translation>
            <numerusform>Supprimer %Ln image orpheline (sans tag) qu&apos;aucun conteneur n&apos;utilise ? Cela libère jusqu&apos;à %1.</numerusform>
            <numerusform>Supprimer les %Ln images orphelines (sans tag) qu&apos;aucun conteneur n&apos;utilise ? Cela libère jusqu&apos;à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune Dangling Images</source>
        <translation>Nettoyer les images orphelines</translation>
    </message>
    <message>
        <source>&amp;Prune</source>
        <translation>&amp;Nettoyer</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Prune Dangling freed %1 (%Ln image(s) deleted)</source>
        <translation>
            <numerusform>Le nettoyage des images orphelines a libéré %1 (%Ln image supprimée)</numerusform>
            <numerusform>Le nettoyage des images orphelines a libéré %1 (%Ln images supprimées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune Dangling failed: %1</source>
        <translation>Échec du nettoyage des images orphelines : %1</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LocalImagesModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID de l&apos;image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LoginDialog</name>
    <message>
        <source>Keep for this &amp;session only (not in the keychain)</source>
        <translation>Conserver pour cette &amp;session seulement (pas dans le trousseau)</translation>
    </message>
    <message>
        <source>Sign In to a Registry</source>
        <translation>Se connecter à un registre</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registre :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Mot de passe ou jeton :</translation>
    </message>
    <message>
        <source>Give the registry, the user name and the password.</source>
        <translation>Donnez le registre, le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>The keychain cannot keep the login (%1). Sign in again to keep it for this session only.</source>
        <translation>Le trousseau ne peut pas conserver la connexion (%1). Connectez-vous de nouveau pour la conserver pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::MainWindow</name>
    <message>
        <source>Filter by repository, tag or image ID (Ctrl+F)</source>
        <translation>Filtrer par dépôt, tag ou ID d&apos;image (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>Impossible d&apos;afficher %1 : %2</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>Ouvrir un dépôt</translation>
    </message>
    <message>
        <source>Repository, with a tag to select (ubuntu, ghcr.io/org/app, 127.0.0.1:5000/team/app:1.0):</source>
        <translation>Dépôt, avec un tag à sélectionner (ubuntu, ghcr.io/org/app, 127.0.0.1:5000/team/app:1.0) :</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Sandbox engine</source>
        <translation>Moteur bac à sable</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the image list from the engine (F5)</source>
        <translation>Recharger la liste des images depuis le moteur (F5)</translation>
    </message>
    <message>
        <source>&amp;Open Repository…</source>
        <translation>&amp;Ouvrir un dépôt…</translation>
    </message>
    <message>
        <source>Open any repository&apos;s tags by name, with the stored login or anonymously (Ctrl+L)</source>
        <translation>Ouvrir les tags de n&apos;importe quel dépôt par son nom, avec la connexion enregistrée ou anonymement (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Pas en direct</translation>
    </message>
    <message>
        <source>The list follows the engine&apos;s changes as they happen</source>
        <translation>La liste suit les changements du moteur au moment où ils se produisent</translation>
    </message>
    <message>
        <source>Not receiving the engine&apos;s changes; Berth reconnects by itself and then reads the list again (F5 reads it now)</source>
        <translation>Les changements du moteur n&apos;arrivent pas ; Berth se reconnecte tout seul puis relit la liste (F5 la relit maintenant)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation>À &amp;propos de Berth</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Remote Image Details…</source>
        <translation>Détails d&apos;une image d&amp;istante…</translation>
    </message>
    <message>
        <source>Remote Image Details</source>
        <translation>Détails d&apos;une image distante</translation>
    </message>
    <message>
        <source>Image reference (NAME[:TAG|@DIGEST]):</source>
        <translation>Référence d&apos;image (NAME[:TAG|@DIGEST]) :</translation>
    </message>
    <message>
        <source>Sign In?</source>
        <translation>Se connecter ?</translation>
    </message>
    <message>
        <source>%1 refused %2. Sign in to %1 and try the job again?</source>
        <translation>%1 a refusé %2. Se connecter à %1 et relancer la tâche ?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) did not finish when Berth last stopped; the Jobs panel&apos;s History lists them</source>
        <translation>
            <numerusform>%Ln tâche ne s&apos;est pas terminée au dernier arrêt de Berth ; l&apos;historique du panneau Tâches la liste</numerusform>
            <numerusform>%Ln tâches ne se sont pas terminées au dernier arrêt de Berth ; l&apos;historique du panneau Tâches les liste</numerusform>
        </translation>
    </message>
    <message>
        <source>Berth — sandbox engine (%1)</source>
        <translation>Berth — moteur bac à sable (%1)</translation>
    </message>
    <message>
        <source>Berth — %1</source>
        <translation>Berth — %1</translation>
    </message>
    <message>
        <source>Starting the sandbox engine…</source>
        <translation>Démarrage du moteur bac à sable…</translation>
    </message>
    <message>
        <source>Loading images from %1…</source>
        <translation>Chargement des images depuis %1…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The engine has no images</source>
        <translation>Le moteur n&apos;a aucune image</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image tag(s)</source>
        <translation>
            <numerusform>%Ln tag d&apos;image</numerusform>
            <numerusform>%Ln tags d&apos;image</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>Registries, parallel jobs, the default engine, the language and the accounts (Ctrl+,)</source>
        <translation>Registres, tâches parallèles, moteur par défaut, langue et comptes (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>&amp;Docker Hub</source>
        <translation>&amp;Docker Hub</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>Filtrer les images</translation>
    </message>
    <message>
        <source>Local images</source>
        <translation>Images locales</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln image tag(s) shown</source>
        <translation>
            <numerusform>%L1 sur %Ln tag d&apos;image affichés</numerusform>
            <numerusform>%L1 sur %Ln tags d&apos;image affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::PullDialog</name>
    <message>
        <source>Pull Image</source>
        <translation>Récupérer une image</translation>
    </message>
    <message>
        <source>&amp;Image to pull:</source>
        <translation>&amp;Image à récupérer :</translation>
    </message>
    <message>
        <source>e.g. alpine:3.19 or registry.example:5000/app:1</source>
        <translation>par ex. alpine:3.19 ou registry.example:5000/app:1</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>A name, with a tag or a digest if you want a particular one.</source>
        <translation>Un nom, avec un tag ou une empreinte si vous en voulez une en particulier.</translation>
    </message>
    <message>
        <source>Pulls %1</source>
        <translation>Récupère %1</translation>
    </message>
    <message>
        <source>Pl&amp;atform:</source>
        <translation>Pl&amp;ateforme :</translation>
    </message>
    <message>
        <source>The engine&apos;s choice</source>
        <translation>Le choix du moteur</translation>
    </message>
    <message>
        <source>Looking up the platforms…</source>
        <translation>Recherche des plateformes…</translation>
    </message>
    <message>
        <source>The image&apos;s only platform</source>
        <translation>L&apos;unique plateforme de l&apos;image</translation>
    </message>
    <message>
        <source>%1 (the engine&apos;s)</source>
        <translation>%1 (celle du moteur)</translation>
    </message>
    <message>
        <source>The engine&apos;s choice (no platform list: see the tool tip)</source>
        <translation>Le choix du moteur (pas de liste de plateformes : voir l&apos;infobulle)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RegistryErrorText</name>
    <message>
        <source>%1 refused anonymous access to %2: sign in to it with File ▸ Accounts…</source>
        <translation>%1 a refusé l&apos;accès anonyme à %2 : connectez-vous avec Fichier ▸ Comptes…</translation>
    </message>
    <message>
        <source>%1 refused user %2: the password is wrong or has changed (File ▸ Accounts… signs in again)</source>
        <translation>%1 a refusé l&apos;utilisateur %2 : le mot de passe est erroné ou a changé (Fichier ▸ Comptes… permet de se reconnecter)</translation>
    </message>
    <message>
        <source>%1 refused user %2 %3: that user may not read it</source>
        <translation>%1 a refusé l&apos;utilisateur %2 pour %3 : cet utilisateur n&apos;a pas le droit de le lire</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 ne répond pas : %2</translation>
    </message>
    <message>
        <source>%1 stopped answering while sending %2; Retry asks again</source>
        <translation>%1 a cessé de répondre en envoyant %2 ; Réessayer redemande</translation>
    </message>
    <message>
        <source>the list of repositories</source>
        <translation>la liste des dépôts</translation>
    </message>
    <message>
        <source>%1 lists no repositories: Open Repository… (Ctrl+L) opens one by name</source>
        <translation>%1 ne liste aucun dépôt : Ouvrir un dépôt… (Ctrl+L) en ouvre un par son nom</translation>
    </message>
    <message>
        <source>%1 could not send %2: %3</source>
        <translation>%1 n&apos;a pas pu envoyer %2 : %3</translation>
    </message>
    <message>
        <source>the tags of %1</source>
        <translation>les tags de %1</translation>
    </message>
    <message>
        <source>no repository %1 on %2</source>
        <translation>pas de dépôt %1 sur %2</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>no tag %1 in %2/%3</source>
        <translation>pas de tag %1 dans %2/%3</translation>
    </message>
    <message>
        <source>%1 is not trusted: its TLS certificate is not signed by a CA this system knows. Settings ▸ Registries (Ctrl+,) takes the registry&apos;s CA file, or marks it insecure (%2)</source>
        <translation>%1 n&apos;est pas de confiance : son certificat TLS n&apos;est signé par aucune autorité de certification (CA) que ce système connaît. Réglages ▸ Registres (Ctrl+,) accepte le fichier CA du registre, ou le marque non sécurisé (%2)</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RegistrySettingsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Insecure (plain HTTP / unverified TLS)</source>
        <translation>&amp;Non sécurisé (HTTP en clair / TLS non vérifié)</translation>
    </message>
    <message>
        <source>host[:port], e.g. registry.example.com:5000 or docker.io</source>
        <translation>hôte[:port], par ex. registry.example.com:5000 ou docker.io</translation>
    </message>
    <message>
        <source>PEM file of CA certificates, besides the system&apos;s</source>
        <translation>Fichier PEM de certificats CA, en plus de ceux du système</translation>
    </message>
    <message>
        <source>PEM client certificate, if the registry asks for one</source>
        <translation>Certificat client PEM, si le registre en demande un</translation>
    </message>
    <message>
        <source>PEM private key of the client certificate</source>
        <translation>Clé privée PEM du certificat client</translation>
    </message>
    <message>
        <source>Allow plain HTTP and TLS without checking the certificate. Anyone on the way can read and change what is sent.</source>
        <translation>Autoriser HTTP en clair et TLS sans vérification du certificat. Quiconque se trouve sur le trajet peut lire et modifier ce qui est envoyé.</translation>
    </message>
    <message>
        <source>Docker Hub only: a mirror&apos;s URL, e.g. https://mirror.example</source>
        <translation>Docker Hub seulement : l&apos;URL d&apos;un miroir, par ex. https://mirror.example</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA :</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>C&amp;ertificat client :</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clé c&amp;lient :</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Miroir :</translation>
    </message>
    <message>
        <source>Berth&apos;s own registry clients (browsing, details, copies) use these; the engine&apos;s pulls and pushes follow the engine&apos;s own configuration.</source>
        <translation>Les clients de registre de Berth (navigation, détails, copies) utilisent ces réglages ; les récupérations et envois du moteur suivent la configuration propre du moteur.</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificats CA</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>(new registry)</source>
        <translation>(nouveau registre)</translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation>%1 (non sécurisé)</translation>
    </message>
    <message>
        <source>PEM files (*.crt *.cert *.pem *.key)</source>
        <translation>Fichiers PEM (*.crt *.cert *.pem *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier de la CA</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Choisir la clé client</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RemoteDetailsLoader</name>
    <message>
        <source>%1
Sign in to %2 with File ▸ Accounts…, then show the image again.</source>
        <translation>%1
Connectez-vous à %2 avec Fichier ▸ Comptes…, puis affichez de nouveau l&apos;image.</translation>
    </message>
    <message>
        <source>No image %1 in %2.</source>
        <translation>Aucune image %1 dans %2.</translation>
    </message>
    <message>
        <source>No tag %1 in %2.</source>
        <translation>Aucun tag %1 dans %2.</translation>
    </message>
    <message>
        <source>config %1 of %2</source>
        <translation>configuration %1 de %2</translation>
    </message>
    <message>
        <source>The image&apos;s config %1 is missing from %2; its settings and history cannot be shown.</source>
        <translation>La configuration %1 de l&apos;image manque dans %2 ; ses réglages et son historique ne peuvent pas être affichés.</translation>
    </message>
    <message>
        <source>The image&apos;s config could not be read: %1</source>
        <translation>La configuration de l&apos;image n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The registry sent a config that does not match its digest %1; it is not shown.</source>
        <translation>Le registre a envoyé une configuration qui ne correspond pas à son empreinte %1 ; elle n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>The image&apos;s config %1 is not a JSON object.</source>
        <translation>La configuration %1 de l&apos;image n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1 is not an image reference: %2</source>
        <translation>%1 n&apos;est pas une référence d&apos;image : %2</translation>
    </message>
    <message>
        <source>The stored login for %1 could not be read: %2</source>
        <translation>La connexion enregistrée pour %1 n&apos;a pas pu être lue : %2</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RemoteTagsLoader</name>
    <message>
        <source>config of %1:%2</source>
        <translation>configuration de %1:%2</translation>
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
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Media Type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RemoteTagsView</name>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Filter by tag, digest or platform (Ctrl+F)</source>
        <translation>Filtrer par tag, empreinte ou plateforme (Ctrl+F)</translation>
    </message>
    <message>
        <source>Listing tags…</source>
        <translation>Liste des tags…</translation>
    </message>
    <message numerus="yes">
        <source>Listing tags… %Ln so far</source>
        <translation>
            <numerusform>Liste des tags… %Ln jusqu&apos;ici</numerusform>
            <numerusform>Liste des tags… %Ln jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucun tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message>
        <source>no tag %1 in %2/%3</source>
        <translation>pas de tag %1 dans %2/%3</translation>
    </message>
    <message>
        <source>Pull Selected &amp;Tags</source>
        <translation>Récupérer les tags sé&amp;lectionnés</translation>
    </message>
    <message>
        <source>Pull the selected tags to the engine (Ctrl+Shift+G)</source>
        <translation>Récupérer les tags sélectionnés dans le moteur (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrer les tags</translation>
    </message>
    <message>
        <source>Remote tags</source>
        <translation>Tags du registre</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RetagDialog</name>
    <message>
        <source>&amp;Destination (a registry or a repository of the Sources):</source>
        <translation>&amp;Destination (un registre ou un dépôt des Sources) :</translation>
    </message>
    <message>
        <source>A name with a tag, e.g. 127.0.0.1:5000/team/app:1.0</source>
        <translation>Un nom avec un tag, par ex. 127.0.0.1:5000/team/app:1.0</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RunDialog</name>
    <message>
        <source>Re&amp;move the container when it exits</source>
        <translation>Supprimer le conteneur quand il se &amp;termine</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécuter %1</translation>
    </message>
    <message>
        <source>the image&apos;s own command</source>
        <translation>la commande propre à l&apos;image</translation>
    </message>
    <message>
        <source>NAME=value, one a line</source>
        <translation>NOM=valeur, un par ligne</translation>
    </message>
    <message>
        <source>e.g. 8080:80 127.0.0.1:5353:53/udp</source>
        <translation>par ex. 8080:80 127.0.0.1:5353:53/udp</translation>
    </message>
    <message>
        <source>When the image is missing</source>
        <translation>Quand l&apos;image manque</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>E&amp;nvironnement :</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports :</translation>
    </message>
    <message>
        <source>P&amp;ull:</source>
        <translation>&amp;Récupérer :</translation>
    </message>
    <message>
        <source>Name the image to run.</source>
        <translation>Nommez l&apos;image à exécuter.</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RunPanel</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécuter %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>could not pull %1: %2</source>
        <translation>impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Unable to find image &apos;%1&apos; locally
</source>
        <translation>Image &apos;%1&apos; introuvable localement
</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Pulling %1: %2 of %3</source>
        <translation>Récupération de %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Pulling %1: %2</source>
        <translation>Récupération de %1 : %2</translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation>Terminé avec le code %1</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>Exécution impossible : %1</translation>
    </message>
    <message>
        <source>Container output</source>
        <translation>Sortie du conteneur</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SandboxEngine</name>
    <message>
        <source>The sandbox engine did not start: %1
It needs root; in a terminal, run &apos;packaging/dev.sh run&apos;, which asks for your password and opens Berth on the sandbox.</source>
        <translation>Le moteur bac à sable n&apos;a pas démarré : %1
Il exige root ; dans un terminal, lancez &apos;packaging/dev.sh run&apos;, qui demande votre mot de passe et ouvre Berth sur le bac à sable.</translation>
    </message>
    <message>
        <source>the script failed</source>
        <translation>le script a échoué</translation>
    </message>
    <message>
        <source>The sandbox engine did not start: %1</source>
        <translation>Le moteur bac à sable n&apos;a pas démarré : %1</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SelfTest</name>
    <message>
        <source>the filter box exists</source>
        <translation>le champ de filtre existe</translation>
    </message>
    <message>
        <source>the image table exists</source>
        <translation>le tableau des images existe</translation>
    </message>
    <message>
        <source>the title starts with Berth</source>
        <translation>le titre commence par Berth</translation>
    </message>
    <message>
        <source>the table shows three rows</source>
        <translation>le tableau montre trois lignes</translation>
    </message>
    <message>
        <source>the filter leaves one row</source>
        <translation>le filtre laisse une ligne</translation>
    </message>
    <message>
        <source>an unreachable engine shows the error banner</source>
        <translation>un moteur injoignable affiche le bandeau d&apos;erreur</translation>
    </message>
    <message>
        <source>a job that cannot start fails with its reason in the Jobs panel</source>
        <translation>une tâche qui ne peut pas démarrer échoue avec sa raison dans le panneau Tâches</translation>
    </message>
    <message>
        <source>self-test passed
</source>
        <translation>autotest réussi
</translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: %Ln check(s)
</source>
        <translation>
            <numerusform>autotest échoué : %Ln vérification
</numerusform>
            <numerusform>autotest échoué : %Ln vérifications
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>How many pulls, pushes, saves, loads and copies run at once; the others wait their turn. A change applies at once to the jobs that wait.</source>
        <translation>Combien de récupérations, envois, enregistrements, chargements et copies s&apos;exécutent à la fois ; les autres attendent leur tour. Un changement s&apos;applique aussitôt aux tâches en attente.</translation>
    </message>
    <message>
        <source>&amp;Parallel jobs:</source>
        <translation>Tâches &amp;parallèles :</translation>
    </message>
    <message>
        <source>The one chosen last in the engine list</source>
        <translation>Le dernier choisi dans la liste des moteurs</translation>
    </message>
    <message>
        <source>The engine Berth opens on, unless the command line (--host, --context) or DOCKER_HOST or DOCKER_CONTEXT names one.</source>
        <translation>Le moteur sur lequel Berth s&apos;ouvre, sauf si la ligne de commande (--host, --context), DOCKER_HOST ou DOCKER_CONTEXT en nomme un.</translation>
    </message>
    <message>
        <source>&amp;Default engine:</source>
        <translation>Moteur par &amp;défaut :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language applies when Berth starts next.</source>
        <translation>La langue s&apos;applique au prochain démarrage de Berth.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>System: the desktop&apos;s colours and style, dark when the desktop prefers dark. Light and Dark: Berth&apos;s own, whatever the desktop uses. Applies at once.</source>
        <translation>Système : les couleurs et le style du bureau, sombre quand le bureau préfère le sombre. Clair et Sombre : ceux de Berth, quel que soit le bureau. S&apos;applique aussitôt.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SourcesModel</name>
    <message>
        <source>Engines</source>
        <translation>Moteurs</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>No list of repositories: Open Repository… (Ctrl+L) opens one by name</source>
        <translation>Pas de liste des dépôts : Ouvrir un dépôt… (Ctrl+L) en ouvre un par son nom</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 (Enter to retry)</source>
        <translation>%1 (Entrée pour réessayer)</translation>
    </message>
    <message>
        <source>My Repositories</source>
        <translation>Mes dépôts</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation>%1 (non sécurisé)</translation>
    </message>
    <message>
        <source>%1: plain HTTP and unverified TLS are allowed (Settings ▸ Registries)</source>
        <translation>%1 : HTTP en clair et TLS non vérifié sont autorisés (Réglages ▸ Registres)</translation>
    </message>
    <message>
        <source>AWS account %1: the ECR registry %2</source>
        <translation>Compte AWS %1 : le registre ECR %2</translation>
    </message>
    <message>
        <source>AWS account %1: its ECR registry in %2</source>
        <translation>Compte AWS %1 : son registre ECR dans %2</translation>
    </message>
    <message>
        <source>Drop on an engine, a registry or a repository</source>
        <translation>Déposer sur un moteur, un registre ou un dépôt</translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SourcesTree</name>
    <message>
        <source>No list of repositories</source>
        <translation>Pas de liste des dépôts</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open Repository…</source>
        <translation>Ouvrir un dépôt…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Engines, registries and their repositories</source>
        <translation>Moteurs, registres et leurs dépôts</translation>
    </message>
</context>
<context>
    <name>Berthctl</name>
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
        <translation>Utilisation : berthctl [--host URL | --context NAME] COMMANDE [ARGUMENTS...]

Gérer des images de conteneurs depuis des scripts.

Options globales :
  -H, --host URL   Point d&apos;accès du moteur (unix://, tcp://) ; par défaut : DOCKER_HOST, sinon le contexte actuel de la CLI docker, sinon le socket local
  -c, --context NAME  Utiliser le moteur de ce contexte docker (docker context ls)
  --timeout SECS   Faire échouer un appel au moteur qui n&apos;envoie rien pendant SECS secondes (30 par défaut)
  --jobs N         Exécuter au plus N pulls, pushes, sauvegardes ou chargements à la fois, et copier au plus N blobs à la fois (3 par défaut)
  -h, --help       Afficher cette aide
  -v, --version    Afficher la version

Commandes :
</translation>
    </message>
    <message>
        <source>Show a command&apos;s help and examples: help [COMMAND [SUBCOMMAND]]</source>
        <translation>Montrer l&apos;aide et les exemples d&apos;une commande : help [COMMANDE [SOUS-COMMANDE]]</translation>
    </message>
    <message>
        <source>
Run &apos;berthctl help COMMAND&apos; or &apos;berthctl COMMAND --help&apos; for a command&apos;s options and examples.
</source>
        <translation>
Lancez &apos;berthctl help COMMANDE&apos; ou &apos;berthctl COMMANDE --help&apos; pour les options et les exemples d&apos;une commande.
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
Codes de sortie :
  0    succès
  1    échec (le message du moteur, du registre ou de Berth dit lequel)
  2    erreur d&apos;utilisation : la ligne de commande est incorrecte
  3    aucun moteur à cette adresse
  4    permission refusée sur le socket du moteur
  5    le registre a refusé la connexion (ou l&apos;accès anonyme)
  6    le registre est injoignable
  130  annulé par SIGINT (Ctrl-C)
  141  images save : le lecteur de stdout est parti
  143  annulé par SIGTERM
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
Environnement :
  DOCKER_HOST    le moteur, quand --host n&apos;est pas donné
  DOCKER_CONTEXT le contexte docker, quand ni --host, ni --context, ni DOCKER_HOST n&apos;est donné
  DOCKER_TLS_VERIFY, DOCKER_CERT_PATH  TLS pour un DOCKER_HOST tcp : vérifier avec ca.pem, présenter cert.pem et key.pem
  DOCKER_CONFIG  le dossier de configuration du client Docker, avec ses contextes (~/.docker par défaut)
</translation>
    </message>
    <message>
        <source>  AWS_PROFILE, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL_ECR, ...  as the AWS CLI reads them, for berthctl ecr and images on ECR registry hosts
  BERTH_ECR_REGISTRY_HOSTS  HOST=ACCOUNT:REGION[,...]: registries that serve ECR&apos;s tokens under another name (an emulator)
</source>
        <translation>  AWS_PROFILE, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL_ECR, ...  tels que l&apos;AWS CLI les lit, pour berthctl ecr et images sur les hôtes de registres ECR
  BERTH_ECR_REGISTRY_HOSTS  HOST=COMPTE:RÉGION[,...] : registres qui servent les jetons d&apos;ECR sous un autre nom (un émulateur)
</translation>
    </message>
    <message>
        <source>
Files:
  ~/.local/share/berth/jobs.json  the job history, shared with the window ($XDG_DATA_HOME/berth/jobs.json)
</source>
        <translation>
Fichiers :
  ~/.local/share/berth/jobs.json  l&apos;historique des tâches, partagé avec la fenêtre ($XDG_DATA_HOME/berth/jobs.json)
</translation>
    </message>
    <message>
        <source>berthctl: option %1 needs a value
</source>
        <translation>berthctl: l&apos;option %1 exige une valeur
</translation>
    </message>
    <message>
        <source>berthctl: %1 takes a whole number above 0, not &apos;%2&apos;
</source>
        <translation>berthctl: %1 prend un nombre entier supérieur à 0, pas &apos;%2&apos;
</translation>
    </message>
    <message>
        <source>berthctl: unknown option %1
</source>
        <translation>berthctl: option inconnue %1
</translation>
    </message>
    <message>
        <source>berthctl: unknown command &apos;%1&apos;; see &apos;berthctl --help&apos;
</source>
        <translation>berthctl: commande inconnue &apos;%1&apos; ; voir &apos;berthctl --help&apos;
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>berth: could not write the screenshot to %1</source>
        <translation>berth: impossible d&apos;écrire la capture d&apos;écran dans %1</translation>
    </message>
    <message>
        <source>Engine endpoint (unix://, tcp://); default: DOCKER_HOST, else the docker CLI&apos;s current context, else the local socket.</source>
        <translation>Point d&apos;accès du moteur (unix://, tcp://) ; par défaut : DOCKER_HOST, sinon le contexte actuel de la CLI docker, sinon le socket local.</translation>
    </message>
    <message>
        <source>Use the engine of this docker context.</source>
        <translation>Utiliser le moteur de ce contexte docker.</translation>
    </message>
    <message>
        <source>The endpoint is Berth&apos;s sandbox engine; say so in the window.</source>
        <translation>Le point d&apos;accès est le moteur bac à sable de Berth ; la fenêtre le dit.</translation>
    </message>
    <message>
        <source>Check that the window and its models work, then exit.</source>
        <translation>Vérifier que la fenêtre et ses modèles fonctionnent, puis quitter.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the images are listed, then exit.</source>
        <translation>Enregistrer une image de la fenêtre une fois les images listées, puis quitter.</translation>
    </message>
    <message>
        <source>Show SOURCE[/REPOSITORY[:TAG]] once the engine&apos;s images are listed: local, a registry (127.0.0.1:5000), or a repository and a tag to select (docker.io/library/alpine:3.19).</source>
        <translation>Afficher SOURCE[/REPOSITORY[:TAG]] une fois les images du moteur listées : local, un registre (127.0.0.1:5000), ou un dépôt et un tag à sélectionner (docker.io/library/alpine:3.19).</translation>
    </message>
    <message>
        <source>Desktop manager for container images</source>
        <translation>Gestionnaire de bureau pour images de conteneurs</translation>
    </message>
    <message>
        <source>
Exit codes:
  0  the window was closed; --self-test passed
  1  --self-test failed, the screenshot could not be written, or an unknown option
  2  the --host address is not valid
</source>
        <translation>
Codes de sortie :
  0  la fenêtre a été fermée ; --self-test réussi
  1  --self-test échoué, la capture d&apos;écran n&apos;a pas pu être écrite, ou option inconnue
  2  l&apos;adresse --host n&apos;est pas valide
</translation>
    </message>
</context>
</TS>
