"""outgoing mails: a flag for bodies holding a secret link (never logged)

Revision ID: b1c4e7a2d9f0
Revises: fb943ea78ae5
Create Date: 2026-12-01 11:35:00.000000

The new credential kind "password_reset" needs no change: the kind column is a plain
VARCHAR(16) without a CHECK constraint.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b1c4e7a2d9f0'
down_revision = 'fb943ea78ae5'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('outgoing_mails', schema=None) as batch_op:
        batch_op.add_column(sa.Column('secret', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('outgoing_mails', schema=None) as batch_op:
        batch_op.drop_column('secret')
