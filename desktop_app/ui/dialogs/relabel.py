"""Re-label cancellations: the seller says whether the buyer asked through Amazon or the
cancellation was theirs; the rate and the chart follow (services.relabel)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.core.errors import DomainError
from desktop_app.db.database import Database
from desktop_app.services.context import Context
from desktop_app.services.relabel import CancelledBy, RelabelOutcome, relabel_cancellation
from desktop_app.ui.domain_text import tx
from desktop_app.ui.errors import describe
from desktop_app.ui.operations import Operations


def relabel_all(
    session: Session, ctx: Context, order_ids: list[str], by: CancelledBy, note: str
) -> tuple[list[RelabelOutcome], list[str]]:
    """Re-label each order (one refused, say without a cancellation, writes nothing and the
    others go on): (done, refusals as sentences)."""
    done: list[RelabelOutcome] = []
    refused: list[str] = []
    for order_id in order_ids:
        try:
            done.append(relabel_cancellation(session, ctx, order_id, by, note))
        except DomainError as error:
            refused.append(describe(error))
    return done, refused


def summary_sentence(done: list[RelabelOutcome], refused: list[str]) -> str:
    if len(done) == 1 and not refused:
        return tx(done[0].sentence)
    parts = []
    if done:
        counted = sum(o.counted for o in done)
        parts.append(
            QCoreApplication.translate(
                "RelabelDialog", "%n cancellation(s) re-labelled;", "", len(done)
            )
            + " "
            + QCoreApplication.translate(
                "RelabelDialog", "%n now count(s) against your cancellation rate.", "", counted
            )
        )
    parts += [tx(why) for why in refused[:3]]
    if len(refused) > 3:
        parts.append(
            QCoreApplication.translate(
                "RelabelDialog", "… and %n more without a cancellation.", "", len(refused) - 3
            )
        )
    return " ".join(parts)


class RelabelDialog(QDialog):
    """``finished_with(sentence)`` once the background write is done."""

    finished_with = Signal(str)

    def __init__(
        self,
        db: Database,
        ctx: Context,
        ops: Operations,
        order_ids: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._ctx, self._ops, self.order_ids = db, ctx, ops, order_ids
        n = len(order_ids)
        self.setWindowTitle(
            self.tr("Re-label cancellation")
            if n == 1
            else self.tr("Re-label %n cancellations", "", n)
        )
        layout = QVBoxLayout(self)
        what = (
            self.tr("order {order_id}").format(order_id=order_ids[0])
            if n == 1
            else self.tr("these %n orders", "", n)
        )
        intro = QLabel(
            self.tr(
                "Who started the cancellation of {what}? Reports do not say, so Seller Desk counts "
                "it against you unless a buyer request is on record. Only a request through "
                "Amazon's own cancellation option keeps it off your rate; one made only in a "
                "message still counts."
            ).format(what=what)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buyer = QRadioButton(self.tr("The buyer asked through Amazon (does not count)"))
        self.seller = QRadioButton(self.tr("I cancelled it (counts against my cancellation rate)"))
        self.buyer.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.buyer, self.seller):
            group.addButton(button)
            layout.addWidget(button)
        layout.addWidget(QLabel(self.tr("Note for the order's history")))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. request seen in Seller Central on 3 May"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(500)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Re-label"))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @property
    def by(self) -> CancelledBy:
        return CancelledBy.BUYER if self.buyer.isChecked() else CancelledBy.SELLER

    def _confirm(self) -> None:
        self.buttons.setEnabled(False)
        db, ctx, ids, by, note = self._db, self._ctx, self.order_ids, self.by, self.note.text()
        self._ops.write(
            db,
            lambda session: relabel_all(session, ctx, ids, by, note),
            self._done,
            refused=self._refused,
            label=self.tr("Re-labelling…"),
            what="relabel",
        )

    def _done(self, result: tuple[list[RelabelOutcome], list[str]]) -> None:
        self.finished_with.emit(summary_sentence(*result))
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        self.finished_with.emit(describe(error))
