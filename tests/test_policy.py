"""Who may do what, as a table: role × action on own and others' records, for each state."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from matchmaker.models import NeedStatus, Role, TechnologyStatus
from matchmaker.services import policy

COMPANY = SimpleNamespace(role=Role.COMPANY, organization_id=1)
OTHER_COMPANY = SimpleNamespace(role=Role.COMPANY, organization_id=2)
CITY = SimpleNamespace(role=Role.CITY, organization_id=3)
OTHER_CITY = SimpleNamespace(role=Role.CITY, organization_id=4)
ADMIN = SimpleNamespace(role=Role.ADMIN, organization_id=None)
ANONYMOUS = None


def technology(status: TechnologyStatus, verified: bool = True):
    return SimpleNamespace(organization_id=1, is_public=status is TechnologyStatus.PUBLISHED and verified)


def need(status: NeedStatus, verified: bool = True):
    return SimpleNamespace(organization_id=3, is_public=status is NeedStatus.OPEN and verified)


@pytest.mark.parametrize(
    ("user", "record", "can_view", "can_edit"),
    [
        (ANONYMOUS, technology(TechnologyStatus.PUBLISHED), True, False),
        (ANONYMOUS, technology(TechnologyStatus.DRAFT), False, False),
        (ANONYMOUS, technology(TechnologyStatus.PUBLISHED, verified=False), False, False),
        (ANONYMOUS, technology(TechnologyStatus.ARCHIVED), False, False),
        (COMPANY, technology(TechnologyStatus.DRAFT), True, True),
        (COMPANY, technology(TechnologyStatus.PUBLISHED, verified=False), True, True),
        (OTHER_COMPANY, technology(TechnologyStatus.DRAFT), False, False),
        (OTHER_COMPANY, technology(TechnologyStatus.PUBLISHED), True, False),
        (CITY, technology(TechnologyStatus.PUBLISHED), True, False),
        (CITY, technology(TechnologyStatus.ARCHIVED), False, False),
        (ADMIN, technology(TechnologyStatus.DRAFT), True, True),
    ],
)
def test_technology_visibility_and_ownership(user, record, can_view, can_edit):
    assert policy.can_view_technology(user, record) is can_view
    assert policy.can_edit_technology(user, record) is can_edit


@pytest.mark.parametrize(
    ("user", "record", "can_view", "can_edit"),
    [
        (ANONYMOUS, need(NeedStatus.OPEN), True, False),
        (ANONYMOUS, need(NeedStatus.DRAFT), False, False),
        (ANONYMOUS, need(NeedStatus.CLOSED), False, False),
        (ANONYMOUS, need(NeedStatus.OPEN, verified=False), False, False),
        (CITY, need(NeedStatus.DRAFT), True, True),
        (OTHER_CITY, need(NeedStatus.DRAFT), False, False),
        (OTHER_CITY, need(NeedStatus.OPEN), True, False),
        (COMPANY, need(NeedStatus.OPEN), True, False),
        (COMPANY, need(NeedStatus.CLOSED), False, False),
        (ADMIN, need(NeedStatus.CLOSED), True, True),
    ],
)
def test_need_visibility_and_ownership(user, record, can_view, can_edit):
    assert policy.can_view_need(user, record) is can_view
    assert policy.can_edit_need(user, record) is can_edit


@pytest.mark.parametrize(
    ("user", "creates_technology", "creates_need", "verifies"),
    [
        (ANONYMOUS, False, False, False),
        (COMPANY, True, False, False),
        (CITY, False, True, False),
        (ADMIN, False, False, True),
    ],
)
def test_who_creates_and_verifies(user, creates_technology, creates_need, verifies):
    assert policy.can_create_technology(user) is creates_technology
    assert policy.can_create_need(user) is creates_need
    assert policy.can_verify_organizations(user) is verifies
