"""Picking the answer excerpt: the best one or two sentences quoted from the passages a scope lets through.

Everything returned here is a verbatim slice of a passage given to it (or a fact the document stated), so
the caller controls what may appear simply by what it passes in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from corpus.models import STORY_KINDS, Film, Passage, SectionKind, actor_and_part
from corpus.text import split_sentences
from index.film_index import Hit
from index.naming import NAME_WORD, defines
from index.question import FATE_TERMS, ORDINAL_WORDS, Analysis, Fact, Kind, Reveal, synonyms, word_forms
from index.tokenize import document_tokens, query_tokens

MAX_CHARS = 300
# An overview ("what is it about?") quotes whole sentences of the premise's opening up to this length: the whole
# set-up of a bundled premise (720–1,060 characters). At 700 it stopped before Tyler Durden in Fight Club's, which
# a spoiler-free summary of it must not leave out (dialogue sets +6 turns, none lost; NarrativeQA unchanged).
OVERVIEW_CHARS = 1000
# "How does it end?" quotes the closing stretch up to this length.
ENDING_CHARS = 700
# The longest the story's last moment is quoted ("the final shot", "the last thing he sees").
FINAL_CHARS = 400
# A best sentence this short leaves room for most of the next, which is quoted even if cut: the answer
# often runs on ("He finds the key. It opens the vault in Geneva, where …"). Tuning: bench/RESULTS.md.
SHORT = MAX_CHARS // 2 + 10

# A sentence opening on a pronoun leans on the one before for who it is about.
_LEADING_PRONOUN = re.compile(r"[\"“‘(]?(?:he|she|they|it|its|his|her|their|him|them|this|these|those|there)\b", re.I)
_ENDING_CUES = re.compile(r"\b(?:final|finally|ends?|ending|ultimately|last|at last|in the end)\b", re.I)

# Labels a facts passage may use for each fact ("Director: …", "Runtime: 162 mins").
_FACT_LABELS: dict[Fact, re.Pattern[str]] = {
    Fact.DIRECTOR: re.compile(r"\bdirect(?:or|ed)\b", re.I),
    Fact.RUNTIME: re.compile(r"\bruntime\b|\brunning time\b|\bmins?\b|\bminutes\b|\blength\b", re.I),
    Fact.YEAR: re.compile(r"\byear\b|\breleased?\b|\brelease date\b", re.I),
    Fact.LANGUAGE: re.compile(r"\blanguages?\b", re.I),
    Fact.COUNTRY: re.compile(r"\bcountry\b|\bcountries\b", re.I),
    Fact.CAST: re.compile(r"\bcast\b|\bstarring\b|\bstars\b", re.I),
    Fact.WRITER: re.compile(r"\bwriters?\b|\bwritten\b|\bscreenplay\b", re.I),
    Fact.GENRE: re.compile(r"\bgenres?\b", re.I),
    Fact.TITLE: re.compile(r"\balso known as\b|\boriginal title\b", re.I),
}


@dataclass(frozen=True, slots=True)
class Excerpt:
    text: str
    passage: Passage | None  # None only for a fact taken from the film's facts rather than a passage
    section: str


def trim_quote(text: str, limit: int = MAX_CHARS) -> str:
    """The text, or its opening cut at a word boundary: still a quotation, just shorter. (Not
    bot.formatting.clip, which fits escaped Discord text into a title or footer.)"""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def trim_quote_start(text: str, limit: int = MAX_CHARS) -> str:
    """The text, or its end cut at a word boundary: for a quotation whose point is its last sentence."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[len(text) - limit + 1 :].split(" ", 1)[-1].lstrip(",;:—–- ")
    return "…" + cut


# A question word in the sentence next door counts this much of its weight: "He hands her the key." after
# the sentence that names them both. The score is otherwise the weighted overlap: bonuses for question-type
# cues, definitions and adjacent question words did no better than noise (bench/RESULTS.md).
CONTEXT_SHARE = 0.3
# The sum is scaled by the share of the question's words the sentence holds, so a sentence holding most of
# them ("the Professor reveals his true aim: to destroy the Room") beats one holding only the rarest ("he
# wants to help").
COVER_POWER = 1.0
# A sentence holding a pronoun ("He hands her the key.") is about someone the sentence before names: the
# question words only that one holds count this much each in its share of the question (tuning:
# bench/RESULTS.md).
PRONOUN_SHARE = 0.15
_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|his|hers|them|their|theirs|it|its|himself|herself|themselves)\b", re.I)
# A question set early in the story ("at the beginning of the story, where does Otto work?"): a sentence
# gains up to this many average question words' weight, the most at the story's start and none at its end.
# Questions set at the end need no such bonus: they already prefer closing lines (bench/RESULTS.md).
EARLY_BONUS = 1.5
_EARLY_TERMS = frozenset(query_tokens("beginning early"))
# A question set late ("what finally happens to the cave?"): a sentence gains up to this many average question
# words' weight, the most at the story's end.
LATE_BONUS = 1.5
_LATE_TERMS = frozenset(query_tokens("end ending ends final finally last eventually ultimately finale"))
# "When …?", "what year …?": a sentence holding a year, a date or a time gains this many average question words'
# weight ("The ship's clock reads 3978", not the sentence on landing that shares a word with the question). Kept for
# times alone: the same for counts ("how much …?") and named places ("where …?") cost NarrativeQA answers and
# passages (bench/RESULTS.md).
TIME_BONUS = 0.5
_A_TIME = re.compile(
    r"\b(?:\d{3,4}s?|\d{1,2}:\d\d|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:years?|months?|weeks?|days?|decades?|centuries) (?:earlier|later|ago|before|after)\b)"
)
# "Why …?": a sentence giving a reason or an aim ("seeking the Room where the deepest wishes are fulfilled", "because
# he fears …") gains this many average question words' weight over one that only shares a word.
REASON_BONUS = 0.5
# "What does the machine do?": a sentence where it does something gains this much over one where something is done
# with it; a tie-break, not enough to outrank a sentence holding more of the question ("… with the tape").
DOING_BONUS = 0.1
_A_REASON = re.compile(
    r"\b(?:because|since|so that|in order to|seeking|looking for|in search of|hop(?:es|ed|ing)|wants? to|wanted to"
    r"|desperate to|determined to|for fear|motive|reason"
    # An errand's aim: "he flies out to decide whether the programme should be shut down".
    r"|to (?:decide|find out|investigate|discover|determine|judge|assess)"
    # What moved someone, as summaries tell it: "Doe explains that he envied …", "jealous of his mother's lover".
    r"|explain(?:s|ed)? (?:that|why)|envied|envies|jealous|jealousy|revenge|to avenge"
    r"|out of (?:guilt|envy|jealousy|love|revenge|spite|pity)"
    # What drove it, told as a state or a warning: "Unable to bear the guilt, he dug up her body", "the Sacred
    # Scrolls warn that man is a destroyer", "knowing Scottie's fear of heights would keep him off the tower".
    r"|unable to bear|(?:could|can)(?:not|n't) bear|guilt|warns? that|warned that|knowing"
    # The grounds someone is held on: "Borden stands trial for murder" answers "why is Borden in jail?".
    r"|(?:trial|tried|charged|accused|convicted|arrested|jailed|imprisoned|sentenced|executed|hanged)"
    r" (?:for|with|of))\b",
    re.I,
)
# What a feeling made someone do, told by the sentence's opening participle: "Startled, Judy steps back and falls
# to her death", "Humiliated by the review, …". The clause it governs runs to the next ", and" or ";".
_MOVED_BY = re.compile(r"^[A-Z][a-z]+ed(?: (?:by|with|at) [^,]{1,40})?, (?P<clause>.+?)(?:, and |;|$)")
# What someone is after, told as such: "their motives", "his true aim", "clings to the belief that …".
_AN_AIM = re.compile(
    r"\b(?:motives?|aims?|goals?|dreams? of|ambitions?|beliefs?|believes|hopes?|hoped|hoping|wants?)\b", re.I
)
_AN_ORIGIN = re.compile(r"\b(?:from|after|born|built|build|builds|created|creates|made (?:from|of|by))\b", re.I)
# "In the last shot", "the final scene": with those, the moment's word only places the question too.
_MOMENT_TERMS = frozenset(query_tokens("shot scene moment image frame"))
_START_TERMS = frozenset(query_tokens("start"))
_STORY_TERMS = frozenset(query_tokens("story film movie"))


@dataclass(frozen=True, slots=True)
class Choice:
    """The excerpt and the hits in the order to show them (the excerpt's passage first)."""

    excerpt: Excerpt
    order: list[Hit]
    # The short sentence just before the excerpt (`_short_setting`), which a reveal's answer is shown with: kept apart
    # so that every rule judging the excerpt judges what was chosen.
    setting: str = ""


_Sentences = tuple[tuple[str, frozenset[str]], ...]


@dataclass(frozen=True, slots=True)
class _Scored:
    score: float
    hit: Hit
    index: int  # of the best sentence in `sentences`
    sentences: _Sentences  # the passage's own, with a neighbouring passage's closest sentence at either end
    own: range  # where the passage's own sentences are in `sentences`
    quotable: range  # what an excerpt may quote: the passage, and its neighbours (before: no more a spoiler)
    following: Passage | None = None  # the neighbour after, whose first sentence ends `sentences`


@lru_cache(maxsize=4096)
def _sentences(text: str) -> _Sentences:
    """A passage's sentences with their terms; cached because the same passages answer many questions."""
    return tuple((sentence, frozenset(document_tokens(sentence))) for sentence in split_sentences(text))


def choose(
    hits: Sequence[Hit],
    terms: Sequence[str],
    analysis: Analysis,
    weight: Callable[[str], float],
    neighbours: Mapping[int, Passage] | None = None,
) -> Choice | None:
    """The sentence that best answers the question among the given (visible) passages, and the passages
    re-ranked by their best sentence.

    BM25 over a whole passage rewards a passage that mentions the question's words anywhere and often; the
    answer sits in one sentence that holds them together. Between equal sentences the earlier in the story
    wins: a character or thing is introduced, and so defined, where it is first mentioned.

    `neighbours`: visible passages by ordinal, so that a sentence at a passage's edge is read with the one
    next to it in the story; only passages the caller may show belong there.
    """
    distinct = list(dict.fromkeys(terms))
    placing = _LATE_TERMS | _MOMENT_TERMS if analysis.final else _LATE_TERMS
    if analysis.late and [t for t in distinct if t not in placing]:
        # "What does Taylor find on the beach at the end?": "end" places the question, it is not asked after
        # ("Tyler ends up sleeping with her" is no answer); the late bonus below stands in for it.
        distinct = [t for t in distinct if t not in placing]
    if analysis.discovered and (rest := [t for t in distinct if t not in analysis.found_out | _DISCOVERY_TERMS]):
        # "How does Scottie figure out that Judy was Madeleine?": how, not what; the truth's words are where it is
        # stated ("she was the woman he knew as Madeleine"), not where he sees it (a necklace he recognizes). Nor is
        # "figure" read as the first of its synonyms the text holds: every way of seeing counts (`_SEES_THE_TRUTH`).
        distinct = rest
    if not distinct:
        return None
    weights = {term: weight(term) for term in distinct}
    unit = sum(weights.values()) / len(weights)
    early = _asks_early(distinct)
    forms = {term: frozenset(word_forms(term)) for term in distinct}
    # After a twist the full name marks whose twist a sentence tells ("Sammy Jankis was a con man"): kept whole
    # there (bench/dialogues.py dev2 lost two reveal turns with names counted once).
    names = _names(distinct, hits) if analysis.reveal is None else ()
    best: list[_Scored] = []  # per passage, its best sentence
    for hit in hits:
        scored = _best_in(hit, neighbours or {}, distinct, weights, unit, analysis, early, forms, names)
        if scored is not None:
            best.append(scored)
    if not best:
        return None
    later = -1 if _prefers_later(analysis, distinct) else 1
    # Between equal sentences about a death, the spoiler text's: the set-up's account may be what a twist undoes
    # ("killed his wife" in the premise, "died when Leonard gave her insulin" in the reveal).
    death = _asks_death(analysis, distinct)
    best.sort(
        key=lambda row: (
            -row.score,
            # A plot question's answer is in the story before the facts ("how long were they in space?": the
            # months in deep space, not the runtime "… 52 minutes long"), and before trivia about the film ("those
            # frames are flashes of Tyler Durden" ties with the story's "He is Tyler Durden.").
            row.hit.passage.section_kind not in STORY_KINDS,
            death and not row.hit.passage.spoiler,
            later * row.hit.passage.ordinal,
            later * row.index,
        )
    )
    chosen = _told_in_full(best, distinct, analysis)
    support = _supporting([row for row in best if row is not chosen], chosen.score, max(hit.score for hit in hits))
    excerpt = _excerpt(chosen, weights, analysis)
    return Choice(excerpt, [chosen.hit, *support], _short_setting(chosen, excerpt))


def _told_in_full(ranked: list[_Scored], distinct: Sequence[str], analysis: Analysis) -> _Scored:
    """The best sentence, or, when it is the set-up's, the plot's equal: the premise sums up what the plot tells in
    full ("found the body of a samurai" there; "a woman's hat, a samurai's cap, a cut rope and an amulet case, and
    then the samurai's stiff body" in the plot). The plot's sentence must hold every question word the set-up's
    holds ("and the husband?" is not the police agent who "says" he found the bandit). Not for who someone is (the
    set-up introduces them) nor why (its reason is as good as any after it)."""
    top = ranked[0]
    if top.hit.passage.spoiler or analysis.who_is or analysis.kind is Kind.WHY:
        return top
    asked = set(distinct)
    held = top.sentences[top.index][1] & asked
    # (Equal but for the form its words take: "a failed run for governor" in the set-up, "Kane ran for governor of
    # New York against … Gettys" in the plot. Not for "when": "Three days earlier the woodcutter found the body" in
    # the set-up dates what the plot tells in full.)
    dated = analysis.kind is Kind.WHEN and _A_TIME.search(top.sentences[top.index][0]) is not None
    for row in ranked[1:]:
        if row.score < top.score * FORM_SHARE - 1e-9:
            break
        if row.score < top.score - 1e-9 and dated and _A_TIME.search(row.sentences[row.index][0]) is None:
            continue
        if (
            row.hit.passage.spoiler
            and row.hit.passage.section_kind in STORY_KINDS
            and held <= row.sentences[row.index][1]
        ):
            return row
    return top


