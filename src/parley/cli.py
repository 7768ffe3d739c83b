"""Parley's command line. ``parley --help`` and each command's ``--help`` are its manual."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from parley.ingest import SUFFIXES, Skipped, iter_inputs
from parley.model import Article, Extraction, text_sha1

app = typer.Typer(
    help="Parley turns news about conflicts and negotiations into an attributed record: who "
    "said what, who did what to whom, where and when.",
    no_args_is_help=True,
    add_completion=False,
    # paragraphs of a docstring are joined as Markdown, not broken where the source breaks
    rich_markup_mode="markdown",
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        out.print(f"parley {version('parley')}", highlight=False)
        raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print Parley's version and exit."
        ),
    ] = False,
) -> None:
    """Parley turns news about conflicts and negotiations into an attributed record: who said
    what, who did what to whom, where and when."""


# Messages name files in full: soft wrapping keeps a long path on one line for grep.
err = Console(stderr=True, soft_wrap=True)
out = Console()

# Where `parley run` keeps its database unless --db or $PARLEY_DB says otherwise.
DB_SETTING = "PARLEY_DB"
DEFAULT_DB = "parley.sqlite"
EXAMPLES = Path(__file__).parent / "examples" / "articles.jsonl"

ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        metavar="NAME_OR_FOLDER",
        help="An installed spaCy pipeline (name or folder) to use instead of the shipped one; "
        "also read from $PARLEY_MODEL.",
    ),
]
PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="YYYY-MM-DD",
        help="Publication date YYYY-MM-DD for plain text input; relative dates resolve against it.",
    ),
]
RegistryOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--registry",
        metavar="FILE",
        help="A JSON Lines file of your own actors (the bundled registry's format), added to "
        "the bundled registry; repeatable; also read from $PARLEY_REGISTRY.",
    ),
]
GazetteerOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--gazetteer",
        metavar="FILE",
        help="A GeoNames dump you have (cities500.txt, allCountries.txt: GeoNames' "
        "tab-separated format) added to the bundled gazetteer for event places; repeatable.",
    ),
]
OutletOption = Annotated[
    str | None,
    typer.Option("--outlet", metavar="NAME", help="Outlet name for plain text input."),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="FILE_OR_URL",
        help=f"SQLite file or database URL (postgresql://...); also ${DB_SETTING}; "
        f"default {DEFAULT_DB}.",
    ),
]
RecursiveOption = Annotated[
    bool,
    typer.Option(
        "--recursive", "-r", help="Read the subfolders of folders too (ids keep the subfolder)."
    ),
]
PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="PATH...",
        help="Text (.txt), JSON Lines (.jsonl), HTML (.html) or RSS/Atom feed (.xml, .rss, "
        ".atom) files, or folders of them.",
        show_default=False,
    ),
]


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date; write it as YYYY-MM-DD", param_hint="--published"
        ) from None


def _build(
    model: str | None,
    registry: list[Path] | None,
    gazetteer: list[Path] | None = None,
    disabled_rules: list[str] | None = None,
):
    from parley.actors import RegistryError
    from parley.attribution.rules import UnknownRule
    from parley.events import GazetteerError
    from parley.nlp import ModelNotFound
    from parley.pipeline import build

    try:
        return build(model, registry, gazetteer, disabled_rules)
    except (ModelNotFound, RegistryError, GazetteerError, UnknownRule) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


class _RateColumn(ProgressColumn):
    """Articles per second, over the last half-minute of the run."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f}/s")


@contextmanager
def _progress(label: str) -> Iterator[Progress]:
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    with progress:
        yield progress


def _skip(item: Skipped, skipped: list[Skipped]) -> None:
    skipped.append(item)
    err.print(f"[yellow]skipped[/yellow] {item.origin}: {item.reason}", highlight=False)


@dataclass
class _Reading:
    """What reading the inputs met: skipped inputs, and articles with no publication date."""

    skipped: list[Skipped] = field(default_factory=list)
    undated: int = 0
    articles: int = 0


