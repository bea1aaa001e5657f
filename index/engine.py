"""`Engine`: the answering core. Finds the film (index/film_finder.py), applies the spoiler scope, scores, picks
the excerpt.

The order of operations is what keeps spoilers out: the film is found from titles or from text the scope
allows, the film's passages are cut to the visible ones *before* anything is scored, and every status
decision (answered, withheld) is made from the visible passages plus the bare count of hidden ones.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from corpus.models import Film, Passage, SectionKind
from corpus.text import split_sentences
from index.access import Visibility
from index.answer import (
    OVERVIEW_CHARS,
    Excerpt,
    choose,
    culprit_excerpt,
    ending_excerpt,
    fact_excerpt,
    named_before_death,
    overview_excerpt,
    setting_excerpt,
    states_reveal,
    tells_fate_of,
    title_excerpt,
    trim_quote,
    trim_quote_start,
    twist_excerpt,
)
from index.answer_model import Answer, FilmRef, Hold, ShownPassage, Status, withheld_text
from index.catalog import Catalog, Mention, Resolution, match_key
from index.film_finder import CONTENT_MARGIN as CONTENT_MARGIN
from index.film_finder import SMALL_TALK as SMALL_TALK
from index.film_finder import FilmFinder, Found, asks_for_films, goes_on_from, no_film, unnamed_refusal
from index.film_index import FilmIndex, Hit, VisibleCache, VisibleIndex
from index.film_search import FilmSearch
from index.identity_claims import makes_a_claim, unsaid_claims
from index.mentions import is_english
from index.naming import (
    NAME_IN_A_SENTENCE,
    defines,
    introduces,
    named_by_role,
    named_things,
    people_named_in,
    people_terms,
    role_next_to,
    says_what_they_are,
)
from index.persisted_search import PersistedSearch
from index.question import (
    A_WOMAN_TERMS,
    CREDIT_ROLES,
    FACT_TERMS,
    FATE_TERMS,
    OVERVIEW_TERMS,
    SETTING_TERMS,
    Analysis,
    Fact,
    Kind,
    Reveal,
    analyze,
    asks_which_film,
    chatter_terms,
    credit_of_a_film,
    fact_terms,
    off_the_card,
    synonym,
    synonyms,
    words_typed_as,
)
from index.question_shape import (
    BARE_DESCRIPTION,
    COUNT_TERMS,
    ENDING_TERMS,
    FRAMING_TERMS,
    HAPPEN,
    OPINION,
    OPINION_TERMS,
    QUESTION_WORD,
    THE_FILM,
    VIEWING_TERMS,
    asked_after_description,
    asks_a_name,
    asks_an_opinion,
    asks_the_title,
    asks_what_the_described_is_about,
    hearsay_terms,
    role_asked,
    without_description,
)
from index.remarks import ASKING_WORD, WH_WORD, a_tagged_claim, plain_question, told_before
from index.spoilers import ScopeMode, SpoilerScope
from index.tokenize import document_tokens, is_stopword, normalize, number_in_words, query_tokens
from index.visible_terms import as_the_text_says, word_weights

# A passage answers when it holds at least this (idf-weighted) share of the question terms that count (see
# _coverage_terms); with something hidden, a term no visible passage holds weighs the most, so a passage
# sharing only a common word with a question about hidden events does not answer it.
MIN_COVERAGE = 0.5
# A visible story passage ending this late tells how the film ends. Only story sections: a trivia or notes
# section placed after the ending sits late in the document but says nothing about how the story ends.
ENDING_FROM = 0.9
_STORY_KINDS = frozenset((SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING))
MAX_SHOWN = 3
# A refusal says "that would spoil X" only when X's visible text holds at least this share of the question's
# words; otherwise it says that nothing it may show answers it.
UNFAMILIAR_SHARE = 0.5
# A question word at least this close (rapidfuzz ratio) to a word of the named film's title is that word typed wrong.
TITLE_TYPO_RATIO = 80.0
# An ending question naming this many things of its own ("who is the only one able to enter the car in the
# end?") is a plot question set at the end: the general search answers it, preferring sentences that close.
ENDING_FOCUS_MAX = 3
# Passages BM25 puts forward for sentence-level re-ranking; the answer is often in one ranked a few places
# down, behind passages that mention the question's words more often but not together.
CANDIDATES = 20
# Films whose passages stay read (with a loader; FILMBOT_FILM_CACHE): a film's passages and term ids are ~60 KB.
FILM_CACHE = 1000
_TWIST_TERMS = frozenset(
    query_tokens("twist twists secret secrets truth surprise big reveal revealed revelation whole time")
)
# "Give me the twist", "show me the twist now", "I've seen it, what's the twist instead?": how the twist is asked
# for (and having seen the film, VIEWING_TERMS), not what in the story is asked about.
_ASKING_FOR = frozenset(query_tokens("give show want wanna now then instead already just finally"))
# "The shocking twist", "the plot twist", "its famous final reveal": words between a determiner and the twist's
# own word say what kind of twist it is, not what in the story is asked about. In lower case only: "the Rosebud
# secret" names a thing of the story.
_TWIST_MODIFIERS = re.compile(
    r"\b(?:the|a|its|this|that|their)((?: [a-z-]+){1,2}) (?:twists?|reveals?|revelations?|surprises?|secrets?)\b"
)
# "Which is longer, Stalker or Solaris?", "which came out first?": the fact compared, asked of each film.
# A description picks one of the films offered when its visible text holds at least half its words, and twice as
# many of them as the next film's.
PICK_COVERAGE = 0.5
PICK_MARGIN = 2.0
_COMPARED_FACTS = (
    (re.compile(r"\b(?:longer|shorter)\b"), "how long is it?"),
    (
        re.compile(
            r"\b(?:older|newer|came out (?:first|earlier|later)|(?:released|made) (?:first|earlier)"
            # "which came first, Psycho or Vertigo?", "which one is earlier?"
            r"|came (?:first|earlier|later|second)|(?:is|was) (?:earlier|later|first))\b"
        ),
        "when was it released?",
    ),
)
# Words that compare or gather the films named, asking nothing of either.
_GATHERING = frozenset(
    query_tokens(
        "both each which longer shorter older newer first earlier later than same person people guy came second"
    )
)
# "Who is the killer?", "who's the real villain?", "who was doing the killings?": who the culprit is.
_CULPRIT = re.compile(
    r"\bwho(?:'s| is| was|s)? (?:the )?(?:real |actual |true )?(?:killer|murderer|culprit|villain|bad guy|antagonist)\b"
    r"|\bwho (?:is|was)(?: actually| really)? (?:doing|behind) (?:the |all the |all )?(?:killings?|murders?)\b"
)
_CULPRIT_TERMS = frozenset(query_tokens("real actual true killer murderer culprit villain bad guy antagonist"))
# Words of age or size before a role ("the little boy", "the old detective"), which the text may say otherwise.
_AGE_AND_SIZE = frozenset(query_tokens("little young old small older younger elderly tiny teenage big"))
# Words that ask for a film's name ("what's that movie called?"), not for anything in it.
_NAMING_TERMS = frozenset(query_tokens("called name named title titled"))


# Another film than the one told of: "is there another Hitchcock?"
_ANOTHER = re.compile(r"\b(?:another|any other|other|else)\b", re.I)
# How watching it feels ("is it scary?", "is it violent?"): its genre says something of that, beside the premise.
_HOW_IT_FEELS = re.compile(
    r"\b(?:scary|scare|frightening|creepy|spooky|horror|violent|gory|bloody|disturbing|intense|dark|sad"
    r"|depressing|upsetting|tense|funny)\b"
)
# "it" standing for the film in a question ("is it scary?", "what's it about?"), not in "what is it like" nor
# "who did it?"
_THE_FILM_AS_IT = re.compile(
    r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bwhat's )|(?<=\bwhats ))it\b(?! like\b)|\bit(?= (?:about|based on|scary)\b)", re.I
)


class Engine:
    def __init__(
        self,
        films: Iterable[Film] = (),
        *,
        visible_indexes: int = VisibleCache.DEFAULT,
        search: FilmSearch | PersistedSearch | None = None,
        loader: Callable[[str], Film | None] | None = None,
        film_cache: int = FILM_CACHE,
    ) -> None:
        """`visible_indexes`: how many films' per-scope indexes stay built at once (least recently used go).
        `search`: finding the film by content; by default in memory, rebuilt from `films` (the service passes
        the index on disk, index/persisted_search.py).

        `loader`: reads a film with its passages by id (the store's `FilmReader`). With one, the engine keeps of
        each film only what finding it by name needs (`attach` a film without passages) and the passages of the
        `film_cache` films asked about last, read again when asked about after that; without one, every film
        added stays whole in memory (tests, tools)."""
        self._cache = VisibleCache(visible_indexes)
        self._films: dict[str, Film] = {}
        # Built films: every one without a loader, else the most recently used `film_cache` (an LRU).
        self._indexes: OrderedDict[str, FilmIndex] = OrderedDict()
        self._loader = loader
        self._film_cache = max(1, film_cache)
        self._catalog = Catalog()
        # Finding the film a question is about (index/film_finder.py), with the content search it owns.
        self._finder = FilmFinder(
            self._catalog, search if search is not None else FilmSearch(), index=self.index, film=self.film
        )
        for film in films:
            self.add_film(film)

    @property
    def search(self) -> FilmSearch | PersistedSearch:
        return self._finder.search

    # ---- the corpus -----------------------------------------------------------------------------------

    def add_film(self, film: Film) -> None:
        """Adds or replaces (same id) a film. Its token lists and BM25s are built on first use."""
        index = self.attach(film)
        assert index is not None, "a film added must come with its passages"
        self._finder.search.add(index)

    def attach(self, film: Film) -> FilmIndex | None:
        """Adds or replaces a film everywhere but in the content search: for films the persisted search already
        holds (start-up reads them from the store, the index from disk). A film without passages (with a
        loader: what `Store.film_stubs` gives) is read whole when first asked about."""
        if not film.id:
            film = film.model_copy(deep=True).assign_id()
        previous = self._indexes.pop(film.id, None)
        if previous is not None:
            previous.release()
        self._catalog.add(film)
        if self._loader is not None:
            self._films[film.id] = film.model_copy(update={"sections": [], "passages": []})
            return self._keep(FilmIndex(film, cache=self._cache)) if film.passages else None
        index = self._keep(FilmIndex(film, cache=self._cache))
        self._films[film.id] = index.film  # without its sections, which repeat every passage's text
        return index

    def _keep(self, index: FilmIndex) -> FilmIndex:
        self._indexes[index.film.id] = index
        if self._loader is not None:
            while len(self._indexes) > self._film_cache:
                _, dropped = self._indexes.popitem(last=False)
                dropped.release()
        return index

    def index(self, film_id: str) -> FilmIndex | None:
        """The film's passages as indexes: kept, or read through the loader (None: no such film)."""
        found = self._indexes.get(film_id)
        if found is not None:
            self._indexes.move_to_end(film_id)
            return found
        if self._loader is None or film_id not in self._films:
            return None
        film = self._loader(film_id)
        if film is None:
            return None
        return self._keep(FilmIndex(film, cache=self._cache))

    def indexes(self) -> list[FilmIndex]:
        """The films built now: every film without a loader (what a rebuild of the content index reads)."""
        return list(self._indexes.values())

    @property
    def lazy(self) -> bool:
        return self._loader is not None

    def use_search(self, search: FilmSearch | PersistedSearch) -> None:
        """Finds films by content with `search` from now on (it must hold this engine's films: a rebuilt index)."""
        self._finder.use_search(search)

    def film_changed(self, film: Film) -> None:
        """A film was loaded or replaced (here or by another process): answer from it from now on. Idempotent:
        the shared index on disk is written only when it does not hold this film's text already."""
        self.add_film(film)

    def film_removed(self, film_id: str) -> bool:
        """A film was removed (here or by another process); whether this engine had it."""
        return self.remove_film(film_id)

    def warm(self) -> None:
        """Build now what the first question naming no film would otherwise pay for."""
        self._finder.search.warm()

    def remove_film(self, film_id: str) -> bool:
        index = self._indexes.pop(film_id, None)
        if index is not None:
            index.release()
        # The shared index may hold a film this engine never had (another process loaded it).
        self._finder.search.remove(film_id)
        if self._films.pop(film_id, None) is None:
            return False
        self._catalog.remove(film_id)
        return True

    def films(self) -> list[Film]:
        """Every film, by title; with a loader, without sections and passages."""
        return sorted(self._films.values(), key=lambda film: (film.title.casefold(), film.year or 0, film.id))

    def film(self, film_id: str) -> Film | None:
        """The film without its sections (with a loader, without its passages either: see `index`)."""
        return self._films.get(film_id)

    def visible_passages(self, film_id: str, scope: SpoilerScope) -> list[Passage]:
        """Every passage of the film that `scope` lets through: all that an answer under it may draw on."""
        index = self.index(film_id)
        if index is None:
            raise KeyError(film_id)
        return list(index.visible(scope).passages)

    def resolve(self, film_arg: str, guild_id: int | None) -> Resolution:
        return self._catalog.resolve(film_arg, guild_id)

    def resolve_exact(self, film_arg: str, guild_id: int | None) -> Resolution:
        """Exact names only, for commands that change, remove or export a film (see Catalog.resolve_exact)."""
        return self._catalog.resolve_exact(film_arg, guild_id)

    def pick_described(self, question: str, film_ids: list[str], guild_id: int | None) -> int | None:
        """Which of the films offered by a "which film?" reply a description picks ("the one on the space station"
        between Solaris and Stalker): the one whose visible text holds clearly more of its words; None when none
        does. Only visible text decides, so the pick tells nothing a reader may not see."""
        words = [t for t in query_tokens(plain_question(question)) if t not in THE_FILM and not is_stopword(t)]
        if len(film_ids) < 2 or not words:
            return None
        held = []
        for film_id in film_ids:
            index = self.index(film_id)
            visible = index.visible(SpoilerScope.off()) if index is not None else None
            said = [synonym(t, visible) for t in words] if visible is not None else []
            held.append(sum(t in visible for t in said) / len(said) if visible is not None else 0.0)
        ranked = sorted(range(len(film_ids)), key=lambda i: -held[i])
        best, second = held[ranked[0]], held[ranked[1]]
        return ranked[0] if best >= PICK_COVERAGE and best >= PICK_MARGIN * second else None

    def names_a_film(self, question: str, guild_id: int | None) -> bool:
        """Whether the question names one of the films by its title or an alias."""
        return self._catalog.find_in_question(question, guild_id) is not None

    def suggest(self, prefix: str, guild_id: int | None, limit: int = 25) -> list[FilmRef]:
        return self._catalog.suggest(prefix, guild_id, limit=limit)

    # ---- answering ------------------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        *,
        film: str | None = None,
        scope: SpoilerScope | Visibility | None = None,
        guild_id: int | None = None,
        context_film: str | None = None,
        context_question: str | None = None,
        goes_on: bool = False,
    ) -> Answer:
        """Answer `question` for a reader who may see `scope` (one scope for every film, or a `Visibility`).

        `context_film`: the film this reader asked about last, which a question naming no film is about.
        `context_question`: what they asked then, which "and The Prestige?" asks again of another film.
        `goes_on`: the question was typed opening on "and" ("and what happens to the private investigator?"),
        which its plain form no longer shows.
        """
        visibility = scope if isinstance(scope, Visibility) else Visibility.everywhere(scope or SpoilerScope.off())
        whole = self._ask_one(question, film, visibility, guild_id, context_film, context_question, goes_on)
        if (
            # (Withheld as nothing visible speaks of it: "who is her boyfriend?" after Marion, whom the premise
            # gives "Sam Loomis" but never a "boyfriend" as such.)
            whole.status in (Status.ANSWERED, Status.WITHHELD)
            and whole.read_as is None
            and whole.film is not None
            and whole.film.id == context_film
            and (
                of_them := self._of_the_one_asked_about(
                    question, film, visibility, guild_id, context_film, context_question
                )
            )
        ):
            # "Chinatown: does Evelyn die at the end?", then "ok now I'm ready: she dies?": read alone, "she" is no
            # one the summary speaks of, and it "doesn't say" (or answers with text that never names her); she is
            # Evelyn.
            named = of_them.name
            if whole.status is Status.WITHHELD:
                # Withheld, it is still asked of her: "is she real?" asked again after `/spoilers on`, and the Reveal
                # button, ask of Hari. The refusal itself is the same.
                kept = whole.model_copy(update={"read_as": of_them.question})
                # Only "who is her …?": a person by their tie to the one asked about, whom the text names. ("What
                # does he see?" after Cole: nothing visible says, and his introduction would answer beside it.)
                # ("What is his job?" after the main character: what someone does is what introduces them.)
                if not whole.unsure or (
                    analyze(question, query_tokens(question)).kind is not Kind.WHO
                    and not _OCCUPATION.search(question.lower())
                ):
                    return kept
                again = self._ask_one(of_them.question, film, visibility, guild_id, context_film, None)
                if again.status is Status.ANSWERED and again.passages and _names(again.answer, named):
                    return again.model_copy(update={"question": question, "read_as": of_them.question})
                return kept
            elif not whole.passages or not _names(whole.answer, named):
                again = self._ask_one(of_them.question, film, visibility, guild_id, context_film, None)
                if (again.status is not Status.ANSWERED and not whole.passages) or (
                    again.passages and _names(again.answer, named)
                ):
                    return again.model_copy(update={"question": question, "read_as": of_them.question})
        if (
            whole.status is Status.ANSWERED
            and not whole.passages
            and whole.film is not None
            and whole.film.id == context_film
            and context_question
            and _WHOSE_IS_IT.match(question)
        ):
            # "what does Jake find in the pond?" → "… a pair of bifocal glasses." → "whose are they?": read alone it
            # "doesn't say"; "they" is what the answer quoted, and the sentence saying whose it is answers.
            before = self._ask_one(context_question, film, visibility, guild_id, context_film, None)
            if before.status is Status.ANSWERED and before.passages:
                again = self._ask_one(f"whose {before.answer}", film, visibility, guild_id, context_film, None)
                if again.status is Status.ANSWERED and again.passages and _OWNED.search(again.answer):
                    return again.model_copy(update={"question": question})
        if whole.status is Status.AMBIGUOUS and film is None and (of_each := self._a_fact_of_each(question, whole)):
            return _together(question, [self._of(answer) for answer in of_each])
        parts = _questions_in(question)
        if whole.film is None or len(parts) < 2:
            return whole
        if whole.status is not Status.ANSWERED and any(
            analyze(part, query_tokens(part)).reveal is not None for part in parts
        ):
            # "Is the twist as good as Psycho's? what is it": one part asks after a twist, which stays withheld
            # (with its Reveal), not answered beside the point by a part that means nothing alone.
            return whole
        # ("psycho cast and whos the director": a fact's word alone asks it too.)
        asking = [
            part
            for part in parts
            if (_ASKS.search(part.lower()) or _asks_a_fact(part)) and not OPINION.search(part.lower())
        ]
        # ("there are hidden frames in it, right? what are they of?": the claim leads to what is asked, and answering
        # it would pass over the question.)
        if (
            asking
            and not any(a_tagged_claim(part) for part in asking[:-1])
            and (
                whole.status is not Status.ANSWERED
                # "Who directed Se7en and who plays the two detectives?": facts asked one after another. (Not "is
                # Teddy a villain? who is he really?", where the second part needs the first to say who "he" is.)
                or (len(asking) > 1 and all(_asks_a_fact(part) for part in asking))
                # "I'm about to watch Fight Club for the course. What does the Narrator do for a living?": the
                # statement's words ("course") are no part of what is asked.
                or parts[0] not in asking
            )
        ):
            # "We're screening The Sixth Sense next week. Who directed it and who's in the cast?": a statement that
            # asks nothing only says which film; each question after it is answered, all of them or none (an
            # answer to some would pass over the rest as if they had been answered).
            each = [self._ask_one(part, film, visibility, guild_id, whole.film.id, context_question) for part in asking]
            if all(a.status is Status.ANSWERED and a.passages and a.film == whole.film for a in each):
                return _together(question, each) if len(each) > 1 else each[0].model_copy(update={"question": question})
        if whole.status is not Status.WITHHELD or not whole.unsure:
            return whole
        # "Why does he leave the police? Is he injured?", "who is the main character and what is his job?": nothing
        # visible answers the questions together; the first, the main one, is answered when visible text answers
        # it alone. Not a later one: "who dies in the shower, and who directed it?" answered with the director
        # would pass over the question asked first as if it had been answered.
        title = set(query_tokens(whole.film.title))
        # "ok now solaris who is snaut": a first part that only turns to the film asks nothing; its "what is it
        # about?" would pass over the question as if answered.
        # ("there are hidden frames in it, right? what are they of?": the claim only leads to what is asked.)
        if not set(query_tokens(parts[0])) - title - chatter_terms() <= _STEERING and not a_tagged_claim(parts[0]):
            answer = self._ask_one(parts[0], film, visibility, guild_id, whole.film.id, context_question)
            if answer.status is Status.ANSWERED and answer.film == whole.film:
                return answer.model_copy(update={"question": question})
        if OPINION.search(parts[0].lower()) or not _ASKS.search(parts[0].lower()):
            # "Is it scary like Psycho? tell me what it is about": an opinion is no summary's to give; "my friend
            # says it is like Psycho, what year is it from": a statement asks nothing. What the text can answer is
            # asked next.
            answer = self._ask_one(parts[1], film, visibility, guild_id, whole.film.id, context_question)
            if answer.status is Status.ANSWERED and answer.film == whole.film:
                return answer.model_copy(update={"question": question})
        return whole

    def _a_fact_of_each(self, question: str, which: Answer) -> list[Answer]:
        """ "Who directed Psycho and Vertigo?", "which is longer, Stalker or Solaris?", "which came out first, Se7en
        or Fight Club?": a fact asked of each of the films offered, when the question names each by its title and
        asks nothing else; facts never spoil, so every reader gets them. Empty for anything else."""
        if len(which.choices) < 2:
            return []
        terms = query_tokens(question)
        titles = [set(query_tokens(ref.title)) for ref in which.choices]
        if not all(title and title <= set(terms) for title in titles):
            return []  # "who is Gavin?": the films were offered for a name, not named
        asked = question
        for pattern, fact in _COMPARED_FACTS:
            if pattern.search(question.lower()):
                asked = fact
        rest = [t for t in query_tokens(asked) if not any(t in title for title in titles) and t not in _GATHERING]
        if not analyze(asked, rest).facts:
            return []
        answers = []
        lowered = normalize(question)
        for ref in sorted(which.choices, key=lambda ref: lowered.find(match_key(ref.title))):
            index = self.index(ref.id)
            if index is None:
                return []
            answer = self._answer(asked, index, rest, None, SpoilerScope.off())
            if answer.status is not Status.ANSWERED or not answer.passages:
                return []
            answers.append(answer)
        return answers

    def _without_what_was_told(
        self, question: str, film: str | None, guild_id: int | None
    ) -> tuple[str, str | None] | None:
        """The question without what the asker told of themselves before it, the film named there after it ("my nan
        is watching vertigo for the first time, who is madeleine?" → "who is madeleine in Vertigo?"; "my uncle swears
        Seven Samurai is the best film ever made. how long is it?" → "how long is Seven Samurai?", a film we lack).
        None when nothing was told, or when what was told names no film (nor several). With it, the film told of when
        the question is asked as after a question about it ("we're showing Psycho. is there another Hitchcock?")."""
        if (told := told_before(question)) is None:
            return None
        lead, rest = told
        if film is not None or any(self._finder.named_in(rest, guild_id)):
            return rest, None
        named, unknown = self._finder.named_in(lead, guild_id)
        title = unknown if unknown is not None else named.films[0].title if named and len(named.films) == 1 else None
        if title is None:
            return None
        if named is not None and unknown is None and _ANOTHER.search(rest):
            return rest, named.films[0].id
        # "is it scary?" of the film told of is "is The Sixth Sense scary?"; "who is madeleine?", "… in Vertigo?".
        if _THE_FILM_AS_IT.search(rest):
            return _THE_FILM_AS_IT.sub(title, rest, count=1), None
        return f"{rest.rstrip(' ?!.')} in {title}?", None

    @staticmethod
    def _of(answer: Answer) -> Answer:
        """A fact's answer that names its film, to stand beside another film's ("Runtime: 109 minutes" does not)."""
        if answer.film is None or answer.film.title in answer.answer:
            return answer
        return answer.model_copy(update={"answer": f"{answer.film.display_title} — {answer.answer}"})

    def _ask_one(
        self,
        question: str,
        film: str | None,
        visibility: Visibility,
        guild_id: int | None,
        context_film: str | None,
        context_question: str | None,
        goes_on: bool = False,
    ) -> Answer:
        asked_as_typed = question
        question = plain_question(question)
        if question != asked_as_typed:
            answer = self.ask(
                question,
                film=film,
                scope=visibility,
                guild_id=guild_id,
                context_film=context_film,
                context_question=context_question,
                goes_on=goes_on or goes_on_from(asked_as_typed),
            )
            return answer.model_copy(update={"question": asked_as_typed})
        if (own := self._without_what_was_told(question, film, guild_id)) is not None:
            own_question, told_of = own
            answer = self.ask(
                own_question,
                film=film,
                scope=visibility,
                guild_id=guild_id,
                context_film=told_of or context_film,
                context_question=context_question if told_of is None else None,
                goes_on=goes_on,
            )
            return answer.model_copy(update={"question": asked_as_typed})
        if (
            after := self._what_comes_next(question, film, visibility, guild_id, context_film, context_question)
        ) is not None:
            return after.model_copy(update={"question": asked_as_typed})
        if context_question and context_question != question and _ASKED_ANYWAY.match(question):
            # "please just tell me, I will never watch it": the last question asked again, answered as before (a
            # spoiler stays withheld, with its Reveal; spoilers are the asker's to turn on).
            answer = self._ask_one(context_question, film, visibility, guild_id, context_film, None)
            return answer.model_copy(update={"question": asked_as_typed, "read_as": context_question})
        if (
            context_question is not None
            and _WHO_ELSE.match(question)
            and (listed := self._asked_again(context_question, guild_id))
            and Fact.CAST in analyze(listed, query_tokens(listed)).facts
        ):
            # "who is in Vertigo?" then "who else?": more of the cast, which the cast answer gives whole.
            answer = self._ask_one(context_question, film, visibility, guild_id, context_film, None)
            return answer.model_copy(update={"question": asked_as_typed, "read_as": context_question})
        if self._same_film(film, context_film, guild_id) and (
            of_them := self._asked_of_another(question, context_film, context_question, guild_id)
        ):
            # "Does Marion survive?" then "and Arbogast?": the same question, of another person in the film (also
            # with the film option, picked again for each question).
            answer = self.ask(of_them, film=film, scope=visibility, guild_id=guild_id, context_film=context_film)
            return answer.model_copy(update={"question": asked_as_typed, "read_as": of_them})
        chatter = chatter_terms()
        terms = [t for t in query_tokens(question) if t not in chatter]
        if (
            context_question is not None
            and context_film is not None
            and film is None
            and _BARE_FOLLOW_UP.match(question)
            and len(question.split()) <= _BARE_WORDS
            and not [t for t in terms if t not in _SAYS_NOTHING]
        ):
            # "why?", "how?", "how come?" right after a question: asked of what that one asked about. (Not "how does
            # he do it?", where doing it is what is asked: the trick.)
            words = re.findall(r"[\w'’]+", context_question)
            about = [w for w in words if query_tokens(w) and w.lower() not in chatter]
            if about:
                # How or why something withheld happened is withheld with it ("who killed Hollis?", then "how?").
                before = self._ask_one(context_question, film, visibility, guild_id, context_film, None)
                if before.status is Status.WITHHELD:
                    return before.model_copy(update={"question": asked_as_typed, "read_as": context_question})
                bare = re.sub(r"\bhow come\b", "why", question.rstrip(" ?!."), flags=re.I)
                combined = f"{bare} {' '.join(about)}?"
                answer = self._ask_one(combined, film, visibility, guild_id, context_film, None)
                return answer.model_copy(update={"question": asked_as_typed})
        if asks_which_film(question):
            # "What's the film where a man can't make new memories called?": how it is called is what is asked.
            terms = [t for t in terms if t not in _NAMING_TERMS]
        found = self._finder.find_film(question, terms, film, visibility, guild_id, context_film, goes_on=goes_on)
        if (
            (isinstance(found, Answer) or found[2] is Found.CONTENT)
            and film is None
            and context_question
            and BARE_DESCRIPTION.match(question)
            and (offered := self._finder.offered_for(context_question, visibility, guild_id, context_film)) is not None
            and (chosen := self._finder.chosen_among(question, terms, offered, found)) is not None
        ):
            # "that hitchcock movie, who's in it?" → "which film?" (Psycho, Vertigo) → "the one with the motel":
            # the description picks among the films offered, and the question before is what is asked.
            found = (chosen, None, Found.CHOSEN)
        if isinstance(found, Answer):
            return found
        ref, mention, how = found
        index = self.index(ref.id)
        if index is None:  # removed from the store since the catalog was read
            return no_film(question, Status.NOT_FOUND, f"{ref.title} was removed.", visibility.default.describe())
        scope = visibility.scope(ref.id)
        # A film picked with the option may have story words in its title ("who is the hobbit?"); one found by
        # content or context was most likely found through its title, typed as the catalog does not read it.
        if how is Found.OPTION:
            # Its title typed wrong still names it: a Reveal click asks "momento who is john g" with the option.
            terms = _without_misspelt_title(terms, index.film)
            if mention is not None and (
                mention.strong
                or not _told_in_its_story(mention.words, index)
                or not _DETERMINED.search(question.lower().split(mention.words[0])[0])
            ):
                # "how does psycho end?", "vertigo ending pls" with the option: the option and the title typed
                # agree, so the question reads as if the title alone named the film. Not "who is the stalker?",
                # where the word is one the film's story uses, as a noun.
                how = Found.NAMED
                mention = Mention(films=mention.films, words=mention.words, strong=True, lone=mention.lone)
        title_film = index.film if how is not Found.OPTION else None
        # "the film where … Kane dies alone. Who directed it?": a description naming its film in a sentence of its
        # own asks the sentence after it (whether the description may confirm anything is checked as ever).
        asked = (
            without_description(question)
            if how is Found.CONTENT or asks_what_the_described_is_about(question)
            else asked_after_description(question)
            if how is Found.NAMED
            else None
        )
        if how is Found.CHOSEN and context_question:
            asked = _asked_of_the_chosen(context_question)
        again: str | None = None
        describes = asks_which_film(question) or bool(BARE_DESCRIPTION.match(question))
        if (
            how is not Found.OPTION
            and asked is None
            and describes
            # "what's that movie where two detectives hunt a killer of the seven deadly sins?" names Se7en by its
            # alias inside the description; the film is still the answer, unless the description may confirm its
            # hidden part (then the question itself is answered, as any question naming the film).
            and not (how is Found.NAMED and self._finder.may_confirm(question, terms, index, scope))
        ):
            # "What's the movie where an insomniac goes to support groups?": the film is the answer, and what it
            # is about is the part anyone may see (whether naming it may confirm the description is checked below).
            asked = "what is it about?"
        if how is Found.NAMED and mention is not None and asked is None:
            asked = _past_the_lead_in(question, mention.words)
            if asked is not None:
                mention = None
            elif set(_without_title(terms, mention)) <= _STEERING and not QUESTION_WORD.search(
                re.sub(r"\b(?:what|how) about\b", "", question.lower())
            ):
                # "ok now Psycho", "I meant The Prestige", "can we do Rashomon now?": only the film is named,
                # so what it is about is what is asked; after "who directed Memento?", "and The Prestige?" asks
                # the same of this film.
                again = self._asked_again(context_question, guild_id)
                asked = again or "what is it about?"
                mention = None
        genre: str | None = None
        if (
            asked is None
            and how is not Found.CONTENT
            # ("is anthony perkins good in it?": who is judged is one of its makers; it is the film's premise that
            # helps, not a refusal as if the name were asked after in its story)
            and asks_an_opinion(
                question,
                untitled := [
                    t for t in _without_title(terms, mention, title_film) if t not in self._finder.makers(ref.id)
                ],
            )
            # "the prestige, is it rated for kids, who's in it": the fact asked beside the judgement is answered
            and not analyze(question, [t for t in untitled if t not in OPINION_TERMS]).facts
        ):
            # "Is Psycho any good?", "is se7en scary?": no summary judges its film; what anyone may see of it is its
            # premise, which is what helps someone deciding (with its genre, for how it feels: "is it scary?").
            asked = "what is it about?"
            mention = None
            if _HOW_IT_FEELS.search(question.lower()) and (judged := self.film(ref.id)) is not None:
                genre = judged.facts.genre
        if asked is not None:
            # "The movie where a secretary runs off with the money, who made it?": the description found the film;
            # what is asked is the rest. (Whether naming the film may confirm the description is checked below.)
            asked_terms = [t for t in query_tokens(asked) if t not in chatter]
            # (Picked among the films offered, "memento" is remembered as the question it picked a film for, which
            # "and the other one?" asks next.)
            read_as = again or (context_question if how is Found.CHOSEN else None)
            answer = self._answer(asked, index, asked_terms, None, scope, title_film).model_copy(
                update={"question": question, "read_as": read_as}
            )
            if genre and answer.status is Status.ANSWERED:
                answer = answer.model_copy(update={"answer": f"Genre: {genre}. {answer.answer}"})
        else:
            answer = self._answer(question, index, terms, mention, scope, title_film)
        if (
            how in (Found.CONTENT, Found.CHOSEN)
            or (how is Found.FOLLOW_UP and (describes or without_description(question) is not None))
        ) and (
            (answer.status is Status.WITHHELD and how is Found.CONTENT)
            or self._finder.may_confirm(question, terms, index, scope, answered=answer.status is Status.ANSWERED)
        ):
            # The asker named no film. Naming the one whose hidden part fits their words would confirm it; so
            # would naming it for a question that visible text answers only in part ("which film has a motel
            # keeper who stuffs birds and is secretly the killer?"), as the rest may be its twist. (A film picked
            # among those "which film?" offered, by words its visible text holds, was all but named: "the one with
            # the soap salesman" after "how is the Fincher film structured?" gets that question's own reply.) A
            # description answered with the film asked about last names it all the same ("the film where the motel
            # owner is the killer" right after "who directed Psycho?").
            return unnamed_refusal(question, answer.scope, answer.hold or Hold.SPOILERS_OFF)
        if answer.hold is Hold.SPOILERS_OFF and _turned_off_for(ref.id, visibility):
            # "/spoilers on" would not help: it is already on, and the "off" for this film is the narrower choice.
            return answer.model_copy(update={"hold": Hold.FILM_OFF})
        return answer

    def _what_comes_next(
        self,
        question: str,
        film: str | None,
        visibility: Visibility,
        guild_id: int | None,
        context_film: str | None,
        context_question: str | None,
    ) -> Answer | None:
        """ "And then what?", "tell me more", "what happens next?" after an answer quoting the story: the story
        passage after the one quoted last, read as `what happens after "<its last sentence>"` (`_AFTER_QUOTE`),
        which is also what the answer is remembered as, so a next "and then?" goes on from there. None for any
        other question, and after an answer that quoted no story."""
        quoted = _AFTER_QUOTE.match(question)
        if quoted is not None:
            asked, last = question, quoted["quote"]
            resolved = self.resolve(film, guild_id).film if film else None
            film_id = resolved.id if resolved is not None else context_film
        elif _GO_ON.match(question) and context_question and self._same_film(film, context_film, guild_id):
            before = self._ask_one(context_question, film, visibility, guild_id, context_film, None)
            if before.status is Status.WITHHELD:
                # "and then what?" refused, then "tell me more"; "what's the next sin?" refused, then "and then
                # what?": what comes after something withheld is withheld with it.
                return before.model_copy(update={"read_as": context_question})
            if before.status is not Status.ANSWERED or not before.passages or before.film is None:
                return None
            if (found := _last_sentence(before.answer)) is None:
                return None
            asked, last, film_id = f'what happens after "{found}"', found, before.film.id
        else:
            return None
        index = self.index(film_id) if film_id else None
        if index is None:
            return None
        answer = self._next_after(last, index, visibility.scope(index.film.id), asked)
        return answer.model_copy(update={"read_as": asked}) if answer is not None else None

    def _next_after(self, quote: str, index: FilmIndex, scope: SpoilerScope, asked: str) -> Answer | None:
        """The story passage after the visible one holding `quote`: quoted when this reader may see it, withheld
        when not; None when no visible story passage holds the quote."""
        film = index.film
        visible = index.visible(scope)
        shown = {p.ordinal for p in visible.passages}
        story = [p for p in film.passages if p.section_kind in _STORY_KINDS]
        wanted = _plain_words(quote)
        at = next((i for i, p in enumerate(story) if p.ordinal in shown and wanted in _plain_words(p.text)), None)
        if at is None:
            return None
        ref = FilmRef(id=film.id, title=film.title, year=film.year)
        base = Answer(question=asked, status=Status.ANSWERED, film=ref, scope=scope.describe())
        if at + 1 >= len(story):
            return base.model_copy(update={"answer": f"That is where the summary of {film.title} ends."})
        following = story[at + 1]
        if following.ordinal not in shown:
            return _withheld(base, film, scope)
        excerpt = Excerpt(trim_quote(following.text, OVERVIEW_CHARS), following, following.section)
        return _with_excerpt(base, excerpt, [], _Citation(index, visible, scope))

    def _same_film(self, film: str | None, context_film: str | None, guild_id: int | None) -> bool:
        """Whether the film option, if given, picks the film asked about last."""
        if film is None:
            return True
        resolution = self.resolve(film, guild_id)
        return resolution.film is not None and resolution.film.id == context_film

    def _asked_of_another(
        self, question: str, context_film: str | None, context_question: str | None, guild_id: int | None
    ) -> str | None:
        """ "And Arbogast?" after "does Marion survive?": the last question with the one name it gave of the last
        film's people replaced by the name given now; None for anything else."""
        bare = _AND_SOMEONE.match(question)
        if bare is None or not context_film or not context_question:
            return None
        if self._catalog.find_in_question(question, guild_id) is not None:
            return None  # "and The Prestige?" names a film: `_asked_again` asks it of that film
        index = self.index(context_film)
        if index is None:
            return None
        people = people_named_in(index.film)
        new = bare.group("name")
        if (role := _A_ROLE.fullmatch(new.lower())) is not None:
            return _asked_of_another_role(role[1], context_question, index.film)
        if not all(w.lower() in people for w in new.split()):
            return None
        before = [w for w in re.findall(r"[^\W\d_]+", context_question) if w.lower() in people]
        if not before or {w.lower() for w in before} == {w.lower() for w in new.split()}:
            return None
        # The first run of the last question's name words is the person it was about ("Marion", "Norman Bates").
        pattern = r"\b" + r"(?:['’]s)?\s+".join(re.escape(w) for w in _first_run(context_question, people)) + r"\b"
        return re.sub(pattern, new, context_question, count=1, flags=re.I)

    def _of_the_one_asked_about(
        self,
        question: str,
        film_arg: str | None,
        visibility: Visibility,
        guild_id: int | None,
        context_film: str | None,
        context_question: str | None,
    ) -> _ReadAs | None:
        """ "Does she die?" after "does Evelyn die at the end?": the question with its "he" or "she" read as the
        one person the last question asked about; after a question asking who did something ("who killed
        Hollis?"), as the one its answer names first besides those it asked about ("why did he do it?": Cross).
        "It" after "what is Rosebud?" is Rosebud. None when the question names someone itself or a film, or no
        one such is found, or several, or the text speaks of them otherwise ("she" is not Arbogast)."""
        pronoun = _THIRD_PERSON.search(question)
        if not context_film or not context_question or pronoun is None:
            return None
        index = self.index(context_film)
        if index is None or self._catalog.find_in_question(question, guild_id) is not None:
            return None
        film = index.film
        # Not the title's words ("Chinatown: …") nor the cast's ("… brad pitt one": "his wife" is his character's).
        not_people = {t for name in (film.title, *film.aliases) for t in query_tokens(name)}
        # (and the pieces of a title's word spelt with digits: "Se7en" is no "Se")
        not_people |= {t for name in (film.title, *film.aliases) for t in re.findall(r"[^\W\d_]+", name.lower())}
        not_people |= self._finder.makers(film.id)
        people = frozenset(w for w in people_named_in(film) if not set(query_tokens(w)) & not_people)
        if {w.lower() for w in re.findall(r"[^\W\d_]+", question)} & people:
            return None
        named = {w.lower() for w in re.findall(r"[^\W\d_]+", context_question) if w.lower() in people}
        before = analyze(context_question, query_tokens(context_question))
        said = pronoun.group(0).lower()
        if said == "it":
            # Only a thing the last question asked what it is: "it" is most often the film.
            if not (before.who_is and _WHAT_IS.match(context_question)):
                return None
            run = _first_run(context_question, people)
            if not run or named != {w.lower() for w in run}:
                return None
        elif (before.kind is Kind.WHO and (not before.who_is or not named)) or (
            not named and _asks_what_it_is_about(context_question, not_people)
        ):
            # (Also "who is the main character?", which names no one: "he" is whom the answer names; so after
            # "tell me the plot of Fight Club", whose answer opens on the Narrator: "what is his job?")
            answered = self._ask_one(context_question, film_arg, visibility, guild_id, context_film, None)
            if answered.status is not Status.ANSWERED or not answered.passages:
                return None
            others = people - named
            # The first one the answer names whom the text speaks of as "he" or "she" ("In a nameless American city
            # … William Somerset": not "American").
            run = next(
                (
                    _without_rank(r)
                    for r in _runs(answered.answer, others)
                    if said == "it" or _spoken_as(r, film) in (_GENDER[said], None)
                ),
                [],
            )
        else:
            run = _first_run(context_question, people)
            if not run or named != {w.lower() for w in run}:
                return None
        if not run:
            return None
        # ("Tyler Durden" is seldom followed by "he"; "Tyler" is.)
        # (A person the text never marks as either may be either: "who is thompson?", "what is he looking for?")
        if said != "it" and (spoken := _spoken_as(run, film)) is not None and spoken != _GENDER[said]:
            # "does arbogast survive?", then "how much money does she steal?": she is not Arbogast.
            return None
        name = " ".join(run)
        asked = _THIRD_PERSON.sub(lambda m: f"{name}'s" if m.group(0).lower() == "his" else name, question, count=1)
        return _ReadAs(question=asked, name=run)

    def _asked_again(self, question: str | None, guild_id: int | None) -> str | None:
        """The last question without its film, when what it asked may be asked of any film: a fact, the
        setting, the ending ("who directed Memento?" → "who directed"). None for one about its own story."""
        if not question:
            return None
        # "ok fine who made memento": the reaction before it is no part of what was asked; "who stars in the
        # hitchcock movie": the words pointing at a film are how it was named.
        question = _POINTING_AT_A_FILM.sub(" ", plain_question(question))
        mention = self._catalog.find_in_question(question, guild_id)
        if mention is not None:
            title = r"\W+".join(re.escape(w) for w in mention.words)
            question = re.sub(rf"\b(?:the\s+)?{title}(?:['’]s)?\b", " ", question, flags=re.I)
        chatter = chatter_terms()
        # "For my essay on the Hitchcock film, who is the lead actress?": what was asked is the clause that asks.
        for candidate in (question, re.split(r"[,;:]\s*", question.strip())[-1]):
            content = [t for t in query_tokens(candidate) if t not in chatter]
            asked = analyze(candidate, content)
            if asked.facts or asked.setting or asked.ending:
                return candidate
            if (asked.reveal is Reveal.TWIST or _CULPRIT.search(candidate.lower())) and set(content) <= (
                _TWIST_TERMS | _CULPRIT_TERMS | _modifiers(candidate)
            ):
                # "whats the twist in vertigo?", "who is the killer in se7en?", then "and in psycho?": asked of any
                # film alike.
                return candidate
        return None

    def _answer(
        self,
        question: str,
        index: FilmIndex,
        terms: list[str],
        mention: Mention | None,
        scope: SpoilerScope,
        title_film: Film | None = None,
    ) -> Answer:
        film = index.film
        visible = index.visible(scope)
        content = [
            synonym(_in_words(t, visible), visible) for t in visible.respell(_without_title(terms, mention, title_film))
        ]
        roles = _roles_named(question, visible)
        analysis = analyze(_after_a_title_heading(question, mention), content, roles)
        titled = {t for name in (film.title, *film.aliases) for t in query_tokens(name)} & set(content)
        if titled and not (analysis.facts or analysis.overview or analysis.setting):
            # "What is the premise of the apes film from 1968?": words of the title typed around how the film was
            # named ask nothing of it, when without them the question asks a fact, a summary or the setting.
            bare = [t for t in content if t not in titled]
            if (untitled := analyze(question, bare, roles)).facts or untitled.overview or untitled.setting:
                content, analysis = bare, untitled
        makers = self._finder.makers(film.id)
        if not (analysis.facts or analysis.overview or analysis.setting) and (
            clause := _plain_clause(
                question, lambda c: [t for t in _without_title(c, mention, title_film) if t not in makers]
            )
        ):
            # "Who directed it, same guy as The Prestige?", "what is Vertigo about? no spoilers pls": one clause
            # asks what anyone may see; the rest is an aside, which no summary answers.
            clause_terms = [t for t in query_tokens(clause) if t not in chatter_terms()]
            answer = self._answer(clause, index, clause_terms, mention, scope, title_film)
            return answer.model_copy(update={"question": question})
        if analysis.yes_no:
            # A yes/no or "who did it" question holds its verb to the letter (`_answers`, strict).
            content = as_the_text_says(content, visible)
        ref = FilmRef(id=film.id, title=film.title, year=film.year)
        base = Answer(question=question, status=Status.ANSWERED, film=ref, scope=scope.describe())
        cite = _Citation(index, visible, scope)

        # "Who else is in Psycho apart from Perkins?": the name set aside is no part asked of the cast.
        besides = _besides(question)
        kept = [t for t in content if t not in besides]
        if kept != content and (aside := analyze(question, kept, roles)).facts:
            content, analysis = kept, aside
        if analysis.facts:
            return self._facts(base, film, visible, content, analysis.facts, cite)
        if makers & set(content):
            # "Is this one by Tarkovsky?", "did Nolan direct it?": the name is the fact's own answer, not more asked.
            named = analyze(question, [t for t in content if t not in makers])
            if named.facts:
                return self._facts(base, film, visible, content, named.facts, cite)
            credited = {t for found in _WITH_SOMEONE.finditer(question) for t in query_tokens(found["who"])} & makers
            if credited and not [t for t in content if t not in credited]:
                # "What happens in Fight Club with Brad Pitt?": the film named again by who is in it; what happens in
                # it is asked (the cast line was quoted). Not "is Brad Pitt in Fight Club?", which asks the cast.
                content, analysis = [], named
        if analysis.yes_no and (
            unknown := _names_or_years_it_lacks(question, content, visible, makers) or _years_in(content)
        ):
            # "Did Hitchcock direct Chinatown?", "is Jack Nicholson in Vertigo?", "was vertigo made in 1960?": a fact
            # checked against a name or a year the film's text lacks is a question of its card, answered with the
            # fact (it was withheld as a spoiler: the visible text lacked the name).
            carded = analyze(question, [t for t in content if t not in unknown], roles)
            if carded.facts:
                return self._facts(base, film, visible, [t for t in content if t not in unknown], carded.facts, cite)
        if asks_the_title(question):
            # "Why is it called Stalker?": the sentence the title's words are told in, where the reader may look
            # ("A stalker leads two men into the Zone"); the words were taken out of the question as its title.
            for title in (film.title, *film.aliases):
                words = [t for t in query_tokens(title) if not is_stopword(t)]
                if (excerpt := title_excerpt(visible.passages, words)) is not None:
                    return _with_excerpt(base, excerpt, [], cite)
        if (
            scope.mode is not ScopeMode.ON
            and (making := off_the_card(question))
            and not any(synonym(t, visible) in visible for t in making)
        ):
            # "Who composed the music for Vertigo?", "did Citizen Kane win an Oscar?": no story tells it, so
            # "turn spoilers on" would not help; what the bot knows of a film is said instead. (Said alike whether
            # or not the hidden text mentions it, so the reply tells nothing of that text.)
            return base.model_copy(update={"answer": _OFF_THE_CARD.format(title=film.title)})

        focus = [
            t
            for t in content
            if t not in ENDING_TERMS and t not in FRAMING_TERMS and t not in HAPPEN and t not in _EXPLAINED
        ]
        late = [
            p
            for p, where in zip(visible.passages, visible.placements, strict=True)
            if p.section_kind is SectionKind.ENDING or (p.section_kind in _STORY_KINDS and where.end >= ENDING_FROM)
        ]
        ending = analysis.ending and not _ending_words_used_earlier(question, visible, late)
        # "What's up with the daughter at the end?": "Marta sits at home …" is about her too.
        also = _role_names(focus, visible, people_terms(film)) if ending else {}
        if ending and len(set(focus)) < ENDING_FOCUS_MAX and not _told_before_the_end(focus, late, visible, also):
            excerpt = ending_excerpt(late, focus, final=analysis.final, also=also)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            return _nothing_shown(base, film, scope, visible)

        # The film's own title words fill its passages ("the Stalker" in Stalker), so they show nothing
        # about whether a passage answers; they still help rank, as the scorer's query. Words that only say
        # what shape the answer takes ("how old", "what is his name") are seldom in the text that answers.
        title_terms = {t for name in (film.title, *film.aliases) for t in query_tokens(name)}
        # "What car does Leonard drive?": the noun after "what" names the kind of answer ("a Jaguar"), which the
        # text that answers seldom uses; it asks nothing when no visible passage holds it.
        # Only when one visible passage holds all the rest ("drives" beside "Leonard"): "what weapon does Norman
        # use?" beside a passage that only names Norman stays unanswered.
        shape = analysis.shape_terms
        # (Typed as the text never spells it, "color" still names the kind of answer: not the text's "colour".)
        kind_of_answer = frozenset(synonym(t, visible) for t in _answer_kind(question) if t not in visible)
        rest = [t for t in content if t not in title_terms and t not in shape and t not in kind_of_answer]
        if kind_of_answer and rest and _held_together(rest, visible):
            shape = shape | kind_of_answer
            content = [t for t in content if t not in kind_of_answer]
        # "Who is Bob at the start?": where in the story to look, which the text that answers seldom says.
        placing = frozenset(t for at in _AT_THE_START.finditer(question.lower()) for t in query_tokens(at.group()))
        telling = [t for t in content if t not in title_terms and t not in shape and t not in placing] or content
        # A refusal for a question the visible text hardly speaks of ("is the night porter a ghost?" after
        # asking about another film) must not read as "yes, that is this film's twist".
        unsure = _unfamiliar(telling, visible)

        if (
            analysis.reveal is not None
            and visible.hidden
            and scope.mode is ScopeMode.OFF
            and not _fate_told_openly(analysis, content, visible)
            and not (analysis.reveal is Reveal.FATE and _AT_THE_START.search(question.lower()))
        ):
            # "Who is Madeleine really?": the set-up names her, the twist answers; with spoilers off, the
            # honest reply is the refusal, not the set-up beside the point.
            return _withheld(base, film, scope, unsure=unsure)

        if (
            scope.mode is not ScopeMode.ON
            and visible.hidden
            and makes_a_claim(question)
            # (Decided from the visible text alone, as the refusal's wording must be: a claimed word only the hidden
            # text holds, "is Teddy a policeman?", is refused as one no text holds, "is Teddy a dentist?".)
            and unsaid_claims(question, visible, visible, people_terms(film) - title_terms)
        ):
            # "So the narrator is Tyler?", "is Norman his mother?": a claim of who someone is that no visible sentence
            # tells was answered with the set-up that introduces them, beside the point. Whether it is so is not
            # said, either way.
            return _withheld(base, film, scope, unsure=True)

        if (
            not (analysis.overview or analysis.setting or visible.hidden)
            and (played := _actor_for_a_part(question, film, visible)) is not None
        ):
            actor, part = played
            if part is None:
                # "does janet leigh die in psycho?": the story never names its actors, and the cast list does not
                # say who plays whom; the cast list itself would answer beside the point. (With text hidden, the
                # question stays what it was: a refusal where the story may tell it.)
                return base.model_copy(update={"answer": _PART_UNSAID.format(title=film.title, actor=actor)})
            # "Cast: Janet Leigh as Marion Crane": the question is asked of the part.
            of_the_part = re.sub(re.escape(actor), part, question, flags=re.I)
            terms = [t for t in query_tokens(of_the_part) if t not in chatter_terms()]
            answer = self._answer(of_the_part, index, terms, mention, scope, title_film)
            return answer.model_copy(update={"question": question, "read_as": of_the_part})

        if scope.mode is not ScopeMode.ON and visible.hidden and _names_only_hidden(telling, index, visible):
            # "What does Kelvin do with the first Hari?" with spoilers off: Hari is named only where the reader may
            # not look, so what is asked of her is there too (it was answered with the premise on Kelvin). The
            # refusal never says "that would spoil": that would confirm the name is in the hidden part.
            return _withheld(base, film, scope, unsure=True)

        if analysis.who_is and scope.mode is not ScopeMode.ON and _defined_only_in_hidden(telling, index, visible):
            # "What is Rosebud?" with spoilers off: the premise names it ("his last word is Rosebud") and only the
            # hidden text says what it is. Quoting the naming sentence would answer beside the point.
            return _withheld(base, film, scope, unsure=unsure)

        modifiers = _modifiers(question)
        # (The question's words are read as the text says them: "talks" as "speaks".)
        modifiers |= {synonym(t, visible) for t in modifiers}
        # ("where does it really take place?": the place the twist shows; "take place" is only how it is asked.)
        placing_words = SETTING_TERMS if analysis.kind is Kind.WHERE else frozenset()
        if analysis.reveal is Reveal.TWIST and not [
            # ("is the twist good? what is it": no summary judges its twist; it can tell it.)
            t
            for t in telling
            if t not in _TWIST_TERMS | modifiers | _ASKING_FOR | VIEWING_TERMS | OPINION_TERMS | placing_words
        ]:
            excerpt = twist_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)

        if analysis.kind is Kind.WHO and _CULPRIT.search(question.lower()):
            # "Who is the killer?", "who's the villain?": the set-up speaks of "a killer"; who it is, only the spoiler
            # text the asker may see says. With it hidden the question asks after it ("the bad guy" is no "Guy
            # Pearce" of the cast list).
            excerpt = culprit_excerpt(visible.passages, people_terms(film))
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            if visible.hidden:
                return _withheld(base, film, scope, unsure=unsure)

        if (
            analysis.kind is Kind.WHAT
            and _OCCUPATION.search(_without_its_title(question, film))
            and not analysis.facts
            and set(telling) <= people_terms(film) | _OCCUPATION_TERMS | _placed_by_an_event(question)
        ):
            # "What did Leonard do for a living?", "what's the main guy's job?": the sentence that says what the
            # person is ("Leonard Shelby used to be an insurance claims investigator"), or for the lead, the
            # premise's opening, which introduces them. Only when nothing else is asked ("what job does he take
            # at the mill?" asks about a moment of the story).
            people = [t for t in telling if t in people_terms(film)]
            excerpt = _introduction(people, visible) if people else None
            if excerpt is None and not people and _THE_LEAD.search(question.lower()):
                excerpt = overview_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            if not people and _THIRD_PERSON.search(question):
                # "what does she do for a living?": whoever she is, no passage found by "living" says it ("lives in
                # the old house"); the one asked about last is read in by `ask` (`_of_the_one_asked_about`).
                return _withheld(base, film, scope, unsure=True)

        if (
            analysis.kind in (Kind.WHO, Kind.WHAT)
            and analysis.reveal is None
            and _THE_LEAD.search(question.lower())
            and set(telling) <= _LEAD_TERMS | placing | (_PLIGHT_TERMS if analysis.kind is Kind.WHAT else set())
        ):
            # "who's the protagonist of Psycho at the start?", "who is the main character?": the summary opens by
            # introducing its lead; "what is the main character's problem?", "what does the protagonist want?": its
            # set-up is what is asked.
            excerpt = overview_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)

        if analysis.reveal is None and (asked := role_asked(question)) is not None:
            # "Who is the boy?", "who are the two detectives?": where the text first gives that role a name.
            role, plural = asked
            if set(telling) <= set(role) | shape | COUNT_TERMS | {synonym(t, visible) for t in role}:
                excerpt = _named_by_role(role, plural, visible, people_terms(film))
                if (
                    excerpt is None
                    and len(role) > 1
                    and set(role[:-1]) <= _AGE_AND_SIZE
                    and not any(t in visible for t in role[:-1])
                ):
                    # "Who's the little boy?": the text calls him "a nervous, solemn boy of about nine", and never
                    # "little" ("the young detective" stays for the general search: the text says who is young).
                    excerpt = _named_by_role(role[-1:], plural, visible, people_terms(film))
                if excerpt is not None:
                    return _with_excerpt(base, excerpt, [], cite)
                if (
                    visible.hidden
                    and scope.mode is not ScopeMode.ON
                    and asks_a_name(question)
                    and not _a_name_beside([*role, *(synonym(t, visible) for t in role)], visible)
                ):
                    # "What is the wife's name in Rashomon?": the visible text never names her ("leading his wife on
                    # a horse" was the answer, beside the point); her name is in the hidden part, or nowhere.
                    return _withheld(base, film, scope, unsure=True)

        if analysis.setting:
            excerpt = setting_excerpt(visible.passages, when=bool(_ASKS_WHEN.search(question.lower())))
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)

        if analysis.overview or not content:
            excerpt = overview_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            return _nothing_shown(base, film, scope, visible)

        if shape and not [t for t in telling if t not in shape]:
            # "How old is he?" with "he" read as no one: only the kind of answer is left to search for, and "an old
            # college acquaintance" would answer beside the point.
            return _nothing_shown(base, film, scope, visible, unsure=True)
        cover = _coverage_terms(telling, visible)
        if not cover and not _IT.search(question) and (formed := as_the_text_says(telling, visible)) != telling:
            # "What did Kane build?" against "the chain of newspapers he built": no word as typed is visible, one in
            # another form is (irregular forms the stemmer keeps apart). Only then: for every question the text's
            # forms cost NarrativeQA answers (`as_the_text_says`). (Not "what does it mean?" after "what's Rosebud?":
            # "it" is the thing asked about before, which the question is read with when this one has no answer.)
            read = dict(zip(telling, formed, strict=True))
            content = [read.get(t, t) for t in content]
            telling = formed
            cover = _coverage_terms(telling, visible)
        if not cover:
            # No question word that counts occurs in anything the asker may see.
            return _nothing_shown(base, film, scope, visible, unsure=unsure)
        if analysis.who_is and placing:
            # "Who is Cole at the beginning?": who someone is, told where the text introduces them; "begins" in
            # another sentence says nothing of them.
            content = [t for t in content if t not in placing] or content
        if analysis.reveal is Reveal.FATE and not visible.hidden:
            # "How did the detective die?": the passage telling a death calls him by name ("Arbogast … falls down
            # the stairs"), not by the role the set-up gave him. Only for a reader who sees the whole story (with
            # spoilers off a fate was withheld above; under a progress limit it is answered as before).
            for role_term, names in _role_names(telling, visible, people_terms(film)).items():
                # The one word the story goes on calling them by ("Arbogast", not the "Milton" of the set-up).
                called = max(sorted(names), key=lambda t: sum(t in document_tokens(p.text) for p in visible.passages))
                # ("The private investigator": the word before the role is part of it, and names no one else.)
                at = content.index(role_term) if role_term in content else -1
                of_the_role = {content[at - 1]} - people_terms(film) if at > 0 else set()
                content = [called if t == role_term else t for t in content if t not in of_the_role]
                cover = [called if t == role_term else t for t in cover if t not in of_the_role]
        hits = visible.search(content, k=CANDIDATES, cover=cover)
        if not analysis.facts:
            # "How long is the chase in Se7en?", "how do the apes run their society?": the facts' own wording ("it
            # runs 2 hours 7 minutes long") answers no question about the story.
            hits = [
                hit
                for hit in hits
                if hit.passage.section_kind is not SectionKind.FACTS or hit.matched - _RUNTIME_WORDING
            ]
        if analysis.reveal is not None and scope.mode is ScopeMode.UPTO and visible.hidden:
            # Under a progress limit a twist is answered only from the spoiler text the limit shows.
            hits = [hit for hit in hits if hit.passage.spoiler]
        if analysis.reveal is Reveal.FATE:
            # "Does Marion survive?", "does she make it out alive?": the fate words ask for a fate, which the
            # text tells in its own ("stabs her to death"); whether the excerpt tells one is checked below.
            cover = [t for t in cover if t not in FATE_TERMS and t not in _ALIVE_TERMS] or cover
        if scope.mode is not ScopeMode.ON and visible.hidden and _after_an_unseen_event(question, visible, film):
            # "What happens after John Doe turns himself in?" up to 1:10: the question starts from an event nothing
            # the asker may see tells ("surrenders" lies past the limit); what follows it lies past it too, not in the
            # set-up that names John Doe.
            return _withheld(base, film, scope, unsure=unsure)
        if scope.mode is ScopeMode.UPTO and visible.hidden and _unseen_share(cover, visible) >= UNSEEN_PAST_LIMIT:
            # Under a progress limit, a question half of whose words nothing before the limit holds ("Arbogast on
            # the stairs", "the figure that attacks him") is most likely about what lies past it: withheld with the
            # limit's wording, not answered from the set-up. One word in three or four may be the text's synonym
            # ("hit" for "struck").
            return _withheld(base, film, scope, unsure=unsure)
        if analysis.yes_no and _SET_IN.search(question):
            # "Is Chinatown set in LA?": the place is what is checked; "set" is no word a summary tells it in.
            cover = [t for t in cover if t not in SETTING_TERMS] or cover
        if not _answers(hits, cover, visible, strict=analysis.yes_no, who=analysis.kind is Kind.WHO):
            # Nothing the asker may see answers this; whether anything hidden would is never looked at.
            return _nothing_shown(base, film, scope, visible, unsure=unsure)
        if analysis.kind is Kind.WHO and visible.hidden and _someone_unseen(cover, visible):
            # "Who is the woman on the station?": the visible text has no woman (nor anyone called so in other
            # words) to name; a sentence about the station is no answer to whom the asker means.
            return _nothing_shown(base, film, scope, visible, unsure=True)
        if (
            analysis.kind is Kind.WHY
            and scope.mode is not ScopeMode.ON
            and visible.hidden
            and _situation_unseen(
                _without_phrasal_up(question, cover), visible, (people_terms(film) - named_things(film)) | title_terms
            )
        ):
            # "Why is Malcolm's wife so cold to him?": the visible text names Malcolm and his wife, never anything
            # like "cold"; the sentence introducing them is no reason, and the reason may be what is hidden. Whether
            # anything hidden tells it is not said: the question may ask what no summary holds ("so jealous").
            return _nothing_shown(base, film, scope, visible, unsure=True)
        neighbours = {p.ordinal: p for p in visible.passages}
        choice = choose(hits, content, analysis, word_weights(visible), neighbours)
        if choice is None:  # unreachable while every hit holds a query term; kept for safety
            return _nothing_shown(base, film, scope, visible)
        if (
            analysis.yes_no
            and analysis.kind is not Kind.WHO
            and analysis.reveal is None
            and scope.mode is not ScopeMode.ON
            and visible.hidden
            and not _says_of(choice.excerpt.text, cover, people_terms(film))
        ):
            # "Is Teddy a cop?" beside "Teddy, a cheerful man who says he is a friend" ("police" is elsewhere in
            # the premise): an excerpt about someone that says nothing of what is asked of them answers beside the
            # point, and with something hidden that may be where it is said. ("Did Kane win the governor race?"
            # beside "a failed run for governor" says it in other words.) Fates and twists have their own checks;
            # "who …?" names whoever the excerpt tells of.
            return _withheld(base, film, scope, unsure=unsure)
        if (
            # "How does Arbogast die?" up to 1:15: the text before the limit introduces him, and tells no death.
            analysis.reveal in (Reveal.IDENTITY, Reveal.TWIST, Reveal.FATE)
            and scope.mode is ScopeMode.UPTO
            and visible.hidden
            and (
                not states_reveal(choice.excerpt.text, analysis.reveal, question)
                or (
                    # "How does Angier die?" up to 45%: the text before the limit tells his wife's death.
                    analysis.reveal is Reveal.FATE
                    and set(terms) & (FATE_TERMS | _ALIVE_TERMS)
                    and (people := [t for t in telling if t in people_terms(film)])
                    and not tells_fate_of(choice.excerpt.text, people)
                )
            )
        ):
            # "Who is the killer?" up to 40%: the spoiler text before the limit speaks of "a killer", but says
            # nothing of who it is; the reveal is past the limit.
            return _withheld(base, film, scope, unsure=unsure)
        if not analysis.yes_no and _runs_into_hidden(choice.excerpt, content, film, neighbours):
            return _withheld(base, film, scope, unsure=unsure)
        excerpt = _past_the_colon(choice.excerpt, content, neighbours, visible)
        if excerpt is None:
            return _withheld(base, film, scope, unsure=unsure)
        return _with_excerpt(base, excerpt, choice.order, cite)

    @staticmethod
    def _facts(
        base: Answer, film: Film, visible: VisibleIndex, content: list[str], facts: tuple[Fact, ...], cite: _Citation
    ) -> Answer:
        """One fact, or several asked at once ("who directed it and when did it come out?")."""
        asked = set().union(*(fact_terms(f) for f in facts))
        role = [t for t in content if t not in asked]
        excerpts = [e for f in facts if (e := fact_excerpt(film, visible.passages, f, role)) is not None]
        if not excerpts:
            return _silent(base, film)
        if len(excerpts) == 1:
            return _with_excerpt(base, excerpts[0], [], cite)
        first = excerpts[0]
        text = " ".join(dict.fromkeys(e.text if e.text.endswith((".", "!", "?")) else e.text + "." for e in excerpts))
        return _with_excerpt(base, Excerpt(text, first.passage, first.section), [], cite)


