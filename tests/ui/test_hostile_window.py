"""The window against hostile text and an unlucky shop: buyers' markup stays text, no password
in the title or status bar, a busy shop says so, a damaged one warns."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.reasons import RequestChannel
from desktop_app.db.database import Database, open_database
from desktop_app.db.engine import resolve_url, sqlite_path
from desktop_app.db.redact import forget_secrets
from desktop_app.services.backup import set_daily_keep
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.requests import record_request
from desktop_app.ui.health.page import HealthPage
from desktop_app.ui.main_window import REQUESTS, MainWindow
from desktop_app.ui.startup import Startup
from tests.ui.conftest import CTX, NOW, Notes, add_order, clock
from tests.ui.test_main_window import make_window, select_rows

LINK = "<a href='https://evil.example/phish'>refund here</a>"
IMAGE = "<img src=/etc/hostname>"
HOSTILE = f"Changed my mind {LINK} {IMAGE}"
ORDER = "333-0000001-0000001"


@pytest.fixture(autouse=True)
def _fresh_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()


@pytest.fixture
def hostile_shop(shop: Database) -> Database:
    """The small shop plus an order whose SKU, product, city and buyer reason are markup."""
    add_order(
        shop, ORDER, items=((f"<b>SKU</b>{IMAGE}", 1, 1200),), city=f"<i>Leeds</i>{LINK}",
        hours_ago=20,
    )  # fmt: skip
    with shop.transaction() as session:
        record_request(
            session, CTX, ORDER, reason=HOSTILE, channel=RequestChannel.AMAZON,
            at=NOW - timedelta(hours=19),
        )  # fmt: skip
    return shop


def renders_markup(label: QLabel) -> bool:
    """Whether Qt would render this label's text as HTML."""
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or GuiQt.mightBeRichText(label.text())


