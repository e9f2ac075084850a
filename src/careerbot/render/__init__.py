"""Replies as documents: the comparison card, other views, written out as Telegram HTML or
plain text; and the JSON views of ``--json``."""
