"""The cancel dialog's forecast line: what this cancel does to the recovery day and the budget,
by the rules of the order's marketplace, and (off Amazon) what the chosen reason means there.

A self-contained label: the dialog calls :meth:`ForecastLine.show_preview` with its preview.
:func:`rate_text` is the marketplace-aware rate line (window, target, what is counted).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.forecast_text import cancel_effect
from desktop_app.core.marketplaces import AMAZON
from desktop_app.services.cancellation import CancelPreview
from desktop_app.ui import format as fmt
from desktop_app.ui.domain_text import tx
from desktop_app.ui.style import DANGER, MUTED, OK, colour, set_role


def rate_text(p: CancelPreview) -> str:
    """'eBay 90-day cancellation defect rate: 1.2% now → 1.8% after (target: at most 2%; ...)'."""
    metric, profile = p.profile.metric, p.profile
    before, after = p.rate_before, p.rate_after

    def coloured(value: float | None) -> str:
        over = value is not None and metric.status(value).value == "over target"
        words = QCoreApplication.translate("RateText", " (over target)") if over else ""
        return f"<b style='color:{colour(DANGER if over else OK)}'>{fmt.percent(value)}{words}</b>"

    name = "" if profile is AMAZON else f"{profile.name} "
    basis = (
        QCoreApplication.translate("RateText", "{counted} of {orders} transactions")
        if profile.key == "ebay"
        else QCoreApplication.translate("RateText", "{counted} of {orders} seller-fulfilled orders")
    ).format(counted=after.counted, orders=after.orders)
    line = QCoreApplication.translate(
        "RateText",
        "{marketplace}{days}-day {metric}: {before} now → {after} after "
        "<span style='color:{muted}'>(target: {target}; {basis})</span>",
    ).format(
        marketplace=name,
        days=metric.windows[0],
        metric=tx(metric.label.lower()),
        before=coloured(before.rate),
        after=coloured(after.rate),
        muted=colour(MUTED),
        target=tx(metric.target_text),
        basis=basis,
    )
    verdict = (
        f"<br><b style='color:{colour(DANGER)}'>"
        + QCoreApplication.translate("RateText", "This cancellation counts against you.")
        + "</b>"
        if p.counted
        else "<br>"
        + QCoreApplication.translate("RateText", "This cancellation does not count against you.")
    )
    return line + verdict


class ForecastLine(QLabel):
    """One or two short lines under the rate: the reason's meaning here, and the forecast."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastLine")
        self.setWordWrap(True)
        set_role(self, "forecastLine")

    def show_preview(self, p: CancelPreview, reason_code: str | None) -> None:
        lines = []
        if p.profile is not AMAZON and reason_code and not p.warning:
            lines.append(tx(p.profile.meaning(reason_code)))  # the warning says it when it counts
        if p.forecast is not None:
            ahead = p.forecast
            lines.append(
                tx(cancel_effect(ahead.before, ahead.after, ahead.profile, adds=ahead.adds))
            )
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))