def hostile_markup_rendered(root: QWidget) -> list[str]:
    """Labels that would render the buyer's tags; tooltips that would."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if ("<img" in text or "<a href" in text) and renders_markup(label):
            found.append(f"label {label.objectName() or text[:40]!r}")
    for widget in [root, *root.findChildren(QWidget)]:
        tip = widget.toolTip()
        if ("<img" in tip or "<a href" in tip) and GuiQt.mightBeRichText(tip):
            found.append(f"tooltip of {widget.objectName() or type(widget).__name__}")
    return found


def test_a_buyers_link_and_image_show_as_literal_text_in_the_details_banner(
    qtbot: QtBot, hostile_shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, hostile_shop, settings, notes)
    select_rows(window, [ORDER])
    window.orders_page.show_current()
    details = window.orders_page.details
    banner = details.request_banner
    assert banner.isVisible()
    assert LINK in banner.text() and IMAGE in banner.text()  # the very characters typed
    assert banner.textFormat() == Qt.TextFormat.PlainText
    assert banner.openExternalLinks() is False
    # what is painted is the text as typed: a plain label lays out every character
    assert banner.fontMetrics().horizontalAdvance(LINK) > 0
    for widget in (details.fields["Ship to"], details.title, details.events):
        assert widget.textFormat() == Qt.TextFormat.PlainText
    assert details.fields["Ship to"].text().count("<a href") == 1
    tooltip = details.items.topLevelItem(0).toolTip(0)
    assert "&lt;img src=/etc/hostname&gt;" in tooltip and "<img" not in tooltip
    assert hostile_markup_rendered(window) == []


def test_the_buyer_requests_page_shows_the_reason_literally(
    qtbot: QtBot, hostile_shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, hostile_shop, settings, notes)
    window.go(REQUESTS)
    model = window.requests_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Buyer's reason"
    )
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == ORDER)
    assert model.index(row, column).data() == HOSTILE  # the cell: plain text, as typed
    tooltip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;a href=" in tooltip and "&lt;img src=/etc/hostname&gt;" in tooltip
    assert "<img" not in tooltip and "<a " not in tooltip
    assert hostile_markup_rendered(window) == []


def test_the_health_page_escapes_the_skus_it_lists(qtbot: QtBot, hostile_shop: Database) -> None:
    other = "333-0000002-0000002"  # no buyer request on it: its cancellation counts
    add_order(hostile_shop, other, items=((f"<b>SKU</b>{IMAGE}", 1, 900),), hours_ago=3)
    with hostile_shop.transaction() as session:
        cancel_order(session, CTX, CancelRequest(other, "NoInventory"))
    page = HealthPage(hostile_shop, clock=clock)
    qtbot.addWidget(page)
    page.refresh()
    assert page.skus.textFormat() == Qt.TextFormat.RichText  # the app's own table markup
    assert "&lt;b&gt;SKU&lt;/b&gt;&lt;img src=/etc/hostname&gt;" in page.skus.text()
    assert "<img" not in page.skus.text()
    assert hostile_markup_rendered(page) == []


# --- credentials in the window ----------------------------------------------------------------

WINDOW_FORMS = [
    ("user info", "postgresql+psycopg://seller:{S}@127.0.0.1:1/shop", "Pw9SECRETx"),
    ("query password", "postgresql+psycopg://seller@127.0.0.1:1/shop?password={S}", "QpSECRET7"),
    ("unencoded / # ?", "postgresql+psycopg://seller:{S}@127.0.0.1:1/shop", "Se/cr#et?Pw9"),
    ("@ in the password", "postgresql+psycopg://seller:{S}@127.0.0.1:1/shop", "Sec@ret@Pw9"),
    ("passfile", "postgresql+psycopg://seller@127.0.0.1:1/shop?passfile={S}", "/h/PFSECRET/.pg"),
    ("sslpassword", "postgresql+psycopg://s@127.0.0.1:1/shop?sslpassword={S}", "KeySECRET9"),
    ("libpq key=value", "password={S} host=127.0.0.1 dbname=shop", "KvSECRET42"),
    ("libpq quoted", "host=127.0.0.1 password='{S}' dbname=shop", "quoted SECRET 8"),
]


def window_texts(window: MainWindow, notes: Notes) -> list[str]:
    bar = window.statusBar()
    texts = [window.windowTitle(), bar.currentMessage(), window.placeholder.text()]
    texts += [w.text() for w in bar.findChildren(QLabel)]
    texts += [w.toolTip() for w in bar.findChildren(QLabel)]
    texts += [text for _title, text, _error in notes.messages]
    return texts


@pytest.mark.parametrize(
    ("form", "template", "secret"), WINDOW_FORMS, ids=[f for f, _, _ in WINDOW_FORMS]
)
def test_no_window_title_or_status_bar_shows_the_secret(
    form: str,
    template: str,
    secret: str,
    qtbot: QtBot,
    settings: QSettings,
    notes: Notes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    arg = template.format(S=secret)
    path = sqlite_path(resolve_url(arg))
    if path is not None:  # a key=value string is a file name to Seller Desk: make the shop
        open_database(resolve_url(arg)).close()
    window = MainWindow(settings, notify=notes, daily_backup_delay_ms=60_000)
    qtbot.addWidget(window)
    startup = Startup(window, arg)
    ended: list[object] = []
    startup.opened.connect(ended.append)
    startup.failed.connect(ended.append)
    startup.start()
    qtbot.waitUntil(lambda: bool(ended), timeout=15_000)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=15_000)
    texts = window_texts(window, notes)
    if path is not None:
        assert window.db is not None and "***" in window.windowTitle()
    else:
        assert "could not be opened" in window.placeholder.text()
    split = secret.replace("@", " ").replace("/", " ").split()
    pieces = [secret, *(p for p in split if len(p) > 3)]
    for text in texts:
        for piece in pieces:
            assert piece not in text, f"{piece!r} in {text!r}"
    if window.db is not None:
        window.db.close()


# --- a busy shop ------------------------------------------------------------------------------


def test_a_write_that_waits_says_so_in_the_status_bar_then_goes_through(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    path = sqlite_path(shop.url)
    if path is None:
        pytest.skip("the write lock is SQLite's")
    window = make_window(qtbot, shop, settings, notes)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=5000)
    shop.write_wait.seconds = 20
    other = sqlite3.connect(path, isolation_level=None)  # another Seller Desk, writing
    other.execute("BEGIN IMMEDIATE")
    done: list[object] = []

    def write(_progress: object) -> None:
        with shop.transaction() as session:
            set_daily_keep(session, 3)

    window.operations.run(write, done.append)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "Another Seller Desk is writing" in bar.currentMessage(), timeout=8000)
    assert not done
    other.rollback()  # the other writer finishes
    qtbot.waitUntil(lambda: bool(done), timeout=8000)
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=3000)
    other.close()
    assert notes.messages == []


# --- a damaged shop ---------------------------------------------------------------------------


def test_a_damaged_shop_warns_when_it_opens(
    qtbot: QtBot, settings: QSettings, notes: Notes, damaged_demo: Path
) -> None:
    db = open_database(f"sqlite:///{damaged_demo}")
    try:
        window = MainWindow(settings, notify=notes, daily_backup_delay_ms=60_000)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.statusRefreshed, timeout=10_000):
            window.attach(db, CTX)
        window.show()
        qtbot.waitUntil(lambda: window.shop_state.report is not None, timeout=15_000)
        assert window.shop_state.damage_label.isVisible()
        assert "damaged" in window.shop_state.damage_label.text()
        assert any("damaged" in text and "daily copy" in text for _t, text, _e in notes.messages)
    finally:
        db.close()


def test_a_whole_shop_opens_without_a_warning(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    qtbot.waitUntil(lambda: window.shop_state.report is not None, timeout=10_000)
    assert window.shop_state.report.ok
    assert not window.shop_state.damage_label.isVisible()
    assert notes.messages == []


@pytest.fixture(scope="module")
def damaged_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.hostile.damage import damaged_copy, demo_file

    folder = tmp_path_factory.mktemp("damaged")
    return damaged_copy(demo_file(folder, 800), folder / "damaged.db")


def test_an_open_server_shop_names_its_database_without_the_password(
    qtbot: QtBot, db_url: str, settings: QSettings, notes: Notes
) -> None:
    """On a PostgreSQL server (trust authentication ignores the password, so the shop opens):
    the title, the status bar and the tooltip name the server and the user, never the secret."""
    from sqlalchemy import make_url

    url = make_url(db_url)
    if url.get_backend_name() != "postgresql":
        pytest.skip("needs SELLER_DESK_TEST_PG")
    secret = "Open@Sesame/9"
    raw = db_url.replace(f"//{url.username}@", f"//{url.username}:{secret}@", 1)
    window = MainWindow(settings, notify=notes, daily_backup_delay_ms=60_000)
    qtbot.addWidget(window)
    startup = Startup(window, raw)
    ended: list[object] = []
    startup.opened.connect(ended.append)
    startup.failed.connect(ended.append)
    startup.start()
    qtbot.waitUntil(lambda: bool(ended), timeout=15_000)
    assert window.db is not None, notes.messages
    assert f"{url.username}:***@" in window.windowTitle()
    for text in window_texts(window, notes):
        for piece in (secret, "Sesame", "Open@"):
            assert piece not in text, text
    window.db.close()
