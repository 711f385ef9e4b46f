"""Directory pages: lists with filters and paging, and one page per record."""

from __future__ import annotations

from flask import render_template, request

from ...services import matches, needs, organizations, policy, technologies
from ...services.errors import ValidationError
from ...services.records import ListQuery, parse_list_query
from ..guards import viewer as _viewer
from . import bp


def _list_query() -> tuple[ListQuery, dict[str, str]]:
    """The page's filters; a bad filter is reported and left out, never a crash."""
    args = {key: value for key, value in request.args.items() if value.strip() and key != "lang"}
    try:
        return parse_list_query(args), {}
    except ValidationError as error:
        kept = {key: value for key, value in args.items() if key not in error.fields}
        return parse_list_query(kept), error.fields


def _list_page(list_public, template: str):
    query, filter_errors = _list_query()
    return render_template(template, page=list_public(query), query=query, filter_errors=filter_errors)


@bp.route("/technologies")
def technology_list():
    return _list_page(technologies.list_public_technologies, "directory/technologies.html")


@bp.route("/technologies/<int:technology_id>")
def technology_detail(technology_id: int):
    """A technology; a city can ask for an introduction for one of its open needs."""
    viewer = _viewer()
    technology = technologies.get_technology(viewer, technology_id)
    own_needs = []
    if viewer is not None and policy.can_create_need(viewer) and policy.is_public_technology(technology):
        own_needs = needs.public_needs_of(viewer.organization_id)
    return render_template("directory/technology.html", technology=technology, own_needs=own_needs)


@bp.route("/needs")
def need_list():
    return _list_page(needs.list_public_needs, "directory/needs.html")


@bp.route("/needs/<int:need_id>")
def need_detail(need_id: int):
    """A need; its city also sees the ranked suggestions, a company can ask for an introduction."""
    viewer = _viewer()
    need = needs.get_need(viewer, need_id)
    suggestions = matches.suggestions_for_need(need, viewer) if policy.can_see_suggestions(viewer, need) else []
    own_technologies = []
    if viewer is not None and policy.can_create_technology(viewer) and policy.is_public_need(need):
        own_technologies = technologies.public_technologies_of(viewer.organization_id)
    return render_template("directory/need.html", need=need, suggestions=suggestions, own_technologies=own_technologies)


@bp.route("/organizations/<int:organization_id>")
def organization_detail(organization_id: int):
    organization = organizations.get_organization(_viewer(), organization_id)
    published_technologies = technologies.public_technologies_of(organization.id)
    open_needs = needs.public_needs_of(organization.id)
    # Admins verify and moderate: they also see what is not public (yet), with its state.
    unpublished = []
    if policy.is_admin(_viewer()):
        unpublished = [t for t in technologies.technologies_of(organization.id) if not policy.is_public_technology(t)]
        unpublished += [n for n in needs.needs_of(organization.id) if not policy.is_public_need(n)]
    return render_template(
        "directory/organization.html",
        organization=organization,
        technologies=published_technologies,
        needs=open_needs,
        unpublished=unpublished,
    )
