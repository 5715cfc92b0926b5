# shellcheck shell=bash
# Starting and stopping one dockerd: on the default socket with the system's paths, or on a socket
# of its own with its data root, exec root (so its own managed containerd), pid file and log in
# the socket's directory, optionally in a network namespace of its own. Sourced by
# install-docker.sh, with-engine.sh and stop-docker.sh; callers are root.

DEFAULT_SOCKET=/var/run/docker.sock

# The files of the daemon serving $1: "pidfile log data exec" (data and exec empty for the default
# socket: dockerd's own defaults).
daemon_paths() {
  local socket=$1 dir
  if [ "$socket" = "$DEFAULT_SOCKET" ]; then
    printf '%s %s %s %s\n' /var/run/docker.pid /var/log/dockerd.log '' ''
  else
    dir=$(dirname "$socket")
    printf '%s %s %s %s\n' "$dir/docker.pid" "$dir/dockerd.log" "$dir/data" "$dir/exec"
  fi
}

# daemon_answers SOCKET [CLI]: any docker CLI will do (the API version is negotiated).
daemon_answers() {
  local cli=${2:-docker}
  command -v "$cli" >/dev/null 2>&1 || return 1
  DOCKER_HOST="unix://$1" timeout 5 "$cli" version --format '{{.Server.Version}}' >/dev/null 2>&1
}

# The pid in a pid file when that process is a running dockerd; nothing otherwise.
dockerd_of_pidfile() {
  local pid
  [ -f "$1" ] || return 0
  pid=$(tr -dc '0-9' <"$1")
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] && echo "$pid"
  return 0
}

# start_dockerd BIN_DIR SOCKET NETNS LOG_PREFIX
#   BIN_DIR   where dockerd, containerd, the shim, docker-proxy and docker-init are (first on PATH;
#             runc is found after it, on the system's PATH)
#   NETNS     empty for the host's network namespace, else a named one (created when missing)
start_dockerd() {
  local bin=$1 socket=$2 netns=$3 pidfile log data exec running
  read -r pidfile log data exec < <(daemon_paths "$socket")
  running=$(dockerd_of_pidfile "$pidfile")
  if [ -n "$running" ]; then
    echo "dockerd $running (pid file $pidfile) runs but does not answer yet; waiting for it"
  else
    # dockerd refuses to start over the pid file of a daemon killed with its session; the file is
    # cleared only when the process it names is not a running dockerd.
    if [ -f "$pidfile" ]; then
      echo "removing the stale $pidfile (no dockerd runs under it)"
      rm -f "$pidfile"
    fi
    local args=(--host "unix://$socket" --pidfile "$pidfile")
    [ -n "$data" ] && args+=(--data-root "$data" --exec-root "$exec")
    [ -x "$bin/docker-proxy" ] && args+=(--userland-proxy-path "$bin/docker-proxy")
    [ -x "$bin/docker-init" ] && args+=(--init-path "$bin/docker-init")
    mkdir -p "$(dirname "$socket")" "$(dirname "$log")"
    local path="$bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    echo "starting dockerd ${netns:+in network namespace $netns }on $socket (log: $log)"
    if [ -z "$netns" ]; then
      PATH=$path setsid nohup dockerd "${args[@]}" >>"$log" 2>&1 </dev/null &
    else
      ensure_netns "$netns"
      # Its own mount namespace with a sysfs of its network namespace: dockerd reads and writes
      # /sys/class/net/<bridge>/…, which must be its bridges, not the host's docker0 of the same
      # name. The cgroup mounts under /sys are carried over.
      PATH=$path setsid nohup nsenter "--net=/run/netns/$netns" unshare --mount --propagation slave sh -c '
        keep=$(mktemp -d) && mount --rbind /sys/fs/cgroup "$keep" &&
        mount -t sysfs sysfs /sys && mount --move "$keep" /sys/fs/cgroup && rmdir "$keep" &&
        exec dockerd "$@"' sh "${args[@]}" >>"$log" 2>&1 </dev/null &
    fi
  fi
  local _
  for _ in $(seq 1 120); do
    daemon_answers "$socket" "$bin/docker" && return 0
    daemon_answers "$socket" && return 0
    sleep 0.5
  done
  echo "the Docker daemon on $socket did not answer within 60 s; last lines of $log:" >&2
  tail -n 20 "$log" >&2 || true
  return 1
}

ensure_netns() {
  [ -e "/run/netns/$1" ] || ip netns add "$1"
  ip netns exec "$1" ip link set lo up
}

# stop_dockerd SOCKET: SIGTERM to the daemon named by its pid file, and wait (60 s) until it is gone.
stop_dockerd() {
  local socket=$1 pidfile pid _
  read -r pidfile _ _ _ < <(daemon_paths "$socket")
  pid=$(dockerd_of_pidfile "$pidfile")
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  echo "dockerd $pid did not stop within 60 s" >&2
  return 1
}
