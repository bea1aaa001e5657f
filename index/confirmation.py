"""Whether naming a film found by content could confirm something its hidden text says, with spoilers off.

Answering a question that names no film names the film content search found. When what the question describes is in
that film's hidden text only (its twist stated, a claim its visible text does not make, words or a name only the
hidden text holds), naming the film confirms it, so the engine refuses without naming any film. `bench/descriptions.py`
measures both sides: spoiler descriptions that must not name their film, safe ones that should.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.models import Film
from corpus.text import split_sentences
from index.film_index import FilmIndex, VisibleIndex
from index.film_search import FilmSearch
from index.identity_claims import makes_a_claim, unsaid_claims
from index.naming import credited_people, people_terms, terms_of_title
from index.persisted_search import PersistedSearch
from index.question import A_WOMAN_TERMS, FATE_TERMS, analyze, asks_which_film, name_terms, synonym
from index.question_shape import BARE_DESCRIPTION, without_description
from index.spoilers import ScopeMode, SpoilerScope
from index.tokenize import document_tokens, query_tokens
from index.visible_terms import as_the_text_says, word_weights

# A film found by content is not named (spoilers off) when this share of its description's weight is in words only
# its hidden text holds, or when one hidden passage holds this much more of the description than any visible
# passage (`may_confirm`; bench/descriptions.py).
HIDDEN_SHARE = 0.2
HIDDEN_PASSAGE_LEAD = 0.15
# More than this share of a description's weight in words only the hidden text holds: the hidden text found the film.
HIDDEN_MAJORITY = 0.5


def may_confirm(
    question: str,
    terms: list[str],
    described_terms: list[str],
    index: FilmIndex,
    scope: SpoilerScope,
    search: FilmSearch | PersistedSearch,
    *,
    answered: bool = False,
) -> bool:
    """Whether answering (and so naming) a film found by content could confirm something its hidden text says.

    With something hidden from this reader, it could when the question asks after a twist, or
    when its description leans on hidden text: a fair share of the description's weight is in words only the
    hidden text holds ("a motel keeper who is secretly the killer"), or one hidden passage holds clearly more
    of it than any visible passage does ("Marion takes a shower in cabin one"). Words the film's summary
    does not hold at all are the asker's own ("a guy with no short-term memory who tattoos clues"): they
    describe nothing this film's text says, so they confirm nothing (bench/descriptions.py measures both
    sides: spoiler sentences that must not name their film, premise sentences that should).

    `terms`: the question's terms; `described_terms`: those that describe the film (FilmFinder reads them);
    `search`: the content search, which knows whether another film's hidden text holds a name.
    """
    if scope.mode is ScopeMode.ON or not index.visible(scope).hidden:
        return False
    describes = asks_which_film(question) or without_description(question) is not None
    # Under a progress limit a reveal answered is one the text before the limit states ("does Marion make it
    # out alive?" up to 50%): the asker has seen it, so naming the film confirms nothing they have not.
    before_the_limit = answered and scope.mode is ScopeMode.UPTO and not describes
    # ("the film where the motel owner is the killer": a description typed bare states the twist all the same.)
    stating = describes or bool(BARE_DESCRIPTION.match(question))
    asks_twist = STATES_A_TWIST.search(question.lower()) if stating else analyze(question, terms).reveal is not None
    if asks_twist and not before_the_limit:
        # A question asking after a twist, or a description stating one ("… who is really dead").
        return True
    # What the asker may see: the safe text, or all of it up to their limit.
    safe = index.visible(scope if scope.mode is ScopeMode.UPTO else SpoilerScope.off())
    described_only = describes or bool(BARE_DESCRIPTION.match(question))
    if described_only and (turn := TURNS_OUT.search(question.lower())) and not _told_openly(turn, safe):
        # "… where the guy's sled turns out to be the thing he meant": what something turns out to be is a
        # twist, unless the visible text itself tells that it turns out so ("a puzzle that turns out to be a
        # recruitment test" in a premise).
        return True
    told = index.visible(SpoilerScope.on())
    title = set(terms_of_title(index.film))
    if stating and makes_a_claim(question) and unsaid_claims(question, told, safe, people_terms(index.film) - title):
        # "The movie where Norman is his mother": each word is in the premise, the claim joining them is not.
        return True
    described = [synonym(t, safe) for t in as_the_text_says(described_terms, safe)]
    names = set(name_terms(question))
    if any(t in names and t not in told and search.knows(t, spoilers=True) and not search.knows(t) for t in described):
        # A name only some other film's hidden text holds ("Kyra"): naming any film for it says something.
        return True
    if any(t in names and t not in safe and t not in title and t in told for t in described):
        # "The movie where John Doe's last victims are himself and the detective's wife": a name is no word of
        # the asker's own; one only this film's hidden text holds says what the hidden text does.
        return True
    said = list(dict.fromkeys(t for t in described if t in told))
    if not said:
        return False
    if set(described) & _A_WOMAN and set(described) & FATE_TERMS and not _a_womans_death(safe):
        # "The movie where a woman is drowned in a water tank": the premise tells a drowning in a tank, the rival
        # Angier's; whether a woman drowns is the hidden plot's to say.
        return True
    if any(t in TWIST_WORDS and t not in safe for t in said):
        # "The movie with the twin magicians": one word the visible text never uses, and it is a word twists are
        # told in ("identical twins" in the ending). Alone in a hidden passage it may well be the asker's own
        # ("talking apes"), but not a word like this one.
        return True
    weight = word_weights(told)
    total = sum(weight(t) for t in said)
    shown = {id(p) for p in safe.passages}
    hidden_holds: dict[int, set[str]] = {}
    for term in said:
        for i in told.postings.docs_with(term).tolist():
            if id(told.passages[i]) not in shown:
                hidden_holds.setdefault(i, set()).add(term)
    # A word only the hidden text holds speaks of that text where a hidden passage uses it with more of the
    # description; alone there it is as likely the asker's own ("a private eye", "talking apes").
    hidden_only = [
        t
        for t in said
        if t not in safe
        and not (t in FATE_TERMS and _a_death_told_with(described, safe))
        and any(t in held and len(held) > 1 for held in hidden_holds.values())
    ]
    # "The one with Charlton Heston and the talking monkeys": the credits, always shown, found the film; the share
    # of the rest that only hidden text holds says nothing of how it was found.
    by_credits = _credited(index.film, names & set(described))
    if sum(weight(t) for t in hidden_only) >= HIDDEN_SHARE * total and not by_credits:
        return True
    if sum(weight(t) for t in said if t not in safe) > HIDDEN_MAJORITY * total and not by_credits:
        # "… where the psychiatrist died before the main story" naming Psycho: most of what the film's text
        # holds of the description only its hidden text holds; the visible text did not find this film.
        return True
    best = {True: 0.0, False: 0.0}
    for passage, share in zip(told.passages, told.postings.coverage(said), strict=True):
        hidden = id(passage) not in shown
        best[hidden] = max(best[hidden], float(share))
    return best[True] >= best[False] + HIDDEN_PASSAGE_LEAD


def _credited(film: Film, names: set[str]) -> bool:
    """Whether a name typed is one of the film's credited people's (its cast, director or writer)."""
    return bool(names & set(query_tokens(" ".join(credited_people(film)))))


def _a_death_told_with(described: list[str], safe: VisibleIndex) -> bool:
    """Whether a visible sentence tells a death (in any of a death's words: "… fall through a trapdoor into a locked
    water tank and drown") beside another of the description's words: "the one with the magician who dies in a
    tank" describes it, not a hidden death. (Only within one sentence: "Vincent … shoots him" is no death of the
    "Malcolm" named in the next; and of a woman only in a woman's words: "a woman dies in a water tank" is no death
    of the rival Angier.)"""
    told = {t for t in described if t not in FATE_TERMS}
    # (A word for someone by kind, "a guy who kills people", says nothing of which death: "a … man has been found
    # dead" is a victim's, not the killing described.)
    things = told - _SOMEONE_OF_A_KIND - _COUNTS
    return any(
        terms & things and (not told & _A_WOMAN or _SHE.search(sentence)) for sentence, terms in _deaths_told(safe)
    )


def _a_womans_death(safe: VisibleIndex) -> bool:
    """Whether a visible sentence tells a death in words for a woman ("Stewart has died in her sleep pod")."""
    return any(_SHE.search(sentence) for sentence, _ in _deaths_told(safe))


def _deaths_told(safe: VisibleIndex) -> Iterator[tuple[str, set[str]]]:
    """The visible sentences that tell a death in any of a death's words, with their terms."""
    for passage in safe.passages:
        for sentence in split_sentences(passage.text):
            if (terms := set(document_tokens(sentence))) & FATE_TERMS:
                yield sentence, terms


