#!/usr/bin/env bash
# Build the Linux bundle: PyInstaller (installer/palier.spec), then a tar.gz with the
# .desktop file, the icon and a per-user install script.
#
#   installer/build-linux.sh            -> dist/palier-<version>-linux-<arch>.tar.gz
#
# Environment: PY (default .venv/bin/python, with the test extras: PyInstaller),
# BUILD_DIR (default build/) for everything intermediate, DIST_DIR (default dist/).
# Nothing is cached outside BUILD_DIR: PyInstaller's own cache goes there too.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin/python}
BUILD_DIR=$(mkdir -p "${BUILD_DIR:-$ROOT/build}" && cd "${BUILD_DIR:-$ROOT/build}" && pwd)
DIST_DIR=$(mkdir -p "${DIST_DIR:-$ROOT/dist}" && cd "${DIST_DIR:-$ROOT/dist}" && pwd)
export PYINSTALLER_CONFIG_DIR="$BUILD_DIR/pyinstaller-cache"

"$PY" -c 'import PyInstaller' 2>/dev/null || {
  echo "PyInstaller manque : $PY -m pip install -e '.[test]'" >&2; exit 1; }
VERSION=$("$PY" -c 'import app; print(app.__version__)')
NAME=palier-$VERSION-linux-$(uname -m)

"$PY" -m app.ui.i18n >/dev/null          # compiled translations, fresh
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$BUILD_DIR/pyinstaller" --distpath "$BUILD_DIR/bundle" installer/palier.spec

stage=$BUILD_DIR/stage/$NAME
rm -rf "$BUILD_DIR/stage"
mkdir -p "$stage/icons"
cp -R "$BUILD_DIR/bundle/palier/." "$stage/"
cp installer/linux/palier.desktop installer/linux/install.sh "$stage/"
cp resources/icon/palier.svg resources/icon/palier-*.png "$stage/icons/"
cat > "$stage/LISEZMOI.txt" <<TXT
Palier $VERSION pour Linux (x86_64)

Installer pour vous seul, sans droits d'administrateur :   ./install.sh
Mettre à jour : décompressez la nouvelle version et lancez son ./install.sh.
Désinstaller (vos espaces de travail sont conservés) :    ./install.sh --uninstall
Lancer sans installer :                                   ./palier

Vos données : ~/.local/share/Palier ; réglages : ~/.config/Palier ;
journaux : ~/.local/state/Palier/log.
TXT
tar -C "$BUILD_DIR/stage" -czf "$DIST_DIR/$NAME.tar.gz" "$NAME"
echo "$DIST_DIR/$NAME.tar.gz"
