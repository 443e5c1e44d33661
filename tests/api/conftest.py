"""The API over the small access corpus (tests/lens/fake_hub.py): one hub per module, a
TestClient over `lens.api.create_app`, and bearer tokens for its users."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from lens.api import create_app
from tests.lens.fake_hub import FakeHub, fake_hub


@dataclass
class Api:
    """A client of the API over a fake hub, and a token per user."""

    hub: FakeHub
    client: TestClient
    tokens: dict[str, str]

    def token(self, user: str, **kw: object) -> str:
        """A fresh token for `user` (through the service, audited)."""
        p = self.hub.services.users.principal(user)
        return self.hub.services.tokens.create(p, **kw)["token"]  # type: ignore[arg-type]

    def auth(self, user: str) -> dict[str, str]:
        """The Authorization header of `user`'s token (one per user, made once)."""
        if user not in self.tokens:
            self.tokens[user] = self.token(user)
        return {"Authorization": f"Bearer {self.tokens[user]}"}


def api_client(hub: FakeHub) -> TestClient:
    """A client of a new API app over the hub (settings as the hub has them)."""
    return TestClient(create_app(lambda: hub.root), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    home = tmp_path_factory.mktemp("api") / "home"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LENS_HOME", str(home))
        mp.setenv("LENS_API_RATE_BURST", "1000")  # the burst tests build their own apps
        h = fake_hub(home, mp)
        with api_client(h) as client:
            yield Api(h, client, {})
        h.close()


@pytest.fixture
def doc_id(api: Api) -> Callable[[str], str]:
    """The id of a corpus document (by source_ref), as its uploader's organisation has it."""
    from core.records import Document

    def find(ref: str) -> str:
        with api.hub.stack.db.session() as s:
            from sqlmodel import select

            return s.exec(select(Document.id).where(Document.source_ref == ref)).one()

    return find
