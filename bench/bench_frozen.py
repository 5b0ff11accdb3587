"""Start-up of the frozen app against `palier gui` from the virtual environment, as JSON.

    .venv/bin/python bench/bench_frozen.py [--bundle DIR] [--runs 7] [--records 20000]

Without --bundle, builds the Linux bundle first (installer/build-linux.sh, into a
temporary folder) and reports its build time and size. Both apps open the same demo
workspace (`palier demo --records N --seed 1`) on the signalements screen, with the same
settings file; each start is timed from process start to the main window shown with its
list filled (the PALIER_TIMING marker). Runs alternate frozen and venv, after one
warm-up run of each, and each figure is the median.
Bar of issue 8: frozen_start <= 1.2 x venv_start.
Uses the offscreen platform unless DISPLAY is set (run under xvfb-run for a real X server).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BAR = 1.2


def timed_start(args: list[str], env: dict) -> float:
    t0 = time.time()
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=180)
    for line in out.stdout.splitlines():
        if line.startswith("PALIER_READY "):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no timing marker from {args[0]}: {out.stdout[-500:]} {out.stderr[-2000:]}")


def build(work: Path) -> tuple[Path, float, int]:
    env = dict(os.environ, PY=sys.executable, BUILD_DIR=str(work / "build"),
               DIST_DIR=str(work / "dist"))
    t0 = time.monotonic()
    out = subprocess.run(["bash", str(ROOT / "installer" / "build-linux.sh")], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    seconds = time.monotonic() - t0
    tarball = Path(out.stdout.strip().splitlines()[-1])
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(work)], check=True)
    return work / tarball.name.removesuffix(".tar.gz"), seconds, tarball.stat().st_size


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, help="an unpacked bundle (default: build one)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory(prefix="palier-bench-frozen-") as tmp:
        work = Path(tmp)
        result: dict = {"platform": os.environ.get("QT_QPA_PLATFORM") or "xcb",
                        "machine": platform.machine(), "cpus": os.cpu_count()}
        if args.bundle:
            bundle = args.bundle.resolve()
        else:
            bundle, seconds, tar_size = build(work)
            result.update(build_s=round(seconds, 1), tarball_mib=round(tar_size / 2**20, 1))
        result["bundle_mib"] = round(folder_size(bundle) / 2**20, 1)
        frozen = str(bundle / ("palier-cli.exe" if sys.platform == "win32" else "palier"))
        venv = str(Path(sys.executable).with_name("palier.exe" if sys.platform == "win32"
                                                  else "palier"))
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True,
                       stdout=subprocess.DEVNULL)

        ws = work / "workspace"
        env = dict(os.environ, PALIER_TIMING="1", PALIER_NO_CRASH_DIALOG="1",
                   PALIER_SETTINGS=str(work / "settings.ini"), PALIER_LOG_DIR=str(work / "log"))
        env.pop("PALIER_DATA_DIR", None)
        subprocess.run([venv, "--data-dir", str(ws), "demo", "--records", str(args.records),
                        "--seed", "1"], env=env, check=True, capture_output=True)
        # The demo workspace is encrypted: both apps sign in unattended with its account.
        env.update(PALIER_USER="admin", PALIER_PASSWORD="palier-demo")
        gui = ["--data-dir", str(ws), "gui", "--screen", "signalements", "--quit-after", "1"]

        timed_start([frozen, *gui], env)  # warm-up: the page cache holds both afterwards
        timed_start([venv, *gui], env)
        frozen_s, venv_s = [], []
        for _ in range(args.runs):
            frozen_s.append(timed_start([frozen, *gui], env))
            venv_s.append(timed_start([venv, *gui], env))
        f, v = statistics.median(frozen_s), statistics.median(venv_s)
        result.update({
            "records": args.records,
            "runs": args.runs,
            "frozen_start_s": round(f, 4),
            "venv_start_s": round(v, 4),
            "frozen_runs_s": [round(x, 3) for x in frozen_s],
            "venv_runs_s": [round(x, 3) for x in venv_s],
            "ratio": round(f / v, 2),
            "bar": BAR,
            "within_bar": f / v <= BAR,
        })
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