# Where a typed question splits into clauses: "who directed it, same guy as The Prestige?", "about? no spoilers".
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;?!]+|\s[-–—]+\s|:)\s*")
_UNMARKED_CLAUSE_BREAK = re.compile(r"\s+(?=(?:who|who's|whos|what|what's|whats|where|when|why|how|which)\b)", re.I)


def _modifiers(question: str) -> frozenset[str]:
    """The terms of words that only qualify the twist asked for ("what's the shocking twist?")."""
    return frozenset(t for match in _TWIST_MODIFIERS.finditer(question) for t in query_tokens(match.group(1))) | (
        hearsay_terms(question)
    )


def _plain_clause(question: str, without_title: Callable[[list[str]], list[str]]) -> str | None:
    """The clause of a question of several that asks a fact, the premise, the setting or the twist and nothing
    else."""
    clauses = [c for c in _CLAUSE_BREAK.split(question) if re.search(r"\w", c)]
    if len(clauses) < 2:
        # Typed without punctuation ("the prestige is it rated for kids who's in it"): a question word starts the
        # next clause.
        clauses = [c for c in _UNMARKED_CLAUSE_BREAK.split(question) if re.search(r"\w", c)]
    if len(clauses) < 2:
        return _asking_opening(question, without_title)
    chatter = chatter_terms()
    for n, clause in enumerate(clauses):
        asked = analyze(clause, without_title([t for t in query_tokens(clause) if t not in chatter]))
        # ("Sixth Sense twist please, the meeting's started": the twist, asked with nothing else, is a clause too.)
        if not (asked.facts or asked.overview or asked.setting or asked.reveal is Reveal.TWIST):
            continue
        # "Who dies in the shower, and who directed it?" asks two things: answering one would hide the other. ("Is
        # the twist good? what is it": "what is it" asks nothing of its own.)
        # ("Who is the composer no sorry who is the director of Vertigo": a clause taken back asks nothing.)
        others = [c for i, c in enumerate(clauses) if i != n and not (i < n and _TAKEN_BACK.search(c))]
        asking = [c for c in others if WH_WORD.search(c.lower()) and [t for t in query_tokens(c) if t not in chatter]]
        return None if asking else clause
    return None