def _asks_early(terms: Sequence[str]) -> bool:
    """ "At the beginning", "early in the film", "at the start of the story": the question is set early on."""
    held = set(terms)
    return bool(held & _EARLY_TERMS) or (bool(held & _START_TERMS) and bool(held & _STORY_TERMS))


def _supporting(rows: list[_Scored], top_sentence: float, top_bm25: float) -> list[Hit]:
    """The passages to show after the excerpt's: by their best sentence and by BM25 over the whole passage,
    each as a share of the best. A passage whose best sentence is a little weaker but which is about the
    question throughout (its words more often, or more of them) is the better support; either signal alone
    ranks worse (bench/RESULTS.md).
    """
    sentence_unit = top_sentence or 1.0
    bm25_unit = top_bm25 or 1.0
    ranked = sorted(
        rows, key=lambda row: (-(row.score / sentence_unit + row.hit.score / bm25_unit), row.hit.passage.ordinal)
    )
    return [row.hit for row in ranked]


def _best_in(
    hit: Hit,
    neighbours: Mapping[int, Passage],
    distinct: list[str],
    weights: dict[str, float],
    unit: float,
    analysis: Analysis,
    early: bool,
    forms: Mapping[str, frozenset[str]] | None = None,
    names: Sequence[frozenset[str]] = (),
) -> _Scored | None:
    passage = hit.passage
    own = _sentences(passage.text)
    # Only a neighbour in the same section reads on: "Released in 1979." is no lead-in to the premise. Where the
    # safe part of the story stops and its spoilers start, the story reads on forward: a premise cut at the
    # spoiler line often stops mid-scene ("… a word written on the floor in blood." → "… the word is GREED.").
    before = _same_section(neighbours.get(passage.ordinal - 1), passage)
    after = _same_section(neighbours.get(passage.ordinal + 1), passage) or _story_goes_on(
        neighbours.get(passage.ordinal + 1), passage
    )
    head = _sentences(before.text)[-1:] if before is not None else ()
    tail = _sentences(after.text)[:1] if after is not None else ()
    raw = head + own + tail
    if head and own and _runs_on(head[-1][0], own[0][0]):
        # "… his simplest explanation for the Transported Man: >!a double really is the answer …!<": a spoiler span
        # cuts one sentence into two passages; the half here is about what the half before it names.
        raw = (*head, (own[0][0], own[0][1] | head[-1][1]), *own[1:], *tail)
    sentences = _as_asked(raw, forms or {})
    if analysis.reported and analysis.kind is not Kind.WHY and (said := _SAYING & set(distinct)):
        # (Not "why does the psychiatrist say Norman did it?": the reason he gives is asked, told as it was before.)
        sentences = _held_where(sentences, said, _TELLING)
    if analysis.kind is Kind.WHEN:
        sentences = _with_time_told(sentences, distinct)
    if analysis.kind is Kind.WHERE and _LIVE in distinct and len(distinct) > 1:
        # (Of someone named: with "live" alone, "where does he live?", the search found only passages holding it.)
        sentences = _held_where(sentences, frozenset({_LIVE}), _A_HOME, only_there=True)
    span = range(len(head), len(head) + len(own))
    # A word held only in another form ("fell" for "fall") is a weaker sign than the word itself: "her body fall"
    # in the set-up must not outrank the reveal that holds "body" and "whose" as asked.
    scores = {
        i: _score(sentences, i, distinct, weights, unit, analysis, _formed(raw[i][1], forms or {}), names) for i in span
    }
    if early:
        lead = EARLY_BONUS * unit * (1 - passage.position)
        scores = {i: score + lead if score > 0 else score for i, score in scores.items()}
    if analysis.late and passage.section_kind in STORY_KINDS:
        # Only the story is told in order: a trivia note at the summary's end is not late in the film.
        lead = LATE_BONUS * unit * passage.position
        scores = {i: score + lead if score > 0 else score for i, score in scores.items()}
    if analysis.kind is Kind.WHEN and analysis.fact is None and analysis.reveal is None:
        scores = _with_cue_bonus(scores, sentences, _A_TIME.search, TIME_BONUS * unit)
    if analysis.kind is Kind.WHY and analysis.fact is None:
        scores = _with_cue_bonus(
            scores, sentences, lambda text: _A_REASON.search(text) or _moved_to(text, distinct), REASON_BONUS * unit
        )
    elif analysis.doer and analysis.reveal is not Reveal.TWIST:
        # "What does the Professor hope to get out of the Zone?", "what does Leonard want?": an aim is told as one
        # ("the trio debates their motives: … the Professor clings to the belief that … perhaps a Nobel Prize"),
        # not by the sentence that introduces them with the same words.
        scores = _with_cue_bonus(scores, sentences, _AN_AIM.search, REASON_BONUS * unit)
    if analysis.acting:
        # "What does the machine do?": the sentence where it does something ("the machine does not move an object, it
        # creates an exact copy"), not the one where something is done with it ("… build him an electrical machine").
        scores = _with_cue_bonus(
            scores, sentences, lambda text: _does_something(text, analysis.acting), DOING_BONUS * unit
        )
    if analysis.holder:
        # "What do they find in John Doe's apartment?": the sentence saying what the place holds ("His apartment
        # holds thousands of notebooks"), not the one that names its owner and leads there ("… an apartment
        # registered to 'John Doe'").
        # It answers however much of the question's description of the place it leaves out, as whose glasses do.
        told = sum(weights.values()) + REVEAL_CUE_BONUS * unit
        scores = {
            i: max(score, told) if score > 0 and _holds(sentences[i][0], analysis.holder) else score
            for i, score in scores.items()
        }
    if analysis.origin:
        # "Where do the visitors come from?": a sentence telling a source ("began appearing after the crew bombarded
        # the ocean with X-rays", "Judy Barton from Salina, Kansas") over one that only names them.
        scores = _with_cue_bonus(scores, sentences, _AN_ORIGIN.search, REASON_BONUS * unit)
    scores = _reveal_scores(scores, sentences, passage, analysis, weights, unit)
    if analysis.doubted and analysis.reveal is Reveal.IDENTITY and analysis.kind is Kind.WHO and passage.spoiler:
        # "Who really fell from the tower?": the story corrects who it was ("At the top, Elster was waiting with the
        # real Madeleine Elster, … and it was her body that he threw down"), right after a sentence on the same
        # moment ("… would keep him off the tower"); it answers, though none of the question's words is its own.
        told = sum(weights.values()) + REVEAL_CUE_BONUS * unit
        scores = {
            i: max(score, told)
            if _THE_REAL_ONE.search(sentences[i][0]) and (score > 0 or scores.get(i - 1, 0.0) > 0)
            else score
            for i, score in scores.items()
        }
    if analysis.doubted and analysis.reveal in (Reveal.FATE, Reveal.TWIST):
        # "How did Hollis really die?": the truth is told over what was believed ("Hollis did not drown in the
        # reservoir; he was drowned in salt water at home"), which ties with the sentence telling the belief.
        scores = _with_cue_bonus(scores, sentences, _UNDONE.search, REVEAL_CUE_BONUS * unit)
    if analysis.discovered:
        # "How does Scottie figure it out?": the truth comes out where someone sees, finds or recognises something
        # ("Scottie recognizes it as Carlotta's jewel"), not where it is stated ("she was the woman he knew as …").
        scores = _with_cue_bonus(scores, sentences, _SEES_THE_TRUTH.search, REVEAL_CUE_BONUS * unit)
    # Between equal sentences the earlier defines a thing; after a twist, the later one states it.
    later = _prefers_later(analysis, distinct)
    top = max(span, key=lambda i: (scores[i], i if later else -i), default=None)
    if top is None or scores[top] <= 0:
        return None
    # An excerpt may run back into a neighbour only if that shows no more than the cited passage does. It may run
    # on into the next one even if that is a spoiler the scope lets through ("… a word written on the floor in
    # blood." → "… the word on the floor is GREED."): the excerpt then cites that passage (`_quoted`).
    start = 0 if head and before is not None and before.spoiler <= passage.spoiler else span.start
    stop = len(sentences) if tail and after is not None else span.stop
    return _Scored(scores[top], hit, top, sentences, span, range(start, stop), after if tail else None)


# "Who does Natalie say beat her up?": what someone says is told by any verb of telling ("… comes in bruised and tells
# him a man named Dodd beat her", "Cross admits", "according to Teddy").
_SAYING = frozenset(query_tokens("say says said tell tells told claim claims claimed"))
_TELLING = re.compile(
    r"\b(?:says?|said|tells?|told|claims?|claimed|explains?|explained|admits?|admitted|insists?|insisted|warns?|warned"
    r"|confess(?:es|ed)?|swears?|swore|declares?|declared|announces?|announced|reports?|reported|according to)\b",
    re.I,
)


(_LIVE,) = query_tokens("live")
# Where someone lives is told by a place after the verb, by a move or by a home they have: "lives with his mother in the
# house above", "they move into a decaying house on Paper Street", "he has a condo full of catalogue furniture"; not "a
# very different idea of how to live".
_A_HOME = re.compile(
    r"\b(?:lives?|lived|living)\s+(?:\w+\s+)?(?:in|at|on|with|above|below|near|together|alone)\b"
    r"|\bmov(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:in|into|to)\b"
    r"|\b(?:has|have|had|owns|rents|shares) an? (?:\w+ )?(?:condo|flat|apartment|house|home|room)\b",
    re.I,
)


# "What year was the novel published?", "what day of the week is it?": a time asked by its kind is told by an instance
# of it ("Chuck Palahniuk's 1996 novel", "On a Monday the two are paired"), seldom by the kind's own word.
TIME_TOLD = {
    term: re.compile(pattern)
    for words, pattern in (
        ("year years", r"\b1\d{3}s?\b|\b20\d\d\b"),
        ("day days", r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
        (
            "month months",
            r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        ),
    )
    for term in query_tokens(words)
}


def times_told(text: str, asked: Collection[str]) -> set[str]:
    """The kinds of time asked ("year") of which the text tells an instance ("1996")."""
    return {term for term in asked if (instance := TIME_TOLD.get(term)) is not None and instance.search(text)}


def _with_time_told(sentences: _Sentences, asked: Collection[str]) -> _Sentences:
    """The sentences with a time's kind asked held wherever an instance of it is told."""
    if not any(term in TIME_TOLD for term in asked):
        return sentences
    return tuple((text, terms | times_told(text, asked)) for text, terms in sentences)


def _held_where(
    sentences: _Sentences, words: frozenset[str], told: re.Pattern[str], *, only_there: bool = False
) -> _Sentences:
    """The sentences with the question's `words` held wherever `told` matches (a verb of telling for "say", a home
    for "live"); with `only_there`, no longer held where it does not ("how to live")."""
    return tuple(
        (text, terms | words if told.search(text) else terms - words if only_there else terms)
        for text, terms in sentences
    )


def _runs_on(before: str, sentence: str) -> bool:
    """Whether `sentence` goes on with the sentence `before` (one cut in two, not the next one)."""
    return not _SENTENCE_END.search(before) and sentence[:1].islower()


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _moved_to(sentence: str, distinct: Collection[str]) -> bool:
    """Whether the sentence tells what a feeling made someone do ("Startled, Judy steps back and falls"), and what
    is asked is in what it made them do: not "Scottie is left standing" after the ", and" for "why did Scottie leave
    the police?"."""
    moved = _MOVED_BY.match(sentence)
    return moved is not None and bool(set(document_tokens(moved["clause"])) & set(distinct))


# A sentence undoing what was believed: "did not drown in the reservoir", "was never her husband".
_UNDONE = re.compile(r"\b(?:did not|didn['’]t|was not|wasn['’]t|were not|weren['’]t|never)\b", re.I)


# A verb told of whoever the word before it names ("the machine makes …", "Mills shoots …", "the commoner strips …"):
# a summary tells its story in the present tense.
_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:does|did|is|was|has|had|[a-z]+(?<!s)s|[a-z]+ed)\b")


def _does_something(sentence: str, who: Collection[str]) -> bool:
    """Whether someone (their terms) is the one doing something in the sentence: their word, then a verb."""
    return _word_then(sentence, who, _VERB_AFTER)


def _word_then(sentence: str, terms: Collection[str], after: re.Pattern[str]) -> bool:
    """Whether a word of the sentence that is one of `terms` is followed right away by what `after` matches."""
    return any(
        set(query_tokens(word[0])) & set(terms) and after.match(sentence, word.end())
        for word in re.finditer(r"[\w'’]+", sentence)
    )


# Who someone really was, told as a correction: "the real Madeleine Elster", "The real Evelyn Mulwray appears".
_THE_REAL_ONE = re.compile(r"\b[Tt]he real (?:[A-Z][\w'’-]+)")


# What a place holds, told after it: "His apartment holds …", "the room is full of …", "the case contained …".
_HOLDING = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:holds?|held|contains?|contained|houses|(?:is|are|was|were) (?:full of|filled with|"
    r"stuffed with|piled with|lined with))\b",
    re.I,
)


