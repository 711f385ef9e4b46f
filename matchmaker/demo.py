"""The demo data set loaded by ``flask seed-demo`` (and by ``make run`` on the first run).

Invented organisations only. Demo passwords are printed by the command and listed in
README.md: never load demo data on a public server.
"""

from __future__ import annotations

from .extensions import db
from .models import Organization, OrganizationKind, Role, User, utc_now
from .services import accounts, audit
from .services.passwords import hash_password

DEMO_PASSWORD = "matchmaker-demo-2026"
ADMIN_EMAIL = "admin@matchmaker.example"

DEMO_ORGANIZATIONS = [
    # (role, e-mail, name, country, region, website, description)
    (
        "company",
        "bd@pearlgrid.example",
        "Pearl Grid Technologies",
        "CN",
        "CN-GD",
        "https://pearlgrid.example",
        "Smart-grid automation and demand response for fast-growing cities in the Greater Bay Area.",
    ),
    (
        "company",
        "sales@bayvolt.example",
        "BayVolt Charging",
        "US",
        "US-CA",
        "https://bayvolt.example",
        "Depot and on-street EV charging for bus fleets and municipal vehicles in California.",
    ),
    (
        "city",
        "climate@shenzhen.example",
        "Shenzhen Municipal Ecology Bureau",
        "CN",
        "CN-GD",
        None,
        "深圳市生态环境局：推动碳达峰、碳中和与空气质量持续改善。",
    ),
    (
        "city",
        "sustainability@oakland.example",
        "City of Oakland Sustainability Office",
        "US",
        "US-CA",
        None,
        "Oakland's Equitable Climate Action Plan: 56% below 2005 emissions by 2030.",
    ),
]


def load_demo_data() -> list[tuple[str, str, str]]:
    """Create the demo accounts and records; return (e-mail, password, role) of new accounts."""
    if accounts.find_by_email(ADMIN_EMAIL) is not None:
        return []
    admin = accounts.create_admin(ADMIN_EMAIL, DEMO_PASSWORD)
    created = [(ADMIN_EMAIL, DEMO_PASSWORD, "admin")]
    password_hash = hash_password(DEMO_PASSWORD)
    for role, email, name, country, region, website, description in DEMO_ORGANIZATIONS:
        org = Organization(
            kind=OrganizationKind(role),
            name=name,
            country=country,
            region=region,
            website=website,
            description=description,
            contact_email=email,
            verified=True,
            verified_at=utc_now(),
            verified_by_id=None,
        )
        user = User(email=email, password_hash=password_hash, role=Role(role), organization=org)
        db.session.add_all([org, user])
        db.session.flush()
        org.verified_by_id = admin.id
        audit.record(admin, "organization.verify", org, from_state="unverified", to_state="verified", note="demo data")
        created.append((email, DEMO_PASSWORD, role))
    return created
