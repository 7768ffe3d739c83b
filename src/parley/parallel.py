"""Extraction in several processes: a pool on this machine, or the workers of a Dask cluster.

Each process loads the pipeline once and extracts batches of articles; the records come back
to the caller, who stores them (one writer). At most a few batches per process are in flight,
so memory stays flat however long the input. This module imports neither spaCy nor Dask at
load time: a worker process sets its thread limits before numpy loads, and a user without
Dask never needs it.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from parley.model import Article, Extraction

# Articles sent to a worker in one task: the batch one process parses at once
# (``pipeline.extract``'s 16 docs), so a worker spends on an article what one process does;
# few enough that a killed run loses little (at most 32 x workers articles are in flight).
# benchmarks/scale.py, 2,000 articles on 2 cores: 2 a task gave 1.54-1.64x over one process
# and Dask 0.73-0.80 of the pool; 8 a task 1.65x and 0.83.
PER_TASK = 16
# Tasks in flight per worker: one being extracted, one waiting, so a worker never idles
# while the writer stores.
TASKS_PER_WORKER = 2
# One BLAS/OpenMP thread per process: N processes share N cores.
THREAD_SETTINGS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(frozen=True)
class PipelineSettings:
    """What ``parley.pipeline.build`` takes, as plain values a worker process can receive."""

    model: str | None = None
    registry: tuple[str, ...] = ()
    gazetteer: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()

    def build(self):
        """The pipeline these settings describe (``parley.pipeline.build``)."""
        from parley.pipeline import build

        return build(
            self.model,
            [Path(p) for p in self.registry] or None,
            [Path(p) for p in self.gazetteer] or None,
            list(self.disabled_rules) or None,
        )


class BuildError(RuntimeError):
    """A worker could not load the pipeline (a missing model, a malformed registry or
    gazetteer, an unknown rule); the message is the one a one-process run prints."""


@dataclass(frozen=True)
class _BuildFailure:
    message: str


# The pipeline of each settings, loaded once per process; the lock keeps a worker with
# several threads (a Dask worker started with --nthreads 2) to one extraction at a time,
# since a spaCy pipeline is not made to be shared between threads.
_LOADED: dict[PipelineSettings, object] = {}
_LOCK = threading.Lock()


def _pipeline(settings: PipelineSettings):
    """The cached pipeline for ``settings``, or the reason it cannot be built."""
    from parley.actors import RegistryError
    from parley.attribution.rules import UnknownRule
    from parley.events import GazetteerError
    from parley.nlp import ModelNotFound

    if settings not in _LOADED:
        try:
            _LOADED[settings] = settings.build()
        except (ModelNotFound, RegistryError, GazetteerError, UnknownRule) as exc:
            _LOADED[settings] = _BuildFailure(str(exc))
    return _LOADED[settings]


def _portable(error: Exception) -> Exception:
    """``error`` when it survives pickling (to go back to the parent), else a plain one with
    its type's name and message."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def extract_batch(settings: PipelineSettings, articles: list[Article]) -> list | _BuildFailure:
    """Each article's record (an ``Extraction``), or a ``StageFailure`` for one a stage
    failed on, in the order of ``articles``; the run goes on either way. Runs in a worker."""
    from parley.pipeline import StageFailure, extract

    with _LOCK:
        nlp = _pipeline(settings)
        if isinstance(nlp, _BuildFailure):
            return nlp
        failures: list[StageFailure] = []
        outcome = {id(ex.article): ex for ex in extract(nlp, articles, failures=failures)}
    for failure in failures:
        outcome[id(failure.article)] = replace(failure, error=_portable(failure.error))
    return [outcome[id(article)] for article in articles]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _unpacked(result: list | _BuildFailure) -> list:
    if isinstance(result, _BuildFailure):
        raise BuildError(result.message)
    return result


