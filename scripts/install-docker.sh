#!/usr/bin/env bash
# Installs and starts a real Docker engine with Compose v2 on a Debian machine, for the tests,
# the demo and self-hosted runners. Idempotent: where Docker and Compose already work (a GitHub
# runner, a laptop) it changes nothing and only prints the versions.
#
#   - Debian's docker.io (engine 20.10 on Debian 12) and busybox-static (for the test images);
#   - Compose v2 from Debian 13's docker-compose package (a static Go binary that runs on 12),
#     fetched through a temporary apt source list made from the mirror apt already uses;
#   - dockerd started in the background when no daemon answers, after clearing a stale pid file.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/debian-mirror.sh
. "$here/lib/debian-mirror.sh"

log() { printf '[install-docker] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
daemon_answers() { timeout 5 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }
compose_works() { timeout 10 docker compose version >/dev/null 2>&1; }

apt_updated=''
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v dockerd >/dev/null 2>&1 && ! daemon_answers; then
  log "installing Debian's docker.io"
  apt_install docker.io
fi
if ! dpkg -s busybox-static >/dev/null 2>&1; then
  log 'installing busybox-static (the test images are built from it)'
  apt_install busybox-static
fi

if ! compose_works; then
  log "installing Compose v2 from Debian 13's docker-compose package"
  mirror=$(debian_mirror)
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
  printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s trixie main\n' "$mirror" >"$work/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
  as_root apt-get "${apt_opts[@]}" update -qq
  (cd "$work" && as_root apt-get "${apt_opts[@]}" download docker-compose >/dev/null)
  as_root dpkg -i "$work"/docker-compose_*.deb >/dev/null
fi

if ! daemon_answers; then
  if pgrep -x dockerd >/dev/null; then
    log 'dockerd runs but does not answer yet'
  else
    # A daemon killed with its session leaves its pid file, and the next one refuses to start.
    if [ -f /var/run/docker.pid ]; then
      log 'removing the stale /var/run/docker.pid (no dockerd runs)'
      as_root rm -f /var/run/docker.pid
    fi
    log 'starting dockerd in the background (log: /var/log/dockerd.log)'
    as_root sh -c 'nohup dockerd >/var/log/dockerd.log 2>&1 &'
  fi
  for _ in $(seq 1 120); do
    daemon_answers && break
    sleep 0.5
  done
  if ! daemon_answers; then
    log 'the Docker daemon did not come up within 60 s; last lines of /var/log/dockerd.log:'
    tail -n 20 /var/log/dockerd.log >&2 || true
    exit 1
  fi
fi

log "engine $(docker version --format '{{.Server.Version}}'), client $(docker version --format '{{.Client.Version}}'), compose $(docker compose version --short)"
