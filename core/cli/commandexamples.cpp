// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandexamples.h"

#include <QCoreApplication>

namespace Berth::Cli {

namespace {

class CommandExamples final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::CommandExamples)
};

struct Examples
{
    const char *command;
    const char *lines; // command lines are not translated
};

const Examples examples[] = {
    {"ecr", "  berthctl ecr repos --profile prod --region eu-west-1\n"
            "  berthctl ecr images team/app --json | jq -r .imageDigest\n"
            "  berthctl ecr create team/app --scan-on-push --immutable\n"
            "  berthctl ecr login --password | docker login -u AWS --password-stdin "
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com\n"},
    {"images ls", "  berthctl images ls\n"
                  "  berthctl images ls -q --filter dangling=true\n"
                  "  berthctl images ls --format '{{.Repository}}:{{.Tag}}' alpine\n"
                  "  berthctl images ls --json | jq -r .id\n"},
    {"images inspect", "  berthctl images inspect alpine:3.19 debian:12\n"
                       "  berthctl images inspect --format '{{.Id}}' alpine:3.19\n"},
    {"images history", "  berthctl images history alpine:3.19\n"
                       "  berthctl images history --json alpine:3.19\n"},
    {"images pull", "  berthctl images pull alpine:3.19\n"
                    "  berthctl --jobs 4 images pull --json alpine:3.19 debian:12\n"
                    "  echo \"$PW\" | berthctl images pull -u alice --password-stdin "
                    "registry.example/app:1\n"},
    {"images push", "  berthctl images push localhost:5000/app:1\n"
                    "  echo \"$PW\" | berthctl images push -u alice --password-stdin "
                    "registry.example/app:1\n"},
    {"images tag", "  berthctl images tag alpine:3.19 localhost:5000/alpine:3.19\n"},
    {"images rm", "  berthctl images rm alpine:3.19\n"
                  "  berthctl images rm -f --json app:1 app:2\n"},
    {"images prune", "  berthctl images prune\n"
                     "  berthctl images prune --json\n"},
    {"images save", "  berthctl images save -o images.tar alpine:3.19 debian:12\n"
                    "  berthctl images save alpine:3.19 | gzip > alpine.tar.gz\n"},
    {"images load", "  berthctl images load -i images.tar\n"
                    "  gzip -dc alpine.tar.gz | berthctl images load\n"
                    "  berthctl images load --preview -i images.tar.gz\n"},
    {"engines", "  berthctl engines\n"
                "  berthctl engines --json | jq -r 'select(.kind == \"Podman\") | .endpoint'\n"},
    {"jobs", "  berthctl jobs --last 10\n"
             "  berthctl jobs --json | jq -r 'select(.result == \"failed\") | .error'\n"},
    {"ref", "  berthctl ref ubuntu\n"
            "  berthctl ref --json localhost:5000/app:1\n"},
    {"run", "  berthctl run --rm alpine:3.19 echo hello\n"
            "  berthctl run -it --rm -e TERM=xterm alpine:3.19 /bin/sh\n"
            "  berthctl run --name web -p 8080:80 nginx:1.25\n"
            "  berthctl run --pull always --rm registry.example.com/app:1\n"},
    {"catalog", "  berthctl catalog localhost:5000\n"
                "  berthctl catalog --json http://127.0.0.1:5000\n"},
    {"tags", "  berthctl tags localhost:5000/app\n"
             "  echo \"$PW\" | berthctl tags -u alice --password-stdin registry.example/app\n"},
    {"manifest", "  berthctl manifest ubuntu:22.04\n"
                 "  berthctl manifest --platform linux/arm64 --raw ubuntu:22.04\n"},
    {"blob", "  berthctl blob localhost:5000/app@sha256:... -o layer.tar.gz\n"
             "  berthctl blob localhost:5000/app@sha256:... -o - | tar -tz\n"},
    {"layers", "  berthctl layers app:1\n"
               "  berthctl layers --json app:1 | jq -s 'last.wastedBytes'\n"},
    {"files", "  berthctl files app:1 | grep '^etc/'\n"
              "  berthctl files --layer 3 app:1\n"
              "  berthctl files --wasted app:1\n"
              "  berthctl files --archive layer.tar.gz -l\n"},
    {"diff",
     "  berthctl diff app:1 app:2\n"
     "  berthctl diff --json app:1 app:2 | jq '.files[] | select(.change == \"added\") | .path'\n"},
    {"build",
     "  berthctl build -t app:1 .\n"
     "  berthctl build -f docker/Dockerfile --build-arg VERSION=2 --target runtime -t app:2 .\n"},
    {"completion",
     "  berthctl completion bash > ~/.local/share/bash-completion/completions/berthctl\n"
     "  berthctl completion zsh > ~/.zfunc/_berthctl\n"
     "  berthctl completion fish > ~/.config/fish/completions/berthctl.fish\n"},
};

} // namespace

QString helpEpilogue(const QString &program)
{
    QString text;
    const QString command = program.section(u' ', 1);
    for (const Examples &entry : examples) {
        if (command == QLatin1StringView(entry.command))
            text += CommandExamples::tr("\nExamples:\n") + QString::fromUtf8(entry.lines);
    }
    text += CommandExamples::tr(
        "\nGlobal options, given before the command:\n"
        "  -H, --host URL   Engine endpoint; default: DOCKER_HOST, else the docker context\n"
        "  -c, --context NAME  The engine of this docker context\n"
        "  --timeout SECS   Fail an engine call, pull or push silent for SECS seconds\n"
        "  --jobs N         Run at most N pulls, pushes, saves or loads at once\n"
        "Exit codes, environment and files: see 'berthctl --help'.\n");
    return text;
}

} // namespace Berth::Cli
