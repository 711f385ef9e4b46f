"""company feed: the message sent with a request, the note to a refused requester

Revision ID: d4e6f8a0b2c3
Revises: d5724fb6caa1
Create Date: 2026-12-01 13:20:00.000000
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd4e6f8a0b2c3'
down_revision = 'd5724fb6caa1'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.add_column(sa.Column('request_message', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('requester_note', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.drop_column('requester_note')
        batch_op.drop_column('request_message')
