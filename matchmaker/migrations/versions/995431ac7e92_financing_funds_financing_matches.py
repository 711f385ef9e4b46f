"""financing: investors' funds, financing matches, amounts sought by technologies and needs

Revision ID: 995431ac7e92
Revises: f2b8d4a6c0e1
Create Date: 2026-12-01 13:12:10.180040

"""
from alembic import op
import sqlalchemy as sa

import matchmaker.models.base  # noqa: F401  (UTCDateTime in column types)


# revision identifiers, used by Alembic.
revision = '995431ac7e92'
down_revision = 'f2b8d4a6c0e1'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('funds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('description_zh', sa.Text(), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('regions', sa.JSON(), nullable=False),
    sa.Column('ticket_min_usd', sa.Float(), nullable=False),
    sa.Column('ticket_max_usd', sa.Float(), nullable=False),
    sa.Column('instruments', sa.JSON(), nullable=False),
    sa.Column('targets', sa.JSON(), nullable=False),
    sa.Column('min_trl', sa.Integer(), nullable=True),
    sa.Column('created_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('ticket_min_usd > 0 AND ticket_min_usd <= ticket_max_usd', name=op.f('ck_funds_ticket_range')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_funds_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funds'))
    )
    with op.batch_alter_table('funds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funds_organization_id'), ['organization_id'], unique=False)

    op.create_table('financing_matches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fund_id', sa.Integer(), nullable=False),
    sa.Column('technology_id', sa.Integer(), nullable=True),
    sa.Column('need_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('suggested', 'requested', 'approved', 'rejected', 'connected', 'declined', name='matchstatus', native_enum=False, length=16), nullable=False),
    sa.Column('origin', sa.Enum('engine', 'request', 'admin', name='matchorigin', native_enum=False, length=16), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('reasons_zh', sa.JSON(), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.Column('recipient_interested', sa.Boolean(), nullable=True),
    sa.Column('created_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', matchmaker.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(technology_id IS NULL) <> (need_id IS NULL)', name=op.f('ck_financing_matches_one_target')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_financing_matches_decided_by_id_users')),
    sa.ForeignKeyConstraint(['fund_id'], ['funds.id'], name=op.f('fk_financing_matches_fund_id_funds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['need_id'], ['needs.id'], name=op.f('fk_financing_matches_need_id_needs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'], name=op.f('fk_financing_matches_requested_by_id_users')),
    sa.ForeignKeyConstraint(['technology_id'], ['technologies.id'], name=op.f('fk_financing_matches_technology_id_technologies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_financing_matches')),
    sa.UniqueConstraint('fund_id', 'need_id', name='uq_financing_matches_fund_need'),
    sa.UniqueConstraint('fund_id', 'technology_id', name='uq_financing_matches_fund_technology')
    )
    with op.batch_alter_table('financing_matches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_financing_matches_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_financing_matches_fund_id'), ['fund_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_financing_matches_need_id'), ['need_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_financing_matches_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_financing_matches_technology_id'), ['technology_id'], unique=False)

    with op.batch_alter_table('needs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('finance_sought_usd', sa.Float(), nullable=True))
        # Existing needs start with an empty checklist.
        batch_op.add_column(sa.Column('bankability', sa.JSON(), nullable=False, server_default='{}'))

    with op.batch_alter_table('technologies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seeking_investment_usd', sa.Float(), nullable=True))



def downgrade():
    with op.batch_alter_table('technologies', schema=None) as batch_op:
        batch_op.drop_column('seeking_investment_usd')

    with op.batch_alter_table('needs', schema=None) as batch_op:
        batch_op.drop_column('bankability')
        batch_op.drop_column('finance_sought_usd')

    with op.batch_alter_table('financing_matches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_financing_matches_technology_id'))
        batch_op.drop_index(batch_op.f('ix_financing_matches_status'))
        batch_op.drop_index(batch_op.f('ix_financing_matches_need_id'))
        batch_op.drop_index(batch_op.f('ix_financing_matches_fund_id'))
        batch_op.drop_index(batch_op.f('ix_financing_matches_created_at'))

    op.drop_table('financing_matches')
    with op.batch_alter_table('funds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funds_organization_id'))

    op.drop_table('funds')
