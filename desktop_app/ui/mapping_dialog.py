"""The column-mapping dialog: which column of the seller's CSV holds which Seller Desk field.

From top to bottom: the file's first rows (each column's header says what it is read as), the
columns every row needs, what a new order needs (a column or one value for every row: order
status, fulfilment channel, currency), what the file's status words mean, the commonly used
columns, and "More columns" folded away. Everything below the preview scrolls, so the dialog
fits a laptop screen. It starts from guesses (``io.generic``) and is saved under a name
(``services.mappings``) so the next file of the same shape imports without asking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.database import Database
from desktop_app.io.generic import (
    CHANNEL_CHOICES,
    COMMON_TARGETS,
    DATE_FORMATS,
    NEW_ORDER_TARGETS,
    REQUIRED_TARGETS,
    STATUS_CHOICES,
    TARGETS,
    ColumnMapping,
    ambiguous_dates,
    first_rows,
    guess_columns,
    guess_date_format,
    guess_decimal_comma,
    guess_status_values,
    guess_unit_prices,
)
from desktop_app.services.mappings import check_mapping, save_mapping
from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, tx
from desktop_app.ui.errors import report
from desktop_app.ui.operations import Operations
from desktop_app.ui.plain import esc, plain_label, tip
from desktop_app.ui.style import set_role, set_tone

NOT_IN_FILE = QT_TRANSLATE_NOOP("MappingDialog", "(not in the file)")  # shown as self.tr()
NO_DEFAULT = QT_TRANSLATE_NOOP("ChoiceBox", "(none)")
CHOOSE = QT_TRANSLATE_NOOP("ChoiceBox", "— choose —")
PREVIEW_ROWS = 5
SAMPLE_ROWS = 200  # read for the status words and the guesses; the first PREVIEW_ROWS shown
DEFAULTS = ("currency", "channel", "status")
MORE_TARGETS = tuple(
    t for t in TARGETS if t not in (*REQUIRED_TARGETS, *NEW_ORDER_TARGETS, *COMMON_TARGETS)
)
MONEY_TARGETS = ("item_price", "item_tax", "shipping_price", "shipping_tax", "promotion_discount")
# What a file without such a column most likely means: a shop's own export is of orders it
# ships itself. Shown pre-chosen, never hidden. The status is not guessed: a file of old,
# shipped orders taken as Unshipped would reserve stock and invite cancellations, so the
# seller chooses it.
STARTING_DEFAULTS = {"channel": "MFN"}
MAX_HEIGHT = 740  # the dialog must fit a laptop screen (about 760 px available)
WIDTH = 860
EVERY_ROW = QT_TRANSLATE_NOOP("MappingDialog", "or for every row")


def guess(target: str, headers: list[str]) -> str | None:
    """The header most likely holding ``target`` (English and shop-export names)."""
    return guess_columns(headers).get(target)


class ChoiceBox(QComboBox):
    """A chooser of fixed values shown with their labels; ``text()``/``setText()`` speak the
    stored value ("MFN"), so code and tests read it like a line edit."""

    def __init__(self, choices: dict[str, str], empty: str) -> None:
        super().__init__()
        self.addItem(self.tr(empty), "")
        for value, label in choices.items():
            self.addItem(tx(label), value)

    def text(self) -> str:
        return str(self.currentData() or "")

    def setText(self, value: str) -> None:
        self.setCurrentIndex(max(self.findData(value.strip()), 0))


class FieldsArea(QScrollArea):
    """The fields below the preview: as tall as they are, up to ``cap``, then they scroll."""

    def __init__(self) -> None:
        super().__init__()
        self.cap = MAX_HEIGHT

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        fields = self.widget()
        if fields is None:
            return hint
        wanted = fields.sizeHint().height() + 2 * self.frameWidth()
        return QSize(hint.width(), min(wanted, self.cap))


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 6, 0, 0)
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, "hint")
    return label


class MappingDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        path: Path,
        *,
        encoding: str | None = None,
        existing: ColumnMapping | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of {file}").format(file=path.name))
        self.delimiter, rows = first_rows(path, encoding, SAMPLE_ROWS)
        self.headers = rows[0] if rows else []
        self.sample = rows[1:]
        self.existing = existing
        self.path = path
        self.encoding = encoding
        self._checked: tuple[str, str | None] = ("", None)  # (mapping JSON, refusal)
        guessed = {} if existing else guess_columns(self.headers)
        self._status_choices: dict[str, str] = dict(existing.status_values) if existing else {}
        self._status_guessed = existing is not None

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        intro = QLabel(
            self.tr(
                "Tell Seller Desk which column of <b>{file}</b> holds what. The mapping is "
                "saved under its name and used again for files with the same columns."
            ).format(file=esc(path.name))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._top_row(path, existing))
        self.date_note = QLabel()
        self.date_note.setWordWrap(True)
        self.date_note.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.date_note, "danger")
        self.date_note.setVisible(False)
        layout.addWidget(self.date_note)
        self.preview = self._preview_table()
        layout.addWidget(self.preview)

        self.columns: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        for target in TARGETS:
            box = QComboBox()
            box.addItems([self.tr(NOT_IN_FILE), *self.headers])
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
            chosen = existing.columns.get(target) if existing else guessed.get(target)
            if chosen in self.headers:
                box.setCurrentText(chosen)
            self.columns[target] = box
            self.labels[target] = QLabel(tx(TARGETS[target]))
        self.currency_default = QLineEdit()
        self.currency_default.setPlaceholderText(self.tr("the shop's currency"))
        self.currency_default.setMaxLength(3)
        self.currency_default.setAccessibleName(self.tr("Default currency"))
        self.channel_default = ChoiceBox(CHANNEL_CHOICES, NO_DEFAULT)
        self.status_default = ChoiceBox(STATUS_CHOICES, NO_DEFAULT)
        # by field, with the line edit's text()/setText() on each
        self.defaults: dict[str, QLineEdit | ChoiceBox] = {
            "currency": self.currency_default,
            "channel": self.channel_default,
            "status": self.status_default,
        }
        for target, chooser in self.defaults.items():
            if existing:
                value = existing.defaults.get(target, "")
                if not value and not existing.columns.get(target):
                    value = STARTING_DEFAULTS.get(target, "")
            else:
                value = "" if target in guessed else STARTING_DEFAULTS.get(target, "")
            chooser.setText(value)

        self.scroll_area = FieldsArea()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(4)
        self._fill_body()
        self.scroll_area.setWidget(body)
        layout.addWidget(self.scroll_area, 1)

        self.problem = plain_label()  # names the file's columns
        self.problem.setWordWrap(True)
        set_tone(self.problem, "danger")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if not existing:
            self._guess_forms()
        self._show_status_values()
        for box in self.columns.values():
            box.currentIndexChanged.connect(self._changed)
        self.columns["purchase_date"].currentIndexChanged.connect(self._purchase_date_changed)
        self.columns["status"].currentIndexChanged.connect(self._show_status_values)
        for chooser in self.defaults.values():
            if isinstance(chooser, ChoiceBox):
                chooser.currentIndexChanged.connect(self._changed)
            else:
                chooser.textChanged.connect(self._changed)
        self.name.textChanged.connect(self._check)
        self.date_format.currentIndexChanged.connect(self._changed)
        self.decimal_comma.toggled.connect(self._changed)
        self.setMinimumWidth(WIDTH - 60)
        self._changed()
        self._fit_preview()
        # the fields scroll rather than push the dialog past a laptop screen's height
        others = layout.totalSizeHint().height() - self.scroll_area.sizeHint().height()
        self.scroll_area.cap = max(MAX_HEIGHT - others, 200)

    # --- building ------------------------------------------------------------------------

    def _top_row(self, path: Path, existing: ColumnMapping | None) -> QHBoxLayout:
        row = QHBoxLayout()
        self.name = QLineEdit(existing.name if existing else path.stem)
        self.date_format = QComboBox()
        for label, pattern in DATE_FORMATS.items():
            self.date_format.addItem(label, pattern)
        if existing and existing.date_format:
            self.date_format.setCurrentIndex(
                max(self.date_format.findData(existing.date_format), 0)
            )
        self.decimal_comma = QCheckBox(self.tr("Amounts use a decimal comma (12,50)"))
        self.decimal_comma.setChecked(bool(existing and existing.decimal_comma))
        name_label = QLabel(self.tr("Name"))
        name_label.setBuddy(self.name)
        row.addWidget(name_label)
        row.addWidget(self.name, 2)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Dates look like")))
        row.addWidget(self.date_format, 1)
        row.addSpacing(12)
        row.addWidget(self.decimal_comma)
        return row

    def _preview_table(self) -> QTableWidget:
        shown = self.sample[:PREVIEW_ROWS]
        table = QTableWidget(len(shown), len(self.headers))
        for r, row in enumerate(shown):
            for c, cell in enumerate(row[: len(self.headers)]):
                table.setItem(r, c, QTableWidgetItem(cell))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(90)
        table.setToolTip(
            self.tr("The file's first rows; under each header, what Seller Desk reads it as")
        )
        return table

    def _fit_preview(self) -> None:
        table = self.preview
        table.resizeColumnsToContents()
        rows = max(table.rowCount(), 1) * table.verticalHeader().defaultSectionSize()
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + rows + 2 * table.frameWidth() + 4)

    def _label_preview(self) -> None:
        """Two-line headers: the file's name for the column, and what it is read as."""
        table = self.preview
        used: dict[str, str] = {}
        for target, box in self.columns.items():
            if box.currentText() != self.tr(NOT_IN_FILE):
                used.setdefault(box.currentText(), tx(TARGETS[target]))
        for c, name in enumerate(self.headers):
            item = QTableWidgetItem(f"{name}\n→ {used[name]}" if name in used else f"{name}\n ")
            font = QFont(item.font())
            font.setBold(name in used)
            item.setFont(font)
            table.setHorizontalHeaderItem(c, item)

    def _grid(self, pairs: Iterable[tuple[QWidget, QWidget]]) -> QGridLayout:
        """Label-field pairs two to a row, in the columns every section shares."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for n, (label, widget) in enumerate(pairs):
            r, c = divmod(n, 2)
            grid.addWidget(label, r, c * 3)
            grid.addWidget(widget, r, c * 3 + 1)
        grid.setColumnMinimumWidth(0, self.label_width)
        grid.setColumnMinimumWidth(2, 10)
        grid.setColumnMinimumWidth(3, self.label_width)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        return grid

    def _fields(self, targets: Iterable[str]) -> list[tuple[QWidget, QWidget]]:
        return [(self.labels[t], self.columns[t]) for t in targets]

    def _fill_body(self) -> None:
        body = self.body
        for target in (*REQUIRED_TARGETS, *NEW_ORDER_TARGETS):
            self.labels[target].setText(f"{tx(TARGETS[target])} *")
        metrics = self.fontMetrics()
        shown = (*REQUIRED_TARGETS, *NEW_ORDER_TARGETS, *COMMON_TARGETS)
        self.label_width = 8 + max(
            metrics.horizontalAdvance(text)
            for text in (self.tr(EVERY_ROW), *(self.labels[t].text() for t in shown))
        )
        for target in MORE_TARGETS:  # the long names wrap within the shared label column
            self.labels[target].setWordWrap(True)
            self.labels[target].setMaximumWidth(self.label_width)

        body.addWidget(_caption(self.tr("Every row needs")))
        body.addLayout(self._grid(self._fields(REQUIRED_TARGETS)))

        body.addWidget(
            _caption(self.tr("A new order needs: the file's column, or one value for every row"))
        )
        pairs: list[tuple[QWidget, QWidget]] = []
        for target in (*NEW_ORDER_TARGETS, "currency"):
            pairs += [(self.labels[target], self.columns[target])]
            pairs += [(QLabel(self.tr(EVERY_ROW)), self.defaults[target])]
        body.addLayout(self._grid(pairs))

        self.status_caption = _caption(self.tr("What the file's status words mean"))
        body.addWidget(self.status_caption)
        self.status_box = QWidget()
        body.addWidget(self.status_box)
        self.status_values: dict[str, ChoiceBox] = {}

        body.addWidget(_caption(self.tr("Often used")))
        body.addLayout(self._grid(self._fields(t for t in COMMON_TARGETS if t != "currency")))

        self.more_button = QToolButton()
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setAutoRaise(True)
        self.more_button.toggled.connect(self._show_more)
        body.addWidget(self.more_button)
        self.more = QWidget()
        self.more.setLayout(self._grid(self._fields(MORE_TARGETS)))
        body.addWidget(self.more)
        body.addStretch(1)
        mapped = sum(self.columns[t].currentText() != self.tr(NOT_IN_FILE) for t in MORE_TARGETS)
        self._show_more(mapped > 0)
        self.more_button.setChecked(mapped > 0)

    # --- guesses ---------------------------------------------------------------------------

    def _values(self, target: str) -> list[str]:
        header = self.columns[target].currentText()
        if header not in self.headers:
            return []
        index = self.headers.index(header)
        return [row[index] for row in self.sample if index < len(row)]

    def _guess_forms(self) -> None:
        money = [v for t in MONEY_TARGETS for v in self._values(t)]
        if not money:
            money = [cell for row in self.sample[:PREVIEW_ROWS] for cell in row]
        comma = guess_decimal_comma(money)
        if comma is not None:
            self.decimal_comma.setChecked(comma)
        self._guess_date_format()

    def _guess_date_format(self) -> None:
        dates = self._values("purchase_date") or self._values("latest_ship_date")
        if dates:
            pattern = guess_date_format(dates)
            self.date_format.setCurrentIndex(max(self.date_format.findData(pattern), 0))
        examples = ambiguous_dates(dates)
        self.date_note.setText(
            self.tr("Check the date form: {examples}.").format(examples="; ".join(examples))
            if examples
            else ""
        )
        self.date_note.setVisible(bool(examples))

    def _purchase_date_changed(self) -> None:
        if self.existing is None:
            self._guess_date_format()

    # --- status words ----------------------------------------------------------------------

    def _show_status_values(self) -> None:
        for word, box in self.status_values.items():
            if box.text():
                self._status_choices[word] = box.text()
        old = self.status_box
        self.status_values = {}
        self.status_labels: dict[str, QLabel] = {}
        pairs: list[tuple[QWidget, QWidget]] = []
        words = guess_status_values(self._values("status"))
        for word, guessed in words.items():
            box = ChoiceBox(STATUS_CHOICES, CHOOSE)
            box.setText(self._status_choices.get(word) or guessed or "")
            box.currentIndexChanged.connect(self._check)
            label = plain_label(self.tr("“{word}” is").format(word=word))  # a word from the file
            label.setToolTip(
                tip(self.tr("Orders whose status in the file is “{word}”").format(word=word))
            )
            pairs.append((label, box))
            self.status_values[word] = box
            self.status_labels[word] = label
        self.status_box = QWidget()
        self.status_box.setLayout(self._grid(pairs))
        self.body.replaceWidget(old, self.status_box)
        old.deleteLater()
        self.status_caption.setVisible(bool(words))
        self.status_box.setVisible(bool(words))
        self._check()

    def _show_more(self, shown: bool) -> None:
        opening = shown and not self.more.isVisibleTo(self) and self.isVisible()
        self.more.setVisible(shown)
        if opening:  # bring the unfolded fields into view
            QTimer.singleShot(0, self._reveal_more)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        mapped = sum(self.columns[t].currentText() != self.tr(NOT_IN_FILE) for t in MORE_TARGETS)
        count = (
            self.tr("{mapped} of {total} used").format(mapped=mapped, total=len(MORE_TARGETS))
            if mapped
            else str(len(MORE_TARGETS))
        )
        self.more_button.setText(self.tr("More columns ({count})").format(count=count))

    def _reveal_more(self) -> None:
        self.body.activate()
        self.scroll_area.ensureWidgetVisible(self.more, 0, 0)

    # --- the result ----------------------------------------------------------------------------

    def mapping(self) -> ColumnMapping:
        columns = {
            target: box.currentText()
            for target, box in self.columns.items()
            if box.currentText() != self.tr(NOT_IN_FILE)
        }
        status_values: dict[str, str] = {}
        if "status" in columns:
            status_values = {
                w: v for w, v in self._status_choices.items() if v and w not in self.status_values
            }
            status_values.update({w: b.text() for w, b in self.status_values.items() if b.text()})
        return ColumnMapping(
            name=self.name.text().strip(),
            columns=columns,
            delimiter=self.delimiter,
            decimal_comma=self.decimal_comma.isChecked(),
            date_format=self.date_format.currentData(),
            defaults={
                k: e.text().strip().upper() if k == "currency" else e.text()
                for k, e in self.defaults.items()
                if e.text().strip()
            },
            status_values=status_values,
            unit_prices=guess_unit_prices(columns.get("item_price")),
        )

    def problems(self) -> list[str]:
        """What keeps Save disabled, as sentences."""
        problems = self.mapping().problems()
        if not self.name.text().strip():
            problems.insert(0, self.tr("Give the mapping a name"))
        problems += [
            self.tr("Choose what the file's status “{word}” means").format(word=word)
            for word, box in self.status_values.items()
            if not box.text()
        ]
        if not problems:
            refusal = self._readability()
            if refusal:
                problems.append(refusal.rstrip("."))
        return problems

    def _readability(self) -> str | None:
        """Why the file's first rows do not read well enough with the mapping (None: they do);
        remembered per mapping, so unrelated edits do not read the file again."""
        if not self.sample:
            return None  # a saved mapping edited without its file: nothing to read it on
        mapping = self.mapping()
        key = mapping.to_json()
        if self._checked[0] != key:
            check = check_mapping(self.path, mapping, encoding=self.encoding)
            self._checked = (key, check.refusal())
        return self._checked[1]

    def _changed(self) -> None:
        self._label_preview()
        if hasattr(self, "more_button"):
            self._show_more(self.more.isVisibleTo(self))
        self._check()

    def _check(self) -> None:
        if not hasattr(self, "buttons"):
            return  # still building
        mapping = self.mapping()
        for target in (*REQUIRED_TARGETS, *NEW_ORDER_TARGETS):
            missing = target not in mapping.columns and not mapping.defaults.get(target)
            set_tone(self.labels[target], "danger" if missing else None)
        for word, box in self.status_values.items():
            set_tone(self.status_labels[word], None if box.text() else "danger")
        problems = self.problems()
        self.problem.setText(". ".join(problems) + ("." if problems else ""))
        self.problem.setVisible(bool(problems))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), WIDTH), min(hint.height(), MAX_HEIGHT))


def ask_mapping(
    parent: QWidget | None,
    db: Database,
    path: Path,
    done: Callable[[ColumnMapping | None], None],
    *,
    encoding: str | None = None,
    operations: Operations | None = None,
) -> MappingDialog:
    """Open the dialog without blocking; on Save the mapping is stored and passed to ``done``."""
    dialog = MappingDialog(parent, path, encoding=encoding)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # the save runs off the GUI thread; it outlives the dialog, which closes at once
    ops = operations or Operations(lambda error: report(parent, error), parent=parent)

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            done(None)
            return
        mapping = dialog.mapping()

        def save(session: Session) -> None:
            save_mapping(session, mapping)

        ops.write(
            db,
            save,
            lambda _none: done(mapping),
            label=QCoreApplication.translate("MappingDialog", "Saving…"),
            what="mapping",
        )

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
