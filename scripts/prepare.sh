#!/usr/bin/env bash
# What `npm test` and `npm run demo` need before they start (npm runs it as their pretest and
# predemo scripts): a Docker daemon with Compose v2 that answers, and the test images.
#
# When no daemon answers on the local socket and this is root on Debian or Ubuntu, it runs
# scripts/install-docker.sh, saying so in one line, and builds the test images when one is
# missing (test/images/build.sh); anywhere else it stops at once with the one command to run.
# Where everything is ready it prints nothing and takes about a second.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '[prepare] %s\n' "$*"; }
stop() {
  printf '[prepare] %s\n' "$@" >&2
  exit 1
}
daemon_ready() {
  command -v docker >/dev/null 2>&1 &&
    timeout 10 docker version --format '{{.Server.Version}}' >/dev/null 2>&1 &&
    timeout 10 docker compose version >/dev/null 2>&1
}
debian_or_ubuntu() { (. /etc/os-release 2>/dev/null && { [ "${ID:-}" = debian ] || [ "${ID:-}" = ubuntu ]; }); }

endpoint=${DOCKER_HOST:-unix:///var/run/docker.sock}
local_socket=no
if [ "$endpoint" = unix:///var/run/docker.sock ] && { [ -z "${DOCKER_CONTEXT:-}" ] || [ "$DOCKER_CONTEXT" = default ]; }; then local_socket=yes; fi

if ! daemon_ready; then
  if [ "$local_socket" = no ]; then
    stop "No Docker daemon with Compose v2 answers at ${DOCKER_CONTEXT:+context $DOCKER_CONTEXT, }$endpoint." \
      'Start that daemon, or run again without DOCKER_HOST and DOCKER_CONTEXT to use the local one.'
  elif ! debian_or_ubuntu; then
    stop "No Docker daemon with Compose v2 answers at $endpoint." \
      'Start Docker with the Compose v2 plugin (Docker Desktop, or your distribution'\''s packages), then run this again.'
  elif [ "$(id -u)" != 0 ]; then
    stop "No Docker daemon with Compose v2 answers at $endpoint. Run: sudo scripts/install-docker.sh"
  fi
  say "No Docker daemon with Compose v2 answers at $endpoint: installing and starting one with scripts/install-docker.sh."
  bash scripts/install-docker.sh
fi

# Present is enough here (the tests ask no more); `npm run images` rebuilds what its recipe changed.
# test/images/build.sh is left as it is: its own text is part of every image's recipe hash.
images=(dsa-test/busybox:1 dsa-test/postgres:15 dsa-test/redis:7)
missing=()
for image in "${images[@]}"; do
  timeout 30 docker image inspect "$image" >/dev/null 2>&1 || missing+=("$image")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then stop "Test images missing: ${missing[*]}. Run: sudo npm run images"; fi
  say 'Building the missing test images (npm run images: busybox, and PostgreSQL and Redis from Debian packages).'
  bash test/images/build.sh
fi