# The words that take back what was just typed: "who is the composer no sorry …", "… wait i mean".
_TAKEN_BACK = re.compile(r"\b(?:no sorry|sorry|no wait|wait no|i mean|i meant|scratch that|or rather)\W*$", re.I)
# What the asker goes on to say of themselves or of another film, typed on without a mark: "whats citizen kane
# about i have to watch it for my course", "is this one by Tarkovsky too like Solaris".
_ASIDE_AFTER = re.compile(
    r"^(?:i|i'm|im|me|my|we|our|heard|told|too|same|even|just|because|cause|since|for my|the [\w'’ ]{1,30} guy)\b",
    re.I,
)
# The fewest words an opening must have to be read as the question ("who wrote it").
_OPENING_WORDS = 3


def _asking_opening(question: str, without_title: Callable[[list[str]], list[str]]) -> str | None:
    """Typed as one run with no mark: the longest opening that asks a fact, the premise or the setting when what
    follows asks nothing and opens on the asker, a comparison or someone else ("… i have to watch it for my
    course", "… too like Solaris", "… the Twilight Zone guy"). Not "who is in the fruit cellar like i mean": what
    follows "who is in" there is what is asked."""
    words = question.split()
    chatter = chatter_terms()
    for end in range(len(words) - 1, _OPENING_WORDS - 1, -1):
        head, rest = " ".join(words[:end]), " ".join(words[end:])
        if WH_WORD.search(rest.lower()) or not _ASIDE_AFTER.match(rest):
            continue
        asked = analyze(head, without_title([t for t in query_tokens(head) if t not in chatter]))
        if asked.facts or asked.overview or asked.setting:
            return head
    return None


