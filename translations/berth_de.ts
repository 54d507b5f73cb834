<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Berth::Cli::ImagesCommand</name>
    <message>
        <source>List the engine&apos;s images (images ls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: berthctl images COMMAND

Commands:
  ls   List images, a row per tag
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl images: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the engine&apos;s images, a row per tag.</source>
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
        <source>Show full image IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berthctl images ls: unexpected argument &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
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
</context>
<context>
    <name>Berthctl</name>
    <message>
        <source>Usage: berthctl [--host URL] COMMAND [ARGS...]

Manage container images from scripts.

Global options:
  -H, --host URL   Engine endpoint (unix://, tcp://); default: DOCKER_HOST, else the local socket
  -h, --help       Show this help
  -v, --version    Show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;berthctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
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
