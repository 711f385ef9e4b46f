"""What technologies and needs share: field rules for categories and regions, paging, search."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from ..extensions import db
from ..scoring import CATEGORIES
from . import audit, changes, search
from .errors import ValidationError
from .public_version import public_version, uncommitted_public_changes
from .regions import SUBDIVISION_PATTERN, country_list, is_country, is_subdivision
from .validation import Field

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20


def category_problem(slug: str) -> str | None:
    if slug in CATEGORIES:
        return None
    return _("Unknown category '%(slug)s'. Use a slug of the taxonomy, e.g. smart-grid.", slug=slug[:40])


def served_region_problem(code: str) -> str | None:
    """A region a technology serves: '*', an ISO country or an ISO 3166-2 subdivision."""
    code = code.strip().upper()
    if code == "*" or is_country(code) or is_subdivision(code):
        return None
    return _("'%(code)s' is not '*', an ISO country code (CN) or an ISO 3166-2 region (US-CA).", code=code[:20])


def subdivision_problem(code: str) -> str | None:
    if is_subdivision(code.strip().upper()):
        return None
    return _("Enter an ISO 3166-2 region code such as CN-GD or US-CA.")


CATEGORIES_FIELD = Field(
    "categories",
    "list",
    item=Field("category", "text", max_length=40, checks=(category_problem,), extra={"enum": list(CATEGORIES)}),
    min_items=1,
    max_items=5,
    messages={
        "min_items": _l("Choose at least one category."),
        "max_items": _l("Choose at most five categories in all."),
    },
    description=_l("Category slugs of the taxonomy"),
    example=["smart-grid"],
)


@dataclass(frozen=True)
class ListQuery:
    """A directory query: filters and paging, already checked."""

    q: str = ""
    category: str | None = None
    region: str | None = None
    country: str | None = None
    trl: int | None = None
    budget: float | None = None
    sort: str = "newest"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE


LIST_FIELDS = (
    Field("q", "text", required=False, max_length=200, default=""),
    Field(
        "category", "text", required=False, max_length=40, checks=(category_problem,), extra={"enum": list(CATEGORIES)}
    ),
    Field("region", "text", required=False, max_length=6, checks=(subdivision_problem,), pattern=SUBDIVISION_PATTERN),
    Field(
        "country",
        "text",
        required=False,
        max_length=2,
        checks=(lambda c: None if is_country(c.upper()) else _("Enter an ISO country code such as CN or US."),),
        extra={"enum": country_list()},
    ),
    Field("trl", "integer", required=False, minimum=1, maximum=9),
    Field("budget", "number", required=False, minimum=0),
    Field(
        "sort",
        "choice",
        required=False,
        choices=("relevance", "newest", "name", "trl", "cost", "budget", "deadline"),
        description="Order of the list; with q the default is relevance (best match first), else newest",
    ),
    Field("page", "integer", required=False, minimum=1, maximum=100_000, default=1),
    Field("per_page", "integer", required=False, minimum=1, maximum=MAX_PER_PAGE, default=DEFAULT_PER_PAGE),
)


PAGE_FIELD = Field("page", "integer", required=False, minimum=1, default=1)


def page_number(args: Mapping[str, Any]) -> int:
    """The ``?page=`` of a list page; a wrong or out-of-range one is page 1, never an error."""
    from .validation import clean

    try:
        return clean((PAGE_FIELD,), {"page": args.get("page")})["page"]
    except ValidationError:
        return 1


def parse_list_query(args: dict[str, Any]) -> ListQuery:
    """Check directory query parameters (from a page or the API) into a ListQuery."""
    from .validation import clean

    cleaned = clean(LIST_FIELDS, args)
    if not cleaned["sort"]:
        cleaned["sort"] = "relevance" if cleaned["q"].strip() else "newest"
    for key in ("region", "country"):
        if cleaned[key]:
            cleaned[key] = cleaned[key].upper()
    return ListQuery(**cleaned)


_UNREAD = object()


def paginate(statement, query: ListQuery, kind: str | None = None, version=_UNREAD):
    """A page of ``statement``; for a public directory list (``kind`` given) its total comes
    from the count cache while nothing public has changed. ``version``: the public version
    the caller read before building ``statement`` from cached parts (``matched_ids``)."""
    if kind is None:
        return db.paginate(statement, page=query.page, per_page=query.per_page, error_out=False, count=True)
    page = db.paginate(statement, page=query.page, per_page=query.per_page, error_out=False, count=False)
    filters = replace(query, sort="", page=1, per_page=1)  # what the count depends on
    if version is _UNREAD:
        version = public_version()
    key = (str(db.engine.url), kind, filters, version)
    page.total = _COUNTS.get(key)
    if page.total is None:
        page.total = db.session.execute(select(func.count()).select_from(statement.order_by(None).subquery())).scalar()
        if version is not None:  # None: no change committed yet, nothing to tell databases apart by
            _COUNTS[key] = page.total
        while len(_COUNTS) > MAX_CACHED_COUNTS:
            del _COUNTS[next(iter(_COUNTS))]  # the oldest first
    return page


# (database, kind, filters, public version) -> total: counting a 20,000-row directory per page
# view was most of its cost (issue 15); a new public version makes every entry unreachable.
_COUNTS: dict[tuple, int] = {}
MAX_CACHED_COUNTS = 1024


def matched_ids(kind: str, q: str, version: str | None):
    """The ids of the public ``kind`` records matching the search ``q``, for a list's filter:
    kept per public version, so paging through a search (and counting it) walks the search
    index once, not twice a page (issue 15: 25 of a search page's 38 ms on SQLite).

    ``version`` must be read before this, in the same request: the ids are then at least as
    new as the key they are kept under. A session holding uncommitted public changes (whose
    version is still the old one) and searches matching very many records get the SELECT."""
    statement = search.matching_ids(kind, q)
    if statement is None or version is None or uncommitted_public_changes():
        return statement
    key = (str(db.engine.url), kind, q, version)
    ids = _MATCHED.get(key)
    if ids is None:
        ids = tuple(db.session.execute(statement.limit(MAX_MATCHED_IDS + 1)).scalars())
        _MATCHED[key] = ids
        while len(_MATCHED) > MAX_CACHED_SEARCHES:
            del _MATCHED[next(iter(_MATCHED))]  # the oldest first
    return statement if len(ids) > MAX_MATCHED_IDS else ids


# (database, kind, search, public version) -> the matching ids (issue 15).
_MATCHED: dict[tuple, tuple[int, ...]] = {}
MAX_CACHED_SEARCHES = 128
MAX_MATCHED_IDS = 2000  # beyond this a list of bound ids costs more than the search itself


def saved(user, record, kind: str, text: str, *, before=None, fields=None, note: str | None = None) -> None:
    """The common tail of creating (``fields`` None) or changing a need or a technology.

    Flush, index its ``text`` for search, audit what happened (created, a new status or the
    fields changed) and tell matching, which follows once the transaction commits.
    """
    db.session.flush()
    search.index_document(kind, record.id, text)
    if fields is None:
        audit.record(user, f"{kind}.create", record, to_state=record.status.value)
    elif record.status is not before:
        audit.record(user, f"{kind}.status", record, from_state=before.value, to_state=record.status.value, note=note)
    else:
        audit.record(user, f"{kind}.update", record, fields=sorted(fields))
    if kind == "technology":
        changes.technology_changed(record.id)
    else:
        changes.need_changed(record.id)
    from . import alerts  # alerts use the field rules here

    alerts.listing_saved(kind, record.id)
