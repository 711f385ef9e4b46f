"""What the task queue runs. Each job is an edge: it calls services, and matchmaker.tasks commits.

Scheduled jobs (``flask run-scheduled --list`` prints them; docs/operations.md explains them):
``mail_outbox`` every minute and ``close_past_deadlines`` every hour; matching adds
``repair_suggestions`` every minute (and the ``refresh_suggestions`` task after each change).
"""

from __future__ import annotations

from . import matching, tasks  # noqa: F401 (matching defines refresh_suggestions and repair_suggestions)
from .extensions import db
from .models import utc_now
from .services import mail, needs
from .tasks import crontab


@tasks.task()
def send_mail(mail_id: int) -> None:
    """Send one outbox mail: claim it, hand it to the SMTP server, mark it sent or retry later."""
    message = mail.claim(mail_id)
    db.session.commit()  # the claim stands, and no database lock is held while SMTP talks
    if message is not None:
        mail.record_outcome(mail_id, mail.transmit(message))


@tasks.periodic(crontab(minute="*"))
def mail_outbox() -> None:
    """Every minute: retry queued mails whose sending is overdue (a lost task); forget old sent ones."""
    mail.requeue_lost()
    mail.purge_sent()


@tasks.periodic(crontab(minute="5"))
def close_past_deadlines() -> None:
    """Every hour: close the open needs whose deadline has passed, and tell their cities."""
    needs.close_past_deadlines(utc_now().date())


@tasks.periodic(crontab(minute="15", hour="2"))
def send_checkins() -> None:
    """Every day: ask both parties of each match unmoved for 60 days at connected, pilot or contract where it stands."""
    from .services import checkins

    checkins.send_due()
