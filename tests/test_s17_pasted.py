"""Pasted pages (issue #18): a long list of topics above the article is no article, a Chinese or
Japanese byline is no headline, and a link's target text is no headline either."""

from __future__ import annotations

import pytest

from newsmeta.headlines import _has_sentences, _is_dated, _title_like, find_headline

HEAD = "New court files expose the security team behind the embassy cameras"
BODY = (
    "An investigation published on Thursday reveals new details about the firm that guarded the embassy, "
    "and about the cameras it installed in the building's meeting rooms during the summer of 2017."
)
BODY2 = (
    "Former employees told the court that the company's owner travelled to the United States every month, "
    "and that he asked them to hand over the recordings without telling the embassy's staff."
)
# A tag cloud: long, many words, no sentence punctuation.
TOPICS = (
    "Animals Comets Drought Earthquakes Extreme Temperatures Fireballs Floods Health Energy Economy Elections "
    "Media Science Space Technology Weather Wildfires Volcanoes Ocean Climate Agriculture Education Travel Crime"
)

JA_HEAD = "米朝首脳直通電話　習氏に挑むトランプ戦術の成否"
JA_BODY = (
    "トランプ米大統領は北朝鮮の金正恩委員長との首脳会談で、直通電話の番号を渡したと明らかにした。"
    "中国の習近平国家主席は、この動きを注意深く見守っている。両国の関係は新たな段階に入りつつある。"
)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        pytest.param(
            [
                "Welcome to the Daily Signal",
                "Mon, 25 Dec 2023",
                "The News for People who Think",
                "Topics",
                TOPICS,
                "Sections",
                TOPICS,
                "Topics",
                TOPICS,
                "World",
                HEAD,
                "Ann Lee",
                "Thu, 14 May 2020 17:55 UTC",
                BODY,
                BODY2,
            ],
            HEAD,
            id="tag-clouds-above-are-no-articles",
        ),
        pytest.param(
            [
                "トップ",
                "速報",
                "政治",
                "経済",
                "国際",
                JA_HEAD,
                "編集委員　中沢克二",
                "2018年6月19日 5:50",
                JA_BODY,
                JA_BODY,
            ],
            JA_HEAD,
            id="japanese-byline-below-the-title",
        ),
        pytest.param(
            ["首页", "新闻", "财经", "外国专家：合作共赢符合国际社会利益", "记者 王小明", JA_BODY, JA_BODY],
            "外国专家：合作共赢符合国际社会利益",
            id="chinese-reporter-line",
        ),
        pytest.param(
            [
                "Home",
                "News",
                "小javascript:void(0) 中javascript:void(0) 大javascript:void(0)",
                HEAD,
                "By Ann Lee",
                BODY,
                BODY2,
            ],
            HEAD,
            id="link-target-text",
        ),
    ],
)
def test_pasted_headline(lines: list[str], want: str) -> None:
    head, _ = find_headline("\n".join(lines))
    assert head is not None
    assert head.text.replace("\u3000", " ") == want.replace("\u3000", " ")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        pytest.param("2018年6月19日 5:50", True, id="japanese-date"),
        pytest.param("2023年11月17日", True, id="chinese-date"),
        pytest.param("2019년 8월 20일", True, id="korean-date"),
        pytest.param("记者 王小明", True, id="chinese-reporter"),
        pytest.param("文／田中一郎", True, id="text-by"),
        pytest.param("文化部が新方針を発表", False, id="word-opening-with-the-same-character"),
        pytest.param("外国专家：合作共赢", False, id="headline-with-colon"),
    ],
)
def test_cjk_dates_and_bylines_are_meta(line: str, want: bool) -> None:
    assert _is_dated(line) is want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        pytest.param(TOPICS, False, id="tag-cloud"),
        pytest.param(BODY, True, id="paragraph"),
        pytest.param(JA_BODY, True, id="japanese-paragraph"),
        pytest.param("Wer gewinnt die Wahl? Die Umfragen sagen wenig voraus", True, id="question-inside"),
    ],
)
def test_articles_above_are_paragraphs_with_sentences(line: str, want: bool) -> None:
    assert _has_sentences(line) is want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        pytest.param("小javascript:void(0) 中javascript:void(0) 大javascript:void(0)", False, id="script-link"),
        pytest.param("Write to us at mailto:desk@example.org", False, id="mail-link"),
        pytest.param("編集委員　中沢克二", False, id="japanese-byline"),
        pytest.param("记者 王小明 报道", False, id="chinese-byline"),
        pytest.param(HEAD, True, id="headline"),
        pytest.param(JA_HEAD, True, id="japanese-headline"),
    ],
)
def test_title_like(line: str, want: bool) -> None:
    assert _title_like(line) is want


def _noise(seed: int, n: int) -> bytes:
    import random

    rng = random.Random(seed)
    return bytes(rng.getrandbits(8) for _ in range(n))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_noise(1, 20_000).decode("latin-1"), id="random-bytes-as-latin-1"),
        pytest.param(_noise(2, 20_000).decode("cp1251", "replace"), id="random-bytes-as-cp1251"),
        pytest.param(
            "\n".join(__import__("base64").b64encode(_noise(k, 57)).decode() for k in range(200)), id="base64-lines"
        ),
        pytest.param("\n".join(" ".join(f"{b:02x}" for b in _noise(k, 16)) for k in range(200)), id="hex-dump"),
    ],
)
def test_noise_has_no_headline(text: str) -> None:
    assert find_headline(text) == (None, ())
