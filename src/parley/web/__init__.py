"""The web application and JSON API over a Parley store (``parley serve``).

``create_app(open_read_only(db))`` gives the ASGI application; the store is only read.
"""

from __future__ import annotations

from parley.web.app import create_app
from parley.web.store import open_read_only

__all__ = ["create_app", "open_read_only"]
