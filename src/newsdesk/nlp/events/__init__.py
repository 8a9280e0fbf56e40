"""events: who did what with whom, where and when, typed in PLOVER, with a status.

``find_events(doc, entities, quotes, times)`` is part of the pure per-article analysis: rules
on the spaCy dependency parse (``_find``: ``_triggers`` → ``_arguments``, ``_retype``, ``_status``,
``_times``), trigger tables in ``_lexicon`` (rows in ``_verb_rows`` / ``_noun_rows`` /
``_vocabulary``), word classes in ``_word_classes``, country codes in ``_countries``.
``normalise_type`` maps POLECAT's later names (REQUEST, ACCUSE) onto PLOVER 0.5's (DEMAND,
DISAPPROVE) for filters and the CLI.
``_coref`` merges the mentions of one event; its agreement rules (dates, places, people, event
words) are shared with the cross-article linker (``stories.story_events``).
"""

from newsdesk.nlp.events._coref import (
    after_publication,
    calendar,
    dates_agree,
    finer_date,
    people_agree,
    places_agree,
    word_key,
)
from newsdesk.nlp.events._find import find_events
from newsdesk.nlp.events._types import EVENT_TYPES, PLOVER_TYPES, TYPE_ALIASES, normalise_type

__all__ = ["EVENT_TYPES", "PLOVER_TYPES", "TYPE_ALIASES", "after_publication", "calendar", "dates_agree",
           "find_events", "finer_date", "normalise_type", "people_agree", "places_agree", "word_key"]
