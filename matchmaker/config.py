"""Settings: defaults here, overrides from the environment (see contracts/api.md).

Secrets never live in the code: SECRET_KEY comes from the environment or from a file
generated once in the instance folder.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

SECRET_KEY_FILE = "secret_key"


def load_or_create_secret_key(instance_path: str) -> str:
    """Return the key kept in ``instance/secret_key``, creating it on first use.

    Several gunicorn workers may start at once: the key is written to a temporary file
    and hard-linked into place, which fails if another worker won the race, so every
    worker ends up reading the same key.
    """
    path = Path(instance_path) / SECRET_KEY_FILE
    if not path.exists():
        Path(instance_path).mkdir(parents=True, exist_ok=True)
        candidate = path.with_name(f".{SECRET_KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
        candidate.write_text(secrets.token_hex(32))
        candidate.chmod(0o600)
        try:
            os.link(candidate, path)
        except FileExistsError:
            pass
        finally:
            candidate.unlink()
    return path.read_text().strip()


def settings_from_environment(instance_path: str) -> dict:
    """Build the configuration mapping from environment variables and defaults."""
    env = os.environ
    https = env.get("MATCHMAKER_HTTPS", "") in {"1", "true", "yes"}
    database_url = env.get("DATABASE_URL") or f"sqlite:///{Path(instance_path) / 'matchmaker.db'}"
    host, port = env.get("HOST", "127.0.0.1"), int(env.get("PORT", "5000"))
    return {
        "SECRET_KEY": env.get("SECRET_KEY") or load_or_create_secret_key(instance_path),
        "SQLALCHEMY_DATABASE_URI": normalise_database_url(database_url),
        "HOST": host,
        "PORT": port,
        # The site's public address: every link in a mail starts with it.
        "BASE_URL": (env.get("BASE_URL") or f"http://{host}:{port}").rstrip("/"),
        "PASSWORD_RESET_LIFETIME": timedelta(hours=1),
        "INVITATION_LIFETIME": timedelta(days=7),
        "EMAIL_CHANGE_LIFETIME": timedelta(hours=24),
        "MAIL_SERVER": env.get("MAIL_SERVER") or None,
        "MAIL_PORT": int(env.get("MAIL_PORT", "25")),
        "MAIL_SENDER": env.get("MAIL_SENDER", "Matchmaker <no-reply@matchmaker.local>"),
        # Where people write to us (the footer's contact page).
        "CONTACT_EMAIL": env.get("CONTACT_EMAIL", "contact@matchmaker.local"),
        # Outgoing mail is stored, then sent by the task queue: attempt n failing waits
        # MAIL_RETRY_DELAY * 4**(n-1) seconds (1, 4, 16, 64 min); after MAIL_MAX_ATTEMPTS it is
        # kept as failed for the admins. A worker holds a mail for MAIL_SEND_LEASE seconds.
        "MAIL_MAX_ATTEMPTS": 5,
        "MAIL_RETRY_DELAY": float(env.get("MAIL_RETRY_DELAY", "60")),
        "MAIL_SEND_LEASE": float(env.get("MAIL_SEND_LEASE", "120")),
        # The task queue (matchmaker/tasks.py): Redis when REDIS_URL is set (several hosts),
        # otherwise a SQLite file in the instance folder, with no server.
        "REDIS_URL": env.get("REDIS_URL") or None,
        "TASK_QUEUE_PATH": env.get("TASK_QUEUE_PATH") or str(Path(instance_path) / "tasks.db"),
        "TASKS_IMMEDIATE": False,  # tests: run each task at once, in the process that queues it
        # Anonymous public reads answered from memory (matchmaker/response_cache.py); "off" for
        # measuring the uncached cost.
        "RESPONSE_CACHE": env.get("RESPONSE_CACHE", "on"),
        # Cookies: HttpOnly and SameSite always; Secure with the __Host- prefix over HTTPS.
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": https,
        "SESSION_COOKIE_NAME": "__Host-session" if https else "session",
        "PREFERRED_URL_SCHEME": "https" if https else "http",
        "PERMANENT_SESSION_LIFETIME": timedelta(hours=12),
        "MAX_CONTENT_LENGTH": 1024 * 1024,
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
        "BABEL_DEFAULT_LOCALE": "en",
        "BABEL_DEFAULT_TIMEZONE": "UTC",
        "LANGUAGES": ("en", "zh"),
        "API_TOKEN_LIFETIME": timedelta(days=int(env.get("API_TOKEN_DAYS", "30"))),
        "SESSION_LIFETIME": timedelta(hours=12),
        # Throttles (services/throttle.py): attempts allowed before a back-off that starts at
        # THROTTLE_BACKOFF and doubles to THROTTLE_BACKOFF_MAX; a key quiet for THROTTLE_WINDOW
        # starts afresh. Counters live in the database, so they hold across workers and hosts.
        "LOGIN_FAILURES_PER_ACCOUNT_ADDRESS": int(env.get("LOGIN_FAILURES_PER_ACCOUNT_ADDRESS", "5")),
        "LOGIN_FAILURES_PER_ADDRESS": int(env.get("LOGIN_FAILURES_PER_ADDRESS", "20")),
        "SIGNUPS_PER_EMAIL": int(env.get("SIGNUPS_PER_EMAIL", "5")),
        "SIGNUPS_PER_ADDRESS": int(env.get("SIGNUPS_PER_ADDRESS", "20")),
        "PASSWORD_RESETS_PER_EMAIL": int(env.get("PASSWORD_RESETS_PER_EMAIL", "3")),
        "PASSWORD_RESETS_PER_ADDRESS": int(env.get("PASSWORD_RESETS_PER_ADDRESS", "20")),
        "THROTTLE_BACKOFF": timedelta(seconds=30),
        "THROTTLE_BACKOFF_MAX": timedelta(minutes=15),
        "THROTTLE_WINDOW": timedelta(minutes=15),
        # Proxies in front of the app whose X-Forwarded-For/-Proto are believed (Werkzeug's
        # ProxyFix); 0, the default, believes none: the client address is the peer's.
        "TRUSTED_PROXIES": int(env.get("TRUSTED_PROXIES", "0")),
        # SQLite: how long a writer waits for the lock before the request answers 503.
        "SQLITE_BUSY_TIMEOUT_MS": int(env.get("SQLITE_BUSY_TIMEOUT_MS", "15000")),
        # Bulk import: each transaction holds the write lock about this long, then yields it.
        "IMPORT_TRANSACTION_SECONDS": float(env.get("IMPORT_TRANSACTION_SECONDS", "0.5")),
    }


def normalise_database_url(url: str) -> str:
    """Let ``postgres://`` and ``postgresql://`` URLs use psycopg 3, the installed driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url
