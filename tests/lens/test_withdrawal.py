"""What of a kept answer is still shown once a source it cites is withdrawn: every answer
shape (quotes, figures' examples, risk evidence, briefing lines and references, generated
prose) loses the lines or sentences citing it, and one marker stands in their place."""

from __future__ import annotations

import pytest

from lens.services.withdrawal import WITHDRAWN, withdraw

W = WITHDRAWN


@pytest.mark.parametrize(
    ("text", "gone", "expected"),
    [
        pytest.param(
            "The sources you can see say:\n- “A” [1]\n- “B” [2]\n- “C” [2]\n- “D” [3]",
            {2},
            f"The sources you can see say:\n- “A” [1]\n- {W}\n- “D” [3]",
            id="quotes: consecutive withdrawn quotes show one marker, not how many",
        ),
        pytest.param(
            "Top routes (2020-2024): VN → GB 4.\n\nExamples:\n- “A” [1]\n- “B” [2]",
            {1},
            f"Top routes (2020-2024): VN → GB 4.\n\nExamples:\n- {W}\n- “B” [2]",
            id="figures keep their counts; the example goes",
        ),
        pytest.param(
            "Crews were held at sea [1]. Their passports were taken [2]. Wages went unpaid [1].",
            {2},
            f"Crews were held at sea [1]. Wages went unpaid [1]. {W}",
            id="generated prose: the sentence goes, its neighbours stay",
        ),
        pytest.param(
            "Crews were held at sea. [1] Their passports were taken. [2] Both were reported.",
            {2},
            f"Crews were held at sea. [1] Both were reported. {W}",
            id="a marker after the full stop stays with its sentence",
        ),
        pytest.param(
            "## Notable incidents\n\n- **Police note** (Org, case file, 2024): “A” [1]\n"
            "- **Outreach** (Org, news, 2023): “B” [2]\n\n## Evidence\n\n"
            "[1] Police note — note.txt (Org, case file, 2024, level 2)\n"
            "[2] Outreach — out.txt (Org, news, 2023, level 0)",
            {1},
            f"## Notable incidents\n\n- {W}\n- **Outreach** (Org, news, 2023): “B” [2]\n\n"
            f"## Evidence\n\n- {W}\n[2] Outreach — out.txt (Org, news, 2023, level 0)",
            id="briefing: the incident line and the reference line, title and all",
        ),
        pytest.param(
            "Sources [1] and [12] agree.",
            {2},
            "Sources [1] and [12] agree.",
            id="[12] is not [2]",
        ),
        pytest.param(
            "The sources you can see say:\n\n**Police note, Operation X (Org, case file, 2024)**"
            "\n- “A” [1]\n- “B” [1]\n\n**Outreach (Org, news, 2023)**\n- “C” [2]",
            {1},
            f"The sources you can see say:\n\n- {W}\n\n**Outreach (Org, news, 2023)**\n- “C” [2]",
            id="grouped quotes: the heading naming the withdrawn source goes with its quotes",
        ),
        pytest.param("- “A” [1]", set(), "- “A” [1]", id="nothing withdrawn"),
    ],
)
def test_when_a_source_is_withdrawn_then_only_what_cites_it_goes(text, gone, expected) -> None:
    assert withdraw(text, gone) == expected
