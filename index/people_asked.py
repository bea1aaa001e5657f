"""Who a question asks about: the names, roles, jobs and pronouns it uses, and how the summary speaks of those
people ("his wife Madeleine" is a "she")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Film, Passage, SectionKind, actor_and_part
from corpus.text import split_sentences
from index.answer import Excerpt
from index.film_index import VisibleIndex
from index.naming import NAME_IN_A_SENTENCE, TITLES, named_by_role, role_next_to, says_what_they_are
from index.question import A_WOMAN_TERMS, CREDIT_ROLES, Fact, credit_of_a_film, synonyms, word_forms
from index.tokenize import document_tokens, is_stopword, number_in_words, query_tokens

# "whose are they?", "whose is it?", "who do they belong to?": whose the thing just quoted is.
WHOSE_IS_IT = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|wait)\W+)*(?:whose (?:are|were|is|was) (?:they|those|these|it|that|this)"
    r"|who (?:do|did|does) (?:they|those|it|that) belong to)\b",
    re.I,
)


OWNED = re.compile(r"\b(?:belong\w*|owns?|owned|owner)\b")


# A person spoken of as "he" or "she", whom a follow-up names no other way.
THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|it)\b", re.I)


# "What is Rosebud?", "what's the Zone?": a thing asked what it is, which a next "it" may stand for.
WHAT_IS = re.compile(r"^\W*(?:(?:and|so|ok|okay)\W+)?what(?:['’]?s|\s+is|\s+was|\s+does)\b", re.I)


GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}


@dataclass(frozen=True, slots=True)
class ReadAs:
    """A follow-up read with the person it speaks of as "he" or "she" named (`name`, as typed before)."""

    question: str
    name: list[str]


def says_any(text: str, name: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(word)}\b", text, re.I) for word in name)


def _spoken_of_as(name: list[str], film: Film) -> str | None:
    """ "he" or "she" for someone named `name`: as the text calls them ("his wife Madeleine", "The wife, Masako",
    "Marla Singer, a chain-smoking woman"), else as it speaks of them most often, or None when neither leads: the
    first "he", "his", "she" or "her" after the name, in its sentence or opening the next, with no other name
    between (in "Arbogast is hired to find Marion; she …", "she" is Marion)."""
    if (called := _called_as(name, film)) is not None:
        return called
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in name) + r"\b", re.I)
    counts = {"he": 0.0, "she": 0.0}
    for passage in film.passages:
        sentences = split_sentences(passage.text)
        for i, sentence in enumerate(sentences):
            for found in pattern.finditer(sentence):
                after = sentence[found.end() :] + " " + (sentences[i + 1] if i + 1 < len(sentences) else "")
                first = re.search(rf"(?i:\b(?:he|him|his|she|her)\b)|{NAME_IN_A_SENTENCE.pattern}", after)
                if first is not None and first.group(0).lower() in GENDER:
                    # (Half for "him" and "her": right after a name they are as often someone else, the one it acts
                    # on, "Scottie pulls her out".)
                    counts[GENDER[first.group(0).lower()]] += 0.5 if first.group(0).lower() in ("him", "her") else 1
    if counts["he"] == counts["she"]:
        return None
    return "he" if counts["he"] > counts["she"] else "she"


# Words for a woman or a man, which the text may call someone by ("his wife Madeleine").
_WOMAN_WORDS = "wife mother sister daughter girl woman girlfriend mrs lady actress widow nun niece aunt mom mum bride"


_MAN_WORDS = "husband father brother son boy man boyfriend mr gentleman actor widower priest nephew uncle dad groom"


CALLED = {word: "she" for word in _WOMAN_WORDS.split()} | {word: "he" for word in _MAN_WORDS.split()}


_CALLED_WORDS = "|".join(sorted(CALLED, key=len, reverse=True))


def _called_as(name: list[str], film: Film) -> str | None:
    """ "she" or "he" as the film's text calls someone by a word for a woman or a man, right before their name after
    whose they are ("his wife Madeleine", "Marion's sister Lila", "The wife, Masako") or in apposition after it
    ("Marla Singer, a chain-smoking woman"); None when it does neither, or both as often."""
    named = "(?i:" + r"\s+".join(re.escape(w) for w in name) + ")"
    patterns = (
        re.compile(
            rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|\w+['’]s)\s+(?:[a-z-]+\s+)?(?P<word>{_CALLED_WORDS})\s+(?:[A-Z][\w.]*\s+)?"
            rf"{named}\b"
        ),
        re.compile(
            rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|\w+['’]s)\s+(?:[a-z-]+\s+)?(?P<word>{_CALLED_WORDS}),\s+{named}\b"
        ),
        re.compile(
            rf"\b{named}\b(?:\s+[A-Z]\w+)?,\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,4}}?(?P<word>{_CALLED_WORDS})\b"
        ),
    )
    counts = {"he": 0.0, "she": 0.0}
    for passage in film.passages:
        for pattern in patterns:
            for found in pattern.finditer(passage.text):
                counts[CALLED[found["word"].lower()]] += 1
    if counts["he"] == counts["she"]:
        return None
    return "he" if counts["he"] > counts["she"] else "she"


# "And Arbogast?", "what about Lila", "how about mills": a person, and nothing asked.
AND_SOMEONE = re.compile(
    r"^\W*(?:(?:and\s+)+|what about\s+|how about\s+|same for\s+|same with\s+)(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
    # "and angier's version?", "and the wife's?": the same asked of that one's own
    r"(?:['’]s?(?:\s+(?:version|side|story|account|take|trick|one))?)?\s*[?!.]*\s*$",
    re.I,
)


# A place asked by its kind, as "where" asks it: "which city …", "what town …".
_A_PLACE_KIND = r"(?:which|what) (?:city|town|country|state|place"
# "What does he do for a living?", "what's Scottie's job?", "what did Leonard work as?".
OCCUPATION = re.compile(
    r"\bfor (?:a )?living\b|\b(?:job|occupation|profession|line of work)\b|\bwork(?:s|ed)? as\b|\bdo for work\b"
    r"|\bwhat(?:'s| is| was) (?:his|her|their|[a-z]+'s) work\W*$"
    r"|\bwhat (?:does|did) (?:the )?[a-z']+(?: [a-z']+)? do\W*$"
    # "where does she work?", "what city does she work in?": where someone works is what introduces them ("a
    # real-estate secretary in Phoenix")
    rf"|\b(?:where|{_A_PLACE_KIND})) (?:does|did|do) [a-z']+ work(?: in)?\W*$"
)
# "Which city is she from?", "where does he live?": where someone is from is what introduces them too ("a
# real-estate secretary in Phoenix, Arizona").
ORIGIN = re.compile(
    rf"\b(?:where|{_A_PLACE_KIND}|part of \w+))(?:['’]s| is| was| are| were| does| did)"
    r" (?:he|she|they|him|her|[a-z]+(?:['’]s)?(?: [a-z]+)?) (?:(?:originally |come )?from|live|lives|living|grow up)"
    r"\W*$"
)


# "what was his job before the attack?": when, told by an event of the story; it asks nothing more.
_BY_AN_EVENT = re.compile(r"\b(?:before|after) (?:the|his|her|their) [a-z]+\b")


def placed_by_an_event(question: str) -> frozenset[str]:
    return frozenset(t for m in _BY_AN_EVENT.finditer(question.lower()) for t in query_tokens(m.group()))


THE_LEAD = re.compile(
    r"\bmain (?:guy|man|woman|girl|character|dude|fellow|fella|chap|bloke)\b"
    r"|\bprotagonist\b|\bthe lead\b|\bthe hero\b"
)


LEAD_TERMS = frozenset(
    query_tokens("main guy man woman girl character dude fellow fella chap bloke protagonist lead hero")
)


OCCUPATION_TERMS = LEAD_TERMS | frozenset(
    query_tokens("do does did living job occupation profession line work works worked as before originally usual")
)


# What the set-up says of its lead: their plight and what they are after.
PLIGHT_TERMS = frozenset(
    query_tokens("problem problems issue issues condition trouble situation deal goal goals want wants need needs")
)


def introduction(people: list[str], visible: VisibleIndex) -> Excerpt | None:
    """The first visible sentence, in story order, that says what one of `people` is or was; first one holding
    them all ("what does Norman Bates do?": "It is kept by Norman Bates, a shy, polite young man …", not "the Bates
    Motel, a run-down place")."""
    story = [
        p
        for p in sorted(visible.passages, key=lambda p: (p.position, p.ordinal))
        if p.section_kind is not SectionKind.FACTS
    ]
    for whole in (True, False):
        for passage in story:
            sentences = split_sentences(passage.text)
            for n, sentence in enumerate(sentences):
                if whole and not set(people) <= set(document_tokens(sentence)):
                    continue
                if says_what_they_are(sentence, people):
                    return Excerpt(" ".join(sentences[n : n + 2]), passage, passage.section)
    return None


# "Who is the girl Hollis was with?", "who's the young woman Hollis gets photographed with?": someone asked after by
# a word for what they are, and what the story has them do with someone it names.
_WHO_BY_KIND = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|wait)\W+)*who(?:'s|s| is| was) (?:the|that|this) "
    r"(?:(?:young|old|little|other|mysterious|pretty) )?(?P<kind>woman|girl|lady|man|guy|fellow|boy|kid)\b"
    r"(?P<rest>[^?]*)",
    re.I,
)
# The words one such person may be written as ("the girl" is "a young woman" in the text).
_KINDS = (
    A_WOMAN_TERMS | frozenset(query_tokens("ladies")),
    frozenset(query_tokens("man men guy guys fellow")),
    frozenset(query_tokens("boy boys kid kids child children")),
)


