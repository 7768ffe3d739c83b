"""The application factory uvicorn calls in each server process ``parley serve`` starts: the
store is named by ``$PARLEY_SERVE_DB`` (which ``parley serve`` sets)."""

from __future__ import annotations

import os

from fastapi import FastAPI

from parley.store import masked
from parley.web.app import create_app
from parley.web.store import open_read_only

SERVE_SETTING = "PARLEY_SERVE_DB"


def app() -> FastAPI:
    db = os.environ[SERVE_SETTING]
    return create_app(open_read_only(db), masked(db))
