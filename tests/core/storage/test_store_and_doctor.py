"""The Store's settings and counts, `doctor`'s report, and `demo-data`'s refusal."""

import pytest

from shiftmate.core.demo import DEMO_GENERATORS, fill_demo_data
from shiftmate.core.storage.doctor import doctor_report, format_report
from shiftmate.core.errors import BadInput
from shiftmate.core.storage.store import Store
from tests.helpers import write_random_database


def test_settings_round_trip_and_survive_reopening(location):
    store = Store.open(location)
    store.set_setting("theme", "dark")
    store.set_setting("theme", "light")
    store.close()
    store = Store.open(location)
    try:
        assert store.get_setting("theme") == "light"
        assert store.get_setting("missing", "fallback") == "fallback"
    finally:
        store.close()


def test_doctor_on_a_new_folder_reports_a_healthy_database(location):
    report = doctor_report(location)
    assert report["ok"] is True
    assert report["quick_check"] == "ok"
    assert report["schema_version"] >= 1
    assert report["encrypted"] is False
    assert report["tables"]["settings"] == 0
    assert report["sqlcipher_version"].startswith("4.")
    assert "Quick check" in format_report(report)


def test_doctor_reports_a_broken_file_in_one_sentence(location):
    write_random_database(location.database)
    report = doctor_report(location)
    assert report["ok"] is False
    assert str(location.database) in report["problem"]
    assert "\n" not in report["problem"]


def test_demo_data_refuses_a_folder_with_user_data(location):
    store = Store.open(location)
    try:
        store.db["journal_entries"].insert({"id": 1, "text": "a real entry"}, pk="id")
        with pytest.raises(BadInput, match="already holds data"):
            fill_demo_data(store, days=30, seed=1)
    finally:
        store.close()


def test_demo_data_checks_its_day_count(location):
    store = Store.open(location)
    try:
        with pytest.raises(BadInput, match="--days"):
            fill_demo_data(store, days=0, seed=1)
        written = fill_demo_data(store, days=28, seed=3)
        assert set(written) == {name for name, _generate in DEMO_GENERATORS}
        assert written["checklist runs"] > 10
        assert store.get_setting("demo.seed") == "3"
    finally:
        store.close()
