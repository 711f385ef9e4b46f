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
    from .teams import bp as teams_bp

    areas = (main_bp, auth_bp, directory_bp, matches_bp, company_bp, city_bp, admin_bp, alerts_bp, events_bp, teams_bp)
    for blueprint in areas:
        app.register_blueprint(blueprint)
    app.register_blueprint(event_schedule_bp)
    for blueprint in (funds_bp, investor_bp):  # financing (contract financing.md)
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
    )
