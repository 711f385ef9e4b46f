"""What the task queue runs. Each job is an edge: it calls services, and matchmaker.tasks commits.

Scheduled jobs (``flask run-scheduled --list`` prints them; docs/operations.md explains them):
``mail_outbox`` every minute and ``close_past_deadlines`` every hour, ``expire_listings``
daily, ``daily_alert_digest`` and ``weekly_alert_digest``; matching adds
``repair_suggestions`` every minute (and the ``refresh_suggestions`` task after each change).
"""

from __future__ import annotations

from . import matching, tasks  # noqa: F401 (matching defines refresh_suggestions and repair_suggestions)
from .extensions import db
from .models import AlertFrequency, utc_now
from .services import alerts, event_agenda, listings, mail, needs
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


@tasks.task()
def check_alerts(listings_saved: list[tuple[str, int]]) -> None:
    """After a commit that saved needs or technologies: fire the alerts they now match."""
    for kind, listing_id in listings_saved:
        alerts.fire_for_listing(kind, listing_id)


@tasks.periodic(crontab(minute="0"))
def daily_alert_digest() -> None:
    """Every hour: a mail to each reader for whom it is now past 07:00, with the day's hits of their daily alerts."""
    alerts.send_digests(AlertFrequency.DAILY)


@tasks.periodic(crontab(minute="0"))
def weekly_alert_digest() -> None:
    """Every hour: the same for weekly alerts, once a reader's Monday 07:00 has passed."""
    alerts.send_digests(AlertFrequency.WEEKLY)


@tasks.periodic(crontab(minute="20", hour="6"))
def expire_listings() -> None:
    """Every day at 06:20 UTC: expire listings not updated for 12 months, remind owners 30 and 7 days before."""
    listings.expire_stale()
    listings.remind_owners()


@tasks.periodic(crontab(minute="*/15"))
def event_reminders() -> None:
    """Every 15 minutes: remind both parties of tomorrow's event meetings; after an event, ask "continue?" (once)."""
    event_agenda.send_reminders(utc_now())
    event_agenda.send_follow_ups(utc_now())


@tasks.periodic(crontab(minute="15", hour="2"))
def send_checkins() -> None:
    """Every day: ask both parties of each match unmoved for 60 days at connected, pilot or contract where it stands."""
    from .services import checkins

    checkins.send_due()
