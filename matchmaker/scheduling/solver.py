"""The schedule as a mixed-integer program, solved by HiGHS through ``scipy.optimize.milp``.

One binary x[m, s] per meeting m not yet placed and slot s it may take (both organisations
available and not already held there by a fixed meeting, a table still free). Maximise the
placed weight subject to: each meeting at most once; each organisation at most once per slot;
at most the free tables per slot. Tables are numbered afterwards (any meetings of one slot fit
its free tables), so they need no variables. The LP relaxation's bound comes back with the
answer; on a time limit HiGHS returns its best schedule so far and the bound still open.
"""

from __future__ import annotations

import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import csr_array

from .greedy import greedy
from .model import Meeting, Problem, Schedule, assign_tables, fixed_usage, free_tables

DEFAULT_TIME_LIMIT = 8.0  # seconds, the whole solve: the organiser's request must answer
DEFAULT_GAP = 0.005  # stop once the schedule is provably within 0.5 % of the best possible
LP_SHARE = 0.75  # of the time limit, at most, for the LP relaxation


def solve(problem: Problem, *, time_limit: float = DEFAULT_TIME_LIMIT, gap: float = DEFAULT_GAP) -> Schedule:
    """The LP relaxation gives the bound and, rounded, a schedule; the MIP runs only while the gap is open.

    HiGHS' own MIP search finds its first good schedule late (for 1,500 meetings after ~6 s,
    mostly in a sub-MIP), so the rounded LP is the incumbent and the MIP, given what is left of
    the time limit, replaces it only with a better one.
    """
    started = time.perf_counter()
    fixed_weight = sum(m.weight for m in problem.meetings if m.fixed is not None)
    columns = _columns(problem)
    if not columns:
        return _without_variables(problem, fixed_weight, started)
    weights = np.array([meeting.weight for meeting, _ in columns], dtype=float)
    constraints = _constraints(problem, columns)
    relaxed = linprog(
        -weights, A_ub=constraints.A, b_ub=constraints.ub, bounds=(0, 1), method="highs",
        options={"time_limit": LP_SHARE * time_limit},
    )
    if relaxed.status != 0 or relaxed.x is None:  # the LP ran out of time (a very busy machine): first fit
        return _first_fit_instead(problem, started)
    bound = -float(relaxed.fun)
    chosen, method = _better_of(_round(problem, columns, relaxed.x, weights), _greedy_columns(problem, columns),
                                weights)
    remaining = time_limit - (time.perf_counter() - started)
    if _gap(_weight(chosen, weights), bound) > gap and remaining > 0.5:
        exact = milp(
            c=-weights,
            constraints=constraints,
            integrality=np.ones(len(columns)),
            bounds=Bounds(0, 1),
            options={"time_limit": remaining, "mip_rel_gap": gap, "disp": False},
        )
        if exact.x is not None:
            bound = min(bound, -float(getattr(exact, "mip_dual_bound", exact.fun)))
            picked = list(np.flatnonzero(exact.x > 0.5))
            if _weight(picked, weights) > _weight(chosen, weights):
                chosen, method = picked, "milp"
    objective = _weight(chosen, weights)
    slot_of = {columns[i][0].id: columns[i][1] for i in chosen}
    placements = assign_tables(problem, slot_of, slot_of)
    return Schedule(
        placements=placements,
        unplaced=[m.id for m in problem.meetings if m.id not in placements],
        objective=fixed_weight + objective,
        bound=fixed_weight + max(bound, objective),
        method=method,
        status="optimal" if _gap(objective, bound) <= gap else "time_limit",
        seconds=time.perf_counter() - started,
    )


def _better_of(rounded: list[int], first_fit: list[int], weights: np.ndarray) -> tuple[list[int], str]:
    """The rounded LP, unless first fit happens to place more weight (it never costs more than 0.1 s)."""
    if _weight(first_fit, weights) > _weight(rounded, weights):
        return first_fit, "first fit (LP bound)"
    return rounded, "lp+rounding"