_HONORIFICS = frozenset(t for title in TITLES for t in query_tokens(title))


def kind_left_unnamed(
    question: str, visible: VisibleIndex, people: frozenset[str], title: frozenset[str] = frozenset()
) -> bool:
    """Whether a "who is the girl Hollis was with?" question meets the visible sentence telling of her with the
    people its clause names, and that sentence gives her no name ("Eventually Jake photographs Hollis with a young
    woman."): the text the asker may see speaks of her without saying who she is."""
    found = _WHO_BY_KIND.match(question)
    if found is None:
        return False
    kind = set(query_tokens(found["kind"]))
    forms = next((k for k in _KINDS if kind & k), frozenset(kind))
    # (Not the film's title: "… photographed with in Chinatown?" names the film, which the story's text names too.)
    # (Nor a title before a name: "Mrs" is no word of "the real Evelyn Mulwray".)
    names = {t for t in query_tokens(found["rest"]) if t in people and t not in title and t not in _HONORIFICS}
    if not names:
        return False
    # Of the sentences holding the word for her and the names, those telling most of what the clause says of her
    # ("gets photographed with": not "A woman who introduces herself as Mrs. Evelyn Mulwray hires Jake to find out
    # whether her husband, Hollis Mulwray, …", another woman).
    # (Its small words too: "the girl Hollis was with" is told "photographs Hollis with a young woman".)
    clause = [
        w
        for w in re.findall(r"[a-z'’]+", found["rest"].lower())
        if w not in _LINKING and not set(query_tokens(w)) & (names | title | _HONORIFICS)
    ]
    # (Words of the story first; the small ones only between sentences telling as many of those.)
    scored = [
        (
            (
                sum(_told(w, tokens, sentence) for w in clause if query_tokens(w)),
                sum(_told(w, tokens, sentence) for w in clause if not query_tokens(w)),
            ),
            sentence,
        )
        for passage in visible.passages
        for sentence in split_sentences(passage.text)
        if (tokens := set(document_tokens(sentence))) & forms and names <= tokens
    ]
    best = max((score for score, _ in scored), default=(0, 0))
    telling = [sentence for score, sentence in scored if score == best]
    return bool(telling) and not any(
        named_by_role(sentence, [forms], people) or _a_name_after(sentence, forms, names) for sentence in telling
    )


