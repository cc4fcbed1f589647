"""Files on disk: paths, settings, history, resume point and user routines.

Each store takes the exact path it works on (from ``AppPaths``), so nothing here reaches for a
global location and tests can point everything at a temporary folder. Import the submodules
directly: only ``settings_store`` needs Qt, and the rest stays importable without it.
"""