# Counts ("two detectives"): no sign of which sentence a description tells.
_COUNTS = frozenset(query_tokens("one two three four five six seven eight nine ten"))
# Words for someone by kind: whose death a description tells, not which.
_SOMEONE_OF_A_KIND = frozenset(query_tokens("woman women man men girl girls boy boys guy lady kid child person people"))
# A description of a woman's death ("a woman is drowned …", "the girl dies"), and the words a sentence tells one in.
_A_WOMAN = A_WOMAN_TERMS
_SHE = re.compile(r"\b(?:she|her|herself|woman|women|girl|lady|wife|mother|daughter|sister)\b", re.I)


# What a description says when it states a twist rather than asking after one: "which film has a psychologist who
# is really dead?" (not "… a reporter chasing the meaning of a last word", which asks nothing).
STATES_A_TWIST = re.compile(
    r"\b(?:really|actually|secretly|all along|in reality|true identity|twist|in disguise|impostor"
    r"|the (?:real )?(?:killer|murderer|culprit)"
    # "the movie where tyler is imaginary", "… where he was a ghost": who someone turns out to be, in words a summary
    # may never use (so no film's text decides it)
    r"|imaginary|a figment|split personality|alter ego|(?:is|was|were|are) (?:a |the )?ghosts?"
    # "… where tyler isn't real", "… who never existed", "… only in his head"
    r"|(?:is|was|are|were)(?:n['’]?t| not) real|(?:does|did)(?:n['’]?t| not) (?:really )?exist|never existed"
    r"|only in (?:his|her|their) (?:head|mind)"
    # (also as typed without articles: "man and his friend are same person", "dead whole time")
    r"|(?:the )?same (?:person|man|woman|guy)|(?:the )?whole time"
    # "… where Scottie gets over his fear of heights at the end": how a film ends is its hidden text's to tell
    # ("at the end of the road" is a place).
    r"|(?:at|in|by) the (?:very )?end(?! of)|(?:final|last|closing) (?:scene|shot|moments?|minutes))\b"
)
# The words a twist is told in: who someone turns out to be (a twin, a double, a ghost, someone undercover). A
# description using one that a film's hidden text holds and its visible text does not describes its twist.
TWIST_WORDS = frozenset(
    query_tokens(
        "twin twins identical double doubles clone clones impostor imposter ghost ghosts undercover disguise disguised"
        " imaginary hallucination figment alter ego split personality personalities"
    )
)
# A description telling what something "turns out" to be: "… where the sled turns out to be the thing he meant".
TURNS_OUT = re.compile(r"\b(?:turns?|turned) out\b(?P<rest>[^,;:?]*)")


def _told_openly(turn: re.Match[str], safe: VisibleIndex) -> bool:
    """Whether a visible sentence tells, in the words of "turns out …", what the description says turns out."""
    said = set(query_tokens(turn["rest"]))
    return any(
        said <= set(document_tokens(sentence))
        for passage in safe.passages
        for sentence in split_sentences(passage.text)
        if TURNS_OUT.search(sentence.lower())
    )
