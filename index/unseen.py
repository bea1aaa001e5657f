"""Whether the text the asker may see answers a question, or what it asks about lies only in hidden text (or
nowhere): the tests that decide between answering and withholding."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz import fuzz

from corpus.models import Film, Passage, SectionKind
from corpus.text import split_sentences
from index import people_asked
from index.after_an_event import WHICH_ONE, in_one_word, same_root
from index.answer import DEATH_TERMS, Excerpt, named_before_death, said_in_any_form, times_told, trim_quote_start
from index.catalog import Mention
from index.film_index import CANDIDATES, FilmIndex, Hit, VisibleIndex
from index.mentions import is_english
from index.naming import defines, introduces, people_terms, terms_of_title
from index.question import (
    A_WOMAN_TERMS,
    FATE_TERMS,
    Analysis,
    Reveal,
    chatter_terms,
    synonym,
    word_forms,
    words_typed_as,
)
from index.question_shape import FRAMING_TERMS, HAPPEN
from index.spoilers import SpoilerScope
from index.tokenize import document_tokens, query_tokens
from index.visible_terms import as_the_text_says, word_weights

# A passage answers when it holds at least this (idf-weighted) share of the question terms that count (see
# coverage_terms); with something hidden, a term no visible passage holds weighs the most, so a passage
# sharing only a common word with a question about hidden events does not answer it.
MIN_COVERAGE = 0.5


# A refusal says "that would spoil X" only when X's visible text holds at least this share of the question's
# words; otherwise it says that nothing it may show answers it.
UNFAMILIAR_SHARE = 0.5


# A question word at least this close (rapidfuzz ratio) to a word of the named film's title is that word typed wrong.
TITLE_TYPO_RATIO = 80.0


def names_only_hidden(telling: list[str], index: FilmIndex, visible: VisibleIndex) -> bool:
    """Whether the question names someone (or somewhere) of the film that only text this reader may not see names."""
    people = people_terms(index.film)
    return any(t in people and t not in visible and len(t) > 2 for t in telling)


def defined_only_in_hidden(names: list[str], index: FilmIndex, visible: VisibleIndex) -> bool:
    """Whether a sentence this reader may not see says what `names` is, and none they may see does. Only for a
    question that gives nothing but a name of the film ("what is Rosebud?", not "who is hunting the man …?")."""
    people = people_terms(index.film)
    names = [t for t in names if t not in _MEANING_TERMS]
    if not visible.hidden or not names or len(names) > 3:
        return False
    if not any(t in people for t in names) or any(t not in people and len(t) > 2 for t in names):
        return False
    if any(defines(s, names) or introduces(s, names) for p in visible.passages for s in split_sentences(p.text)):
        return False
    shown = {id(p) for p in visible.passages}
    told = index.visible(SpoilerScope.on()).passages
    return any(
        defines(_PASSIVE.sub(r"\1", s), names) for p in told if id(p) not in shown for s in split_sentences(p.text)
    )


_MEANING_TERMS = frozenset(query_tokens("mean means meaning meant stand stands"))


# "Dodge is killed", "Tracy was taken": what happens to someone, not what they are.
_PASSIVE = re.compile(
    r"\b(?:is|was|are|were|has been|had been|have been)(?: \w+ly)? "
    r"(\w+ed|shot|hit|taken|left|seen|found|caught|beaten|bitten)\b"
)


def fate_told_openly(analysis: Analysis, content: list[str], visible: VisibleIndex) -> bool:
    """ "Where does Kane die?" when the premise itself opens on his death: a question after someone's fate that
    one visible passage states in all its words is answered, not withheld. Only for open questions: "does
    Malcolm die?" asks for a yes or no that visible text about a shooting would seem to give."""
    if analysis.reveal is not Reveal.FATE or analysis.yes_no:
        return False
    asked = {t for t in content if t not in FRAMING_TERMS and t not in HAPPEN}
    if not asked or not all(t in visible for t in asked):
        return False
    if not asked & FATE_TERMS:
        # "What happens to Marion?" names no fate: the passages naming her are the set-up, not the answer, unless
        # one sentence tells a death with her name ("what happened to Stewart?" — "Stewart has died in her
        # sleep pod", in the premise). Not "what happens to Landon?" beside "Taylor, Landon and Dodge escape …;
        # … Stewart has died": a death is told of the name nearest before it (of someone asked by name).
        return any(
            asked <= (said := set(document_tokens(sentence)))
            and bool(said & FATE_TERMS)
            and (not (named := asked & _capitalised_terms(sentence)) or bool(named_before_death(sentence) & named))
            for hit in visible.search(list(asked), k=CANDIDATES)
            for sentence in split_sentences(hit.passage.text)
        )
    return any(hit.matched >= asked for hit in visible.search(list(asked), k=CANDIDATES))


