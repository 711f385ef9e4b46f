"""Meeting scheduling for events: put accepted one-to-one meetings into slots and at tables.

Pure Python + scipy: no Flask, no database, no ``matchmaker.models`` (a test checks), so the
solver is tested and benchmarked on plain dataclasses. ``solve`` is the mixed-integer program
(``scipy.optimize.milp``, HiGHS); ``greedy`` is the first-fit baseline it is measured against.
``services/event_schedule.py`` turns rows into these inputs and the placements back into rows.
"""

from .greedy import greedy
from .model import Meeting, Placement, Problem, Schedule, Slot, check_schedule
from .solver import solve

__all__ = ["Meeting", "Placement", "Problem", "Schedule", "Slot", "check_schedule", "greedy", "solve"]
