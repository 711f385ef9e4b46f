"""The public answers cache (matchmaker/response_cache.py): fast repeats, never a stale page."""

from __future__ import annotations

import pytest

from matchmaker.extensions import db
from matchmaker.models import Need, Organization, Technology, User
from matchmaker.services import needs, technologies
from matchmaker.services import search as search_service
from matchmaker.services.public_version import PREPARED_NAME, VERSION_QUERY

from .conftest import POSTGRES_URL, TECHNOLOGY

LISTS = ("/technologies", "/api/v1/technologies?per_page=5", "/technologies?category=smart-grid")


def _cache(app):
    return app.extensions["response_cache"]


def test_a_repeated_anonymous_read_is_answered_from_the_cache(app, client, make_user, make_technology):
    make_technology(make_user("company"), name="Cached grid platform")
    first = client.get("/technologies")
    assert first.status_code == 200 and len(_cache(app).entries) == 1
    second = client.get("/technologies")
    assert second.get_data() == first.get_data()
    assert second.headers["Cache-Control"] == "no-cache" and second.headers["ETag"] == first.headers["ETag"]
    assert "Content-Security-Policy" in second.headers  # the usual headers on a cached answer too


def test_a_cookieless_repeat_is_answered_before_flask_with_the_same_bytes_and_never_stale(
    app, client, make_user, make_technology, monkeypatch
):
    from matchmaker.response_cache import BeforeFlask

    flask_saw = []
    before_flask = app.wsgi_app
    assert isinstance(before_flask, BeforeFlask)
    flask = before_flask.wsgi_app

    def counted(environ, start_response):
        flask_saw.append(environ["PATH_INFO"])
        return flask(environ, start_response)

    monkeypatch.setattr(before_flask, "wsgi_app", counted)
    company = make_user("company")
    technology_id = make_technology(company, name="Early answer platform")
    first = client.get("/api/v1/technologies?per_page=5")
    second = client.get("/api/v1/technologies?per_page=5")
    assert len(flask_saw) == 1  # the repeat never reached Flask
    client.get("/api/v1/technologies?q=grid%20platform")
    client.get("/api/v1/technologies?q=grid%20platform")
    assert len(flask_saw) == 2  # an encoded query too
    assert second.status == first.status and second.get_data() == first.get_data()
    assert sorted(second.headers.items()) == sorted(first.headers.items())  # security headers included
    assert "Content-Security-Policy" in second.headers and second.headers["Cache-Control"] == "no-cache"
    with app.app_context():
        user = db.session.get(User, company.id)
        technologies.update_technology(user, db.session.get(Technology, technology_id), {"trl": 9})
        db.session.commit()
    fresh = client.get("/api/v1/technologies?per_page=5")
    assert fresh.get_json()["items"][0]["trl"] == 9 and len(flask_saw) == 3  # a new version: Flask answers
    # A cookie, a token, a conditional request or ?lang= always go to Flask.
    for cookie, headers, path in (
        ("other", {}, "/api/v1/technologies?per_page=5"),
        (None, {"Authorization": "Bearer nothing"}, "/api/v1/technologies?per_page=5"),
        (None, {"If-None-Match": first.headers["ETag"]}, "/api/v1/technologies?per_page=5"),
        (None, {}, "/technologies?lang=zh"),
        (None, {}, "/technologies?l%61ng=zh"),
    ):
        if cookie:
            client.set_cookie(cookie, "1")
        before = len(flask_saw)
        client.get(path, headers=headers)
        for name in (cookie, "session"):
            if name:
                client.delete_cookie(name)
        assert len(flask_saw) == before + 1, (cookie, headers, path)


def test_the_etag_answers_304_until_something_changes(app, client, make_user, make_technology):
    company = make_user("company")
    technology_id = make_technology(company, name="Tagged platform")
    etag = client.get("/api/v1/technologies").headers["ETag"]
    assert client.get("/api/v1/technologies", headers={"If-None-Match": etag}).status_code == 304
    with app.app_context():
        user = db.session.get(User, company.id)
        technologies.update_technology(user, db.session.get(Technology, technology_id), {"trl": 9})
        db.session.commit()
    again = client.get("/api/v1/technologies", headers={"If-None-Match": etag})
    assert again.status_code == 200 and again.get_json()["items"][0]["trl"] == 9


