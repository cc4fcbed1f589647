"""The history page: progress charts, streaks, per-stretch totals and recent sessions."""

from stretchguide.ui.history.chart import Bar, BarChart
from stretchguide.ui.history.snapshot import HistorySnapshot, HistorySource, load_snapshot
from stretchguide.ui.history.view import HistoryView

__all__ = ["Bar", "BarChart", "HistorySnapshot", "HistorySource", "HistoryView", "load_snapshot"]