def _greedy_columns(problem: Problem, columns: list[tuple[Meeting, object]]) -> list[int]:
    """First fit's choice, as column numbers."""
    placed = greedy(problem).placements
    return [col for col, (meeting, slot) in enumerate(columns)
            if meeting.fixed is None and meeting.id in placed and placed[meeting.id].slot == slot]


def _first_fit_instead(problem: Problem, started: float) -> Schedule:
    schedule = greedy(problem)
    schedule.method, schedule.status = "first fit (LP out of time)", "time_limit"
    schedule.seconds = time.perf_counter() - started
    return schedule


def _weight(chosen: list[int], weights: np.ndarray) -> float:
    return float(weights[chosen].sum()) if chosen else 0.0


ROUNDING = 1e-9  # the LP's bound and a schedule's summed weights differ in the last bits (…907, …905)


def _gap(objective: float, bound: float) -> float:
    """The relative gap, rounding noise counted as none."""
    relative = 0.0 if bound <= ROUNDING else (bound - objective) / bound
    return 0.0 if relative <= ROUNDING else relative


def _round(problem: Problem, columns: list[tuple[Meeting, object]], x: np.ndarray, weights: np.ndarray) -> list[int]:
    """Columns by LP value (then weight), each taken while its meeting, organisations and slot are free."""
    busy, _ = fixed_usage(problem)
    free = free_tables(problem)
    placed: set = set()
    chosen: list[int] = []
    for col in np.lexsort((-weights, -np.round(x, 6))):
        meeting, slot = columns[col]
        if meeting.id in placed or free[slot] <= 0 or any((org, slot) in busy for org in meeting.orgs):
            continue
        chosen.append(int(col))
        placed.add(meeting.id)
        free[slot] -= 1
        busy.update((org, slot) for org in meeting.orgs)
    return chosen


def _columns(problem: Problem) -> list[tuple[Meeting, object]]:
    """(meeting, slot) pairs the meeting may take."""
    busy, _ = fixed_usage(problem)
    free = free_tables(problem)
    open_slots = [slot.key for slot in problem.slots if free[slot.key] > 0]
    return [
        (meeting, slot)
        for meeting in problem.meetings
        if meeting.fixed is None
        for slot in open_slots
        if not any((org, slot) in busy or problem.is_unavailable(org, slot) for org in meeting.orgs)
    ]


def _constraints(problem: Problem, columns: list[tuple[Meeting, object]]) -> LinearConstraint:
    rows: dict[tuple, int] = {}  # ("meeting", id) / ("org", org, slot) / ("slot", slot) -> row number
    upper: list[float] = []
    free = free_tables(problem)
    entries_row: list[int] = []
    entries_col: list[int] = []

    def row(key: tuple, limit: float) -> int:
        if key not in rows:
            rows[key] = len(upper)
            upper.append(limit)
        return rows[key]

    for col, (meeting, slot) in enumerate(columns):
        keys = [(("meeting", meeting.id), 1), (("slot", slot), free[slot])]
        keys += [(("org", org, slot), 1) for org in meeting.orgs]
        for key, limit in keys:
            entries_row.append(row(key, limit))
            entries_col.append(col)
    matrix = csr_array(
        (np.ones(len(entries_row)), (np.array(entries_row), np.array(entries_col))),
        shape=(len(upper), len(columns)),
    )
    return LinearConstraint(matrix, -np.inf, np.array(upper, dtype=float))


def _without_variables(problem: Problem, fixed_weight: float, started: float, status: str = "optimal") -> Schedule:
    """Only the fixed meetings: nothing else fits (optimal), or the solver found nothing in time."""
    placements = assign_tables(problem, {}, ())
    open_weight = sum(m.weight for m in problem.meetings if m.fixed is None)
    return Schedule(
        placements=placements,
        unplaced=[m.id for m in problem.meetings if m.id not in placements],
        objective=fixed_weight,
        bound=fixed_weight if status == "optimal" else fixed_weight + open_weight,
        method="milp",
        status=status,
        seconds=time.perf_counter() - started,
    )
