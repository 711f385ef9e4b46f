"""`flask import-records` and `flask export-records`."""

from __future__ import annotations

import json

import pytest

from matchmaker.extensions import db
from matchmaker.models import Need, Organization, Technology

from .helpers import table_count

TECHNOLOGIES = [
    {
        "id": "t1",
        "company": "Pearl Grid",
        "name": "Demand response",
        "categories": ["smart-grid"],
        "description": "需求响应平台 demand response",
        "trl": 8,
        "cost_usd": [1e5, 5e5],
        "regions": ["CN-GD"],
        "co2e_reduction_t_per_year": 2000,
        "extra_field": "ignored",
    },
    {
        "id": "t2",
        "company": "Pearl Grid",
        "name": "Microgrid",
        "categories": ["smart-grid", "energy-storage"],
        "description": "Campus microgrids",
        "trl": None,
        "cost_usd": None,
        "regions": ["*"],
        "co2e_reduction_t_per_year": None,
    },
    {
        "id": "t3",
        "company": "BayVolt",
        "name": "Depot charging",
        "categories": ["electric-vehicles"],
        "description": "Bus depot charging",
        "trl": 9,
        "cost_usd": [1e6, 3e6],
        "regions": ["US-CA", "US"],
        "co2e_reduction_t_per_year": 5000,
    },
]
NEEDS = [
    {
        "id": "n1",
        "city": "Shenzhen",
        "title": "Peak load",
        "categories": ["smart-grid"],
        "description": "削减高峰负荷",
        "budget_usd": 1e6,
        "min_trl": 7,
        "region": "CN-GD",
        "co2e_target_t_per_year": 10000,
        "deadline": "2020-01-01",
    },
]


def write_jsonl(path, records, blank_lines: bool = True) -> str:
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path.write_text(("\n\n" if blank_lines else "\n").join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_import_loads_records_and_one_verified_organisation_per_name(app, runner, tmp_path):
    result = runner.invoke(
        args=[
            "import-records",
            "--technologies",
            write_jsonl(tmp_path / "t.jsonl", TECHNOLOGIES),
            "--needs",
            write_jsonl(tmp_path / "n.jsonl", NEEDS),
        ]
    )
    assert result.exit_code == 0, result.output
    assert "3 technologies created, 0 updated, 2 organisations created." in result.output
    assert "1 needs created" in result.output
    with app.app_context():
        organizations = db.session.execute(db.select(Organization).order_by(Organization.name)).scalars().all()
        assert [(o.name, o.verified, o.country) for o in organizations] == [
            ("BayVolt", True, "US"),
            ("Pearl Grid", True, "CN"),
            ("Shenzhen", True, "CN"),
        ]
        technology = db.session.execute(db.select(Technology).where(Technology.external_id == "t1")).scalar_one()
        assert technology.status.value == "published" and technology.cost_usd == (1e5, 5e5)
    client = app.test_client()
    assert client.get("/api/v1/technologies?q=需求响应").get_json()["total"] == 1
    assert client.get("/api/v1/needs?q=高峰").get_json()["total"] == 1


def test_importing_again_updates_instead_of_duplicating(app, runner, tmp_path):
    path = write_jsonl(tmp_path / "t.jsonl", TECHNOLOGIES)
    runner.invoke(args=["import-records", "--technologies", path])
    changed = [{**TECHNOLOGIES[0], "name": "Demand response v2"}]
    result = runner.invoke(args=["import-records", "--technologies", write_jsonl(tmp_path / "t2.jsonl", changed)])
    assert "0 technologies created, 1 updated, 0 organisations created." in result.output
    assert table_count(app, Technology) == 3


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        ("{not json", "t.jsonl:5: malformed JSON"),
        ('["a list"]', "t.jsonl:5: each line must be a JSON object"),
        (json.dumps({**TECHNOLOGIES[0], "id": "t9", "categories": ["flying-cars"]}), "t.jsonl:5: field 'categories'"),
        (json.dumps({**TECHNOLOGIES[0], "id": "t9", "trl": "nine"}), "t.jsonl:5: field 'trl': Enter a whole number."),
        (json.dumps({**TECHNOLOGIES[0], "id": "t9", "company": ""}), "t.jsonl:5: field 'company'"),
        (json.dumps({**TECHNOLOGIES[0], "id": "t1"}), "t.jsonl:5: field 'id': 't1' appears twice"),
        (
            json.dumps({key: value for key, value in TECHNOLOGIES[0].items() if key != "name"} | {"id": "t9"}),
            "t.jsonl:5: field 'name': This field is required.",
        ),
    ],
)
def test_a_bad_line_rejects_the_whole_file_naming_file_line_and_field(app, runner, tmp_path, bad_line, expected):
    path = tmp_path / "t.jsonl"
    lines = [json.dumps(record, ensure_ascii=False) for record in TECHNOLOGIES[:2]]
    path.write_text("\n".join([lines[0], "", lines[1], "", bad_line]) + "\n", encoding="utf-8")
    result = runner.invoke(args=["import-records", "--technologies", str(path)])
    assert result.exit_code != 0
    assert expected in result.output
    assert "nothing from this file was loaded" in result.output
    assert "Traceback" not in result.output
    assert table_count(app, Technology) == 0 and table_count(app, Organization) == 0


