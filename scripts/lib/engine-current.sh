# shellcheck shell=bash
# The current Docker engine, containerd and Compose as Debian unstable packages them, extracted
# into a directory of their own (dpkg-deb -x: nothing goes through dpkg, nothing lands in /usr).
# Whatever versions unstable has today are taken: a pinned version would disappear from it.
#
#   PREFIX/root/           the packages' files
#   PREFIX/bin/            links to what dockerd needs first on its PATH (not runc: unstable's
#                          needs a newer glibc than Debian 12's, whose runc serves it well)
#   PREFIX/cli-plugins/    docker-compose, for the docker CLI's plugin lookup
#   PREFIX/versions        package=version lines
# Needs debian-mirror.sh sourced first.

CURRENT_PACKAGES=(docker.io docker-cli containerd docker-compose tini-static)
CURRENT_LINKS=(usr/sbin/dockerd usr/bin/docker usr/bin/containerd usr/bin/containerd-shim-runc-v2 usr/bin/ctr usr/sbin/docker-proxy)

fetch_current_engine() {
  local prefix=$1 debs fresh deb target
  debs=$(mktemp -d)
  fresh="$prefix.new"
  rm -rf "$fresh"
  mkdir -p "$fresh/root" "$fresh/bin" "$fresh/cli-plugins"
  apt_suite_download unstable "$debs" "${CURRENT_PACKAGES[@]}" >"$fresh/versions" || {
    rm -rf "$debs" "$fresh"
    return 1
  }
  for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$fresh/root"; done
  rm -rf "$debs"
  for target in "${CURRENT_LINKS[@]}"; do
    [ -e "$fresh/root/$target" ] || { echo "unstable's packages no longer ship /$target" >&2; return 1; }
    ln -s "$prefix/root/$target" "$fresh/bin/"
  done
  ln -s "$prefix/root/usr/bin/tini-static" "$fresh/bin/docker-init"
  ln -s "$prefix/root/usr/libexec/docker/cli-plugins/docker-compose" "$fresh/cli-plugins/docker-compose"
  rm -rf "$prefix"
  mv "$fresh" "$prefix"
  cat "$prefix/versions"
}

# The machine's docker on the default socket: links in /usr/local (ahead of the distribution's on
# PATH and in the CLI's plugin lookup), removed again by deactivate_current_engine.
activate_current_engine() {
  local prefix=$1 name
  mkdir -p /usr/local/lib/docker/cli-plugins
  for name in dockerd docker containerd containerd-shim-runc-v2 ctr docker-proxy docker-init; do
    link_into "$prefix/bin/$name" "/usr/local/bin/$name"
  done
  link_into "$prefix/cli-plugins/docker-compose" /usr/local/lib/docker/cli-plugins/docker-compose
}

# A file someone else put there (a docker CLI of the machine's image) is kept.
link_into() {
  if [ -e "$2" ] && [ ! -L "$2" ]; then
    echo "keeping $2 (not a link of this script): $("$2" --version 2>/dev/null | head -n1)"
    return 0
  fi
  ln -sfn "$1" "$2"
}

deactivate_current_engine() {
  local link target
  for link in /usr/local/bin/{dockerd,docker,containerd,containerd-shim-runc-v2,ctr,docker-proxy,docker-init} /usr/local/lib/docker/cli-plugins/docker-compose; do
    # Only links this script made: they point into a prefix's bin/ or cli-plugins/.
    [ -L "$link" ] || continue
    target=$(readlink "$link")
    if [ -f "$(dirname "$(dirname "$target")")/versions" ]; then rm -f "$link"; fi
  done
}
