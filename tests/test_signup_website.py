"""Issue 13 section 4, sign-up: a website typed as "testville.gov" is accepted with https:// added."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import Organization

from .test_auth_pages import GOOD_SIGNUP


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("testville.gov", "https://testville.gov"), ("www.sz.example.cn/en", "https://www.sz.example.cn/en"),
     ("http://old.example.org", "http://old.example.org")],
)  # fmt: skip
def test_a_website_typed_without_https_is_accepted(app, form_post, typed, stored):
    """Sign-up (issue 13 section 4): "testville.gov" gets https:// added instead of an error."""
    response = form_post("/signup", {**GOOD_SIGNUP, "website": typed})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.execute(db.select(Organization.website)).scalar_one() == stored
