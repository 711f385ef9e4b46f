"""WSGI entry point: ``gunicorn wsgi:app`` or ``flask --app wsgi ...``."""

from matchmaker.app import create_app

app = create_app()