def _holds(sentence: str, place: Collection[str]) -> bool:
    """Whether the sentence tells what the place (its terms) holds: the place's word, then a verb of holding."""
    return _word_then(sentence, place, _HOLDING)


def _with_cue_bonus(
    scores: Mapping[int, float], sentences: _Sentences, holds_cue: Callable[[str], object], bonus: float
) -> dict[int, float]:
    """The scores with `bonus` added to each sentence that already scores and holds the cue (a time, a reason, a
    source): a tie-break toward the kind of answer asked for."""
    return {i: score + bonus if score > 0 and holds_cue(sentences[i][0]) else score for i, score in scores.items()}


# What a question word held only in another form counts of its weight (tuning: bench/quality.py --films tune).
FORM_SHARE = 0.75


def said_in_any_form(term: str, said: Collection[str]) -> bool:
    """Whether `said` (a sentence's terms) holds the question term in any form of its word: "why does Susan leave
    him?" — "she finally left him" (irregular forms the stemmer keeps apart)."""
    return term in said or any(form in said for form in word_forms(term))


def _formed(terms: frozenset[str], forms: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The question terms a sentence's terms hold only in another form."""
    return frozenset(t for t, other in forms.items() if t not in terms and other & terms)


def _as_asked(sentences: _Sentences, forms: Mapping[str, frozenset[str]]) -> _Sentences:
    """Each sentence's terms, with a question term added where the sentence holds another form of its word:
    "who was thrown from the tower?" — "it was her body that he threw down" (irregular forms the stemmer keeps
    apart; lemminflect's, as `word_forms` gives them)."""
    if not forms:
        return sentences
    anyone = [t for t in forms if t in _SOMEONE_TERMS]
    return tuple(
        (
            text,
            terms
            | {t for t, other in forms.items() if t not in terms and other & terms}
            # "Does anyone go into the Room?" — "no one dares to enter the Room": "no one" is the answer's word
            # for the question's "anyone" (and its "one" is no term of its own).
            | (frozenset(anyone) if anyone and _SOMEONE.search(text) else frozenset()),
        )
        for text, terms in sentences
    )


_SOMEONE = re.compile(r"\b(?:any|some|no|every)\s?(?:one|body)\b|\bnone of\b", re.I)
_SOMEONE_TERMS = frozenset(query_tokens("anyone anybody someone somebody nobody everyone everybody"))


def _excerpt(chosen: _Scored, weights: Mapping[str, float], analysis: Analysis) -> Excerpt:
    """The best sentence, with the one before when it opens on a pronoun (the name it stands for is the
    answer to many a "who") or when all three fit, and the one after: an answer often runs over two
    sentences. An excerpt never ends on a realisation that the next sentence states (`_read_on`)."""
    excerpt, last = _chosen_excerpt(chosen, weights, analysis)
    read = _read_on(chosen, excerpt, last)
    # (Past a realisation the excerpt reads on further: that comes first.)
    return read if read is not excerpt else _with_short_outcome(chosen, excerpt, last)


# The longest an excerpt read on past a realisation may grow.
READ_ON_CHARS = 2 * MAX_CHARS
# A sentence right after the excerpt this short is quoted with it: a summary often states the outcome in a few words
# after the build-up ("Somerset opens it, recoils, and shouts for Mills to stay back. The box holds Tracy's head.").
SHORT_AFTER = 80


def _short_beside(text: str, sentence: str) -> bool:
    """Whether `sentence` is short enough to be quoted beside the excerpt `text` (`SHORT_AFTER`, `READ_ON_CHARS`)."""
    return len(sentence) <= SHORT_AFTER and len(text) + 1 + len(sentence) <= READ_ON_CHARS


def _short_setting(chosen: _Scored, excerpt: Excerpt) -> str:
    """The short sentence just before the excerpt, which sets where and to whom what it tells happens ("At the
    mission Madeleine runs up the bell tower." before "Scottie's vertigo stops him on the stairs, and … he sees her
    body fall"); "" when there is none."""
    if excerpt.text.startswith("…"):
        return ""
    first = next((i for i in chosen.quotable if excerpt.text.startswith(chosen.sentences[i][0])), None)
    if first is None or first - 1 not in chosen.quotable:
        return ""
    before = chosen.sentences[first - 1][0]
    if not _short_beside(excerpt.text, before) or before in excerpt.text:
        return ""
    return before


def _ahead(chosen: _Scored, last: int) -> list[str]:
    """The sentences an excerpt ending on sentence `last` may read on into: its passage's quotable ones, and the next
    visible passage's when it ends on the last of those."""
    ahead = [text for text, _ in chosen.sentences[: chosen.quotable.stop]]
    if chosen.following is not None and last + 1 >= len(ahead):
        ahead += [text for text, _ in _sentences(chosen.following.text)[1:]]
    return ahead


def _with_short_outcome(chosen: _Scored, excerpt: Excerpt, last: int) -> Excerpt:
    ahead = _ahead(chosen, last)
    if not (0 <= last < len(ahead) - 1 and excerpt.text.endswith(ahead[last])):
        return excerpt
    after = ahead[last + 1]
    if not _short_beside(excerpt.text, after):
        return excerpt
    return _quoted(chosen, f"{excerpt.text} {after}", last + 1)


def _read_on(chosen: _Scored, excerpt: Excerpt, last: int) -> Excerpt:
    """The excerpt with the sentence after its last, when the last only announces a realisation: "… his wedding
    ring rolls across the floor … Malcolm understands at last." stopped one sentence before "Vincent's bullet
    killed him that first night". Read on into the passage after too (one the reader may see), citing it."""
    ahead = _ahead(chosen, last)
    if not (0 <= last < len(ahead) - 1 and _REALISES.search(ahead[last]) and excerpt.text.endswith(ahead[last])):
        return excerpt
    text, end = f"{excerpt.text} {ahead[last + 1]}", last + 1
    # As the twist's own excerpt does, a second sentence too when it fits ("Every scene since, he has been a ghost").
    if end + 1 < len(ahead) and len(f"{text} {ahead[end + 1]}") <= READ_ON_CHARS:
        text, end = f"{text} {ahead[end + 1]}", end + 1
    return _quoted(chosen, text, end)


# A sentence told while someone dies ("As Jimmy dies he whispers …", "Dying, …"): it goes on from the death told
# just before it.
_WHILE_DYING = re.compile(
    r"(?:Dying|Mortally wounded|Bleeding to death|As (?:he|she|[A-Z][\w'’-]+) (?:dies|lies dying))\b"
)


# How many story passages back the blow a dying sentence follows is looked for.
DEATH_PASSAGES = 3
_DYING_NAMED = re.compile(r"(?:Dying|Mortally wounded|Bleeding to death),\s+(?P<name>[A-Z][^\W\d_]+)")


def with_the_blow(excerpt: Excerpt, passages: Sequence[Passage]) -> Excerpt:
    """An excerpt opening while someone dies ("Dying, Angier admits the cost: …"), after the sentence a passage or two
    before it that dealt the death ("Then Fallon walks into the warehouse where Angier keeps his machine and shoots
    him."): what happened to him is the blow, which the dying words only follow. `passages`: the text the asker may
    see, so nothing is quoted that the excerpt's own scope hides."""
    named = _DYING_NAMED.match(excerpt.text)
    if named is None or excerpt.passage is None:
        return excerpt
    who = set(document_tokens(named["name"]))
    told = excerpt.passage
    earlier = [p for p in passages if p.section_kind in STORY_KINDS and p.ordinal < told.ordinal][-DEATH_PASSAGES:]
    for passage in reversed(earlier):
        for sentence in reversed(split_sentences(passage.text)):
            if tells_fate_of(sentence, who):
                return replace(excerpt, text=f"{sentence} … {excerpt.text}")
    return excerpt


def _death_dealt_before(chosen: _Scored) -> int | None:
    """The nearest of the two sentences before the chosen one (in the same quotable run) that tells a death."""
    for j in (chosen.index - 1, chosen.index - 2):
        if j in chosen.quotable and chosen.sentences[j][1] & DEATH_TERMS:
            return j
    return None


def _chosen_excerpt(chosen: _Scored, weights: Mapping[str, float], analysis: Analysis) -> tuple[Excerpt, int]:
    """`_excerpt` up to reading on, with the index of the last sentence it quotes."""
    sentences = [text for text, _ in chosen.sentences]
    reveal = analysis.reveal
    index, quotable = chosen.index, chosen.quotable
    text = sentences[index]
    if len(text) > MAX_CHARS:
        # Cutting a long sentence at its opening may drop the very words that made it the answer.
        return _quoted(chosen, _window(text, weights), index), index
    if _WHILE_DYING.match(text) and (dealt := _death_dealt_before(chosen)) is not None:
        # "Leonard … kills Jimmy Grantz, who was set up by Teddy. As Jimmy dies he whispers 'Sammy' …": a sentence told
        # while someone dies goes on from the death, which is what happened to them; quote from there. (Only within
        # the passage: Prestige's "Dying, Angier admits …" opens one, two passages after the shot.)
        return _quoted(chosen, trim_quote(" ".join(sentences[dealt : index + 1])), index), index
    if analysis.discovered and _REALISES.search(text) and index - 1 in quotable:
        # "How does he figure it out?": "Malcolm understands at last." says only that he does; how is told in the
        # sentence before ("… his wedding ring rolls across the floor; he … sees it is not on his own finger"), what
        # in the one after (`_read_on`).
        return _quoted(chosen, trim_quote_start(f"{sentences[index - 1]} {text}"), index), index
    after = sentences[index + 1] if index + 1 in quotable else ""
    if reveal is not None and after and not _REVEAL_CUES[reveal].search(text):
        # The best sentence sets the twist up and a next one states it ("Somerset opens the box." → "The box
        # holds …"; "Kyra leads Cole to a videotape. Cole gives it to her father. The tape shows …"): quote up
        # to it, keeping the end if they are too long together.
        stating = next(
            (j for j in (index + 1, index + 2) if j in quotable and _REVEAL_CUES[reveal].search(sentences[j])), None
        )
        if stating is None and weights.keys() & chosen.sentences[index + 1][1]:
            stating = index + 1
        if stating is not None:
            # ("Its painted name, Rosebud, blisters in the flames." needs the sentence before: what "its" is, the
            # sled, is the answer to "what did Rosebud mean?".)
            first = index - 1 if index - 1 in quotable and _leans_back(text, weights.keys()) else index
            run = " ".join(sentences[first : stating + 1])
            if first < index and len(run) > MAX_CHARS:
                run = " ".join(sentences[index : stating + 1])
            return _quoted(chosen, trim_quote_start(run), stating), stating
    if (told := _death_told_after(chosen, weights, analysis)) is not None:
        return _quoted(chosen, trim_quote_start(told[0]), told[1]), told[1]
    if reveal is Reveal.FATE and (again := _named_again(chosen, weights)) is not None:
        # "What happens to the baby?": "The priest holds the baby. … the woodcutter walks away carrying the child."
        # What happens to someone is the last thing told of them, here in the summary's other word for them.
        return _quoted(chosen, trim_quote_start(" ".join(sentences[index : again + 1])), again), again
    further = sentences[index + 2] if after and index + 2 in quotable else ""
    # A best sentence opening on a pronoun ("Its painted name, Rosebud, …") needs the one before that names it.
    # After a twist, "he" opening the sentence that states it ("He had been on Earth all along") stands for whoever
    # the sentence before shows finding it out ("… the crown and torch of the Statue of Liberty"), even where the
    # sentence names a place asked about.
    leans = index - 1 in quotable and (
        _leans_back(text, weights.keys())
        or analysis.kind is Kind.WHY
        or (reveal is not None and bool(_PERSONAL_LEAD.match(text)))
    )
    leans = leans and len(f"{sentences[index - 1]} {text}") <= MAX_CHARS
    if (
        further
        and not leans
        # (With no sentence before it to quote, a "who" reads on too: "On the station Kelvin finds … only two
        # scientists left. His friend Dr. Gibarian has just killed himself … Dr. Snaut is jumpy and evasive …")
        and (analysis.kind is not Kind.WHO or index - 1 not in quotable)
        and not analysis.shape_terms
        and len(f"{text} {after} {further}") <= MAX_CHARS
    ):
        # A run of short sentences ("A van arrives with a box. Somerset opens it. The box holds …"): what
        # follows the best one tells what happened there, what precedes it only leads up to it. Not for
        # "who" or "what is the name of …": the sentence before is where a person is most often named.
        return _quoted(chosen, f"{text} {after} {further}", index + 2), index + 2
    if index - 1 in quotable:
        joined = f"{sentences[index - 1]} {text}"
        # The sentence before also when the whole run of three fits: it often names who or where the best
        # one is about; only then, so it never displaces the sentence after.
        if len(joined) <= MAX_CHARS and (leans or len(f"{joined} {after}") <= MAX_CHARS):
            text = joined
    last = index
    if after:
        joined = f"{text} {after}"
        if len(joined) <= MAX_CHARS or len(text) <= SHORT:
            text, last = joined, index + 1
    return _quoted(chosen, trim_quote(text), last), last


def _named_again(chosen: _Scored, weights: Mapping[str, float]) -> int | None:
    """The last of the few quotable sentences after the best one that names what was asked after in an everyday
    synonym only ("the child" for "the baby"), when the best sentence names it as asked; None otherwise. A death
    asked after is no one named: "did Leonard's wife actually die?" does not read on to "the dead man"."""
    asked = {t for t in weights if t in chosen.sentences[chosen.index][1]} - DEATH_TERMS
    other = {s for t in asked for s in synonyms(t)} - asked
    later = [
        j
        for j in range(chosen.index + 1, min(chosen.index + 1 + DEATH_REACH, chosen.quotable.stop))
        if chosen.sentences[j][1] & other and not chosen.sentences[j][1] & asked
    ]
    return later[-1] if later else None


# How far past the best sentence a death asked after may be told and still be quoted with it.
DEATH_REACH = 4


def _death_told_after(chosen: _Scored, weights: Mapping[str, float], analysis: Analysis) -> tuple[str, int] | None:
    """The excerpt from the best sentence up to one a few after it that tells the death asked after, when the best
    one tells none, and where it ends: "how does the samurai say he died, through the medium?" is best matched by
    "The dead samurai speaks through a medium.", and his account ends "… the samurai stabbed himself", in the
    passage after (its sentences are read on here, as `_quoted` cites the passage an excerpt ends in)."""
    asked = list(weights)
    # "How long after Sarah's death …?", "where did he die?" ask what the death's own sentence need not tell.
    if analysis.kind not in (Kind.HOW, Kind.WHAT) or analysis.shape_terms or not _asks_death_itself(analysis, asked):
        return None
    index = chosen.index
    if _whose_death(chosen.sentences[index][0], frozenset()) is None:
        ahead = chosen.sentences[: chosen.quotable.stop]
        if chosen.following is not None:
            ahead += _sentences(chosen.following.text)[1:]
        # Whose death: the asked words that are no death word ("samurai"); a death told of no one asked is
        # another's ("offered to kill her instead").
        whose = set(asked) - DEATH_TERMS
        for j in range(index + 1, min(index + 1 + DEATH_REACH, len(ahead))):
            if _whose_death(ahead[j][0], frozenset()) is not None and ahead[j][1] & whose:
                return " ".join(text for text, _ in ahead[index : j + 1]), j
    return None


def _quoted(chosen: _Scored, text: str, last: int) -> Excerpt:
    """The excerpt, citing the passage it ends in when it runs on into a next one that is more a spoiler: the
    citation (and whether the answer counts as a spoiler) then tells the truth about what is quoted."""
    passage = chosen.hit.passage
    following = chosen.following
    if last >= chosen.own.stop and following is not None and following.spoiler > passage.spoiler:
        passage = following
    return Excerpt(text, passage, passage.section)


_PERSONAL_LEAD = re.compile(r"[\"“‘(]?(?:he|she|they|his|her|their|him|them)\b", re.I)


def _leans_back(sentence: str, asked: Collection[str]) -> bool:
    """Whether the sentence needs the one before to say who or what it is about: it opens on a pronoun, unless
    that is a person's and the sentence names the one asked about itself ("He lets Taylor go …" answers "what
    does Taylor find?" whoever "he" is)."""
    if not _LEADING_PRONOUN.match(sentence):
        return False
    if not _PERSONAL_LEAD.match(sentence):
        return True
    return not any(
        match.group()[:1].isupper() and set(document_tokens(match.group())) & set(asked)
        for match in NAME_WORD.finditer(sentence)
    )


def _window(sentence: str, weights: Mapping[str, float], limit: int = MAX_CHARS) -> str:
    """The part of an over-long sentence, at most `limit` characters with its "…" marks, holding the most
    question weight. Among equally good parts the one that centres the question's words, so the quote keeps
    some of what leads up to them and as much of what follows (where the answer often is)."""
    words = sentence.split()
    terms = [frozenset(document_tokens(word)) for word in words]
    best = -1.0
    ties: list[tuple[int, int]] = []
    for start in range(len(words)):
        # Room for a "…" at either end once the quote does not start at the sentence's start.
        size, stop, held = (0 if start == 0 else 2), start, set[str]()
        while stop < len(words) and size + len(words[stop]) + 1 <= limit - 2:
            size += len(words[stop]) + 1
            held |= terms[stop]
            stop += 1
        if stop == start:
            continue
        # In the question's order, not the set's: float sums must not vary with hash seeds, ties hinge on them.
        score = sum(w for t, w in weights.items() if t in held)
        if score > best:
            best, ties = score, [(start, stop)]
        elif score == best:
            ties.append((start, stop))
        if stop == len(words):
            break
    if not ties:
        return trim_quote(sentence, limit)
    asked = [i for i, held in enumerate(terms) if any(weights.get(t, 0.0) > 0 for t in held)]

    def margin(window: tuple[int, int]) -> int:
        inside = [i for i in asked if window[0] <= i < window[1]] or [window[0]]
        return min(inside[0] - window[0], window[1] - 1 - inside[-1])

    start, stop = max(ties, key=margin)
    if start == 0:
        return trim_quote(sentence, limit)
    text = "…" + " ".join(words[start:stop]).lstrip(",;:—–- ")
    return text + "…" if stop < len(words) else text


def _score(
    sentences: _Sentences,
    index: int,
    distinct: list[str],
    weights: dict[str, float],
    unit: float,
    analysis: Analysis,
    formed: frozenset[str] = frozenset(),
    names: Sequence[frozenset[str]] = (),
) -> float:
    """Weight of the question words the sentence holds, plus a share of those only its neighbours hold.

    `names`: question terms that make one name together ("John Bender"); each such name counts once."""
    text, own = sentences[index]
    if (
        _ALIVE in distinct
        and _ALIVE not in own
        and (dead := _BEEN_DEAD.search(text)) is not None
        # (of someone asked about, named before it: not "they do not know they are dead")
        and set(document_tokens(text[: dead.start()])) & (set(distinct) - {_ALIVE})
    ):
        # "Is Norman's mother alive?": "… has been dead and buried for ten years" answers it in the other state's
        # word (only "dead": a killing told is someone's deed, not whether they live now).
        own = own | {_ALIVE}
        formed = formed | {_ALIVE}
    fate_told = False
    if (
        _asks_fate(analysis)
        and not any(t in FATE_TERMS for t in distinct)
        and (own & _FATE_WORDS or _ASKED_TO_DIE.search(text))
    ):
        # "What happens to Landon?": a sentence telling a death is his only when the name nearest before the
        # death word is his ("Dodge is killed, Landon is knocked out" tells Dodge's), or when no one is named
        # before it and a pronoun stands for the name in the sentence before ("… stabs her to death").
        dealt_to = named_before_death(text)
        fate_told = bool(dealt_to & set(distinct)) if dealt_to else index > 0 and _has_pronoun(text)
        if not fate_told:
            own = own - _FATE_WORDS
        elif not dealt_to and not own & set(distinct):
            # ("When he wakes, Hari is gone. She has asked Snaut and Sartorius to destroy her": her fate, told of
            # the one named just before, in a sentence that names no one asked after.)
            own = own | (sentences[index - 1][1] & set(distinct))
    elif _asks_own_death(analysis, distinct) and own & DEATH_TERMS:
        # "How did Malcolm die?": a death the sentence deals to someone else ("the drowning of Angier's wife",
        # "they do not know they are dead") is no answer; one dealt to him ("Vincent's bullet killed him") is.
        victim = _whose_death(text, sentences[index - 1][1] if index > 0 else frozenset())
        if victim is not None:
            fate_told = bool(victim & set(distinct))
            if not fate_told:
                own = own - DEATH_TERMS
    if _asks_death(analysis, distinct) and own & DEATH_TERMS:
        # "How is Marion killed?" — "Marion takes a shower. A figure … stabs her to death.": a death is told in
        # any of its words, and whose death it is, in a sentence naming no one, by a pronoun for the name
        # just before.
        asked = set(distinct)
        # (A manner of death asked, "does Mills shoot him?", is told by a sentence saying it, "Mills shoots Doe
        # dead", before one telling a death in any word, "… and killed her": there the asked word counts as one held
        # in another form. A death asked in a general word, "did Leonard kill his wife?", is told in any.)
        formed = formed | ((DEATH_TERMS & asked) - own - _ANY_DEATH)
        own = own | (DEATH_TERMS & asked)
        if index > 0 and _has_pronoun(text) and not _NAMED.search(text):
            own = own | (sentences[index - 1][1] & asked)
    matched = [t for t in distinct if t in own]
    if not matched:
        return 0.0
    gained = {t: weights[t] * (FORM_SHARE if t in formed else 1.0) for t in matched}
    score = sum(gained.values())
    # A name in several words is one thing asked after, however many of its words a sentence holds: "John Bender"
    # in the line introducing the cast must not outweigh "cannabis that John retrieves from his locker".
    units = float(len(distinct))  # what the question asks after: its words, a name of several words as one
    held = float(len(matched))
    for name in names:
        units -= len(name) - 1
        named = [gained[t] for t in distinct if t in name and t in gained]
        if len(named) > 1:
            score -= sum(named) - max(named)
            held -= len(named) - 1
    near: set[str] = set()
    for other in (index - 1, index + 1):
        if 0 <= other < len(sentences):
            near.update(sentences[other][1])
    # A name's other word next door is the same name again ("Sam Loomis, a … hardware-store owner." → "Sam is
    # buried in debts"): it adds nothing to a sentence that holds the name already.
    named_here = {t for name in names if name & own for t in name}
    score += CONTEXT_SHARE * sum(weights[t] for t in distinct if t in near and t not in own and t not in named_here)
    if index > 0 and _has_pronoun(text):
        before = sentences[index - 1][1]
        held += PRONOUN_SHARE * sum(1 for t in distinct if t in before and t not in own)
    share: float = (min(held, units) / units) ** COVER_POWER
    score *= share
    # (Only a rank among the words searched for: "the sixth" of "The Sixth Sense" is the title's.)
    if (asked_rank := analysis.rank & set(distinct)) and not asked_rank & own and _ORDINALS & own:
        # "What's the second murder?": a sentence on "the first victim's refrigerator" tells of another one, however
        # many of the other words it holds ("killer" for "murder").
        score *= OTHER_RANK_SHARE
    if fate_told:
        score += FATE_TOLD_BONUS * unit
    if analysis.number and _A_NUMBER.search(text):
        # "How old is the boy?": the sentence giving a number ("a boy of about nine"), not one naming him only ("a
        # patient Malcolm treated as a boy").
        score += NUMBER_BONUS * unit
    if analysis.ending and _ENDING_CUES.search(text):
        # A plot question set at the end ("who … in the end?"): a sentence that closes the story.
        score += 0.5 * unit
    return score


# Whether someone lives, and the state that says they do not: "dead" said of someone ("has been dead", "was found
# dead"), not "dead people".
(_ALIVE,) = query_tokens("alive")
_BEEN_DEAD = re.compile(r"\b(?:is|was|been|are|were|be|lies|lay|found)\s+(?:\w+\s+)?dead\b", re.I)


# A number said in digits or words, which "how old", "how many", "how much", "how far" ask for.
_A_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|several)\b|\byear-old\b|\baged?\b",
    re.I,
)
# What a sentence giving a number gains when one is asked for, in units of the question's average word weight.
NUMBER_BONUS = 0.5


