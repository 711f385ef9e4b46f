"""Full-text search over technologies and needs, in English and Chinese.

One query path for both databases: every record has a lower-cased search document, and a
query matches when each of its terms occurs in it (``LIKE '%term%'``). The database's own
index makes that fast: an FTS5 table with the trigram tokenizer on SQLite, a pg_trgm GIN
index on PostgreSQL. Trigrams work for Chinese, which has no spaces between words.
Queries are bound parameters and their LIKE wildcards match literally: text, never SQL.
(A term of fewer than three characters has no trigram: it is matched by a scan, as before.)

Across languages: the engine's lexicon expands each phrase of a query into the terms of the
same concept in English and Chinese (``scoring.search_terms.expand_query``). A record matches
when, for every phrase, it contains the phrase or one of its equivalents: one indexed
``LIKE`` per term, joined by ``UNION``. With a query the lists rank by ``relevance``.
"""

from __future__ import annotations

from flask import has_app_context
from sqlalchemy import ColumnElement, Connection, case, column, event, func, literal, or_, select, table, text, union
from sqlalchemy.sql import Select

from ..extensions import db
from ..scoring.search_terms import expand_query

SEARCH_TABLE = "search_documents"
documents = table(SEARCH_TABLE, column("kind"), column("record_id"), column("body"))
MAX_TERMS = 8


def create_search_table(connection: Connection) -> None:
    """Create the search table in the form the connected database indexes best."""
    if connection.dialect.name == "sqlite":
        connection.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} "
                "USING fts5(kind UNINDEXED, record_id UNINDEXED, body, tokenize='trigram')"
            )
        )
        return
    connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    connection.execute(
        text(
            f"CREATE TABLE IF NOT EXISTS {SEARCH_TABLE} "
            "(kind VARCHAR(16) NOT NULL, record_id INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, record_id))"
        )
    )
    connection.execute(
        text(f"CREATE INDEX IF NOT EXISTS ix_{SEARCH_TABLE}_body ON {SEARCH_TABLE} USING gin (body gin_trgm_ops)")
    )


def drop_search_table(connection: Connection) -> None:
    connection.execute(text(f"DROP TABLE IF EXISTS {SEARCH_TABLE}"))


@event.listens_for(db.metadata, "after_create")
def _after_create(_metadata, connection: Connection, **_kw) -> None:
    create_search_table(connection)


@event.listens_for(db.metadata, "before_drop")
def _before_drop(_metadata, connection: Connection, **_kw) -> None:
    drop_search_table(connection)


def normalise(body: str) -> str:
    return " ".join(body.casefold().split())


def index_document(kind: str, record_id: int, body: str) -> None:
    """Store (or replace) the search document of one record."""
    remove_document(kind, record_id)
    db.session.execute(documents.insert().values(kind=kind, record_id=record_id, body=normalise(body)))


def remove_document(kind: str, record_id: int) -> None:
    db.session.execute(documents.delete().where(documents.c.kind == kind, documents.c.record_id == record_id))


def query_terms(query: str) -> list[str]:
    """The distinct terms of a query (at most MAX_TERMS), lower-cased."""
    return list(dict.fromkeys(normalise(query).split()))[:MAX_TERMS]


LIKE_SPECIAL = ("\\", "%", "_")
TRIGRAM = 3


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_term(term: str) -> ColumnElement[bool]:
    """``body`` contains ``term`` as it is (a bound parameter; % and _ are literal).

    SQLite's FTS5 trigram index serves a plain ``LIKE`` but not one with an ESCAPE clause, so a
    term of three or more characters with nothing to escape is compared without one. A plain
    pattern means the same on both databases, as it holds no character to escape (PostgreSQL's
    default escape character is the backslash, SQLite has none). A shorter term has no trigram to
    look up and keeps ``ESCAPE '\\'``, which SQLite evaluates itself: FTS5 (3.40) misreads
    patterns under three characters, missing non-ASCII ones (污泥) and crashing beside a longer one.
    """
    if len(term) >= TRIGRAM and not any(char in term for char in LIKE_SPECIAL):
        return documents.c.body.like(f"%{term}%")
    return documents.c.body.like(f"%{_escape_like(term)}%", escape="\\")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _containing_any(kind: str, terms: tuple[str, ...]):
    """The ids of ``kind`` records containing any of ``terms``.

    On SQLite the terms of three characters or more go to FTS5 as one ``MATCH`` of quoted
    phrases joined by OR (a trigram phrase is a substring, as with LIKE): one index walk
    instead of one LIKE per term, each re-reading the rows its trigrams point to. Elsewhere
    (and for shorter terms) one LIKE each, joined by UNION: pg_trgm's GIN index serves each.
    """
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    selects = []
    if long_terms and has_app_context() and db.session.get_bind().dialect.name == "sqlite":
        expression = " OR ".join(map(_fts_phrase, long_terms))
        matched = documents.c.body.match(expression)
        selects.append(select(documents.c.record_id).where(documents.c.kind == kind, matched))
        terms = tuple(term for term in terms if len(term) < TRIGRAM)
    selects += [select(documents.c.record_id).where(documents.c.kind == kind, contains_term(term)) for term in terms]
    return selects[0] if len(selects) == 1 else union(*selects)


def matching_ids(kind: str, query: str) -> Select | None:
    """A SELECT of the ids of ``kind`` records matching every phrase of the query, each in
    either language, or None for no terms."""
    groups = expand_query(query)
    if not groups:
        return None
    first = _containing_any(kind, groups[0]).subquery()
    return select(first.c.record_id).where(*(first.c.record_id.in_(_containing_any(kind, g)) for g in groups[1:]))


TITLE_WEIGHT, TYPED_WEIGHT, TEXT_WEIGHT = 4, 2, 1


def _mentions(column_, terms: tuple[str, ...]) -> ColumnElement[bool]:
    lowered = func.lower(column_)
    return or_(*(lowered.contains(term, autoescape=True) for term in terms))


def relevance(query: str, title, description) -> ColumnElement[int]:
    """How well a record matches: per phrase, 4 when its title holds the phrase or an
    equivalent, 2 more when the title holds it as typed, 1 when the description holds it as
    typed. Computed on the records' own columns, only for the rows that matched; descriptions
    are long, so only the typed phrase is looked for there."""
    score = literal(0)
    for phrase, *others in expand_query(query):
        score = score + case((_mentions(title, (phrase, *others)), TITLE_WEIGHT), else_=0)
        score = score + case((_mentions(title, (phrase,)), TYPED_WEIGHT), else_=0)
        score = score + case((_mentions(description, (phrase,)), TEXT_WEIGHT), else_=0)
    return score
