"""gunicorn settings read from the repository root (`make run`, or `gunicorn wsgi:app` here)."""


def post_worker_init(worker):
    """Each worker builds its warm matching index in the background as soon as it starts."""
    from matchmaker import matching

    matching.warm_up(worker.wsgi)

# The access log shows paths without their query strings: a password reset link's token
# travels in one (?token=...) and must never be written to a log.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(a)s"'
