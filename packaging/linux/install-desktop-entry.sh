#!/bin/sh
# Add Engagement Curator to the desktop menu of the current user: the menu
# entry, the icon in every size, the MIME type of the app's exchange files
# (so a colleague's export opens with the app) and the AppStream metadata.
# Run it after installing the app (`curator` must be on PATH, or the bundle
# in dist/engagement-curator added to PATH).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
id=org.engagementcurator.EngagementCurator
mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo"
cp "$here/$id.desktop" "$data/applications/"
cp "$here/$id.mime.xml" "$data/mime/packages/$id.xml"
cp "$here/$id.metainfo.xml" "$data/metainfo/"
for folder in "$root"/resources/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$folder")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$folder/engagement-curator.png" "$data/icons/hicolor/$size/apps/"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$root/resources/icons/engagement-curator.svg" "$data/icons/hicolor/scalable/apps/"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Engagement Curator is in the menu; exchange files open with it."