def _capitalised_terms(sentence: str) -> set[str]:
    """The terms of the sentence's capitalised words after its first: the names it gives."""
    words = _CAPITALISED.findall(sentence)
    return {t for word in words for t in document_tokens(word)}


_CAPITALISED = re.compile(r"(?<=\S )[A-Z][\w'’-]*")


# "Last word", "final letter": words that ask about the film's end, unless the story uses them for something else.
_ENDING_PHRASE = re.compile(r"\b(last|final|closing)\s+([a-z]+)")


def ending_words_used_earlier(question: str, visible: VisibleIndex, late: list[Passage]) -> bool:
    """ "What was his last word?" in Citizen Kane, whose premise opens on his last word: when a passage before the
    end uses the question's "last …" or "final …" as the question does, that is what is asked, not the ending."""
    late_ids = {id(p) for p in late}
    earlier = [p.text for p in visible.passages if id(p) not in late_ids]
    for found in _ENDING_PHRASE.finditer(question.lower()):
        said = re.compile(rf"\b{found.group(1)}\s+{re.escape(found.group(2).removesuffix('s'))}s?\b", re.I)
        if any(said.search(text) for text in earlier):
            return True
    return False


def told_before_the_end(
    focus: list[str], late: list[Passage], visible: VisibleIndex, also: Mapping[str, frozenset[str]]
) -> bool:
    """ "What does the woodcutter admit at the end?" where no closing passage holds what is asked but an earlier
    one does ("the woodcutter admits he saw everything"): "at the end" is loose, and the general search answers
    it (still preferring sentences that close). Only when the end is visible: a hidden end is withheld. `also`:
    per focus term, the name the text gives that role ("the boy" is Cole in the closing passages)."""
    wanted = set(focus)

    def holds(text: str) -> bool:
        said = set(document_tokens(text))
        return all(said_in_any_form(t, said) or also.get(t, frozenset()) & said for t in wanted)

    if not wanted or not late or any(holds(p.text) for p in late):
        return False
    return any(wanted <= hit.matched or holds(hit.passage.text) for hit in visible.search(list(wanted), k=CANDIDATES))


ALIVE_TERMS = frozenset(query_tokens("alive live lives living make makes made survival"))


def coverage_terms(telling: list[str], visible: VisibleIndex) -> list[str]:
    """The question terms a passage must cover to answer it, decided from visible text alone.

    With nothing hidden, a word no passage holds ("story", a misspelling) cannot be answered by anything,
    so it must not sink the passages that hold the rest: only terms the film's text holds count. With
    something hidden, such a word may be exactly what the hidden part is about ("what does the Professor
    want with the Room?" when only the Room is visible), so it keeps its weight and the question is
    withheld rather than answered beside the point — but words that only frame the question ("early in
    the movie") are dropped, since they say where to look, not what is asked.
    """
    if not visible.hidden:
        return [t for t in telling if t in visible]
    framed = [t for t in telling if (t not in FRAMING_TERMS and t not in _A_TIE) or t in visible]
    return framed if any(t in visible for t in framed) else []


# "What's the relationship between Scottie and Midge?": what ties two people is told ("once engaged to him"), seldom
# named so; the word frames the question as "early in the movie" does.
_A_TIE = frozenset(query_tokens("relationship relationships"))


