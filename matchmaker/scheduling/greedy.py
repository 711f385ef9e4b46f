"""First fit: the baseline the solver is measured against (heaviest meeting first, earliest free slot)."""

from __future__ import annotations

import time
from collections import defaultdict

from .model import Problem, Schedule, assign_tables, fixed_usage, free_tables


def greedy(problem: Problem) -> Schedule:
    started = time.perf_counter()
    busy, _ = fixed_usage(problem)
    free = free_tables(problem)
    placed: dict = {}
    order = sorted((m for m in problem.meetings if m.fixed is None), key=lambda m: -m.weight)
    for meeting in order:
        for slot in problem.slots:
            key = slot.key
            if free[key] <= 0:
                continue
            if any((org, key) in busy or problem.is_unavailable(org, key) for org in meeting.orgs):
                continue
            placed[meeting.id] = key
            free[key] -= 1
            busy.update((org, key) for org in meeting.orgs)
            break
    placements = assign_tables(problem, placed, placed)
    weight = defaultdict(float, {m.id: m.weight for m in problem.meetings})
    objective = sum(weight[meeting_id] for meeting_id in placements)
    return Schedule(
        placements=placements,
        unplaced=[m.id for m in problem.meetings if m.id not in placements],
        objective=objective,
        bound=sum(weight.values()),  # greedy proves nothing better than "all of them"
        method="greedy",
        status="heuristic",
        seconds=time.perf_counter() - started,
    )
