"""Core fixtures beyond the shared ones: the dialogue over the full bundled catalog."""

from __future__ import annotations

import pytest

from careerbot.careers.catalog import Catalog
from careerbot.dialogue.router import Dialogue
from careerbot.understanding.resolution import NameIndex


@pytest.fixture(scope="session")
def bundled_dialogue(bundled_catalog: Catalog, bundled_index: NameIndex) -> Dialogue:
    return Dialogue(bundled_catalog, bot_username="careerbot_test_bot", index=bundled_index)
