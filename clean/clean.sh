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
# pipefail (set above): the step fails with the CLI's exit code, not tee's.
node "$cli" "${args[@]}" | tee "$report"
