"""The frozen Linux bundle, built from this checkout and run as a user would run it.

installer/build-linux.sh builds the PyInstaller bundle and its tar.gz into a temporary
folder (PyInstaller's cache too: nothing is kept outside it); the tarball is unpacked and
its `palier` run headless, with HOME and the XDG folders in a temporary folder:

- `palier selfcheck` inside the bundle: translations, Qt plugins, SQLite FTS5, the PDF
  fonts and reportlab, each found inside the bundle;
- `palier demo`, then `palier gui --quit-after 1 --screenshot`: a non-empty PNG, copied to
  screenshots/frozen/ for a person to look at;
- `palier report police-sheet`: a referral sheet of the demo workspace, as a PDF;
- `palier sync` against a `palier server` run from this checkout: sign-in and a round trip;
- SQLCipher and the other optional libraries, once pyproject.toml declares them;
- the bundle's folder is byte for byte the same after all of it, settings land in the
  platformdirs config folder;
- the tarball's install.sh installs for one user, upgrades in place, and uninstalls
  without touching the workspaces.

About a minute on 2 cores. Marked slow; `make test` and .ci/run still run it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from app import __version__
from app.selfcheck import OPTIONAL

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "screenshots" / "frozen"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the Linux bundle; Windows builds in .github/workflows/windows.yml"),
]


def user_env(home: Path) -> dict[str, str]:
    """A user with an empty home: no Palier variable, platformdirs' folders inside `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PALIER_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PALIER_NO_CRASH_DIALOG="1",
               PALIER_LANG="fr", LC_ALL="C.UTF-8")
    return env


@dataclass
class Frozen:
    folder: Path      # the unpacked tarball
    tarball: Path
    home: Path
    build_seconds: float
    runs: dict[str, subprocess.CompletedProcess] = field(default_factory=dict)

    @property
    def exe(self) -> Path:
        return self.folder / "palier"

    def run(self, *args: str, timeout: float = 120, signed_in: bool = True
            ) -> subprocess.CompletedProcess:
        # The demo workspace is encrypted: sign in with its security officer's account,
        # as `palier demo` printed it (app.cli_signin).
        env = user_env(self.home)
        if signed_in:
            env.update(PALIER_USER="surete.moreau", PALIER_PASSWORD="palier-demo")
        return subprocess.run([str(self.exe), *args], env=env, cwd=self.home,
                              capture_output=True, text=True, timeout=timeout)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*")}


def declared_dependencies() -> set[str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    return {re.split(r"[\s<>=!~;\[]", d, maxsplit=1)[0].lower() for d in deps}


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Frozen:
    base = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PY=sys.executable, BUILD_DIR=str(base / "build"),
               DIST_DIR=str(base / "dist"))
    t0 = time.monotonic()
    out = subprocess.run(["bash", str(ROOT / "installer" / "build-linux.sh")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=1800)
    seconds = time.monotonic() - t0
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-4000:]
    tarball = Path(out.stdout.strip().splitlines()[-1])
    assert tarball.name == f"palier-{__version__}-linux-{os.uname().machine}.tar.gz"
    unpacked = base / "unpacked"
    unpacked.mkdir()
    # As a user does it, with tar: it keeps the executable bits and the library symlinks.
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(unpacked)], check=True)
    home = base / "home"
    home.mkdir()
    return Frozen(unpacked / tarball.name.removesuffix(".tar.gz"), tarball, home, seconds)


