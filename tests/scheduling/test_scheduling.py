"""The pure scheduler: never double-books an organisation or a table, keeps fixed meetings, beats first fit."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.scheduling import Meeting, Placement, Problem, Schedule, Slot, check_schedule, greedy, solve


@st.composite
def problems(draw) -> Problem:
    """A random small event: sessions of slots with tables, meetings of organisation pairs, absences."""
    slots = [
        Slot(key=(session, index), session=session, tables=tables)
        for session in range(draw(st.integers(1, 3)))
        for tables in [draw(st.integers(1, 3))]
        for index in range(draw(st.integers(1, 4)))
    ]
    organisations = list(range(draw(st.integers(2, 8))))
    pairs = draw(st.lists(st.tuples(st.sampled_from(organisations), st.sampled_from(organisations)).filter(
        lambda pair: pair[0] != pair[1]), max_size=20))
    weights = draw(st.lists(st.floats(0.5, 2.0), min_size=len(pairs), max_size=len(pairs)))
    meetings = [Meeting(f"m{i}", a, b, weight) for i, ((a, b), weight) in enumerate(zip(pairs, weights, strict=True))]
    keys = [slot.key for slot in slots]
    unavailable = {org: set(draw(st.lists(st.sampled_from(keys), max_size=len(keys)))) for org in organisations}
    problem = Problem(slots, meetings, unavailable)
    # fix a random part of a valid schedule, then make some organisations unavailable there too
    placed = greedy(problem).placements
    fixed_ids = draw(st.sets(st.sampled_from(sorted(placed)))) if placed else set()
    meetings = [Meeting(m.id, m.org_a, m.org_b, m.weight, placed[m.id] if m.id in fixed_ids else None)
                for m in meetings]
    for meeting_id in draw(st.sets(st.sampled_from(sorted(fixed_ids)))) if fixed_ids else ():
        unavailable[meetings[int(meeting_id[1:])].org_a].add(placed[meeting_id].slot)
    return Problem(slots, meetings, unavailable)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(problems())
def test_the_solver_never_double_books_and_keeps_fixed_meetings(problem: Problem):
    schedule = solve(problem, gap=0.0)
    assert check_schedule(problem, schedule) == []
    for meeting in problem.meetings:
        if meeting.fixed is not None:
            assert schedule.placements[meeting.id] == meeting.fixed
    assert set(schedule.placements) | set(schedule.unplaced) == {m.id for m in problem.meetings}
    assert not set(schedule.placements) & set(schedule.unplaced)


@SETTINGS
@given(problems())
def test_first_fit_never_double_books_and_keeps_fixed_meetings(problem: Problem):
    schedule = greedy(problem)
    assert check_schedule(problem, schedule) == []
    assert all(schedule.placements[m.id] == m.fixed for m in problem.meetings if m.fixed is not None)


@SETTINGS
@given(problems())
def test_the_optimum_is_at_least_first_fit_and_at_most_the_bound(problem: Problem):
    exact, first_fit = solve(problem, gap=0.0), greedy(problem)
    assert exact.status == "optimal"
    assert first_fit.objective <= exact.objective + 1e-6
    assert exact.objective <= exact.bound + 1e-6


def test_the_solver_places_what_first_fit_misses():
    """A and B meet; A also meets C who is only free in slot 1: first fit puts A-B in slot 1 and loses A-C."""
    slots = [Slot(1, "s", 1), Slot(2, "s", 1)]
    meetings = [Meeting("ab", "A", "B", 2.0), Meeting("ac", "A", "C", 1.0)]
    problem = Problem(slots, meetings, {"C": {2}})
    assert greedy(problem).unplaced == ["ac"]
    schedule = solve(problem)
    assert schedule.unplaced == []
    assert schedule.placements == {"ab": Placement(2, 1), "ac": Placement(1, 1)}
    assert schedule.objective == schedule.bound == 3.0


def test_tables_are_numbered_after_the_fixed_ones_and_full_slots_leave_meetings_unplaced():
    slots = [Slot("10:00", "s", 2)]
    meetings = [Meeting("fixed", "A", "B", fixed=Placement("10:00", 1)), Meeting("cd", "C", "D"),
                Meeting("ef", "E", "F")]
    schedule = solve(Problem(slots, meetings))
    assert schedule.placements["fixed"] == Placement("10:00", 1)
    assert len(schedule.placements) == 2 and schedule.unplaced in (["cd"], ["ef"])
    assert next(p for k, p in schedule.placements.items() if k != "fixed") == Placement("10:00", 2)


def test_a_heavier_meeting_wins_the_last_table():
    slots = [Slot(1, "s", 1)]
    schedule = solve(Problem(slots, [Meeting("light", "A", "B", 1.1), Meeting("heavy", "C", "D", 1.9)]))
    assert list(schedule.placements) == ["heavy"] and schedule.unplaced == ["light"]


def test_check_schedule_reports_a_double_booking():
    slots = [Slot(1, "s", 2)]
    problem = Problem(slots, [Meeting("x", "A", "B"), Meeting("y", "A", "C")])
    bad = Schedule({"x": Placement(1, 1), "y": Placement(1, 1)}, [], 2, 2, "hand")
    faults = check_schedule(problem, bad)
    assert any("A twice in slot 1" in fault for fault in faults)
    assert any("table 1 twice" in fault for fault in faults)


def test_the_scheduler_imports_no_flask_database_or_models():
    code = (
        "import sys, matchmaker.scheduling\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlalchemy', 'flask_sqlalchemy',"
        " 'werkzeug') or m.startswith(('matchmaker.models', 'matchmaker.app', 'matchmaker.services')))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_out_of_time_the_solver_still_answers_with_a_valid_schedule():
    """A very busy machine: the LP gets no time, first fit answers and says so."""
    slots = [Slot(k, "s", 2) for k in range(6)]
    meetings = [Meeting(i, f"c{i % 7}", f"t{i % 5}", 1.0) for i in range(30)]
    problem = Problem(slots, meetings)
    schedule = solve(problem, time_limit=0.0)
    assert schedule.status == "time_limit" and schedule.method.startswith("first fit")
    assert check_schedule(problem, schedule) == []
    assert schedule.placements


def test_rounding_noise_between_bound_and_objective_is_no_gap():
    """Hypothesis found it: the LP bound 8.121626678967907 against the same schedule's 8.121626678967905."""
    slots = [Slot((0, i), 0, 1) for i in range(3)] + [Slot((1, i), 1, 2) for i in range(4)]
    pairs = [(0, 5, 1.9369118290447895), (2, 4, 1.0), (0, 4, 1.0), (2, 5, 2.0), (0, 3, 1.684714849923116),
             (0, 1, 1.0), (0, 2, 1.0), (0, 2, 1.0), (0, 2, 1.5)]
    meetings = [Meeting(f"m{i}", a, b, weight) for i, (a, b, weight) in enumerate(pairs)]
    unavailable = {0: {(0, 0), (0, 1), (0, 2)}, 1: set(), 2: {(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)},
                   3: {(1, 0), (1, 2), (1, 3)}, 4: {(1, 2)}, 5: {(1, 3)}}
    schedule = solve(Problem(slots, meetings, unavailable), gap=0.0)
    assert schedule.status == "optimal"
    assert schedule.objective == pytest.approx(schedule.bound)
