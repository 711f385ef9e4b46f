"""gunicorn settings for bench_load.py: each worker says when it has loaded the app.

Workers import the app on their own after the fork (several seconds each on a busy machine),
so one answer does not mean all are ready: bench_load.py waits for one file per worker.
"""

import os
from pathlib import Path


def post_worker_init(worker) -> None:
    folder = os.environ.get("BENCH_READY_DIR")
    if folder:
        (Path(folder) / str(worker.pid)).touch()
