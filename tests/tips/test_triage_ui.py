"""The chat UI's Triage profile over a real hub: commands reach the tip service, and tip text
(hostile) is escaped so it can neither format the chat nor make the browser fetch anything."""

from __future__ import annotations

import pytest

from core.errors import AccessDenied
from lens.services import TipForm
from ui import triage

pytestmark = pytest.mark.slow

HOSTILE = (
    "Men locked in a barn near Hull ![x](http://evil.example/t.png) "
    "<script>alert(1)</script> [click](http://evil.example) # heading"
)


def test_when_tip_text_hostile_then_triage_view_escapes_markup(hub) -> None:
    svc, mod = hub.services, hub.services.users.principal("mod")
    out = svc.tips.submit(TipForm(what=HOSTILE, town="<img src=x onerror=alert(1)>"))
    for command in ("list", f"show {out['tip_id']}"):
        shown = triage.reply(svc, mod, command)["answer"]
        assert out["tip_id"] in shown
        assert "![" not in shown
        assert "](http" not in shown
        assert "<script" not in shown
        assert "<img" not in shown
        assert "\\# heading" in shown or "\\#" in shown


def test_when_moderator_types_commands_then_tip_asked_and_accepted(hub) -> None:
    svc, mod = hub.services, hub.services.users.principal("mod")
    out = svc.tips.submit(
        TipForm(what="A farm near Hull keeps twelve pickers in a shed without pay.", follow_up=True)
    )
    asked = triage.reply(svc, mod, f"ask {out['tip_id']}: How many sheds?")["answer"]
    assert "How many sheds?" in asked
    assert svc.tips.follow_up(out["receipt"])["messages"][0]["text"] == "How many sheds?"
    done = triage.reply(svc, mod, f"accept {out['tip_id']} member org-only")["answer"]
    assert done.startswith(f"Accepted `{out['tip_id']}` as document")
    assert "level 1" in done
    assert triage.reply(svc, mod, "help")["answer"] == triage.HELP


def test_when_user_not_moderator_then_triage_refused(hub) -> None:
    with pytest.raises(AccessDenied):
        triage.reply(hub.services, hub.services.users.principal("ana"), "list")
