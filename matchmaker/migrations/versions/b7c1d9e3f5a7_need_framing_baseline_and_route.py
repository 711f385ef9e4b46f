"""need framing: today's emissions and air quality, and the procurement route (issue 13)

Revision ID: b7c1d9e3f5a7
Revises: ee4a0dfe91da
Create Date: 2026-12-01 17:50:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7c1d9e3f5a7'
down_revision = 'ee4a0dfe91da'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('needs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('co2e_baseline_t_per_year', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('air_quality_baseline', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('procurement_route', sa.String(length=24), nullable=True))


def downgrade():
    with op.batch_alter_table('needs', schema=None) as batch_op:
        batch_op.drop_column('procurement_route')
        batch_op.drop_column('air_quality_baseline')
        batch_op.drop_column('co2e_baseline_t_per_year')
