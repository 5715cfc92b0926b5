#!/usr/bin/env bash
# The README's two commands on a fresh Debian 12 root, as far as one machine allows: a
# debootstrap root (no Docker, no images, no node_modules), entered with pivot_root in
# namespaces of its own — network (the internet through slirp4netns, in user space: the host's
# interfaces and iptables are not touched, so its daemon's docker0 and rules are not either),
# mount and PID (everything started inside ends with it) — and a clone of this repository's
# HEAD. Node is copied from the host: Debian 12's nodejs is 18, and the machines this project
# runs on come with Node.
#
#   test/support/fresh-debian.sh ROOT [COMMAND]
#
# ROOT is made with debootstrap when it has no /bin/bash yet; COMMAND runs in the clone, as root,
# with a clean environment (default: the README's two commands, one after the other).
set -euo pipefail
root=$1
command=${2:-'npm ci && npm run demo && npm test'}
repo=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
# shellcheck source=../../scripts/lib/debian-mirror.sh
. "$repo/scripts/lib/debian-mirror.sh"

if [ ! -x "$root/bin/bash" ]; then
  debootstrap --variant=minbase --include=ca-certificates,git,iproute2,procps,kmod bookworm "$root" "$(debian_mirror)"
fi
command -v slirp4netns >/dev/null || { echo 'needs slirp4netns (apt-get install slirp4netns)' >&2; exit 2; }

cp /usr/bin/node "$root/usr/bin/node"
mkdir -p "$root/usr/lib/node_modules"
rm -rf "$root/usr/lib/node_modules/npm"
cp -a "$(dirname "$(readlink -f "$(command -v npm)")")/.." "$root/usr/lib/node_modules/npm"
ln -sfn ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/bin/npm"
ln -sfn ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/bin/npx"
rm -rf "$root/root/repo"
git clone -q "$repo" "$root/root/repo"
echo 'nameserver 10.0.2.3' >"$root/etc/resolv.conf"
# So do the host's settings for reaching its mirror (Acquire::… in apt.conf.d: a mirror that
# serves a dated snapshot needs Check-Valid-Until off for unstable's short-lived Release file).
grep -l '^Acquire::' /etc/apt/apt.conf.d/* 2>/dev/null | while read -r file; do cp "$file" "$root/etc/apt/apt.conf.d/"; done
# The host's own trust comes along (a network that inspects TLS has its CA there), as on a fresh
# machine of the same kind; Node reads it through NODE_EXTRA_CA_CERTS, as on the host.
if compgen -G '/usr/local/share/ca-certificates/*' >/dev/null; then
  cp /usr/local/share/ca-certificates/* "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >/dev/null
fi

netns=dsa-fresh-$$
ip netns add "$netns"
slirp4netns --configure --mtu=65520 --disable-host-loopback --netns-type=path "/run/netns/$netns" tap0 >/dev/null 2>&1 &
slirp=$!
cleanup() {
  kill "$slirp" 2>/dev/null || true
  ip netns delete "$netns" 2>/dev/null || true
}
trap cleanup EXIT
sleep 1
ip netns exec "$netns" ip link set lo up

# pivot_root, not chroot: the root is the mount namespace's own root, as in a container, so
# runc's exec (setns into a container's namespaces) finds what it finds on a machine; inside a
# chroot it lands in the host's. The host's cgroup hierarchies and /dev are carried over.
nsenter "--net=/run/netns/$netns" unshare --mount --pid --fork --propagation private sh -c '
  root=$1 command=$2
  mount --bind "$root" "$root"
  cd "$root"
  mkdir -p .host
  pivot_root . .host
  mount -t proc proc /proc
  mount -t sysfs sysfs /sys
  mount --rbind /.host/sys/fs/cgroup /sys/fs/cgroup
  mount --rbind /.host/dev /dev
  mount -t tmpfs tmpfs /run
  umount -l /.host
  exec /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 ${NODE_EXTRA_CA_CERTS:+NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS} \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c "cd /root/repo && $command"' sh "$root" "$command"
