"""Who is calling: `Authorization: Bearer <token>` turned into the token's user, as of now
(lens.services.tokens), with that token's rate limit spent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from core.access import Principal
from lens.services import Services

bearer = HTTPBearer(auto_error=False, description="A token from `lens tokens create`.")


def services(request: Request) -> Services:
    """The hub's services, from the composition root the app was built over."""
    return request.app.state.root().services


@dataclass(frozen=True)
class Caller:
    """The authenticated caller: the token's id and its user's Principal."""

    token_id: str
    principal: Principal


def caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Caller:
    """The caller of a protected route; 401 (one sentence for every reason) or 429."""
    token = credentials.credentials if credentials is not None else None
    token_id, principal = services(request).tokens.authenticate(token)
    request.state.user = principal.user_name
    request.app.state.limiter.check(token_id)
    return Caller(token_id, principal)


def principal(who: Annotated[Caller, Depends(caller)]) -> Principal:
    """The acting user of a protected route."""
    return who.principal


Acting = Annotated[Principal, Depends(principal)]
Hub = Annotated[Services, Depends(services)]
