"""Prompt templates as package data, rendered with Jinja2 StrictUndefined."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, StrictUndefined, Template


@cache
def _env() -> Environment:
    return Environment(undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)


@cache
def template(name: str) -> Template:
    """A template by file stem (e.g. 'answer_system')."""
    source = files("prompts").joinpath(f"{name}.j2").read_text(encoding="utf-8")
    return _env().from_string(source)


def render(name: str, **values: Any) -> str:
    """Render a template; a missing variable is an error, never an empty string."""
    return template(name).render(**values).strip()
