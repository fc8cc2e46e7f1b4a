"""db.bulk: what a bulk writer changes for its duration is put back afterwards."""

from __future__ import annotations

import gc

import pytest

from desktop_app.db.bulk import BULK_GC_THRESHOLD, fewer_collections


def test_the_collector_looks_less_often_during_a_bulk_write_and_as_before_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] >= BULK_GC_THRESHOLD
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("an import that fails halfway")
    assert gc.get_threshold() == before