def test_a_published_technology_shows_at_once_in_lists_and_counts(app, client, make_user, make_technology):
    company = make_user("company")
    make_technology(company, name="First platform")
    for path in LISTS:
        assert client.get(path).status_code == 200  # cached now
    draft_id = make_technology(company, name="Second platform", status="draft")
    assert "Second platform" not in client.get("/technologies").get_data(as_text=True)
    with app.app_context():
        user = db.session.get(User, company.id)
        technologies.update_technology(user, db.session.get(Technology, draft_id), {"status": "published"})
        db.session.commit()
    assert "Second platform" in client.get("/technologies").get_data(as_text=True)
    assert "Second platform" in client.get("/technologies?category=smart-grid").get_data(as_text=True)
    assert client.get("/api/v1/technologies?per_page=5").get_json()["total"] == 2


def test_an_edited_need_shows_at_once(app, client, make_user, make_need):
    city = make_user("city")
    need_id = make_need(city, title="Cut peak load in Futian")
    assert "Cut peak load in Futian" in client.get("/needs").get_data(as_text=True)
    assert client.get(f"/api/v1/needs/{need_id}").get_json()["title"] == "Cut peak load in Futian"
    with app.app_context():
        user = db.session.get(User, city.id)
        needs.update_need(user, db.session.get(Need, need_id), {"title": "Shave the evening peak"})
        db.session.commit()
    page = client.get("/needs").get_data(as_text=True)
    assert "Shave the evening peak" in page and "Cut peak load in Futian" not in page
    assert client.get(f"/api/v1/needs/{need_id}").get_json()["title"] == "Shave the evening peak"
    assert client.get("/api/v1/needs?q=evening").get_json()["total"] == 1


def test_a_bulk_statement_through_the_session_changes_the_version(app, client, make_user, make_technology):
    """The importer writes with bulk statements, not ORM objects: those count too."""
    company = make_user("company")
    technology_id = make_technology(company, name="Bulk platform")
    assert client.get("/api/v1/technologies").get_json()["total"] == 1
    with app.app_context():
        search_service.remove_document("technology", technology_id)
        db.session.execute(db.delete(Technology).where(Technology.id == technology_id))
        db.session.commit()
    assert client.get("/api/v1/technologies").get_json()["total"] == 0


def test_an_organisation_losing_its_verification_disappears_at_once(app, client, make_user, make_technology):
    company = make_user("company")
    make_technology(company, name="Unverified soon")
    assert "Unverified soon" in client.get("/technologies").get_data(as_text=True)
    with app.app_context():
        db.session.get(Organization, company.organization_id).verified = False
        db.session.commit()
    assert "Unverified soon" not in client.get("/technologies").get_data(as_text=True)


def test_a_rolled_back_change_keeps_the_cache(app, client, make_user, make_technology):
    make_technology(make_user("company"))
    etag = client.get("/technologies").headers["ETag"]
    with app.app_context():
        db.session.get(Technology, 1).name = "Never committed"
        db.session.flush()
        db.session.rollback()
    assert client.get("/technologies").headers["ETag"] == etag


def test_each_language_has_its_own_answer(client):
    for language in ("en", "zh", "en", "zh"):
        page = client.get("/technologies", headers={"Accept-Language": language}).get_data(as_text=True)
        assert ('<html lang="zh-CN">' in page) is (language == "zh")


def test_signed_in_users_and_tokens_are_never_served_from_the_cache(app, client, make_user, login, api_token):
    company = make_user("company")
    client.get("/technologies")
    client.get("/api/v1/technologies")
    cached = len(_cache(app).entries)
    assert client.get("/api/v1/technologies", headers=api_token(company)).headers["Cache-Control"] == "no-store"
    login(company)
    assert client.get("/technologies").headers["Cache-Control"] == "no-store"
    assert len(_cache(app).entries) == cached


def test_a_page_with_a_flashed_message_is_not_cached(app, client):
    with client.session_transaction() as session:
        session["_flashes"] = [("success", "Saved.")]
    client.get("/technologies")
    assert _cache(app).entries == {}


def test_a_cached_count_follows_a_change_for_signed_in_readers(app, client, make_user, make_technology, api_token):
    """Signed-in reads skip the response cache but share the count cache (services/records)."""
    company = make_user("company")
    headers = api_token(company)
    make_technology(company, name="Counted once")
    assert client.get("/api/v1/technologies?category=smart-grid", headers=headers).get_json()["total"] == 1
    draft_id = make_technology(company, name="Counted later", status="draft")
    assert client.get("/api/v1/technologies?category=smart-grid", headers=headers).get_json()["total"] == 1
    with app.app_context():
        user = db.session.get(User, company.id)
        technologies.update_technology(user, db.session.get(Technology, draft_id), {"status": "published"})
        db.session.commit()
    answer = client.get("/api/v1/technologies?category=smart-grid", headers=headers).get_json()
    assert answer["total"] == 2 and answer["pages"] == 1


def _rename_first_technology(app, name: str) -> None:
    with app.app_context():
        db.session.get(Technology, 1).name = name
        db.session.commit()


