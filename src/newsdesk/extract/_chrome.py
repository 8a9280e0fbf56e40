"""Page-chrome rules for single lines of scraped text.

Each rule names the kind of chrome it recognises; the name becomes the reason recorded
in ``Article.removed``. Rules only fire on lines short enough to be interface text and
never on lines that read like reported prose (a reporting verb or a quotation), because
losing a body sentence is worse than keeping a promo: "More than 2 million people
subscribe to the newsletter, the company said." stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|instagram|pinterest|reddit|email|e-mail|" \
    r"print|copy link|flipboard|messenger|youtube|tiktok|threads|bluesky|mastodon|sms|share|tweet)"


@dataclass(frozen=True)
class Rule:
    reason: str
    pattern: re.Pattern[str]
    max_words: int


def _rule(reason: str, alternatives: list[str], max_words: int = 30) -> Rule:
    return Rule(reason, re.compile("|".join(alternatives), re.I), max_words)


def _whole(alternatives: list[str]) -> list[str]:
    """Alternatives that must make up the whole line (bar trailing punctuation)."""
    return [r"^(?:" + "|".join(alternatives) + r")\W*$"]


RULES: tuple[Rule, ...] = (
    _rule("breadcrumb", [r"^you are here\b", r"^home\s*(?:[>»›/|]|&gt;)\s*\w"], 15),
    _rule("breadcrumb", [r"^[\w&' .-]{1,30}(?:\s+[>»›]\s+[\w&' .-]{1,30}){2,}$"], 15),
    _rule("navigation menu", [r"^[^|•·]{1,30}(?:\s+[|•·]\s+[^|•·]{1,30}){2,}$"], 25),
    _rule(
        "promo",
        [
            r"\bis (?:now )?on (?:telegram|whatsapp|instagram|google news|youtube|tiktok)\b",
            r"^(?:subscribe|sign up|register|join us|join our)\b",
            r"^get (?:our|the) (?:\w+ ){0,5}(?:newsletter|app|briefing|digest|bulletin|alerts)\b",
            r"\bin your inbox\b", r"\bsubscribe (?:for )?free\b",
            # in a longer line only a call opening a sentence: prose says "users who sign up for"
            r"(?:^\W*|[.!?:]\s+)(?:please |click (?:here )?to )?(?:subscribe (?:to|now|today|here)"
            r"|sign up (?:for|to|now|here))\b",
            r"\bsubscribe\W*$",
            r"\bnewsletters?\b", r"\bfor (?:daily|weekly|the latest) (?:updates|news)\b",
            r"\bdownload our (?:\w+ )?app\b", r"\bfree trial\b", r"\bunlimited (?:digital )?access\b",
            r"\balready a (?:subscriber|member)\b", r"\bsupport (?:our|independent|quality) journalism\b",
            r"\bbecome a (?:member|subscriber|patron)\b", r"\b(?:follow|like) us on\b",
            r"^follow [\w .'’-]{1,40} on (?:twitter|x|facebook|instagram|threads)\b",
            r"\b(?:delivered|sent) (?:straight )?to your inbox\b", r"\bgift (?:this |an? )?articles?\b",
            r"\binstall our [\w ]{0,30}app\b", r"^be the first to (?:know|get|hear|see)\b",
        ],
        28,
    ),
    _rule(  # short lines only: how-to prose tells the reader to "download the X app" too
        "promo",
        [
            r"\bsubscribe (?:to|now|today|here)\b", r"\bsign up (?:for|to|now|here)\b",
            r"\bdownload the (?:\w+ )?app\b", r"\binstall the [\w ]{0,30}app\b",
        ],
        12,
    ),
    _rule(
        "share",
        _whole(
            [
                r"(?:click to )?share (?:this|on|via|the)\b.*", rf"{_SOCIAL}(?:\W+{_SOCIAL})*",
                r".*\(opens in (?:a )?new window\)", r"shares?\W*\d*", r"save(?: article| for later)?",
                r"copy(?:ied)? link",
            ]
        ),
        14,
    ),
    _rule(
        "related",
        [
            r"^(?:listen|watch|podcast|video)\s*:",
            r"^(?:related(?: articles?| stories| content| topics| coverage| news| links| reading)?|read more|"
            r"read also|also read|see also|more (?:from|on|in|about)\b[^.!?]{0,40}|recommended(?: for you)?|"
            r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
            r"most (?:popular|read|viewed|shared)(?: in [\w ]{1,30})?|trending(?: now| stories)?|top stories|"
            r"latest (?:news|stories)|what to read next|read next|"
            r"more stories|editor'?s picks|popular (?:stories|now)|don'?t miss|watch next|up next|"
            r"(?:top|more|must|recommended) reads?\b.*|(?:more )?must[- ]reads?\b.*|"
            r"further reading|in (?:case you missed|other news)|more (?:news|videos|headlines))"
            r"\b\W*(?::.*)?$",
            r"^more\s*:$",
        ],
        25,
    ),
    _rule(
        "comments",
        [
            r"^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|add a comment|post a comment|reply)\b",
            r"^(?:join the (?:conversation|discussion)|show comments|view comments|comment policy)\b",
        ],
        12,
    ),
    _rule(  # a © glued to a letter is mojibake ("clichÃ©"), not a copyright sign
        "copyright", [r"(?<![^\W\d_])©", r"\(c\)\s*\d{4}", r"\bcopyright\b", r"\ball rights reserved\b"], 25
    ),
    _rule("copyright", [r"\bmay not be (?:reproduced|republished|redistributed)\b"], 60),
    _rule(
        "disclaimer",
        [
            r"\bwe may (?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commission|share)\b",
            r"\baffiliate (?:links?|commission|partnerships?)\b",
            r"\bindependently (?:selected|chosen|reviewed)\b",
        ],
        60,
    ),
    _rule(
        "cookie notice",
        [
            r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b", r"\baccept (?:all )?cookies\b",
            r"\bcookie (?:policy|settings|preferences|consent|notice|list|banner)\b",
            r"\bcookies (?:to|help|are used)\b",
            # the site's own legal pages; an article about an app's privacy settings is not a notice
            r"\b(?:our|this (?:web)?site'?s?) (?:privacy|terms|cookie|user agreement)\b", r"\bdo not sell\b",
            # a consent form: "By signing up, you agree to ...", "I agree to receive emails"
            r"\bby (?:signing|submitting|clicking|subscribing|providing|registering|continuing|using"
            r"|entering)\b.{0,100}\b(?:agree|accept|consent)",
            r"\bI (?:understand and )?agree\b.{0,60}\b(?:terms|privacy|emails?|registration)\b",
            r"\bunsubscribe at any time\b",
            # a footer row of legal links: a privacy page and a terms page named together
            r"^(?=.*\bprivacy (?:policy|notice|rights|statement)\b)(?=.*\bterms (?:of|and|&)\b)",
        ],
        40,
    ),
    _rule(  # footer links and consent buttons: short lines only
        "cookie notice",
        [
            r"\bprivacy (?:policy|settings|choices|rights|notice)\b",
            r"\bterms (?:of|and) (?:use|service|conditions)\b",
            r"\bmanage (?:preferences|consent)\b", r"\baccept all\b",
        ],
        12,
    ),
    _rule(
        "advertisement",
        _whole(
            [
                r"advertisement|advertising|ad|sponsored(?: content)?|paid (?:content|post)|promoted",
                r"(?:story|article) continues (?:below|after)\b.*",
                r"continue reading(?: below| the main story)?",
                r"scroll (?:down )?to continue\b.*", r"skip (?:advert|ad)\b.*",
            ]
        ),
        10,
    ),
    _rule(
        "interface",
        _whole(
            [
                r"skip to (?:main )?(?:content|navigation)|menu|main menu|search|close|back to top|loading",
                r"toggle (?:menu|navigation)|open (?:menu|navigation)|sign in|log ?in|log ?out|my account",
                r"listen to (?:this )?article|\d+\s*min(?:ute)?s? read|click here\b.*|tap here\b.*",
                r"view all|show more|load more|next|previous|print this (?:page|article)",
                r"font size|text size|\W+",
            ]
        ),
        8,
    ),
    _rule(
        "image credit",
        [
            r"\((?:AP|AFP|Reuters) Photo\b", r"\bgetty images\b", r"\bshutterstock\b",
            r"^\(?(?:photo|image|picture|credit|photograph)s?\s*(?:credit)?\s*(?:[:|]|\.\.\.|…)",
            r"^file\s*(?:photo)?\s*[-–—:]",
            r"(?:^|\()(?:photo|image)s? (?:by|courtesy(?: of)?)\b", r"\((?:image|photo|picture) credit\s*:",
            r"^courtesy(?: of)? [A-Z]", r"^getty(?: images)?$",
        ],
        60,
    ),
    _rule("social embed", [r"pic\.twitter\.com/", r"^[—–-] .{1,60}\(@\w+\)"], 40),
    _rule(
        "contact",
        _whole(
            [
                r"contact (?:reporter|the (?:author|writer)|us)\b.*",
                r"email (?:the )?(?:author|reporter)\b.*",
                r"@\w{2,}", r"\S+@\S+\.\w+", r"(?:https?://|www\.)\S+",
            ]
        ),
        15,
    ),
    _rule(
        "originally published",
        [
            r"^this (?:article|story|post) (?:was )?(?:originally|first) (?:appeared|published)",
            r"^originally published",
        ],
        30,
    ),
)
_REPORTED = re.compile(
    r"\b(?:said|says|told|according to|stated|added|announced|reported|wrote|explained)\b|[\"“”]", re.I
)
_END_MARKERS = frozenset({"related", "comments"})
_ENUMERATED = re.compile(r"^\(?\d{1,2}[.)]\s+[A-Z]")  # "5. Tweak the settings": a step of a how-to body


def classify_line(line: str) -> str | None:
    """The chrome reason for a line, or None when the line may be article text."""
    text = " ".join(line.split()).replace("’", "'")
    if not text:
        return None
    words = len(text.split())
    enumerated = bool(_ENUMERATED.match(text))
    for rule in RULES:
        if enumerated and rule.reason not in ("copyright", "image credit"):
            continue
        if words <= rule.max_words and rule.pattern.search(text):
            if words > 8 and _REPORTED.search(text) and rule.reason not in ("copyright", "image credit"):
                continue
            return rule.reason
    return None


def is_end_marker(line: str, reason: str | None) -> bool:
    """A standalone heading that usually closes the article ("Related stories", "Comments")."""
    return reason in _END_MARKERS and len(line.split()) <= 5


COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*"
    r"(?P<owner>[A-Z][\w.&'’ -]{1,60}?)(?:[.,;|]|\s+all rights reserved|\s*$)",
    re.I,
)


def copyright_owner(line: str) -> str | None:
    """The publisher named by a copyright footer ("© 2026 The Daily X" -> "The Daily X")."""
    m = COPYRIGHT_OWNER.search(line)
    if not m:
        return None
    owner = m["owner"].strip(" -")
    if not owner or owner.lower() in {"all rights reserved", "the"} or len(owner.split()) > 8:
        return None
    return owner
