"""The scheduler's inputs and outputs, and the one check every schedule must pass."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Slot:
    """One meeting slot: ``key`` names it (the service uses the UTC start), ``tables`` is its session's count."""

    key: Hashable
    session: Hashable
    tables: int


@dataclass(frozen=True)
class Placement:
    slot: Hashable
    table: int  # 1-based, as printed on the table


@dataclass(frozen=True)
class Meeting:
    """An accepted meeting of two organisations; ``fixed`` is where it already is (kept exactly)."""

    id: Hashable
    org_a: Hashable
    org_b: Hashable
    weight: float = 1.0
    fixed: Placement | None = None

    @property
    def orgs(self) -> tuple[Hashable, Hashable]:
        return (self.org_a, self.org_b)


@dataclass
class Problem:
    slots: list[Slot]
    meetings: list[Meeting]
    unavailable: dict[Hashable, set[Hashable]] = field(default_factory=dict)  # organisation -> slot keys

    def is_unavailable(self, org: Hashable, slot: Hashable) -> bool:
        return slot in self.unavailable.get(org, ())


@dataclass
class Schedule:
    placements: dict[Hashable, Placement]  # meeting id -> where, the fixed ones included
    unplaced: list[Hashable]  # meeting ids, in the input's order
    objective: float  # total weight of the placed meetings, fixed ones included
    bound: float  # no schedule can have a larger objective (the LP / MIP dual bound)
    method: str
    status: str = "optimal"  # "optimal", "time_limit" (the incumbent, the gap to bound open), "heuristic"
    seconds: float = 0.0

    @property
    def gap(self) -> float:
        """How far the objective may be from the optimum, as a fraction of the bound."""
        return 0.0 if self.bound <= 0 else max(0.0, (self.bound - self.objective) / self.bound)


def check_schedule(problem: Problem, schedule: Schedule) -> list[str]:
    """Every rule a schedule breaks, as text (empty when it is valid); the tests and benchmark call it."""
    faults: list[str] = []
    slots = {slot.key: slot for slot in problem.slots}
    by_id = {meeting.id: meeting for meeting in problem.meetings}
    busy: dict[tuple, Hashable] = {}
    tables: dict[tuple, Hashable] = {}
    for meeting_id, place in schedule.placements.items():
        meeting = by_id[meeting_id]
        if meeting.fixed is not None:
            if place != meeting.fixed:
                faults.append(f"meeting {meeting_id} moved from {meeting.fixed} to {place}")
            continue  # kept as it was, whatever else it breaks
        slot = slots.get(place.slot)
        if slot is None or not 1 <= place.table <= slot.tables:
            faults.append(f"meeting {meeting_id} at a table or slot that does not exist: {place}")
        for org in meeting.orgs:
            if problem.is_unavailable(org, place.slot):
                faults.append(f"meeting {meeting_id} in a slot {org} is unavailable for")
    for meeting_id, place in schedule.placements.items():
        for org in by_id[meeting_id].orgs:
            other = busy.setdefault((org, place.slot), meeting_id)
            if other != meeting_id:
                faults.append(f"{org} twice in slot {place.slot}: meetings {other} and {meeting_id}")
        other = tables.setdefault((place.slot, place.table), meeting_id)
        if other != meeting_id:
            faults.append(f"table {place.table} twice in slot {place.slot}: meetings {other} and {meeting_id}")
    missing = set(by_id) - set(schedule.placements) - set(schedule.unplaced)
    if missing:
        faults.append(f"meetings neither placed nor listed unplaced: {sorted(map(str, missing))}")
    return faults


def assign_tables(
    problem: Problem, slot_of: dict[Hashable, Hashable], order: Iterable[Hashable]
) -> dict[Hashable, Placement]:
    """Tables once the slots are chosen: fixed meetings keep theirs, the others take the lowest free ones."""
    tables = {slot.key: slot.tables for slot in problem.slots}
    taken: dict[Hashable, set[int]] = defaultdict(set)
    placements: dict[Hashable, Placement] = {}
    for meeting in problem.meetings:
        if meeting.fixed is not None:
            placements[meeting.id] = meeting.fixed
            taken[meeting.fixed.slot].add(meeting.fixed.table)
    for meeting_id in order:
        slot = slot_of[meeting_id]
        table = next(number for number in range(1, tables[slot] + 1) if number not in taken[slot])
        taken[slot].add(table)
        placements[meeting_id] = Placement(slot, table)
    return placements


def fixed_usage(problem: Problem) -> tuple[set[tuple], dict[Hashable, int]]:
    """What the fixed meetings already hold: (organisation, slot) pairs and tables per slot."""
    busy: set[tuple] = set()
    used: dict[Hashable, int] = defaultdict(int)
    for meeting in problem.meetings:
        if meeting.fixed is not None:
            used[meeting.fixed.slot] += 1
            busy.update((org, meeting.fixed.slot) for org in meeting.orgs)
    return busy, used


def free_tables(problem: Problem) -> dict[Hashable, int]:
    """Tables still free per slot, after the fixed meetings (never below zero)."""
    _, used = fixed_usage(problem)
    return {slot.key: max(0, slot.tables - used[slot.key]) for slot in problem.slots}