# The ranks a sentence may tell one of several by ("the first victim's refrigerator").
_ORDINALS = frozenset(query_tokens(" ".join(ORDINAL_WORDS)))
# What a sentence keeps of its score when it holds a rank and not the one asked.
OTHER_RANK_SHARE = 0.3


# Capitalised words in a row, after a sentence's first word (which is capitalised whatever it is).
# (A nickname in quotes stays inside the name: 'J. J. "Jake" Gittes', 'Robert "Bob" Paulson'.)
_NAME_RUN = re.compile(r"(?<=\S )[\"“]?[A-Z][\w'’.-]*[\"”]?(?:\s+[\"“]?[A-Z][\w'’.-]*[\"”]?)+")


def _names(distinct: Sequence[str], hits: Sequence[Hit]) -> tuple[frozenset[str], ...]:
    """The question terms that the passages write together as one name of several capitalised words ("Paul
    Barnell", "First Brooklyn Savings Bank"); "John and Lara" are two. A first word that also heads a name with
    no other asked word ("Detective" of "Detective Lieutenant William Somerset" beside "Detective David Mills") is
    a rank several share, no part of one name: "who is detective mills?" is best answered where both words are.
    (A surname two share, "Gavin Elster" and "Madeleine Elster", stays part of each.) Only the passages given are
    read."""
    wanted = set(distinct)
    # Each run's asked terms, and those of its first word (where a rank stands: "Detective", "Dr.").
    runs = [
        (
            frozenset(wanted.intersection(document_tokens(run.group()))),
            frozenset(wanted.intersection(document_tokens(run.group().split()[0]))),
        )
        for hit in hits
        for text, _ in _sentences(hit.passage.text)
        for run in _NAME_RUN.finditer(text)
    ]
    ranks = {t for held, first in runs if held == first for t in first}
    groups: list[frozenset[str]] = []
    for held, first in runs:
        if held - (first & ranks):
            held = held - (first & ranks)
        if len(held) < 2:
            continue
        joined = [group for group in groups if group & held]
        groups = [group for group in groups if not group & held]
        groups.append(held.union(*joined))
    return tuple(groups)


def _same_section(neighbour: Passage | None, passage: Passage) -> Passage | None:
    return neighbour if neighbour is not None and neighbour.section == passage.section else None


def _story_goes_on(following: Passage | None, passage: Passage) -> Passage | None:
    if following is None or following.spoiler <= passage.spoiler:
        return None
    return following if {following.section_kind, passage.section_kind} <= STORY_KINDS else None


# Words a twist is stated in, for an ending question that names nothing: "all along", "turns out".
_TURN_CUES = re.compile(
    r"\b(?:all along|turns? out|in fact|really|actually|realizes?|realises?|understands? at last|the truth)\b", re.I
)

