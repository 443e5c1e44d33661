"""A small chat client for `lens serve`: Chainlit's own protocol (password login, socket.io).

Used by the concurrency test and by bench/chat_load.py. One `ChatSession` is one browser tab:

    async with ChatSession(url, "ana", "demo-ana") as chat:
        turn = await chat.ask("How are fishing crews kept from leaving?")
        print(turn.reply.content, turn.first_token_s, turn.complete_s)

Everything the server sends is kept (assistant messages, their streamed tokens, side elements
and their text, unknown events), so a test can check every byte a user was shown.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp
import socketio

DEFAULT_PROFILE = "Analyst Q&A"
_IGNORED = {  # session bookkeeping, not content
    "chat_settings",
    "clear_ask",
    "clear_call_fn",
    "set_commands",
    "set_modes",
    "task_end",
    "task_start",
    "token_usage",
}


class ChatError(RuntimeError):
    """Login refused, connection refused, or no reply in time."""


@dataclass
class Reply:
    """One assistant message as the client saw it (times are time.monotonic())."""

    id: str
    thread_id: str | None
    parent_id: str | None = None
    content: str = ""
    streamed: str = ""
    first_token: float | None = None
    done: float | None = None
    is_error: bool = False


@dataclass
class Turn:
    """One question and the assistant messages Chainlit linked to it.

    Chainlit runs `on_message` inside a "run" step whose parent is the user's message, and every
    message sent from it (or from a task it started) has that run as parent: replies are
    attributed by these ids, never by arrival time.
    """

    question: str
    message_id: str
    sent: float
    ended: float | None = None
    started: bool = False  # the server has begun handling it (task_start)
    messages: list[Reply] = field(default_factory=list)

    @property
    def reply(self) -> Reply | None:
        """The first assistant message of the turn (None when there was none)."""
        return self.messages[0] if self.messages else None

    @property
    def first_token_s(self) -> float | None:
        """Seconds from sending to the first streamed piece of the reply."""
        r = self.reply
        start = (r.first_token or r.done) if r else None
        return start - self.sent if start is not None else None

    @property
    def complete_s(self) -> float | None:
        """Seconds from sending to the complete reply."""
        r = self.reply
        return r.done - self.sent if r is not None and r.done is not None else None


class ChatSession:
    """One logged-in chat session (one tab) speaking Chainlit's socket.io protocol."""

    def __init__(
        self,
        base_url: str,
        user: str,
        password: str,
        profile: str = DEFAULT_PROFILE,
        *,
        thread_id: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.user, self.password, self.profile = user, password, profile
        self.resume_id = thread_id  # a kept conversation to resume, as the sidebar does
        self.thread_id: str | None = None  # the conversation, once the server names it
        self.resumed: dict[str, Any] | None = None  # the thread shown on resume
        self.resume_error: str | None = None
        self.session_id = str(uuid.uuid4())
        self.replies: dict[str, Reply] = {}
        self.elements: list[dict[str, Any]] = []
        self.element_text: dict[str, str] = {}
        self.other_events: list[tuple[str, Any]] = []
        self.turns: list[Turn] = []
        self.stray: list[Reply] = []  # assistant messages linked to no question of this session
        self._runs: dict[str, str | None] = {}  # run step id -> the user message it handles
        self._http: aiohttp.ClientSession | None = None
        self._token = ""
        self._ready = asyncio.Event()
        self._ended = asyncio.Event()
        self._sio = socketio.AsyncClient(reconnection=False)
        self._sio.on("*", self._on_event)

    async def __aenter__(self) -> ChatSession:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def _cookie(self) -> dict[str, str]:
        return {"Cookie": f"access_token={self._token}"}

    async def connect(self, timeout: float = 60.0) -> None:
        """Log in with the password form, open the socket and wait for the chat to start."""
        self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout))
        async with self._http.post(
            f"{self.base_url}/login", data={"username": self.user, "password": self.password}
        ) as resp:
            if resp.status != 200 or "access_token" not in resp.cookies:
                raise ChatError(f"login refused for {self.user}: HTTP {resp.status}")
            self._token = resp.cookies["access_token"].value
        await self._sio.connect(
            self.base_url,
            headers=self._cookie,
            auth={
                "sessionId": self.session_id,
                "userEnv": json.dumps({}),
                "clientType": "webapp",
                "chatProfile": self.profile,
                "threadId": self.resume_id,
            },
            transports=["websocket"],
            socketio_path="/ws/socket.io",
            wait_timeout=timeout,
        )
        await self._sio.emit("connection_successful")
        try:
            await asyncio.wait_for(self._ready.wait(), timeout)
        except TimeoutError as exc:
            raise ChatError(f"the chat of {self.user} did not start in {timeout}s") from exc

    async def upload(self, path: Any, mime: str = "text/plain") -> str:
        """Upload a file as the paperclip does; its reference for `ask(files=...)`."""
        assert self._http is not None
        form = aiohttp.FormData()
        form.add_field("file", path.read_bytes(), filename=path.name, content_type=mime)
        async with self._http.post(
            f"{self.base_url}/project/file",
            params={"session_id": self.session_id},
            data=form,
            headers=self._cookie,
        ) as resp:
            body = await resp.json(content_type=None)
            if resp.status != 200:
                raise ChatError(f"upload of {path.name} refused: HTTP {resp.status} {body}")
            return str(body["id"])

    async def ask(
        self, question: str, timeout: float = 300.0, files: list[str] | None = None
    ) -> Turn:
        """Send a question (with uploaded `files`); return when the server has handled it."""
        turn = Turn(question=question, message_id=str(uuid.uuid4()), sent=time.monotonic())
        self.turns.append(turn)
        self._ended.clear()
        message = {
            "id": turn.message_id,
            "threadId": "",
            "name": self.user,
            "type": "user_message",
            "output": question,
            "createdAt": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        }
        refs = [{"id": f} for f in files] if files else None
        await self._sio.emit("client_message", {"message": message, "fileReferences": refs})
        try:
            await asyncio.wait_for(self._ended.wait(), timeout)
        except TimeoutError as exc:
            raise ChatError(f"no complete reply to {question!r} within {timeout}s") from exc
        await self.fetch_elements()
        return turn

    # The sidebar's HTTP calls (Chainlit's thread routes) --------------------------------------
    async def http(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        """One call as the logged-in browser makes it: (status, JSON or text)."""
        assert self._http is not None
        async with self._http.request(
            method, f"{self.base_url}{path}", json=body, headers=self._cookie
        ) as resp:
            try:
                data = await resp.json(content_type=None)
            except ValueError:
                data = await resp.text()
            return resp.status, data

    async def list_threads(self, first: int = 20, cursor: str | None = None) -> dict[str, Any]:
        """The sidebar's list of this user's conversations."""
        status, data = await self.http(
            "POST",
            "/project/threads",
            {"pagination": {"first": first, "cursor": cursor}, "filter": {}},
        )
        assert status == 200, (status, data)
        return data

    async def fetch_elements(self) -> None:
        """Download the text of every side element received so far (what a click shows)."""
        assert self._http is not None
        for e in self.elements:
            key = e.get("chainlitKey")
            if not key or e["id"] in self.element_text:
                continue
            async with self._http.get(
                f"{self.base_url}/project/file/{key}",
                params={"session_id": self.session_id},
                headers=self._cookie,
            ) as resp:
                body = await resp.read()
                self.element_text[e["id"]] = body.decode("utf-8", "replace")
                if resp.status != 200:
                    self.other_events.append(("element_fetch_failed", resp.status))

    def shown_text(self) -> str:
        """Everything this session was shown: messages, streamed tokens and side elements."""
        parts = [r.content + "\n" + r.streamed for r in self.replies.values()]
        parts += [json.dumps(e) for e in self.elements]
        parts += list(self.element_text.values())
        parts += [json.dumps(data, default=str) for _, data in self.other_events]
        if self.resumed is not None:
            parts.append(json.dumps(self.resumed))
        return "\n".join(parts)

    async def close(self) -> None:
        """Disconnect and drop the HTTP session."""
        if self._sio.connected:
            await self._sio.disconnect()
        if self._http is not None:
            await self._http.close()

    # socket.io events ---------------------------------------------------------------
    def _reply(self, step: dict[str, Any]) -> Reply:
        r = self.replies.get(step["id"])
        if r is None:
            r = self.replies[step["id"]] = Reply(id=step["id"], thread_id=step.get("threadId"))
        r.parent_id = step.get("parentId") or r.parent_id
        return r

    def _turn_of(self, run_id: str | None) -> Turn | None:
        asked = self._runs.get(run_id or "")
        return next((t for t in self.turns if t.message_id == asked), None)

    async def _on_event(self, event: str, data: Any = None) -> None:
        now = time.monotonic()
        if event == "first_interaction":
            self.thread_id = data.get("thread_id") or self.thread_id
        elif event == "resume_thread":
            self.resumed, self.thread_id = data, data.get("id")
            self._ready.set()  # a resumed chat runs no on_chat_start
        elif event == "resume_thread_error":
            self.resume_error = str(data)  # the chat then starts anew (on_chat_start)
        elif event in ("new_message", "update_message") and data.get("type") == "run":
            self._runs[data["id"]] = data.get("parentId")
            if event == "update_message" and data.get("name") == "on_chat_start":
                self._ready.set()  # the chat has started: settings sent, history set
            turn = self._turn_of(data["id"])
            if event == "update_message" and turn is not None and turn.ended is None:
                turn.ended = now  # the run ends when on_message returns
                self._ended.set()
        elif event == "stream_start":
            r = self._reply(data)
            r.first_token = r.first_token or now
            r.streamed = data.get("output") or ""
        elif event == "stream_token":
            self._reply({"id": data["id"]}).streamed += data.get("token") or ""
        elif event in ("new_message", "update_message"):
            r = self._reply(data)
            r.content, r.is_error = data.get("output") or "", bool(data.get("isError"))
            r.thread_id = data.get("threadId") or r.thread_id
            if r.done is None:
                r.done = now
                turn = self._turn_of(r.parent_id)
                if turn is not None:
                    turn.messages.append(r)
                else:
                    self.stray.append(r)
                    self._ready.set()  # if no question was asked yet, the chat start failed
        elif event == "element":
            self.elements.append(data)
        elif event == "task_start" and self.turns:
            self.turns[-1].started = True
        elif event == "task_end" and self.turns and self.turns[-1].started:
            if self.turns[-1].ended is None:  # no run step was closed: on_message failed
                self.turns[-1].ended = now
                self._ended.set()
        elif event not in _IGNORED:
            self.other_events.append((event, data))
