"""Who is acting: resolving a user name into a Principal, logging in, `whoami`."""

from __future__ import annotations

from typing import Any

from core import audit
from core.access import Level, Principal
from core.errors import AccessDenied
from lens.services.base import Service


class UserService(Service):
    """Turns names and passwords into Principals; every refusal is audited."""

    def principal(self, name: str | None) -> Principal:
        """The acting user as of now: unknown and disabled users are refused (and audited),
        so a user disabled mid-session is refused at their next request."""
        from core.directory import principal_for

        db = self.db
        try:
            with db.session() as s:
                return principal_for(s, name)
        except AccessDenied as exc:
            user = name[:200] if name else None
            audit.refusal(db, exc, user=user, action="refused", outcome=str(exc)[:200])
            raise

    def login(self, name: str, password: str) -> Principal | None:
        """The Principal for valid credentials of an active user, else None; audited."""
        from core.directory import authenticate

        db = self.db
        with db.session() as s:
            p = authenticate(s, name, password)
        audit.record(db, user=name[:200], action="login", outcome="ok" if p else "refused")
        return p

    @staticmethod
    def whoami(principal: Principal) -> dict[str, Any]:
        """`lens whoami --json`: the acting user and what they may see."""
        return {
            "user": principal.user_name,
            "org": principal.org_name,
            "role": principal.role,
            "clearance": int(principal.clearance),
            "clearance_name": principal.clearance.name.lower(),
        }

    @staticmethod
    def share_levels(principal: Principal) -> list[str]:
        """Levels the user may share at: up to their clearance."""
        return [lv.name.lower() for lv in Level if lv <= principal.clearance]
