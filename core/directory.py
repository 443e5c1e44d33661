"""Organisations and users: creating them, logging in, and turning a name into a Principal."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from core.access import Level, Principal, parse_level
from core.errors import AccessDenied, LensError
from core.records import ROLES, SECTORS, Organisation, User

_hasher = PasswordHasher()
# A fixed hash to verify against when the user is unknown, so timing does not reveal names.
_DUMMY_HASH = _hasher.hash("lens-no-such-user")


def add_org(s: Session, name: str, sector: str) -> Organisation:
    """Create an organisation; names are unique."""
    name = name.strip()
    if not name:
        raise LensError("Organisation name must not be empty.", exit_code=2)
    if sector not in SECTORS:
        raise LensError(
            f"Sector {sector!r} is not valid: use one of {', '.join(SECTORS)}.", exit_code=2
        )
    if s.exec(select(Organisation).where(Organisation.name == name)).first():
        raise LensError(f"Organisation {name!r} already exists.")
    org = Organisation(name=name, sector=sector)
    s.add(org)
    try:
        s.flush()
    except IntegrityError as exc:
        raise LensError(f"Organisation {name!r} already exists.") from exc
    return org


def get_org(s: Session, name: str) -> Organisation:
    """The organisation with this name, or a clear error."""
    org = s.exec(select(Organisation).where(Organisation.name == name)).first()
    if org is None:
        raise LensError(f"Organisation {name!r} does not exist; create it with `lens orgs add`.")
    return org


def add_user(
    s: Session,
    name: str,
    org_name: str,
    role: str,
    clearance: str | int,
    password: str | None = None,
) -> User:
    """Create a user in an existing organisation."""
    name = name.strip()
    if not name:
        raise LensError("User name must not be empty.", exit_code=2)
    if role not in ROLES:
        raise LensError(f"Role {role!r} is not valid: use one of {', '.join(ROLES)}.", exit_code=2)
    level = parse_level(clearance)
    org = get_org(s, org_name)
    if s.exec(select(User).where(User.name == name)).first():
        raise LensError(f"User {name!r} already exists.")
    user = User(
        name=name,
        org_id=org.id,  # type: ignore[arg-type]
        role=role,
        clearance=int(level),
        password_hash=_hasher.hash(password) if password else None,
    )
    s.add(user)
    try:
        s.flush()
    except IntegrityError as exc:
        raise LensError(f"User {name!r} already exists.") from exc
    return user


def set_active(s: Session, name: str, active: bool) -> User:
    """Enable or disable a user."""
    user = s.exec(select(User).where(User.name == name)).first()
    if user is None:
        raise LensError(f"User {name!r} does not exist.")
    user.active = active
    s.add(user)
    return user


def principal_for(s: Session, name: str | None) -> Principal:
    """The Principal for an acting user name; unknown and disabled users are refused."""
    if not name:
        raise AccessDenied("No acting user: pass --as USER or set LENS_USER.", exit_code=2)
    user = s.exec(select(User).where(User.name == name)).first()
    if user is None:
        raise AccessDenied(f"User {name!r} does not exist.")
    if not user.active:
        raise AccessDenied(f"User {name!r} is disabled.")
    org = s.get(Organisation, user.org_id)
    assert org is not None  # foreign key
    return Principal(
        user_id=user.id,  # type: ignore[arg-type]
        user_name=user.name,
        org_id=org.id,  # type: ignore[arg-type]
        org_name=org.name,
        clearance=Level(user.clearance),
        role=user.role,
    )


def authenticate(s: Session, name: str, password: str) -> Principal | None:
    """The Principal if name and password match an active user, else None."""
    user = s.exec(select(User).where(User.name == name)).first()
    stored = user.password_hash if user and user.password_hash else _DUMMY_HASH
    try:
        ok: bool = _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok or user is None or user.password_hash is None or not user.active:
        return None
    return principal_for(s, name)
