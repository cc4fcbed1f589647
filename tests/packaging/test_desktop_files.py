"""The Linux desktop integration: desktop entry, AppStream metainfo and icon.

Checks that the files pass the freedesktop validators (skipped, with the package to install, when
a validator is missing) and that they agree with the app itself: the desktop file's name is the
id the app gives Qt with ``setDesktopFileName`` (Wayland matches windows to their desktop entry
by it), ``StartupWMClass`` is the application name Qt uses as the X11 WM_CLASS, the command is
the installed console script, the menu action's routine exists, and the release list names the
package's version.
"""

from __future__ import annotations

import ast
import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import stretchguide

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_PY = REPO / "stretchguide" / "app.py"

APP_ID = "io.github.stretchguide.StretchGuide"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON = LINUX / f"{APP_ID}.svg"
INSTALL = LINUX / "install-desktop-files.sh"
SVG_NS = "{http://www.w3.org/2000/svg}"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return path


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=60, check=False
    )


def _desktop_entry(path: Path = DESKTOP) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


def _app_calls() -> dict[str, str]:
    """The string passed to each ``app.setXxx(...)`` call in stretchguide/app.py.

    Read from the source rather than by running the app, so no QApplication is needed; a
    module-level constant passed by name (``setDesktopFileName(APP_ID)``) is resolved.
    """
    tree = ast.parse(APP_PY.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    calls: dict[str, str] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr.startswith("set")
            and len(node.args) == 1
        ):
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                calls[node.func.attr] = arg.value
            elif isinstance(arg, ast.Name) and arg.id in constants:
                calls[node.func.attr] = constants[arg.id]
    return calls


# --- The validators -------------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = _run(tool, DESKTOP)
    # It prints nothing at all for a clean file; hints and warnings would show up here too.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = _run(tool, "validate", "--no-net", METAINFO)
    # Errors and warnings fail; infos and pedantic notes (such as the upper-case letters of a
    # reverse-DNS id, or <developer> being unknown to AppStream < 1.0) are fine.
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


def test_installed_tree_validates_and_rewrites_exec(tmp_path: Path) -> None:
    """install-desktop-files.sh lays the files out as the spec wants, even with --exec."""
    if sys.platform == "win32":
        pytest.skip("the install script is for Linux")
    tool = _tool("appstreamcli", "appstream")
    exe = "/opt/Stretch Guide/stretchguide"
    result = subprocess.run(
        ["bash", str(INSTALL), "--prefix", str(tmp_path / "usr"), "--exec", exe],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    share = tmp_path / "usr" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert icon.read_bytes() == ICON.read_bytes()
    entry = _desktop_entry(desktop)
    assert entry["Desktop Entry"]["Exec"] == f'"{exe}"'
    assert entry["Desktop Action desk-break"]["Exec"] == f'"{exe}" play desk-break'
    tree = _run(tool, "validate-tree", "--no-net", tmp_path)
    assert tree.returncode == 0, tree.stdout + tree.stderr
    validate = shutil.which("desktop-file-validate")
    if validate:
        check = _run(validate, desktop)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    removed = subprocess.run(
        ["bash", str(INSTALL), "--prefix", str(tmp_path / "usr"), "--uninstall"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert removed.returncode == 0, removed.stderr
    assert not desktop.exists() and not icon.exists()


# --- Agreement with the app -----------------------------------------------------------------


def test_desktop_file_name_is_the_id_the_app_gives_qt() -> None:
    calls = _app_calls()
    assert "setDesktopFileName" in calls, (
        "stretchguide/app.py no longer calls QGuiApplication.setDesktopFileName(...): without"
        " it, Wayland compositors cannot match the window to the desktop entry (no icon, no name)"
    )
    assert calls["setDesktopFileName"] == APP_ID == DESKTOP.stem


def test_startup_wm_class_is_the_application_name() -> None:
    """Qt's xcb plugin uses QCoreApplication.applicationName() as the WM_CLASS class."""
    calls = _app_calls()
    assert "setApplicationName" in calls
    assert _desktop_entry()["Desktop Entry"]["StartupWMClass"] == calls["setApplicationName"]


def test_desktop_entry_runs_the_console_script_and_existing_routines() -> None:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    entry = _desktop_entry()
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Terminal"] == "false"
    assert main["Icon"] == APP_ID
    assert main["Exec"] in scripts
    for action in filter(None, main["Actions"].split(";")):
        command = entry[f"Desktop Action {action}"]["Exec"].split()
        assert command[0] in scripts
        if command[1:2] == ["play"]:
            routine = command[2]
            assert (REPO / "assets" / "routines" / f"{routine}.toml").is_file(), routine


def test_metainfo_agrees_with_desktop_file_and_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == pyproject["license"]
    assert [b.text for b in root.iterfind("provides/binary")] == list(pyproject["scripts"])
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert releases and releases[0] == stretchguide.__version__, (
        f"add a <release> for version {stretchguide.__version__} at the top of {METAINFO.name}"
    )
    desktop_categories = set(
        filter(None, _desktop_entry()["Desktop Entry"]["Categories"].split(";"))
    )
    for category in root.iterfind("categories/category"):
        assert category.text in desktop_categories
    shot = root.findtext("screenshots/screenshot/image")
    assert shot and shot.startswith("https://")
    # The screenshot URL points at a file of this repository: it must exist here.
    assert (REPO / shot.split("/raw/main/", 1)[1]).is_file(), shot


# --- The icon -------------------------------------------------------------------------------


def test_icon_is_a_square_svg() -> None:
    assert ICON.is_file()
    root = ET.parse(ICON).getroot()  # raises on anything that is not well-formed XML
    assert root.tag == f"{SVG_NS}svg"
    _x, _y, width, height = (float(v) for v in root.get("viewBox", "").replace(",", " ").split())
    assert width == height > 0, "icon themes expect a square icon"


def test_icon_renders_in_qt(qapp: object) -> None:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICON))
    assert renderer.isValid()
    assert not renderer.defaultSize().isEmpty()


def test_menu_icon_is_the_window_icon() -> None:
    """The menu, the dock and the window title bar should show the same picture."""
    window_icon = REPO / "assets" / "icons" / "stretchguide.svg"
    assert ICON.read_bytes() == window_icon.read_bytes(), (
        f"{ICON.relative_to(REPO)} differs from {window_icon.relative_to(REPO)}"
        " (the icon the app sets on its windows): copy one over the other"
    )
