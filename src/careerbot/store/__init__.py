"""Persistence: the only part of careerbot that knows SQL. ``Store`` implements the ports
of ``careerbot.app.ports`` on SQLite (the default) or PostgreSQL."""

from careerbot.store.catalog_work import SqlCatalogWork
from careerbot.store.exchange import Exchange
from careerbot.store.store import Store

__all__ = ["Exchange", "SqlCatalogWork", "Store"]
