"""The PyInstaller one-folder bundle: built and smoke-tested by packaging/pyinstaller/build.sh.

The build takes about a minute here (2 cores: ~25 s of PyInstaller plus ~20-50 s to set up its
venv), so it runs only when asked: ``STRETCHGUIDE_TEST_BUNDLE=1 python -m pytest -m bundle``.
The static checks below run always and take milliseconds.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PYI = REPO / "packaging" / "pyinstaller"
BUILD_SH = PYI / "build.sh"
ENABLE = "STRETCHGUIDE_TEST_BUNDLE"


@pytest.mark.bundle
def test_bundle_builds_and_passes_its_smoke_tests() -> None:
    if os.environ.get(ENABLE) != "1":
        pytest.skip(f"builds the PyInstaller bundle (about a minute): set {ENABLE}=1 to run it")
    if not sys.platform.startswith("linux"):
        pytest.skip("build.sh and its smoke tests are for Linux")
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool")):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (apt-get install {package})")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        ["bash", str(BUILD_SH), "--require-gui"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    report = result.stdout + result.stderr
    print(report)  # shown with -rA or on failure: the checks, the size and the build time
    assert result.returncode == 0, report
    assert "== all smoke tests passed" in result.stdout, report
    assert "  FAIL  " not in result.stdout, report


def test_launcher_calls_freeze_support_before_anything_else() -> None:
    """Without it first, the frozen speech worker (a 'spawn' child) would run the app again."""
    tree = ast.parse((PYI / "launch.py").read_text(encoding="utf-8"))
    guards = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and "__main__" in ast.unparse(node.test)
    ]
    assert len(guards) == 1, "launch.py needs one `if __name__ == '__main__':` block"
    first = guards[0].body[0]
    assert isinstance(first, ast.Expr)
    assert ast.unparse(first.value) == "multiprocessing.freeze_support()"


def test_spec_bundles_assets_and_dynamic_imports() -> None:
    spec = (PYI / "stretchguide.spec").read_text(encoding="utf-8")
    compile(spec, "stretchguide.spec", "exec")  # at least valid Python
    assert '"stretchguide/assets"' in spec  # where stretchguide.core.assets looks in a bundle
    assert 'collect_submodules("pyttsx3")' in spec  # drivers are imported by name
    assert 'collect_submodules("stretchguide")' in spec  # the speech engine "module:callable"


@pytest.mark.parametrize(
    "script",
    [BUILD_SH, REPO / "packaging" / "linux" / "install-desktop-files.sh"],
    ids=lambda p: p.name,
)
def test_shell_scripts_parse(script: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    result = subprocess.run([bash, "-n", str(script)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert os.access(script, os.X_OK), f"{script.name} is not executable (chmod +x)"
    shellcheck = shutil.which("shellcheck")
    if shellcheck:
        lint = subprocess.run(
            [shellcheck, "-S", "warning", str(script)], capture_output=True, text=True, check=False
        )
        assert lint.returncode == 0, lint.stdout
