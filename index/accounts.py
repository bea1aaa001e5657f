"""Someone's own account of what happened, as a story of several witnesses tells it ("what's the bandit's version?",
"what does the dead samurai say happened?"): the sentence that opens their account and the ones that go on with it."""

from __future__ import annotations

import re
from collections.abc import Collection

from index.answer import Excerpt
from index.film_index import VisibleIndex
from index.tokenize import query_tokens

# One to three words: "the bandit", "the dead samurai", "Masako" (not "does Leonard accept Teddy").
_TELLER = r"(?:the\s+)?(?P<who>[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,2}?)"
ACCOUNT_ASKED = re.compile(
    # "what's the bandit's version?", "tell me Masako's story", "what is the wife's side of it"
    rf"\b(?:what(?:['’]s| is| was| are)|tell me|give me|and)\s+{_TELLER}(?:['’]s|s['’])\s+"
    r"(?:version|story|account|side|testimony)\b"
    # "what does the dead samurai say happened?", "what does he claim through the medium?"
    rf"|\bwhat\s+(?:does|did|do)\s+{_TELLER.replace('who', 'says')}\s+(?:say|claim|tell|testify)\s+"
    r"(?:happened|happens|through|at the trial|in court|to the court)",
    re.I,
)

# A sentence opening someone's account: "Tajōmaru's story makes him the hero.", "The dead samurai speaks through a
# medium.", "According to Teddy, …". The words a teller is introduced with, within the sentence's first words.
_TELLING = frozenset(
    query_tokens("story account version testimony speaks tells says claims admits confesses testifies recounts")
)
_OPENING_WORDS = 7
_PRONOUNS = frozenset(("he", "she", "they", "it", "his", "her", "their", "its"))
_ACCORDING = re.compile(r"^\W*according to (?:the )?(?P<who>[\w'’ -]{1,30}?),", re.I)
# An excerpt of an account runs to this many characters (as an excerpt read on past a realisation does).
ACCOUNT_CHARS = 600


def teller_asked(question: str) -> str | None:
    """Whose account the question asks after ("the dead samurai", "bandit"), if any."""
    found = ACCOUNT_ASKED.search(question)
    if found is None:
        return None
    return (found["who"] or found["says"] or "").strip() or None


def _opens_an_account(sentence: str) -> frozenset[str] | None:
    """The terms of whoever a sentence opens the account of, or None when it opens none."""
    if (according := _ACCORDING.match(sentence)) is not None:
        return frozenset(query_tokens(according["who"]))
    words = re.findall(r"[\w'’-]+", sentence)[:_OPENING_WORDS]
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(words) if set(query_tokens(w)) & _TELLING), None)
    if at is None or at == 0 or lowered[0] == "in" or {w.strip("'’s") for w in lowered[:at]} & _PRONOUNS:
        # "In his account, …", "He says he forgot …": the account already told goes on.
        return None
    # "The police agent who caught Tajōmaru says …": the teller is who comes before the clause about them.
    subject = next((i for i, w in enumerate(lowered[:at]) if w in ("who", "that", "which", "whom")), at)
    return frozenset(t for w in words[:subject] for t in query_tokens(w))


def _names_of(role: str, sentences: Collection[str]) -> set[str]:
    """The terms of the names the text gives someone it calls by `role`: "the bandit Tajōmaru", "the wife, Masako"."""
    after = re.compile(rf"\b{re.escape(role)}\w*,? ([A-Z][\w'’-]+)", re.I)
    return {t for sentence in sentences for found in after.finditer(sentence) for t in query_tokens(found[1])}


def account_excerpt(question: str, visible: VisibleIndex) -> tuple[bool, Excerpt | None] | None:
    """Whether the question asks someone's account, and the excerpt telling it from what the asker may see: its
    opening sentence and those going on with it, up to the next account (its end when it runs long). None when
    no account is asked; (True, None) when one is and no visible sentence opens it."""
    teller = teller_asked(question)
    if teller is None:
        return None
    story = visible.story_sentences()
    words = [w for w in re.findall(r"[\w'’-]+", teller.lower()) if w not in ("dead", "real", "the")]
    names = {t for w in words for t in query_tokens(w)}
    names |= {t for w in words for t in _names_of(w, [sentence for sentence, _ in story])}
    start = next(
        (i for i, (sentence, _) in enumerate(story) if (opener := _opens_an_account(sentence)) and opener & names),
        None,
    )
    if start is None:
        return True, None
    end = next((j for j in range(start + 1, len(story)) if _opens_an_account(story[j][0])), len(story))
    told = [sentence for sentence, _ in story[start:end]]
    text = " ".join(told)
    if len(text) > ACCOUNT_CHARS:
        # The account's end is what it comes to ("… the samurai stabbed himself"): its opening, then its last
        # sentences that fit.
        tail: list[str] = []
        for sentence in reversed(told[1:]):
            if len(" ".join([told[0], "…", sentence, *tail])) > ACCOUNT_CHARS:
                break
            tail.insert(0, sentence)
        text = " ".join([told[0], "…", *tail]) if tail else told[0]
    passage = story[end - 1][1]
    return True, Excerpt(text, passage, passage.section)
