"""first week: category positions (the first category of a record is its main one; issue 13)

Rows stored before keep position 0, so they read in slug order as they did.

Revision ID: ee4a0dfe91da
Revises: c5019b2bcb63
Create Date: 2026-12-01 16:29:41.906758

"""
from alembic import op
import sqlalchemy as sa

import matchmaker.models.base  # noqa: F401  (UTCDateTime in column types)


# revision identifiers, used by Alembic.
revision = 'ee4a0dfe91da'
down_revision = 'c5019b2bcb63'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('need_categories', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('technology_categories', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), server_default='0', nullable=False))


def downgrade():
    with op.batch_alter_table('technology_categories', schema=None) as batch_op:
        batch_op.drop_column('position')

    with op.batch_alter_table('need_categories', schema=None) as batch_op:
        batch_op.drop_column('position')
