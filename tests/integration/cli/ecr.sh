#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl ecr against the ECR stand-in (tests/env/ecrstandin.py, which checks every
# signature with botocore), each answer compared with the AWS CLI's on the same stand-in;
# the credential chain from the environment, a profile, credential_process and a role
# assumed through STS; AWS's refusals in AWS's words; no secret in any output (docs/aws.md).
# shellcheck source=ecrcommon.sh
source "${BERTH_SOURCE_DIR:?}/tests/integration/cli/ecrcommon.sh"
export AWS_DEFAULT_REGION=eu-west-1
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" "$@"; }
ecr() { berthctl ecr "$@" --endpoint-url "$endpoint"; }
repo=cli/ecr-$$

# Create, list, describe: the same as the AWS CLI sees.
expect_eq "ecr create prints the repository URI" "$host/$repo" "$(ecr create "$repo" --scan-on-push)"
ecr create "$repo" > "$work/out" 2> "$work/err" && fail "a second create succeeded"
grep -q "berthctl: An error occurred (RepositoryAlreadyExistsException) when calling the CreateRepository operation: The repository with name '$repo' already exists" "$work/err" \
    || fail "duplicate create: $(cat "$work/err")"
ok "a second create fails with AWS's words"
ecr repos > "$work/repos" || fail "ecr repos"
aws ecr describe-repositories --query 'repositories[].repositoryName' --output text | tr '\t' '\n' > "$work/aws-repos"
cmp -s "$work/repos" "$work/aws-repos" || { diff "$work/repos" "$work/aws-repos"; fail "repos differ from the AWS CLI's"; }
ok "ecr repos lists what the AWS CLI lists"
expect_eq "ecr repos --json carries AWS's objects" "true" \
    "$(ecr repos --json | jq -s --arg r "$repo" 'map(select(.repositoryName == $r))[0].imageScanningConfiguration.scanOnPush')"

# login: the password docker accepts, and the same as get-login-password's.
expect_eq "ecr login --password equals aws ecr get-login-password" "$(aws ecr get-login-password)" \
    "$(ecr login --password)"
ecr login > "$work/login" || fail "ecr login"
grep -q "^http://$host (user AWS), token valid until 20" "$work/login" || fail "ecr login says: $(cat "$work/login")"
ok "ecr login names the registry and the expiry"
docker_env
ecr login --password | docker login -u AWS --password-stdin "$host" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker login with berthctl ecr login --password"; }
docker tag berth-test/busybox:1.0 "$host/$repo:v1"
docker push "$host/$repo:v1" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker push"; }
ok "docker pushes with the password berthctl gave"

ecr images "$repo" --json > "$work/images" || fail "ecr images"
aws ecr describe-images --repository-name "$repo" --output json | jq -c '.imageDetails[]' > "$work/aws-images"
expect_eq "ecr images: the digest the AWS CLI sees" "$(jq -r .imageDigest "$work/aws-images")" "$(jq -r .imageDigest "$work/images")"
expect_eq "ecr images: the size the AWS CLI sees" "$(jq -r .imageSizeInBytes "$work/aws-images")" "$(jq -r .imageSizeInBytes "$work/images")"
ecr images "$repo" > "$work/table" || fail "ecr images (table)"
grep -q "^v1 .*$(jq -r .imageDigest "$work/images") .*COMPLETE" "$work/table" || fail "images table: $(cat "$work/table")"
ok "ecr images table: tag, digest, scan status"
ecr findings "$repo:v1" --json > "$work/findings" || fail "ecr findings"
expect_eq "ecr findings: as many as the AWS CLI gets" \
    "$(aws ecr describe-image-scan-findings --repository-name "$repo" --image-id imageTag=v1 --query 'length(imageScanFindings.findings)')" \
    "$(wc -l < "$work/findings")"
ecr images cli/none > /dev/null 2> "$work/err" && fail "images of an unknown repository succeeded"
grep -q "RepositoryNotFoundException" "$work/err" || fail "unknown repository: $(cat "$work/err")"
ok "an unknown repository is RepositoryNotFoundException"

# Where the credentials come from: each source, and whoami says which.
who() { ecr whoami --json "$@" | jq -r '.Arn + " | " + .Source'; }
expect_eq "whoami: the default profile" "arn:aws:iam::123456789012:user/berth-test | $svc/credentials [default]" "$(who)"
expect_eq "whoami: --profile session" "arn:aws:sts::123456789012:assumed-role/tester/berth | $svc/credentials [session]" \
    "$(who --profile session)"
