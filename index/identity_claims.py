"""Whether a description of a film states who someone is in a way the text anyone may see does not.

"The movie where Norman is his mother", "the one where the narrator is Tyler", "the film where Teddy is a cop": every
word is in the visible text ("Norman Bates … lives … with his invalid mother"), so no word leans on hidden text, yet
the claim joining them is the twist. A claim is told openly when a visible sentence holds both sides close together
("Dr. Malcolm Crowe is a child psychologist"); otherwise naming the film would confirm it. So is a claim of someone's
death ("the film where Evelyn is shot"), told in any of a death's words.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from corpus.text import split_sentences
from index.film_index import VisibleIndex
from index.question import FATE_TERMS, synonym
from index.tokenize import document_tokens, query_tokens

# The pieces every claim below is written in: how it is asked, the emphasis before what is claimed, and what.
_ASKED_LEAD = r"^\W*(?:(?:so|and|but|wait|ok|okay)\W+)?(?:is|was|are|were) (?:the )?"
_EMPHASIS = r"(?:really |actually |secretly |just |also |in fact )?"
_CLAIMED = r"(?P<det>(?:a|an|the|his|her|their|its)(?: own)? |[a-z]+['’]s )?(?P<other>[a-z][\w'’-]*)\b"
# "<someone> is (really) (a|his|the) <someone>": the two sides of a claim of who someone is.
_CLAIM = re.compile(
    r"\b(?P<subject>[a-z][\w'’-]*) (?:is|was|are|were|(?:turns?|turned) out to be|becomes|became) "
    + _EMPHASIS
    + _CLAIMED
)
# The same claim asked: "is Norman his mother?", "so is Teddy really a cop?", "is Fallon Borden?".
_ASKED = re.compile(_ASKED_LEAD + r"(?P<subject>[a-z][\w'’-]*) " + _EMPHASIS + _CLAIMED)
# "<someone> killed <someone>": a claim of who did a death ("the film where Leonard killed his own wife"), which the
# The verbs a claim of who did a death is told in ("Leonard killed his wife").
_DEED_VERBS = (
    "killed",
    "kills",
    "murdered",
    "murders",
    "poisoned",
    "poisons",
    "shot",
    "shoots",
    "stabbed",
    "stabs",
    "drowned",
    "drowns",
    "strangled",
)
# visible text may tell of someone else ("two men … killed his wife").
_DEED = re.compile(
    r"\b(?P<subject>[a-z][\w'’-]*) (?:(?:really|actually|secretly|accidentally|unknowingly|himself|herself|already"
    r"|later|finally|eventually|then|once|also|had|has|have) ){0,2}"
    r"(?:" + "|".join(_DEED_VERBS) + r")"
    r" (?:(?:a|an|the|his|her|their|its)(?: own)? |[a-z]+['’]s )?(?P<other>[a-z][\w'’-]*)\b"
)
# "<someone> dies": a death claimed in a verb of its own ("the film where Evelyn dies", "Malcolm died").
_DIES = re.compile(
    r"\b(?P<subject>[a-z][\w'’-]*) (?:(?:really|actually|finally|eventually|also|then|later) )?"
    r"(?:gets |got |is |was )?(?P<fate>dies|died|drowns|drowned|killed|murdered|executed)\b"
)
# Wounds: being shot or stabbed is no death. A death claimed is told openly only in a death's words ("Vincent …
# shoots him" does not tell that Malcolm died); a wound claimed, in any of them.
_WOUNDS = frozenset(query_tokens("shot shoots stabbed stabs"))


def _telling(claimed: str) -> frozenset[str]:
    """The words a visible sentence must hold beside someone to tell the fate `claimed` of them openly."""
    return FATE_TERMS if claimed in _WOUNDS else FATE_TERMS - _WOUNDS


# The deed's own words, as a visible sentence would tell someone did it: its verbs but drowning, which is as often
# the one who died ("the rival, Robert Angier, fall … and drown").
_KILLING = frozenset(t for verb in _DEED_VERBS if not verb.startswith("drown") for t in query_tokens(verb))
_SELF = frozenset({"himself", "herself", "themselves"})
_BY_ONES_OWN_HAND = re.compile(r"\b(?:himself|herself|themselves|suicide|own life)\b")
# Words for people that a claim may join (a name, or one of these): a claim about a thing or a state ("the planet is
# covered", "the boy is scared") says nothing of who someone is, nor does one of someone unnamed ("the guy is a
# detective").
_PEOPLE = frozenset(
    query_tokens(
        "mother mom father dad wife husband son daughter sister brother child uncle aunt grandmother cousin twin twins"
        " cop policeman detective killer murderer ghost narrator doctor psychologist spy impostor imposter double"
        " lover friend boyfriend girlfriend partner owner mum kid"
    )
)
# How many words apart the two sides may stand in a visible sentence that tells the claim openly.
NEAR = 6


def makes_a_claim(text: str) -> bool:
    """Whether the text has the shape of a claim at all (cheap: callers check it before reading a film's names)."""
    lowered = text.lower()
    return any(pattern.search(lowered) is not None for pattern in (_CLAIM, _ASKED, _DEED, _DIES))


def unsaid_claims(description: str, told: VisibleIndex, safe: VisibleIndex, names: Iterable[str]) -> bool:
    """Whether `description` claims that someone is someone (both sides people the film's whole text `told` speaks
    of, by `names` or as people), or is dead or killed, while no sentence of the `safe` text holds the two sides close
    together."""
    known = frozenset(names)
    text = description.lower()
    for claim in (*_CLAIM.finditer(text), *_ASKED.finditer(text)):
        subject = query_tokens(claim["subject"])
        other = query_tokens(claim["other"])
        if len(subject) != 1 or len(other) != 1 or subject == other:
            continue
        sides = [synonym(subject[0], told), synonym(other[0], told)]
        # (As typed: "married" reads as "wife" where the text lacks it, but "Mills is married" claims no person.)
        kinds = [subject[0] in _PEOPLE, other[0] in _PEOPLE]
        named = [bool({side, typed} & known) for side, typed in zip(sides, (subject[0], other[0]), strict=True)]
        if claim["det"] is None and not named[1] and other[0] not in FATE_TERMS:
            continue  # "is Arizona owner?": a person's word is claimed with its article ("a cop", "his mother")
        # One side a word for a person ("his mother", "a cop", "the narrator"), the other a person too; or two names
        # ("Fallon is Borden").
        if other[0] in FATE_TERMS and (kinds[0] or named[0]):
            # A death is told in any of its words ("Evelyn is shot" — "the bullet kills Evelyn").
            if _near({sides[0]}, FATE_TERMS, told) and not _near({sides[0]}, _telling(other[0]), safe):
                return True
            continue
        if not (any(kinds) and all(k or n for k, n in zip(kinds, named, strict=True))) and not all(named):
            continue
        if not all(side in told for side in sides):
            continue  # a side the summary never uses is the asker's own word: it describes nothing of its text
        if not _near({sides[0]}, {sides[1]}, safe):
            return True
    for died in _DIES.finditer(text):
        # "The film where Evelyn dies", "… where malcolm died when vincent shot him": a death claimed of someone.
        who = query_tokens(died["subject"])
        if len(who) != 1 or not ({who[0], synonym(who[0], told)} & known or who[0] in _PEOPLE):
            continue
        side = synonym(who[0], told)
        if _near({side}, FATE_TERMS, told) and not _near({side}, _telling(query_tokens(died["fate"])[0]), safe):
            return True
    for deed in _DEED.finditer(text):
        # The doer is told openly when a visible sentence holds them beside a death's word ("Vincent … shoots
        # him"); "Leonard" beside "killed" only in the hidden text is the twist.
        doer = query_tokens(deed["subject"])
        if len(doer) != 1:
            continue
        side = synonym(doer[0], told)
        if not ({side, doer[0]} & known or doer[0] in _PEOPLE) or side not in told:
            continue
        if deed["other"] in _SELF:
            # "The movie where the samurai killed himself": a death by one's own hand, told openly only as one.
            if _near({side}, FATE_TERMS, told) and not _told_of_self(side, safe):
                return True
            continue
        if _near({side}, FATE_TERMS, told) and not _near({side}, _KILLING, safe):
            # Told openly only beside a word for killing: beside "drown" or "dies" they may be the one who died
            # ("the rival, Robert Angier, fall … and drown" tells nothing of "Angier kills a clone every show").
            return True
    return False


# "Is the kid's therapist a ghost?", "was Cole's mom a nurse?": someone named by a tie, then what they are claimed
# to be.
_CLAIMED_OF_A_TIE = re.compile(
    _ASKED_LEAD + r"[a-z]+['’]s [a-z]+ " + _EMPHASIS + r"(?:a|an) (?P<other>[a-z][\w'’-]*)\b"
)


def claimed_unseen(question: str, visible: VisibleIndex) -> bool:
    """Whether the question claims that someone named by a tie is something the visible text never says of anyone, in
    any of its words ("ghost" where only hidden text, or none, has it). The words naming them are in the premise ("a
    child psychologist"), and the sentence that introduces them is no answer to whether the claim holds."""
    found = _CLAIMED_OF_A_TIE.match(question.lower())
    if found is None:
        return False
    other = query_tokens(found["other"])
    return len(other) == 1 and other[0] not in FATE_TERMS and synonym(other[0], visible) not in visible


def _told_of_self(side: str, index: VisibleIndex) -> bool:
    """Whether a sentence of the index's text holds `side` and tells a death by one's own hand."""
    return any(
        side in document_tokens(sentence)
        and _BY_ONES_OWN_HAND.search(sentence.lower())
        and set(document_tokens(sentence)) & FATE_TERMS
        for passage in index.passages
        for sentence in split_sentences(passage.text)
    )


def _near(one: Collection[str], other: Collection[str], index: VisibleIndex) -> bool:
    """Whether a sentence of the index's text holds a term of `one` within NEAR words of a term of `other`."""
    for passage in index.passages:
        for sentence in split_sentences(passage.text):
            terms = document_tokens(sentence)
            here = [i for i, t in enumerate(terms) if t in one]
            there = [i for i, t in enumerate(terms) if t in other]
            if any(abs(i - j) <= NEAR for i in here for j in there):
                return True
    return False