def answers_enough(
    hits: list[Hit],
    cover: list[str],
    visible: VisibleIndex,
    *,
    strict: bool = False,
    who: bool = False,
    when: bool = False,
) -> bool:
    """Whether some visible passage holds enough of the question to answer it.

    Enough is half the weight of the terms that count, where a term no visible passage holds weighs as much as
    the rarest one some passage holds: it may be a synonym of what the text says ("killed" for "stabbed"), or
    it may be what the hidden part is about, and on its own it decides neither. A yes/no question (`strict`)
    asks about exactly that word ("is Tracy pregnant?"): there it weighs the most, as nothing visible says it.
    With nothing hidden, also enough is the rarest of them: the word that most narrowly points at where the
    answer is ("deathbed" in "which character is on their deathbed at the beginning of the story?"), as the
    commoner ones may each sit in a different passage.
    """
    weight = word_weights(visible)
    distinct = list(dict.fromkeys(cover))
    # A word the text tells in another form ("find" — "found", "send" — "sent": forms the stemmer keeps apart) is
    # told: only the search keeps to the letter (`as_the_text_says`).
    read = dict(zip(distinct, as_the_text_says(distinct, visible), strict=True))
    present = [weight(read[t]) for t in distinct if read[t] in visible]
    if not present:
        return False
    # A word read in another form weighs no more than a word the text lacks: as typed it was no better known.
    top = max((weight(t) for t in distinct if t in visible), default=max(present))
    weights = {
        t: weight(t)
        if t in visible
        else min(weight(read[t]), top)
        if read[t] in visible
        else (weight(t) if strict else top)
        for t in distinct
    }
    total = sum(weights.values())
    told_in = _passages_telling(distinct, visible)
    if when:
        # (Only for a question asking when: "how many years did Jake work there?" asks a span, not a date.)
        for passage in visible.passages:
            for term in times_told(passage.text, distinct):
                told_in[term] |= {passage.ordinal}
    held = [sum(w for t, w in weights.items() if t in hit.matched or hit.passage.ordinal in told_in[t]) for hit in hits]
    if visible.hidden and who and all(t in visible for t in distinct):
        # "Who blew up the condo?" beside a passage on the condo alone, "who does Mills shoot?" beside one on Mills
        # alone, where the visible text uses each word but never together: half the question is the set-up, and
        # whoever did it may be what is hidden. (A word it never uses may be its synonym: "Marion's boyfriend".)
        return any(h > MIN_COVERAGE * total for h in held)
    if any(h >= MIN_COVERAGE * total for h in held):
        return True
    if visible.hidden:
        return False
    rarest = max(cover, key=weight)
    return any(rarest in hit.matched for hit in hits)


def _passages_telling(terms: list[str], visible: VisibleIndex) -> dict[str, frozenset[int]]:
    """The ordinals of the visible passages holding each term in another of its word's forms (the search matched
    it as typed)."""
    return {
        term: frozenset(
            visible.passages[int(i)].ordinal
            for form in word_forms(term)
            if form in visible
            for i in visible.postings.docs_with(form)
        )
        for term in terms
    }


UNSEEN_PAST_LIMIT = 0.5


# Words for someone by kind ("the woman", "the guy"), whom a "who" question asks after, and the words a summary
# may introduce such a one by ("his wife Madeleine", "a shy young man").
_A_MAN = frozenset(query_tokens("man men boy boys guy guys"))


_WOMEN_TOLD = A_WOMAN_TERMS | frozenset(
    query_tokens("wife mother daughter sister girlfriend fiancee widow actress secretary singer nurse nun")
)


_MEN_TOLD = _A_MAN | frozenset(
    query_tokens("husband father son brother boyfriend fiance widower actor commander detective salesman")
)


def someone_unseen(cover: list[str], visible: VisibleIndex) -> bool:
    """Whether a "who" question asks after a woman or a man by that word ("who is the woman on the station?") where
    the visible text introduces no one so ("wife", "secretary"): only a hidden part can say whom it means."""
    asked = set(cover)
    return bool(
        (asked & A_WOMAN_TERMS and not any(t in visible for t in _WOMEN_TOLD))
        or (asked & _A_MAN and not any(t in visible for t in _MEN_TOLD))
    )


_AFTER_AN_EVENT = re.compile(r"\bafter (?P<event>[^?,.;:!]{3,80})")


