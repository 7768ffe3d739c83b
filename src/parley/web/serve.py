"""How ``parley serve`` runs the application: the factory uvicorn calls in each server process
(the store is named by ``$PARLEY_SERVE_DB``, which ``parley serve`` sets), and the processes
themselves.

Several processes each listen on a socket of their own on the same port (``SO_REUSEPORT``),
so that the kernel spreads new connections over them. With one socket shared, as uvicorn's
own ``--workers`` does, whichever process wakes first accepts most of a burst of connections
(asyncio accepts all that wait), and the busier process sets the slowest answers: under
``benchmarks/web.py``'s 50 clients on 2 cores, the p95 of the searched list was more than
twice its p50.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
from multiprocessing.connection import wait

from fastapi import FastAPI

from parley.store import masked
from parley.web.app import create_app
from parley.web.store import open_read_only

SERVE_SETTING = "PARLEY_SERVE_DB"
APP = "parley.web.serve:app"


def app() -> FastAPI:
    db = os.environ[SERVE_SETTING]
    application = create_app(open_read_only(db), masked(db))
    # the story, names and sides are read before the process listens, not during a request
    # (a second on 10,000 articles, which a reader would otherwise wait for)
    application.state.reader.derived()
    return application


def run(host: str, port: int, workers: int, log_level: str = "warning") -> int:
    """Serve the store ``$PARLEY_SERVE_DB`` at ``host:port`` in ``workers`` processes until
    stopped (Ctrl+C, SIGTERM) or one of them ends; the exit status."""
    import uvicorn

    if workers == 1 or not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(APP, factory=True, host=host, port=port, workers=workers, log_level=log_level)
        return 0
    # a port in use is told here, before any process starts: each binds with SO_REUSEPORT,
    # which would share the port with another server that set it too
    with _socket(host, port, share=False) as probe:
        probe.listen()
    spawn = multiprocessing.get_context("spawn")
    processes = [
        spawn.Process(target=_serve_one, args=(host, port, log_level), name=f"parley-serve-{k}")
        for k in range(workers)
    ]
    for process in processes:
        process.start()

    def stop(signum, frame) -> None:
        for process in processes:
            if process.is_alive():
                process.terminate()  # uvicorn finishes the requests it holds, then exits

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    wait([p.sentinel for p in processes])  # until one ends: then all do
    stop(None, None)
    for process in processes:
        process.join()
    # a process stopped by the signal sent above ended as asked
    return max((p.exitcode for p in processes if p.exitcode != -signal.SIGTERM), default=0)


def _socket(host: str, port: int, share: bool = True) -> socket.socket:
    """A socket bound to ``host:port``; ``share``: with SO_REUSEPORT, as each server process
    binds its own."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if share:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _serve_one(host: str, port: int, log_level: str) -> None:
    """One server process, on a socket of its own."""
    import uvicorn

    config = uvicorn.Config(APP, factory=True, host=host, port=port, log_level=log_level)
    uvicorn.Server(config).run(sockets=[_socket(host, port)])
