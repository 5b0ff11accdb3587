"""The packaging files that cannot run here: what they must keep saying.

The Inno Setup script and the Windows workflow only run on Windows (see the README), so
these tests pin the promises an upgrade depends on: the installer's identity never
changes, it installs per user, it keeps workspaces on uninstall unless asked. The icon
renditions are checked against the sizes the installers and the desktop file expect.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
ICON = ROOT / "resources" / "icon"
# Never change it: Windows would see a different application and install a second copy.
APP_ID = "0A8FEDDD-1997-47C5-A297-0B770483BFA8"


def iss() -> str:
    return (INSTALLER / "palier.iss").read_text(encoding="utf-8")


def setup_section() -> dict[str, str]:
    body = iss().split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(line.split("=", 1) for line in body.splitlines() if "=" in line
                and not line.startswith(";"))


def test_installer_identity_is_fixed():
    setup = setup_section()
    assert setup["AppId"] == "{{" + APP_ID + "}"
    assert f"Uninstall\\{{{APP_ID}}}_is1" in iss()  # the downgrade check reads this key


def test_installer_is_per_user_with_all_users_as_a_choice():
    setup = setup_section()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"]
    assert setup["DefaultDirName"].startswith("{autopf}")


def test_installer_speaks_french_and_english_and_makes_shortcuts():
    text = iss()
    assert re.search(r'Name: "fr"; MessagesFile: "compiler:Languages\\French.isl"', text)
    assert re.search(r'Name: "en"; MessagesFile: "compiler:Default.isl"', text)
    for key in ("Downgrade", "RemoveData"):
        assert f"fr.{key}=" in text and f"en.{key}=" in text
    assert '"{autoprograms}\\Palier"' in text
    assert re.search(r'"\{autodesktop\}\\Palier".*Tasks: desktopicon', text)
    assert re.search(r'Name: "desktopicon";.*Flags: unchecked', text)


def test_uninstaller_deletes_user_data_only_when_asked():
    text = iss()
    assert "[UninstallDelete]" not in text
    code = text.split("procedure CurUninstallStepChanged", 1)[1]
    # DelTree only after a Yes to the question, whose default button is No.
    question = code.index("MsgBox(FmtMessage(CustomMessage('RemoveData')")
    assert "MB_DEFBUTTON2) = IDYES then" in code[question:code.index("DelTree")]
    assert "UninstallSilent" in code[:question]


def test_windows_workflow_builds_tests_and_uploads_the_installer():
    wf = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in wf
    for step in ("pytest", "installer/palier.spec", "installer/palier.iss", "upload-artifact"):
        assert step in wf


def test_spec_carries_resources_and_translations():
    spec = (INSTALLER / "palier.spec").read_text(encoding="utf-8")
    for dest in ('"resources/fonts"', '"resources/icon"', '"app/ui/translations"',
                 '"app/store/migrations/versions"'):
        assert dest in spec
    assert 'name="Palier", console=False' in spec and 'name="palier-cli", console=True' in spec


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icon_renditions():
    root = ET.parse(ICON / "palier.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size(ICON / f"palier-{size}.png") == (size, size)
    ico = (ICON / "palier.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_desktop_file():
    entry = (INSTALLER / "linux" / "palier.desktop").read_text(encoding="utf-8")
    keys = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert entry.startswith("[Desktop Entry]\n")
    assert keys["Type"] == "Application" and keys["Exec"] == "palier"
    assert keys["Icon"] == "palier" and keys["Terminal"] == "false"
    assert keys["Categories"].endswith(";")