# Words that only steer a conversation to a film ("ok now Psycho", "let's do Stalker instead", "I meant Kane").
_STEERING = frozenset(
    query_tokens(
        "ok okay k kk alright now so then next instead switch switching talk lets let us do try go going move moving "
        "back onto "
        "meant mean rather actually please pls what how about and film movie one other different"
    )
)


# A follow-up that asks only how, why or whose, of what was just asked ("why?", "how so?", "whose were they?").
_BARE_FOLLOW_UP = re.compile(r"^\W*(?:(?:and|so|but|ok|okay|wait)\W+)?(?:why|how|whose|how come)\b", re.I)
_SAYS_NOTHING = frozenset(query_tokens("so then again exactly come"))
_BARE_WORDS = 3


# Where the asker is in a film they are watching ("paused right at the hour", "halfway through").
_WATCHING = frozenset(
    query_tokens("paused pause pausing stopped hour hours minute minutes min mins halfway through mark right just")
)


# Where a lead-in clause ends: a comma, colon, semicolon, a sentence's end or a dash between words.
# Typed without punctuation, the question word starts the question ("switching to Psycho who wrote it").
_CLAUSE_END = re.compile(r"[,:;.!?]+\s+|\s+[-–—]+\s+|\s+(?=(?:who|whos|what|whats|where|when|why|how)\b)", re.I)


