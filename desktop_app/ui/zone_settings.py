"""Settings > Time zone…: the shop's time zone, which every day boundary uses (the 7-day rate
windows, "today", ship-by lateness, the chart), on every machine that opens the shop."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Signal
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


def zone_names() -> list[str]:
    """The IANA names a seller can pick (places and UTC, not the legacy abbreviations)."""
    names = set()
    for name in available_timezones():
        try:
            names.add(valid_zone_name(name))
        except ValueError:
            continue
    return sorted(names)


class ZoneSettingsDialog(QDialog):
    """``chosen(name)`` after Save with a different, valid zone."""

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Shop time zone")
        self.current = current
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(
            "Your shop's days follow this time zone on every computer that opens the shop: "
            "the 7-day cancellation rate, “today”, ship-by lateness and the chart. Changing "
            "it files each order and cancellation under its day in the new zone."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.combo = QComboBox()
        self.combo.setObjectName("zoneCombo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(zone_names())
        completer = self.combo.completer()
        if completer is not None:
            completer.setFilterMode(completer.filterMode().MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCurrentText(current)
        layout.addWidget(self.combo)
        self.problem = QLabel()
        self.problem.setObjectName("zoneProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c;")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.combo.currentTextChanged.connect(lambda _t: self.problem.setVisible(False))
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def save(self) -> None:
        try:
            name = valid_zone_name(self.combo.currentText().strip())
        except ValueError as error:
            self.problem.setText(f"{str(error)[0].upper()}{str(error)[1:]}.")
            self.problem.setVisible(True)
            return
        if name != self.current:
            self.chosen.emit(name)
        self.accept()
