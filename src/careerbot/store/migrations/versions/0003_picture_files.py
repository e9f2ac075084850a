"""Pictures Telegram already holds, by picture and catalog version.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "picture_files",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("catalog_version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("file_id", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("key", "catalog_version"),
    )


def downgrade() -> None:
    op.drop_table("picture_files")
