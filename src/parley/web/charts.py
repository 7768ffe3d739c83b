"""Geometry for the two drawings the server renders as SVG: the timeline chart (events over
time, one row per event type) and the places map (an equirectangular world of land cells with
the story's places on it). Only numbers and labels leave here; the templates draw them.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

LAND = Path(__file__).parent / "data" / "land.tsv"
# The grid tools/write_land_grid.py writes (degrees per cell).
CELL = 2
# Timeline drawing: left margin for the type labels, row height, plot width.
LABEL_WIDTH = 110
ROW = 28
PLOT_WIDTH = 760
TICKS = 6
# Map drawing: pixels per degree, and the latitudes shown (the poles hold no news).
SCALE = 2.5
NORTH, SOUTH = 84, -58


def timeline_chart(events: list[dict]) -> dict:
    """Rows (one per event type), dots (one per dated story event) and date ticks."""
    types = sorted({e["type"] for e in events})
    row_of = {t: i for i, t in enumerate(types)}
    days = [dt.date.fromisoformat(e["date"]) for e in events]
    first = min(days, default=dt.date.today())
    last = max(days, default=first)
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return round(LABEL_WIDTH + 10 + (day - first).days / span * (PLOT_WIDTH - 20), 1)

    dots = []
    stacked: dict[tuple, int] = {}
    for e, day in zip(events, days, strict=True):
        spot = (e["type"], day)
        nth = stacked.get(spot, 0)
        stacked[spot] = nth + 1
        dots.append(
            {
                "id": e["id"],
                "x": x(day) + nth * 13,
                "y": row_of[e["type"]] * ROW + ROW / 2,
                "mode": e["mode"],
                "label": f"{e['date']} {e['type']} ({e['mode']}): {e['what'][:120]}",
            }
        )
    steps = min(TICKS, span)
    ticks = []
    for i in range(steps + 1):
        day = first + dt.timedelta(days=round(i * span / steps))
        ticks.append({"x": x(day), "label": day.isoformat()})
    return {
        "width": LABEL_WIDTH + PLOT_WIDTH + 20,
        "height": len(types) * ROW + 40,
        "plot_bottom": len(types) * ROW,
        "rows": [{"type": t, "y": row_of[t] * ROW + ROW / 2} for t in types],
        "dots": dots,
        "ticks": ticks,
    }


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: x grows east from 180°W, y south from the map's north edge."""
    return round((lon + 180) * SCALE, 1), round((NORTH - lat) * SCALE, 1)


@cache
def land_runs() -> tuple[tuple[float, float, float], ...]:
    """The land cells as horizontal runs (x, y, width), one rectangle per run of cells."""
    by_row: dict[int, list[int]] = {}
    for line in LAND.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lat, lon = (int(v) for v in line.split("\t"))
        if SOUTH <= lat < NORTH:
            by_row.setdefault(lat, []).append(lon)
    runs = []
    for lat, lons in by_row.items():
        lons.sort()
        start = prev = lons[0]
        for lon in [*lons[1:], None]:
            if lon is not None and lon == prev + CELL:
                prev = lon
                continue
            x, y = project(lat + CELL, start)
            runs.append((x, y, round((prev + CELL - start) * SCALE, 1)))
            if lon is not None:
                start = prev = lon
    return tuple(runs)


def world_map(places: list[dict]) -> dict:
    """The map's size, its land and a point for each place (with its events)."""
    points = []
    for p in places:
        x, y = project(p["lat"], p["lon"])
        points.append({**p, "x": x, "y": y, "r": min(4 + 2 * len(p["events"]), 14)})
    return {
        "width": 360 * SCALE,
        "height": (NORTH - SOUTH) * SCALE,
        "cell": CELL * SCALE,
        "land": land_runs(),
        "points": points,
    }