def _init_process(settings: PipelineSettings) -> None:
    """A pool process's start: Ctrl+C left to the parent (which stops the pool once the
    batches being extracted are done, instead of a traceback from every process), one
    thread for numerical work, then the pipeline loaded."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in THREAD_SETTINGS:
        os.environ[name] = "1"
    _pipeline(settings)


def check(settings: PipelineSettings) -> str | None:
    """Why the pipeline cannot be built in this process, or None when it can (cached)."""
    loaded = _pipeline(settings)
    return loaded.message if isinstance(loaded, _BuildFailure) else None


def extract_in_processes(
    settings: PipelineSettings,
    articles: Iterable[Article],
    workers: int,
    per_task: int = PER_TASK,
) -> Iterator[Extraction | object]:
    """Records (``Extraction``, or ``StageFailure`` for an article a stage failed on) of
    ``articles``, extracted in ``workers`` processes and yielded in input order. At most
    ``TASKS_PER_WORKER * workers`` batches of ``per_task`` articles are in flight; the input
    is read as they finish. Raises ``BuildError`` when the pipeline cannot be loaded, before
    any article is read."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    # spawn, not fork: the parent may hold threads (a progress bar's) and open connections
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_process,
        initargs=(settings,),
    )
    try:
        problem = pool.submit(check, settings).result()
        if problem is not None:
            raise BuildError(problem)
        pending: deque[Future] = deque()
        for batch in _batches(articles, per_task):
            pending.append(pool.submit(extract_batch, settings, batch))
            if len(pending) >= TASKS_PER_WORKER * workers:
                yield from _unpacked(pending.popleft().result())
        while pending:
            yield from _unpacked(pending.popleft().result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def dask_client(address: str, workers: int):
    """A ``distributed.Client`` on the scheduler at ``address`` (tcp://host:port), or on a
    new ``LocalCluster`` of ``workers`` processes, one thread each, when it is "local". The
    caller closes it (and its cluster: ``client.cluster``)."""
    import logging

    import dask
    from distributed import Client, LocalCluster

    if address == "local":
        with dask.config.set(local_worker_config()):
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        return Client(cluster)
    return Client(address)


def local_worker_config() -> dict:
    """Dask settings for the workers of a local cluster: Dask's defaults, less the two that
    slow extraction when every core extracts (benchmarks/scale.py, 2,000 articles on 2
    cores: Dask at 0.81-0.82 of the process pool with the defaults, 0.89-0.90 without). The
    worker's statistical profiler samples the running task's stack every 10 ms in a thread
    that takes the GIL; the nanny starts each worker with ``MALLOC_TRIM_THRESHOLD_=65536``,
    so glibc hands freed memory back to the system at once and spaCy's many short-lived
    allocations fetch it again. Workers of a cluster of your own take these settings from
    their own Dask configuration (README, "On a Dask cluster")."""
    import dask
    import distributed  # noqa: F401  (loads the "distributed" settings into dask.config)

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ"))
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    return {
        "distributed.worker.profile.enabled": False,
        "distributed.nanny.pre-spawn-environ": environ,
    }


def extract_on_dask(
    client, settings: PipelineSettings, articles: Iterable[Article], per_task: int = PER_TASK
) -> Iterator[Extraction | object]:
    """Records of ``articles`` extracted on the Dask cluster of ``client``, yielded as their
    batches finish (``as_completed``); each worker loads the pipeline once (cached in its
    process). At most ``TASKS_PER_WORKER`` batches per worker thread are in flight, so a
    client that stops loses only those. Raises ``BuildError`` when the pipeline cannot be
    loaded on a worker."""
    from distributed import as_completed

    problem = client.submit(check, settings, pure=False).result()
    if problem is not None:
        raise BuildError(problem)
    window = TASKS_PER_WORKER * max(1, sum(client.nthreads().values()))
    batches = _batches(articles, per_task)
    running = as_completed()
    for batch in batches:
        running.add(client.submit(extract_batch, settings, batch, pure=False))
        if running.count() >= window:
            break
    for future in running:
        result = future.result()
        future.release()
        following = next(batches, None)
        if following is not None:
            running.add(client.submit(extract_batch, settings, following, pure=False))
        yield from _unpacked(result)


def extract_bag(bag, settings: PipelineSettings | None = None):
    """A ``dask.bag`` of Parley's records, one per article of ``bag`` (JSON Lines records:
    dicts with ``id``, ``text`` and optional ``title``, ``published``, ``outlet``, ``url``),
    each the JSON object `parley extract` writes. A record that is no article, or an article
    a stage fails on, gives ``{"id": ..., "error": reason}`` instead. Each worker process
    loads the pipeline of ``settings`` (default: the shipped one) once."""
    return bag.map_partitions(_extract_partition, settings or PipelineSettings())


def _extract_partition(records: Iterable[dict], settings: PipelineSettings) -> list[dict]:
    """One partition's records through the pipeline, in order; see ``extract_bag``."""
    from parley.ingest.errors import IngestError
    from parley.ingest.jsonl import article_from_record
    from parley.pipeline import StageFailure

    out: list[dict] = []
    articles: list[Article] = []
    slots: list[int] = []
    for k, record in enumerate(records):
        try:
            articles.append(article_from_record(record, f"partition record {k}"))
            slots.append(len(out))
            out.append({})
        except IngestError as exc:
            ident = record.get("id") if isinstance(record, dict) else None
            out.append({"id": ident, "error": str(exc)})
    outcomes = _unpacked(extract_batch(settings, articles)) if articles else []
    for slot, outcome in zip(slots, outcomes, strict=True):
        if isinstance(outcome, StageFailure):
            out[slot] = {"id": outcome.article.id, "error": outcome.reason}
        else:
            out[slot] = outcome.to_json()
    return out