def after_an_unseen_event(question: str, visible: VisibleIndex, film: Film) -> bool:
    """Whether the question asks what follows an event ("what happens after Doe turns himself in?") told in a
    word (beside the people it names) that no visible text holds in any form or everyday synonym."""
    found = _AFTER_AN_EVENT.search(question.lower())
    if found is None:
        return False
    people = people_terms(film)
    title = set(terms_of_title(film))
    event = in_one_word(found["event"])
    told = [
        t
        for t in query_tokens(event)
        if t not in people and t not in title and t not in chatter_terms() and t not in WHICH_ONE
    ]
    said = as_the_text_says([synonym(t, visible) for t in told], visible)
    # (A word of the same root in another part of speech is no unseen event: "explodes" beside "an explosion".)
    return any(t not in visible and not _same_root_seen(t, visible) for t in said)


def _same_root_seen(term: str, visible: VisibleIndex) -> bool:
    return any(same_root(term, other) for other in visible.postings.terms)


def a_name_beside(role: list[str], visible: VisibleIndex) -> bool:
    """Whether a visible sentence writes a capitalised word within NAME_REACH words of the role's word ("the bandit
    Tajōmaru", "Ferguson is a San Francisco police detective"): a name the general search may quote."""
    for passage in visible.passages:
        for sentence in split_sentences(passage.text):
            words = re.findall(r"[^\W\d_][\w'’-]*", sentence)
            at = [i for i, word in enumerate(words) if set(document_tokens(word)) & set(role)]
            if any(
                words[j][:1].isupper()
                for i in at
                for j in range(max(1, i - NAME_REACH), i + NAME_REACH + 1)
                if j < len(words)
            ):
                return True
    return False


NAME_REACH = 3


def situation_unseen(cover: list[str], visible: VisibleIndex, people: set[str] | frozenset[str]) -> bool:
    """Whether the question's words beside the people it names (by name or as "his wife") are all words no visible
    text holds in any form or everyday synonym: it asks about a situation nothing the asker may see tells."""
    situation = [
        t for t in dict.fromkeys(cover) if t not in people and t not in people_asked.CALLED and t not in _LIGHT_VERBS
    ]
    return bool(situation) and all(t not in visible for t in as_the_text_says(situation, visible))


# "Why does Malcolm go to see Cole?": verbs that only bring people together tell no situation of their own.
_LIGHT_VERBS = frozenset(query_tokens("see go come get meet visit"))


def unseen_share(cover: list[str], visible: VisibleIndex) -> float:
    """The share of the question's words that count which no visible text holds in any form."""
    distinct = list(dict.fromkeys(cover))
    if not distinct:
        return 0.0
    read = as_the_text_says(distinct, visible)
    told = deaths_told_beside(read, visible)
    return sum(1 for t in read if t not in visible and t not in told) / len(distinct)


def deaths_told_beside(terms: list[str], visible: VisibleIndex) -> set[str]:
    """The death words asked that no visible text holds, when a visible passage tells a death in its own words
    beside another word asked: "who gets killed in the shower?" up to 1:15 of Psycho, where "a figure … stabs her to
    death" (0:47) says "killed" its own way. Not a death told elsewhere ("how does Arbogast die?" up to 0:50: the
    passages naming him tell none), which stays a question about what lies past the limit."""
    asked = {t for t in terms if t in DEATH_TERMS and t not in visible}
    beside = {t for t in terms if t not in DEATH_TERMS and t in visible}
    if not asked or not beside:
        return set()
    telling = {int(i) for t in DEATH_TERMS if t in visible for i in visible.postings.docs_with(t)}
    holding = {int(i) for t in beside for i in visible.postings.docs_with(t)}
    return asked if telling & holding else set()


def without_its_title(question: str, film: Film) -> str:
    """The question in lower case without "in <the film's title>" ending it: "what does leonard do in memento"."""
    text = question.lower()
    for name in (film.title, *film.aliases):
        words = r"\W+".join(re.escape(w) for w in re.findall(r"[^\W_]+", name.lower()))
        if words:
            text = re.sub(rf"\s+(?:in|from|of)\s+(?:the\s+)?{words}(?=\W*$)", "", text)
    return text