_LINKING = frozenset(
    ["is", "was", "are", "were", "be", "been", "the", "a", "an", "who", "that", "whom", "which", "gets", "got", "get"]
)


def _told(word: str, tokens: set[str], sentence: str) -> bool:
    """Whether the sentence tells a word of the question: in any form of its stem, or as typed for a small word that
    has no stem ("with")."""
    terms = query_tokens(word)
    if not terms:
        return re.search(rf"\b{re.escape(word)}\b", sentence, re.I) is not None
    return any(t in tokens or any(f in tokens for f in word_forms(t)) for t in terms)


# How many words after the word for someone a name may still be theirs ("A woman who introduces herself as Mrs.
# Evelyn Mulwray").
_NAME_AFTER = 6


def _a_name_after(sentence: str, forms: frozenset[str], asked: set[str]) -> bool:
    """Whether a capitalised word other than the names asked with follows the word for someone closely in the
    sentence: a name the clause about them gives ("introduces herself as Mrs. Evelyn Mulwray")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", sentence)
    for i, word in enumerate(words):
        if set(document_tokens(word)) & forms:
            following = words[i + 1 : i + 1 + _NAME_AFTER]
            if any(w[:1].isupper() and not set(query_tokens(w)) & asked for w in following):
                return True
    return False


def first_named_by_role(role: list[str], plural: bool, visible: VisibleIndex, people: frozenset[str]) -> Excerpt | None:
    """The first visible sentence, in story order, that names someone by `role` (and for several people, the first
    that names another): "Cole Sear is a nervous, solemn boy", "Detective David Mills"."""
    forms = [frozenset((term, *synonyms(term))) for term in role]
    chosen: list[tuple[str, Passage]] = []
    named: set[str] = set()
    for passage in sorted(visible.passages, key=lambda p: (p.position, p.ordinal)):
        if passage.section_kind is SectionKind.FACTS:
            continue
        for sentence in split_sentences(passage.text):
            names = [n for n in named_by_role(sentence, forms, people) if n.split()[-1] not in named]
            if not names:
                continue
            chosen.append((sentence, passage))
            named.update(n.split()[-1] for n in names)
            if not plural or len(named) >= 2:
                text = " ".join(sentence for sentence, _ in chosen)
                return Excerpt(text, chosen[0][1], chosen[0][1].section)
    return None


# "who are the 2 magicians?": a small count typed in digits, which a story writes in words ("the two men"); the
# digit alone matches the facts' "2 hours 10 minutes".
_NUMBER_WORDS = {str(n): query_tokens(number_in_words(n))[0] for n in range(2, 11)}


def as_a_common_word(term: str, question: str, visible: VisibleIndex, people: frozenset[str]) -> str:
    """The term, or the everyday word it stands for when the question types a word of someone's name as a common
    noun for someone it goes on to describe: "who's the guy with all the tattoos?" asks of a man, not of the
    actor Guy Pearce, the only "guy" the text holds. A word typed next to another of the name's words ("Guy
    Pearce"), capitalised inside the question, or describing no one ("is Teddy a good guy?", which asks what
    side he is on) stays as typed."""
    if term not in people or not (others := [s for s in synonyms(term) if s in visible]):
        return term
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", question)
    typed = [i for i, word in enumerate(words) if query_tokens(word) == [term]]
    if not typed:
        return term
    for i in typed:
        if i > 0 and words[i][0].isupper():
            return term
        if i + 1 == len(words) or words[i + 1].lower() not in _DESCRIBED_BY:
            return term
        if i > 0 and set(query_tokens(words[i - 1])) & (people - {term}):
            return term
    return others[0]


# The words a description of someone goes on with: "the guy with the tattoos", "the guy who hires Scottie".
_DESCRIBED_BY = frozenset(
    ("with", "who", "who's", "whos", "whose", "that", "in", "from", "at", "on", "wearing", "whom", "everyone")
)


def in_words(term: str, visible: VisibleIndex) -> str:
    """The term of a small count in digits as the word the visible text uses ("2" → "two"), else the term."""
    worded = _NUMBER_WORDS.get(term)
    return worded if worded is not None and worded in visible else term


# Words said of someone right before their name that are no role: "what happened to the real Madeleine?" asks of
# Madeleine, not of whoever "real" would name ("the real Madeleine Elster").
DESCRIBING = frozenset(query_tokens("real true actual young old little poor late dear other new first second same"))


def role_names(terms: list[str], visible: VisibleIndex, people: frozenset[str]) -> dict[str, frozenset[str]]:
    """Per term of `terms` that names someone by role, the terms of the one name the visible text gives them
    ("daughter" → "Marta" in "his wife and daughter, Marta"); a role the text gives several names, or none, is
    left out."""
    named: dict[str, frozenset[str]] = {}
    for term in terms:
        if term in people or term in DESCRIBING:
            continue
        if names := _one_named_by_role(term, visible, people):
            named[term] = frozenset(t for name in names for t in query_tokens(name))
    return named


def _one_named_by_role(term: str, visible: VisibleIndex, people: frozenset[str]) -> list[str]:
    """The names, as written, the visible text gives someone it calls by the role `term`, when they are all one
    person ("Cole Sear" and "Cole": the story calls him by either word); empty when none, or several people."""
    forms = [frozenset((term, *synonyms(term)))]
    names = [
        name
        for passage in visible.passages
        if passage.section_kind is not SectionKind.FACTS and term in document_tokens(passage.text)
        for sentence in split_sentences(passage.text)
        for name in named_by_role(sentence, forms, people)
        if role_next_to(sentence, name, forms[0])
    ]
    return names if len({name.split()[-1] for name in names}) == 1 else []


def says_of(excerpt: str, cover: list[str], people: frozenset[str]) -> bool:
    """Whether a sentence of the excerpt holds something the question asks beside whom it asks it of (every
    person it names): "a failed run for governor" in the newsreel of Kane's life answers "did Kane win the governor
    race?"; "… raped and killed his wife" does not answer "does Leonard kill Teddy?"."""
    asked = [t for t in cover if t not in people]
    if not asked:
        return True
    of = {t for t in cover if t in people}
    before: set[str] = set()
    for sentence in split_sentences(excerpt):
        said = set(document_tokens(sentence))
        # "He spends his days with Midge Wood, … who still loves him": a pronoun stands for whom the sentence
        # before named.
        named = said | (before if _A_PRONOUN.search(sentence) else set())
        if said & set(asked) and of <= named:
            return True
        before = said
    return False


