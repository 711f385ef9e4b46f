"""event schedule: no two meetings at one table in a slot, calendar subscription tokens, reminders and follow-ups sent

Revision ID: f2b8d4a6c0e1
Revises: d4e6f8a0b2c3
Create Date: 2026-12-01 13:15:54.056991

"""
from alembic import op
import sqlalchemy as sa

import matchmaker.models.base  # noqa: F401  (UTCDateTime in column types)


# revision identifiers, used by Alembic.
revision = 'f2b8d4a6c0e1'
down_revision = 'd4e6f8a0b2c3'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('event_calendar_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_calendar_tokens_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_event_calendar_tokens_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_calendar_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_event_calendar_tokens_token_hash'))
    )
    with op.batch_alter_table('event_calendar_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_calendar_tokens_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_calendar_tokens_user_id'), ['user_id'], unique=False)

    op.create_table('event_meeting_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('sent_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('answer', sa.Boolean(), nullable=True),
    sa.Column('answered_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('match_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['match_id'], ['matches.id'], name=op.f('fk_event_meeting_notices_match_id_matches'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['event_meetings.id'], name=op.f('fk_event_meeting_notices_meeting_id_event_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_event_meeting_notices_organization_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_meeting_notices')),
    sa.UniqueConstraint('meeting_id', 'organization_id', 'kind', name=op.f('uq_event_meeting_notices_meeting_id'))
    )
    with op.batch_alter_table('event_meeting_notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_meeting_notices_meeting_id'), ['meeting_id'], unique=False)

    with op.batch_alter_table('event_meetings', schema=None) as batch_op:
        batch_op.create_index('uq_event_meetings_slot_table', ['event_id', 'starts_at', 'table_number'], unique=True)



def downgrade():
    with op.batch_alter_table('event_meetings', schema=None) as batch_op:
        batch_op.drop_index('uq_event_meetings_slot_table')

    with op.batch_alter_table('event_meeting_notices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_meeting_notices_meeting_id'))

    op.drop_table('event_meeting_notices')
    with op.batch_alter_table('event_calendar_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_calendar_tokens_user_id'))
        batch_op.drop_index(batch_op.f('ix_event_calendar_tokens_event_id'))

    op.drop_table('event_calendar_tokens')
