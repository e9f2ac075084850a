"""Core fixtures beyond the shared ones: the dialogue over the full bundled catalog."""

from __future__ import annotations

import pytest

from careerbot.catalog import Catalog
from careerbot.dialogue.dialogue import Dialogue


@pytest.fixture(scope="session")
def bundled_dialogue(bundled_catalog: Catalog) -> Dialogue:
    return Dialogue(bundled_catalog, bot_username="careerbot_test_bot")
