"""Splitting an edition for Telegram: under the limit, at story boundaries, tags never broken."""

from __future__ import annotations

import re

from delivery_kit import html_problems, make_edition
from newsdesk.delivery.telegram_html import cut_html, edition_blocks, size, split_messages


def _visible(text: str) -> str:
    return "".join(re.sub(r"<[^>]*>", "", text).split())


def test_stories_are_packed_whole_below_the_limit():
    blocks = edition_blocks(make_edition(stories=9, words=40))
    messages = split_messages(blocks, 1000)
    assert len(messages) > 1
    assert all(size(m) <= 1000 and html_problems(m) == [] for m in messages)
    assert "\n\n".join(messages) == "\n\n".join(blocks)  # cut only between blocks


def test_a_story_longer_than_a_message_is_cut_at_lines_and_tags_stay_balanced():
    edition = make_edition(stories=2, words=10)
    edition.items[0].changes = [f"change {n} " + "detail " * 30 for n in range(40)]
    edition.items[0].quote = "a long quotation " * 400  # one <i> line longer than a message
    messages = split_messages(edition_blocks(edition), 500)
    assert all(size(m) <= 500 for m in messages)
    assert all(html_problems(m) == [] for m in messages)
    assert _visible("".join(messages)) == _visible("\n\n".join(edition_blocks(edition)))
    cut_in_changes = [m for m in messages if m.startswith("• change")]
    assert cut_in_changes  # cut at line starts, not mid-line, where lines are short
    [second] = [m for m in messages if "<b>2. Story 2:" in m]  # the next story is not cut
    assert second.endswith(edition_blocks(edition)[2])


def test_a_cut_never_falls_inside_a_tag_or_an_entity():
    text = "<b>" + "&amp; <a href=\"https://x.example/?q=1&amp;r=2\">link</a> " * 200 + "</b>"
    parts = cut_html(text, 300)
    for part in parts:
        assert size(part) <= 300 and html_problems(part) == []
        assert not re.search(r"&[#\w]*$", part.removesuffix("</b>"))
    assert _visible("".join(parts)) == _visible(text)


def test_size_counts_utf16_units_as_telegram_does():
    assert size("a€😀") == 4
    messages = split_messages(["😀" * 300, "😀" * 300], 700)
    assert len(messages) == 2
