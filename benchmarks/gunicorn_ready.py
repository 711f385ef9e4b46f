"""gunicorn settings for bench_load.py: each worker says when it is ready to be measured.

Workers import the app after the fork and then build their warm matching index in the
background, as gunicorn.conf.py has them do in production: several seconds each on a busy
machine. One answer does not mean all are ready, and a worker still building would take CPU
from the measurement. So each worker touches a file in BENCH_READY_DIR once its app is loaded
(and, for Matchmaker, its index built); bench_load.py waits for one file per worker.
"""

import os
import threading
from pathlib import Path


def post_worker_init(worker) -> None:
    ready = Path(os.environ["BENCH_READY_DIR"]) / str(worker.pid)
    if os.environ.get("BENCH_BARE"):
        ready.touch()
        return
    from matchmaker import matching

    warming = matching.warm_up(worker.wsgi)  # what gunicorn.conf.py does

    def report() -> None:
        warming.join()
        ready.touch()

    threading.Thread(target=report, daemon=True).start()
