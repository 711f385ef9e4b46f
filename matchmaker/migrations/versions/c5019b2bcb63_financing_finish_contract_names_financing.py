"""financing finish: a contract stage may name the connected financing match that paid for it

Revision ID: c5019b2bcb63
Revises: 47ba95d65b43
Create Date: 2026-12-01 16:31:55.238317

"""
from alembic import op
import sqlalchemy as sa

import matchmaker.models.base  # noqa: F401  (UTCDateTime in column types)


# revision identifiers, used by Alembic.
revision = 'c5019b2bcb63'
down_revision = '47ba95d65b43'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('match_stages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('financing_match_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_match_stages_financing_match_id'), ['financing_match_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_match_stages_financing_match_id_financing_matches'), 'financing_matches', ['financing_match_id'], ['id'], ondelete='SET NULL')


def downgrade():
    with op.batch_alter_table('match_stages', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_match_stages_financing_match_id_financing_matches'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_match_stages_financing_match_id'))
        batch_op.drop_column('financing_match_id')
