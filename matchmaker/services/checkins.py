"""Check-ins: every 60 days a match at connected, pilot or contract asks both parties, in their
language, "where does it stand?" (mail and in-app), with one-click answers.

The mail's answers are signed links, one per answer and person (itsdangerous, keyed by the
app's secret); a check-in takes one answer, so every link is single-use. The same answers are
buttons on the match's page. A match with two check-ins in a row unanswered is "stalled" for
the admins.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..extensions import db
from ..models import CheckIn, Match, MatchStage, MatchStatus, Notification, User, utc_now
from . import audit, mail, matches, notifications, outcomes, policy
from .errors import Conflict, Gone, NotFound, PermissionDenied

EVERY = timedelta(days=60)
ASKED_AT = frozenset({MatchStage.CONNECTED, MatchStage.PILOT, MatchStage.CONTRACT})
STALLED_AFTER = 2  # check-ins in a row without an answer
TOKEN_MAX_AGE = int(timedelta(days=90).total_seconds())


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="matchmaker.checkin")


def one_click_answers(stage: MatchStage) -> tuple[str, ...]:
    """"no_change", and moving to pilot from connected (the later stages need their figures: the page)."""
    return ("no_change", "pilot") if stage is MatchStage.CONNECTED else ("no_change",)


# --- sending (the send_checkins job) ---------------------------------------------------------


def due_matches(now=None) -> list[Match]:
    """Connected matches at connected, pilot or contract, unmoved and unasked for 60 days."""
    now = now or utc_now()
    candidates = db.session.execute(
        db.select(Match).where(Match.status == MatchStatus.CONNECTED, Match.stage.in_(ASKED_AT))
    ).scalars()
    return [match for match in candidates if _last_activity(match) <= now - EVERY]


def _last_activity(match: Match):
    from datetime import UTC, datetime, time

    moments = [match.updated_at]
    if match.stage_entries:
        moments.append(datetime.combine(match.stage_entries[-1].date, time(), UTC))
    last = db.session.execute(db.select(db.func.max(CheckIn.sent_at)).where(CheckIn.match_id == match.id)).scalar()
    if last is not None:
        moments.append(last if last.tzinfo else last.replace(tzinfo=UTC))
    return max(moments)


def send_due(now=None) -> int:
    """Ask every due match's parties; how many check-ins were sent."""
    due = due_matches(now)
    for match in due:
        ask(match)
    return len(due)


def ask(match: Match) -> CheckIn:
    checkin = CheckIn(match_id=match.id, stage=match.stage, sent_at=utc_now())
    db.session.add(checkin)
    db.session.flush()
    for organization in (match.need.organization, match.technology.organization):
        for member in organization.members:
            if member.active:
                _ask_member(member, match, checkin)
    return checkin


def _ask_member(member: User, match: Match, checkin: CheckIn) -> None:
    base = current_app.config["BASE_URL"]
    page = f"/matches/{match.id}"
    data = {**matches._names(match), "stage": checkin.stage.value}
    db.session.add(Notification(user_id=member.id, kind="match_checkin", payload={**data, "answers": ""}, link=page))
    language = member.locale or "en"
    with force_locale(language):
        answers = one_click_answers(checkin.stage)
        lines = [f"{answer_label(a)}: {base}/checkins/{token(checkin, member, a)}" for a in answers]
        moved_on = _("It has moved on: update the stage on the match page")
        lines.append(f"{moved_on}: {base}{page}#stage")
        subject, body = notifications._texts("match_checkin", {**data, "answers": "\n".join(lines)})
    mail.queue(mail.Mail(to=member.email, subject=subject, body=body, language=language, secret=True))


def token(checkin: CheckIn, user: User, answer: str) -> str:
    return _serializer().dumps({"c": checkin.id, "u": user.id, "a": answer})


def answer_label(answer: str) -> str:
    if answer == "no_change":
        return _("No change")
    return _("Moved to %(stage)s", stage=outcomes.stage_label(answer))


# --- answering --------------------------------------------------------------------------------


def read_token(secret: Any) -> tuple[CheckIn, User, str]:
    """(check-in, user, answer) of a signed link; Gone once used or too old, NotFound if forged."""
    try:
        data = _serializer().loads(str(secret), max_age=TOKEN_MAX_AGE)
    except SignatureExpired:
        raise Gone(_("This link has expired. Answer on the match's page instead.")) from None
    except BadSignature:
        raise NotFound(_("This link is not valid.")) from None
    checkin = db.session.get(CheckIn, data.get("c"))
    user = db.session.get(User, data.get("u"))
    if checkin is None or user is None or not user.active:
        raise NotFound(_("This link is not valid."))
    if checkin.answered_at is not None:
        raise Gone(_("This check-in was already answered. Thank you!"))
    return checkin, user, str(data.get("a"))


def answer(user: User, checkin_id: int, reply: str) -> Match:
    """Record ``reply`` ("no_change" or a stage reached) to a check-in; exactly one answer counts."""
    checkin = db.session.get(CheckIn, checkin_id)
    if checkin is None:
        raise NotFound(_("No such check-in."))
    match = matches.get_match(user, checkin.match_id)
    if not policy.can_move_stage(user, match) or policy.is_admin(user):
        raise PermissionDenied(_("Only the two parties answer a check-in."))
    if reply not in one_click_answers(checkin.stage):
        raise Conflict(_("This answer is not offered for this check-in."))
    claimed = db.session.execute(
        db.update(CheckIn)
        .where(CheckIn.id == checkin.id, CheckIn.answered_at.is_(None))
        .values(answered_at=utc_now(), answered_by_id=user.id, answer=reply)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        raise Gone(_("This check-in was already answered. Thank you!"))
    audit.record(user, "match.checkin", match, answer=reply)
    if reply != "no_change":
        stage_move = {"stage": reply, "date": outcomes.today_for(user), "note": _("Answered a check-in")}
        outcomes.move_stage(user, match.id, stage_move)
    return match


def open_checkin(match: Match) -> CheckIn | None:
    return db.session.execute(
        db.select(CheckIn)
        .where(CheckIn.match_id == match.id, CheckIn.answered_at.is_(None))
        .order_by(CheckIn.sent_at.desc(), CheckIn.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def answer_open(user: User, match_id: int, reply: str) -> Match:
    """The buttons on the match's page answer its latest open check-in."""
    match = matches.get_match(user, match_id)
    checkin = open_checkin(match)
    if checkin is None:
        raise Conflict(_("There is no open check-in for this match."))
    return answer(user, checkin.id, reply)


def close_open(match: Match, stage: MatchStage) -> None:
    """A stage move answers the match's open check-ins."""
    db.session.execute(
        db.update(CheckIn)
        .where(CheckIn.match_id == match.id, CheckIn.answered_at.is_(None))
        .values(answered_at=utc_now(), answer=stage.value)
        .execution_options(synchronize_session=False)
    )


def stalled_matches() -> list[tuple[Match, CheckIn]]:
    """Matches still asked about whose last two check-ins went unanswered, with the latest one."""
    result = []
    asked = db.session.execute(
        db.select(Match).where(Match.status == MatchStatus.CONNECTED, Match.stage.in_(ASKED_AT))
    ).scalars()
    for match in asked:
        latest = list(
            db.session.execute(
                db.select(CheckIn)
                .where(CheckIn.match_id == match.id)
                .order_by(CheckIn.sent_at.desc(), CheckIn.id.desc())
                .limit(STALLED_AFTER)
            ).scalars()
        )
        if len(latest) == STALLED_AFTER and all(c.answered_at is None for c in latest):
            result.append((match, latest[0]))
    return result
