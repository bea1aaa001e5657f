"""How a summary's sentence says what a name is: by "is"/"was" after it, by apposition, or by a role before it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import lemminflect

from corpus.models import Film, Passage
from index.tokenize import STOPWORDS, document_tokens, query_tokens

_CLAUSE_BREAK = re.compile(r"[,;:—–]")


# "Katherine is her sister", "Teddy, who is really an undercover policeman", "Madeleine was Judy": "is" and what
# the name is. Not a state ("Hari is gone", "Marion is dead"): that tells what befell them, not who they are.
_COPULA = re.compile(
    r"(?:,? who)? (?:is|was|are|were|had been|has been) (?:really |actually |in fact |also |not |never )?"
    r"(?:(?:a|an|the|his|her|their|its|one|none|only|no|[Hh]e|[Ss]he|himself|herself)\b|[A-Z]|[\w-]+['’]s\b)"
)
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def defines(sentence: str, terms: Sequence[str]) -> bool:
    """Whether the sentence states what one of the question's names is: the name followed by "is", "was" or
    ", who is"; the name given to something ("its painted name, Rosebud"); or the name and then, after a break,
    a pronoun that says what they were ("Judy remembers the truth …: she was the woman he knew as Madeleine").
    Not a guess ("perhaps Rosebud was something he lost"): that states nothing."""
    wanted = set(terms)
    for match in NAME_WORD.finditer(sentence):
        word = match.group()
        if not (word[:1].isupper() and wanted & set(document_tokens(word))):
            continue
        lead = _CLAUSE_BREAK.split(sentence[: match.start()])[-1]
        if _HEDGE.search(lead):
            continue
        if _COPULA.match(sentence, match.end()) and (clause := _IN_A_RELATIVE_CLAUSE.search(lead)) is not None:
            # "the woman who hired Jake was an impostor": Jake is whom she hired; the "was" says what the woman
            # is, which answers "who was the woman who hired Jake?", not "who is Jake?".
            if wanted & set(document_tokens(clause["role"])):
                return True
            continue
        if _COPULA.match(sentence, match.end()) or _NAMING.search(sentence, 0, match.start()):
            return True
        if _IS_THE_NAME.search(sentence, 0, match.start()):
            return True
        if _PRONOUN_COPULA.search(sentence, match.end()):
            return True
    return False


# "He is Tyler Durden.", "…, that she is Madeleine", "convinced Teddy is John G.": a pronoun or another name,
# "is", then the name: who someone turns out to be.
_IS_THE_NAME = re.compile(
    r"(?:^|[,;:—–] |\bthat |\bconvinced )(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|(?<!^)[A-Z][^\W\d_]+) (?:is|was|are|were) "
    r"(?:really |actually )?$"
)
# "… the woman who hired ": a name right after "who" (or "which") and its verb is that verb's object; `role` is
# whom the relative clause is about.
_IN_A_RELATIVE_CLAUSE = re.compile(
    r"\b(?P<role>[a-z]+)\s+(?:who|whom|which)\s+[a-z]+(?:\s+(?:the|a|an|his|her|their))?\s+$"
)
# "Perhaps Rosebud was …", "Madeleine may be …": a guess, not what the story states.
_HEDGE = re.compile(r"\b(?:perhaps|maybe|possibly|might|may|could|seems?|apparently)\b", re.I)
# "Its painted name, Rosebud", "a girl called Nova", "known as Fallon": the name a thing goes by, right before it.
# (Not "He calls Marla": a phone call. "calls him Bright Eyes" names.)
_NAMING = re.compile(
    r"\b(?:name[sd]?|called|known as|calls? (?:him|her|it|them|himself|herself|itself))[,:]?\s+[\"“‘]?$", re.I
)
# "…: she was the woman he knew as Madeleine": after a break, a pronoun and what they were.
_PRONOUN_COPULA = re.compile(r"[,;:—–]\s+(?:she|he|they|it) (?:was|is|were|are|had been|has been) (?:really )?\w", re.I)


def introduces(sentence: str, names: list[str]) -> bool:
    """Whether the sentence says what a name is by apposition: "the Zone, a barbed-wire-guarded area", "Tyler
    Durden, a soap salesman", "the shipbuilder Gavin Elster", "his wife Hari"."""
    return said_around(sentence, names, _APPOSITION_AFTER, _ROLE_BEFORE)