def _articles(inputs: Iterator[Article | Skipped], reading: _Reading) -> Iterator[Article]:
    """Pass articles on; collect and warn about skipped inputs and ingest notes as they come,
    and turn away a second, different text under an id already read in this run."""
    seen: dict[str, tuple[str, str]] = {}  # id -> (text hash, origin), this run
    for item in inputs:
        if isinstance(item, Skipped):
            _skip(item, reading.skipped)
            continue
        for note in item.notes:
            err.print(f"[yellow]warning[/yellow] {item.origin}: {note}", highlight=False)
        digest = text_sha1(item.text)
        first = seen.get(item.id)
        if first is not None:
            if first[0] != digest:
                conflict = Skipped(item.origin, "id conflict", _conflict(item.id, first[1]))
                _skip(conflict, reading.skipped)
            else:
                _skip(
                    Skipped(item.origin, "repeated", f"the same article as {first[1]}; read once"),
                    reading.skipped,
                )
            continue
        seen[item.id] = (digest, item.origin)
        reading.articles += 1
        reading.undated += item.published is None
        yield item


def _conflict(art_id: str, first: str) -> str:
    return (
        f'its id "{art_id}" is also the id of {first}, a different text; give the files '
        "distinct names, or pass the folder that holds them (a file in a folder takes its path "
        "there as its id)"
    )


def _extracted(
    nlp, articles: Iterator[Article], skipped: list[Skipped], progress: Progress | None = None
) -> Iterator[Extraction]:
    """The pipeline's records for ``articles``; an article a stage fails on is warned about
    and counted as skipped, and the run goes on. A long article read in chunks shows its own
    progress."""
    from parley.pipeline import StageFailure
    from parley.pipeline import extract as run_pipeline

    failures: list[StageFailure] = []
    chunks: dict[str, TaskID] = {}

    def report() -> None:
        for failure in failures:
            _skip(Skipped(failure.article.origin, "stage failed", failure.reason), skipped)
        failures.clear()

    def on_chunk(article: Article, done: int, count: int) -> None:
        if progress is None:
            return
        if article.id not in chunks:
            chunks[article.id] = progress.add_task(f"  {article.id} (chunks)", total=count)
        progress.update(chunks[article.id], completed=done)
        if done == count:
            progress.remove_task(chunks.pop(article.id))

    for ex in run_pipeline(nlp, articles, failures=failures, on_chunk=on_chunk):
        report()
        yield ex
    report()


def _report(reading: _Reading) -> None:
    if reading.undated:
        err.print(
            f"[yellow]warning[/yellow] {reading.undated} of {reading.articles} article(s) came "
            "with no publication date: their relative dates ('on Monday', 'last week') stay "
            "undated; give --published YYYY-MM-DD, or a `published` field in JSON Lines",
            highlight=False,
        )
    skipped = reading.skipped
    if not skipped:
        return
    kinds = Counter(s.kind for s in skipped)
    summary = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
    err.print(f"{len(skipped)} input(s) skipped: {summary}", highlight=False)


def _planned(paths: list[Path], recursive: bool) -> int | None:
    """How many articles the inputs hold, for the progress bar's total and ETA: a text or HTML
    file is one, a JSON Lines file one per non-empty line; unknown (None) with a feed. Stops
    with a clear message when the paths hold no file Parley reads."""
    from parley.ingest import FEED_SUFFIXES, JSONL_SUFFIXES, expand_paths

    files = [path for path, _ in expand_paths(paths, SUFFIXES, recursive)]
    if not files:
        where = ", ".join(str(p) for p in paths)
        hint = "" if recursive else "; add --recursive to read subfolders"
        err.print(
            f"[red]error:[/red] no article file in {where}: Parley reads {', '.join(SUFFIXES)} "
            f"files{hint}",
            highlight=False,
        )
        raise typer.Exit(2)
    total = 0
    for path in files:
        suffix = path.suffix.lower()
        if suffix in FEED_SUFFIXES:
            return None
        if suffix in JSONL_SUFFIXES and path.is_file():
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


