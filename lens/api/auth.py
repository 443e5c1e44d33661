"""Who is calling: `Authorization: Bearer <token>` turned into the token's user, as of now
(lens.services.tokens), with that token's rate limit spent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from core.access import Principal
from lens.api.limits import too_many
from lens.services import Services
from lens.services.tokens import InvalidToken

bearer = HTTPBearer(auto_error=False, description="A token from `lens tokens create`.")


async def services(request: Request) -> Services:
    """The hub's services, from the composition root the app was built over. (The cheap
    dependencies are coroutines: a plain function would cost a trip to the thread pool.)"""
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
    """The caller of a protected route; 401 (one sentence for every reason) or 429.

    Refused tokens spend from a bucket of the client's address (kept in memory only), so
    guessing is slowed and cannot flood the audit log: once it is empty, the answer is 429
    before any token is looked at."""
    limiter = request.app.state.limiter
    guesses = f"refused:{request.client.host if request.client else '?'}"
    wait = limiter.waiting(guesses)
    if wait > 0:
        raise too_many(wait, "with tokens that are not valid")
    token = credentials.credentials if credentials is not None else None
    try:
        token_id, principal = request.app.state.root().services.tokens.authenticate(token)
    except InvalidToken:
        limiter.take(guesses)
        raise
    request.state.user = principal.user_name
    limiter.check(token_id)
    return Caller(token_id, principal)


async def principal(who: Annotated[Caller, Depends(caller)]) -> Principal:
    """The acting user of a protected route."""
    return who.principal


Acting = Annotated[Principal, Depends(principal)]
Hub = Annotated[Services, Depends(services)]