def _serve_after_the_parents_commit(app, pipe) -> None:
    """In a forked child: the page from the inherited cache, then again after the parent's commit."""
    try:
        with app.app_context():
            db.engine.dispose(close=False)  # the parent's pooled connections stay the parent's
        client = app.test_client()
        before = client.get("/technologies").get_data(as_text=True)
        pipe.send("cached" if "First name" in before else "wrong before")
        pipe.recv()  # the parent has committed
        after = client.get("/technologies").get_data(as_text=True)
        pipe.send("fresh" if "Second name" in after and "First name" not in after else "stale")
        pipe.recv()
        _rename_first_technology(app, "Third name")  # now the child commits
        pipe.send("committed")
    except Exception as error:  # reported to the parent, which fails the test
        pipe.send(repr(error))
    finally:
        pipe.close()


def test_another_process_never_serves_a_page_older_than_a_commit(app, client, make_user, make_technology):
    """Each process keeps its own cache and its own connection for the token (gunicorn forks
    workers): a commit in one process is seen by the next request in the other, both ways."""
    import multiprocessing

    make_technology(make_user("company"), name="First name")
    assert "First name" in client.get("/technologies").get_data(as_text=True)  # cached, token read
    parent_end, child_end = multiprocessing.Pipe()
    child = multiprocessing.get_context("fork").Process(target=_serve_after_the_parents_commit, args=(app, child_end))
    child.start()
    try:
        assert parent_end.recv() == "cached"
        _rename_first_technology(app, "Second name")
        parent_end.send("go")
        assert parent_end.recv() == "fresh"
        assert "Second name" in client.get("/technologies").get_data(as_text=True)  # cached again here
        parent_end.send("go")
        assert parent_end.recv() == "committed"
        page = client.get("/technologies").get_data(as_text=True)
        assert "Third name" in page and "Second name" not in page
    finally:
        child.join(timeout=60)
    assert child.exitcode == 0


def test_an_answer_from_the_cache_takes_no_connection_from_the_pool(app, client, make_user, make_technology):
    """The token is read on the reader's own connection: a hit starts no session transaction."""
    from sqlalchemy import event

    make_technology(make_user("company"))
    client.get("/api/v1/technologies")
    checkouts = []

    def count_checkout(*_args) -> None:
        checkouts.append(1)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "checkout", count_checkout)
    try:
        answer = client.get("/api/v1/technologies")
    finally:
        event.remove(engine, "checkout", count_checkout)
    assert answer.status_code == 200 and answer.get_json()["total"] == 1
    assert checkouts == []


def test_without_the_readers_connection_the_session_reads_the_token(
    app, client, make_user, make_technology, monkeypatch
):
    from matchmaker.services.public_version import VersionReader

    def refuse(self):
        raise ConnectionError("the database went away")

    company = make_user("company")
    technology_id = make_technology(company, name="Before the outage")
    assert "Before the outage" in client.get("/technologies").get_data(as_text=True)
    monkeypatch.setattr(VersionReader, "read", refuse)
    _rename_first_technology(app, "During the outage")
    assert technology_id == 1
    page = client.get("/technologies")
    assert page.status_code == 200 and "During the outage" in page.get_data(as_text=True)


def _reader(app):
    with app.app_context():
        return app.extensions["public_version_readers"][db.engine]


def _on_readers_connection(app, sql: str) -> list:
    cursor = _reader(app).local.connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall() if cursor.description else []
    finally:
        cursor.close()


@pytest.mark.skipif(not POSTGRES_URL, reason="PostgreSQL's prepared statements")
def test_on_postgresql_the_token_is_read_through_a_statement_prepared_once(app, client, make_user, make_technology):
    make_technology(make_user("company"))
    for _ in range(3):
        assert client.get("/api/v1/technologies").status_code == 200
    rows = _on_readers_connection(app, "SELECT name, statement FROM pg_prepared_statements")
    assert [(name, statement) for name, statement in rows] == [(PREPARED_NAME.decode(), VERSION_QUERY)]


@pytest.mark.skipif(not POSTGRES_URL, reason="PostgreSQL's prepared statements")
def test_a_lost_prepared_statement_never_serves_a_stale_page(app, client, make_user, make_technology):
    """A pooler or a reset session can drop the reader's statement: libpq then answers with an
    error result rather than raising. Taken as "no token", every later change would be served
    from the answer cached under that empty key."""
    make_technology(make_user("company"), name="First name")
    assert "First name" in client.get("/technologies").get_data(as_text=True)
    _on_readers_connection(app, "DEALLOCATE ALL")
    for name in ("Second name", "Third name"):
        _rename_first_technology(app, name)
        assert name in client.get("/technologies").get_data(as_text=True)
    assert _on_readers_connection(app, "SELECT count(*) FROM pg_prepared_statements") == [(1,)]  # prepared anew


