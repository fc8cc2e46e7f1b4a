"""``seller-desk import`` and ``seller-desk export`` as a script would use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.io.generic import ColumnMapping
from desktop_app.io.sample_report import write_all_orders
from desktop_app.services.mappings import save_mapping


def test_import_twice_then_export(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "orders.txt"
    orders = write_all_orders(report, 40)
    assert main(["--db", db_url, "import", str(report)]) == 0
    assert (
        capsys.readouterr().out.strip()
        == f"orders.txt: 40 rows: 40 new, 0 updated, 0 unchanged, 0 rejected "
        f"({orders} orders new, 0 updated, 0 unchanged)"
    )
    assert main(["--db", db_url, "import", str(report)]) == 0
    assert "0 new, 0 updated" in capsys.readouterr().out
    out = tmp_path / "shipped.tsv"
    assert (
        main(["--db", db_url, "export", str(out), "--status", "Shipped", "--since", "2024-01-01"])
        == 0
    )
    assert "orders" in capsys.readouterr().out
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("seller-desk-order-id\tmerchant-order-id")
    assert main(["--db", db_url, "import", str(out), "--json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)["files"]
    assert result["new"] == 0 and result["updated"] == 0 and result["format"] == "seller-desk"


def test_a_bad_row_writes_nothing_and_the_errors_are_saved(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "bad.txt"
    write_all_orders(report, 10)
    lines = report.read_text(encoding="utf-8").splitlines()
    cells = lines[3].split("\t")
    cells[13] = "-4"  # quantity
    lines[3] = "\t".join(cells)
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.csv"
    assert main(["--db", db_url, "import", str(report), "--errors", str(errors)]) == 1
    captured = capsys.readouterr()
    assert "1 rejected" in captured.out and "Nothing was imported" in captured.out
    assert "bad.txt, line 4, column 'quantity'" in captured.err
    assert errors.read_text(encoding="utf-8").splitlines()[1].startswith("bad.txt,4,quantity,-4,")
    assert main(["--db", db_url, "import", str(report), "--dry-run"]) == 1
    assert main(["--db", db_url, "import", str(report), "--skip-invalid"]) == 0
    assert "rejected" in capsys.readouterr().out


def test_unreadable_files_and_a_saved_mapping(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\xff\xfe\x00junk")
    assert main(["--db", db_url, "import", str(junk)]) == 1
    assert "junk.csv" in capsys.readouterr().err
    shop = tmp_path / "shop.csv"
    shop.write_text("No;Date;Item;Qty\nA-1;2024-05-01;MUG;2\n", encoding="utf-8")
    assert main(["--db", db_url, "import", str(shop), "--mapping", "nope"]) == 1
    assert "no column mapping named 'nope'" in capsys.readouterr().err
    from desktop_app.db.database import open_database

    db = open_database(db_url)
    with db.transaction() as session:
        save_mapping(
            session,
            ColumnMapping(
                "shop",
                {"order_id": "No", "purchase_date": "Date", "sku": "Item", "quantity": "Qty"},
                defaults={"currency": "EUR", "channel": "MFN", "status": "Unshipped"},
            ),
        )
    db.close()
    assert main(["--db", db_url, "import", str(shop), "--mapping", "shop"]) == 0
    assert "1 new" in capsys.readouterr().out


def test_a_mistyped_file_name_stops_the_import_before_any_file_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.services.test_importing import line, report

    good = report(tmp_path, "good.txt", line("111-1", "A"))
    shop = tmp_path / "shop.db"
    code = main(["--db", f"sqlite:///{shop}", "import", str(good), str(tmp_path / "typo.txt")])
    err = capsys.readouterr().err
    assert code == 1
    assert "typo.txt" in err and "nothing was imported" in err
    assert not shop.exists()  # not even a shop was created
    assert main(["--db", f"sqlite:///{shop}", "import", str(good)]) == 0  # the shop exists
    capsys.readouterr()
    assert main(["--db", f"sqlite:///{shop}", "import", str(good), "typo.txt"]) == 1
    assert "1 new" not in capsys.readouterr().out  # the good file was not imported again
