"""The financing insights page in Chinese: every word and every amount (万 and 亿, not M and B)."""

from __future__ import annotations

import re

import pytest

from matchmaker.extensions import db
from matchmaker.models import User
from matchmaker.services import financing, funds

from .test_financing_api import FUND


@pytest.mark.parametrize(
    ("value", "english", "chinese"),
    [(4_000_000, "$4M", "400万美元"), (61_500_000, "$61.5M", "6,150万美元"), (150_000_000, "$150M", "1.5亿美元"),
     (2_500, "$2.5k", "2,500美元"), (0, "$0", "0美元")],
)
def test_amounts_read_in_the_readers_language(app, value, english, chinese):
    from matchmaker.labels import money, usd

    with app.test_request_context("/?lang=en"):
        assert money(value) == english and usd(value) == "≈ US" + english
    with app.test_request_context("/?lang=zh"):
        assert money(value) == chinese and usd(value) == "≈ " + chinese


def test_the_insights_page_has_no_english_left_in_chinese(app, client, login, make_user, make_technology):
    investor, company = make_user("investor"), make_user("company")
    technology_id = make_technology(company, seeking_investment_usd=4_000_000)
    with app.app_context():
        user = db.session.get(User, investor.id)
        fund = funds.create_fund(user, FUND)
        db.session.flush()
        financing.express_interest(user, fund, {"technology_id": technology_id})
        db.session.commit()
    login(make_user("admin"))
    html = client.get("/admin/insights/financing?lang=zh").get_data(as_text=True)
    main = html.split('id="main"', 1)[1].split(">", 1)[1].split("</main>", 1)[0]
    visible = re.sub(r"<script.*?</script>|<[^>]+>", " ", main, flags=re.S)
    assert "400万美元" in visible and "1,000万美元" in visible and "已申请对接" in visible
    leftover = set(re.findall(r"[A-Za-z]{2,}", visible)) - {"CSV"}
    assert leftover == set(), leftover
    labels = re.findall(r'aria-label="([^"]*)"', main)
    assert labels and all(not re.search(r"[A-Za-z]{3,}", label) for label in labels)
