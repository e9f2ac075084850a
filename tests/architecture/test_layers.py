"""The core stays framework-free: what a newcomer is told in the layout holds at run time.

import-linter (in scripts/check) checks the imports written in the code; these tests check
what importing the core really loads, and that the attribute table is the only list of the
attributes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from careerbot.careers.criteria import ATTRIBUTES, LEVELS, NAMES, RANKED, level_rank
from careerbot.careers.model import FIGURE_FIELDS, Level

CORE = (
    "careerbot.app.service",
    "careerbot.app.ports",
    "careerbot.dialogue.router",
    "careerbot.render.card",
    "careerbot.render.views",
    "careerbot.render.json_view",
    "careerbot.understanding.resolution",
    "careerbot.recommend.ranking",
)


@pytest.mark.parametrize("framework", ["sqlalchemy", "telegram", "alembic", "aiosqlite"])
def test_importing_the_core_loads_no_database_or_telegram_library(framework: str) -> None:
    script = (
        f"import sys\nimport {', '.join(CORE)}\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] == {framework!r}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]", f"importing the core loaded {loaded}"


def test_the_attribute_table_lists_every_figure_of_the_model_in_card_order() -> None:
    """Openings are an attribute of their own, held by the demand figure beside growth."""
    assert tuple(dict.fromkeys(a.holder or a.name for a in ATTRIBUTES)) == FIGURE_FIELDS
    assert len(ATTRIBUTES) == 9
    assert set(NAMES) - set(FIGURE_FIELDS) == {"openings"}


def test_only_attributes_where_one_side_can_be_better_are_ranked() -> None:
    assert RANKED == ("salary", "demand", "ai_risk", "learning_curve", "entry_barrier")
    assert all(a.phrases is not None for a in ATTRIBUTES if a.name in RANKED)


@pytest.mark.parametrize("level", LEVELS)
def test_levels_are_ordered_lowest_first(level: Level) -> None:
    assert LEVELS == ("Low", "Medium", "High")
    assert LEVELS[level_rank(level)] == level
