"""A start-up to measure: ``python -m bench.startup_child bare|app [DB_URL]``.

Prints ``shown`` once the main window has been shown and the event loop has run (the first
paint), and for ``app`` ``rows`` once the orders table has painted its first rows, then quits.
The parent times each line from the moment it spawned this process, so the figures include
the interpreter's start and every import. Imports are at the call sites on purpose: this file
must not load anything the measured start-up would not.
"""

from __future__ import annotations

import sys


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()

    def shown() -> None:
        print("shown", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


def app(url: str) -> int:
    from bench.app_start import start  # the real app, instrumented from outside

    return int(start(url))


def main() -> int:
    mode = sys.argv[1]
    if mode == "bare":
        return bare()
    return app(sys.argv[2])


if __name__ == "__main__":
    raise SystemExit(main())