_A_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|they|them|their)\b", re.I)


def held_together(terms: list[str], visible: VisibleIndex) -> bool:
    """Whether one visible passage holds every term, or all but the names, which the passage just before it
    holds ("Leonard …" then "He lives in a motel, drives a Jaguar")."""
    wanted = set(terms)
    before: frozenset[str] = frozenset()
    for passage in visible.passages:
        held = frozenset(wanted & set(document_tokens(passage.text)))
        if wanted <= held or (wanted - held <= before and held and _OPENS_ON_A_PRONOUN.match(passage.text)):
            return True
        before = frozenset(held)
    return False


_OPENS_ON_A_PRONOUN = re.compile(r"\W*(?:he|she|they)\b", re.I)


# "What car …", "which kind of gun …", "how many days …": the noun naming the kind of answer asked for.
_ANSWER_KIND = re.compile(
    r"^\W*(?:what|which|how many|how much)(?:'s| is| was)? (?:(?:kind|type|sort|make|brand) of )?([a-z]+) (?!of\b)",
    re.I,
)


# "the guy who hires Scottie", "who's the big guy he meets": a word for anyone, which the text that names them
# seldom uses ("Gavin Elster, asks a favour").
_ANYONE = r"(guy|dude|bloke|fella|fellow|chap|lady|person)s?"


