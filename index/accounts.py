"""Someone's own account of what happened, as a story of several witnesses tells it ("what's the bandit's version?",
"what does the dead samurai say happened?"): the sentence that opens their account and the ones that go on with it."""

from __future__ import annotations

import re
from collections.abc import Collection

from corpus.text import split_sentences
from index.answer import Excerpt
from index.film_index import VisibleIndex
from index.tokenize import query_tokens

# One to three words: "the bandit", "the dead samurai", "Masako" (not "does Leonard accept Teddy").
_TELLER = r"(?:the\s+)?(?P<who>[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,2}?)"
ACCOUNT_ASKED = re.compile(
    # "what's the bandit's version?", "tell me Masako's story", "what is the wife's side of it"
    rf"\b(?:what(?:['’]s| is| was| are)|tell me|give me|and)\s+{_TELLER}(?:['’]s|s['’])\s+"
    r"(?:version|story|account|side|testimony)\b"
    # "what does the dead samurai say happened?", "what does he claim through the medium?", "how does the samurai say
    # he died?", "what the dead guy say through the medium" (the verb's helper left out, as a learner types it)
    rf"|\b(?:what|how)\s+(?:(?:does|did|do)\s+)?{_TELLER.replace('who', 'says')}\s+(?:say|claim|tell|testify)\s+"
    r"(?:happened|happens|through|at the trial|in court|to the court|(?:he|she|they) (?:died|dies|was killed))"
    # "in the version of the dead husband", "the account of the wife" (not "the story of Carlotta", a tale told)
    r"|\b(?:version|account|testimony)\s+of\s+(?!(?:the\s+)?(?:story|events?|things|it|that|this|what)\b)(?:the\s+)?"
    r"(?P<of>[^\W\d_][\w'’-]*(?:\s(?!(?:how|what|who|why|in|at|about|is|was|did|does)\b)[\w'’-]+){0,2})",
    re.I,
)

# A sentence opening someone's account: "Tajōmaru's story makes him the hero.", "The dead samurai speaks through a
# medium.", "According to Teddy, …". The words a teller is introduced with, within the sentence's first words.
_TELLING = frozenset(
    query_tokens("story account version testimony speaks tells says claims admits confesses testifies recounts")
)
# The words that open a version of events, not just a line of talk ("Jamie tells Landon about …", "Sonny tells police
# that …", "Burt admits he has rented …" are the story going on): what an excerpt inside an account is led by. A
# sentence that a next one goes on from as "In his version …" opens one too ("… the woodcutter admits he saw everything
# and lied at the court. In his version …").
_VERSION_TELLING = frozenset(query_tokens("story account version testimony testifies recounts"))
_IN_THEIR_VERSION = re.compile(r"^\W*in (?:his|her|their) (?:own )?(?:version|account|story|telling)\b", re.I)
_OPENING_WORDS = 7
_PRONOUNS = frozenset(("he", "she", "they", "it", "his", "her", "their", "its"))
_ACCORDING = re.compile(r"^\W*according to (?:the )?(?P<who>[\w'’ -]{1,30}?),", re.I)
# A question asking which version of events is true ("which account is the true one?", "is the woodcutter lying?");
# "really", "actually" are `Analysis.doubted`.
TRUTH_ASKED = re.compile(r"\b(?:true|truth|version|lying|lie|lied)\b", re.I)
# An excerpt of an account runs to this many characters (as an excerpt read on past a realisation does).
ACCOUNT_CHARS = 600


def teller_asked(question: str) -> str | None:
    """Whose account the question asks after ("the dead samurai", "bandit"), if any."""
    found = ACCOUNT_ASKED.search(question)
    if found is None:
        return None
    return (found["who"] or found["says"] or found["of"] or "").strip() or None


def _opens_an_account(sentence: str, telling: frozenset[str] = _TELLING) -> frozenset[str] | None:
    """The terms of whoever a sentence opens the account of, or None when it opens none."""
    if (according := _ACCORDING.match(sentence)) is not None:
        return frozenset(query_tokens(according["who"]))
    words = re.findall(r"[\w'’-]+", sentence)[:_OPENING_WORDS]
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(words) if set(query_tokens(w)) & telling), None)
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
    if start is None and "dead" in teller.lower().split():
        # "What's the dead husband's version?": the text calls him otherwise ("The dead samurai speaks through a
        # medium."); of the witnesses, the dead one is who it says is dead.
        dead = frozenset(query_tokens("dead"))
        start = next(
            (i for i, (sentence, _) in enumerate(story) if (opener := _opens_an_account(sentence)) and opener & dead),
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


def with_its_teller(excerpt: Excerpt, visible: VisibleIndex) -> Excerpt:
    """The excerpt led by the sentence opening the account it is told in, when one opens it in its passage or the
    one before: "Tajōmaru killed the samurai as he floundered …" is the woodcutter's version, not what happened, and
    the reader is told so ("Pressed by the commoner, the woodcutter admits he saw everything … …"). (Two passages at
    most: an account told in a paragraph ends with it, and nothing marks where a scene after it begins.)"""
    sentences = split_sentences(excerpt.text.lstrip("… "))
    cited = excerpt.passage
    if not sentences or cited is None:
        return excerpt
    story = visible.story_sentences()
    near = (cited.ordinal - 1, cited.ordinal)
    first = next(
        (i for i, (sentence, p) in enumerate(story) if p.ordinal in near and sentence.startswith(sentences[0])), None
    )
    if first is None:
        return excerpt
    home = story[first][1]
    opener = next(
        (
            j
            for j in range(first, -1, -1)
            if story[j][1].section == home.section
            and story[j][1].ordinal >= home.ordinal - 1
            and (
                _opens_an_account(story[j][0], _VERSION_TELLING)
                or (j + 1 < len(story) and _IN_THEIR_VERSION.match(story[j + 1][0]) is not None)
            )
        ),
        None,
    )
    # An excerpt opening on its own account's first sentence is told whose already. (Nor is text shown that is more a
    # spoiler than the passage cited, which says whether the answer holds spoilers.)
    if opener is None or opener == first or story[opener][1].spoiler > cited.spoiler:
        return excerpt
    joint = " " if opener == first - 1 else " … "
    text = f"{story[opener][0]}{joint}{excerpt.text.lstrip('… ')}"
    return excerpt if len(text) > ACCOUNT_CHARS else Excerpt(text, excerpt.passage, excerpt.section)
