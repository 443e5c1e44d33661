"""Charts beside figures: the right rows for every kind of stats answer."""

from __future__ import annotations

import pytest

from ui.formatting import chart_rows


@pytest.mark.parametrize(
    ("figures", "title", "rows"),
    [
        (
            {
                "routes": [
                    {
                        "origin": "VN",
                        "destination": "GB",
                        "route": "Vietnam → United Kingdom",
                        "documents": 12,
                    }
                ]
            },
            "routes (origin → destination)",
            [("Vietnam → United Kingdom", 12)],
        ),
        (
            {
                "countries": [
                    {
                        "country": "TH",
                        "name": "Thailand",
                        "documents": 20,
                        "recent": 5,
                        "previous": 3,
                    }
                ],
                "cities": [],
            },
            "hotspots",
            [("Thailand", 20)],
        ),
        ({"rows": [{"type": "forced_labour", "documents": 6}]}, "type", [("forced_labour", 6)]),
        (
            {"by_year": [{"year": 2020, "documents": 2}, {"year": 2021, "documents": 1}]},
            "reports per year",
            [("2020", 2), ("2021", 1)],
        ),
        ({"documents": 0}, "", []),
    ],
)
def test_when_stats_figures_then_chart_rows_follow_them(figures, title, rows) -> None:
    assert chart_rows(figures) == (title, rows)