def without_title(terms: list[str], mention: Mention | None, film: Film | None = None) -> list[str]:
    """The question's terms without the film's own name, which would otherwise match every passage.

    Without a mention (the film was found by content, or typed in a form the catalog does not take for a title:
    "what genre is se7en", "Fight Clubs genre"), the film's title still goes when every word of it is there."""
    if mention is None:
        if film is None:
            return terms
        for name in (film.title, *film.aliases):
            named = set(query_tokens(name))
            if named and named <= set(terms):
                return [t for t in terms if t not in named]
        return without_misspelt_title(terms, film)
    if not mention.strong:
        # "the Stalker's mentor" names a character, not the film: the word is part of the question.
        return terms
    named = set(query_tokens(" ".join(mention.words)))
    if film is not None:
        # "when did citzen kane come out?" is found by the alias "Kane": the misspelt rest of the title goes too.
        title = set(terms_of_title(film))
        named |= {t for t in terms if t not in title and _misspells(t, title)}
        if film.year is not None and any(_misspells(t, title) for t in terms):
            # "fight clubb (1999) premise?": the year typed with a misspelt title is part of its name, as the
            # catalog takes it with one spelt right.
            named |= set(query_tokens(str(film.year)))
    return [t for t in terms if t not in named]


# A word after these is a noun of the story ("the stalker", "his vertigo"), not a title typed in lower case.
DETERMINED = re.compile(r"\b(?:the|a|an|his|her|their|its|my|this|that)\W+$")


def told_in_its_story(words: list[str], index: FilmIndex) -> bool:
    """Whether the film's own story (not its facts card, which repeats the title) uses any of these words."""
    named = set(query_tokens(" ".join(words)))
    return any(
        named & set(tokens)
        for passage, tokens in zip(index.film.passages, index.tokens, strict=True)
        if passage.section_kind is not SectionKind.FACTS
    )


def without_misspelt_title(terms: list[str], film: Film) -> list[str]:
    """ "momento who is john g", found by "John G" or asked with the film option: the title typed wrong (even as an
    English word the film's text never uses) is no more a question word than the title."""
    title = set(terms_of_title(film))
    near = {t for t in terms if _misspells(t, title, english=True)}
    if near:
        near -= {t for passage in film.passages for t in document_tokens(passage.text)}
    return [t for t in terms if t not in near]


def past_the_colon(
    excerpt: Excerpt, content: list[str], neighbours: dict[int, Passage], visible: VisibleIndex
) -> Excerpt | None:
    """An excerpt ending on a colon ("…and so is his simplest explanation for the Transported Man:") announces an
    answer the next passage gives (an inline spoiler). When the question is answered before it ("who is Tesla?" —
    "…David Bowie as Nikola Tesla."), the announcement goes; when it announces what is asked, the next passage is
    quoted with it if visible, and the question is withheld (None) if it is hidden."""
    passage = excerpt.passage
    if passage is None or not excerpt.text.rstrip().endswith(":"):
        return excerpt
    sentences = split_sentences(excerpt.text)
    before = " ".join(sentences[:-1])
    if before and set(document_tokens(before)) & set(content):
        return Excerpt(before, passage, excerpt.section)
    if not _announces(sentences[-1], content):
        return excerpt  # the question asks after the sentence itself ("whose speech about the three acts …?")
    follows = neighbours.get(passage.ordinal + 1)
    if follows is not None and follows.section == passage.section:
        said = split_sentences(follows.text)[0]
        return Excerpt(trim_quote_start(f"{excerpt.text} {said}"), follows, follows.section)
    return None if visible.hidden else excerpt


