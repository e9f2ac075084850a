"""The name index, built once per catalog version and shared by every process.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "name_indexes",
        sa.Column("catalog_version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("format", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("catalog_version", "format"),
    )


def downgrade() -> None:
    op.drop_table("name_indexes")