# A question after a twist ("who is Teddy really?", "what happens to Marion?") is answered by the sentence that
# states it: in spoiler text, in the words twists are told in.
REVEAL_SPOILER_BONUS = 0.5
REVEAL_CUE_BONUS = 0.5
_REVEAL_CUES = {
    Reveal.IDENTITY: re.compile(
        r"\b(?:really|actually|in fact|all along|turns? out|true|truth|real|revealed?|"
        r"secretly|undercover|was the|is the|never|only)\b",
        re.I,
    ),
    Reveal.FATE: re.compile(
        r"\b(?:dies|died|dead|death|kills?|killed|murder(?:s|ed)?|stabs?|stabbed|shoots?|"
        r"shot|drowns?|drowned|poison(?:s|ed|ing)?|strangled|falls?|survives?|alive|escapes?|arrested|executed|"
        r"buried|hang(?:s|ed)|suicide|"
        r"own life|lobotomi[sz]ed|destroy(?:s|ed)?|blown up|blows? up|"
        # What happens to someone may be a wound rather than a death ("slices his nostril").
        r"slices?|sliced|slits?|wounded|injured|beaten|blinded)\b",
        re.I,
    ),
    Reveal.TWIST: re.compile(
        r"\b(?:really|actually|in fact|all along|turns? out|true|truth|real|revealed?|"
        r"secret(?:ly)?|realizes?|realises?|understands?|discovers?|learns?"
        # the devices a twist is told with: "identical twins", "a double", "one and the same", "in disguise"
        r"|identical|twins?|doubles?|one and the same|the same (?:man|person|woman)|disguised?|impostor)\b",
        re.I,
    ),
}


# "Really" and "actually" in a question mark it as one after a twist; the same word in the text ("skeptical of
# real peril") is then no sign that the text states one.
_TWIST_MARKERS = {"real": ("real", "really"), "really": ("real", "really"), "actually": ("actually",)}


def states_reveal(text: str, reveal: Reveal, question: str = "") -> bool:
    """Whether the text is told in the words a reveal of this kind is told in ("is really", "turns out").

    `question`: a cue that only echoes the question's own "really" ("what is the Professor really planning?" —
    "the Writer remains skeptical of real peril") states nothing, unless a name follows ("the real Evelyn")."""
    echoed = {word for marker in re.findall(r"[a-z]+", question.lower()) for word in _TWIST_MARKERS.get(marker, ())}
    return any(
        cue.group().lower() not in echoed or _NAMES_AFTER.match(text, cue.end())
        for cue in _REVEAL_CUES[reveal].finditer(text)
    )


_REAL_TERMS = frozenset(query_tokens("real really"))
# "The real Evelyn Mulwray": "real" before a name still states who someone is.
_NAMES_AFTER = re.compile(r" [A-Z]")
# What a machine or an alien ocean makes of someone ("it creates an exact copy"): how a trick or a twist is done,
# weighed in a sentence that answers one, though no sign on its own that a sentence states the film's twist (a
# copy may be the premise's, as Solaris's visitors are: `twist_excerpt` counts only `_REVEAL_CUES`).
_A_DUPLICATE = re.compile(r"\b(?:cop(?:y|ies)|clones?|duplicates?)\b", re.I)
# The words a question asks how someone comes to see the truth in ("figure out", "gives … away").
_DISCOVERY_TERMS = frozenset(
    query_tokens(
        "figure figures figured work works worked find finds found out realise realises realised realize realizes "
        "realized clock clocks clocked twig twigs twigged catch catches caught see sees saw through discover "
        "discovers discovered give gives gave away tip tips tipped off get gets become becomes suspicious"
        # (and the text's words the question's are read as: "figure" as "recognizes")
        " recognize recognizes recognise recognises notice notices spot spots understand understands know knows"
    )
)
# How someone comes to see the truth: what they see, find or recognise.
_RECOGNISES = r"recogni[sz](?:es|ed)|notices|noticed|spots|spotted"
_SEES_THE_TRUTH = re.compile(
    rf"\b(?:{_RECOGNISES}|sees|saw|finds|found|discovers|discovered|realizes|realises|realized|realised|understands"
    r"|greets)\b",
    re.I,
)
# How someone sees through a deception ("Scottie recognizes it as Carlotta's jewel"): weighed, as a duplicate is, in a
# sentence answering a twist, not counted by `twist_excerpt` ("Scottie recognizes San Juan Bautista" is no twist).
_SEEN_THROUGH = re.compile(rf"\b(?:{_RECOGNISES})\b", re.I)


def _reveal_bonus(sentence: str, passage: Passage, reveal: Reveal, unit: float, asked: Collection[str] = ()) -> float:
    """`asked`: the question's terms. A cue that is one of them ("real" in "what's the Professor's real plan?" —
    "skeptical of real peril") already counts as a question word; it states nothing more."""
    bonus = REVEAL_SPOILER_BONUS * unit if passage.spoiler else 0.0
    echoed = set(asked) | (_REAL_TERMS if set(asked) & _REAL_TERMS else set())
    if any(
        not set(document_tokens(cue.group())) & echoed or _NAMES_AFTER.match(sentence, cue.end())
        for cue in _REVEAL_CUES[reveal].finditer(sentence)
    ) or (reveal is Reveal.TWIST and (_A_DUPLICATE.search(sentence) or _SEEN_THROUGH.search(sentence))):
        bonus += REVEAL_CUE_BONUS * unit
    return bonus


def _poses(sentences: _Sentences, i: int, distinct: list[str]) -> bool:
    """Whether sentence `i` states what the question asks as a mystery: itself ("to find out what Rosebud meant"),
    or through a next sentence that holds none of the question's words ("Angier cannot work out how.")."""
    text = sentences[i][0]
    if (asked := _POSES.search(text)) is not None:
        # The question's own words in what the sentence leaves open ("what 'Rosebud' meant"), not in the rest
        # ("A woman … hires Jake to find out whether her husband is having an affair" answers who hires him).
        wanted = set(distinct)
        open_part = wanted & set(document_tokens(text[asked.end() :]))
        return bool(open_part) and 2 * len(open_part) > len(wanted & set(document_tokens(text)))
    after = sentences[i + 1] if i + 1 < len(sentences) else None
    return after is not None and bool(_POSES.search(after[0])) and not set(distinct) & after[1]


def _reveal_scores(
    scores: Mapping[int, float],
    sentences: _Sentences,
    passage: Passage,
    analysis: Analysis,
    weights: Mapping[str, float],
    unit: float,
) -> dict[int, float]:
    """The sentences' scores with what favours the one stating a reveal: the words twists are told in, a
    definition of the name asked about, the doer of a deed asked after. Only sentences that already hold a
    question word gain."""
    distinct = list(weights)
    # "Who drowned Hollis?", "does Mills kill Doe?": a deadly deed done to someone the question names.
    killer = _asks_killer(analysis, distinct)
    deed = killer or bool(analysis.yes_no and analysis.victim)
    # What `_score` does not count already: a death told in another word than the question's.
    told_other = not _asks_death(analysis, distinct)
    out = dict(scores)
    for i, score in scores.items():
        if score <= 0:
            continue
        text = sentences[i][0]
        if analysis.reveal is not None:
            out[i] += _reveal_bonus(text, passage, analysis.reveal, unit, distinct)
        elif (
            passage.spoiler
            and passage.section_kind in STORY_KINDS
            and _STATES_NEW.search(text)
            # ("Who is Jake?": "Jake discovers that …" reveals something, but not who he is; among sentences saying
            # who someone is, "Teddy, who is really an undercover policeman" reveals more than "convinced Teddy is
            # John G.".)
            and (not analysis.who_is or defines(text, distinct))
        ):
            # "What is the Professor carrying?" in words the text does not use: among sentences that hold only
            # "Professor", the one that reveals something of him ("reveals his true aim: … a bomb") answers, not
            # the one introducing him. A tie-break, no more.
            out[i] += STATES_NEW_BONUS * unit
        if passage.spoiler and (analysis.who_is or analysis.reveal is Reveal.IDENTITY) and defines(text, distinct):
            # "Who is Katherine?" to a reader who may see the spoilers: the sentence that says what she is
            # ("Katherine is her sister and her daughter", "Teddy, who is really an undercover policeman") tells
            # more than the one that introduces her.
            out[i] += DEFINES_BONUS * unit
        named_before = sentences[i - 1][1] if i > 0 and _has_pronoun(text) else frozenset()
        if killer and analysis.victim and not analysis.victim & (sentences[i][1] | named_before):
            # "Who killed Kyra?": a killing told of no one the question names ("Vincent's bullet killed him", of
            # Malcolm) is another's death, however rare "kill" is in the film.
            out[i] *= OTHER_DOER_SHARE
        # (A pronoun stands for the one named before only in a sentence naming no one: in "The Stalker, in turn,
        # professes …—he wants to help …", "he" is the Stalker, whoever the sentence before named.)
        doer_before = named_before if not _NAMED.search(text) else frozenset()
        if analysis.doer and not analysis.doer & (sentences[i][1] | doer_before):
            # "How does Borden do the Transported Man?": a sentence on someone else doing it ("Angier performs 'The
            # Real Transported Man'") tells another feat's secret; "what does the Professor want?", another's aim.
            out[i] *= OTHER_DOER_SHARE
        if analysis.owner and _OWNERSHIP.search(text):
            # "Whose glasses are in the pond?", "who owns the glasses Jake found in the pond?": the sentence saying
            # whose the thing is ("the glasses, which belong to Cross") answers, however little else of the
            # question's description it repeats ("In the pond … Jake finds a pair of bifocal glasses" does not).
            out[i] = max(out[i], sum(weights.values()) + DOER_BONUS * unit)
        if (analysis.who_is or analysis.reveal is not None) and _poses(sentences, i, distinct):
            # "… to find out what 'Rosebud' meant", "… steps out of another door. Angier cannot work out how.": the
            # text asks the question again, with all its words; the sentence that answers it may hold fewer.
            out[i] *= POSES_SHARE
        before = sentences[i - 1][1] if i > 0 else frozenset()
        if deed and _names_the_doer(text, analysis.victim or distinct, before, named=not killer):
            # "Who drowned Hollis?": "Cross admits he killed Hollis" names who did it, in any death word; "Hollis
            # is found drowned" and "he was drowned in salt water" tell the same death without a doer. "Does Mills
            # kill Doe?": "Mills shoots Doe dead" is done to Doe; "… and killed her" to someone else.
            missing = sum(w for t, w in weights.items() if t in FATE_TERMS and t not in sentences[i][1])
            out[i] += (missing if told_other else 0.0) + DOER_BONUS * unit
    return out


# A tie-break between sentences equal on the question's words: one in spoiler text that states something new.
STATES_NEW_BONUS = 0.05
_STATES_NEW = re.compile(
    r"\b(?:really|actually|in fact|all along|turns? out|true|truth|reveals?|revealed|secretly)\b", re.I
)
DOER_BONUS = 0.5
# What a sentence keeps of its score when it does not name whoever's feat is asked after (nor, for a pronoun, does
# the one before).
OTHER_DOER_SHARE = 0.25
# What a sentence that asks the question again keeps of its score: less than one that answers, never nothing
# (it may be all the visible text says of someone: "who is Lynn?").
POSES_SHARE = 0.25
_POSES = re.compile(
    r"\b(?:find|found|finds|work|works|worked|figure|figures|figured) out "
    r"(?:what|who|whom|whose|how|why|whether|where)\b"
    r"|\b(?:wonders?|wondered|wondering|no idea|(?:not|never|n't) (?:know|knows|knew|understand|tell|say)) "
    r"(?:what|who|whom|whose|how|why|whether|where)\b",
    re.I,
)
_OWNERSHIP = re.compile(r"\b(?:belong(?:s|ed|ing)? to|owned by|owner of|property of)\b", re.I)


def _asks_killer(analysis: Analysis, terms: Sequence[str]) -> bool:
    """ "Who killed Hollis?", "who drowned Hollis?": asks who did a deadly deed to someone named (not "who dies
    first?")."""
    return (
        analysis.kind is Kind.WHO
        and analysis.yes_no
        and any(t in FATE_TERMS for t in terms)
        and bool(set(terms) - DEATH_TERMS)
    )


# Words after which a death word is no deed by a doer: "is found drowned", "was killed".
_PASSIVE = frozenset({"is", "was", "were", "are", "be", "been", "being", "found", "get", "gets", "got", "left"})


def _names_the_doer(sentence: str, asked: Collection[str], before: frozenset[str], named: bool = False) -> bool:
    """Whether a death word in the sentence is a deed done to one asked about: active ("he killed Hollis", "killed
    her" with her named in the sentence or the one before), the one it befalls right after it. `named`: only by
    name ("does Mills kill Doe?" — "killed her" may be anyone's death)."""
    words = [m.group() for m in NAME_WORD.finditer(sentence)]
    wanted = set(asked)
    for i, word in enumerate(words[:-1]):
        if not frozenset(document_tokens(word)) & DEATH_TERMS or word.lower() in _DESCRIBING:
            continue
        if i > 0 and words[i - 1].lower() in _PASSIVE:
            continue
        nxt = words[i + 1]
        if nxt[:1].isupper() and wanted & set(document_tokens(nxt)):
            return True
        earlier = {t for w in words[:i] for t in document_tokens(w)} | before
        if not named and nxt.lower() in _OBJECT_PRONOUN and wanted & earlier:
            return True
    return False


# (1.0 → 1.25, Dec 4: "who is Katherine to Evelyn?" — "Katherine is her sister and her daughter" gives Evelyn only as
# "her", and lost to a sentence naming both; tuning dialogues +1, other readable sets +2, NarrativeQA unchanged. 1.5
# gained no more and lost a third Memento turn to "convinced Teddy is John G.".)
DEFINES_BONUS = 1.25