def said_around(sentence: str, names: list[str], after: re.Pattern[str], before: re.Pattern[str]) -> bool:
    """Whether a capitalised word holding one of `names` has `after` right after it or `before` right before it."""
    wanted = set(names)
    for match in re.finditer(r"[A-Z][^\W\d_]+(?:['’][^\W\d_]+)?", sentence):
        if not wanted & set(document_tokens(match.group())):
            continue
        if after.match(sentence, match.end()) or before.search(sentence, 0, match.start()):
            return True
    return False


# "the Zone, a …", "Teddy, who …", "Elster (an old friend …": what the name is, right after it (a surname may
# come between).
_APPOSITION_AFTER = re.compile(
    r"[\"”’]?(?: [A-Z][^\W\d_]+)?(?:(?:,| \() ?(?:a|an|the|his|her|their|one|who|whom)|,? (?:is|was|are|were))\b"
)
# "the shipbuilder Gavin Elster", "his wife Hari", "a girl called Nova": a role, right before the name.
# Generous, as it only keeps a name answered: "with his wife, Tracy", "Their commander, George Taylor".
_ROLE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)(?: [a-z][a-z-]+){1,3},? (?:[A-Z][^\W\d_]+ )?$")
# Strict, as it picks the sentence quoted: not "… keep her quiet, Paul considers" (a comma only after a one-word
# role that opens the sentence or a clause).
_A_ROLE_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their)(?: [a-z][a-z-]+){1,2} (?:[A-Z][^\W\d_]+ )?$"
    r"|(?:^|[,;:(] )(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir) [a-z][a-z-]+, (?:[A-Z][^\W\d_]+ )?$"
)


def says_what_they_are(sentence: str, people: list[str]) -> bool:
    """ "Leonard Shelby used to be an insurance claims investigator", "Dale Denton (Seth Rogen) is a 25-year-old
    process server", "the stage magician Alfred Borden": the person's name, then (past a surname, an actor in
    brackets or a comma) what they are; or a role right before the name."""
    return said_around(sentence, people, _WHAT_THEY_ARE, _A_ROLE_BEFORE)


_WHAT_THEY_ARE = re.compile(
    # "The Narrator, who is never named, is an automobile company recall specialist": past a clause about them.
    r"[\"”’]?(?: [A-Z][^\W\d_]+)*(?: \([^)]*\))?(?:, who [^,]{1,40},)?,?"
    r" (?:is|was|used to be|works as|worked as|had been)"
    r"(?: once| still| now| already| [a-z]+ly)? (?:a|an)\b"
    # "Hollis is the chief engineer of the city's Department of Water and Power": a post there is one of.
    r"|[\"”’]?(?: [A-Z][^\W\d_]+)* (?:is|was) the (?:[a-z]+ )?(?:engineer|head|owner|chief|director|manager|editor"
    r"|leader|captain|commander|president|publisher|keeper|proprietor)\b"
    r"|[\"”’]?(?: [A-Z][^\W\d_]+)*, (?:a|an) "
)


