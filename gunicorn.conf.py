"""gunicorn settings read from the repository root (`make run`, or `gunicorn wsgi:app` here)."""


def post_worker_init(worker):
    """Each worker builds its warm matching index in the background as soon as it starts."""
    from matchmaker import matching

    matching.warm_up(worker.wsgi)
