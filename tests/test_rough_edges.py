"""Issue 13, "rough edges": small faults each seen on a page, checked through the test client."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from matchmaker.extensions import db
from matchmaker.models import Match, MatchOrigin, MatchStatus, Need, NeedStatus

from .test_matches import put_match, world  # noqa: F401  (the shared fixture)

CSS = Path(__file__).resolve().parents[1] / "static" / "css" / "app.css"


def _suggest(app, need_id: int, technology_id: int, score: float, updated_at: datetime) -> None:
    with app.app_context():
        db.session.add(
            Match(
                need_id=need_id,
                technology_id=technology_id,
                status=MatchStatus.SUGGESTED,
                origin=MatchOrigin.ENGINE,
                score=score,
                reasons=[],
                reasons_zh=[],
                updated_at=updated_at,
            )
        )
        db.session.commit()


def test_a_needs_suggestions_run_best_first_on_the_match_list(app, client, world, login, make_technology):  # noqa: F811
    # The weakest suggestion was written last (as a refresh does), so "newest first" put it on top.
    start = datetime(2026, 1, 1, tzinfo=UTC)
    scores = (0.9, 0.6, 0.3)
    for minutes, score in enumerate(scores):
        technology_id = make_technology(world.company, name=f"Option {score}")
        _suggest(app, world.need_id, technology_id, score, start + timedelta(minutes=minutes))
    login(world.city)
    page = client.get("/matches").get_data(as_text=True)
    shown = [float(value) / 100 for value in re.findall(r"· (\d+)%</div>", page)]
    assert shown == list(scores)


def test_the_button_that_opens_a_match_is_a_verb_in_chinese(app, client, world, login):  # noqa: F811
    put_match(app, world, "approved")
    login(world.city)
    page = client.get(f"/needs/{world.need_id}?lang=zh").get_data(as_text=True)
    button = re.search(r'<a class="btn btn-sm btn-outline-primary" href="/matches/\d+">([^<]+)</a>', page)
    assert button is not None and button.group(1) == "查看"
    assert "征集中" in page  # the need's status "Open" is still the status


def test_a_closed_need_says_so_in_lower_case(app, client, world, login):  # noqa: F811
    with app.app_context():
        db.session.get(Need, world.need_id).status = NeedStatus.CLOSED
        db.session.commit()
    login(world.city)
    page = client.get(f"/needs/{world.need_id}").get_data(as_text=True)
    assert "This need is closed: only your organisation" in page and "This need is Closed" not in page


def test_a_page_beyond_the_last_says_so_and_links_back(client, world):  # noqa: F811
    page = client.get("/technologies?page=99&sort=name").get_data(as_text=True)
    assert "Page 99 is beyond the last page (1)." in page
    assert "No technology matches these filters" not in page
    assert 'href="/technologies?page=1&amp;sort=name"' in page
    needs = client.get("/needs?page=99").get_data(as_text=True)
    assert "Page 99 is beyond the last page (1)." in needs and 'href="/needs?page=1"' in needs
    chinese = client.get("/needs?page=99&lang=zh").get_data(as_text=True)
    assert "第 99 页超出了最后一页（共 1 页）。" in chinese


def test_the_sort_box_is_wide_enough_for_its_labels(client):
    # At 1280 px a one-column (col-lg-1) select cut "Newest" to "New".
    page = client.get("/technologies").get_data(as_text=True)
    column = re.search(r'<div class="([^"]*)">\s*<label class="form-label small" for="sort">', page)
    assert column is not None and "col-lg-2" in column.group(1).split()


def test_directory_cards_do_not_skip_a_heading_level(client, world):  # noqa: F811
    for url in ("/technologies", "/needs"):
        page = client.get(url).get_data(as_text=True)
        levels = [int(level) for level in re.findall(r"<h([1-6])\b", page)]
        assert levels[0] == 1 and len(levels) > 1
        assert all(after - before <= 1 for before, after in zip(levels, levels[1:], strict=False)), (url, levels)


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def test_the_footer_link_has_enough_contrast(client):
    page = client.get("/").get_data(as_text=True)
    assert '<footer class="site-footer' in page
    colour = re.search(r"\.site-footer a\s*\{\s*color:\s*(#[0-9a-fA-F]{6})", CSS.read_text()).group(1)
    light, dark = _luminance("#f8f9fa"), _luminance(colour)  # Bootstrap's bg-light behind it
    assert (light + 0.05) / (dark + 0.05) >= 4.5


def test_anonymous_visitors_are_invited_to_sign_up_and_see_region_names(client, world):  # noqa: F811
    page = client.get(f"/technologies/{world.technology_id}").get_data(as_text=True)
    assert "Sign up to ask for an introduction" in page and 'href="/signup"' in page
    assert "China, California" in page and "US-CA" not in page
    chinese = client.get(f"/technologies/{world.technology_id}?lang=zh").get_data(as_text=True)
    assert "中国, 加利福尼亚州" in chinese and "注册并申请对接" in chinese
    need = client.get(f"/needs/{world.need_id}?lang=en").get_data(as_text=True)
    assert "Sign up to ask for an introduction" in need and "Guangdong" in need and "CN-GD" not in need
    assert "广东省" in client.get(f"/needs/{world.need_id}?lang=zh").get_data(as_text=True)
    assert "Guangdong" in client.get("/needs?lang=en").get_data(as_text=True)


def test_signed_in_users_are_not_invited_to_sign_up(client, world, login):  # noqa: F811
    login(world.city)
    page = client.get(f"/technologies/{world.technology_id}").get_data(as_text=True)
    assert "Sign up to ask for an introduction" not in page
