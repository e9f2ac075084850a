"""The Telegram front end: a thin adapter over careerbot's dialogue."""