@pytest.fixture(scope="module")
def session(frozen):
    """Every run of the frozen app, once; the tests below look at the results."""
    before = snapshot(frozen.folder)
    out = frozen.home / "out"
    ws = frozen.home / "workspace"
    runs = frozen.runs
    runs["selfcheck"] = frozen.run("selfcheck", "--pdf", str(out / "selfcheck.pdf"))
    runs["demo"] = frozen.run("--data-dir", str(ws), "demo", "--records", "500",
                              signed_in=False)
    t0 = time.monotonic()
    runs["gui"] = frozen.run("--data-dir", str(ws), "gui", "--screen", "signalements",
                             "--quit-after", "1", "--screenshot", str(out / "gui.png"))
    runs["gui"].seconds = time.monotonic() - t0
    exported = frozen.run("--data-dir", str(ws), "export", "signalements", "--format", "json")
    reference = json.loads(exported.stdout)[0]["reference"]
    runs["report"] = frozen.run("--data-dir", str(ws), "report", "police-sheet", reference,
                                "-o", str(out / "referral-sheet.pdf"))
    if "pypdf" in declared_dependencies():
        runs["report_password"] = frozen.run(
            "--data-dir", str(ws), "report", "police-sheet", reference, "--password", "s3cret",
            "-o", str(out / "referral-sheet-protected.pdf"))
    return {"before": before, "after": snapshot(frozen.folder), "out": out, "ws": ws}


def _ok(run: subprocess.CompletedProcess) -> None:
    assert run.returncode == 0, f"exit {run.returncode}\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"


def test_tarball_holds_the_bundle_the_desktop_file_and_the_icon(frozen):
    f = frozen.folder
    assert os.access(f / "palier", os.X_OK)
    assert os.access(f / "install.sh", os.X_OK)
    assert (f / "_internal").is_dir()
    desktop = (f / "palier.desktop").read_text(encoding="utf-8")
    assert "\nExec=palier\n" in desktop and "\nIcon=palier\n" in desktop
    assert "Name=Palier" in desktop and "Comment[fr]=" in desktop
    assert (f / "icons" / "palier.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 32, 48, 256, 512):
        assert (f / "icons" / f"palier-{size}.png").read_bytes().startswith(PNG_SIGNATURE)
    size = sum(p.lstat().st_size for p in f.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle: build {frozen.build_seconds:.0f} s, tarball "
          f"{frozen.tarball.stat().st_size / 2**20:.1f} MiB, unpacked {size / 2**20:.0f} MiB")


def test_frozen_selfcheck_finds_everything_inside_the_bundle(frozen, session):
    run = frozen.runs["selfcheck"]
    _ok(run)
    report = json.loads(run.stdout)
    inside = str(frozen.folder / "_internal")
    assert report["frozen"] is True and report["version"] == __version__
    assert report["required_ok"] is True, run.stdout
    for lang in ("fr", "en"):
        qm = report["translations"]["palier"][lang]
        assert qm["loaded"] and qm["language"] == lang and not qm["empty"]
        assert qm["path"].startswith(inside)
    assert report["translations"]["qtbase_fr"] is True
    assert report["qt"]["platform"] == "offscreen" and report["qt"]["missing"] == []
    # The bundle's own DejaVu Sans, not a system copy or this checkout's.
    assert report["pdf"]["fonts"] == os.path.join(inside, "resources", "fonts")
    pdf = session["out"] / "selfcheck.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert b"DejaVuSans" in pdf.read_bytes()  # embedded


def test_frozen_app_opens_a_demo_workspace_and_shows_its_window(frozen, session):
    _ok(frozen.runs["demo"])
    # Encrypted by the bundled SQLCipher: no clear-text SQLite header.
    header = (session["ws"] / "workspace.sqlite3").read_bytes()[:16]
    assert len(header) == 16 and header != b"SQLite format 3\x00"
    assert "palier-demo" in frozen.runs["demo"].stdout
    gui = frozen.runs["gui"]
    _ok(gui)
    shot = session["out"] / "gui.png"
    data = shot.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 20_000, len(data)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, SCREENSHOTS / "signalements.png")
    print(f"\nfrozen gui --quit-after 1: {gui.seconds:.2f} s; screenshot in {SCREENSHOTS}")