# A death told in other words than the question's (stems, as sentences' terms are).
DEATH_TERMS = FATE_TERMS | frozenset(query_tokens("slashes strangled poisoned suicide"))
# A fate, for "what happens to X?", also in these (stems).
_FATE_WORDS = DEATH_TERMS | frozenset(query_tokens("lobotomized"))
# "What happens to Marion?": the sentence that tells her fate outranks one that only names her.
FATE_TOLD_BONUS = 1.0


_CLAUSE_BREAK = re.compile(r"[,;:—–]")
_OBJECT_PRONOUN = frozenset({"him", "her", "himself", "herself"})
_REFLEXIVE = frozenset({"himself", "herself"})
_SUBJECT_PRONOUN = frozenset({"he", "she"})
_PLURAL_PRONOUN = frozenset({"they", "them", "themselves"})
# "dead people", "a dying man": the word describes, it tells no one's death.
_DESCRIBING = frozenset({"dead", "dying"})
_AFTER_DESCRIBING = frozenset({"in", "at", "on", "by", "and", "or", "but", "when", "after", "before", "of", "for"})
_AFTER_OBJECT = _AFTER_DESCRIBING | {"to", "with", "that", "as", "while", "from", "into", "again", "too", "dead"}


def tells_fate_of(text: str, names: Collection[str]) -> bool:
    """Whether the text tells a death that befalls one of `names` (terms)."""
    before: frozenset[str] = frozenset()
    for sentence in split_sentences(text):
        victims = _whose_death(sentence, before)
        if victims is not None and victims & set(names):
            return True
        before = frozenset(t for w in NAME_WORD.findall(sentence) if w[:1].isupper() for t in document_tokens(w))
    return False


def _whose_death(sentence: str, before: frozenset[str]) -> frozenset[str] | None:
    """The terms of those the sentence's deaths befall, or None when it does not say whose they are.

    For each death word: a name right after it ("kills Evelyn"); "him"/"her" after it, someone named earlier
    in the sentence or in the one before (`before`, its terms); else the name nearest before it in its clause
    ("Dodge is killed"); else the name after "of" ("the death of Julia"; not "of Angier's wife", hers); else
    "they" (someone else) or "he"/"she" (someone named earlier, or in the sentence before).
    """
    words = [(m.group(), m.start(), m.end()) for m in NAME_WORD.finditer(sentence)]
    clause_of = [len(_CLAUSE_BREAK.findall(sentence, 0, start)) for _, start, _ in words]
    names = [i for i, (w, _, _) in enumerate(words) if w[:1].isupper() and document_tokens(w)]
    victims: set[str] = set()
    known = False
    for i, (word, _, _) in enumerate(words):
        if not frozenset(document_tokens(word)) & DEATH_TERMS:
            continue
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if word.lower() in _DESCRIBING and nxt and nxt.lower() not in _AFTER_DESCRIBING:
            continue
        earlier = {t for j in names if j < i for t in document_tokens(words[j][0])}
        same = [j for j in range(i) if clause_of[j] == clause_of[i]]
        if i + 1 in names and i + 1 not in same and clause_of[i + 1] == clause_of[i]:
            victims |= set(document_tokens(nxt))
        elif nxt.lower() in _REFLEXIVE:
            # "… the sad story of Carlotta, who was abandoned by a rich lover, lost her child, and killed herself":
            # whoever did it, the name nearest before, not anyone the sentence or the one before it named.
            nearest = [j for j in names if j < i]
            victims |= set(document_tokens(words[nearest[-1]][0])) if nearest else before
        elif nxt.lower() in _OBJECT_PRONOUN and (nxt.lower() != "her" or _ends_phrase(sentence, words, i + 1)):
            # "… the Mother personality became jealous and killed her": "her" is anyone named before but whoever
            # did it, the first name of its own clause. (A clause naming no one, "Stanwyk offers $50,000 for Fletch to
            # come …, kill him", says nothing of who did it: "him" may be anyone named before.)
            doer = next((j for j in same if j in names), None)
            victims |= (earlier | before) - (set(document_tokens(words[doer][0])) if doer is not None else set())
        elif named := [j for j in same if j in names]:
            victims |= set(document_tokens(words[named[-1]][0]))
        elif nxt.lower() == "of" and i + 2 in names and not words[i + 2][0].endswith(("'s", "’s")):
            victims |= set(document_tokens(words[i + 2][0]))
        elif {words[j][0].lower() for j in same} & _PLURAL_PRONOUN:
            pass
        elif {words[j][0].lower() for j in same} & _SUBJECT_PRONOUN:
            victims |= earlier | before
        else:
            continue
        known = True
    return frozenset(victims) if known else None


def _ends_phrase(sentence: str, words: list[tuple[str, int, int]], index: int) -> bool:
    """Whether words[index] ("her") is an object, not "her lover": the sentence or a clause ends after it, or a
    small word follows."""
    if index + 1 >= len(words):
        return True
    gap = sentence[words[index][2] : words[index + 1][1]]
    return bool(_CLAUSE_BREAK.search(gap) or "." in gap) or words[index + 1][0].lower() in _AFTER_OBJECT


def named_before_death(sentence: str) -> frozenset[str]:
    """The terms of the one the sentence's first death word befalls, as far as the names before it tell: the
    capitalised name nearest before it, with the words it stands in apposition to ("Norman's mother, Norma Bates,
    has been dead": his mother's death too); when that name deals the death to someone named after it ("Mills
    shoots Doe dead"), that one, and for "him" or "her" someone else than anyone asked after (`SOMEONE_ELSE`).
    Empty when none is named."""
    if (asked := _ASKED_TO_DIE.search(sentence)) is not None:
        # "She has asked Snaut and Sartorius to destroy her": the death befalls the one who asks for it, whoever
        # is named between (empty for "she": the one named before).
        subject = NAME_WORD.search(sentence, 0, asked.start())
        return frozenset(document_tokens(subject.group())) if subject and subject.group()[:1].isupper() else frozenset()
    words = list(NAME_WORD.finditer(sentence))
    name: frozenset[str] = frozenset()
    named_at = -1
    for position, match in enumerate(words):
        terms = frozenset(document_tokens(match.group()))
        if terms & _FATE_WORDS:
            if not name:
                return name
            if (dealt := _dealt_by(sentence, words, position)) is not None:
                return dealt
            before = sentence[: words[named_at].start()]
            if apposed := _APPOSED_TO.search(before):
                name = name | frozenset(document_tokens(apposed.group(1)))
            return name
        if position > 0 and match.group()[:1].isupper() and terms:
            name, named_at = terms, position
    return name


# "She has asked Snaut and Sartorius to destroy her", "she begged him to kill her": a death asked for by the one it
# befalls.
_ASKED_TO_DIE = re.compile(
    r"\b(?:asks?|asked|begs?|begged|pleads? with|pleaded with|wants?|wanted|persuades?|persuaded)\b[^.;:]{1,60}?"
    r"\bto (?:destroy|kill|shoot|end|erase|annihilate) (?:him|her|them)\b",
    re.I,
)
# "Norman's mother, Norma Bates, …": the possessive phrase a name is set beside.
_APPOSED_TO = re.compile(r"\b([^\W\d_]+['’]s\s+[a-z]+),\s*(?:[A-Z][\w'’-]*\s+)*$")
# A killing done to someone: an active verb with its object after it (not "is killed", "killed by", "killed herself").
_DEALS_DEATH = frozenset(
    [
        "killed",
        "kills",
        "kill",
        "murdered",
        "murders",
        "stabbed",
        "stabs",
        "strangled",
        "strangles",
        "shoots",
        "shot",
        "poisons",
        "poisoned",
    ]
)
_DEALT_AS_DONE = frozenset({"is", "was", "were", "are", "been", "be", "being", "gets", "got", "get"})


def _dealt_by(sentence: str, words: list[re.Match[str]], death: int) -> frozenset[str] | None:
    """When the word at `death` is a killing done by the name before it to someone after it, whom (`SOMEONE_ELSE`
    for a pronoun); None when it is no such killing."""
    if words[death].group().lower() not in _DEALS_DEATH or death + 1 >= len(words):
        return None
    if death > 0 and words[death - 1].group().lower() in _DEALT_AS_DONE:
        return None
    victim = words[death + 1].group()
    if victim.lower() in {"himself", "herself", "themselves", "by"}:
        return None
    if victim[:1].isupper():
        return frozenset(document_tokens(victim))
    if victim.lower() in {"him", "her", "them"}:
        return SOMEONE_ELSE
    return None


# Whom a killing befalls when the sentence says only "him" or "her": no name asked after (the killer named before
# is the one it is not).
SOMEONE_ELSE: frozenset[str] = frozenset({"\0"})


# A capitalised word after a sentence's first: the sentence names someone (or somewhere) itself.
_NAMED = re.compile(r"(?<=\S )[\"“(]?[A-Z][a-z]")


def _asks_death(analysis: Analysis, terms: Sequence[str]) -> bool:
    """ "How does Arbogast die?", "how is Marion killed?", "does Mills kill Doe?": asks after a death by its word,
    which any of the words a death is told in answers; also "why did Gibarian die?" ("Gibarian has just killed
    himself"). Not "who killed Hollis?", which asks who (`_asks_killer`)."""
    if analysis.fact is not None:
        return False
    if analysis.kind is Kind.WHY:
        return bool(set(terms) & _DYING) and bool(set(terms) - DEATH_TERMS)
    return _asks_death_itself(analysis, terms)


def _asks_death_itself(analysis: Analysis, terms: Sequence[str]) -> bool:
    """A death asked after as the event (not who did it, nor why): "how does Arbogast die?", "is Malcolm dead?"."""
    if analysis.fact is not None or analysis.kind in (Kind.WHO, Kind.WHY):
        return False
    return any(t in FATE_TERMS for t in terms) or _asks_fate(analysis)


_DYING = frozenset(query_tokens("die dies died dying dead death"))
# Words that tell a death whatever its manner: any death word tells them.
_ANY_DEATH = _DYING | frozenset(query_tokens("kill killed kills killing murder murdered"))


def _asks_own_death(analysis: Analysis, terms: Sequence[str]) -> bool:
    """ "How did Malcolm die?", "is Malcolm dead?", "how is Marion killed?": asks after someone's own death (not
    "did Leonard kill the attacker?", which asks after the killer), and names them."""
    if not _asks_death(analysis, terms) or not set(terms) - DEATH_TERMS:
        return False
    asked = set(terms) & FATE_TERMS
    return bool(asked & _DYING) or (analysis.kind is Kind.HOW and not analysis.yes_no)


def _asks_fate(analysis: Analysis) -> bool:
    """ "What happens to Marion?", "what became of Arbogast?": a fate asked with no death word, which is told
    where it happens (a death in any of its words), not in a recap."""
    return analysis.reveal is Reveal.FATE and analysis.kind is Kind.WHAT


def _prefers_later(analysis: Analysis, terms: Sequence[str]) -> bool:
    """Between equal sentences: after a twist the later one states it; a death is told where it happens, and the
    mentions after it ("… killed her, and then killed Arbogast") only recall it."""
    if analysis.discovered:
        # "How does Scottie figure it out?": a truth is seen through late, after what it undoes ("Scottie recognizes
        # San Juan Bautista" sets the deception up; "Scottie recognizes it as Carlotta's jewel" sees through it).
        return True
    death = _asks_death_itself(analysis, terms)
    if analysis.reveal is None:
        # "Does anyone go into the Room?": the set-up poses what the story later settles.
        return analysis.yes_no and analysis.kind is not Kind.WHO and not death
    # "What happens to the baby?" names no death: with none told, the last thing told of it is its fate.
    return not death or (_asks_fate(analysis) and not any(t in FATE_TERMS for t in terms))


@lru_cache(maxsize=4096)
def _has_pronoun(sentence: str) -> bool:
    return _PRONOUN.search(sentence) is not None