@app.command(
    epilog="**Examples**\n\n"
    "`parley extract --published 2022-03-07 report.txt -o out.jsonl`\n\n"
    "`parley extract news/ feed.xml --with-text > records.jsonl`\n\n"
    "`python3 ../shared/eval/score_articles.py ../shared/seed out.jsonl`"
)
def extract(
    paths: PathsArgument = None,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="FILE", help="Write JSON Lines here, not stdout."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="Output format; only jsonl.")
    ] = "jsonl",
    with_text: Annotated[
        bool,
        typer.Option(
            "--with-text",
            help="Add each article's text (as read, after HTML or feed extraction) to its "
            "record, so that every offset can be checked against it.",
        ),
    ] = False,
    recursive: RecursiveOption = False,
    model: ModelOption = None,
    registry: RegistryOption = None,
    gazetteer: GazetteerOption = None,
    disable_rule: Annotated[
        list[str] | None,
        typer.Option(
            "--disable-rule",
            metavar="NAME",
            help="Switch an attribution rule off (docs/constructions.md names them); "
            "repeatable. For measuring what a rule earns.",
        ),
    ] = None,
) -> None:
    """Extract attributions, actors and events from articles; one JSON object per article.

    Reads the same inputs as `parley run`; stores nothing. Output goes to standard output
    (or -o), progress and warnings to standard error.
    """
    if fmt != "jsonl":
        raise typer.BadParameter(f"{fmt!r} is not a known format; use jsonl", param_hint="--format")
    if not paths:
        raise typer.BadParameter("give at least one file or folder", param_hint="PATH...")
    pub = _published(published)
    total = _planned(paths, recursive)
    nlp = _build(model, registry, gazetteer, disable_rule)
    reading = _Reading()
    inputs = iter_inputs(paths, published=pub, outlet=outlet, recursive=recursive)
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    n = 0
    try:
        with _progress("extract") as progress:
            task = progress.add_task("extracting", total=total)
            for ex in _extracted(nlp, _articles(inputs, reading), reading.skipped, progress):
                record = ex.to_json()
                if with_text:
                    record["text"] = ex.article.text
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
                progress.advance(task)
    finally:
        if output:
            sink.close()
    err.print(f"extracted {n} article(s)", highlight=False)
    _report(reading)
    if n == 0 and reading.skipped:
        raise typer.Exit(1)


# Articles a run stores between two updates of the story: a long run keeps its story as it
# goes, each step merging a batch, instead of building the story of every article it stored
# at its end, all in memory (benchmarks/scale.py: the parent's peak).
STORY_EVERY = 1000
# Records a run holds while a story step runs beside the extraction (the workers go on; the
# records wait for the store's write lock the step holds): about three seconds of two
# workers' output, the time a step of 1,000 articles takes (benchmarks/scale.py); past it,
# the run waits for the step.
STORY_HELD = 160


