#!/usr/bin/env bash
# Debian packages the browser tests need: Chromium (the HTML report's tests and the VS Code end-to-end tests),
# and rg plus the Kerberos headers that installing code-server needs. Installs only what is missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
command -v rg >/dev/null || missing+=(ripgrep)
[ -e /usr/include/krb5.h ] || missing+=(libkrb5-dev)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]} …" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Not root: run  sudo apt-get install -y --no-install-recommends ${missing[*]}  and try again." >&2
  exit 1
fi
apt-get update >&2 && apt-get install -y --no-install-recommends "${missing[@]}" >&2
