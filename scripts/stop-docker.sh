#!/usr/bin/env bash
# Stops the dockerd serving SOCKET (default /var/run/docker.sock) by its own pid file, waits until
# it is gone, and removes the network namespace install-docker.sh made for it, if any.
#
#   scripts/stop-docker.sh [SOCKET]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/dockerd.sh
. "$here/lib/dockerd.sh"
socket=${1:-$DEFAULT_SOCKET}
stop_dockerd "$socket"
env_file="$(dirname "$socket")/engine.env"
if [ "$socket" != "$DEFAULT_SOCKET" ] && [ -f "$env_file" ]; then
  ENGINE_NETNS=''
  # shellcheck source=/dev/null
  . "$env_file"
  if [ -n "$ENGINE_NETNS" ] && [ -e "/run/netns/$ENGINE_NETNS" ]; then ip netns delete "$ENGINE_NETNS"; fi
fi
