#!/usr/bin/env bash
# Runs a command against a daemon that install-docker.sh started on a socket of its own, as the
# tests need it: DOCKER_HOST set; that engine's docker CLI first on PATH (so a private dockerd a
# test starts is of the same engine); in the daemon's network namespace, if it has one (published
# ports are there); and, for the current engine, with its Compose as the one `docker compose`
# finds — in a mount namespace of the command's own, the engine's plugin directory is bound over
# the system's, so no other process on the machine sees a change.
#
#   scripts/with-engine.sh SOCKET -- COMMAND [ARG]...
set -euo pipefail
[ $# -ge 3 ] && [ "$2" = -- ] || { echo 'usage: scripts/with-engine.sh SOCKET -- COMMAND [ARG]...' >&2; exit 2; }
socket=$1
shift 2
env_file="$(dirname "$socket")/engine.env"
[ -f "$env_file" ] || { echo "no $env_file: start the engine with scripts/install-docker.sh --socket $socket" >&2; exit 2; }
ENGINE_BIN='' ENGINE_PLUGINS='' ENGINE_NETNS=''
# shellcheck source=/dev/null
. "$env_file"

export DOCKER_HOST="unix://$socket"
[ -z "$ENGINE_BIN" ] || export PATH="$ENGINE_BIN:$PATH"
enter=()
[ -z "$ENGINE_NETNS" ] || enter=(nsenter "--net=/run/netns/$ENGINE_NETNS")
if [ -z "$ENGINE_PLUGINS" ]; then exec "${enter[@]}" "$@"; fi

# The docker CLI looks in $DOCKER_CONFIG/cli-plugins, then these; a test's own DOCKER_CONFIG
# has no plugins, so binding the system's directories covers every lookup.
exec "${enter[@]}" unshare --mount --propagation private sh -c '
  plugins=$1; shift
  bound=0
  for dir in "${HOME:-/root}/.docker/cli-plugins" /usr/local/lib/docker/cli-plugins /usr/local/libexec/docker/cli-plugins /usr/lib/docker/cli-plugins /usr/libexec/docker/cli-plugins; do
    if [ -d "$dir" ]; then mount --bind "$plugins" "$dir"; bound=1; fi
  done
  if [ "$bound" = 0 ]; then mkdir -p /usr/local/lib/docker/cli-plugins && mount --bind "$plugins" /usr/local/lib/docker/cli-plugins; fi
  exec "$@"' sh "$ENGINE_PLUGINS" "$@"