_SOMEONE_ASKED = re.compile(
    rf"\b(?:the|that|this) (?:[a-z]+ )?{_ANYONE} (?:who|that|whom|he|she)\b"
    rf"|\bwho(?:'s| is| was| are| were) (?:the|that|this) (?:[a-z]+ )?{_ANYONE}\b",
    re.I,
)


def answer_kind(question: str) -> frozenset[str]:
    if someone := _SOMEONE_ASKED.search(question):
        return frozenset(query_tokens(someone.group(1) or someone.group(2)))
    found = _ANSWER_KIND.match(question)
    if found is None or is_stopword(found.group(1)):
        return frozenset()
    return frozenset(query_tokens(found.group(1)))


# "and the husband?", "what about the woodcutter": someone named by their part in the story.
A_ROLE = re.compile(r"(?:the|that|this)\s+([a-z]+)")
# "and his partner?", "and her mom?": someone known by whom they belong to, the one just asked about.
SOMEONES = re.compile(r"(?:his|her|their)\s+([a-z]+)")
# Who a question asks about, by a role at its end or before the film it names: "who plays the old detective in se7en".
_ROLE_ASKED_LAST = re.compile(r"\bthe ((?:[a-z]+\s+){0,2}?[a-z]+)(?=\s+in\s+\S|\W*$)", re.I)


