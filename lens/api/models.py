"""The request bodies of /api/v1 (the responses are the `lens … --json` documents)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from lens.services.questions import MAX_K

FilterValue = str | int
Filters = dict[str, FilterValue]
FILTERS_DOC = "key: value (org, kind, country, type, sector, means, year_from, year_to, level)."


class SearchBody(BaseModel):
    """`lens search`."""

    model_config = ConfigDict(extra="forbid")
    query: str = Field(min_length=1, description="What to look for.")
    k: int | None = Field(None, ge=1, le=MAX_K, description="Passages to return.")
    filters: Filters | None = Field(None, description=FILTERS_DOC)
    mode: Literal["hybrid", "dense", "lexical"] = "hybrid"


class Turn(BaseModel):
    """An earlier turn of the conversation (only the user's questions are used)."""

    model_config = ConfigDict(extra="allow")
    question: str | None = None
    role: str | None = None
    content: str | None = None


class AskBody(BaseModel):
    """`lens ask`."""

    model_config = ConfigDict(extra="forbid")
    question: str = Field(min_length=1, description="The question.")
    mode: Literal["auto", "generative", "extractive"] | None = Field(
        None, description="Override answer.mode."
    )
    conversation: list[str | Turn] = Field(
        default_factory=list, description="Earlier turns: questions, or {role, content} objects."
    )
    filters: Filters | None = Field(None, description=FILTERS_DOC)

    def history(self) -> list[str]:
        """The user's earlier questions, oldest first."""
        out: list[str] = []
        for turn in self.conversation:
            if isinstance(turn, str):
                out.append(turn)
            elif turn.question:
                out.append(turn.question)
            elif turn.content and (turn.role or "user") == "user":
                out.append(turn.content)
        return out


class Supplier(BaseModel):
    """One supplier; any other field is kept in the report."""

    model_config = ConfigDict(extra="allow")
    name: str = Field(min_length=1)
    country: str = ""
    region: str | None = None
    sector: str | None = None


class RiskBody(BaseModel):
    """`lens risk`, with the suppliers as data."""

    model_config = ConfigDict(extra="forbid")
    suppliers: list[Supplier] = Field(min_length=1)

    def rows(self) -> list[dict[str, Any]]:
        """The suppliers as the service takes them."""
        return [s.model_dump(exclude_none=True) for s in self.suppliers]


class BriefBody(BaseModel):
    """`lens brief`."""

    model_config = ConfigDict(extra="forbid")
    topic: str | None = Field(None, description="Free text, e.g. 'nail bars'.")
    country: str | None = Field(None, description="Country name or code.")
    sector: str | None = Field(None, description="Sector key (e.g. textiles, fishing).")
    type: str | None = Field(None, description="Trafficking type key.")
    since: int | None = Field(None, description="First report year.")
    until: int | None = Field(None, description="Last report year.")
    filters: Filters | None = Field(None, description=FILTERS_DOC)

    def pairs(self) -> list[str]:
        """The filters as `key=value` words, as `lens brief` builds them."""
        out = [f"{k}={v}" for k, v in (self.filters or {}).items()]
        for key, value in (
            ("country", self.country),
            ("sector", self.sector),
            ("type", self.type),
            ("year_from", self.since),
            ("year_to", self.until),
        ):
            if value is not None:
                out.append(f"{key}={value}")
        return out