# A run of capitalised words: a name, with any title before it ("Detective Lieutenant William Somerset").
_NAME_RUN = re.compile(r"[A-Z][^\W\d_]+(?:['’]s)?(?: [A-Z][^\W\d_]+(?:['’]s)?)*")
# What a name is, right after it: "Cole Sear is a nervous, solemn boy", "Milton Arbogast, a private investigator".
_IS_A_AFTER = re.compile(r"(?: \([^)]*\))?,? (?:(?:is|was|used to be|had been|works as|worked as) )?(?:a|an) ")
_PHRASE_END = re.compile(r"[.;:!?()]| who\b| which\b| that\b")
_ROLE_WORDS = 5
_SAID_END = re.compile(r"[.;:!?()]|\b(?:who|which|that|with|without|of|in|at|from|by|for|on|to|and|but)\b")
# (At a sentence's start too, "Their commander, George Taylor", and after a possessive: "Marion's sister Lila".)
_ROLE_PHRASE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][^\W\d_]+['’]s) ((?:[a-z][a-z-]+,? ){1,3})$"
)
# A word after a role word that makes it a modifier ("child psychologist"), unlike "boy of about nine", "investigator
# hired by", "girl, Judy".
_MODIFIED = re.compile(
    r"(?!(?:of|in|at|from|with|by|for|on|to|who|whom|that|and|or|but|as|named|called|[\w-]+(?:ed|ing|ly))$)[a-z-]+"
)


# Titles written before a name ("Dr. Malcolm Crowe", "Mrs. Bates"), most with a full stop.
TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Lt", "Capt", "Det", "Sgt"})
_ABBREVIATED_TITLE = re.compile(rf"\b({'|'.join(sorted(TITLES))})\.(?= [A-Z])")


def named_by_role(sentence: str, role: Sequence[frozenset[str]], people: frozenset[str]) -> list[str]:
    """The names this sentence gives to someone it calls by `role` (per role word, the stems it may take): the role
    right before the name ("the shipbuilder Gavin Elster", "a brunette shop girl, Judy Barton", "Detective David
    Mills") or in the first words of what the name is said to be ("Cole Sear is a nervous, solemn boy of about
    nine"). Not a role said further on ("Vincent Grey, a former patient Malcolm treated as a boy"): that is
    somebody else, or what they once were."""
    # "Dr. Malcolm Crowe": the abbreviation's full stop ends no run of the name it titles.
    sentence = _ABBREVIATED_TITLE.sub(r"\1", sentence)

    def fits(words: list[str]) -> bool:
        # Each role word, and the last one as the phrase's head: "a child psychologist" is no child.
        tokens = [set(document_tokens(word)) for word in words]
        if not all(any(t & forms for t in tokens) for forms in role):
            return False
        last = max(i for i, t in enumerate(tokens) if t & role[-1])
        return last == len(words) - 1 or not _MODIFIED.fullmatch(words[last + 1])

    found: list[str] = []
    for match in _NAME_RUN.finditer(sentence):
        run = match.group().split()
        # Leading words of the run that are role words are its title, not its name.
        title = 0
        while title < len(run) - 1 and any(set(document_tokens(run[title])) & forms for forms in role):
            title += 1
        name = run[title:]
        if len(name) > 1 and name[0] in TITLES:
            # (An abbreviated title the role is not, "Dr" of "a child psychologist": no part of the name.)
            name = name[1:]
        if not any(t in people for word in name for t in document_tokens(word)):
            continue
        # "the shipbuilder Gavin Elster", "a brunette shop girl, Judy Barton": a noun phrase ending at the name.
        phrase = _ROLE_PHRASE.search(sentence, 0, match.start())
        before = re.findall(r"[\w'’-]+", phrase.group(1)) if phrase else []
        said_before = bool(before or title) and fits(before + run[:title])
        after = _IS_A_AFTER.match(sentence, match.end())
        said_after = False
        if after is not None:
            rest = sentence[after.end() :]
            end = _PHRASE_END.search(rest)
            said_after = fits(re.findall(r"[\w'’-]+", rest[: end.start() if end else len(rest)])[:_ROLE_WORDS])
        if said_before or said_after:
            found.append(" ".join(name))
    return found