long_key=$(awk '/^\[default\]/{f=1} f && /aws_secret_access_key/ {print $3; exit}' "$svc/credentials")
expect_eq "whoami: keys in the environment" "arn:aws:iam::123456789012:user/berth-test | environment variables" \
    "$(AWS_ACCESS_KEY_ID=AKIABERTHTEST0000001 AWS_SECRET_ACCESS_KEY=$long_key AWS_SHARED_CREDENTIALS_FILE=/nonexistent who)"
cat > "$work/process" <<SH
#!/bin/sh
echo '{"Version": 1, "AccessKeyId": "AKIABERTHTEST0000001", "SecretAccessKey": "$long_key"}'
SH
chmod +x "$work/process"
printf '[profile proc]\ncredential_process = %s\n[profile pusher]\nrole_arn = arn:aws:iam::123456789012:role/pusher\nsource_profile = default\nrole_session_name = cli\n[profile deployer]\nrole_arn = arn:aws:iam::123456789012:role/deployer\nsource_profile = pusher\nrole_session_name = chained\n' \
    "$work/process" > "$AWS_CONFIG_FILE"
expect_eq "whoami: credential_process" "arn:aws:iam::123456789012:user/berth-test | credential_process of profile proc" \
    "$(who --profile proc)"
expect_eq "whoami: a role assumed through STS" \
    "arn:aws:sts::123456789012:assumed-role/pusher/cli | role arn:aws:iam::123456789012:role/pusher of profile pusher, from $svc/credentials [default]" \
    "$(who --profile pusher)"
ecr repos --profile pusher > /dev/null || fail "ecr repos with the role's keys"
# Chained roles: deployer's source profile assumes pusher first, whose keys assume deployer.
# (The AWS CLI cannot be the peer here: its role provider ignores --endpoint-url.)
expect_eq "whoami: a chained role" "arn:aws:sts::123456789012:assumed-role/deployer/chained" \
    "$(ecr whoami --json --profile deployer | jq -r .Arn)"
expect_eq "whoami: the chained role's source" \
    "role arn:aws:iam::123456789012:role/deployer of profile deployer, from role arn:aws:iam::123456789012:role/pusher of profile pusher, from $svc/credentials [default]" \
    "$(ecr whoami --json --profile deployer | jq -r .Source)"
ok "the role's keys reach the ECR API"

# Refusals: AWS's words, the login exit code (5), no secret echoed.
sed 's/^aws_secret_access_key = .*/aws_secret_access_key = not-the-secret/' "$svc/credentials" > "$work/wrong"
set +e
AWS_SHARED_CREDENTIALS_FILE=$work/wrong ecr repos > /dev/null 2> "$work/err"
code=$?
set -e
expect_eq "a wrong secret exits 5" 5 "$code"
grep -q "InvalidSignatureException) when calling the DescribeRepositories operation: The request signature we calculated does not match" "$work/err" \
    || fail "wrong secret: $(cat "$work/err")"
ok "a wrong secret is InvalidSignatureException, worded by AWS"
expect_eq "an expired session exits 5" 5 "$(ecr repos --profile expired > /dev/null 2>&1; echo $?)"
expect_eq "an unknown profile is a failure" 1 "$(ecr repos --profile nobody > /dev/null 2> "$work/err"; echo $?)"
grep -q "The config profile (nobody) could not be found" "$work/err" || fail "unknown profile: $(cat "$work/err")"
expect_eq "no region is a usage error" 2 "$(AWS_DEFAULT_REGION= ecr repos > /dev/null 2>&1; echo $?)"

# With every debug log on, no key, token or registry password in any output.
QT_LOGGING_RULES='berth.*=true' ecr repos --profile session > "$work/all.out" 2>&1 || fail "repos with logging"
QT_LOGGING_RULES='berth.*=true' ecr login > "$work/all.out2" 2>&1 || fail "login with logging"
for secret in $(awk '/aws_secret_access_key|aws_session_token/ {print $3}' "$svc/credentials") "$(cat "$svc/aws_password")"; do
    ! grep -rqF "$secret" "$work/all.out" "$work/all.out2" "$work/login" "$work/repos" "$HOME" || fail "a secret reached an output or a file"
done
ok "no secret in any output or under HOME"
