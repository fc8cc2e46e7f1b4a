"""Settings > Time zone… and Settings > Currency…: a shop setting chosen from a list that can be
typed into and is checked before it is saved.

The time zone decides every day boundary (the 7-day rate windows, "today", ship-by lateness,
the chart) on every machine that opens the shop; the currency is the one a file's rows are in
when they give none (never USD by default)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.clock import valid_zone_name
from desktop_app.core.currencies import CURRENCIES
from desktop_app.ui.style import set_tone


def zone_names() -> list[str]:
    """The IANA names a seller can pick (places and UTC, not the legacy abbreviations)."""
    return list(_zone_names())


@cache
def _zone_names() -> tuple[str, ...]:
    """Read once (each name's rules are read to check it, ~0.2 s): the window's warm-up calls
    it off the GUI thread, so the Time zone dialog opens at once."""
    names = set()
    for name in available_timezones():
        try:
            names.add(valid_zone_name(name))
        except ValueError:
            continue
    return tuple(sorted(names))


class SettingDialog(QDialog):
    """``chosen(value)`` after Save with a different value that ``validate`` accepts."""

    chosen = Signal(str)

    def __init__(
        self,
        current: str,
        *,
        title: str,
        intro_text: str,
        choices: Sequence[str],
        validate: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = current
        self.validate = validate
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.combo = QComboBox()
        self.combo.setObjectName("zoneCombo")
        self.combo.setAccessibleName(title)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(list(choices))
        completer = self.combo.completer()
        if completer is not None:
            completer.setFilterMode(completer.filterMode().MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCurrentText(current)
        layout.addWidget(self.combo)
        self.problem = QLabel()
        self.problem.setObjectName("zoneProblem")
        self.problem.setWordWrap(True)
        set_tone(self.problem, "danger")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.combo.currentTextChanged.connect(lambda _t: self.problem.setVisible(False))
        width = max(self.sizeHint().width(), 460)
        # as tall as the wrapped intro needs at that width (its size hint is for a narrower
        # label: more lines, and a gap above and below the words)
        self.resize(width, layout.totalHeightForWidth(width))

    def save(self) -> None:
        try:
            name = self.validate(self.combo.currentText().strip())
        except ValueError as error:
            self.problem.setText(f"{str(error)[0].upper()}{str(error)[1:]}.")
            self.problem.setVisible(True)
            return
        if name != self.current:
            self.chosen.emit(name)
        self.accept()


class ZoneSettingsDialog(SettingDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(
            current,
            title=QCoreApplication.translate("ZoneSettingsDialog", "Shop time zone"),
            intro_text=QCoreApplication.translate(
                "ZoneSettingsDialog",
                "Your shop's days follow this time zone on every computer that opens the "
                "shop: the 7-day cancellation rate, “today”, ship-by lateness and the chart. "
                "Changing it files each order and cancellation under its day in the new zone.",
            ),
            choices=zone_names(),
            validate=valid_zone_name,
            parent=parent,
        )


class CurrencySettingsDialog(SettingDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        from desktop_app.services.shop_settings import valid_currency

        super().__init__(
            current,
            title=QCoreApplication.translate("CurrencySettingsDialog", "Shop currency"),
            intro_text=QCoreApplication.translate(
                "CurrencySettingsDialog",
                "The currency of the rows of an imported file that give none (a blank "
                "currency column, or a CSV without one). Orders already imported keep theirs.",
            ),
            choices=sorted(CURRENCIES),
            validate=valid_currency,
            parent=parent,
        )
        if not current:  # a new shop: say so rather than show an empty box
            self.combo.setCurrentIndex(-1)
            edit = self.combo.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(self.tr("Not set yet: pick a code such as EUR or USD"))
