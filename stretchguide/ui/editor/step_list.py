"""The editor's step list: each row a bold step title over a quieter "what it asks" line.

The item's display text stays the whole one-line summary (``2. Knee to chest — Hold 30 s``), so
screen readers and tests read the same words the delegate paints. Everything is plain text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from stretchguide.core.model import Catalog, Step
from stretchguide.ui.editor.model import step_detail, step_summary, step_title

TITLE_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2


def step_item(index: int, step: Step, catalog: Catalog) -> QListWidgetItem:
    item = QListWidgetItem(step_summary(index, step, catalog))
    update_item(item, index, step, catalog)
    return item


def update_item(item: QListWidgetItem, index: int, step: Step, catalog: Catalog) -> None:
    item.setText(step_summary(index, step, catalog))
    item.setData(TITLE_ROLE, step_title(step, catalog))
    item.setData(DETAIL_ROLE, step_detail(step))
    item.setData(NUMBER_ROLE, str(index + 1))
    # A tooltip reads markup in anything that looks like it: escape it, as markup.
    item.setToolTip(f"<p>{html.escape(step_summary(index, step, catalog))}</p>")


class StepDelegate(QStyledItemDelegate):
    """Paints ``number  Title`` over ``detail``, elided to the row's width."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(240, fm.height() * 2 + 18)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(role)
        muted = opt.palette.color(role)
        if not selected:
            muted.setAlphaF(0.68)

        painter.save()
        rect = opt.rect.adjusted(10, 7, -10, -7)
        bold = QFont(opt.font)
        bold.setBold(True)
        fm_bold = QFontMetrics(bold)
        fm = QFontMetrics(opt.font)
        number = f"{index.data(NUMBER_ROLE)}"
        number_w = fm_bold.horizontalAdvance("00") + 8
        top = QRect(rect.left(), rect.top(), rect.width(), fm_bold.height())

        painter.setFont(bold)
        painter.setPen(muted)
        painter.drawText(
            QRect(top.left(), top.top(), number_w - 8, top.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            number,
        )
        painter.setPen(colour)
        title_rect = top.adjusted(number_w, 0, 0, 0)
        title = fm_bold.elidedText(
            str(index.data(TITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )

        painter.setFont(opt.font)
        painter.setPen(muted)
        bottom = QRect(title_rect.left(), top.bottom() + 3, title_rect.width(), fm.height())
        detail = fm.elidedText(
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, bottom.width()
        )
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)
        painter.restore()


def make_step_list(parent: QWidget | None = None) -> QListWidget:
    steps = QListWidget(parent)
    steps.setItemDelegate(StepDelegate(steps))
    steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    steps.setUniformItemSizes(True)
    return steps