@app.command(
    epilog="**Examples**\n\n"
    "`parley run` (the bundled examples into parley.sqlite)\n\n"
    "`parley run articles.jsonl news/ page.html feed.xml --db corpus.sqlite`\n\n"
    "`parley run -r archive/ --db postgresql://user@host/parley`\n\n"
    "`parley run --force corrected.jsonl` (re-extract articles already stored)"
)
def run(
    paths: PathsArgument = None,
    db: DbOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Extract articles whose id is already stored again, and replace them (after "
            "a new Parley, or a corrected text).",
        ),
    ] = False,
    recursive: RecursiveOption = False,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    model: ModelOption = None,
    registry: RegistryOption = None,
    gazetteer: GazetteerOption = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            metavar="N",
            help="Processes that extract, each loading the pipeline once, while this one "
            "stores (default: the cores available, one per 20 articles; a handful is "
            "extracted in this process); 1 extracts in this process. With --dask local, the "
            "Dask cluster's worker processes.",
            show_default=False,
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Extract on a Dask cluster: the scheduler's address (tcp://host:port), or "
            "local for a LocalCluster of --workers processes on this machine. Needs "
            "dask[distributed]; the workers need Parley installed.",
        ),
    ] = None,
    story_every: Annotated[
        int,
        typer.Option(
            "--story-every",
            min=0,
            metavar="N",
            help="Bring the stored story up to date each time N articles are stored, not "
            "only at the end (0: only at the end): a long run's story is merged a batch at "
            "a time, and is current while the run goes on.",
        ),
    ] = STORY_EVERY,
) -> None:
    """Ingest articles, extract them and store the result; prints a summary. Without paths,
    the example articles bundled with Parley.

    An article whose id is stored with the same text is not processed again; one stored with
    a different text is reported and left as stored, unless --force. Each article is stored
    in its own transaction: a failure never damages what is already stored, and a run that is
    stopped keeps every article it stored; run it again to store the rest.
    """
    from parley.store import Store, StoreError

    pub = _published(published)
    db_name = db or os.environ.get(DB_SETTING) or DEFAULT_DB
    sources = paths or [EXAMPLES]
    total = _planned(sources, recursive)
    try:
        store = Store(db_name)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    before = store.counts()
    reading = _Reading()
    stored = already = 0

    def fresh(articles: Iterator[Article]) -> Iterator[Article]:
        nonlocal already
        for article, digest in _with_stored_hash(store, articles):
            if digest is None or force:
                yield article
            elif digest == text_sha1(article.text):
                already += 1
            else:
                _skip(
                    Skipped(
                        article.origin,
                        "changed",
                        f'a different text is stored under its id "{article.id}"; the stored '
                        "one is kept: pass --force to re-extract and replace it, or give this "
                        "article another id",
                    ),
                    reading.skipped,
                )

    from parley.parallel import BuildError, PipelineSettings

    settings = PipelineSettings(
        model, tuple(str(p) for p in registry or ()), tuple(str(p) for p in gazetteer or ())
    )
    inputs = _articles(
        iter_inputs(sources, published=pub, outlet=outlet, recursive=recursive), reading
    )
    count = workers or _cores()
    if dask is None and total is not None:
        count = max(1, min(count, total))  # no process waits for an article that never comes
        if workers is None:
            # by default a process for each ARTICLES_PER_WORKER articles: loading the pipeline
            # in one more process costs what extracting that many does (7 bundled examples:
            # 5.6 s in this process, 8.6 s with two workers)
            count = max(1, min(count, total // ARTICLES_PER_WORKER))
    keeper = _StoryKeeper(store, story_every if not force else 0)
    held: deque[Extraction] = deque()  # extracted while a story step holds the store

    def store_held() -> None:
        nonlocal stored
        while held and not keeper.busy:
            added = _store_one(store, held.popleft(), force, reading)
            stored += added
            keeper.stored(added)
            progress.advance(task)

    with _progress("run") as progress, _extraction(settings, count, dask) as extractor:
        task = progress.add_task("processing", total=total)
        try:
            for ex in extractor(fresh(inputs), reading.skipped, progress):
                held.append(ex)
                if len(held) >= STORY_HELD:
                    keeper.wait()
                store_held()
            while held:
                keeper.wait()
                store_held()
            keeper.wait()
        except BuildError as exc:
            keeper.wait()
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            store.close()
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            keeper.wait()
            err.print(
                f"stopped: {stored} article(s) stored in {store.name}, each whole; the same "
                "command stores the rest",
                highlight=False,
            )
            store.close()
            raise typer.Exit(130) from None
        if progress.tasks[0].total is not None:
            # skipped inputs were counted in the total: the bar ends full
            progress.update(task, completed=progress.tasks[0].total)
    story_done = keeper.finish()
    story_failed = story_done is None
    after = store.counts()
    store.close()

    table = Table(title=f"Parley run: {store.name}")
    table.add_column("")
    table.add_column("added", justify="right")
    table.add_column("in database", justify="right")
    for key in ("articles", "actors", "mentions", "attributions", "events", "story_events"):
        table.add_row(key, str(after[key] - before[key]), str(after[key]))
    if force:
        table.add_row("extracted again", str(stored), "")
    table.add_row("already stored", str(already), "")
    table.add_row("skipped inputs", str(len(reading.skipped)), "")
    # on a large store the story's update is a share of the run a user may want to see
    if keeper.hows:
        table.add_row(f"story {keeper.how} in", f"{keeper.seconds:.2f} s", "")
    out.print(table)
    _report(reading)
    if story_failed or (stored == 0 and already == 0 and reading.skipped):
        raise typer.Exit(1)


class _StoryKeeper:
    """The story of a run: brought up to date every ``every`` articles stored (the first
    time rebuilt if it must be, as a store kept by an older Parley's is; a new store's is
    updated from nothing; later only updated: an update that would have to rebuild stops it
    until the run's end, so a run rebuilds at most twice), and at the end.
    ``every`` is 0 for a run that replaces stored articles (``--force``): each replacement
    asks for a rebuild."""

    def __init__(self, store, every: int = STORY_EVERY) -> None:
        self.store = store
        self.every = every
        self.during_run = every > 0
        self.waiting = 0
        self.steps = 0  # updates made during the run
        self.seconds = 0.0
        self.hows: set[str] = set()
        self._step: threading.Thread | None = None
        self._done: list[str | None] = []

    @property
    def how(self) -> str:
        return "rebuilt" if "rebuilt" in self.hows else "updated"

    @property
    def busy(self) -> bool:
        """Whether a step runs (it holds the store's write lock: nothing is stored)."""
        return self._step is not None and self._step.is_alive()

    def stored(self, added: int) -> None:
        """Count an article stored; when ``every`` are, start a step in a thread of its own,
        so the workers go on extracting while it merges (its SQLite connection its own)."""
        self.waiting += added
        if self._step is not None and not self._step.is_alive():
            self.wait()  # the last step is over: how it went decides whether others follow
        if self.during_run and self.waiting >= self.every and self._step is None:
            update_only = self.steps > 0
            self.waiting = 0
            self._step = threading.Thread(
                target=lambda: self._done.append(self._refresh(update_only)),
                name="parley-story-step",
                daemon=True,
            )
            self._step.start()

    def wait(self) -> None:
        """Wait for the step that runs, if one does (a run stores nothing meanwhile)."""
        if self._step is None:
            return
        self._step.join()
        self._step = None
        self.steps += 1
        done = self._done.pop() if self._done else None  # None: the step died
        self.during_run = self.during_run and done not in (None, "declined")

    def finish(self) -> str | None:
        """The run's last step: the story made whole (see ``_rebuild_story``)."""
        return self._refresh()

    def _refresh(self, update_only: bool = False) -> str | None:
        started = time.perf_counter()
        done = _rebuild_story(self.store, update_only=update_only)
        self.seconds += time.perf_counter() - started
        if done in ("updated", "rebuilt"):
            self.hows.add(done)
        return done


# Articles whose stored hashes `parley run` asks the store for at once.
LOOKUP_ARTICLES = 64


def _with_stored_hash(store, articles: Iterator[Article]) -> Iterator[tuple[Article, str | None]]:
    """Each article with the hash of the text stored under its id (None when none is),
    looked up ``LOOKUP_ARTICLES`` at a time: memory flat whatever the store holds."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == LOOKUP_ARTICLES:
            known = store.stored_hashes(a.id for a in batch)
            yield from ((a, known.get(a.id)) for a in batch)
            batch = []
    known = store.stored_hashes(a.id for a in batch) if batch else {}
    yield from ((a, known.get(a.id)) for a in batch)


# Articles a worker process must have to earn its pipeline load (about 3 s, the time of some
# 20 to 30 news articles on one core; benchmarks/scale.py).
ARTICLES_PER_WORKER = 20


def _cores() -> int:
    """The cores this process may run on (its CPU affinity, else all the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _store_one(store, ex: Extraction, force: bool, reading: _Reading) -> bool:
    """Store one article's record in its own transaction; a failure is told and counted as
    skipped, and the run goes on. Returns whether it was stored."""
    try:
        return store.add(ex, replace=force)
    except Exception as exc:  # one article's failure must not stop the batch
        reading.skipped.append(Skipped(ex.article.origin, "store failed", str(exc)))
        err.print(f"[red]not stored[/red] {ex.article.origin}: {exc}", highlight=False)
        return False


def _reported(outcomes: Iterator, skipped: list[Skipped]) -> Iterator[Extraction]:
    """The records among a worker's outcomes; an article a stage failed on (a
    ``StageFailure``) is warned about and counted as skipped. This process never imports
    the pipeline (spaCy and its models): the workers hold it."""
    for item in outcomes:
        if isinstance(item, Extraction):
            yield item
        else:
            _skip(Skipped(item.article.origin, "stage failed", item.reason), skipped)


Extractor = Callable[[Iterator[Article], list[Skipped], Progress], Iterator[Extraction]]


@contextmanager
def _extraction(settings, workers: int, dask: str | None) -> Iterator[Extractor]:
    """How `parley run` extracts: in this process (one worker, no Dask), in a pool of
    ``workers`` processes, or on a Dask cluster (closed on the way out)."""
    from parley.parallel import extract_in_processes, extract_on_dask

    if dask is None and workers == 1:
        nlp = _build(
            settings.model,
            [Path(p) for p in settings.registry] or None,
            [Path(p) for p in settings.gazetteer] or None,
        )
        yield lambda articles, skipped, progress: _extracted(nlp, articles, skipped, progress)
        return
    if dask is None:
        yield lambda articles, skipped, _: _reported(
            extract_in_processes(settings, articles, workers), skipped
        )
        return
    client = _dask_client(dask, workers)
    try:
        yield lambda articles, skipped, _: _reported(
            extract_on_dask(client, settings, articles), skipped
        )
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_client(address: str, workers: int):
    """A Dask client on ``address`` ("local": a new LocalCluster); stops with a clear
    message when Dask is not installed or the scheduler cannot be reached."""
    if address != "local" and not address.startswith(("tcp://", "tls://", "ucx://")):
        raise typer.BadParameter(
            f"{address!r} is not a scheduler address; write tcp://host:port, or local",
            param_hint="--dask",
        )
    try:
        from parley.parallel import dask_client

        return dask_client(address, workers)
    except ImportError:
        err.print(
            "[red]error:[/red] --dask needs Dask: pip install 'dask[distributed]'",
            highlight=False,
        )
        raise typer.Exit(2) from None
    except (OSError, TimeoutError) as exc:
        err.print(
            f"[red]error:[/red] cannot reach the Dask scheduler at {address} ({exc}); check "
            "that it runs (`dask scheduler`) and the address",
            highlight=False,
        )
        raise typer.Exit(2) from None


def _rebuild_story(store, rebuild: bool = False, update_only: bool = False) -> str | None:
    """Bring the stored story up to date when articles were stored since it was saved (an
    update of what they reach, or a rebuild), or rebuild it with ``rebuild``; no article is
    read again. Returns how ("updated", "rebuilt", "" when it was up to date, "declined" when
    ``update_only`` and only a rebuild would do), or None when it failed: told in one line,
    the stored articles and the previous story as they were, and the next run tries again."""
    try:
        return store.refresh_story(rebuild=rebuild, update_only=update_only)
    except Exception as exc:  # the articles are stored: the story must not take them down
        err.print(
            f"[red]story not rebuilt[/red] in {store.name}: {type(exc).__name__}: {exc}; the "
            "articles are stored and the next `parley run` rebuilds the story",
            highlight=False,
        )
        return None


def _open_existing(db: str | None):
    """The store named by ``--db`` (or the setting), which must already exist."""
    from parley.store import Store, StoreError

    db_name = db or os.environ.get(DB_SETTING) or DEFAULT_DB
    if "://" not in db_name and not Path(db_name).exists():
        err.print(
            f"[red]error:[/red] {db_name} does not exist; write it first with "
            f"`parley run ARTICLES --db {db_name}`",
            highlight=False,
        )
        raise typer.Exit(2)
    try:
        return Store(db_name)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


@app.command()
def story(
    db: DbOption = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write STORY.json here, not to stdout.")
    ] = None,
    rebuild: Annotated[
        bool,
        typer.Option(
            "--rebuild",
            help="Rebuild the stored story from every stored event first, even when it is up "
            "to date (`parley run` updates only what new articles reach; a rebuild gives the "
            "same story, and checks a store).",
        ),
    ] = False,
) -> None:
    """Write the story of everything in the database as one JSON object: actors across
    articles, story events (each with its reports and disagreements) in timeline order, and
    the state of each negotiation."""
    store = _open_existing(db)
    if rebuild and _rebuild_story(store, rebuild=True) is None:
        store.close()
        raise typer.Exit(1)
    # the story saved by the last run when it covers every stored article, else built now
    result = store.story()
    store.close()
    text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    err.print(
        f"story: {len(result['events'])} event(s), {len(result['negotiations'])} negotiation(s)",
        highlight=False,
    )


EXPORT_FORMATS = ("jsonl", "csv", "parquet")
# How much of an item's wording the negotiation table shows (the export has it whole).
WHAT_CHARS = 48


@app.command()
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder to write the files in.")],
    db: DbOption = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl, csv or parquet (pyarrow).")
    ] = "jsonl",
    tables: Annotated[
        list[str] | None,
        typer.Option(
            "--table",
            help="A table to export (articles, actors, mentions, attributions, events, "
            "story_events, reports, negotiations); repeatable; default all.",
        ),
    ] = None,
) -> None:
    """Export the database's tables, story events, reports and negotiation items as files
    that open in pandas, pyarrow, R or a spreadsheet (one file per table)."""
    from parley.api import COLUMNS, Database

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(
            f"{fmt!r} is not a format; use one of {', '.join(EXPORT_FORMATS)}",
            param_hint="--format",
        )
    wanted = tables or list(COLUMNS)
    unknown = [t for t in wanted if t not in COLUMNS]
    if unknown:
        raise typer.BadParameter(
            f"no table {', '.join(unknown)}; the tables are {', '.join(COLUMNS)}",
            param_hint="--table",
        )
    store = _open_existing(db)
    database = Database(store)
    output.mkdir(parents=True, exist_ok=True)
    for name in wanted:
        frame = database.table(name)
        path = output / f"{name}.{fmt}"
        if fmt == "csv":
            frame.to_csv(path, index=False)
        elif fmt == "parquet":
            frame.to_parquet(path, index=False)
        else:
            frame.to_json(path, orient="records", lines=True, date_format="iso", force_ascii=False)
        err.print(f"{path}: {len(frame)} row(s)", highlight=False)
    store.close()


