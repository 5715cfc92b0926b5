#!/usr/bin/env bash
# The step of the check sub-action (check/action.yml): `docker-stability check` on the caller's
# compose files, run from the workspace with the CLI bundle shipped beside this file. Inputs
# arrive as INPUT_* variables. Exit codes: 0 clean (or errors with fail-on-error false), 1 error
# findings, 2 bad input.
set -euo pipefail

cli="$GITHUB_ACTION_PATH/../dist/cli/index.js"
title='docker-stability check'

format="${INPUT_FORMAT:-sarif}"
case "$format" in
  sarif | json) ;;
  *) echo "::error title=$title::format: '$format' is not sarif or json"; exit 2 ;;
esac
for flag in ANNOTATIONS FAIL_ON_ERROR; do
  value="INPUT_$flag"
  case "${!value:-true}" in
    true | false) ;;
    *) echo "::error title=$title::$(tr '_A-Z' '-a-z' <<<"$flag"): '${!value}' is not true or false"; exit 2 ;;
  esac
done
output="${INPUT_OUTPUT:-${RUNNER_TEMP:-/tmp}/docker-stability-policy.$format}"
mkdir -p "$(dirname "$output")"

# Lists as the action takes them: one per line or comma-separated, blanks ignored.
list() { printf '%s\n' "$1" | tr ',' '\n' | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d'; }

# --confine: like the action, paths may not lead out of the workspace (the step runs in it).
stack=(--confine --project-directory "${INPUT_WORKING_DIRECTORY:-.}")
while IFS= read -r file; do stack+=(-f "$file"); done < <(list "${INPUT_COMPOSE_FILES:-}")
while IFS= read -r profile; do stack+=(--profile "$profile"); done < <(list "${INPUT_PROFILES:-}")
while IFS= read -r env_file; do stack+=(--env-file "$env_file"); done < <(list "${INPUT_ENV_FILES:-}")
if [ -n "${INPUT_POLICY_CONFIG:-}" ]; then stack+=(--config "$INPUT_POLICY_CONFIG"); fi
if [ -n "${INPUT_POLICY_BASELINE:-}" ]; then stack+=(--baseline "$INPUT_POLICY_BASELINE"); fi
while IFS= read -r rule; do stack+=(--policy-allow "$rule"); done < <(list "${INPUT_POLICY_ALLOW:-}")

# Compose's and the CLI's messages may quote the pull request's files: the runner obeys no
# workflow command in them (one random token per block; stderr joins stdout so nothing overtakes
# the opening line). The annotations below come after the block, on purpose.
token="dsa$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
echo "::stop-commands::$token"
status=0
node "$cli" check "${stack[@]}" --format "$format" --output "$output" 2>&1 || status=$?
echo "::$token::"
if [ "$status" -ge 2 ]; then
  echo "::error title=$title::The compose files or the policy configuration could not be checked (exit $status); the lines above say why."
  exit "$status"
fi

# Findings on their files and lines in the pull request; a second pass, in the format the
# runner turns into annotations.
if [ "${INPUT_ANNOTATIONS:-true}" = true ]; then
  node "$cli" check "${stack[@]}" --format github || true
fi

# Counts from the report itself: SARIF results by level (absent level means warning, as SARIF
# says) that no accepted suppression covers, or the JSON report's own counts.
read -r errors warnings notes < <(node -e '
  const [format, file] = process.argv.slice(1);
  const report = JSON.parse(require("fs").readFileSync(file, "utf8"));
  const counts = format === "json" ? report.counts : { error: 0, warning: 0, note: 0 };
  const suppressed = (result) => (result.suppressions ?? []).some((entry) => entry.status === undefined || entry.status === "accepted");
  if (format === "sarif") for (const run of report.runs) for (const result of run.results ?? []) if (!suppressed(result)) counts[result.level ?? "warning"] += 1;
  console.log(counts.error, counts.warning, counts.note);
' "$format" "$output")

{
  echo "report-file=$output"
  if [ "$format" = sarif ]; then echo "sarif-file=$output"; else echo "sarif-file="; fi
  echo "errors=$errors"
  echo "warnings=$warnings"
  echo "notes=$notes"
} >>"$GITHUB_OUTPUT"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  echo "**Compose policy:** $errors errors, $warnings warnings, $notes notes (report: \`$output\`)" >>"$GITHUB_STEP_SUMMARY"
fi
echo "Compose policy: $errors errors, $warnings warnings, $notes notes; $format report written to $output"

if [ "$status" -eq 1 ] && [ "${INPUT_FAIL_ON_ERROR:-true}" = true ]; then
  echo "Failing: $errors error findings (fail-on-error is true)."
  exit 1
fi