def runs_into_hidden(excerpt: Excerpt, content: list[str], film: Film, neighbours: dict[int, Passage]) -> bool:
    """Whether the excerpt ends on the sentence an inline spoiler goes on from, and that sentence is what the
    question asks after ("what are the single frames hidden in the early scenes?" — "… a few single frames are
    hidden in them." ||Those frames are flashes of Tyler …||): what is asked is what the hidden words say of it.
    Only within one section: a spoiler section after the set-up goes on with the story, not with its last
    sentence."""
    passage = excerpt.passage
    if passage is None or passage.ordinal + 1 in neighbours:
        return False
    follows = next((p for p in film.passages if p.ordinal == passage.ordinal + 1), None)
    # (Under a progress limit the next passage of a spoiler section is hidden by the limit: the story goes on.)
    if follows is None or follows.section != passage.section or passage.spoiler or not follows.spoiler:
        return False
    last = split_sentences(passage.text)[-1]
    if last.rstrip().endswith(":"):
        return False  # an announcement: `past_the_colon` reads whether the question asks after it
    held = set(content) & set(document_tokens(last))
    # A name or number the question lacks is what the sentence answers ("The rock was filmed on a real islet off the
    # Atlantic coast." for "… off the what coast?"); the spoiler goes on about something else.
    named = {t for word in _NAME_OR_NUMBER.findall(last) for t in document_tokens(word)} - set(content)
    # Most of what is asked, two words at least: the sentence is about it, not beside it.
    return (
        excerpt.text.rstrip().endswith(last.rstrip())
        and not named
        and len(held) >= 2
        and 2 * len(held) >= len(set(content))
    )


# A capitalised word after a sentence's first, or a number.
_NAME_OR_NUMBER = re.compile(r"(?<=\S )[\"“(]?[A-Z][\w'’-]*|\b\d[\d,.:]*\b")


def _announces(sentence: str, content: list[str]) -> bool:
    """Whether a sentence ending on a colon is, for this question, the announcement of what follows it: most of
    the question's words it holds, two at least, are in its last clause ("…, and so is his simplest explanation
    for the Transported Man:"), not spread over the whole sentence as when the sentence itself is asked after."""
    held = set(content) & set(document_tokens(sentence))
    last = set(document_tokens(re.split(r"[,;]", sentence)[-1]))
    announced = held & last
    # One shared word ("who is Transported?") says too little about what the question is after.
    return len(announced) >= 2 and 2 * len(announced) > len(held)


def _misspells(term: str, title: set[str], *, english: bool = False) -> bool:
    """Whether a question term is a title word typed wrong: close to one of them, and no English word (unless
    `english`: the caller checks otherwise that it is not a word of the question)."""
    return (
        len(term) >= 4
        and term not in title
        and (english or not is_english(term))
        and any(fuzz.ratio(term, word) >= TITLE_TYPO_RATIO for word in title if len(word) >= 4)
    )


def unfamiliar(telling: list[str], visible: VisibleIndex) -> bool:
    """Whether the visible text holds fewer than half of the question's own words."""
    words = [t for t in dict.fromkeys(telling) if t not in FRAMING_TERMS]
    return bool(words) and sum(t in visible for t in words) < UNFAMILIAR_SHARE * len(words)


def years_in(content: list[str]) -> list[str]:
    """The years among a question's terms ("did Psycho come out in 1960?": the year checked, as the film's card
    tells it, whether or not it is the film's)."""
    return [t for t in content if re.fullmatch(r"(?:18|19|20)[0-9]{2}", t)]


# "Is Chinatown set in LA?", "does Solaris take place on a space station?": whether the film is set where named.
SET_IN = re.compile(
    r"^\W*(?:(?:so|and|but|ok)\W+)?(?:is|was|are|were|does|did) [^?]{1,60}\b(?:set|located|takes? place|happens?)"
    r" (?:in|on|at)\b",
    re.I,
)


def names_or_years_it_lacks(question: str, content: list[str], visible: VisibleIndex, makers: set[str]) -> list[str]:
    """The terms of the question the text this reader may see lacks, when one of them is a name or a year
    ("hitchcock", "jack nicholson", "1960"; not the film's makers); none when all are words of English ("colour")."""
    lacking = [t for t in content if t not in visible and t not in makers]
    named = any(t.isdigit() or not all(is_english(w) for w in words_typed_as(question, t) or [t]) for t in lacking)
    return lacking if named else []


