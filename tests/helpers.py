"""Small helpers shared by the tests."""

from __future__ import annotations

import re

from matchmaker.extensions import db

PASSWORD = "correct horse battery staple"

CSRF_PATTERN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


def csrf_token_from(html: str) -> str:
    match = CSRF_PATTERN.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1) or match.group(2)


def table_count(app, model) -> int:
    """How many rows ``model``'s table holds."""
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(model)).scalar_one()
