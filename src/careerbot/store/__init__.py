"""Persistence: the only part of the core that knows SQL."""

from sqlalchemy.ext.asyncio import AsyncSession as Session

from careerbot.store.exchange import Exchange
from careerbot.store.store import Store

__all__ = ["Exchange", "Session", "Store"]