# "who's Natalie's boyfriend?", "what's Angier's wife called?": someone asked after by what they are to a person named
# in family or love (not "his boss": a story tells work in many words, "the editor, Rawlston, sends a reporter").
_RELATION = re.compile(
    r"\b(?P<name>[a-z][\w-]*)['’]?s (?:(?:first|second|new|old|real|late|best|little|big|older|younger) )?"
    r"(?P<relation>wife|husband|boyfriend|girlfriend|partner|lover|fianc[eé]e?|brother|sister|father|mother|dad|mum|mom"
    r"|son|daughter|uncle|aunt|nephew|niece|cousin)\b"
)


# What tells a relation besides its own word: its other side ("her husband, Hollis" tells Hollis's wife) and, for a
# couple, the words a story tells one in ("the two cannot afford to marry").
_COUPLE = frozenset(
    query_tokens("wife husband boyfriend girlfriend partner lover fiance fiancee marry married marriage affair wedding")
)
_KIN = frozenset(query_tokens("brother sister sibling father mother dad mum mom parent son daughter child"))
_RELATION_TOLD = {t: _COUPLE for t in _COUPLE} | {t: _KIN for t in _KIN}


def relation_unseen(question: str, visible: VisibleIndex, people: frozenset[str]) -> bool:
    """Whether the question asks after someone by what they are to a person the story names ("Natalie's boyfriend")
    where nothing visible tells of that person and that relation together (in a sentence or the one after it): only
    a hidden part can say who."""
    for found in _RELATION.finditer(question.lower()):
        name = set(query_tokens(found["name"]))
        if not name or not name <= people:
            continue
        relation = set(query_tokens(found["relation"]))
        relation = set().union(relation, *(_RELATION_TOLD.get(t, frozenset()) for t in relation))
        relation |= {synonym(t, visible) for t in relation}
        told = False
        for passage in visible.passages:
            sentences = [set(document_tokens(sentence)) for sentence in split_sentences(passage.text)]
            for i, said in enumerate(sentences):
                if name & said and relation & (said | (sentences[i + 1] if i + 1 < len(sentences) else set())):
                    told = True
        if not told:
            return True
    return False


# "what does Jake find in the pond?", "who is waiting at the top?": where in the story the question is set.
_PLACED_AT = re.compile(
    r"\b(?:in|inside|at|on|under|behind|into|near)\s+(?:the|a|an|his|her|their|that)\s+"
    r"(?P<place>[a-z-]+(?:\s+(?!(?:in|at|on|of|to|and|with|for|when|where|while|after|before"
    # ("the clock on the ship say": the verb after the place is no part of it)
    r"|say|says|said|show|shows|showed|read|reads|mean|means|look|looks|happen|happens|happened)\b)[a-z-]+)?)"
)
# Words a place phrase holds that place nothing in the story ("in the end", "at the start", "in the film").
_NO_PLACE = frozenset(
    query_tokens(
        "end ending beginning start middle film movie story plot summary scene scenes moment first last way time world"
        " past future morning night day evening afternoon meantime mean case part bit point sequel trailer book novel"
        " credits opening finale climax background cast role place"
        # events, not places ("at the 2nd murder", "at the party"): what happens at one is asked as it is told
        " murder murders killing killings death deaths crime trial party funeral wedding meeting fight chase dinner"
        " lunch breakfast"
    )
)


def place_unseen(question: str, visible: VisibleIndex, index: FilmIndex) -> bool:
    """Whether the question is set at a place that only the hidden part of the film's text holds ("in the pond"):
    no visible text has it in any form or everyday synonym, and the film's whole text has it, so it is no word of
    the asker's own for a place the visible text calls otherwise ("on the plane" for its "flight")."""
    for found in _PLACED_AT.finditer(question.lower()):
        # (its last word, the place itself: "the fruit cellar", "the salt-water pond")
        place = [t for t in query_tokens(found["place"].split()[-1]) if t not in _NO_PLACE]
        unseen = [
            t for t in as_the_text_says(place, visible) if t not in visible and synonym(t, visible) not in visible
        ]
        # (The whole text is read only for a place nothing visible holds: most questions never get here.)
        if place and len(unseen) == len(place) and all(t in index.visible(SpoilerScope.on()) for t in unseen):
            return True
    return False
