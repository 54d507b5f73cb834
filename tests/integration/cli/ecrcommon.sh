# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# What the berthctl ECR tests (ecr.sh, ecr_push.sh, ecr_tokens.sh) start with: common.sh and
# clicommon.sh, a home of their own, the ECR stand-in (svc, endpoint, host; tests/env/README.md)
# and its keys in an AWS credentials file with an empty config file; aws runs the AWS CLI
# against the stand-in and tokens counts its GetAuthorizationToken calls.
# shellcheck source=../../env/tests/common.sh
source "${BERTH_SOURCE_DIR:?}/tests/env/tests/common.sh"
# shellcheck source=clicommon.sh
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
isolate
svc=$(need ecr)
endpoint=$(cat "$svc/ecr_url")
host=$(cat "$svc/host")
export AWS_SHARED_CREDENTIALS_FILE=$svc/credentials AWS_CONFIG_FILE=$work/aws-config
: > "$AWS_CONFIG_FILE"
aws() { /usr/bin/aws --endpoint-url "$endpoint" "$@"; }
tokens() { curl -fsS "$endpoint/_stats" | jq -r ".GetAuthorizationToken // 0"; }