def _past_the_lead_in(question: str, title_words: list[str]) -> str | None:
    """ "Switching to Psycho, who wrote it?", "different film - Rashomon. who's in it?": the question after a
    lead-in clause that names the film. The lead-in's other words ("switching", "back", "instead") only steer the
    conversation; read as part of the question they make a plain fact look like a plot question the text lacks."""
    title = " ".join(title_words)
    start = 0
    for end in _CLAUSE_END.finditer(question):
        clause = match_key(question[start : end.start()])
        rest = question[end.end() :]
        if f" {title} " in f" {clause} " and QUESTION_WORD.search(rest.lower()):
            # Only a clause of steering words: "psycho cast? and who is the director" asks in both.
            # So is one that says the asker has seen or is watching it ("Rewatched Vertigo last night, who is
            # Midge?", "Rewatching Psycho, paused right at the hour. how is Marion killed?").
            lead = _STEERING | VIEWING_TERMS | _WATCHING
            if not set(query_tokens(clause)) - set(query_tokens(title)) <= lead:
                return None
            while (more := _CLAUSE_END.search(rest)) is not None and more.start() > 0:
                after = rest[more.end() :]
                if not (set(query_tokens(rest[: more.start()])) <= lead and QUESTION_WORD.search(after.lower())):
                    break
                rest = after
            return rest
        start = end.end()
    return None


