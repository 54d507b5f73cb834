<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Berth::Archive::StreamCompressor</name>
    <message>
        <source>cannot start the %1 compressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compression failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Archive::StreamDecompressor</name>
    <message>
        <source>the %1 data is damaged or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the %1 decompressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 data expands beyond %2 bytes; Berth refuses it as a decompression bomb (decompress it yourself and load the tar)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::CommandExamples</name>
    <message>
        <source>
Examples:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options, given before the command:
  -H, --host URL   Engine endpoint; default: DOCKER_HOST, else the local socket
  --timeout SECS   Fail an engine call, pull or push silent for SECS seconds
  --jobs N         Run at most N pulls, pushes, saves or loads at once
Exit codes, environment and files: see &apos;berthctl --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::CommandLine</name>
    <message>
        <source>wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see &apos;%1 --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::Console</name>
    <message>
        <source>berthctl: cannot write to stdout: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::EngineSession</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::GoTemplate</name>
    <message>
        <source>unsupported template action in &apos;%1&apos;: berthctl knows {{.Field}}, {{.A.B}} and {{json .}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template: can&apos;t evaluate field %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::Images</name>
    <message>
        <source>Give the image SOURCE the name TARGET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name, e.g. registry:5000/team/app:1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: a tag target cannot name a digest: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove images; says which were removed and which were not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image names or IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove even when stopped containers use it or it has several tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep untagged parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per line and image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dangling (untagged, unused) images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total reclaimed space: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the details of images as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how an image&apos;s layers were made, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per line and layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not shorten IDs and commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per line and tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show intermediate images too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only untagged images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full image IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: push takes a tag, not a digest
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME[:TAG|@DIGEST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>os[/arch[/variant]] to pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME[:TAG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull images, at most --jobs at once; prints each reference and the digest pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push images, at most --jobs at once; prints each reference and the digest pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each image through a Go-like template: {{.Id}}, {{.Config.Env}}, {{json .RootFS}}, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid filter &apos;%1&apos;: use %2=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the engine&apos;s images, a row per tag, as docker images does; REPOSITORY[:TAG] lists only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this repository (and tag); * matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only image IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rows that match: reference=PATTERN, dangling=true|false, label=KEY[=VALUE], before=IMAGE, since=IMAGE. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each row through a Go-like template: {{.Repository}}, {{.Tag}}, {{.ID}}, {{.Digest}}, {{.CreatedAt}}, {{.CreatedSince}}, {{.Size}}, {{json .}}; &apos;table &apos; first adds a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the registry password from stdin; without it, -u asks on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save images to a tar file, as docker save does; compressed with gzip, xz or zstd when FILE ends in .tar.gz (.tgz), .tar.xz (.txz) or .tar.zst (.tzst); without -o, a plain tar to stdout when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write a tarball to a terminal: give -o FILE or redirect stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2 (%3 compressed)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load images from a tar file made by docker save or berthctl images save, plain or compressed with gzip, xz or zstd (told by its first bytes, whatever its name); without -i, from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read, instead of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give -i FILE or a tarball on stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object per loaded image ({&quot;image&quot;: NAME:TAG} or {&quot;id&quot;: ID}), or the failure as {&quot;reference&quot;: FILE, &quot;error&quot;: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ImagesCommand</name>
    <message>
        <source>berthctl images: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List images, a row per tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show images&apos; details as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the layers&apos; history of an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull an image from a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push an image to a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an image another name: tag SOURCE TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dangling images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the engine&apos;s images (images --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: berthctl images COMMAND

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save images to a tar file or stdout: save [-o FILE] IMAGE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load images from a tar file or stdin: load [-i FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::JobsCommand</name>
    <message>
        <source>List the jobs Berth ran: pulls, pushes, saves, loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the job history that the window and berthctl share, oldest first. A job that was running when its process died shows as interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per line and job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the last N jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl jobs: --last takes a whole number above 0
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::PasswordInput</name>
    <message>
        <source>berthctl: --password-stdin needs --username
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: --username needs --password-stdin when stdin is not a terminal to ask on
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: cannot read the password
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: no password given
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RefCommand</name>
    <message>
        <source>Check an image reference and show its parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an image reference and show how Berth reads it: the normalized and familiar forms, the registry domain, the repository path, the tag and the digest. Exits with 1 when the reference is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference, e.g. ubuntu:24.04. Put -- before a reference that starts with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object with the fields valid, error, normalized, familiar, domain, path, tag and digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl ref: expected one image reference; see &apos;berthctl ref --help&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl ref: invalid reference &apos;%1&apos;: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  familiar: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  domain:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  path:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tag:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  digest:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (put -- before a reference that starts with &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::ReferenceCheck</name>
    <message>
        <source>berthctl: invalid reference &apos;%1&apos;: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::RegistryCommand</name>
    <message>
        <source>Registry user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http and unverified TLS for this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certs.d folder as Docker reads it (&lt;dir&gt;/&lt;host:port&gt;/ca.crt, client.cert, client.key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; retrying in %3 s (try %4 of %5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a registry&apos;s repositories: catalog REGISTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a repository&apos;s tags: tags REPOSITORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an image&apos;s manifest or index: manifest REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a blob, checking its digest: blob REFERENCE@DIGEST -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>os/arch[/variant] to pick from an index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the manifest&apos;s bytes exactly as the registry sent them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the repositories of a registry (host[:port]), every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tags of a repository, every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the manifest or index an image reference names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME[:TAG|@DIGEST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a blob; the file is written only if its digest matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME@DIGEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl blob: give NAME@DIGEST and -o FILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest:     %1
Media type: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config:     %1
Layers:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: cannot write %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from stdin; without it, -u asks on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry a transient fault (reset, stall, 429, 502-504) at most N times (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no retry later than SECS after the first try (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retries takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-timeout takes a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: use --insecure if you trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (required); - for stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host[:port], e.g. localhost:5000, or a URL: http://host[:port] or https://host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[host[:port]/]name, without a tag or digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host[:port] nor http(s)://host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag or digest allowed in reference &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Cli::SilenceWatchdog</name>
    <message>
        <source>no word from the engine for %1 s (--timeout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineClient</name>
    <message>
        <source>the engine&apos;s answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine speaks API %1, older than the oldest Berth supports (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineConnection</name>
    <message>
        <source>no connection within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine is running here (the socket does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine is listening on this socket (connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: this user may not open the engine&apos;s socket; add the user to the group that owns it (usually &apos;docker&apos;) or run Docker in rootless mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine did not accept the connection in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine is listening at this address (connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineEndpoint</name>
    <message>
        <source>%1: a unix socket needs an absolute path (unix:///path/to/docker.sock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a named pipe looks like npipe:////./pipe/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid tcp://HOST:PORT address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a path after the port is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ssh:// engines are not supported yet; forward the socket with &apos;ssh -L&apos; and use unix:// or tcp://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS engine endpoints are not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown engine address; use unix:///path, tcp://host:port or npipe:////./pipe/name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineEventWatcher</name>
    <message>
        <source>the engine closed its event stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineImages</name>
    <message>
        <source>the engine&apos;s answer is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine&apos;s image details are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine&apos;s image history is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine&apos;s answer to a removal is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine&apos;s answer to a prune is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EngineStream</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ImageSummaryParser</name>
    <message>
        <source>the image list is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image list is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of the image list is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of the image list has no Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Engine::JsonLinesSplitter</name>
    <message>
        <source>the engine sent a line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine sent a line that is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Http::HttpExchange</name>
    <message>
        <source>the connection is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s in the middle of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body ended %1 bytes early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Http::HttpResponseParser</name>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the connection closed %n byte(s) before the end of the body</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed in the middle of a chunked body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the response headers are larger than %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the peer did not answer with an HTTP/1.x status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP status code is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP status line is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed response header line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Content-Length header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the response trailers are larger than %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a chunk-size line is longer than %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>invalid chunk-size line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk is longer than its declared size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::HumanFormat</name>
    <message>
        <source>Less than a second ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::HistoryFile</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object with an &quot;entries&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::HistorySetAside</name>
    <message>
        <source>cannot keep the job %1 aside in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::Job</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag target cannot name a digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; and %2 could not be put back: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobHistory</name>
    <message>
        <source>a job history entry needs an id and a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the job history %1: is its folder writable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 (%2) has held the job history %3 for more than %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the job history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the job history %1 could not be read and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the job history %1 cannot be read (%2) and cannot be moved aside: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history %1 could not be read (%2); it was kept as %3 and a new history begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the job history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the job history&apos;s owner lock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobQueue</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the engine; trying again in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobSpec</name>
    <message>
        <source>Pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save %n images to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Reference::ImageReference</name>
    <message>
        <source>image reference must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an image ID (64 hexadecimal digits), not a repository name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image reference &apos;%1&apos; has no repository name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name must be lowercase: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Reference::ReferenceGrammar</name>
    <message>
        <source>registry host must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address in registry host %1 must end with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry host %1: expected &apos;:&apos; and a port after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry host %1 has no host name before the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry host %1 contains the invalid character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry host %1 has an empty name between dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry host %1: a name part must not start or end with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address in registry host %1 contains the invalid character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry host %1 does not hold a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry host %1 has an empty port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port of registry host %1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port of registry host %1 must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name must be lowercase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name %1 must not start with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name %1 must not end with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name %1 must not contain &apos;//&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name must not be longer than %1 characters (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name component %1 contains the invalid character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name component %1 must start with a lowercase letter or digit, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name component %1 has the invalid separator %2 (allowed: &apos;.&apos;, &apos;_&apos;, &apos;__&apos; or dashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name component %1 must not end with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag must not start with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1 contains the invalid character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag must not be longer than %1 characters (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest algorithm %1 is not valid: each part must start with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest algorithm %1 contains the invalid character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest algorithm %1 must not be empty or end with a separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest %1 must have the form algorithm:hex, e.g. sha256:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest %1 contains the invalid character %2 (expected hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 digest must have exactly %2 hexadecimal digits (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest must have at least %1 hexadecimal digits (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported digest algorithm %1 (supported: sha256, sha384, sha512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 digest must use lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Registry::BlobDownload</name>
    <message>
        <source>&apos;%1&apos; is not a sha256 digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is %2 bytes; %3 were expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest mismatch: blob %1 of %2 hashes to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1: the registry sends %2 bytes, its descriptor says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1: asked for bytes from %2, the registry sent &apos;%3&apos;; not appending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is larger than the %2 bytes expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Registry::Manifest</name>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported manifest schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown manifest media type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index has no manifests array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index lists %1 manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest has no layers array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest lists %1 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manifest for platform %1 (the index has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryClient</name>
    <message>
        <source>registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1, user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve the registry API v2 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry requires a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported authentication scheme &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to send credentials to the token realm %1: it is not https and the registry is not marked insecure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token server refused an anonymous token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token server refused the credentials: wrong user name or password? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token server&apos;s answer holds no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused the request without saying how to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s pagination does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest digest mismatch: %1@%2 has content that hashes to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the registry&apos;s Docker-Content-Digest %3 does not match the manifest&apos;s content %4; using the content&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1 is %2 bytes; the index says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryEndpoint</name>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no usable private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plain http is only allowed for a registry marked insecure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate %1 has no key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 has no client certificate %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Registry::RegistryRequest</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s answer is larger than %1 bytes; not reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect without a Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing a redirect from https to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited until %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry answered plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::EngineBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;sandbox engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a private Docker engine with a few sample images, its data in Berth&apos;s build folder. Needs root (sudo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No Docker engine at %1.&lt;/b&gt;&lt;br&gt;Start Docker (for example &lt;tt&gt;sudo systemctl start docker&lt;/tt&gt;), or point Berth at another engine with &lt;tt&gt;DOCKER_HOST&lt;/tt&gt; or &lt;tt&gt;--host&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Permission denied on %1.&lt;/b&gt;&lt;br&gt;The engine is running, but this user may not open its socket. Either add yourself to the &lt;tt&gt;docker&lt;/tt&gt; group (&lt;tt&gt;sudo usermod -aG docker $USER&lt;/tt&gt;, then log out and in again; members of that group can act as root on this machine), or run Docker in rootless mode (&lt;tt&gt;dockerd-rootless-setuptool.sh install&lt;/tt&gt;), which runs an engine as your own user at &lt;tt&gt;unix://$XDG_RUNTIME_DIR/docker.sock&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine at %1 could not list images.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Or try Berth&apos;s sandbox: a private engine with a few sample images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window shows &lt;b&gt;Berth&apos;s sandbox engine&lt;/b&gt; at %1: a private Docker engine with a few sample images, not your own engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageJobActions</name>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull an image from a registry (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the selected tags to their registries (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected images into a tar file (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load images from a tar file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save %n Image(s) to File</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load Images from File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobHistoryModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobNotifier</name>
    <message>
        <source>Job failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Finished Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected queued or running jobs (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected failed or cancelled jobs again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the jobs that have ended from the list (Ctrl+Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the selected jobs again on this window&apos;s engine (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsModel</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <comment>bytes done of total (percent)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>transfer speed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LocalImagesModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::MainWindow</name>
    <message>
        <source>Filter by repository, tag or image ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the image list from the engine (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth — sandbox engine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading images from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine has no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image tag(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list follows the engine&apos;s changes as they happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not receiving the engine&apos;s changes; Berth reconnects by itself and then reads the list again (F5 reads it now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) did not finish when Berth last stopped; the Jobs panel&apos;s History lists them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::PullDialog</name>
    <message>
        <source>Pull Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image to pull:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alpine:3.19 or registry.example:5000/app:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, with a tag or a digest if you want a particular one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SandboxEngine</name>
    <message>
        <source>The sandbox engine did not start: %1
It needs root; in a terminal, run &apos;packaging/dev.sh run&apos;, which asks for your password and opens Berth on the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox engine did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SelfTest</name>
    <message>
        <source>the filter box exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image table exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title starts with Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table shows three rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter leaves one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreachable engine shows the error banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-test passed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: %n check(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a job that cannot start fails with its reason in the Jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berthctl</name>
    <message>
        <source>berthctl: option %1 needs a value
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: unknown option %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: unknown command &apos;%1&apos;; see &apos;berthctl --help&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: berthctl [--host URL] COMMAND [ARGS...]

Manage container images from scripts.

Global options:
  -H, --host URL   Engine endpoint (unix://, tcp://); default: DOCKER_HOST, else the local socket
  --timeout SECS   Fail an engine call that sends nothing for SECS seconds (default 30)
  --jobs N         Run at most N pulls, pushes, saves or loads at once (default 3)
  -h, --help       Show this help
  -v, --version    Show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl: %1 takes a whole number above 0, not &apos;%2&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a command&apos;s help and examples: help [COMMAND [SUBCOMMAND]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;berthctl help COMMAND&apos; or &apos;berthctl COMMAND --help&apos; for a command&apos;s options and examples.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Environment:
  DOCKER_HOST    the engine, when --host is not given
  DOCKER_CONFIG  the Docker client&apos;s configuration folder (default ~/.docker)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Files:
  ~/.local/share/berth/jobs.json  the job history, shared with the window ($XDG_DATA_HOME/berth/jobs.json)
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>berth: could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop manager for container images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine endpoint (unix://, tcp://); default: DOCKER_HOST, else the local socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is Berth&apos;s sandbox engine; say so in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the window and its models work, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once the images are listed, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
