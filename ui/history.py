"""A kept conversation in the shapes Chainlit's sidebar and resume expect (ThreadDict, steps,
elements), built from the history service's plain data (lens.services.history).

Source panels are rebuilt from the citations as the service re-checked them just now: a
visible source shows its current record and passage, a withdrawn one only that it was
withdrawn. Each panel's text travels inside its element as a `data:` URL, so nothing about a
source is stored or served anywhere else.
"""

from __future__ import annotations

import base64
import uuid
from typing import Any

from ui.formatting import WITHDRAWN_CARD, card, footer
from ui.runtime import also_appears, principal

UNNAMED = "Conversation"


def data_url(text: str) -> str:
    """Markdown as a URL the chat's side panel can fetch without asking the server."""
    return "data:text/plain;charset=utf-8;base64," + base64.b64encode(text.encode()).decode()


def summary(t: dict[str, Any], user: str) -> dict[str, Any]:
    """A conversation as the sidebar lists it (no messages)."""
    return {
        "id": t["id"],
        "createdAt": t["created_at"],
        "name": t["name"] or UNNAMED,
        "userId": user,
        "userIdentifier": user,
        "tags": None,
        "metadata": {},
        "steps": [],
        "elements": [],
    }


def thread_dict(t: dict[str, Any], user: str, assistant: str) -> dict[str, Any]:
    """A conversation with its messages and source panels, as `resume` shows it.

    Answers are numbered in order, so their sources are named "Source n·k" as in a live chat
    (the k-th answer), and a later answer never opens an earlier one's panel.
    """
    steps: list[dict[str, Any]] = []
    elements: list[dict[str, Any]] = []
    k = 0
    p = principal(user)

    def panel(c: dict[str, Any]) -> str:
        """As in a live chat: the passage, then "Also appears in" under the user's access now."""
        if c["withdrawn"]:
            return WITHDRAWN_CARD
        return card(c) + also_appears(p, c["chunk_id"])[0]

    for st in t["steps"]:
        text = st["text"]
        if st["kind"] == "answer":
            k += 1
            names = []
            for c in st["citations"]:
                name = f"Source {c['n']}·{k}"
                names.append(name + (" (withdrawn)" if c["withdrawn"] else ""))
                elements.append(
                    {
                        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{st['step_id']}/{c['n']}")),
                        "threadId": t["id"],
                        "type": "text",
                        "name": name,
                        "display": "side",
                        "forId": st["step_id"],
                        "mime": "text/plain",
                        "url": data_url(panel(c)),
                        "chainlitKey": None,
                        "objectKey": None,
                        "path": None,
                        "size": None,
                        "language": None,
                        "page": None,
                        "props": None,
                        "autoPlay": None,
                        "playerConfig": None,
                    }
                )
            text = text + "\n\n" + footer(names, st["mode"])
        steps.append(
            {
                "id": st["step_id"],
                "threadId": t["id"],
                "parentId": None,
                "name": user if st["kind"] == "question" else assistant,
                "type": "user_message" if st["kind"] == "question" else "assistant_message",
                "output": text,
                "input": "",
                "createdAt": st["created_at"],
                "start": st["created_at"],
                "end": st["created_at"],
                "streaming": False,
                "isError": False,
                "waitForAnswer": False,
                "showInput": False,
                "metadata": {},
                "tags": None,
                "generation": None,
                "language": None,
                "feedback": None,
            }
        )
    return {
        **summary(t, user),
        "metadata": dict(t.get("settings") or {}),
        "steps": steps,
        "elements": elements,
    }
