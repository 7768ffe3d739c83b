"""Write docs/constructions.md from the attribution rule registry and the ablation figures.

    python tools/write_constructions.py            # reads docs/ablation.json when present

The test suite checks that the page in the repository is what this writes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from parley.attribution.rules import constructions_markdown  # noqa: E402

ABLATION = ROOT / "docs" / "ablation.json"
PAGE = ROOT / "docs" / "constructions.md"


def page() -> str:
    contributions = json.loads(ABLATION.read_text("utf-8")) if ABLATION.exists() else None
    return constructions_markdown(contributions) + "\n"


if __name__ == "__main__":
    PAGE.write_text(page(), encoding="utf-8")
    print(f"wrote {PAGE}")