@app.command()
def timeline(
    db: DbOption = None,
    actor: Annotated[
        str | None,
        typer.Option("--actor", help="Only events of this actor's side (id or ISO code)."),
    ] = None,
    pair: Annotated[
        str | None,
        typer.Option(
            "--pair", help="Only events between two sides, as A,B (actor ids or ISO codes)."
        ),
    ] = None,
) -> None:
    """Print the dated story events in order, with the outlets that report each."""
    from parley.api import Database

    store = _open_existing(db)
    database = Database(store)
    chosen = None
    if pair is not None:
        sides = [p.strip() for p in pair.split(",") if p.strip()]
        if len(sides) != 2:
            store.close()
            raise typer.BadParameter(f"{pair!r} is not two sides; write A,B", param_hint="--pair")
        chosen = (sides[0], sides[1])
    unknown = database.unknown_sides([actor] if actor else list(chosen or ()))
    if unknown:
        store.close()
        err.print(
            f"[red]error:[/red] no actor {', '.join(unknown)} in {store.name}; give an actor id "
            "or an ISO country code as stored (`parley export --table actors -o DIR` lists them)",
            highlight=False,
        )
        raise typer.Exit(2)
    frame = database.timeline(actor=actor, pair=chosen)
    store.close()
    table = Table(title="Timeline")
    # dates and codes never wrap; what happened takes the room that is left
    for column in ("date", "type", "mode"):
        table.add_column(column, no_wrap=True)
    for column in ("source", "target"):
        table.add_column(column, overflow="fold")
    table.add_column("what happened", min_width=16)
    for column in ("place", "outlets", "disputed"):
        table.add_column(column, overflow="fold")
    for row in frame.itertuples():
        table.add_row(
            str(row.date),
            row.type,
            row.mode,
            row.source or "",
            row.target or "",
            _short(row.what),
            row.place_name or "",
            row.outlets,
            row.disagreements,
        )
    out.print(table)
    if frame.empty:
        err.print("no dated story event matches", highlight=False)


def _short(text: str, limit: int = WHAT_CHARS * 2) -> str:
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + "..."


@app.command()
def negotiation(db: DbOption = None) -> None:
    """Print the state of each negotiation: demands, proposals, what was accepted and
    rejected, and commitments with their deadlines and whether they were kept."""
    from parley.api import Database

    store = _open_existing(db)
    database = Database(store)
    frame = database.negotiations()
    store.close()
    for parties, items in frame.groupby("parties", sort=False):
        table = Table(title=f"Negotiation: {parties.replace(',', ' / ')}")
        for column in ("kind", "by", "to", "what", "date", "deadline", "status", "articles"):
            table.add_column(column)
        for row in items.itertuples():
            table.add_row(
                row.kind,
                row.by or "",
                row.to or "",
                row.what if len(row.what) <= WHAT_CHARS else row.what[: WHAT_CHARS - 3] + "...",
                row.date or "",
                row.deadline or "",
                row.status or "",
                row.articles,
            )
        out.print(table)
    if frame.empty:
        err.print("no negotiation found in the database", highlight=False)


@app.command(
    epilog="**Examples**\n\n"
    "`parley serve` (the store `parley run` wrote, at http://127.0.0.1:8000)\n\n"
    "`parley serve --db corpus.sqlite --port 8080`\n\n"
    "`curl -s 'http://127.0.0.1:8000/articles.json?q=ceasefire&limit=5'`"
)
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (0.0.0.0 for every interface).")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")
    ] = 8000,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            max=64,
            metavar="N",
            help="Server processes (default: one per core available).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Browse the store in a web browser: articles with their evidence marked, actors, story
    events, timelines, negotiations and places; every page has a JSON twin (its path plus
    `.json`), listed at /docs. The store is opened read-only."""
    from parley.store import StoreError
    from parley.web.serve import SERVE_SETTING, run
    from parley.web.store import open_read_only

    db_name = db or os.environ.get(DB_SETTING) or DEFAULT_DB
    try:
        # opened once here so that a bad store is told before the server starts
        open_read_only(db_name).dispose()
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    os.environ[SERVE_SETTING] = db_name
    err.print(
        f"serving {_masked(db_name)} at http://{host}:{port}/ (Ctrl+C stops)", highlight=False
    )
    # a request is served by one process at a time (handlers query in its event loop): one
    # per core by default, as a user of a multi-core machine expects
    try:
        status = run(host, port, workers or _cores())
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot listen on {host}:{port} ({exc.strerror})")
        raise typer.Exit(2) from None
    if status:
        raise typer.Exit(status)


def _masked(db: str) -> str:
    from parley.store import masked

    return masked(db)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
