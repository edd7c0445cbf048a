"""HTML headlines, session 22 (issue #18): a short Chinese or Japanese headline is a headline, the
separators Chinese sites write between a title and their name, and a blog's name over its post."""

from __future__ import annotations

import pytest

import newsmeta
from newsmeta.html_markup import _SEPARATORS

BODY = "<p>" + "The council voted on the new harbour plan after a long debate on costs and berths. " * 8 + "</p>"


def page(body: str, title: str, lang: str = "en", head: str = "") -> bytes:
    return f"<html lang='{lang}'><head><title>{title}</title>{head}</head><body>{body}</body></html>".encode()


ZH_TITLE, JA_TITLE = "港口计划获批_新闻中心_新浪网", "港の計画承認 | 港湾新聞"
ZH_OG = "<meta property='og:title' content='港口计划获批_新浪网'><meta property='og:site_name' content='新浪网'>"
BLOG = (f"<div id='header'><h1>Ina's Garden Blog</h1></div><div class='post'><h2 class='post-title'>Harbour plan "
        f"approved</h2>{BODY}</div>")
SUBTITLE = (f"<div><h1>Harbour plan approved</h1></div><div><h2>Council ends a long debate on berths</h2>{BODY}</div>")

CASES = [
    ("zh-short-h1", page(f"<article><h1>港口计划获批</h1>{BODY}</article>", ZH_TITLE, "zh"), "港口计划获批"),
    ("ja-short-h1", page(f"<article><h1>港の計画承認</h1>{BODY}</article>", JA_TITLE, "ja"), "港の計画承認"),
    ("zh-og-title-underscore", page(f"<div>{BODY}</div>", "港口计划获批_新浪网", "zh", ZH_OG), "港口计划获批"),
    ("blog-name-h1", page(BLOG, "Ina's Garden Blog: Harbour plan approved"), "Harbour plan approved"),
    # (a headline and its subtitle: the <h2> prints the subtitle, the <h1> is the headline)
    ("headline-subtitle", page(SUBTITLE, "Harbour plan approved - Council ends a long debate on berths"),
     "Harbour plan approved"),
    # (a one-word section name in an <h1> is still no headline)
    ("section-h1", page(f"<h1>Politik</h1><article><h2>Hafenplan beschlossen</h2>{BODY}</article>",
                        "Hafenplan beschlossen | Hafenblatt", "de"), "Hafenplan beschlossen"),
]


@pytest.mark.parametrize(("html", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_headline(html: bytes, expected: str) -> None:
    headline = newsmeta.extract(html).headline
    assert headline is not None and headline.text == expected


SEPARATOR_CASES = [
    ("cjk-underscore", "港口计划获批_新闻中心_新浪网", ["港口计划获批", "新闻中心", "新浪网"]),
    ("cjk-double-hyphen", "港口计划获批--人民网", ["港口计划获批", "人民网"]),
    ("latin-underscore", "my_file_name released", ["my_file_name released"]),
    ("latin-bar", "Harbour plan approved | Harbour Daily", ["Harbour plan approved", "Harbour Daily"]),
]


@pytest.mark.parametrize(("title", "parts"), [c[1:] for c in SEPARATOR_CASES], ids=[c[0] for c in SEPARATOR_CASES])
def test_separators(title: str, parts: list[str]) -> None:
    assert _SEPARATORS.split(title) == parts