def asked_of_someones(kin: str, context_question: str, people: frozenset[str]) -> str | None:
    """ "And his partner?" after "who plays the old detective in se7en?": the last question asked of that one's
    partner ("… the old detective's partner in se7en"); None when the last question names no one it could be."""
    if (run := first_run(context_question, people)) and (found := re.search(run_typed(run), context_question)):
        end = found.end()
    elif (role := _ROLE_ASKED_LAST.search(context_question)) is not None and not is_stopword(role[1].split()[-1]):
        end = role.end()
    elif (someone := someone_by_what_they_are(context_question)) is not None:
        # "what's the samurai's name?" → "and his wife?": the samurai's wife's name.
        end = someone[1]
    else:
        return None
    return f"{context_question[:end]}'s {kin}{context_question[end:]}"


# Words for someone by what they are rather than by name ("the kid", "the doctor", "the woodcutter"): the one a
# question asks about, which "and the narrator?" swaps for another. Only people: "and the ending?" asks anew.
SOMEONE_WORDS = frozenset(
    query_tokens(
        "mother mom mum father dad wife husband son daughter sister brother child uncle aunt grandmother cousin twin"
        " cop policeman detective killer murderer ghost narrator doctor psychologist spy impostor lover friend"
        " boyfriend girlfriend partner owner kid boy girl man woman guy lady samurai bandit woodcutter priest"
        " commoner medium professor writer stalker clerk guard magician engineer reporter editor banker guardian"
        " sheriff officer lieutenant inspector captain nun patient victim intruder neighbour neighbor secretary boss"
        " client astronaut pilot chimp chimpanzee ape orangutan gorilla villain hero protagonist antagonist"
    )
)


def someone_by_what_they_are(question: str) -> tuple[int, int] | None:
    """Where the question first names someone by what they are, with up to two words said of them ("the kid", "the
    old detective", "the dead husband"): its start and end; None when it names no one so."""
    words = list(re.finditer(r"[A-Za-z]+", question))
    for i, word in enumerate(words):
        if word[0].lower() != "the":
            continue
        for head in words[i + 1 : i + 4]:
            if set(query_tokens(head[0])) & SOMEONE_WORDS:
                return word.start(), head.end()
    return None


def asked_of_another_one(new: str, context_question: str, people: frozenset[str]) -> str | None:
    """ "Who plays Tyler Durden?" → "and the narrator?", "what sin is the killer?" → "and Mills?": the last question
    asked of the one named now (a name of the film's people, or "the" and a word for someone) in place of the one
    it asked about (its first run of name words, else the first word for someone); None when either is missing or
    they are the same."""
    if (run := first_run(context_question, people)) and (found := re.search(run_typed(run), context_question, re.I)):
        start, end = found.span()
    elif (someone := someone_by_what_they_are(context_question)) is not None:
        start, end = someone
    else:
        return None
    if context_question[start:end].lower() == new.lower():
        return None
    return f"{context_question[:start]}{new}{context_question[end:]}"


