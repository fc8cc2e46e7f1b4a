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


def test_overlapping_bulk_writes_put_the_setting_back_when_the_last_one_ends() -> None:
    before = gc.get_threshold()
    first, second = fewer_collections(), fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first import ends while the second still runs
    assert gc.get_threshold()[0] >= BULK_GC_THRESHOLD
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