# ---------------------------------------------------------------- a search's ids, kept per version

SEARCH = "/api/v1/technologies?q=demand+response&per_page=1"


def _search_statements(app, call) -> list[str]:
    """The statements ``call`` ran that walked the search index."""
    from sqlalchemy import event

    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        if "search_documents" in statement:
            seen.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return seen


def test_paging_through_a_search_walks_the_search_index_once(app, client, make_user, make_technology, api_token):
    """Signed-in readers skip the response cache: their pages 2, 3… of a search reuse its ids."""
    company = make_user("company")
    for n in range(3):
        make_technology(company, name=f"Demand response {n}")
    headers = api_token(company)
    first = _search_statements(app, lambda: client.get(SEARCH + "&page=1", headers=headers))
    assert len(first) == 1  # the ids, once: the count and the page both use them
    pages = []
    later = _search_statements(
        app, lambda: pages.extend(client.get(SEARCH + f"&page={n}", headers=headers) for n in (2, 3))
    )
    assert later == []
    assert [page.get_json()["total"] for page in pages] == [3, 3]
    names = [client.get(SEARCH + "&page=1", headers=headers).get_json()["items"][0]["name"]]
    names += [page.get_json()["items"][0]["name"] for page in pages]
    assert sorted(names) == [f"Demand response {n}" for n in range(3)]


def test_a_kept_search_follows_every_commit(app, client, make_user, make_technology, api_token):
    company = make_user("company")
    make_technology(company, name="Demand response one")
    make_technology(company, name="Heat pumps", description="Air-source heat pumps for homes.")
    headers = api_token(company)
    assert client.get(SEARCH, headers=headers).get_json()["total"] == 1
    second = make_technology(company, name="Demand response two")
    answer = client.get(SEARCH.replace("per_page=1", "per_page=5"), headers=headers).get_json()
    assert answer["total"] == 2
    assert {item["name"] for item in answer["items"]} == {"Demand response one", "Demand response two"}
    with app.app_context():
        technologies.delete_technology(db.session.get(User, company.id), db.session.get(Technology, second))
        db.session.commit()
    answer = client.get(SEARCH.replace("per_page=1", "per_page=5"), headers=headers).get_json()
    assert answer["total"] == 1 and [item["name"] for item in answer["items"]] == ["Demand response one"]


def test_a_search_inside_a_writing_transaction_sees_its_own_changes(app, client, make_user, make_technology, api_token):
    """Its version is still the one before the change: the ids kept under it must not be used."""
    from matchmaker.services.records import parse_list_query

    company = make_user("company")
    make_technology(company, name="Demand response one")
    assert client.get(SEARCH, headers=api_token(company)).get_json()["total"] == 1  # ids kept
    with app.app_context():
        owner = db.session.get(User, company.id)
        technologies.create_technology(owner, {**TECHNOLOGY, "name": "Demand response two"})
        db.session.flush()
        page = technologies.list_public_technologies(parse_list_query({"q": "demand response"}))
        assert {technology.name for technology in page.items} == {"Demand response one", "Demand response two"}
        db.session.rollback()


def test_the_directorys_country_and_region_lists_speak_the_readers_language(client):
    for language, china, guangdong in (
        ("en", "China", "Guangdong"),
        ("zh", "中国", "广东"),
        ("en", "China", "Guangdong"),
    ):
        page = client.get("/technologies?lang=" + language).get_data(as_text=True)
        assert f'<option value="CN" >{china}</option>' in page
        assert f'<optgroup label="{china}">' in page and guangdong in page


@pytest.mark.skipif(not POSTGRES_URL, reason="PostgreSQL drivers")
def test_another_postgresql_driver_reads_the_token_with_a_plain_query(app, client, make_user, make_technology):
    """The prepared read uses psycopg 3's libpq binding; any other driver keeps the cursor."""
    from sqlalchemy import create_engine

    from matchmaker.services.public_version import VersionReader

    make_technology(make_user("company"))
    with app.app_context():
        expected = public_version_now()
    engine = create_engine(POSTGRES_URL)
    engine.dialect.driver = "another"  # as psycopg2 or pg8000 would name themselves
    try:
        reader = VersionReader(engine)
        assert not reader.prepared
        token = reader.read()
        assert token is not None and token.strip('"') == expected
        cursor = reader.local.connection.cursor()
        cursor.execute("SELECT count(*) FROM pg_prepared_statements")
        assert cursor.fetchone() == (0,)
    finally:
        engine.dispose()


def public_version_now() -> str:
    from matchmaker.services.public_version import public_version

    return public_version()
