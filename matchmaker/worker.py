"""The task consumer's entry point: ``huey_consumer matchmaker.worker.huey`` (see the Procfile).

Builds the app from the environment, as wsgi.py does, so tasks see the same settings.
"""

from .app import create_app
from .tasks import huey

app = create_app()

__all__ = ["app", "huey"]
