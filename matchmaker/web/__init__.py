"""The HTML side: one blueprint package per area, each guarding its role once."""

from __future__ import annotations

from flask import Flask


def register_web(app: Flask) -> None:
    from .admin import bp as admin_bp
    from .auth import bp as auth_bp
    from .city import bp as city_bp
    from .company import bp as company_bp
    from .directory import bp as directory_bp
    from .main import bp as main_bp
    from .matches import bp as matches_bp

    for blueprint in (main_bp, auth_bp, directory_bp, matches_bp, company_bp, city_bp, admin_bp):
        app.register_blueprint(blueprint)

    @app.context_processor
    def unread_notification_count() -> dict:
        from flask_login import current_user

        from ..services.notifications import unread_count

        if not current_user.is_authenticated:
            return {"unread_notifications": 0}
        return {"unread_notifications": unread_count(current_user)}