def ending_excerpt(
    passages: Sequence[Passage],
    focus: Sequence[str] = (),
    *,
    final: bool = False,
    also: Mapping[str, frozenset[str]] | None = None,
) -> Excerpt | None:
    """How the film ends, from the late passages given: a sentence about `focus` (e.g. a character the
    question names) if one exists, else the closing sentence that says it is the end, else the last one.
    `final`: the very last moment ("the final shot"), which is the story's last sentences. `also`: per focus
    term, other terms that say the same of the story (the name for a role: "daughter" → "marta")."""
    narrative = sorted(
        (p for p in passages if p.section_kind is not SectionKind.FACTS), key=lambda p: (p.position_end, p.ordinal)
    )
    if not narrative:
        return None
    if final:
        last = narrative[-1]
        sentences = split_sentences(last.text)
        before = sentences[-2] if len(sentences) > 1 else _last_sentence_before(narrative, len(narrative) - 1)
        # The last sentence of a summary is often a comment on the ending ("The ending suggests…"); the one
        # before it shows the moment, so both are quoted, cut at the front if they are too long together.
        text = trim_quote_start(f"{before} {sentences[-1]}".strip())
        # And the ones before those while they fit: the closing image is often told just before what it means
        # ("… the crown and torch of the Statue of Liberty. He had been on Earth all along …").
        told = [t for p in narrative if p.section == last.section and p is not last for t in split_sentences(p.text)]
        told += sentences[:-2] if len(sentences) > 1 else []
        for sentence in reversed(told):
            if text.startswith("…") or len(f"{sentence} {text}") > FINAL_CHARS:
                break
            text = f"{sentence} {text}"
        return Excerpt(text, last, last.section)
    # "What's the twist at the end?": the twist's word names nothing the text says, it asks for the sentence
    # that states one.
    wanted = set(focus) - _TWIST_WORDS
    asks_twist = len(wanted) < len(set(focus))
    if not focus:
        return _closing_stretch(narrative)
    twist = asks_twist or not wanted
    # "Does the narrator kill himself at the end?", "how does she die at the end, the bell tower again?": a death
    # asked after is told in any of its words ("shoots himself", "falls to her death"), and a sentence telling one
    # answers before any that only holds more of the other words.
    dying = wanted & FATE_TERMS
    best: tuple[tuple[bool, int, bool, bool, int, float], Passage, int] | None = None  # (score, passage, sentence)
    for rank, passage in enumerate(narrative):
        sentences = split_sentences(passage.text)
        for index, sentence in enumerate(sentences):
            said = set(document_tokens(sentence))
            death = bool(dying) and bool(said & DEATH_TERMS)
            if death:
                said |= dying
            matched = sum(1 for t in wanted if said_in_any_form(t, said) or (also and also.get(t, frozenset()) & said))
            cue = 0.5 if _ENDING_CUES.search(sentence) else 0.0
            if twist and passage.spoiler and _TURN_CUES.search(sentence):
                # "How does it end?" with the twist in view: the sentence that states it ("He had been on Earth
                # all along"), not the closing image after it.
                cue += 0.6
            # A sentence about what was asked first, then the latest passage (passages are short, so an
            # ending cue such as "final" decides only within the last one), then the cue and lateness.
            # "What's the twist at the end?" asks for the sentence stating it wherever the ending tells it ("Norman
            # was the killer all along", before the closing image), so the cue decides before lateness does.
            turn = asks_twist and cue >= 0.6
            # ("Who shoots Angier at the end?": "… and shoots him" before "Dying, Angier admits …", whose death is in
            # another word; a death in any word still answers where none is in the asked one.)
            literal = bool(dying & set(document_tokens(sentence)))
            score = (death, matched, literal, turn, rank, cue + 0.1 * (index + 1) / len(sentences))
            if best is None or score >= best[0]:
                best = (score, passage, index)
    assert best is not None
    (_, _, _, _, rank, cue), passage, index = best
    sentences = split_sentences(passage.text)
    text = sentences[index]
    if cue >= 0.6:
        # A twist is stated over what was just shown ("… the Statue of Liberty. He had been on Earth all along"),
        # and a realisation is followed by what it is ("Malcolm understands at last. Vincent's bullet killed
        # him"): the sentence after too when all three fit.
        before = sentences[index - 1] if index > 0 else _last_sentence_before(narrative, rank)
        after = sentences[index + 1] if index + 1 < len(sentences) else ""
        three = f"{before} {text} {after}".strip()
        if after and len(three) <= MAX_CHARS:
            return Excerpt(three, passage, passage.section)
        return Excerpt(trim_quote_start(f"{before} {text}".strip()), passage, passage.section)
    following = sentences[index + 1 : index + 3]
    before = sentences[index - 1] if index > 0 else _last_sentence_before(narrative, rank)
    end = index
    if before and (not following or _leans_back(text, wanted)) and len(f"{before} {text}") <= MAX_CHARS:
        # The story's last sentence, or one opening on a pronoun ("Its painted name, Rosebud, blisters …";
        # "Startled, Judy steps back and falls"), is told by the one before: what it stands for, what caused it.
        text = f"{before} {text}"
    else:
        # What follows the sentence tells what happened there ("The priest holds the baby. When the woodcutter
        # reaches for it … The woodcutter says he already has six children"): as much as fits.
        for sentence in following:
            if len(f"{text} {sentence}") > MAX_CHARS:
                break
            text, end = f"{text} {sentence}", end + 1
    return _with_its_outcome(trim_quote(text), passage, sentences[end + 1 :], narrative[rank + 1 : rank + 2])


def _with_its_outcome(text: str, passage: Passage, rest: Sequence[str], next_ones: Sequence[Passage]) -> Excerpt:
    """As for any excerpt, a short outcome right after the build-up is quoted with it ("… shouts for Mills to stay
    back. The box holds Tracy's head."), from the next passage too when the excerpt ends its own (one the reader may
    see, as all of `next_ones` are), which is then cited when it is more a spoiler."""
    cited = passage
    if not rest and next_ones and next_ones[0].ordinal == passage.ordinal + 1:
        cited, rest = next_ones[0], split_sentences(next_ones[0].text)
        cited = cited if cited.spoiler > passage.spoiler else passage
    if text.endswith("…") or not rest:
        return Excerpt(text, passage, passage.section)
    if not _short_beside(text, rest[0]):
        return Excerpt(text, passage, passage.section)
    return Excerpt(f"{text} {rest[0]}", cited, cited.section)


def _closing_stretch(narrative: Sequence[Passage]) -> Excerpt:
    """ "How does it end?" asks for the climax, not only the closing image ("… a nun rises from the shadows.
    Startled, Judy steps back and falls to her death"): whole sentences running up to the story's last one,
    back through the passages before it in the same section, up to ENDING_CHARS."""
    last = narrative[-1]
    stretch: list[str] = []
    for passage in reversed(narrative):
        if passage.section != last.section:
            break
        for sentence in reversed(split_sentences(passage.text)):
            if stretch and len(" ".join([sentence, *stretch])) > ENDING_CHARS:
                return Excerpt(" ".join(stretch), last, last.section)
            stretch.insert(0, sentence)
    return Excerpt(trim_quote_start(" ".join(stretch), ENDING_CHARS), last, last.section)


# The words a question asks for a twist in (stems): "what's the twist at the end?", "the big reveal in the end".
_TWIST_WORDS = frozenset(query_tokens("twist twists surprise reveal revealed revelation secret truth"))


def _last_sentence_before(narrative: Sequence[Passage], rank: int) -> str:
    """The last sentence of the passage just before `narrative[rank]` in the story, if in the same section."""
    if rank == 0:
        return ""
    previous, passage = narrative[rank - 1], narrative[rank]
    if previous.section != passage.section or previous.ordinal != passage.ordinal - 1:
        return ""
    return split_sentences(previous.text)[-1]


def _premise_first(passages: Iterable[Passage]) -> list[Passage]:
    """The story passages in the order a film is told, its premise first."""
    return sorted(passages, key=lambda p: (p.section_kind is not SectionKind.PREMISE, p.ordinal))


def title_excerpt(passages: Sequence[Passage], title_terms: Collection[str]) -> Excerpt | None:
    """ "Why is it called Stalker?": the first story sentence the passages hold that has every word of the title
    ("A stalker leads two men into the Zone"), premise first. None when none does."""
    if not title_terms:
        return None
    for passage in _premise_first(p for p in passages if p.section_kind is not SectionKind.FACTS):
        for sentence in split_sentences(passage.text):
            if set(title_terms) <= set(document_tokens(sentence)):
                return Excerpt(trim_quote(sentence), passage, passage.section)
    return None


def overview_excerpt(passages: Sequence[Passage]) -> Excerpt | None:
    """The opening of the premise, for questions such as "what is Stalker about?"."""
    narrative = [p for p in passages if p.section_kind is not SectionKind.FACTS]
    if not narrative:
        return None
    first = min(narrative, key=lambda p: (p.spoiler, p.section_kind is not SectionKind.PREMISE, p.ordinal))
    # "What is it about?" asks for the set-up, which takes more than the two sentences that introduce one person
    # ("… Somerset has one week left before he retires." leaves out Mills, his new partner): whole sentences run
    # on through the passages that follow in the same section, up to OVERVIEW_CHARS.
    same = [p for p in narrative if p.section == first.section and p.spoiler == first.spoiler]
    following = sorted((p for p in same if p.ordinal >= first.ordinal), key=lambda p: p.ordinal)
    sentences = [sentence for p in following for sentence in split_sentences(p.text)]
    text = sentences[0]
    for sentence in sentences[1:]:
        if len(f"{text} {sentence}") > OVERVIEW_CHARS:
            break
        text = f"{text} {sentence}"
    return Excerpt(trim_quote(text, OVERVIEW_CHARS), first, first.section)


def fact_excerpt(film: Film, passages: Sequence[Passage], fact: Fact, role_terms: Sequence[str] = ()) -> Excerpt | None:
    """The line of a facts passage that states `fact`, or the fact as the document's header gave it."""
    label = _FACT_LABELS[fact]
    facts = [p for p in passages if p.section_kind is SectionKind.FACTS and not p.spoiler]
    lines = [(line, p) for p in facts for line in _fact_lines(p.text)]
    # A labelled line ("Year: 1979") first; only then any line holding the year ("Stalker (1979) was …").
    found = next(((line, p) for line, p in lines if label.search(line)), None)
    if found is None and fact is Fact.YEAR and film.year:
        found = next(((line, p) for line, p in lines if str(film.year) in line), None)
    if found is not None:
        line, passage = found
        if fact is Fact.CAST and (card := _stated_fact(film, fact, ())) is not None:
            # The passage names the people only (`corpus.passages`); the card gives their parts too.
            line = card
        if fact is Fact.CAST and role_terms:
            line = _cast_for_role(line, role_terms) or line
            if (
                not A_PART_TOLD.search(line)
                and (told := _part_told(passages, role_terms, film.facts.actors())) is not None
            ):
                # "Cast: …, David Bowie" says nothing of his part; "the film features David Bowie as Nikola Tesla"
                # (in the notes) does.
                return told
        # A prose line ("… was directed by X") reads as a sentence again; "Runtime: 162 minutes" stays a label.
        if ":" not in line and not line.endswith(("!", "?", ".")):
            line += "."
        return Excerpt(trim_quote(line), passage, passage.section)
    stated = _stated_fact(film, fact, role_terms)
    return Excerpt(trim_quote(stated), None, "Facts") if stated else None


# "David Bowie as Nikola Tesla", "Tesla (David Bowie)", "Bowie plays Tesla": an actor and a part together.
A_PART_TOLD = re.compile(r"\bas\s+(?:the\s+)?[A-Z]|\bplay(?:s|ed|ing)?\s+(?:the\s+)?[A-Z]|\bplayed by\b|\([A-Z][^)]*\)")


def _part_told(passages: Sequence[Passage], role_terms: Sequence[str], actors: Sequence[str]) -> Excerpt | None:
    """The first visible sentence outside the facts that holds every word asked (an actor's name or a part's) with a
    cast member's whole name and a part together; None when there is none ("introduces herself as Mrs. Evelyn
    Mulwray" names no actor)."""
    named = re.compile(rf"\b(?:{'|'.join(map(re.escape, actors))})\b") if actors else None
    for passage in passages:
        if named is None or passage.spoiler or passage.section_kind is SectionKind.FACTS:
            continue
        for sentence in split_sentences(passage.text):
            if _names_all(sentence, role_terms) and A_PART_TOLD.search(sentence) and named.search(sentence):
                return Excerpt(trim_quote(sentence), passage, passage.section)
    return None


def _fact_lines(text: str) -> list[str]:
    """Header-style lines or sentences; split like prose so an initial ("A. Member") stays whole."""
    parts = [s for line in re.split(r"\n+|(?<=;)\s+|\s+[|·]\s+", text) for s in split_sentences(line)]
    return [p.strip().rstrip(".;|·").strip() for p in parts if p.strip()]


def _cast_for_role(line: str, role_terms: Sequence[str]) -> str | None:
    """From "Cast: A as Writer, B as Professor", the entry naming the asked-for role (`_entry_for`)."""
    entry = _entry_for(re.split(r",|;", line.split(":", 1)[-1]), role_terms)
    return entry.strip() if entry is not None else None


def _entry_for(entries: Sequence[str], role_terms: Sequence[str]) -> str | None:
    """The cast entry holding every word asked (`_names_all`) with the fewest others: "who plays the samurai?" is
    "Masayuki Mori as the samurai", not "Machiko Kyō as the samurai's wife", listed first."""
    held = [entry for entry in entries if _names_all(entry, role_terms)]
    return min(held, key=lambda entry: len(_part_terms(entry) - set(role_terms)), default=None)


def _part_terms(entry: str) -> set[str]:
    """The terms of the part a cast entry gives ("the samurai's wife"), or of the whole entry when it gives none: the
    actor's name is no measure of how near the part is to the one asked."""
    _, part = actor_and_part(entry.strip())
    return set(document_tokens(part or entry))


def _names_all(entry: str, role_terms: Sequence[str]) -> bool:
    """Whether a cast entry holds every word of the part or person asked for: "who played John Doe?" is not asked of
    John C. McGinley, whose name shares only "John"."""
    return set(role_terms) <= set(document_tokens(entry))


def _stated_fact(film: Film, fact: Fact, role_terms: Sequence[str]) -> str | None:
    facts = film.facts
    if fact is Fact.CAST:
        if not facts.cast:
            return None
        if role_terms and (member := _entry_for(facts.cast, role_terms)) is not None:
            return f"Cast: {member}"
        return "Cast: " + ", ".join(facts.cast)
    value: object = {
        Fact.DIRECTOR: facts.director,
        Fact.RUNTIME: f"{facts.runtime_minutes} minutes" if facts.runtime_minutes else None,
        Fact.YEAR: film.year,
        Fact.LANGUAGE: facts.language,
        Fact.COUNTRY: facts.country,
        Fact.WRITER: facts.writer,
        Fact.GENRE: facts.genre,
        Fact.TITLE: ", ".join(film.aliases) or None,
    }[fact]
    if value is None:
        return None
    label = {Fact.RUNTIME: "Runtime", Fact.YEAR: "Year", Fact.TITLE: "Also known as"}.get(fact, fact.value.capitalize())
    return f"{label}: {value}"


