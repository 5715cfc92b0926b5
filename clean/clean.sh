#!/usr/bin/env bash
# The step of the clean sub-action (clean/action.yml): `docker-stability clean` with the CLI
# bundle shipped beside this file. Prints the report and keeps a copy for the report-file
# output. Exit codes are the CLI's: 0 done, 1 something could not be removed, 2 bad input.
set -euo pipefail

cli="$GITHUB_ACTION_PATH/../dist/cli/index.js"
title='docker-stability clean'

format="${INPUT_FORMAT:-text}"
case "$format" in
  text) extension=txt ;;
  json) extension=json ;;
  *) echo "::error title=$title::format: '$format' is not text or json"; exit 2 ;;
esac
args=(clean --format "$format")
case "${INPUT_DRY_RUN:-false}" in
  true) args+=(--dry-run) ;;
  false) ;;
  *) echo "::error title=$title::dry-run: '$INPUT_DRY_RUN' is not true or false"; exit 2 ;;
esac
if [ -n "${INPUT_NAMESPACE:-}" ]; then args+=(--namespace "$INPUT_NAMESPACE"); fi

report="${RUNNER_TEMP:-/tmp}/docker-stability-clean.$extension"
echo "report-file=$report" >>"$GITHUB_OUTPUT"
# The report names what other tenants of the daemon created (names, labels, lease owners): the
# runner obeys no workflow command in it. One random token per block; stderr joins stdout so
# nothing overtakes the opening line (the runner reads the two streams apart).
token="dsa$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
echo "::stop-commands::$token"
# pipefail (set above): the step fails with the CLI's exit code, not tee's.
status=0
{ node "$cli" "${args[@]}" | tee "$report"; } 2>&1 || status=$?
echo "::$token::"
exit "$status"
