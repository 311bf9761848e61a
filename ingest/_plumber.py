"""pdfplumber's table algorithm on edges we measured ourselves.  The only module importing pdfplumber.

pdfplumber finds ruled tables precisely (snap and join the ruling lines,
intersect them, build cells, group cells into tables), but parsing a page
with pdfminer costs about 150 ms.  pdfium already gives us the ruling lines
(path objects) and the characters in a few milliseconds, so we hand
pdfplumber's lattice functions those edges and keep its precision without
its parser.  Tolerances are pdfplumber's defaults.
"""
from __future__ import annotations

Box = tuple[float, float, float, float]
TOLERANCE = 3  # pdfplumber's default snap/join/intersection tolerance (points)


def lattice(edges: list[dict]) -> list[list[list[Box | None]]]:
    """Tables as rows of cell boxes (None where a merged cell spans) from edge dicts.

    An edge is ``{"x0", "x1", "top", "bottom", "width", "height", "orientation": "h"|"v",
    "object_type"}`` in top-left coordinates, as in pdfplumber.

    >>> h = [dict(x0=0, x1=100, top=y, bottom=y, width=100, height=0, orientation="h", object_type="line")
    ...      for y in (0, 10, 20)]
    >>> v = [dict(x0=x, x1=x, top=0, bottom=20, width=0, height=20, orientation="v", object_type="line")
    ...      for x in (0, 50, 100)]
    >>> lattice(h + v)
    [[[(0.0, 0.0, 50.0, 10.0), (50.0, 0.0, 100.0, 10.0)], [(0.0, 10.0, 50.0, 20.0), (50.0, 10.0, 100.0, 20.0)]]]
    """
    from pdfplumber import table
    from pdfplumber.utils import filter_edges

    merged = filter_edges(table.merge_edges(edges, TOLERANCE, TOLERANCE, TOLERANCE, TOLERANCE), min_length=TOLERANCE)
    cells = table.intersections_to_cells(table.edges_to_intersections(merged, TOLERANCE, TOLERANCE))
    groups = table.cells_to_tables(cells)
    return [[list(row.cells) for row in table.Table(None, group).rows] for group in groups]  # type: ignore[arg-type]