def test_a_need_cutting_more_than_it_emits_rejects_the_file_at_the_target(app, runner, tmp_path):
    """The import checks the same rule as the form and the API: the target within the baseline."""
    path = tmp_path / "n.jsonl"
    bad = {**NEEDS[0], "co2e_baseline_t_per_year": 1000, "co2e_target_t_per_year": 5000}
    path.write_text(json.dumps(bad, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(args=["import-records", "--needs", str(path)])
    assert result.exit_code != 0 and "n.jsonl:1: field 'co2e_target_t_per_year'" in result.output
    assert table_count(app, Need) == 0


def test_import_without_files_or_with_a_missing_file_says_so(runner, tmp_path):
    assert "Give --technologies FILE" in runner.invoke(args=["import-records"]).output
    result = runner.invoke(args=["import-records", "--needs", str(tmp_path / "missing.jsonl")])
    assert result.exit_code != 0 and "No such file or directory" in result.output


def test_import_of_an_empty_file_loads_nothing(app, runner, tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    result = runner.invoke(args=["import-records", "--technologies", str(path)])
    assert result.exit_code == 0 and "0 technologies created" in result.output


def test_export_round_trips_through_import(app, runner, tmp_path):
    runner.invoke(args=["import-records", "--technologies", write_jsonl(tmp_path / "t.jsonl", TECHNOLOGIES)])
    out = tmp_path / "export.jsonl"
    result = runner.invoke(args=["export-records", "technologies", "--out", str(out)])
    assert result.exit_code == 0, result.output
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [record["name"] for record in exported] == ["Demand response", "Microgrid", "Depot charging"]
    assert exported[0]["company"] == "Pearl Grid" and exported[0]["regions"] == ["CN-GD"]
    csv_result = runner.invoke(args=["export-records", "needs", "--format", "csv"])
    assert csv_result.output.splitlines()[0].startswith("id,city,title")
    assert table_count(app, Need) == 0


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=HYPERLINK(evil)", "'=HYPERLINK(evil)"),
        (["=cmd|' /C calc'!A0", "UL 9540"], "'=cmd|' /C calc'!A0; UL 9540"),  # a list cell is checked whole
        ("\t=1+1", "'\t=1+1"),
        ("-12.5", "-12.5"),  # a number stays a number
        ("Demand response", "Demand response"),
        (None, ""),
    ],
)
def test_csv_cells_never_start_a_spreadsheet_formula(value, cell):
    from matchmaker.services.exports import spreadsheet_cell

    assert spreadsheet_cell(value) == cell