def asked_of_another_role(role: str, context_question: str, film: Film) -> str | None:
    """ "And the husband?" after "what does the wife say?": the last question asked of the other part, when both are
    parts the film's text names so ("the wife", "the husband"); None otherwise."""
    # (also as a name: Stalker's "the Writer" and "the Professor")
    parts = {m[1].lower() for p in film.passages for m in re.finditer(r"\b[Tt]he ([A-Za-z][a-z]+)\b", p.text)}
    before = next((m for m in re.finditer(r"\bthe ([a-z]+)\b", context_question, re.I) if m[1].lower() in parts), None)
    if role not in parts or before is None or before[1].lower() == role:
        return None
    return f"{context_question[: before.start()]}the {role}{context_question[before.end() :]}"


# Punctuation that ends a run of name words (not the quotes of 'John "Scottie" Ferguson', nor "Jean-Luc").
_BETWEEN_NAMES_BREAK = re.compile(r"[.,;:!?…—–()\[\]]")


def name_runs(text: str, people: frozenset[str]) -> list[list[str]]:
    """Every run of name words in `text`, in order; a run never goes on past punctuation ("… "John Doe". … Doe
    explains" names John Doe, then Doe, not one "John Doe Doe")."""
    runs: list[list[str]] = [[]]
    end = 0
    for found in re.finditer(r"[^\W\d_]+", text):
        word = found.group()
        if runs[-1] and _BETWEEN_NAMES_BREAK.search(text, end, found.start()):
            runs.append([])
        if word.lower() in people:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
        end = found.end()
    return [run for run in runs if run]


# Ranks and titles before a name ("Detective Lieutenant William Somerset"): the name is what follows.
_RANKS = frozenset(
    [
        "detective",
        "lieutenant",
        "sergeant",
        "officer",
        "captain",
        "inspector",
        "agent",
        "sheriff",
        "commander",
        "doctor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
    ]
)


# The same as query terms: a rank or title names no one by itself ("Mrs" of "Mrs Mulwray").
RANK_TERMS = frozenset(t for word in _RANKS for t in query_tokens(word))


def without_rank(run: list[str]) -> list[str]:
    """The run without the ranks and titles before the name, when a name is left."""
    start = next((i for i, word in enumerate(run) if word.lower() not in _RANKS), len(run))
    return run[start:] if start < len(run) else run


def spoken_as(run: list[str], film: Film) -> str | None:
    """How the text speaks of the one a run names: by the whole run, else by its first or last word ("Detective
    Lieutenant William Somerset" as "Somerset")."""
    return _spoken_of_as(run, film) or (
        (_spoken_of_as(run[:1], film) or _spoken_of_as(run[-1:], film)) if len(run) > 1 else None
    )


def first_run(question: str, people: frozenset[str]) -> list[str]:
    return next(iter(name_runs(question, people)), [])


def run_typed(run: list[str]) -> str:
    """A pattern for a run of name words (`first_run`) as a question types them, a possessive allowed between two of
    them ("Norman Bates", "Norman's Bates")."""
    return r"\b" + r"(?:['’]s)?\s+".join(re.escape(w) for w in run) + r"\b"


def roles_named(question: str, visible: VisibleIndex) -> frozenset[str]:
    """The credit words of the question (`CREDIT_ROLES`) that the text the scope shows writes as a character's name,
    capitalised after a lower-case "the" ("two men—the Writer and the Professor—hire him"): "who is the writer?" asks of
    him. Only shown text counts, so the reading tells nothing of what a spoiler part names."""
    asked = set(re.findall(r"[a-z]+", question.lower())) & CREDIT_ROLES
    return frozenset(
        word
        for word in asked
        if not credit_of_a_film(question, word)
        and any(re.search(rf"\bthe {word.capitalize()}\b", p.text) for p in visible.passages)
    )


