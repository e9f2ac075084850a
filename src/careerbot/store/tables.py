"""Database tables. Careers are stored as validated JSON documents keyed by slug, with a
never-reused integer id that buttons and share links carry. Every change here needs a
migration in ``store/migrations/versions`` (a test compares the two)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, LargeBinary, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class CareerRow(Base):
    __tablename__ = "careers"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own form

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    document: Mapped[str] = mapped_column(Text)


class SourceRow(Base):
    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    document: Mapped[str] = mapped_column(Text)


#: the MetaRow holding the catalog's version, raised by every import
VERSION_KEY = "catalog_version"


class MetaRow(Base):
    __tablename__ = "catalog_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class ChatContextRow(Base):
    __tablename__ = "chat_context"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    state: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class ProcessedUpdateRow(Base):
    """Telegram update ids already taken by some process: a re-delivery is answered once."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    #: seconds since the epoch; an integer compares the same way on every backend
    claimed_at: Mapped[int] = mapped_column(BigInteger, index=True)


class RateLimitRow(Base):
    """One fixed-window message counter per user."""

    __tablename__ = "rate_limits"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    #: the window's number: seconds since the epoch divided by the window's length
    window_number: Mapped[int] = mapped_column(BigInteger)
    count: Mapped[int] = mapped_column(Integer)


class UsageRow(Base):
    """Usage counters for /stats: messages, comparisons by pair, names nobody could resolve."""

    __tablename__ = "usage_counts"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    subject: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)


class PictureRow(Base):
    """A picture Telegram already holds: its ``file_id`` per picture and catalog version, so
    no process uploads the same chart twice."""

    __tablename__ = "picture_files"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    catalog_version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    file_id: Mapped[str] = mapped_column(String(300))


class NameIndexRow(Base):
    """The name index built from one catalog version, as one blob of packed arrays
    (``understanding.name_tables``): built once, by whichever process needs it first, and
    loaded by every other. ``format`` is the blob's layout; another layout is rebuilt."""

    __tablename__ = "name_indexes"

    catalog_version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    format: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)
