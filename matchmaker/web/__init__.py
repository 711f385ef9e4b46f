"""The HTML side: one blueprint package per area, each guarding its role once."""

from __future__ import annotations

from flask import Flask


def register_web(app: Flask) -> None:
    from .admin import bp as admin_bp
    from .alerts import bp as alerts_bp
    from .auth import bp as auth_bp
    from .city import bp as city_bp
    from .company import bp as company_bp
    from .directory import bp as directory_bp
    from .event_schedule import bp as event_schedule_bp
    from .events import bp as events_bp
    from .funds import bp as funds_bp
    from .investor import bp as investor_bp
    from .main import bp as main_bp
    from .matches import bp as matches_bp
    from .outcomes import bp as outcomes_bp
    from .teams import bp as teams_bp

    areas = (main_bp, auth_bp, directory_bp, matches_bp, company_bp, city_bp, admin_bp, alerts_bp, teams_bp)
    events = (events_bp, event_schedule_bp)
    for blueprint in (*areas, *events, funds_bp, investor_bp, outcomes_bp):
        app.register_blueprint(blueprint)

    _expose_rule_book(app)

    @app.context_processor
    def unread_notification_count() -> dict:
        from flask_login import current_user

        from ..services.notifications import unread_count

        if not current_user.is_authenticated:
            return {"unread_notifications": 0}
        return {"unread_notifications": unread_count(current_user)}


def _expose_rule_book(app: Flask) -> None:
    """Templates decide which buttons to show by asking the rule book, never by states."""
    from ..labels import BANKABILITY_LABELS
    from ..services import listings, policy
    from ..services.funds import readiness
    from .guards import viewer

    app.jinja_env.globals.update(
        allowed_actions=lambda match: policy.allowed_actions(viewer(), match),
        can_edit_need=lambda need: policy.can_edit_need(viewer(), need),
        can_edit_technology=lambda technology: policy.can_edit_technology(viewer(), technology),
        is_public_need=policy.is_public_need,
        is_public_technology=policy.is_public_technology,
        can_keep_alerts=lambda: policy.can_keep_alerts(viewer()),
        can_renew=lambda record: listings.can_renew(viewer(), record),
        expires_at=listings.expires_at,
        can_invite_partners=lambda need: policy.can_invite_partners(viewer(), need),
        can_view_members=lambda organization: policy.can_view_members(viewer(), organization),
        can_read_decision_note=lambda match: policy.can_read_decision_note(viewer(), match),
        can_read_requester_note=lambda match: policy.can_read_requester_note(viewer(), match),
        can_moderate=lambda: policy.is_admin(viewer()),
        allowed_financing_actions=lambda financing: policy.allowed_financing_actions(viewer(), financing),
        readiness=readiness,
        bankability_labels=BANKABILITY_LABELS,
        outcome_of=_outcome_of,
        platform_totals=_platform_totals,
        story_words=_story_words,
        story_year=_story_year,
        checkin_label=_checkin_label,
        answer_label=_answer_label,
        rates_date=lambda: _rates().date,
        rates_source=lambda: _rates().source,
    )


def _outcome_of(match) -> dict:
    """What a match's page shows after connection: stage, history, figures, check-in, story."""
    from ..services import checkins, outcomes

    stage = outcomes.current_stage(match)
    figure, kind = outcomes.reduction(match)
    showcase = outcomes.find_showcase(match) if stage else None
    return {
        "stage": stage,
        "history": match.stage_entries,
        "reduction": figure,
        "reduction_kind": kind,
        "estimate": match.technology.co2e_reduction_t_per_year,
        "contract_usd": outcomes.contract_value_usd(match),
        "checkin": checkins.open_checkin(match) if stage else None,
        "checkin_answers": checkins.one_click_answers(stage) if stage else (),
        "answer_label": checkins.answer_label,
        "showcase": showcase,
        "published": showcase is not None and showcase.published_at is not None,
        **_financing_of(match, stage),
    }


def _financing_of(match, stage) -> dict:
    """The financing the contract named, and those the stage form offers (issue 11)."""
    from ..services import financing
    from .guards import viewer

    if not stage:
        return {"financing": None, "financing_choices": []}
    return {
        "financing": financing.contract_financing(match),
        "financing_choices": financing.financing_choices(viewer(), match),
    }


def _rates():
    from ..services import currency

    return currency.rates()


def _platform_totals() -> dict:
    from ..services import outcomes

    return outcomes.platform_totals()


def _story_words(match, language: str):
    from ..services import outcomes

    return outcomes.story_words(match, language)


def _story_year(match) -> int:
    from ..services import outcomes

    return outcomes.story_year(match)


def _answer_label(answer: str) -> str:
    from ..services import checkins

    return checkins.answer_label(answer)


def _checkin_label(checkin) -> str:
    from flask_babel import gettext

    from ..labels import stage_label

    match = checkin.match if hasattr(checkin, "match") else None
    from ..extensions import db
    from ..models import Match

    match = match or db.session.get(Match, checkin.match_id)
    return gettext(
        "%(need)s × %(technology)s, at the stage %(stage)s since we last heard.",
        need=match.need.title,
        technology=match.technology.name,
        stage=stage_label(checkin.stage),
    )
