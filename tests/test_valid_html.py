"""The main pages' HTML passes the Nu Html Checker (vnu.jar, npm's vnu-jar) with no error (issue 13).

`make install` fetches the checker into .venv/share/vnu (.ci/fetch-vnu); it runs offline on the
machine's Java, once for all the pages (a JVM start costs seconds, not each page).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .test_matches import put_match, world  # noqa: F401  (the shared fixture)

VNU = Path(__file__).resolve().parent.parent / ".venv" / "share" / "vnu" / "vnu.jar"

# Who looks at which pages; {technology}, {need} and {match} are the world's records.
PAGES = {
    None: [
        "/", "/login", "/signup", "/signup?lang=zh", "/technologies", "/needs?lang=zh", "/technologies/{technology}",
        "/needs/{need}", "/needs/{need}?lang=zh", "/privacy", "/api",
    ],
    "company": ["/company/", "/company/technologies/new", "/company/technologies/{technology}/edit", "/matches"],
    "city": ["/city/", "/city/needs/new", "/city/needs/{need}/edit?lang=zh", "/account/organization"],
    "admin": ["/admin/matches", "/admin/matches?lang=zh", "/admin/organizations", "/matches/{match}"],
}


def checker() -> list[str]:
    java = shutil.which("java")
    if java and VNU.exists():
        return [java, "-Xss16m", "-jar", str(VNU)]
    reason = f"the HTML checker needs java and {VNU} (make install fetches it)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def save_pages(app, client, login, world, tmp_path: Path) -> dict[str, str]:  # noqa: F811
    """Every page of PAGES as a file: {file: 'role path'}."""
    match_id = put_match(app, world, "requested")
    ids = {"technology": world.technology_id, "need": world.need_id, "match": match_id}
    files = {}
    for role, paths in PAGES.items():
        if role:
            login(getattr(world, role))
        for path in paths:
            url = path.format(**ids)
            response = client.get(url)
            assert response.status_code == 200, url
            file = tmp_path / f"page{len(files):02d}.html"
            file.write_bytes(response.get_data())
            files[str(file)] = f"{role or 'anonymous'} {url}"
    return files


# Checked with the pages: a checker that reports nothing must still find the errors here.
CANARY = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><span aria-label="3">3</span></body></html>'


def test_the_main_pages_have_no_html_error(app, client, login, world, tmp_path):  # noqa: F811
    command = checker()
    files = save_pages(app, client, login, world, tmp_path)
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY)
    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", "--exit-zero-always", *files, str(canary)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    assert any(m.get("url", "").endswith("canary.html") and "aria-label" in m["message"] for m in messages)
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))} line {m.get('lastLine')}: {m['message']}"
        f" [{m.get('extract', '').strip()[:120]}]"
        for m in messages
        if m.get("type") == "error" and not m.get("url", "").endswith("canary.html")
    ]
    assert errors == [], "\n".join(errors)