# A sentence that places the story: "in Philadelphia", "a nameless American city", "Los Angeles, 1937".
_SETTING_CUE = re.compile(
    # "In 1890s London", "in Philadelphia": the preposition may open the sentence, the year be a decade.
    r"\b(?i:in|at|near|outside|around|across|on|from)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’-]+|\d{4}s?)"
    r"|\b(?:city|town|village|country|island|planet|station|desert|coast|county|kingdom|empire|century)\b"
    r"|\b1[5-9]\d\ds?\b|\b20\d\ds?\b"
    # "a San Francisco police detective": a place named before what someone is.
    r"|\b(?i:a|an)\s+(?:[A-Z][a-z]+\s+){1,2}(?:police|detective|cop|officer|lawyer|reporter|newspaper|private)\b"
)


def setting_excerpt(passages: Sequence[Passage], *, when: bool = False) -> Excerpt | None:
    """Where and when the story is set, for "where is it set?": the first safe story sentence that places it.
    Asked when (`when`: "what year is it set in?"), the first that gives a year, if one does: "The ship's clock
    reads 3978" rather than "comes down hard … on an unknown planet"."""
    story = _premise_first(p for p in passages if p.section_kind is not SectionKind.FACTS and not p.spoiler)
    for cue in (_A_YEAR, _SETTING_CUE) if when else (_SETTING_CUE,):
        for passage in story:
            for sentence in split_sentences(passage.text):
                if cue.search(sentence):
                    return Excerpt(trim_quote(sentence), passage, passage.section)
    return None


# "1937", "In 1890s London", "reads 3978": a year or a decade in figures.
_A_YEAR = re.compile(r"\b\d{4}s?\b")


def twist_excerpt(passages: Sequence[Passage], *, seen: bool = False) -> Excerpt | None:
    """ "What's the twist?" with nothing else asked: the spoiler sentence most in the words twists are told in
    ("is really", "all along", "realizes"), the later on equal terms. A film's twist is stated in its ending: a
    sentence there in the words that state one ("all along", "understands at last") comes first, so a twist
    inside a subplot ("she had been poisoning the child all along") does not stand for the film's.

    `seen`: how someone comes to see the twist is asked ("how does he figure it out?"): a realisation is quoted
    with the sentence before it, which tells what they saw."""
    best: tuple[tuple[bool, bool, bool, int, int, int], Passage, int] | None = None
    for passage in passages:
        if not passage.spoiler:
            continue
        ending = passage.section_kind is SectionKind.ENDING
        for index, sentence in enumerate(split_sentences(passage.text)):
            cues = sum(len(_REVEAL_CUES[kind].findall(sentence)) for kind in (Reveal.TWIST, Reveal.IDENTITY))
            # "He is Tyler Durden.", "Katherine is her sister and her daughter", "Its painted name, Rosebud, …":
            # a sentence stating who or what someone is tells a twist in plain words.
            names = [w for w in NAME_WORD.findall(sentence)[1:] if w[:1].isupper()]
            cues += int(bool(names) and defines(sentence, [t for w in names for t in document_tokens(w)]))
            # (A trivia note restating the twist, "a double really is the answer", comes after the story's own.)
            key = (
                # "He is Tyler Durden.": who someone is, in so many words, states a twist more plainly than an
                # ending's turn word does ("the gun is really in his own hand").
                passage.section_kind in STORY_KINDS and _PLAINLY_SOMEONE.fullmatch(sentence.strip()) is not None,
                ending and _TURN_CUES.search(sentence) is not None,
                passage.section_kind in STORY_KINDS,
                cues,
                passage.ordinal,
                index,
            )
            if cues and (best is None or key > best[0]):
                best = (key, passage, index)
    if best is None:
        return None
    _, passage, index = best
    sentences = split_sentences(passage.text)
    text = sentences[index]
    cited = passage
    back = index
    while _LEADING_PRONOUN.match(text) and back > index - 2:
        # "Its painted name, Rosebud, blisters in the flames." says what "it" is only after "… a child's sled";
        # "He calls Marla, and she confirms it. He is Tyler Durden." says who "he" is only after the one before.
        before_passage = _same_section(next((p for p in passages if p.ordinal == passage.ordinal - 1), None), passage)
        before = sentences[back - 1] if back else (split_sentences(before_passage.text)[-1] if before_passage else "")
        if not before or len(f"{before} {text}") > MAX_CHARS:
            break
        text, back = f"{before} {text}", back - 1
        if back < 0:
            break
    if seen and back == index and back and _REALISES.search(text):
        # "Her hand opens and his wedding ring rolls across the floor; … Malcolm understands at last."
        text, back = f"{sentences[back - 1]} {text}", back - 1
    if _REALISES.search(text):
        # "Malcolm understands at last." says that there is a twist; the sentences after say what it is ("Vincent's
        # bullet killed him that first night. Every scene since, he has been a ghost: …"), as many as fit, read on
        # into the next passage of the same section when the asker may see it.
        after = _same_section(next((p for p in passages if p.ordinal == passage.ordinal + 1), None), passage)
        following = sentences[index + 1 :] + (split_sentences(after.text) if after is not None else [])
        for n, sentence in enumerate(following[:2]):
            # (The first one is what the twist is, however long: cut short it still tells it; the quote is trimmed.)
            if n and len(f"{text} {sentence}") > MAX_CHARS:
                break
            text = f"{text} {sentence}"
            if after is not None and index + 1 + n >= len(sentences) and after.spoiler > cited.spoiler:
                cited = after
    return Excerpt(trim_quote(text), cited, cited.section)


# "He is Tyler Durden.", "She was Madeleine.": a whole sentence saying that someone is someone named.
_PLAINLY_SOMEONE = re.compile(
    r"(?:He|She|They|[A-Z][\w'’-]+) (?:is|was|are|were) (?:really |actually )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\."
)


# "The film opens with its last event: …", "The story begins on …": the text says what is shown first.
_OPENS_WITH = re.compile(r"\b(?:film|movie|story|picture) (?:opens|begins|starts) (?:with|on|in)\b", re.I)


def opening_excerpt(passages: Sequence[Passage]) -> Excerpt | None:
    """ "What happens in the opening scene?", "how does it start?": the sentence saying what the film opens with,
    when the text has one (a story told out of order, "The film opens with its last event", starts elsewhere than
    its premise does). None when no sentence the asker may see says so."""
    for passage in passages:
        for sentence in split_sentences(passage.text):
            if _OPENS_WITH.search(sentence):
                return Excerpt(trim_quote(sentence), passage, passage.section)
    return None


def culprit_excerpt(passages: Sequence[Passage], people: Collection[str]) -> Excerpt | None:
    """ "Who is the killer?", "who's the villain?" with spoilers shown: the spoiler sentence naming who kills —
    one that calls someone "the killer" first ("Norman was the killer all along"), else the first in which a
    named person kills ("Cross admits he killed Hollis", before "… the bullet kills Evelyn"; not "a prostitute
    killed by a man", "Ida Sessions is found murdered" or "killed herself"). `people`: the terms of the film's
    names, which a sentence's first word must be ("Farmers are forced off their land by poisoned wells" is none)."""
    best: tuple[tuple[bool, int, int], Passage, str] | None = None
    for passage in passages:
        if not passage.spoiler or passage.section_kind not in STORY_KINDS:
            continue
        for index, sentence in enumerate(split_sentences(passage.text)):
            called = _CALLED_THE_KILLER.search(sentence) is not None
            named = _NAMED_KILLER.search(sentence)
            kills = (
                named is not None
                and bool(set(document_tokens(named.group("name"))) & set(people))
                and not _KILLED_SELF_OR_BY.search(sentence)
            )
            if not (called or kills):
                continue
            key = (called, -passage.ordinal, -index)
            if best is None or key > best[0]:
                best = (key, passage, sentence)
    if best is None:
        return None
    _, passage, sentence = best
    culprit = _CALLED_THE_KILLER.search(sentence) or _NAMED_KILLER.search(sentence)
    name = culprit.group("name").strip() if culprit is not None else ""
    if (introduced := _introduced_by_full_name(passages, passage, name, sentence)) is not None:
        # "Doe explains that he … killed her" names the killer as the story calls him by then; the sentence that
        # gave his full name ("… an apartment registered to "John Doe".") says who that is.
        return Excerpt(f"{introduced} … {sentence}", passage, passage.section)
    return Excerpt(trim_quote(sentence), passage, passage.section)


# The longest part of the sentence giving a culprit's full name quoted before the sentence naming them the culprit,
# and how many words before the name it keeps.
FULL_NAME_CHARS = 160
FULL_NAME_WORDS = 5


def _introduced_by_full_name(
    passages: Sequence[Passage], told: Passage, name: str, sentence: str, *, surname_after: bool = False
) -> str | None:
    """The words leading up to the first place (in the visible story up to the culprit's own sentence) that gives
    the one-word `name` with a first name before it ("… an apartment registered to "John Doe"." for "Doe"), or with
    `surname_after` also a surname after it ("… in their bathroom: Vincent Grey, …" for "Vincent"), when short enough
    to quote beside it; None when the culprit's sentence already gives it, or none does."""
    if not name or " " in name:
        return None
    before = rf"\b[A-Z][^\W\d_]+[\"”’']? {re.escape(name)}\b"
    full = re.compile(rf"{before}|\b{re.escape(name)} [A-Z][^\W\d_]+\b" if surname_after else before)
    if full.search(sentence):
        return None
    told_at = (told.position, told.ordinal)
    for passage in sorted(passages, key=lambda p: (p.position, p.ordinal)):
        if passage.section_kind not in STORY_KINDS or (passage.position, passage.ordinal) > told_at:
            continue
        for line in split_sentences(passage.text):
            if line == sentence:
                return None
            if (found := full.search(line)) is not None:
                # Only the words leading up to the name: the rest of its sentence names others ("Somerset and Mills
                # trace a man …"), whom a next "why did he do it?" would be read as asking after.
                words = list(re.finditer(r"\S+", line[: found.start()]))
                start = words[-FULL_NAME_WORDS].start() if len(words) > FULL_NAME_WORDS else 0
                quoted = f"{'…' if start else ''}{line[start:]}"
                if len(quoted) > FULL_NAME_CHARS:
                    # ("Her father, Noah Cross, a rich and charming old man who once owned …": up to the name.)
                    quoted = f"{'…' if start else ''}{line[start : found.end()]}"
                return quoted
    return None


# "Who shoots Malcolm?", "who killed Hollis?": a deed asked of whoever did it (not "who was his second wife?", "who did
# Leonard kill?", where the one named first is no doer asked after).
_A_DEED_ASKED = re.compile(
    r"^\W*(?:\w+\W+){0,3}?who (?!(?:is|was|are|were|did|does|do|has|had|have|will|would|can|could|s|else)\b)(\w+)",
    re.I,
)


def named_in_full(
    excerpt: Excerpt, question: str, asked: Collection[str], passages: Sequence[Passage], people: Collection[str]
) -> Excerpt:
    """The answer to "who did it?" opening on the doer called by one name only ("Vincent accuses him of that failure,
    shoots him …", "Cross admits he killed Hollis …"), shown after the words where the story first gave their full
    name ("… in their bathroom: Vincent Grey, a former patient …"): the one name says who did it only to someone who
    knows the story. Not someone the question names, whom the asker knows already. `passages`: the text the asker
    may see."""
    deed = _A_DEED_ASKED.match(question)
    opening = re.match(r"[A-Z][^\W\d_]+(?=[\s,;:.’'])", excerpt.text)
    if deed is None or opening is None or excerpt.passage is None or re.match(r"[A-Z][^\W\d_]+ [A-Z]", excerpt.text):
        return excerpt
    name = opening.group()
    said = set(document_tokens(name))
    sentence = next(iter(split_sentences(excerpt.text)), "")
    if (
        not said & set(people)
        or said & set(asked)
        or not set(query_tokens(deed.group(1))) <= set(document_tokens(sentence))
    ):
        # (Only where that sentence tells the deed asked: "Thompson tracks down …" is no answer to "who hires him?".)
        return excerpt
    introduced = _introduced_by_full_name(passages, excerpt.passage, name, sentence, surname_after=True)
    if introduced is None or introduced in excerpt.text:
        return excerpt
    return replace(excerpt, text=f"{introduced} … {excerpt.text}")


_KILLING = r"(?:killed|kills|murdered|murders|poisoned|poisons|strangled|strangles|stabbed|stabs|drowned|drowns)"
# "Norman was the killer all along": a name, then what they were.
_CALLED_THE_KILLER = re.compile(
    r"\b(?P<name>[A-Z][^\W\d_]+) (?:was|is) (?:really |actually )?the (?:killer|murderer)\b"
)
# "Cross admits he killed Hollis", "Doe explains that he … killed her": a name, and within its sentence a killing.
_NAMED_KILLER = re.compile(rf"^(?P<name>(?:[A-Z][^\W\d_]+ ){{1,2}})(?:[^.;:]*?\b)?{_KILLING}\b")
_KILLED_SELF_OR_BY = re.compile(
    rf"\b{_KILLING} (?:by|himself|herself|themselves)\b|\b(?:is|was|were|are|been|be|found|gets?|got) {_KILLING}\b"
)


# A sentence that only announces what the next one states: a realisation ("Malcolm understands at last."), or a
# favour or offer asked ("… Gavin Elster, asks a favour." → "Elster says his wife Madeleine has been acting …").
_REALISES = re.compile(
    r"\b(?:(?:realizes?|realises?|understands?)(?: at last)?"
    r"|(?:asks?|makes?) (?:him |her |them )?(?:a|one|an) (?:favou?r|offer|request|proposal)"
    # "Teddy … tells Leonard the truth as he sees it.": the truth announced, told in the sentences after
    r"|\b(?:tells?|told|reveals?|revealed|confesses|confessed|admits|admitted) [^.;:]{0,30}\b(?:the truth|everything)"
    r"(?: [^.;:]{0,30})?)\W*$",
    re.I,
)
