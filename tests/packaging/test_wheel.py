"""The wheel carries the routines, pictures and phrases, where an installed app looks for them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_every_asset(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("stretchguide-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assets = ROOT / "assets"
    expected = {
        f"stretchguide/assets/{p.relative_to(assets).as_posix()}"
        for p in assets.rglob("*")
        if p.is_file()
    }
    assert expected <= names, sorted(expected - names)
    # stretchguide.core.assets looks beside the installed package first.
    assert "stretchguide/core/assets.py" in names
    entry_points = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith("entry_points.txt")))
        .decode()
    )
    assert "stretchguide = stretchguide.__main__:main" in entry_points