def _turned_off_for(film_id: str, visibility: Visibility) -> bool:
    """Whether spoilers are off for this film by a choice naming it, while on (or up to a point) for the rest."""
    own = visibility.films.get(film_id)
    return own is not None and own.mode is ScopeMode.OFF and visibility.default.mode is not ScopeMode.OFF


def _asked_of_the_chosen(before: str) -> str:
    """What the question before asked, now that the film is chosen: its fact, summary, setting or ending alone
    ("that hitchcock movie, who's in it" → "who's in it"; "tarkovsky sci fi film runtime?" → "runtime"), else the
    question without the words pointing at a film."""
    earlier = _POINTING_AT_A_FILM.sub(" ", plain_question(before))
    if set(re.findall(r"[a-z]+", earlier.lower())) <= _WHICH_ONE:
        # "which one's the tarkovsky movie?": which film it is was all that was asked; now it is known, what it is
        # about is what helps.
        return "what is it about?"
    if asks_for_films(before):
        # "what films do you have from the 60s?" → "the first one": the films were listed, nothing asked of them.
        return "what is it about?"
    if OPINION.search(earlier.lower()) or _COMPARING.search(earlier.lower()):
        # "which is scarier, psycho or se7en?" → "the one with the motel": no summary judges its film; what it is
        # about is what helps someone choosing.
        return "what is it about?"
    kept = " ".join(
        word for word in re.findall(r"[\w'’]+", earlier) if is_stopword(word) or set(query_tokens(word)) & _ASKING
    )
    asked = analyze(kept, query_tokens(kept))
    return kept if asked.facts or asked.overview or asked.setting or asked.ending else earlier


# A judgement asked between films, beyond the opinion words asked of one (`OPINION`): "scarier", "better",
# "should i watch".
_COMPARING = re.compile(
    r"\b(?:better|worse|best|worst|scarier|sadder|funnier|darker|creepier|prefer)\b"
    r"|\bshould i (?:watch|see)\b|\bwhich (?:one )?(?:is|was) more\b"
)
# The words that ask a fact, a summary, the setting or the ending of whatever film is meant.
_ASKING = FACT_TERMS | OVERVIEW_TERMS | SETTING_TERMS | ENDING_TERMS


# "What happened to Malcolm at the start?": a fate the opening tells, which the set-up answers.
_AT_THE_START = re.compile(
    r"\b(?:at|in) the (?:very )?(?:start|beginning|opening)(?: scenes?| minutes?| shots?)?\b"
    r"|\bat first\b|\bearly (?:on|in)\b|\bin the first (?:scene|minutes?)\b|\bopening scene\b"
    # "how did Scottie end up with vertigo in the first place?": how it began; "what's Somerset's situation when we
    # meet him?": where the story introduces him
    r"|\bin the first place\b|\bwhen (?:we|you) (?:first )?meet (?:him|her|them)\b"
)


def _names_only_hidden(telling: list[str], index: FilmIndex, visible: VisibleIndex) -> bool:
    """Whether the question names someone (or somewhere) of the film that only text this reader may not see names."""
    people = people_terms(index.film)
    return any(t in people and t not in visible and len(t) > 2 for t in telling)


def _defined_only_in_hidden(names: list[str], index: FilmIndex, visible: VisibleIndex) -> bool:
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


# What is left of "which one's the tarkovsky movie?" once the film it points at is set aside: only which it is.
_WHICH_ONE = frozenset(["which", "what", "whats", "is", "s", "was", "one", "ones", "it", "the", "that", "this"])
# "the hitchcock movie", "that nolan film", "the tarkovsky one": a film named by a word about it.
_POINTING_AT_A_FILM = re.compile(r"\b(?:the|that|this) [\w'’-]+ (?:movie|film|one|flick)\b", re.I)
_MEANING_TERMS = frozenset(query_tokens("mean means meaning meant stand stands"))
# "Dodge is killed", "Tracy was taken": what happens to someone, not what they are.
_PASSIVE = re.compile(
    r"\b(?:is|was|are|were|has been|had been|have been)(?: \w+ly)? "
    r"(\w+ed|shot|hit|taken|left|seen|found|caught|beaten|bitten)\b"
)


def _fate_told_openly(analysis: Analysis, content: list[str], visible: VisibleIndex) -> bool:
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


def _ending_words_used_earlier(question: str, visible: VisibleIndex, late: list[Passage]) -> bool:
    """ "What was his last word?" in Citizen Kane, whose premise opens on his last word: when a passage before the
    end uses the question's "last …" or "final …" as the question does, that is what is asked, not the ending."""
    late_ids = {id(p) for p in late}
    earlier = [p.text for p in visible.passages if id(p) not in late_ids]
    for found in _ENDING_PHRASE.finditer(question.lower()):
        said = re.compile(rf"\b{found.group(1)}\s+{re.escape(found.group(2).removesuffix('s'))}s?\b", re.I)
        if any(said.search(text) for text in earlier):
            return True
    return False


def _told_before_the_end(
    focus: list[str], late: list[Passage], visible: VisibleIndex, also: Mapping[str, frozenset[str]]
) -> bool:
    """ "What does the woodcutter admit at the end?" where no closing passage holds what is asked but an earlier
    one does ("the woodcutter admits he saw everything"): "at the end" is loose, and the general search answers
    it (still preferring sentences that close). Only when the end is visible: a hidden end is withheld. `also`:
    per focus term, the name the text gives that role ("the boy" is Cole in the closing passages)."""
    wanted = set(focus)

    def holds(text: str) -> bool:
        said = set(document_tokens(text))
        return all(t in said or also.get(t, frozenset()) & said for t in wanted)

    if not wanted or not late or any(holds(p.text) for p in late):
        return False
    return any(wanted <= hit.matched for hit in visible.search(list(wanted), k=CANDIDATES))


# "whose are they?", "whose is it?", "who do they belong to?": whose the thing just quoted is.
_WHOSE_IS_IT = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|wait)\W+)*(?:whose (?:are|were|is|was) (?:they|those|these|it|that|this)"
    r"|who (?:do|did|does) (?:they|those|it|that) belong to)\b",
    re.I,
)
_OWNED = re.compile(r"\b(?:belong\w*|owns?|owned|owner)\b")
# A person spoken of as "he" or "she", whom a follow-up names no other way.
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|it)\b", re.I)
# "What is Rosebud?", "what's the Zone?": a thing asked what it is, which a next "it" may stand for.
_WHAT_IS = re.compile(r"^\W*(?:(?:and|so|ok|okay)\W+)?what(?:['’]?s|\s+is|\s+was|\s+does)\b", re.I)
_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}


@dataclass(frozen=True, slots=True)
class _ReadAs:
    """A follow-up read with the person it speaks of as "he" or "she" named (`name`, as typed before)."""

    question: str
    name: list[str]


def _names(text: str, name: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(word)}\b", text, re.I) for word in name)


def _spoken_of_as(name: list[str], film: Film) -> str | None:
    """ "he" or "she" for someone named `name`: as the text calls them ("his wife Madeleine", "The wife, Masako",
    "Marla Singer, a chain-smoking woman"), else as it speaks of them most often, or None when neither leads: the
    first "he", "his", "she" or "her" after the name, in its sentence or opening the next, with no other name
    between (in "Arbogast is hired to find Marion; she …", "she" is Marion)."""
    if (called := _called_as(name, film)) is not None:
        return called
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in name) + r"\b", re.I)
    counts = {"he": 0, "she": 0}
    for passage in film.passages:
        sentences = split_sentences(passage.text)
        for i, sentence in enumerate(sentences):
            for found in pattern.finditer(sentence):
                after = sentence[found.end() :] + " " + (sentences[i + 1] if i + 1 < len(sentences) else "")
                first = re.search(rf"(?i:\b(?:he|him|his|she|her)\b)|{NAME_IN_A_SENTENCE.pattern}", after)
                if first is not None and first.group(0).lower() in _GENDER:
                    counts[_GENDER[first.group(0).lower()]] += 1
    if counts["he"] == counts["she"]:
        return None
    return "he" if counts["he"] > counts["she"] else "she"


# Words for a woman or a man, which the text may call someone by ("his wife Madeleine").
_WOMAN_WORDS = "wife mother sister daughter girl woman girlfriend mrs lady actress widow nun niece aunt mom mum bride"
_MAN_WORDS = "husband father brother son boy man boyfriend mr gentleman actor widower priest nephew uncle dad groom"
_CALLED = {word: "she" for word in _WOMAN_WORDS.split()} | {word: "he" for word in _MAN_WORDS.split()}
_CALLED_WORDS = "|".join(sorted(_CALLED, key=len, reverse=True))


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
    counts = {"he": 0, "she": 0}
    for passage in film.passages:
        for pattern in patterns:
            for found in pattern.finditer(passage.text):
                counts[_CALLED[found["word"].lower()]] += 1
    if counts["he"] == counts["she"]:
        return None
    return "he" if counts["he"] > counts["she"] else "she"


