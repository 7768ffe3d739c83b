"""What ingest says about input it cannot use."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skipped:
    """An input (a file, a line of a JSON Lines file, an entry of a feed) that was not read.

    ``origin`` names it (``path``, ``path:line`` or ``path#entry``); ``reason`` says what is
    wrong and what to do, in a sentence a user can act on; ``kind`` groups reasons for the
    end-of-run summary.
    """

    origin: str
    kind: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class IngestError(Exception):
    """Raised inside a reader for one bad input; turned into a ``Skipped`` by the caller."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason
