"""The Chainlit app (started by `lens serve`). Thin: each callback hands its work to
ui.runtime, which calls the hub's services (lens.services)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import chainlit as cl
from chainlit.config import config
from chainlit.context import context
from chainlit.input_widget import Select, Switch
from chainlit.server import app as _server
from chainlit.types import ThreadDict

from lens.web import attach
from ui import formatting, runtime
from ui.data_layer import AuditFeedbackLayer, HistoryDataLayer, install_requester

install_requester(_server)  # the thread routes answer for their caller's own threads only
attach(_server, runtime.lens)  # the HTTP API (/api/v1) on the chat's port
EXPIRE_EVERY_S = 3600.0


@cl.data_layer
def _data_layer() -> HistoryDataLayer:
    return HistoryDataLayer(runtime.services(), config.ui.name)


@cl.on_app_startup
async def _startup() -> None:
    await asyncio.to_thread(runtime.warm_up)
    task = asyncio.create_task(_expire_history())
    _background.add(task)
    task.add_done_callback(_background.discard)


async def _expire_history() -> None:
    """The history's retention rule, at start and then hourly (`lens check` applies it too)."""
    while True:
        try:
            await asyncio.to_thread(runtime.expire_history)
        except Exception as exc:  # a database that is down now is retried next hour
            runtime.friendly(exc)
        await asyncio.sleep(EXPIRE_EVERY_S)


@cl.password_auth_callback
def _auth(username: str, password: str) -> cl.User | None:
    p = runtime.login(username, password)
    if p is None:
        return None
    return cl.User(
        identifier=p.user_name,
        metadata={"org": p.org_name, "role": p.role, "clearance": int(p.clearance)},
    )


@cl.set_chat_profiles
async def _profiles(user: cl.User | None, language: str | None = None) -> list[cl.ChatProfile]:
    moderator = False
    if user is not None:
        try:
            moderator = await asyncio.to_thread(runtime.is_moderator, str(user.identifier))
        except Exception:  # a refused user sees no Triage profile
            moderator = False
    return [
        cl.ChatProfile(
            name=name,
            markdown_description=spec["description"],
            starters=[cl.Starter(label=s, message=s) for s in spec["starters"]],
            default=(name == "Analyst Q&A"),
        )
        for name, spec in runtime.PROFILES.items()
        if moderator or not spec.get("moderators")
    ]


def _user() -> str:
    user = cl.user_session.get("user")
    if user is None:
        raise runtime.LensError("You are not logged in.")
    return str(user.identifier)


@cl.on_chat_start
async def _start() -> None:
    if context.session.thread_id_to_resume:
        # A conversation that could not be resumed (missing, or not this user's): this chat
        # is a new one, never written under the id the page asked for.
        context.session.thread_id = str(uuid.uuid4())
        context.session.thread_id_to_resume = None
    try:
        p = await asyncio.to_thread(runtime.principal, _user())
    except Exception as exc:
        await cl.Message(content=runtime.friendly(exc)).send()
        return
    await _send_settings(p)
    cl.user_session.set("history", [])


@cl.on_chat_resume
async def _resume(thread: ThreadDict) -> None:
    """A kept conversation, reopened from the sidebar: its messages and re-checked sources are
    shown by Chainlit from `thread` (ui.history); this restores what the next question needs."""
    try:
        p = await asyncio.to_thread(runtime.principal, _user())
    except Exception as exc:
        await cl.Message(content=runtime.friendly(exc)).send()
        return
    chosen = (thread.get("metadata") or {}).get("chat_settings") or {}
    await _send_settings(p, chosen)
    steps = thread.get("steps") or []
    questions = [st["output"] for st in steps if st.get("type") == "user_message"]
    cl.user_session.set("history", questions[-6:])  # redacted, as kept
    cl.user_session.set("answers", sum(1 for st in steps if st.get("type") == "assistant_message"))


async def _send_settings(p: Any, chosen: dict[str, Any] | None = None) -> None:
    levels = runtime.share_levels(p)
    chosen = chosen or {}
    level = chosen.get("level")
    await cl.ChatSettings(
        [
            Select(
                id="level",
                label="Share uploads at level",
                values=levels,
                initial_index=levels.index(level) if level in levels else min(1, len(levels) - 1),
            ),
            Switch(
                id="org_only",
                label=f"Uploads visible to {p.org_name} only",
                initial=bool(chosen.get("org_only", False)),
            ),
        ]
    ).send()


def _settings() -> tuple[str, bool]:
    chosen = cl.user_session.get("chat_settings") or {}
    return str(chosen.get("level", "member")), bool(chosen.get("org_only", False))


async def _upload(files: list[Any]) -> None:
    level, org_only = _settings()
    pairs = [(f.name, Path(f.path)) for f in files if getattr(f, "path", None)]
    report = await asyncio.to_thread(runtime.ingest_upload, _user(), pairs, level, org_only)
    msg = await cl.Message(content=formatting.upload_message(report)).send()
    await _keep(runtime.record_note, msg.id, formatting.upload_note(len(pairs), report))


async def _keep(record: Callable[..., None], step_id: str, *args: Any) -> None:
    """Keep a message in the user's history (runtime.record_*). History never breaks a chat:
    a failure is logged and the chat goes on."""
    try:
        await asyncio.to_thread(record, _user(), context.session.thread_id, step_id, *args)
    except Exception as exc:
        runtime.friendly(exc)


def _metadata() -> dict[str, Any]:
    return {
        "chat_profile": cl.user_session.get("chat_profile"),
        "chat_settings": cl.user_session.get("chat_settings") or {},
    }


async def _send_answer(
    user: str, result: dict[str, Any], elements: list[Any] | None = None
) -> cl.Message:
    """Stream the answer text, then attach one side element per citation."""
    msg = cl.Message(content="")
    for word in result["answer"].split(" "):
        await msg.stream_token(word + " ")
    cites = list({c["n"]: c for c in result.get("citations") or []}.values())
    # Chainlit finds side elements by name across the whole thread: names are made unique
    # per answer so "Source 1" of a later answer never opens an earlier answer's passage.
    k = int(cl.user_session.get("answers") or 0) + 1
    cl.user_session.set("answers", k)
    side = []
    linked: dict[str, dict[str, Any]] = {}  # reports sharing a value with a cited passage
    for c in cites:
        card, also = await asyncio.to_thread(runtime.source_side, user, c)
        side.append(cl.Text(name=f"Source {c['n']}·{k}", content=card, display="side"))
        for d in also:
            linked.setdefault(d["doc_id"], d)
    mode = "not_mentioned" if result.get("not_mentioned") else result.get("mode", "")
    msg.content = result["answer"] + "\n\n" + formatting.footer([e.name for e in side], mode)
    msg.elements = side + list(elements or [])
    # Follow "Also appears in" to the linked report, or one of the reports that name what was
    # asked about ("Which reports are connected to Operation Kestrel?") to its links (issue 17).
    offers = [("Links of", d) for d in result.get("offers") or []]
    msg.actions = [
        cl.Action(
            name="follow_link",
            payload={"doc_id": d["doc_id"]},
            label=formatting.action_label(verb, d.get("title") or d["doc_id"], d["org"]),
            tooltip=runtime.follow_question(d["doc_id"]),
        )
        for verb, d in offers + [("Linked", d) for d in list(linked.values())[:6]]
    ]
    await msg.send()
    await _keep(runtime.record_answer, msg.id, result)
    return msg


@cl.on_message
async def _message(message: cl.Message) -> None:
    kept = None
    if message.content.strip():  # kept as the service redacts it (never as typed), meanwhile
        kept = asyncio.create_task(
            _keep(
                runtime.record_question,
                message.id,
                message.content,
                datetime.now(UTC),
                _metadata(),
            )
        )
    try:
        await _answer(message)
    finally:
        if kept is not None:
            await kept


async def _answer(message: cl.Message) -> None:
    try:
        user = _user()
        files = [e for e in (message.elements or []) if getattr(e, "path", None)]
        profile = cl.user_session.get("chat_profile") or "Analyst Q&A"
        if files:
            if profile == "Supplier risk" and all(f.name.lower().endswith(".csv") for f in files):
                await _risk_upload(user, files)
            else:
                await _upload(files)
            if not message.content.strip().endswith("?"):
                return  # text sent with files is a note about them, unless it asks something
        history: list[str] = cl.user_session.get("history") or []
        result, elements = await asyncio.to_thread(
            runtime.respond, user, message.content, history, profile
        )
        msg = await _send_answer(user, result, elements)
        runtime.remember_answer(_data_layer_instance(), msg.id, user, result)
        history.append(message.content)
        cl.user_session.set("history", history[-6:])
        if result.get("mode") == "extractive" and runtime.try_generation():
            # The quoted answer is already on screen; a generated one follows only if every
            # citation checks out. It runs in the background so the chat stays responsive; a
            # new question supersedes a follow-up still waiting for the model (cancel() leaves
            # one already running alone).
            pending = cl.user_session.get("follow_up")
            if pending is not None:
                pending.cancel()
            job = _generation.submit(runtime.generate_checked, user, result)
            cl.user_session.set("follow_up", job)
            task = asyncio.create_task(_generated_follow_up(user, job))
            _background.add(task)
            task.add_done_callback(_background.discard)
    except Exception as exc:
        await cl.Message(content=runtime.friendly(exc)).send()


@cl.action_callback("follow_link")
async def _follow_link(action: cl.Action) -> None:
    """A linked report of "Also appears in", followed: the links answer for it, as if asked."""
    question = runtime.follow_question(str(action.payload.get("doc_id", "")))
    asked = cl.Message(content=question, author=_user(), type="user_message")
    await asked.send()  # shown as the user's question, then answered like one
    await _message(asked)


_background: set[asyncio.Task] = set()
# The model writes one answer at a time (and a generation takes seconds to minutes on a small
# CPU): follow-ups queue on a thread of their own, so they never hold the shared threads that
# answer questions and open sources for everyone else.
_generation = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lens-generate")


async def _generated_follow_up(user: str, job: Future[dict[str, Any] | None]) -> None:
    try:
        checked = await asyncio.wrap_future(job)
        if checked is not None:
            await _send_answer(user, checked)
    except Exception as exc:  # never let a background check break the chat
        runtime.friendly(exc)


async def _risk_upload(user: str, files: list[Any]) -> None:
    suppliers = 0
    msg = None
    for f in files:
        report = await asyncio.to_thread(runtime.risk_from_csv, user, f.name, Path(f.path))
        suppliers += int(report["suppliers"])
        msg = await cl.Message(
            content=report["markdown"],
            elements=[
                cl.File(
                    name=report["md_name"], content=report["md"].encode(), mime="text/markdown"
                ),
                cl.File(name=report["csv_name"], content=report["csv"].encode(), mime="text/csv"),
            ],
        ).send()
    if msg is not None:
        await _keep(runtime.record_note, msg.id, formatting.risk_note(len(files), suppliers))


def _data_layer_instance() -> AuditFeedbackLayer | None:
    from chainlit.data import get_data_layer

    layer = get_data_layer()
    return layer if isinstance(layer, AuditFeedbackLayer) else None