# "And Arbogast?", "what about Lila", "how about mills": a person, and nothing asked.
_AND_SOMEONE = re.compile(
    r"^\W*(?:and|what about|how about|same for|same with)\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[?!.]*\s*$", re.I
)


# "What does he do for a living?", "what's Scottie's job?", "what did Leonard work as?".
_OCCUPATION = re.compile(
    r"\bfor (?:a )?living\b|\b(?:job|occupation|profession|line of work)\b|\bwork(?:s|ed)? as\b|\bdo for work\b"
    r"|\bwhat(?:'s| is| was) (?:his|her|their|[a-z]+'s) work\W*$"
    r"|\bwhat (?:does|did) (?:the )?[a-z']+(?: [a-z']+)? do\W*$"
    # "where does she work?": where someone works is what introduces them ("a real-estate secretary in Phoenix")
    r"|\bwhere (?:does|did|do) [a-z']+ work\W*$"
)
# "what was his job before the attack?": when, told by an event of the story; it asks nothing more.
_BY_AN_EVENT = re.compile(r"\b(?:before|after) (?:the|his|her|their) [a-z]+\b")


def _placed_by_an_event(question: str) -> frozenset[str]:
    return frozenset(t for m in _BY_AN_EVENT.finditer(question.lower()) for t in query_tokens(m.group()))


_THE_LEAD = re.compile(r"\bmain (?:guy|man|woman|girl|character|dude)\b|\bprotagonist\b|\bthe lead\b|\bthe hero\b")
_LEAD_TERMS = frozenset(query_tokens("main guy man woman girl character dude protagonist lead hero"))
_OCCUPATION_TERMS = _LEAD_TERMS | frozenset(
    query_tokens("do does did living job occupation profession line work works worked as before originally")
)
# What the set-up says of its lead: their plight and what they are after.
_PLIGHT_TERMS = frozenset(
    query_tokens("problem problems issue issues condition trouble situation deal goal goals want wants need needs")
)


def _introduction(people: list[str], visible: VisibleIndex) -> Excerpt | None:
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


def _named_by_role(role: list[str], plural: bool, visible: VisibleIndex, people: frozenset[str]) -> Excerpt | None:
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


def _in_words(term: str, visible: VisibleIndex) -> str:
    """The term of a small count in digits as the word the visible text uses ("2" → "two"), else the term."""
    worded = _NUMBER_WORDS.get(term)
    return worded if worded is not None and worded in visible else term


# Words said of someone right before their name that are no role: "what happened to the real Madeleine?" asks of
# Madeleine, not of whoever "real" would name ("the real Madeleine Elster").
_DESCRIBING = frozenset(query_tokens("real true actual young old little poor late dear other new first second same"))


def _role_names(terms: list[str], visible: VisibleIndex, people: frozenset[str]) -> dict[str, frozenset[str]]:
    """Per term of `terms` that names someone by role, the terms of the one name the visible text gives them
    ("daughter" → "Marta" in "his wife and daughter, Marta"); a role the text gives several names, or none, is
    left out."""
    named: dict[str, frozenset[str]] = {}
    for term in terms:
        if term in people or term in _DESCRIBING:
            continue
        forms = [frozenset((term, *synonyms(term)))]
        names = [
            name
            for passage in visible.passages
            if passage.section_kind is not SectionKind.FACTS and term in document_tokens(passage.text)
            for sentence in split_sentences(passage.text)
            for name in named_by_role(sentence, forms, people)
            if role_next_to(sentence, name, forms[0])
        ]
        # "Cole Sear" and "Cole" are one person; the story calls him by either word.
        if len({name.split()[-1] for name in names}) == 1:
            named[term] = frozenset(t for name in names for t in query_tokens(name))
    return named


def _says_of(excerpt: str, cover: list[str], people: frozenset[str]) -> bool:
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


def _held_together(terms: list[str], visible: VisibleIndex) -> bool:
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


def _answer_kind(question: str) -> frozenset[str]:
    if someone := _SOMEONE_ASKED.search(question):
        return frozenset(query_tokens(someone.group(1) or someone.group(2)))
    found = _ANSWER_KIND.match(question)
    if found is None or is_stopword(found.group(1)):
        return frozenset()
    return frozenset(query_tokens(found.group(1)))


# "and the husband?", "what about the woodcutter": someone named by their part in the story.
_A_ROLE = re.compile(r"(?:the|that|this)\s+([a-z]+)")


def _asked_of_another_role(role: str, context_question: str, film: Film) -> str | None:
    """ "And the husband?" after "what does the wife say?": the last question asked of the other part, when both are
    parts the film's text names so ("the wife", "the husband"); None otherwise."""
    parts = {m[1].lower() for p in film.passages for m in re.finditer(r"\b[Tt]he ([a-z]+)\b", p.text)}
    before = next((m for m in re.finditer(r"\bthe ([a-z]+)\b", context_question, re.I) if m[1].lower() in parts), None)
    if role not in parts or before is None or before[1].lower() == role:
        return None
    return f"{context_question[: before.start()]}the {role}{context_question[before.end() :]}"


def _asks_what_it_is_about(question: str, title: set[str]) -> bool:
    """ "Tell me the plot of Fight Club", "what is Psycho about?": once the title's words are set aside, only the
    premise is asked for."""
    told = [t for t in query_tokens(question) if t not in title]
    return analyze(question, told).overview or not [t for t in told if t not in chatter_terms()]


def _runs(text: str, people: frozenset[str]) -> list[list[str]]:
    """Every run of name words in `text`, in order."""
    runs: list[list[str]] = [[]]
    for word in re.findall(r"[^\W\d_]+", text):
        if word.lower() in people:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
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


def _without_rank(run: list[str]) -> list[str]:
    """The run without the ranks and titles before the name, when a name is left."""
    start = next((i for i, word in enumerate(run) if word.lower() not in _RANKS), len(run))
    return run[start:] if start < len(run) else run


def _spoken_as(run: list[str], film: Film) -> str | None:
    """How the text speaks of the one a run names: by the whole run, else by its first or last word ("Detective
    Lieutenant William Somerset" as "Somerset")."""
    return _spoken_of_as(run, film) or (
        (_spoken_of_as(run[:1], film) or _spoken_of_as(run[-1:], film)) if len(run) > 1 else None
    )


def _first_run(question: str, people: frozenset[str]) -> list[str]:
    return next(iter(_runs(question, people)), [])


_ALIVE_TERMS = frozenset(query_tokens("alive live lives living make makes made survival"))


def _coverage_terms(telling: list[str], visible: VisibleIndex) -> list[str]:
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
    framed = [t for t in telling if t not in FRAMING_TERMS or t in visible]
    return framed if any(t in visible for t in framed) else []


def _answers(
    hits: list[Hit], cover: list[str], visible: VisibleIndex, *, strict: bool = False, who: bool = False
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
    present = [weight(t) for t in distinct if t in visible]
    if not present:
        return False
    weights = {t: weight(t) if t in visible else (weight(t) if strict else max(present)) for t in distinct}
    total = sum(weights.values())
    held = [sum(w for t, w in weights.items() if t in hit.matched) for hit in hits]
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


UNSEEN_PAST_LIMIT = 0.5


def _after_a_title_heading(question: str, mention: Mention | None) -> str:
    """The question after its film's title typed as a heading ("stalker does anyone go in the room?" → "does anyone
    go in the room?"): what kind of question it is (yes or no, who, …) is read from where it starts."""
    if mention is None or not mention.words:
        return question
    title = r"[\W_]+".join(re.escape(w) for w in mention.words)
    found = re.match(rf"^\W*(?:the\s+)?{title}(?:['’]s)?[\s,:;.!-]+(?={ASKING_WORD}\b)", question, re.I)
    return question[found.end() :] if found else question


# Words for someone by kind ("the woman", "the guy"), whom a "who" question asks after, and the words a summary
# may introduce such a one by ("his wife Madeleine", "a shy young man").
_A_MAN = frozenset(query_tokens("man men boy boys guy guys"))
_WOMEN_TOLD = A_WOMAN_TERMS | frozenset(
    query_tokens("wife mother daughter sister girlfriend fiancee widow actress secretary singer nurse nun")
)
_MEN_TOLD = _A_MAN | frozenset(
    query_tokens("husband father son brother boyfriend fiance widower actor commander detective salesman")
)


def _someone_unseen(cover: list[str], visible: VisibleIndex) -> bool:
    """Whether a "who" question asks after a woman or a man by that word ("who is the woman on the station?") where
    the visible text introduces no one so ("wife", "secretary"): only a hidden part can say whom it means."""
    asked = set(cover)
    return bool(
        (asked & A_WOMAN_TERMS and not any(t in visible for t in _WOMEN_TOLD))
        or (asked & _A_MAN and not any(t in visible for t in _MEN_TOLD))
    )


# "… with Brad Pitt", "… starring Anthony Perkins", "… by Hitchcock": who made the film, said beside its title.
_WITH_SOMEONE = re.compile(r"\b(?:with|starring|by|from)\s+(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2})", re.I)

_IT = re.compile(r"\bit\b", re.I)
# "When is it set?", "what year does it take place in?": the setting asked is a time.
_ASKS_WHEN = re.compile(r"\bwhen\b|\bwhat (?:year|decade|era|period|century|time)\b")


_AFTER_AN_EVENT = re.compile(r"\bafter (?P<event>[^?,.;:!]{3,80})")


def _after_an_unseen_event(question: str, visible: VisibleIndex, film: Film) -> bool:
    """Whether the question asks what follows an event ("what happens after Doe turns himself in?") told in a
    word (beside the people it names) that no visible text holds in any form or everyday synonym."""
    found = _AFTER_AN_EVENT.search(question.lower())
    if found is None:
        return False
    people = people_terms(film)
    title = {t for name in (film.title, *film.aliases) for t in query_tokens(name)}
    told = [t for t in query_tokens(found["event"]) if t not in people and t not in title and t not in chatter_terms()]
    said = as_the_text_says([synonym(t, visible) for t in told], visible)
    # (A word of the same root in another part of speech is no unseen event: "explodes" beside "an explosion".)
    return any(t not in visible and not _same_root_seen(t, visible) for t in said)


def _same_root_seen(term: str, visible: VisibleIndex) -> bool:
    return len(term) >= ROOT and any(other.startswith(term[:ROOT]) for other in visible.postings.terms)


# How many first letters two words share to count as one root ("explod", "explos").
ROOT = 5


def _a_name_beside(role: list[str], visible: VisibleIndex) -> bool:
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


def _without_phrasal_up(question: str, cover: list[str]) -> list[str]:
    """The terms without the verb of "end up" or "wind up" ("why does Marion end up at the motel?"): how someone came
    to be somewhere, which asks nothing the text must say in those words."""
    verbs = {t for m in _PHRASAL_UP.finditer(question.lower()) for t in query_tokens(m.group(1))}
    return [t for t in cover if t not in verbs]


_PHRASAL_UP = re.compile(r"\b(end|ends|ended|ending|wind|winds|wound)\s+up\b")


# How the facts (corpus/passages.py) tell the runtime, "it runs 2 hours 7 minutes long": words a story question uses
# too ("how long is the chase?"), where they ask nothing of the runtime.
_RUNTIME_WORDING = frozenset(query_tokens("runs hours minutes long"))


def _situation_unseen(cover: list[str], visible: VisibleIndex, people: set[str] | frozenset[str]) -> bool:
    """Whether the question's words beside the people it names (by name or as "his wife") are all words no visible
    text holds in any form or everyday synonym: it asks about a situation nothing the asker may see tells."""
    situation = [t for t in dict.fromkeys(cover) if t not in people and t not in _CALLED and t not in _LIGHT_VERBS]
    return bool(situation) and all(t not in visible for t in as_the_text_says(situation, visible))


# "Why does Malcolm go to see Cole?": verbs that only bring people together tell no situation of their own.
_LIGHT_VERBS = frozenset(query_tokens("see go come get meet visit"))


def _unseen_share(cover: list[str], visible: VisibleIndex) -> float:
    """The share of the question's words that count which no visible text holds in any form."""
    distinct = list(dict.fromkeys(cover))
    if not distinct:
        return 0.0
    return sum(1 for t in as_the_text_says(distinct, visible) if t not in visible) / len(distinct)


def _without_its_title(question: str, film: Film) -> str:
    """The question in lower case without "in <the film's title>" ending it: "what does leonard do in memento"."""
    text = question.lower()
    for name in (film.title, *film.aliases):
        words = r"\W+".join(re.escape(w) for w in re.findall(r"[^\W_]+", name.lower()))
        if words:
            text = re.sub(rf"\s+(?:in|from|of)\s+(?:the\s+)?{words}(?=\W*$)", "", text)
    return text


def _without_title(terms: list[str], mention: Mention | None, film: Film | None = None) -> list[str]:
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
        return _without_misspelt_title(terms, film)
    if not mention.strong:
        # "the Stalker's mentor" names a character, not the film: the word is part of the question.
        return terms
    named = set(query_tokens(" ".join(mention.words)))
    if film is not None:
        # "when did citzen kane come out?" is found by the alias "Kane": the misspelt rest of the title goes too.
        title = {t for name in (film.title, *film.aliases) for t in query_tokens(name)}
        named |= {t for t in terms if t not in title and _misspells(t, title)}
    return [t for t in terms if t not in named]


# A word after these is a noun of the story ("the stalker", "his vertigo"), not a title typed in lower case.
_DETERMINED = re.compile(r"\b(?:the|a|an|his|her|their|its|my|this|that)\W+$")


def _told_in_its_story(words: list[str], index: FilmIndex) -> bool:
    """Whether the film's own story (not its facts card, which repeats the title) uses any of these words."""
    named = set(query_tokens(" ".join(words)))
    return any(
        named & set(tokens)
        for passage, tokens in zip(index.film.passages, index.tokens, strict=True)
        if passage.section_kind is not SectionKind.FACTS
    )


def _without_misspelt_title(terms: list[str], film: Film) -> list[str]:
    """ "momento who is john g", found by "John G" or asked with the film option: the title typed wrong (even as an
    English word the film's text never uses) is no more a question word than the title."""
    title = {t for name in (film.title, *film.aliases) for t in query_tokens(name)}
    near = {t for t in terms if _misspells(t, title, english=True)}
    if near:
        near -= {t for passage in film.passages for t in document_tokens(passage.text)}
    return [t for t in terms if t not in near]


def _past_the_colon(
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


def _runs_into_hidden(excerpt: Excerpt, content: list[str], film: Film, neighbours: dict[int, Passage]) -> bool:
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
        return False  # an announcement: `_past_the_colon` reads whether the question asks after it
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


class _Citation:
    """How a shown passage is cited: its section and where it sits in the story.

    A spoiler section's heading is part of the spoiler ("The reveal: the doctor was a patient"), and under a
    progress limit it may tell of later events than the passage shown: it is named only to a reader with this
    film's spoilers on, or when a safe passage carries the same heading anyway. Otherwise the citation says
    what kind of section it is.
    """

    def __init__(self, index: FilmIndex, visible: VisibleIndex, scope: SpoilerScope) -> None:
        self._open = scope.mode is ScopeMode.ON
        self._safe_headings = {p.section for p in index.film.passages if not p.spoiler}
        self._where = {p.ordinal: where for p, where in zip(visible.passages, visible.placements, strict=True)}

    def section(self, passage: Passage) -> str:
        if self._open or not passage.spoiler or passage.section in self._safe_headings:
            return passage.section
        return f"Spoiler section ({passage.section_kind.value})"

    def position(self, passage: Passage) -> float:
        where = self._where.get(passage.ordinal)
        return where.start if where is not None else passage.position


def _with_excerpt(base: Answer, excerpt: Excerpt, hits: list[Hit], cite: _Citation) -> Answer:
    passages: list[tuple[Passage, float]] = []
    if excerpt.passage is not None:
        score = next((hit.score for hit in hits if hit.passage is excerpt.passage), 0.0)
        passages.append((excerpt.passage, score))
    for hit in hits:
        if len(passages) >= MAX_SHOWN:
            break
        if hit.passage is not excerpt.passage:
            passages.append((hit.passage, hit.score))
    shown = [
        ShownPassage(
            film_id=passage.film_id,
            section=cite.section(passage),
            text=passage.text,
            spoiler=passage.spoiler,
            position=cite.position(passage),
            score=score,
        )
        for passage, score in passages
    ]
    return base.model_copy(
        update={
            "answer": excerpt.text,
            "passages": shown,
            "cited_section": cite.section(excerpt.passage) if excerpt.passage is not None else excerpt.section,
            "cited_position": cite.position(excerpt.passage) if excerpt.passage is not None else 0.0,
            "contains_spoilers": any(p.spoiler for p in shown),
        }
    )


# "who else?", "anyone else in it?": more of what the last question listed.
_WHO_ELSE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:who|anyone|anybody|any1) else"
    r"(?: (?:is|was|s|'s|’s) in (?:it|this|that)| (?:stars|starred|plays|played|acts|acted)(?: in (?:it|this|that))?"
    r"| in (?:it|this|that|the cast))?\W*$",
    re.I,
)
# "just tell me", "tell me anyway, i don't care", "spoil me", "i will never watch it, tell me".
# "And then what?", "what happens next", "tell me more", "go on": the story after the passage quoted last.
_GO_ON = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|yeah|yes|cool|wow|right|then)\W+)*(?:"
    r"(?:and )?then what|then|what happens next|what happened next|what next|what'?s next|what comes next"
    r"|(?:and )?(?:what happens |what happened )?after that|go on|keep going|continue|tell me more|more|and then"
    r")\W*$",
    re.I,
)
# `what happens after "Scottie is left with acrophobia …"`: how a "next" is read, and remembered, from the last
# sentence the asker was shown.
_AFTER_QUOTE = re.compile(r'^\s*what happens after "(?P<quote>[^"]{8,})"\s*$', re.I)


