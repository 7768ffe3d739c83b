"""The web application: HTML pages over a Parley store, each with a JSON twin.

Every page answers at its path with HTML, and with JSON at the same path plus ``.json`` or when
asked with ``Accept: application/json``; the JSON is the very dict the page is drawn from. The
store is opened read-only (``parley.web.store``); any method but GET and HEAD gets 405.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated
from urllib.parse import parse_qsl, urlencode, urlsplit

import jinja2
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley.web import charts
from parley.web.highlight import marks_of, tokens
from parley.web.reader import MAX_LIMIT, ArticleFilters, BadRequest, NotFound, Reader
from parley.web.store import QUERY_SECONDS

HERE = Path(__file__).parent
# No script or style from anywhere but this server; no inline script; no plugins, no framing.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# Swagger UI (served from the swagger-ui-bundle package at /docs) sets inline styles.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
READ_METHODS = {"GET", "HEAD"}
# How pages and JSON twins appear in the OpenAPI document.
BOTH = {
    200: {
        "description": "The page as HTML, or as JSON with `Accept: application/json`",
        "content": {"text/html": {}, "application/json": {}},
    }
}
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page, 1 to {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=500)]
Pair = Annotated[
    str | None, Query(max_length=600, description="two sides, as A,B (actor ids or ISO codes)")
]
ActorId = Annotated[str | None, Query(max_length=256, description="an actor id")]
Mark = Annotated[
    str | None,
    Query(pattern=r"^\d{1,9}-\d{1,9}$", description="a passage to mark, as START-END offsets"),
]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every value is escaped unless a template says otherwise (none does)
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # the templates are the package's own files: compiled once, not checked on every page
        auto_reload=False,
    )
    env.filters["web_url"] = web_url
    env.filters["combine_offset"] = with_offset
    return env


def with_offset(params: dict, offset: int) -> str:
    """The query string of ``params`` (the page's own) moved to ``offset``."""
    return urlencode({**{k: v for k, v in params.items() if v}, "offset": max(offset, 0)})


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None: a stored ``javascript:`` or ``data:``
    address must never become a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def wants_json(request: Request) -> bool:
    """JSON when the path asks for it (``.json``) or the Accept header prefers it to HTML."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


class Pages:
    """Renders a page's data as HTML or JSON."""

    def __init__(self, reader: Reader, name: str) -> None:
        self.reader = reader
        self.name = name
        self.env = _environment()
        self.env.globals.update(
            name=reader.name, side_of=reader.side_of, actor_options=self.actor_options
        )

    def render(self, request: Request, template: str, data: dict, status: int = 200) -> Response:
        if wants_json(request):
            return JSONResponse(data, status_code=status)
        return HTMLResponse(self._html(request, template, data), status_code=status)

    def _html(self, request: Request, template: str, data: dict) -> str:
        return self.env.get_template(template).render(
            data=data, request=request, store=self.name, path=request.url.path
        )

    def render_story(self, request: Request, template: str, data, extra=None) -> Response:
        """A page drawn from the story alone (timeline, negotiations, places): ``data()`` as
        JSON, or the page as HTML drawn once per state of the store and address (with
        ``extra(data)`` added to what the template gets, such as the chart)."""
        if wants_json(request):
            return JSONResponse(data())

        def draw() -> str:
            found = data()
            return self._html(request, template, found | (extra(found) if extra else {}))

        key = ("html", template, request.url.path, request.url.query)
        return HTMLResponse(self.reader.derived().remember(key, draw))

    def actor_options(self, selected: str | None) -> Markup:
        """The article filter's actor choices as ``<option>`` elements, ``selected`` marked:
        drawn once per state of the store and choice (300 options were a third of the
        article list's drawing)."""

        def draw() -> Markup:
            choices = self.reader.derived().choices["actors"]
            html = self.env.get_template("actor_options.html").render(
                actors=choices, selected=selected
            )
            return Markup(html)

        return self.reader.derived().remember(("actor options", selected), draw)


def create_app(engine: Engine, name: str = "parley") -> FastAPI:
    """The application over a read-only ``engine`` (``parley.web.store.open_read_only``);
    ``name`` is how the store is shown (never with a password)."""
    reader = Reader(engine)
    pages = Pages(reader, name)
    app = FastAPI(
        title="Parley",
        summary="Browse an attributed record of conflict and negotiation news.",
        description="Every page has a JSON twin: the same path with `.json`, or the page's path "
        "with `Accept: application/json`. Read-only.",
        version=_version(),
        docs_url=None,
        redoc_url=None,
    )
    app.state.reader = reader
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _mount_docs(app, pages)
    _guard(app)
    _errors(app, pages)
    _routes(app, reader, pages)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("parley")
    except PackageNotFoundError:
        return "0"


def _mount_docs(app: FastAPI, pages: Pages) -> None:
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return HTMLResponse(pages.env.get_template("docs.html").render(request=request))


def _guard(app: FastAPI) -> None:
    app.add_middleware(Guard)


class Guard:
    """Plain ASGI middleware (cheaper than Starlette's ``BaseHTTPMiddleware`` on every request):
    refuses writes and NUL characters, answers HEAD as GET, drops empty parameters, and sets
    the security headers on every response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"].startswith(("/docs", "/docs-assets"))
        policy = (DOCS_CSP if docs else CSP).encode()

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    (b"content-security-policy", policy),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
            await send(message)

        refusal = _refused(scope)
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
            return
        # HEAD is answered as GET (the server itself sends no body to a HEAD request)
        inner = {**scope, "method": "GET", "query_string": _without_empty(scope)}
        await self.app(inner, receive, send_with_headers)


def _refused(scope) -> Response | None:
    """The answer to a request the server will not serve: any method that would write, and an
    address holding a NUL character (no database takes one)."""
    method = scope["method"]
    if method not in READ_METHODS:
        return JSONResponse(
            {"detail": f"{method} is not allowed: this server only reads the store"},
            status_code=405,
            headers={"Allow": "GET, HEAD"},
        )
    if "\x00" in scope["path"] or b"%00" in scope.get("query_string", b""):
        return JSONResponse({"detail": "the address holds a NUL character"}, status_code=400)
    return None


def _without_empty(scope) -> bytes:
    """The query string less the parameters given empty (``since=``): a filter form sends
    every field, and an empty one means "any"."""
    raw = scope.get("query_string", b"")
    if b"=&" not in raw + b"&":
        return raw
    kept = [(k, v) for k, v in parse_qsl(raw.decode("latin-1"), keep_blank_values=True) if v]
    return urlencode(kept).encode("latin-1")


def _errors(app: FastAPI, pages: Pages) -> None:
    def error(request: Request, status: int, title: str, message: str) -> Response:
        if wants_json(request) or request.url.path.startswith("/static"):
            return JSONResponse({"detail": message}, status_code=status)
        return pages.render(request, "error.html", {"title": title, "detail": message}, status)

    @app.exception_handler(BadRequest)
    def bad_request(request: Request, exc: BadRequest) -> Response:
        return error(request, 400, "Bad request", str(exc))

    @app.exception_handler(NotFound)
    def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, "Not found", str(exc))

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, "Error", str(exc.detail))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}"
            for e in exc.errors()
        )
        return error(request, 422, "Bad request", problems)

    @app.exception_handler(OperationalError)
    def slow(request: Request, exc: OperationalError) -> Response:
        return error(
            request,
            503,
            "Too slow",
            f"the query took longer than {QUERY_SECONDS:g} s or the store could not be read; "
            "narrow the filters and try again",
        )

    @app.exception_handler(SQLAlchemyError)
    def unreadable(request: Request, exc: SQLAlchemyError) -> Response:
        return error(request, 503, "Store unavailable", "the store could not be read just now")


def _routes(app: FastAPI, reader: Reader, pages: Pages) -> None:
    """Each page's two routes: the JSON twin first (``.json`` paths would otherwise be read as
    part of an id), then the page.

    Handlers are ``async`` and query the store in the event loop: their queries take a
    millisecond or two, and run faster there than through a thread (450-850 against 230-300
    requests/s on a 10,000-article store, ``benchmarks/web.py``). The price: a query that runs
    long (up to ``QUERY_SECONDS``, then it is interrupted) holds that server process's other
    requests; ``parley serve --workers N`` runs N processes."""

    @app.get("/index.json", tags=["json"], summary="Overview: counts, negotiations, actors")
    async def overview_json() -> dict:
        return reader.overview()

    @app.get("/", tags=["pages"], response_class=HTMLResponse, responses=BOTH)
    async def overview(request: Request) -> Response:
        """Overview: what the store holds, its negotiations, the most mentioned actors."""
        return pages.render(request, "index.html", reader.overview())

    @app.get("/articles.json", tags=["json"], summary="Articles, filtered and searched")
    async def articles_json(
        q: Text = None,
        outlet: Text = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        actor: ActorId = None,
        type: Annotated[str | None, Query(max_length=32)] = None,
        pair: Pair = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict:
        f = ArticleFilters(q, outlet, since, until, actor, type, pair, limit, offset)
        return reader.articles(f)

    @app.get("/articles", tags=["pages"], response_class=HTMLResponse, responses=BOTH)
    async def articles(
        request: Request,
        q: Text = None,
        outlet: Text = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        actor: ActorId = None,
        type: Annotated[str | None, Query(max_length=32, description="PLOVER type")] = None,
        pair: Pair = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        """Articles, newest first: filter by outlet, date range, actor, event type, pair of
        sides; search title and text (SQLite FTS5 or PostgreSQL full text)."""
        f = ArticleFilters(q, outlet, since, until, actor, type, pair, limit, offset)
        return pages.render(request, "articles.html", reader.articles(f))

    @app.get("/articles/{article_id:path}.json", tags=["json"], summary="One article")
    async def article_json(article_id: str) -> dict:
        return reader.article(article_id)

    @app.get(
        "/articles/{article_id:path}", tags=["pages"], response_class=HTMLResponse, responses=BOTH
    )
    async def article(request: Request, article_id: str, mark: Mark = None) -> Response:
        """One article with its evidence marked: attributions (source, cue, content), events,
        actor mentions; ``mark`` marks a passage another page links to."""
        data = reader.article(article_id)
        linked = _linked(mark, len(data["article"]["text"]))
        if wants_json(request):
            return JSONResponse(data)
        text = data["article"]["text"]
        extra = {"tokens": tokens(text, marks_of(data, linked)), "linked": linked}
        return pages.render(request, "article.html", data | extra)

    @app.get("/actors.json", tags=["json"], summary="Actors, most mentioned first")
    async def actors_json(
        q: Text = None,
        type: Annotated[str | None, Query(max_length=32)] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict:
        return reader.actors(q, type, limit, offset)

    @app.get("/actors", tags=["pages"], response_class=HTMLResponse, responses=BOTH)
    async def actors(
        request: Request,
        q: Text = None,
        type: Annotated[str | None, Query(max_length=32, description="actor type")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Response:
        """Actors, most mentioned first; search by name or id, filter by type."""
        return pages.render(request, "actors.html", reader.actors(q, type, limit, offset))

    @app.get("/actors/{actor_id:path}.json", tags=["json"], summary="One actor")
    async def actor_json(actor_id: str) -> dict:
        return reader.actor(actor_id)

    @app.get("/actors/{actor_id:path}", tags=["pages"], response_class=HTMLResponse, responses=BOTH)
    async def actor(request: Request, actor_id: str) -> Response:
        """One actor: names seen, country and role, what they said, what they did and had done
        to them, with whom they negotiate."""
        return pages.render(request, "actor.html", reader.actor(actor_id))

    @app.get("/events/{event_id}.json", tags=["json"], summary="One story event")
    async def story_event_json(event_id: str) -> dict:
        return reader.story_event(event_id)

    @app.get("/events/{event_id}", tags=["pages"], response_class=HTMLResponse, responses=BOTH)
    async def story_event(request: Request, event_id: str) -> Response:
        """One real-world event: every report of it side by side and where they disagree."""
        return pages.render(request, "event.html", reader.story_event(event_id))

    @app.get("/timeline.json", tags=["json"], summary="Dated story events in order")
    async def timeline_json(actor: ActorId = None, pair: Pair = None) -> dict:
        return reader.timeline(actor, pair)

    @app.get("/timeline", tags=["pages"], response_class=HTMLResponse, responses=BOTH)
    async def timeline(request: Request, actor: ActorId = None, pair: Pair = None) -> Response:
        """Dated story events for an actor's side or a pair of sides: a chart by type over time
        and the list."""
        return pages.render_story(
            request,
            "timeline.html",
            lambda: reader.timeline(actor, pair),
            lambda data: {"chart": charts.timeline_chart(data["events"])},
        )

    @app.get("/negotiations.json", tags=["json"], summary="Negotiations and their items")
    async def negotiations_json(pair: Pair = None) -> dict:
        return reader.negotiations(pair)

    @app.get("/negotiations", tags=["pages"], response_class=HTMLResponse, responses=BOTH)
    async def negotiations(request: Request, pair: Pair = None) -> Response:
        """Each negotiation (or the one of a pair): demands, proposals, accepted, rejected,
        commitments with deadlines and kept/broken/open, each linked to its reports."""
        return pages.render_story(request, "negotiations.html", lambda: reader.negotiations(pair))

    @app.get("/places.json", tags=["json"], summary="Places of story events")
    async def places_json() -> dict:
        return reader.places()

    @app.get("/places", tags=["pages"], response_class=HTMLResponse, responses=BOTH)
    async def places(request: Request) -> Response:
        """The story's events on a world map drawn offline, each linked to its story event."""
        return pages.render_story(
            request,
            "places.html",
            reader.places,
            lambda data: {"map": charts.world_map(data["places"])},
        )

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg")


def _linked(mark: str | None, length: int) -> tuple[int, int] | None:
    """The passage ``mark`` names (START-END), which must lie inside the article."""
    if mark is None:
        return None
    start, end = (int(v) for v in mark.split("-"))
    if not start < end <= length:
        raise BadRequest(f"mark {mark} is not a passage of this article ({length} characters)")
    return start, end
