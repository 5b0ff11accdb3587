#!/bin/sh
# Install Palier for the current user, without root: run ./install.sh from the unpacked
# folder. The program goes to ~/.local/opt/palier, the menu entry and the icon to
# ~/.local/share, a `palier` command to ~/.local/bin. Running a newer version's
# install.sh upgrades in place. `./install.sh --uninstall` removes the program, its
# menu entry and its icon; it never touches the workspaces (~/.local/share/Palier) nor
# the settings (~/.config/Palier).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${PALIER_PREFIX:-$HOME/.local/opt/palier}
bin=$HOME/.local/bin
desktop=$share/applications/palier.desktop
icons=$share/icons/hicolor

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix"
  rm -f "$desktop" "$icons/scalable/apps/palier.svg" "$icons"/*x*/apps/palier.png
  [ -L "$bin/palier" ] && rm -f "$bin/palier"
  echo "Palier a été désinstallé. Vos espaces de travail sont conservés dans $share/Palier."
  exit 0
fi

# The new copy is complete before the old one is replaced: an interrupted upgrade
# leaves the installed version working.
mkdir -p "$(dirname "$prefix")"
rm -rf "$prefix.new"
mkdir "$prefix.new"
cp -R "$here/palier" "$here/_internal" "$prefix.new/"
rm -rf "$prefix.old"
[ -d "$prefix" ] && mv "$prefix" "$prefix.old"
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"

for png in "$here"/icons/palier-*.png; do
  size=$(basename "$png" .png | sed 's/palier-//')
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$png" "$icons/${size}x${size}/apps/palier.png"
done
mkdir -p "$icons/scalable/apps" "$(dirname "$desktop")" "$bin"
cp "$here/icons/palier.svg" "$icons/scalable/apps/palier.svg"
sed "s|^Exec=.*|Exec=\"$prefix/palier\"|" "$here/palier.desktop" > "$desktop"
ln -sf "$prefix/palier" "$bin/palier"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
echo "Palier est installé : menu Bureautique, ou la commande $bin/palier."
