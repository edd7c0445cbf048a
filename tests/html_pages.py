"""A news page as bytes, for the HTML tests of sessions 17 and 19: an English article body, its
title, and :func:`page` around them (a ``<title>`` with the site's name, ``<html lang>``)."""

from __future__ import annotations

__all__ = ["EN", "TITLE", "page"]

EN = ("<p>The council voted on Tuesday to approve the harbour plan after a long debate about its cost, "
      "and the mayor said the work on the new quay would begin in the spring.</p>") * 4
TITLE = "Council approves the harbour plan after long debate"


def page(body: str, head: str = "", lang: str = "en", title: str = f"{TITLE} | Harbour Times") -> bytes:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body>{body}</body></html>").encode()
