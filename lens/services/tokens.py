"""Bearer tokens for the HTTP API: `lens tokens create/list/revoke`, and turning a presented
token back into its user's Principal.

A token reads `lens_<id>_<secret>`. The id is public (listed, revoked by); the secret has 256
bits from `secrets` and is kept only as its SHA-256 hash, compared in constant time. A token
acts as its user *as of now*: a disabled user, an expired or revoked token, or one that was
never issued is refused with the same sentence.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from core import audit
from core.access import Level, Principal
from core.choices import TOKEN_DAYS as DEFAULT_DAYS
from core.errors import AccessDenied, LensError, NotFound
from core.records import ApiToken, Organisation, User
from lens.services.base import Service, aware, iso

PREFIX = "lens"
MAX_DAYS = 3650
REFUSED = "The bearer token is missing, unknown, expired or revoked, or its user is disabled."


class InvalidToken(AccessDenied):
    """A presented token that does not let anyone in (HTTP 401); one sentence for every
    reason, so a guess learns nothing. `reason` says which, for the audit log."""

    def __init__(self, reason: str) -> None:
        super().__init__(REFUSED)
        self.reason = reason


def digest(secret: str) -> str:
    """The stored form of a token's secret."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def issue(
    s: Session, user_id: int, *, name: str = "", days: int = DEFAULT_DAYS
) -> tuple[str, ApiToken]:
    """A new token for a user, added to the session: (the token, shown once; its record)."""
    token_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    row = ApiToken(
        id=token_id,
        user_id=user_id,
        name=name[:100],
        secret_hash=digest(secret),
        expires_at=datetime.now(UTC) + timedelta(days=days),
    )
    s.add(row)
    return f"{PREFIX}_{token_id}_{secret}", row


def _row(t: ApiToken) -> dict[str, Any]:
    expires, revoked = aware(t.expires_at), aware(t.revoked_at)
    return {
        "id": t.id,
        "name": t.name,
        "created": iso(t.created_at),
        "expires": iso(expires),
        "revoked": iso(revoked),
        "active": revoked is None and expires is not None and expires > datetime.now(UTC),
    }


class TokenService(Service):
    """Per-user API tokens: issued, listed and revoked with an audit row each."""

    _table_ready = False

    def _ensure_table(self) -> None:
        """A hub made before tokens existed gains their table on first use."""
        if not self._table_ready:
            ApiToken.__table__.create(self.db.engine, checkfirst=True)  # type: ignore[attr-defined]
            self._table_ready = True

    def create(
        self, principal: Principal, *, name: str | None = None, expires_days: int = DEFAULT_DAYS
    ) -> dict[str, Any]:
        """`lens tokens create --json`: {"id", "token", "user", "expires"}; the token is shown
        this once. Audited (the id, never the secret)."""
        if not 1 <= expires_days <= MAX_DAYS:
            raise LensError(f"--expires-days must be between 1 and {MAX_DAYS}.", exit_code=2)
        self._ensure_table()
        with self.db.session() as s:
            token, row = issue(s, principal.user_id, name=name or "", days=expires_days)
            s.flush()
            out = {
                "id": row.id,
                "token": token,
                "user": principal.user_name,
                "expires": iso(row.expires_at),
            }
        audit.record(
            self.db,
            user=principal.user_name,
            action="tokens.create",
            detail={"id": out["id"], "expires_days": expires_days},
        )
        return out

    def list_tokens(self, principal: Principal) -> dict[str, Any]:
        """`lens tokens list --json`: the user's tokens, newest first (never their secrets)."""
        self._ensure_table()
        with self.db.session() as s:
            rows = s.exec(
                select(ApiToken)
                .where(ApiToken.user_id == principal.user_id)
                .order_by(col(ApiToken.created_at).desc())
            ).all()
            return {"tokens": [_row(t) for t in rows]}

    def revoke(self, principal: Principal, token_id: str) -> dict[str, Any]:
        """`lens tokens revoke ID --json`: the user's own token, or (for an organisation's
        admin) one of its members' tokens, stops working now. Audited, found or not."""
        self._ensure_table()
        with self.db.session() as s:
            row = s.get(ApiToken, token_id)
            owner = s.get(User, row.user_id) if row is not None else None
            allowed = owner is not None and (
                owner.id == principal.user_id
                or (principal.is_admin and owner.org_id == principal.org_id)
            )
            if allowed and row is not None and row.revoked_at is None:
                row.revoked_at = datetime.now(UTC)
                s.add(row)
        audit.record(
            self.db,
            user=principal.user_name,
            action="tokens.revoke",
            detail={"id": token_id[:32]},
            outcome="ok" if allowed else "not_found",
        )
        if not allowed:
            raise NotFound(f"Token {token_id[:32]} does not exist.")
        return {"revoked": token_id}

    def authenticate(self, token: str | None) -> tuple[str, Principal]:
        """(the token's id, its user's Principal as of now), or InvalidToken (audited, with
        the reason but never the token). One query: this runs before every API call."""
        parts = (token or "").split("_", 2)
        if len(parts) != 3 or parts[0] != PREFIX or not parts[1] or not parts[2]:
            raise self._refuse(None, "missing" if not token else "malformed")
        token_id, secret = parts[1][:32], parts[2]
        self._ensure_table()
        who: str | None = None
        with self.db.session() as s:
            found = s.exec(
                select(ApiToken, User, Organisation)
                .where(ApiToken.id == token_id)
                .where(ApiToken.user_id == User.id)
                .where(User.org_id == Organisation.id)
            ).first()
            stored = found[0].secret_hash if found else digest(secrets.token_hex(16))
            if found is None or not hmac.compare_digest(stored, digest(secret)):
                reason: str | None = "unknown"
            else:
                row, user, org = found
                who = user.name
                reason = (
                    "revoked"
                    if row.revoked_at is not None
                    else "expired"
                    if aware(row.expires_at) <= datetime.now(UTC)  # type: ignore[operator]
                    else "user disabled"
                    if not user.active
                    else None
                )
                # as core.directory.principal_for builds it, from the rows already at hand
                principal = Principal(
                    user_id=user.id,  # type: ignore[arg-type]
                    user_name=user.name,
                    org_id=org.id,  # type: ignore[arg-type]
                    org_name=org.name,
                    clearance=Level(user.clearance),
                    role=user.role,
                )
        if reason is not None:  # audited after the read, outside its transaction
            raise self._refuse(who, reason)
        return token_id, principal

    def _refuse(self, user: str | None, reason: str) -> InvalidToken:
        """The refusal, audited (the token's user where the token is genuine)."""
        audit.record(
            self.db, user=user, action="api.auth", outcome="refused", detail={"reason": reason}
        )
        return InvalidToken(reason)
