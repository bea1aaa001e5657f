"""What a question asks after an event it names ("where do they move after the condo blows up?"): the story
sentence telling the event, then the first one after it that holds what is asked."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from index.answer import Excerpt, trim_quote
from index.film_index import VisibleIndex
from index.question import synonyms, word_forms
from index.tokenize import document_tokens, query_tokens

# "… after the condo blows up", "… after the shower?": what is asked comes first, the event after "after".
_AFTER = re.compile(
    r"^(?P<asked>.*?\b(?:who|whom|what|where|how|why|which|does|do|did)\b.*?)\bafter (?P<event>[^?,.;:!]{3,80})"
)

# An event told in a phrasal verb, as the one verb a summary would write ("the condo blows up" beside "his condo
# destroyed by an explosion"): "blow" alone is no word of the text.
_PHRASAL = re.compile(r"\b(blow|blows|blew|blown|blowing|burn|burns|burned|burnt|burning) (?:up|down)\b", re.I)
_ONE_WORD = {
    **dict.fromkeys(("blow", "blows", "blew", "blown", "blowing"), "explodes"),
    **dict.fromkeys(("burn", "burns", "burned", "burnt", "burning"), "burns"),
}

# Words telling which of several events is meant ("after their first fight"): the text tells the event, seldom
# which one it was.
WHICH_ONE = frozenset(query_tokens("first second third last final next big whole"))
# How many first letters two words share to count as one root ("explod", "explos").
ROOT = 5
# How many sentences past the event's the answer may be told.
REACH = 4
# Words that say only that something happens or is done: no part of what is asked.
_DOING = frozenset(query_tokens("happen happens happened do does did doing go goes went get gets got"))


def asked_after(question: str) -> tuple[list[str], list[str], list[str]] | None:
    """What a question asks after an event it names: the terms of what is asked, of the event as typed, and of
    the event with its phrasal verbs as one word ("the condo explodes" for "… after the condo blows up?"); None
    when it names no event."""
    found = _AFTER.search(question.lower())
    if found is None:
        return None
    event = found["event"]
    asked = [t for t in query_tokens(found["asked"]) if t not in _DOING]
    return asked, query_tokens(event), query_tokens(in_one_word(event))


def in_one_word(event: str) -> str:
    """The event with its phrasal verbs as the one verb a summary would write ("the condo explodes")."""
    return _PHRASAL.sub(lambda m: _ONE_WORD[m[1].lower()], event)


def _holds(tokens: Collection[str], term: str) -> bool:
    return (
        term in tokens
        or any(form in tokens for form in word_forms(term))
        or any(other in tokens for other in synonyms(term))
        or any(same_root(term, t) for t in tokens)
    )


def same_root(term: str, other: str) -> bool:
    """Whether two terms share a root, as another part of speech of one word does ("explod", "explos")."""
    return len(term) >= ROOT and other.startswith(term[:ROOT])


# "When Susan walked out, Kane tore her room apart": a sentence opening on the event as its time tells what followed
# it in its own main clause.
_LEAD_IN = re.compile(r"^(?:when|after|once|as soon as|the moment)\b(?P<event>[^,;:]{3,120}),", re.I)


def _told_as_what_leads_in(sentence: str, told: Collection[str]) -> bool:
    """Whether the sentence tells the event in a clause leading into its main one ("When Susan walked out, …")."""
    lead = _LEAD_IN.match(sentence)
    if lead is None:
        return False
    tokens = set(document_tokens(lead["event"]))
    return all(_holds(tokens, t) for t in told)


class AfterTheEvent(NamedTuple):
    # The sentence telling what is asked; None when the event is the last the asker may see and more is hidden.
    excerpt: Excerpt | None


def after_the_event(
    question: str, visible: VisibleIndex, skip: Collection[str], people: Collection[str]
) -> AfterTheEvent | None:
    """The first visible story sentence after the one telling the event asked from that holds what is asked, or
    the sentence right after the event's when only what happens is asked (`skip`: the film's title words, no part
    of either; `people`: its names, which say what is asked only when nothing else does). None when no visible
    sentence tells the event in all its words, or none after it within reach holds what is asked while more of
    the story is seen."""
    found = asked_after(question)
    if found is None:
        return None
    asked, typed, told = found
    told = [t for t in told if t not in skip and t not in WHICH_ONE]
    asked = [t for t in asked if t not in skip and t not in typed and t not in told and t not in WHICH_ONE]
    # "Where does Ruth move after …?": Ruth is in every sentence about her; "move" is what is asked.
    asked = [t for t in asked if t not in people] or asked
    if not told:
        return None
    story = [(sentence, passage, set(document_tokens(sentence))) for sentence, passage in visible.story_sentences()]
    at = next((i for i, (_, _, tokens) in enumerate(story) if all(_holds(tokens, t) for t in told)), None)
    if at is None:
        return None
    # The event's own sentence may go on to tell what is asked ("Madeleine buys a posy at a florist, visits
    # Carlotta's grave …"; "After Cole is locked in a cupboard at a birthday party …, he finally tells Malcolm …").
    start = at if asked or _told_as_what_leads_in(story[at][0], told) else at + 1
    # The sentence holding most of what is asked, the first of those; a third of it at least ("who drives the
    # Malibu back into the lot after it was stolen?" is not answered by "… to take the car back").
    need = (len(set(asked)) + 2) // 3
    held = [(sum(_holds(tokens, t) for t in set(asked)), -i) for i, (_, _, tokens) in enumerate(story)]
    window = range(start, min(at + 1 + REACH, len(story)))
    best = max(window, key=lambda i: held[i], default=None)
    if best is not None and (not asked or held[best][0] >= max(need, 1)):
        sentence, passage, _ = story[best] if asked else story[start]
        return AfterTheEvent(Excerpt(trim_quote(sentence), passage, passage.section))
    if at == len(story) - 1 and visible.hidden:
        # "What happens after the condo blows up?" with spoilers off: the premise ends there.
        return AfterTheEvent(None)
    return None
