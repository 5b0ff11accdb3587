#!/usr/bin/env bash
# The command-line tools the test suite runs on the PDF documents (Debian/Ubuntu):
# qpdf checks their structure, pdftoppm (poppler-utils) renders page 1 to PNG.
# Installs them when we can (root, or sudo without a password); otherwise stops and
# names the exact packages to install. Usage: installer/test-deps.sh
set -euo pipefail

declare -A PACKAGE_OF=([qpdf]=qpdf [pdftoppm]=poppler-utils)
missing=()
for tool in "${!PACKAGE_OF[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${PACKAGE_OF[$tool]}")
done

[ ${#missing[@]} -eq 0 ] && exit 0
echo "Les tests ont besoin de paquets système manquants : ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "Installez-les puis relancez : sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Paquets installés : ${missing[*]}" >&2