def role_next_to(sentence: str, name: str, forms: frozenset[str]) -> bool:
    """Whether a role (its stems `forms`) is the word right before the name ("his daughter, Marta", "the
    psychologist Kris Kelvin") or what the name is said to be ("Cole Sear is a nervous, solemn boy"); not a thing
    on its way to someone ("a box addressed to Mills")."""
    at = sentence.find(name)
    if at < 0:
        return False
    before = re.findall(r"[\w'’-]+", sentence[:at])[-1:]
    if {t for word in before for t in document_tokens(word)} & forms:
        return True
    if _IS_A_AFTER.match(sentence, at + len(name)) is None:
        return False
    # The noun phrase the name is said to be, up to a word that starts another ("a con man with no wife" is no wife).
    said = _SAID_END.split(sentence[at + len(name) :], maxsplit=1)[0]
    return any(set(document_tokens(word)) & forms for word in re.findall(r"[\w'’-]+", said))


# A capitalised word inside a sentence (after a lower-case word, a comma or a semicolon): a name ("Marion").
# (And after a nickname in quotes: 'J. J. "Jake" Gittes is …' opens a sentence, yet "Gittes" is a name.)
NAME_IN_A_SENTENCE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+|(?<=[a-z][\"”] )[A-Z][a-z]+")


# The same, or opening a quotation inside a sentence ('his last word is "Rosebud"').
_NAME_OR_QUOTED_NAME = re.compile(r"(?<=[a-z,;:] )[\"“‘']?([A-Z][a-z]+)")


def people_named_in(film: Film) -> frozenset[str]:
    """The words a film's text writes capitalised inside a sentence, lower-cased: its people's (and places')
    names ("Marion", "Arbogast", "Bates"). Read each time, for the one film a question is about."""
    return names_in(film.passages)


def names_in(passages: Iterable[Passage], *, quoted: bool = False) -> frozenset[str]:
    """The words the passages write capitalised inside a sentence, lower-cased (`quoted`: also the word opening a
    quotation there, "Rosebud")."""
    pattern = _NAME_OR_QUOTED_NAME if quoted else NAME_IN_A_SENTENCE
    names = {m.group(1 if quoted else 0).lower() for passage in passages for m in pattern.finditer(passage.text)}
    return frozenset(names - set(STOPWORDS))


def named_things(film: Film) -> frozenset[str]:
    """The terms of the capitalised words inside a sentence that the text writes right before a noun ("Polaroid
    photos", "Latin prayers") and never before a verb ("Malcolm goes home"): a kind of thing, not someone."""
    before_a_noun: set[str] = set()
    before_a_verb: set[str] = set()  # "Malcolm goes home": someone, wherever else a noun follows the name
    for passage in film.passages:
        for match in _BEFORE_A_WORD.finditer(passage.text):
            kinds = set(lemminflect.getAllLemmas(match.group(2)))
            if kinds == {"NOUN"}:
                before_a_noun.add(match.group(1).lower())
            elif kinds and "NOUN" not in kinds:
                before_a_verb.add(match.group(1).lower())
    return frozenset(t for word in before_a_noun - before_a_verb for t in query_tokens(word))


# A capitalised word inside a sentence (after a lower-case word or a mark), then the lower-case word after it.
_BEFORE_A_WORD = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]+) ([a-z]+)\b")


def people_terms(film: Film) -> frozenset[str]:
    """The terms of the names `people_named_in` finds."""
    return frozenset(t for name in people_named_in(film) for t in query_tokens(name))


def credited_people(film: Film) -> list[str]:
    """The names of the people who made the film, one each: director, writers ("Fridrikh Gorenshtein, Andrei
    Tarkovsky" is two) and cast."""
    facts = film.facts
    credits = [facts.director or "", facts.writer or "", *facts.actors()]
    return [name.strip() for credit in credits for name in re.split(r",|\band\b|&", credit) if name.strip()]


def terms_of_title(film: Film) -> frozenset[str]:
    """The query terms of the film's title and aliases: the words a question names it by."""
    return frozenset(t for name in (film.title, *film.aliases) for t in query_tokens(name))
