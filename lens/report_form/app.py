"""The public report form: `GET/POST /report` and `GET/POST /report/follow-up`.

Plain HTML (no JavaScript), page text from `translations/*.toml`, Jinja2 with autoescape on
(tip text is hostile). Before a report reaches the tip service (which redacts it in memory
before anything is stored) it passes, in this order: the size limit (413), the rate limit
(429), the CSRF check (403), the honeypot (a bot is thanked and nothing is kept) and the
required field (400). The client's address is used only as the rate limiter's keyed hash.
"""

from __future__ import annotations

import logging
import threading
import tomllib
from collections.abc import Callable
from dataclasses import asdict
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from core.errors import LensError, NotFound
from lens.report_form.guards import CSRF_COOKIE, CsrfGuard, RateLimiter

if TYPE_CHECKING:
    from jinja2 import Environment

    from lens.services import Services

log = logging.getLogger("lens.report")

LANGUAGES = ("en", "fr")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
FIELDS = ("what", "country", "town", "when", "kind", "follow_up", "csrf", "website")


@cache
def translations(lang: str) -> dict[str, Any]:
    """The page text for a language (package data)."""
    path = files("lens.report_form") / "translations" / f"{lang}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def emergency_numbers() -> dict[str, Any]:
    """Emergency numbers by country code, from `data/emergency.toml`."""
    path = files("lens.report_form") / "data" / "emergency.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def templates() -> Environment:
    """The page templates, HTML-escaped everywhere."""
    from jinja2 import Environment, FunctionLoader, StrictUndefined

    folder = files("lens.report_form") / "templates"

    def load(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8")

    return Environment(
        loader=FunctionLoader(load), autoescape=True, undefined=StrictUndefined, auto_reload=False
    )


def choose_language(request: Request) -> str:
    """`?lang=` when it names a page language, else the first one Accept-Language names."""
    asked = request.query_params.get("lang", "")
    if asked in LANGUAGES:
        return asked
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


class ReportForm:
    """The form's routes over one `Services` (built on first use by `services_factory`)."""

    def __init__(self, services_factory: Callable[[], Services], prefix: str = "/report") -> None:
        self._services_factory = services_factory
        self.prefix = prefix.rstrip("/")
        self.csrf = CsrfGuard()
        self._limits: tuple[RateLimiter, RateLimiter] | None = None
        self._submit_lock = threading.Lock()  # one redaction at a time: spaCy is shared

    @property
    def services(self) -> Services:
        return self._services_factory()

    @property
    def limits(self) -> tuple[RateLimiter, RateLimiter]:
        """(reports, follow-up look-ups) per client, from the tips settings."""
        if self._limits is None:
            s = self.services.root.settings.tips
            self._limits = (
                RateLimiter(s.rate_limit, s.rate_window_seconds),
                RateLimiter(s.rate_limit * 4, s.rate_window_seconds),
            )
        return self._limits

    # Rendering ---------------------------------------------------------------------------
    def render(
        self,
        request: Request,
        name: str,
        status: int = 200,
        page: str = "",
        *,
        fresh: bool = False,
        **context: Any,
    ) -> Response:
        """A page in the request's language with a CSRF token. The cookie holding the token's
        nonce is a session cookie (gone when the browser closes), reused by open tabs, and
        replaced after a report is sent (`fresh`), so it cannot link one report to a later
        visit; the server keeps nothing of it."""
        lang = choose_language(request)
        t = translations(lang)
        token, nonce = self.csrf.issue(None if fresh else request.cookies.get(CSRF_COOKIE))
        ctx = {
            "error": None,
            "notice": None,
            "max_chars": self.services.root.settings.tips.max_chars,
            **context,
        }
        page_ctx = {"t": t, "base": self.prefix, "page": page, "csrf": token, **ctx}
        html = templates().get_template(name).render(**page_ctx)
        response = HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
        response.set_cookie(
            CSRF_COOKIE,
            nonce,
            path=self.prefix or "/",
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
        return response

    def message(self, request: Request, key: str, status: int) -> Response:
        return self.render(request, "message.html", status, error=translations_for(request)[key])

    def _form(
        self, request: Request, status: int = 200, error: str | None = None, **values: Any
    ) -> Response:
        t = translations_for(request)
        from core.taxonomy import keys

        kinds = [(k, t["kinds"].get(k, k.replace("_", " "))) for k in keys("type")]
        blank = {"what": "", "country": "", "town": "", "when": "", "kind": "", "follow_up": False}
        return self.render(
            request,
            "form.html",
            status,
            kinds=kinds,
            values={**blank, **values},
            error=error,
        )

    # Reading a post ----------------------------------------------------------------------
    async def _read_form(self, request: Request) -> dict[str, str] | Response:
        """The posted fields, or the refusal to send (413 too large, 400 unreadable)."""
        limit = self.services.root.settings.tips.max_body_kb * 1024
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            return self.message(request, "too_large", 413)
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return self.message(request, "too_large", 413)
            chunks.append(chunk)
        try:
            parsed = parse_qs(
                b"".join(chunks).decode("utf-8", "replace"),
                keep_blank_values=True,
                max_num_fields=len(FIELDS) + 10,
            )
        except ValueError:
            return self.message(request, "failed", 400)
        return {k: v[0] for k, v in parsed.items() if v}

    # Routes --------------------------------------------------------------------------------
    async def get_report(self, request: Request) -> Response:
        return self._form(request)

    async def post_report(self, request: Request) -> Response:
        form = await self._read_form(request)
        if isinstance(form, Response):
            return form
        if not self.limits[0].allow(request.client.host if request.client else None):
            return self.message(request, "too_many", 429)
        from lens.services.tips import TipForm

        t = translations_for(request)
        tip = TipForm(
            what=form.get("what", ""),
            country=form.get("country", ""),
            town=form.get("town", ""),
            when=form.get("when", ""),
            kind=form.get("kind", "") or None,
            follow_up=form.get("follow_up", "") in ("yes", "on", "1", "true"),
        )
        values = {**asdict(tip), "kind": tip.kind or ""}  # to fill the form in again
        if not self.csrf.check(form.get("csrf"), request.cookies.get(CSRF_COOKIE)):
            return self._form(request, 403, t["expired"], **values)
        if form.get("website", "").strip():  # the honeypot: thanked, nothing kept
            from lens.services.tip_signals import new_receipt

            return self._sent(request, new_receipt(), tip.country)
        if not tip.what.strip():
            return self._form(request, 400, t["missing_what"], **values)
        try:
            done = await run_in_threadpool(self._submit, tip)
        except LensError:
            return self._form(request, 400, t["failed"], **values)
        except Exception as exc:  # the type only: a message could quote the report
            log.error("a report could not be processed (%s)", type(exc).__name__)
            return self.message(request, "failed", 500)
        return self._sent(request, done["receipt"], tip.country)

    def _submit(self, tip: Any) -> dict[str, Any]:
        with self._submit_lock:
            return self.services.tips.submit(tip)

    def _sent(self, request: Request, receipt: str, country: str) -> Response:
        from core.gazetteer import lookup_country

        data = emergency_numbers()
        blank = {"police": "", "also": "", "helplines": []}
        countries = {k: {**blank, **v} for k, v in data["countries"].items()}
        code = lookup_country(country[:200]) if country.strip() else None
        listed = sorted(countries.values(), key=lambda c: c["name"])
        return self.render(
            request,
            "sent.html",
            fresh=True,
            receipt=receipt,
            here=countries.get(code or ""),
            countries=listed,
            international=data["international"],
        )

    async def get_follow_up(self, request: Request) -> Response:
        receipt = request.query_params.get("receipt", "")
        if receipt:  # accepted, though a POST keeps the code out of URLs
            if not self.limits[1].allow(request.client.host if request.client else None):
                return self.message(request, "too_many", 429)
            return await self._thread(request, receipt)
        return self.render(request, "follow.html", page="/follow-up", thread=None, receipt="")

    async def post_follow_up(self, request: Request) -> Response:
        form = await self._read_form(request)
        if isinstance(form, Response):
            return form
        if not self.limits[1].allow(request.client.host if request.client else None):
            return self.message(request, "too_many", 429)
        t = translations_for(request)
        if not self.csrf.check(form.get("csrf"), request.cookies.get(CSRF_COOKIE)):
            return self.render(
                request, "follow.html", 403, "/follow-up", thread=None, receipt="",
                error=t["expired"],
            )  # fmt: skip
        receipt = form.get("receipt", "")
        reply = form.get("reply", "")
        notice = None
        if reply.strip():
            try:
                await run_in_threadpool(self._reply, receipt, reply)
                notice = t["reply_sent"]
            except NotFound:
                return self._not_found(request)
            except LensError as exc:
                return self.render(
                    request, "follow.html", 400, "/follow-up", thread=None, receipt="",
                    error=str(exc),
                )  # fmt: skip
        return await self._thread(request, receipt, notice)

    def _reply(self, receipt: str, text: str) -> None:
        with self._submit_lock:
            self.services.tips.reply(receipt, text)

    async def _thread(self, request: Request, receipt: str, notice: str | None = None) -> Response:
        try:
            thread = await run_in_threadpool(self.services.tips.follow_up, receipt)
        except NotFound:
            return self._not_found(request)
        return self.render(
            request, "follow.html", page="/follow-up", thread=thread, receipt=receipt,
            notice=notice,
        )  # fmt: skip

    def _not_found(self, request: Request) -> Response:
        t = translations_for(request)
        return self.render(
            request, "follow.html", 404, "/follow-up", thread=None, receipt="",
            error=t["not_found"],
        )  # fmt: skip


def translations_for(request: Request) -> dict[str, Any]:
    """The page text in the request's language."""
    return translations(choose_language(request))
