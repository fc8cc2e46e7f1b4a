"""What a seller would notice on a screen: words cut off, and controls a screen reader cannot
name. Used by the laptop-size and accessibility tests on every stop of the window's tour."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QRect

# QtGui's Qt namespace has mightBeRichText
from PySide6.QtGui import QAccessible, QFont, QFontMetrics, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QScrollBar,
    QTableView,
    QTreeView,
    QWidget,
)

SLACK = 1  # pixels of rounding
CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
# what a line never breaks inside: a run of Latin letters; Chinese breaks between characters
WORD = re.compile(f"[^\\s{CJK}]+|[{CJK}]")


def plain_text(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText:
        return text
    if label.textFormat() == Qt.TextFormat.RichText or Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _label_problem(label: QLabel) -> str | None:
    text = plain_text(label).strip()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    width = rect.width() - margin
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        longest_word = max((metrics.horizontalAdvance(w) for w in WORD.findall(text)), default=0)
        if longest_word > width + SLACK and " " in text.strip():
            return f"a word needs {longest_word} px of {width}"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px high, has {label.height()}"
        return _cut_by_parent(label, min(width, longest_word))
    if label.textFormat() == Qt.TextFormat.PlainText or not Qt.mightBeRichText(label.text()):
        needed = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
    else:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(label.text())
        document.setDocumentMargin(0)
        needed = int(document.idealWidth() + 0.999)
    if needed > width + SLACK:
        return f"needs {needed} px wide, has {width}"
    lines = max(len(text.splitlines()), 1)
    if metrics.lineSpacing() * lines > rect.height() + metrics.leading() + 2:
        return f"needs {metrics.lineSpacing() * lines} px high, has {rect.height()}"
    if label.alignment() & Qt.AlignmentFlag.AlignLeft or not label.alignment() & (
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter
    ):
        return _cut_by_parent(label, needed)
    return _cut_by_parent(label, width)


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return f"needs {needed} px wide, has {button.width()}"
    return _cut_by_parent(button, button.width())


def _cut_by_parent(widget: QWidget, needed: int) -> str | None:
    """Words a parent cuts off at its edge (a panel narrower than its content, its sideways
    scroll bar hiding the end of the sentence). Rows below the fold of a scroll area are fine:
    the seller scrolls down to them."""
    seen = widget.visibleRegion().boundingRect()
    if seen.isEmpty():
        return None
    start = widget.contentsRect().left()
    if seen.left() > start + SLACK or seen.right() + 1 < start + needed - SLACK:
        return f"{needed} px of words, {seen.width()} px in view"
    return None


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def clipped_words(top: QWidget) -> list[str]:
    """Every visible label, button and check box whose words do not fit its size."""
    found = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            text = plain_text(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            text = widget.text()
        else:
            continue
        if problem:
            found.append(f"{text.strip()[:70]!r}: {problem}")
    return found


def cut_cells(top: QWidget) -> list[str]:
    """Words cut off in a list or table: a page list that scrolls sideways; a column header
    narrower than its name; a cell in view whose words do not fit (wrapped or on one line)
    and whose tooltip does not give them whole. Columns the seller scrolls to are not checked
    (the orders table scrolls sideways to its less-needed columns by design)."""
    found = []
    for view in top.findChildren(QAbstractItemView):
        if not _shown(view, top) or view.model() is None:
            continue
        name = view.accessibleName() or view.objectName() or type(view).__name__
        if isinstance(view, QListView) and view.horizontalScrollBar().isVisible():
            found.append(f"{name}: scrolls sideways, its words do not fit")
        if isinstance(view, (QTableView, QTreeView)):
            found += [f"{name}: {problem}" for problem in _table_problems(view)]
    return found


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def _table_problems(view: QTableView | QTreeView) -> list[str]:
    model, header, port = view.model(), _header(view), view.viewport()
    problems = []
    in_view = []
    for column in range(model.columnCount()):
        left, width = header.sectionViewportPosition(column), header.sectionSize(column)
        if header.isSectionHidden(column) or left < 0 or left + width > port.width():
            continue
        in_view.append(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        lines = title.splitlines() or [""]
        needed = max(header.fontMetrics().horizontalAdvance(line) for line in lines) + 4
        if header.isVisible() and title and needed > width + SLACK:
            problems.append(f"header {title!r} needs {needed} px, has {width}")
    rows = range(model.rowCount())  # a tree's top-level rows: the details' items
    for row in rows:
        for column in in_view:
            index = model.index(row, column)
            cell = view.visualRect(index)
            if cell.isEmpty() or cell.top() >= port.height():
                continue
            problem = _cell_problem(view, index, cell)
            if problem:
                problems.append(f"row {row}, {problem}")
    return problems


def _cell_problem(view: QTableView | QTreeView, index: QModelIndex, cell: QRect) -> str | None:
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip()
    if not text or index.data(Qt.ItemDataRole.ToolTipRole):
        return None
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    room = cell.width() - 6  # the item's text margins, 3 px each side
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        room -= view.iconSize().width() + 4 if view.iconSize().isValid() else 20
    if view.wordWrap() and " " in text:
        lines = metrics.boundingRect(
            QRect(0, 0, max(room, 1), 100_000), Qt.TextFlag.TextWordWrap, text
        )
        if lines.height() > cell.height() + SLACK:
            return f"{text[:50]!r} needs {lines.height()} px high, has {cell.height()}"
        return None
    needed = max(metrics.horizontalAdvance(line) for line in text.splitlines())
    if needed > room + SLACK:
        return f"{text[:50]!r} needs {needed} px wide, has {room}"
    return None


CHINESE_STOP_SPACE = re.compile(r"[。；：，] \S")  # "状况良好。 您在": no space after "。"


def stray_spaces(top: QWidget) -> list[str]:
    """Chinese sentences follow one another without a space after their full stop."""
    found = []
    for widget in top.findChildren(QLabel):
        if _shown(widget, top) and CHINESE_STOP_SPACE.search(text := _raw_text(widget)):
            found.append(f"{text.strip()[:70]!r}")
    return found


ENGLISH_PERCENT = re.compile(r"\d%|\d \%")  # "2.5%", "2%", "2,5 %" (breakable)


def wrong_number_formats(top: QWidget) -> list[str]:
    """A German window writes "2,5 %" with a no-break space: the "%" never ends up alone at
    the start of a wrapped line, and no English "2.5%" is left."""
    found = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        if isinstance(widget, QLabel):
            texts = [_raw_text(widget)]
        elif isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        else:
            continue
        found += [f"{t.strip()[:70]!r}" for t in texts if ENGLISH_PERCENT.search(t)]
    return found


def _raw_text(label: QLabel) -> str:
    """The label's words with their no-break spaces (``toPlainText`` turns them into spaces)."""
    if label.textFormat() == Qt.TextFormat.PlainText or not Qt.mightBeRichText(label.text()):
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toRawText()


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (Qt's own: the accessible name, the button's text,
    a buddy label's text)."""
    face = QAccessible.queryAccessibleInterface(widget)
    name = face.text(QAccessible.Text.Name) if face is not None else ""
    return (name or widget.accessibleName()).replace("&", "").strip()


def unnamed_controls(top: QWidget) -> list[str]:
    """Every visible control reached with Tab that a screen reader could not name."""
    found = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QScrollBar) or widget.focusProxy() is not None:
            continue
        # the editor inside a combo box or spin box, a view's viewport: part of their owner
        if _inside(widget, (QComboBox, QAbstractSpinBox)) or (
            isinstance(widget.parentWidget(), QAbstractItemView)
        ):
            continue
        if not accessible_name(widget):
            what = type(widget).__name__
            placeholder = getattr(widget, "placeholderText", str)()
            hint = widget.objectName() or widget.toolTip() or placeholder
            found.append(f"{what} {hint!r}")
    return found
