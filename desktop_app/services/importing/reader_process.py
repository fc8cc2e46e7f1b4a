"""``python -m desktop_app.services.importing.reader_process``: the import's reader process
(see :mod:`.reader`; a module of its own, so that the reader's classes are its module's)."""

from desktop_app.services.importing.reader import child_main

if __name__ == "__main__":
    child_main()
