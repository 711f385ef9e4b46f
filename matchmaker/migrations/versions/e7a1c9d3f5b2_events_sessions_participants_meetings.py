"""events: sessions, participants (delegations) and one-to-one meetings

Revision ID: e7a1c9d3f5b2
Revises: c3d5e7f9a1b2
Create Date: 2026-12-01 13:20:00.000000

"""
from alembic import op
import sqlalchemy as sa

import matchmaker.models.base  # noqa: F401  (UTCDateTime in column types)


# revision identifiers, used by Alembic.
revision = 'e7a1c9d3f5b2'
down_revision = 'c3d5e7f9a1b2'
branch_labels = None
depends_on = None

UTC = matchmaker.models.base.UTCDateTime(timezone=True)


def upgrade():
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('trade_mission', 'summit', 'forum', 'site_visit', 'webinar', name='eventkind', native_enum=False, length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('description_zh', sa.Text(), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('online_url', sa.String(length=300), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('starts_at', UTC, nullable=False),
    sa.Column('ends_at', UTC, nullable=False),
    sa.Column('meeting_minutes', sa.Integer(), nullable=False),
    sa.Column('registration_closes_at', UTC, nullable=True),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('updated_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_events_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_starts_at'), ['starts_at'], unique=False)

    op.create_table('event_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', UTC, nullable=False),
    sa.Column('ends_at', UTC, nullable=False),
    sa.Column('tables', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_sessions_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_sessions'))
    )
    with op.batch_alter_table('event_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_sessions_event_id'), ['event_id'], unique=False)

    op.create_table('event_participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('registered', 'confirmed', 'declined', name='participantstatus', native_enum=False, length=16), nullable=False),
    sa.Column('delegates', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('unavailable_slots', sa.JSON(), nullable=False),
    sa.Column('registered_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', UTC, nullable=True),
    sa.Column('created_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_event_participants_decided_by_id_users')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_participants_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_event_participants_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['registered_by_id'], ['users.id'], name=op.f('fk_event_participants_registered_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_participants')),
    sa.UniqueConstraint('event_id', 'organization_id', name=op.f('uq_event_participants_event_id'))
    )
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participants_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_organization_id'), ['organization_id'], unique=False)

    op.create_table('event_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('requester_organization_id', sa.Integer(), nullable=False),
    sa.Column('invitee_organization_id', sa.Integer(), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('pair_key', sa.String(length=24), nullable=True),
    sa.Column('status', sa.Enum('requested', 'accepted', 'declined', 'cancelled', name='meetingstatus', native_enum=False, length=16), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', UTC, nullable=True),
    sa.Column('ends_at', UTC, nullable=True),
    sa.Column('table_number', sa.Integer(), nullable=True),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('decided_at', UTC, nullable=True),
    sa.Column('updated_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_event_meetings_decided_by_id_users')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_meetings_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invitee_organization_id'], ['organizations.id'], name=op.f('fk_event_meetings_invitee_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'], name=op.f('fk_event_meetings_requested_by_id_users')),
    sa.ForeignKeyConstraint(['requester_organization_id'], ['organizations.id'], name=op.f('fk_event_meetings_requester_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['event_sessions.id'], name=op.f('fk_event_meetings_session_id_event_sessions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_meetings')),
    sa.UniqueConstraint('event_id', 'pair_key', name=op.f('uq_event_meetings_event_id'))
    )
    with op.batch_alter_table('event_meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_meetings_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_meetings_invitee_organization_id'), ['invitee_organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_meetings_requester_organization_id'), ['requester_organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_meetings_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_meetings_status'), ['status'], unique=False)


def downgrade():
    op.drop_table('event_meetings')
    op.drop_table('event_participants')
    op.drop_table('event_sessions')
    op.drop_table('events')
