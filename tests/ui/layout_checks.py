"""What a seller would notice on a screen: words cut off, and controls a screen reader cannot
name. Used by the laptop-size and accessibility tests on every stop of the window's tour."""

from __future__ import annotations

# QtGui's Qt namespace has mightBeRichText
from PySide6.QtGui import QAccessible, QFontMetrics, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QScrollBar,
    QWidget,
)

SLACK = 1  # pixels of rounding


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
        longest_word = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
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