# The facts named are the card's own (its other titles aside), so a fact added to it is named here too.
OFF_THE_CARD = (
    "Nothing I may show you about {title} says that: I know films from their plot summaries and their facts"
    f" ({', '.join(fact.value for fact in Fact if fact is not Fact.TITLE)})."
)


PART_UNSAID = (
    "The summary of {title} doesn't say which part {actor} plays. Ask about the character by name, or ask who is in it."
)


def actor_for_a_part(question: str, film: Film, visible: VisibleIndex) -> tuple[str, str | None] | None:
    """The cast member a question about the story names in place of the part they play ("does janet leigh die?",
    "is bruce willis dead the whole time?"), by their whole name, and the part when the cast entry gives it; None
    when no one is so named, the story the scope shows names them itself (then they are a character too), or the
    question asks after the cast ("is X in it?") or names the film by them ("the one with X", "which one has X")."""
    asked = set(query_tokens(question))
    story = {t for p in visible.passages if p.section_kind is not SectionKind.FACTS for t in document_tokens(p.text)}
    for entry in film.facts.cast:
        actor, part = actor_and_part(entry)
        names = set(query_tokens(actor))
        in_the_cast = rf"\b(?:is|was|are|were)\s+{re.escape(actor)}\s+(?:also\s+|even\s+|really\s+)?in\b"
        films_tag = rf"\b(?:with|starring|featuring|has|have|had|is\s+it|was\s+it)\s+{re.escape(actor)}\b(?!['’])"
        # "does se7en star brad pitt?", "did brad pitt act in se7en?": whether they are in the cast.
        starred = (
            rf"\b(?:stars?|starred|features?|featured)\s+{re.escape(actor)}\b(?!['’])"
            rf"|\b{re.escape(actor)}\s+(?:also\s+|even\s+|really\s+)?(?:stars?|starred|acts?|acted|appears?|appeared)"
            r"\s+in\b"
        )
        if (
            len(names) > 1
            and names <= asked
            and not names & story
            and not re.search(in_the_cast, question, re.I)
            and not re.search(films_tag, question, re.I)
            and not re.search(starred, question, re.I)
        ):
            return actor, part
    return None


# "Who killed her husband?", "who murdered Evelyn's husband?", "who shot the father?": a death asked of someone by
# their tie to another, which the text that tells it says by name ("Cross admits he killed Hollis").
_DEED_ON_A_ROLE = re.compile(
    r"\b(?P<deed>kill(?:s|ed)?|murder(?:s|ed)?|shoot|shoots|shot|stab(?:s|bed)?|drown(?:s|ed)?|poison(?:s|ed)?"
    r"|strangle(?:s|d)?)\s+(?P<whose>(?:her|his|their|the|[a-z]+['’]s)\s+)"
    r"(?P<role>husband|wife|father|mother|dad|mom|mum|daughter|son|brother|sister|boyfriend|girlfriend|fiance|fiancee"
    r"|partner|boss|friend|lover|uncle|aunt)\b",
    re.I,
)


def deed_on_a_named_role(question: str, visible: VisibleIndex, people: frozenset[str]) -> str | None:
    """The question with the role its deadly deed is done to put as the one name the visible text gives it ("who
    killed her husband?" → "who killed Hollis Mulwray?", from "her husband, Hollis Mulwray"); None when it asks no
    such thing or the shown text gives that role no single name. Decided from shown text alone."""
    found = _DEED_ON_A_ROLE.search(question)
    # Only "who did it": "did Elster kill his wife?" asks of the wife herself, whom the name the set-up gives her
    # ("his wife Madeleine") may not be.
    if found is None or not re.search(r"\bwho\b", question[: found.start()], re.I):
        return None
    role = query_tokens(found["role"])
    if len(role) != 1 or role[0] in people or role[0] in DESCRIBING:
        return None
    names = _one_named_by_role(role[0], visible, people)
    if not names:
        return None
    # The fullest way the story writes it ("Hollis Mulwray", not "Hollis").
    name = max(names, key=len)
    return f"{question[: found.start('whose')]}{name}{question[found.end('role') :]}"