def _last_sentence(text: str) -> str | None:
    """The last whole sentence of an excerpt (one cut short, "…", is left out), at most 80 characters of it."""
    sentences = [s for s in split_sentences(text) if not s.rstrip().endswith("…")]
    if not sentences:
        return None
    last = sentences[-1].replace('"', "")
    return last if len(last) <= 80 else last[:80].rsplit(" ", 1)[0]


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


_ASKED_ANYWAY = re.compile(
    r"^\W*(?:(?:ok|okay|come on|pls|please|just|so|but|ugh|fine|now|alright|right)\W+)*(?:just )?(?:tell|spoil) me"
    r"(?: anyway| already| pls| please| then| now)?\b"
    r"(?:[\W\w]{0,60}(?:watch|care|see|seen|spoil\w*)\b[\W\w]{0,20})?\W*$"
    r"|^\W*i (?:don'?t|do not) care(?: about)?(?: the)? spoilers?\W*(?:just )?(?:tell me\W*)?$"
    # "sorry, say that again?", "come again?": the last answer once more
    r"|^\W*(?:(?:sorry|pardon|what|huh|wait|ok|um+)\W+)*(?:(?:can|could|would) (?:you|u) )?(?:please |pls )?"
    r"(?:say|repeat|tell me) (?:that|it|this)(?: again)?(?: please| pls)?\W*$"
    r"|^\W*(?:come again|pardon(?: me)?|what was that(?: again)?)\W*$",
    re.I,
)


def _questions_in(question: str) -> list[str]:
    """The questions a message asks one after another, in order: "Why does he leave? Is he injured?", "who is the
    boy and how old is he?" (two parts each); one part for a single question."""
    parts = _NEXT_QUESTION.split(question.strip())
    return [part.strip(" ,;") for part in parts if len(part.split()) >= 2]


# Where a second question starts: after a question mark, at "and" before a question word, or (typed without
# punctuation) at a question word that does not follow a verb taking it as its object ("tell me what it is about").
_NEXT_QUESTION = re.compile(
    r"(?<=\?)\s+|,?\s+and\s+(?=(?:who|whom|whose|what|whats|when|where|why|how|which|is|are|was|were|does|did)\b)"
    # After a sentence that ends before the question ("I'm watching Psycho tonight. Who is Norman?"), not after a
    # title's abbreviation ("Dr. Malcolm Crowe").
    r"|(?<=[.!])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bvs\.)\s+(?=[A-Z])"
    r"|(?<![?,;.!])(?<!\btell me)(?<!\bknow)(?<!\bwonder)(?<!\bremind me)(?<!\bexplain)(?<!\bshow me)(?<!\bidea)"
    r"(?<!\bsure)(?<!\bask)(?<!\bsee)(?<!\bunderstand)(?<!\bforget)(?<!\bremember)(?<!\bcare)(?<!\bmatter)"
    r"(?<!\bof)(?<!\babout)(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bis)(?<!\bwas)"
    r"\s+(?=(?:who|what|whats|when|where|why|how)\s+(?:is|was|are|were|does|did|do|directed|wrote|made|plays|year)\b)",
    re.I,
)
# A part that asks something: a question word, or a verb that opens a yes/no question.
_ASKS = re.compile(
    r"\?|\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b"
    r"|^\W*(?:is|are|was|were|does|did|do|can|could|will|would|has|have|had)\b"
    r"|^\W*(?:tell|explain|describe|give|show|summari[sz]e|list|remind)\b"
)


def _asks_a_fact(question: str) -> bool:
    """Whether a question asks a fact of the film's card or where it is set ("who plays Jake", "how long is it")."""
    # Asked without its words, as the film's title among them would hide the fact ("who directed Se7en").
    analysis = analyze(question, [])
    return bool(analysis.facts) or analysis.setting


# "Memento ending explained": asking for the ending, not for a passage where someone explains.
_EXPLAINED = frozenset(query_tokens("explain explains explained explanation"))


def _together(question: str, answers: list[Answer]) -> Answer:
    """The answers to the questions of one message, as one answer: each excerpt once, in the order asked."""
    texts: list[str] = []
    for answer in answers:
        if not any(answer.answer in text for text in texts):
            texts = [text for text in texts if text not in answer.answer] + [answer.answer]
    shown = {p.text: p for answer in answers for p in answer.passages}
    first = answers[0]
    return first.model_copy(
        update={
            "question": question,
            "answer": " ".join(t if t.endswith((".", "!", "?")) else t + "." for t in texts),
            "passages": list(shown.values()),
            "contains_spoilers": any(a.contains_spoilers for a in answers),
            "read_as": None,
        }
    )


def _nothing_shown(
    base: Answer, film: Film, scope: SpoilerScope, visible: VisibleIndex, *, unsure: bool = False
) -> Answer:
    """Nothing the reader may see answers the question: withheld when the scope hides something (the answer may
    be there), else the summary does not say. Which one depends on the bare count of hidden passages only."""
    return _withheld(base, film, scope, unsure=unsure) if visible.hidden else _silent(base, film)


def _withheld(base: Answer, film: Film, scope: SpoilerScope, *, unsure: bool = False) -> Answer:
    hold = Hold.PAST_LIMIT if scope.mode is ScopeMode.UPTO else Hold.SPOILERS_OFF
    return base.model_copy(
        update={
            "status": Status.WITHHELD,
            "answer": withheld_text(film.title, unsure=unsure),
            "hold": hold,
            "unsure": unsure,
        }
    )


def _unfamiliar(telling: list[str], visible: VisibleIndex) -> bool:
    """Whether the visible text holds fewer than half of the question's own words."""
    words = [t for t in dict.fromkeys(telling) if t not in FRAMING_TERMS]
    return bool(words) and sum(t in visible for t in words) < UNFAMILIAR_SHARE * len(words)


def _silent(base: Answer, film: Film) -> Answer:
    return base.model_copy(update={"answer": f"The summary of {film.title} doesn't say."})


def _roles_named(question: str, visible: VisibleIndex) -> frozenset[str]:
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
_OFF_THE_CARD = (
    "Nothing I may show you about {title} says that: I know films from their plot summaries and their facts"
    f" ({', '.join(fact.value for fact in Fact if fact is not Fact.TITLE)})."
)
_PART_UNSAID = (
    "The summary of {title} doesn't say which part {actor} plays. Ask about the character by name, or ask who is in it."
)
# How a cast entry names the part: "Janet Leigh as Marion Crane".
_AS_A_PART = re.compile(r"\s+as\s+", re.I)


def _actor_for_a_part(question: str, film: Film, visible: VisibleIndex) -> tuple[str, str | None] | None:
    """The cast member a question about the story names in place of the part they play ("does janet leigh die?",
    "is bruce willis dead the whole time?"), by their whole name, and the part when the cast entry gives it; None
    when no one is so named, or the story the scope shows names them itself (then they are a character too)."""
    asked = set(query_tokens(question))
    story = {t for p in visible.passages if p.section_kind is not SectionKind.FACTS for t in document_tokens(p.text)}
    for entry in film.facts.cast:
        actor, part = (piece.strip() for piece in [*_AS_A_PART.split(entry, maxsplit=1), ""][:2])
        names = set(query_tokens(actor))
        in_the_cast = rf"\b(?:is|was|are|were)\s+{re.escape(actor)}\s+(?:also\s+|even\s+|really\s+)?in\b"
        if len(names) > 1 and names <= asked and not names & story and not re.search(in_the_cast, question, re.I):
            return actor, part or None
    return None


_BESIDES = re.compile(
    r"\b(?:besides|apart from|aside from|except(?: for)?|other than|not counting|beyond)"
    r" (?P<who>[\w'’-]+(?: [\w'’-]+)?)"
)


def _besides(question: str) -> frozenset[str]:
    """The terms of who a question sets aside ("who else is in it apart from Perkins?" → perkins)."""
    return frozenset(t for found in _BESIDES.finditer(question.lower()) for t in query_tokens(found["who"]))


def _years_in(content: list[str]) -> list[str]:
    """The years among a question's terms ("did Psycho come out in 1960?": the year checked, as the film's card
    tells it, whether or not it is the film's)."""
    return [t for t in content if re.fullmatch(r"(?:18|19|20)[0-9]{2}", t)]


# "Is Chinatown set in LA?", "does Solaris take place on a space station?": whether the film is set where named.
_SET_IN = re.compile(
    r"^\W*(?:(?:so|and|but|ok)\W+)?(?:is|was|are|were|does|did) [^?]{1,60}\b(?:set|located|takes? place|happens?)"
    r" (?:in|on|at)\b",
    re.I,
)


def _names_or_years_it_lacks(question: str, content: list[str], visible: VisibleIndex, makers: set[str]) -> list[str]:
    """The terms of the question the text this reader may see lacks, when one of them is a name or a year
    ("hitchcock", "jack nicholson", "1960"; not the film's makers); none when all are words of English ("colour")."""
    lacking = [t for t in content if t not in visible and t not in makers]
    named = any(t.isdigit() or not all(is_english(w) for w in words_typed_as(question, t) or [t]) for t in lacking)
    return lacking if named else []
