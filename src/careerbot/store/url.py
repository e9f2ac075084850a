"""Where the database lives when nobody says otherwise."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_database_url() -> str:
    directory = Path(platformdirs.user_data_dir("careerbot"))
    return f"sqlite+aiosqlite:///{directory / 'careerbot.sqlite3'}"
