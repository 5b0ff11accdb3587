#!/usr/bin/env bash
# Make sure the system libraries Qt's platform plugins need are present (Debian/Ubuntu).
# Installs them when we can (root, or sudo without a password); otherwise stops and
# names the exact packages to install. Usage: installer/linux-qt-deps.sh [python]
set -euo pipefail
PY=${1:-.venv/bin/python}

# Debian packages for the libraries the xcb and offscreen plugins load.
declare -A PACKAGE_OF=(
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libxkbcommon.so.0]=libxkbcommon0 [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-image.so.0]=libxcb-image0 [libxcb-keysyms.so.1]=libxcb-keysyms1
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-xinerama.so.0]=libxcb-xinerama0
  [libxcb-randr.so.0]=libxcb-randr0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-xkb.so.1]=libxcb-xkb1 [libxcb-shm.so.0]=libxcb-shm0 [libxcb-sync.so.1]=libxcb-sync1
  [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-render.so.0]=libxcb-render0
  [libX11-xcb.so.1]=libx11-xcb1 [libxcb.so.1]=libxcb1 [libEGL.so.1]=libegl1
  [libGL.so.1]=libgl1 [libOpenGL.so.0]=libopengl0 [libfontconfig.so.1]=libfontconfig1
  [libfreetype.so.6]=libfreetype6 [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0
)

plugins=$("$PY" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms")')
missing=()
for lib in $(ldd "$plugins"/libqxcb.so "$plugins"/libqoffscreen.so "$plugins"/../../lib/libQt6Gui.so.6 2>/dev/null \
             | awk '/not found/ {print $1}' | sort -u); do
  missing+=("${PACKAGE_OF[$lib]:-$lib}")
done
# A font, so that text is drawn at all.
fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n1)" ] || missing+=(fonts-dejavu-core fontconfig)

[ ${#missing[@]} -eq 0 ] && exit 0
echo "Qt a besoin de paquets système manquants : ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "Installez-les puis relancez : sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Paquets installés : ${missing[*]}" >&2
