#!/usr/bin/env bash
# Debian packages the tests need: Chromium (the HTML report's tests and the VS Code end-to-end tests), rg plus
# the Kerberos headers that installing code-server needs, and the editors whose documented recipes
# tests/editors runs (Neovim 0.7, Emacs 28 with eglot and with lsp-mode). Installs only what is missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
command -v rg >/dev/null || missing+=(ripgrep)
[ -e /usr/include/krb5.h ] || missing+=(libkrb5-dev)
command -v nvim >/dev/null || missing+=(neovim)
command -v emacs >/dev/null || missing+=(emacs-nox)
# Debian's elpa-eglot installs here; Emacs 29 and later have eglot built in but Debian 12 ships 28.
compgen -G '/usr/share/emacs/site-lisp/elpa/eglot-*' >/dev/null || missing+=(elpa-eglot)
compgen -G '/usr/share/emacs/site-lisp/elpa/lsp-mode-*' >/dev/null || missing+=(elpa-lsp-mode)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]} …" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Not root: run  sudo apt-get install -y --no-install-recommends ${missing[*]}  and try again." >&2
  exit 1
fi
apt-get update >&2 && apt-get install -y --no-install-recommends "${missing[@]}" >&2
