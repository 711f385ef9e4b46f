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

    for blueprint in (main_bp, auth_bp, directory_bp, company_bp, city_bp, admin_bp):
        app.register_blueprint(blueprint)
