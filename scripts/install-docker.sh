#!/usr/bin/env bash
# Installs and starts a real Docker engine with Compose v2 on a Debian machine, for the tests,
# the demo, CI and self-hosted runners, and prints the versions. Idempotent: where the chosen
# engine already answers on the socket it changes nothing.
#
#   scripts/install-docker.sh [--engine distro|current] [--socket PATH] [--netns NAME]
#
#   --engine distro   (default) the distribution's docker.io (engine 20.10 on Debian 12), with
#                     Compose v2 from Debian 13's docker-compose package (a static Go binary that
#                     runs on 12); where Docker and Compose already work (a GitHub runner, a
#                     laptop) nothing is installed.
#   --engine current  the engine, containerd and Compose that Debian unstable has today, extracted
#                     with dpkg-deb into /opt/docker-current (DSA_ENGINE_PREFIX), nothing
#                     installed through dpkg; runc is the distribution's (unstable's needs a newer
#                     glibc). On the default socket it becomes the machine's docker: links in
#                     /usr/local/bin and /usr/local/lib/docker/cli-plugins.
#   --socket PATH     serve on PATH, with the daemon's data root, exec root (so its own containerd),
#                     pid file and log in PATH's directory (default: /var/run/docker.sock and the
#                     system's paths). Use it through scripts/with-engine.sh PATH -- COMMAND.
#   --netns NAME      start the daemon in the named network namespace (created when missing): a
#                     second daemon on a host where one runs must not touch its docker0 and iptables.
#                     Commands that reach published ports run there too (with-engine.sh does).
#
# Packages of other suites come through a temporary apt source list made from the mirror apt
# already uses (scripts/lib/debian-mirror.sh); the machine's apt sources are not changed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/debian-mirror.sh
. "$here/lib/debian-mirror.sh"
# shellcheck source=lib/dockerd.sh
. "$here/lib/dockerd.sh"
# shellcheck source=lib/engine-current.sh
. "$here/lib/engine-current.sh"

log() { printf '[install-docker] %s\n' "$*"; }
fail() { printf '[install-docker] %s\n' "$*" >&2; exit 1; }

engine=distro
socket=$DEFAULT_SOCKET
netns=''
while [ $# -gt 0 ]; do
  case $1 in
    --engine) engine=${2:-}; shift 2 ;;
    --socket) socket=${2:-}; shift 2 ;;
    --netns) netns=${2:-}; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown argument '$1'; see --help" ;;
  esac
done
case $engine in distro | current) ;; *) fail "--engine: '$engine' is not distro or current" ;; esac
case $socket in /*) ;; *) fail "--socket: '$socket' is not an absolute path" ;; esac
[ "$(id -u)" = 0 ] || fail 'run it as root (sudo scripts/install-docker.sh): it installs packages and starts dockerd'

apt_updated=''
apt_install() {
  local missing=() package
  for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
  [ ${#missing[@]} -gt 0 ] || return 0
  log "installing ${missing[*]} from the distribution"
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
compose_works() { timeout 10 docker compose version >/dev/null 2>&1; }
os_id() { (. /etc/os-release && echo "${ID:-}"); }

# The test images are built from busybox-static (test/images/build.sh).
apt_install busybox-static

if [ "$engine" = distro ]; then
  bin=/usr/sbin
  [ "$socket" != "$DEFAULT_SOCKET" ] || deactivate_current_engine
  if ! command -v dockerd >/dev/null 2>&1 && ! daemon_answers "$socket"; then apt_install docker.io; fi
  if ! compose_works; then
    if [ "$(os_id)" = ubuntu ]; then
      apt_install docker-compose-v2
    else
      log "installing Compose v2 from Debian 13's docker-compose package"
      debs=$(mktemp -d)
      apt_suite_download trixie "$debs" docker-compose >/dev/null
      dpkg -i "$debs"/docker-compose_*.deb >/dev/null
      rm -rf "$debs"
    fi
  fi
  cli=docker
else
  # The distribution's runc and iptables serve the current engine too.
  apt_install runc iptables
  prefix=${DSA_ENGINE_PREFIX:-/opt/docker-current}
  if [ ! -x "$prefix/bin/dockerd" ] || ! daemon_answers "$socket" "$prefix/bin/docker"; then
    log "fetching the current engine from Debian unstable into $prefix"
    fetch_current_engine "$prefix" | sed 's/^/[install-docker]   /'
  fi
  bin=$prefix/bin
  cli=$bin/docker
  [ "$socket" != "$DEFAULT_SOCKET" ] || activate_current_engine "$prefix"
fi

if daemon_answers "$socket"; then
  # Any working engine will do for the distribution's choice; the current one must be that one.
  if [ "$engine" = current ]; then
    running=$(DOCKER_HOST="unix://$socket" "$cli" version --format '{{.Server.Version}}')
    wanted=$("$bin/dockerd" --version 2>/dev/null | sed -n 's/^Docker version \([^,]*\),.*/\1/p')
    if [ "$running" != "$wanted" ]; then
      fail "engine $running already answers on $socket; stop it first to start $wanted there (scripts/stop-docker.sh $socket)"
    fi
  fi
else
  start_dockerd "$bin" "$socket" "$netns" | sed 's/^/[install-docker] /'
  [ "${PIPESTATUS[0]}" = 0 ] || exit 1
fi

# What with-engine.sh needs to reach this daemon as the tests do.
if [ "$socket" != "$DEFAULT_SOCKET" ]; then
  plugins=''
  [ "$engine" = current ] && plugins=$prefix/cli-plugins
  printf 'ENGINE_BIN=%q\nENGINE_PLUGINS=%q\nENGINE_NETNS=%q\n' "$([ "$engine" = current ] && echo "$bin")" "$plugins" "$netns" >"$(dirname "$socket")/engine.env"
fi

export DOCKER_HOST="unix://$socket"
compose=(docker compose)
if [ "$engine" = current ]; then compose=("$prefix/cli-plugins/docker-compose"); fi
log "engine $("$cli" version --format '{{.Server.Version}}') (API $("$cli" version --format '{{.Server.APIVersion}}')), client $("$cli" version --format '{{.Client.Version}}'), compose $("${compose[@]}" version --short) on unix://$socket"