def test_frozen_cli_writes_a_referral_sheet(frozen, session):
    _ok(frozen.runs["report"])
    pdf = (session["out"] / "referral-sheet.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"DejaVuSans" in pdf and len(pdf) > 10_000


@pytest.mark.parametrize("check", sorted(OPTIONAL))
def test_frozen_app_carries_each_declared_optional_library(frozen, session, check):
    module = OPTIONAL[check]
    package = {"sqlcipher3": "sqlcipher3-binary"}.get(module, module)
    if not {module, package} & declared_dependencies():
        pytest.skip(f"{module} is not a dependency in pyproject.toml yet")
    report = json.loads(frozen.runs["selfcheck"].stdout)
    assert report[check]["available"] is True, report[check]
    if check == "pdf_encryption":  # a password-protected referral sheet, for e-mail
        _ok(frozen.runs["report_password"])
        assert b"/Encrypt" in (session["out"] / "referral-sheet-protected.pdf").read_bytes()


def test_frozen_app_writes_nothing_beside_itself(frozen, session):
    assert session["after"] == session["before"]
    # Settings went to platformdirs' config folder, logs and data nowhere else.
    assert (frozen.home / ".config" / "Palier" / "Palier.ini").is_file()
    stray = [p for p in frozen.home.rglob("*") if p.is_file()
             and not p.is_relative_to(session["out"]) and not p.is_relative_to(session["ws"])
             and not p.is_relative_to(frozen.home / ".config" / "Palier")
             and not p.is_relative_to(frozen.home / ".local" / "state" / "Palier")]
    assert stray == []


@pytest.fixture
def server(tmp_path):
    """`palier server` from this checkout (the server is never in the desktop bundle), with
    one organisation and one administrator, on a free loopback port."""
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    admin = [sys.executable, "-m", "app", "server", "--db", db]
    env = dict(user_env(tmp_path), PALIER_LANG="en")
    _ok(subprocess.run([*admin, "org", "add", "Habitat Val-de-Seine", "--kind", "landlord"],
                       cwd=ROOT, env=env, capture_output=True, text=True))
    _ok(subprocess.run([*admin, "user", "add", "agent", "--org", "Habitat Val-de-Seine",
                        "--role", "admin", "--password-stdin"], input="correct horse 42\n",
                       cwd=ROOT, env=env, capture_output=True, text=True))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([*admin, "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:  # a process of its own: polled, with a deadline
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            try:
                if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "palier server did not start"
            time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def test_frozen_client_signs_in_and_syncs(frozen, server, tmp_path):
    env = dict(PALIER_USER="agent", PALIER_PASSWORD="correct horse 42")
    ws = str(tmp_path / "synced")
    run = subprocess.run([str(frozen.exe), "--data-dir", ws, "sync", "--server", server],
                         env={**user_env(frozen.home), **env}, capture_output=True, text=True,
                         timeout=120)
    _ok(run)
    # The first sign-in to the server set the encrypted workspace up with that account.
    assert (tmp_path / "synced" / "workspace.keys.json").is_file()
    again = subprocess.run([str(frozen.exe), "--data-dir", ws, "sync"],
                           env={**user_env(frozen.home), **env}, capture_output=True,
                           text=True, timeout=120)
    _ok(again)  # the local sign-in unlocks the workspace; the kept device token does the rest


def test_install_script_installs_upgrades_and_uninstalls_for_one_user(frozen, tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "Palier"
    data.mkdir(parents=True)
    (data / "workspace.sqlite3").write_bytes(b"the user's data")
    env = user_env(home)
    script = str(frozen.folder / "install.sh")
    for _ in range(2):  # the second run is an upgrade in place
        _ok(subprocess.run(["sh", script], env=env, capture_output=True, text=True))
    program = home / ".local" / "opt" / "palier" / "palier"
    assert program.stat().st_mode & stat.S_IXUSR
    assert not (home / ".local" / "opt" / "palier.old").exists()
    desktop = (home / ".local" / "share" / "applications" / "palier.desktop").read_text()
    assert f'Exec="{program}"' in desktop
    assert (home / ".local/share/icons/hicolor/48x48/apps/palier.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/palier.svg").is_file()
    version = subprocess.run([str(home / ".local" / "bin" / "palier"), "--version"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"palier {__version__}"
    _ok(subprocess.run(["sh", script, "--uninstall"], env=env, capture_output=True, text=True))
    assert not program.exists() and not (home / ".local" / "bin" / "palier").exists()
    assert not (home / ".local" / "share" / "applications" / "palier.desktop").exists()
    assert (data / "workspace.sqlite3").read_bytes() == b"the user's data"
