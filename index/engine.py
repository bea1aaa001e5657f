"""`Engine`: the answering core. Finds the film, applies the spoiler scope, scores, picks the excerpt.

The order of operations is what keeps spoilers out: the film is found from titles or from text the scope
allows, the film's passages are cut to the visible ones *before* anything is scored, and every status
decision (answered, withheld) is made from the visible passages plus the bare count of hidden ones.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
from enum import Enum

import lemminflect
from rapidfuzz import fuzz

from corpus.models import Film, Passage, SectionKind
from corpus.text import split_sentences
from index import film_rerank
from index.access import Visibility
from index.answer import (
    Excerpt,
    choose,
    ending_excerpt,
    fact_excerpt,
    overview_excerpt,
    setting_excerpt,
    states_reveal,
    tells_fate_of,
    trim_quote_start,
    twist_excerpt,
)
from index.answer_model import UNNAMED_WITHHELD, Answer, FilmRef, Hold, ShownPassage, Status, withheld_text
from index.catalog import Catalog, Mention, Resolution, match_key
from index.film_index import FilmIndex, Hit, VisibleCache, VisibleIndex
from index.film_search import FilmMatch, FilmSearch
from index.mentions import Phrase, is_english, phrases, spellings, unknown_title
from index.naming import defines, introduces, says_what_they_are
from index.persisted_search import PersistedSearch
from index.question import (
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
    fact_terms,
    is_small_talk,
    name_terms,
    refers_back,
    synonym,
    synonyms,
)
from index.question_shape import (
    BARE_DESCRIPTION,
    ENDING_TERMS,
    FRAMING_TERMS,
    HAPPEN,
    OPINION_TERMS,
    QUESTION_WORD,
    THE_FILM,
    asks_an_opinion,
    without_description,
)
from index.remarks import WH_WORD, is_remark, speaks_to_the_bot, without_asides, without_lead_in
from index.spoilers import ScopeMode, SpoilerScope
from index.tokenize import STOPWORDS, document_tokens, is_stopword, normalize, query_tokens
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
# A question naming no film leaves the film asked about last only for a film whose text holds at least this
# share of its words, and this many times the share the last film's holds.
SWITCH_COVERAGE = 0.5
# A film found by content is not named (spoilers off) when this share of its description's weight is in words only
# its hidden text holds, or when one hidden passage holds this much more of the description than any visible
# passage (Engine._may_confirm; bench/descriptions.py).
HIDDEN_SHARE = 0.2
HIDDEN_PASSAGE_LEAD = 0.15
# A refusal says "that would spoil X" only when X's visible text holds at least this share of the question's
# words; otherwise it says that nothing it may show answers it.
UNFAMILIAR_SHARE = 0.5
SWITCH_MARGIN = 2.0
# A question word at least this close (rapidfuzz ratio) to a word of the named film's title is that word typed wrong.
TITLE_TYPO_RATIO = 80.0
# Content search commits to its best film only when it scores this many times the runner-up's score.
CONTENT_MARGIN = 1.2
CONTENT_CHOICES = 3
# The coverage floor under which visible text may still name a film, when the film's whole text leads as well
# (Engine._found_both_ways).
LOOSE_COVERAGE = 0.25
# How close a title must be to what was typed to be offered for a film we do not have.
NEAREST_CUTOFF = 85.0
SMALL_TALK = (
    'I answer questions about films from their plot summaries, e.g. "who directed Stalker?". '
    "Type /help to see what I can do."
)
WHICH_FILM = "Which film do you mean? Name it in your question, or pick it with the film option."
# An ending question naming this many things of its own ("who is the only one able to enter the car in the
# end?") is a plot question set at the end: the general search answers it, preferring sentences that close.
ENDING_FOCUS_MAX = 3
# Passages BM25 puts forward for sentence-level re-ranking; the answer is often in one ranked a few places
# down, behind passages that mention the question's words more often but not together.
CANDIDATES = 20
# Films whose passages stay read (with a loader; FILMBOT_FILM_CACHE): a film's passages and term ids are ~60 KB.
FILM_CACHE = 1000
_TWIST_TERMS = frozenset(query_tokens("twist twists secret secrets truth surprise big reveal revealed whole time"))
# Words that ask for a film's name ("what's that movie called?"), not for anything in it.
_NAMING_TERMS = frozenset(query_tokens("called name named title titled"))


class Found(Enum):
    """How the film of a question was found; only a film the asker did not name may never be confirmed."""

    OPTION = "option"
    NAMED = "named"
    FOLLOW_UP = "follow-up"
    CONTENT = "content"
    CHOSEN = "chosen"  # described among the films offered for the question before ("the one with the motel")


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
        self._search: FilmSearch | PersistedSearch = search if search is not None else FilmSearch()
        for film in films:
            self.add_film(film)

    @property
    def search(self) -> FilmSearch | PersistedSearch:
        return self._search

    # ---- the corpus -----------------------------------------------------------------------------------

    def add_film(self, film: Film) -> None:
        """Adds or replaces (same id) a film. Its token lists and BM25s are built on first use."""
        index = self.attach(film)
        assert index is not None, "a film added must come with its passages"
        self._search.add(index)

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
        self._search = search

    def film_changed(self, film: Film) -> None:
        """A film was loaded or replaced (here or by another process): answer from it from now on. Idempotent:
        the shared index on disk is written only when it does not hold this film's text already."""
        self.add_film(film)

    def film_removed(self, film_id: str) -> bool:
        """A film was removed (here or by another process); whether this engine had it."""
        return self.remove_film(film_id)

    def warm(self) -> None:
        """Build now what the first question naming no film would otherwise pay for."""
        self._search.warm()

    def remove_film(self, film_id: str) -> bool:
        index = self._indexes.pop(film_id, None)
        if index is not None:
            index.release()
        # The shared index may hold a film this engine never had (another process loaded it).
        self._search.remove(film_id)
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
    ) -> Answer:
        """Answer `question` for a reader who may see `scope` (one scope for every film, or a `Visibility`).

        `context_film`: the film this reader asked about last, which a question naming no film is about.
        `context_question`: what they asked then, which "and The Prestige?" asks again of another film.
        """
        visibility = scope if isinstance(scope, Visibility) else Visibility.everywhere(scope or SpoilerScope.off())
        asked_as_typed = question
        question = without_asides(without_lead_in(question))
        if question != asked_as_typed:
            answer = self.ask(
                question,
                film=film,
                scope=visibility,
                guild_id=guild_id,
                context_film=context_film,
                context_question=context_question,
            )
            return answer.model_copy(update={"question": asked_as_typed})
        if film is None and (of_them := self._asked_of_another(question, context_film, context_question, guild_id)):
            # "Does Marion survive?" then "and Arbogast?": the same question, of another person in the film.
            answer = self.ask(of_them, scope=visibility, guild_id=guild_id, context_film=context_film)
            return answer.model_copy(update={"question": asked_as_typed, "read_as": of_them})
        chatter = chatter_terms()
        terms = [t for t in query_tokens(question) if t not in chatter]
        if asks_which_film(question):
            # "What's the film where a man can't make new memories called?": how it is called is what is asked.
            terms = [t for t in terms if t not in _NAMING_TERMS]
        found = self._find_film(question, terms, film, visibility, guild_id, context_film)
        if (
            (isinstance(found, Answer) or found[2] is Found.CONTENT)
            and film is None
            and context_question
            and BARE_DESCRIPTION.match(question)
            and (offered := self._offered_for(context_question, visibility, guild_id, context_film)) is not None
            and (chosen := self._chosen_among(question, terms, offered, found)) is not None
        ):
            # "that hitchcock movie, who's in it?" → "which film?" (Psycho, Vertigo) → "the one with the motel":
            # the description picks among the films offered, and the question before is what is asked.
            found = (chosen, None, Found.CHOSEN)
        if isinstance(found, Answer):
            return found
        ref, mention, how = found
        index = self.index(ref.id)
        if index is None:  # removed from the store since the catalog was read
            return _no_film(question, Status.NOT_FOUND, f"{ref.title} was removed.", visibility.default.describe())
        scope = visibility.scope(ref.id)
        # A film picked with the option may have story words in its title ("who is the hobbit?"); one found by
        # content or context was most likely found through its title, typed as the catalog does not read it.
        title_film = index.film if how is not Found.OPTION else None
        asked = without_description(question) if how is Found.CONTENT else None
        if how is Found.CHOSEN and context_question:
            asked = _asked_of_the_chosen(context_question)
        again: str | None = None
        describes = asks_which_film(question) or bool(BARE_DESCRIPTION.match(question))
        if how is not Found.OPTION and asked is None and describes:
            # "What's the movie where an insomniac goes to support groups?": the film is the answer, and what it
            # is about is the part anyone may see (whether naming it may confirm the description is checked below).
            asked = "what is it about?"
        if how is Found.NAMED and mention is not None:
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
        if (
            asked is None
            and how is not Found.CONTENT
            and asks_an_opinion(question, _without_title(terms, mention, title_film))
        ):
            # "Is Psycho any good?", "is se7en scary?": no summary judges its film; what anyone may see of it is its
            # premise, which is what helps someone deciding.
            asked = "what is it about?"
            mention = None
        if asked is not None:
            # "The movie where a secretary runs off with the money, who made it?": the description found the film;
            # what is asked is the rest. (Whether naming the film may confirm the description is checked below.)
            asked_terms = [t for t in query_tokens(asked) if t not in chatter]
            answer = self._answer(asked, index, asked_terms, None, scope, title_film).model_copy(
                update={"question": question, "read_as": again}
            )
        else:
            answer = self._answer(question, index, terms, mention, scope, title_film)
        if how in (Found.CONTENT, Found.CHOSEN) and (
            answer.status is Status.WITHHELD
            or self._may_confirm(question, terms, index, scope, answered=answer.status is Status.ANSWERED)
        ):
            # The asker named no film. Naming the one whose hidden part fits their words would confirm it; so
            # would naming it for a question that visible text answers only in part ("which film has a motel
            # keeper who stuffs birds and is secretly the killer?"), as the rest may be its twist.
            return Answer(
                question=question,
                status=Status.WITHHELD,
                scope=answer.scope,
                answer=UNNAMED_WITHHELD,
                hold=answer.hold or Hold.SPOILERS_OFF,
            )
        if answer.hold is Hold.SPOILERS_OFF and _turned_off_for(ref.id, visibility):
            # "/spoilers on" would not help: it is already on, and the "off" for this film is the narrower choice.
            return answer.model_copy(update={"hold": Hold.FILM_OFF})
        return answer

    def _offered_for(
        self, before: str, visibility: Visibility, guild_id: int | None, context_film: str | None
    ) -> list[FilmRef] | None:
        """The films "which film?" offered for the question `before` (maybe none); None when it was not asked.
        `context_film`: the film asked about last, as it was for `before` too (a "which film?" changes none)."""
        earlier = without_asides(without_lead_in(before))
        chatter = chatter_terms()
        terms = [t for t in query_tokens(earlier) if t not in chatter]
        offered = self._find_film(earlier, terms, None, visibility, guild_id, context_film)
        if not isinstance(offered, Answer) or offered.status is not Status.AMBIGUOUS:
            return None
        return offered.choices

    def _chosen_among(
        self,
        description: str,
        terms: list[str],
        offered: list[FilmRef],
        found: tuple[FilmRef, Mention | None, Found] | Answer,
    ) -> FilmRef | None:
        """The one film among `offered` that the description picks: the film content search found, when it is
        one of them (or none was offered); else the one whose visible text holds clearly more of the description
        than the others'."""
        if not isinstance(found, Answer):
            return found[0] if not offered or found[0] in offered else None
        telling = [t for t in _telling(description, terms) if t not in THE_FILM]
        if not telling or len(offered) < 2:
            return None
        held = sorted(
            ((self._search.coverage(telling, ref.id, spoilers=False), ref) for ref in offered),
            key=lambda pair: -pair[0],
        )
        if held[0][0] <= 0 or held[0][0] < CONTENT_MARGIN * held[1][0]:
            return None
        return held[0][1]

    def _longer_title(self, question: str, mention: Mention, guild_id: int | None) -> str | None:
        """The longer title, as typed, when the words next to a title typed in lower case go on naming something
        its film's text never mentions: a noun right after it ("seven samurai"), or "<noun> of" right before it
        ("rise of the planet of the apes"). None otherwise, and for a title typed with capitals (phrases() reads
        those)."""
        words = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", question)
        keys = [normalize(w).replace("'", "").replace("’", "") for w in words]
        size = len(mention.words)
        starts = [i for i in range(len(keys) - size + 1) if keys[i : i + size] == mention.words]
        if len(starts) != 1 or len(mention.films) != 1:
            return None
        start, end = starts[0], starts[0] + size
        if any(w[:1].isupper() for w in words[start:end]):
            return None
        film_id = mention.films[0].id

        def foreign(word: str) -> bool:
            terms = query_tokens(word)
            return (
                bool(terms)
                and not is_stopword(word)
                and _a_noun(word)
                and not set(terms) & (_NOT_A_TITLE_WORD | THE_FILM | _FILM_PARTS | FRAMING_TERMS | ENDING_TERMS)
                and not set(terms) & (SETTING_TERMS | HAPPEN)
                and not analyze(word, terms).facts
                # "solaris original title?": the words that ask a fact speak of the film
                and not any(set(terms) & fact_terms(fact) for fact in Fact)
                and self._search.coverage(terms, film_id, spoilers=True) == 0
            )

        after = end
        while after < len(words) and foreign(words[after]):
            after += 1
        if after > end:
            return " ".join(words[start:after])
        lead = start - 1 if start >= 1 and words[start - 1] == "the" else start
        if lead >= 2 and words[lead - 1] == "of" and foreign(words[lead - 2]):
            return " ".join(words[lead - 2 : end])
        return None

    def _opted_into(self, telling: list[str], visibility: Visibility) -> str | None:
        """The one film the asker turned spoilers on for (to a limit or all the way), when what it shows them
        holds a word of the question."""
        opted = [film_id for film_id, scope in visibility.films.items() if scope.mode is not ScopeMode.OFF]
        if len(opted) != 1 or visibility.default.mode is not ScopeMode.OFF:
            return None
        return opted[0] if self._shown_in(telling, opted[0], visibility) else None

    def _shown_in(self, terms: list[str], film_id: str | None, visibility: Visibility) -> bool:
        """Whether the film's text this reader may see holds any of `terms` ("Arbogast" up to 50% of Psycho)."""
        if film_id is None or not terms:
            return False
        index = self.index(film_id)
        if index is None:
            return False
        shown = index.visible(visibility.scope(film_id))
        return any(t in shown for t in terms)

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
        people = _people_named_in(index.film)
        new = bare.group("name")
        if not all(w.lower() in people for w in new.split()):
            return None
        before = [w for w in re.findall(r"[^\W\d_]+", context_question) if w.lower() in people]
        if not before or {w.lower() for w in before} == {w.lower() for w in new.split()}:
            return None
        # The first run of the last question's name words is the person it was about ("Marion", "Norman Bates").
        pattern = r"\b" + r"(?:['’]s)?\s+".join(re.escape(w) for w in _first_run(context_question, people)) + r"\b"
        return re.sub(pattern, new, context_question, count=1, flags=re.I)

    def _asked_again(self, question: str | None, guild_id: int | None) -> str | None:
        """The last question without its film, when what it asked may be asked of any film: a fact, the
        setting, the ending ("who directed Memento?" → "who directed"). None for one about its own story."""
        if not question:
            return None
        # "ok fine who made memento": the reaction before it is no part of what was asked; "who stars in the
        # hitchcock movie": the words pointing at a film are how it was named.
        question = _POINTING_AT_A_FILM.sub(" ", without_asides(without_lead_in(question)))
        mention = self._catalog.find_in_question(question, guild_id)
        if mention is not None:
            title = r"\W+".join(re.escape(w) for w in mention.words)
            question = re.sub(rf"\b(?:the\s+)?{title}(?:['’]s)?\b", " ", question, flags=re.I)
        chatter = chatter_terms()
        asked = analyze(question, [t for t in query_tokens(question) if t not in chatter])
        return question if asked.facts or asked.setting or asked.ending else None

    def _may_confirm(
        self, question: str, terms: list[str], index: FilmIndex, scope: SpoilerScope, *, answered: bool = False
    ) -> bool:
        """Whether answering (and so naming) a film found by content could confirm something its hidden text says.

        With something hidden from this reader, it could when the question asks after a twist, or
        when its description leans on hidden text: a fair share of the description's weight is in words only the
        hidden text holds ("a motel keeper who is secretly the killer"), or one hidden passage holds clearly more
        of it than any visible passage does ("Marion takes a shower in cabin one"). Words the film's summary
        does not hold at all are the asker's own ("a guy with no short-term memory who tattoos clues"): they
        describe nothing this film's text says, so they confirm nothing (bench/descriptions.py measures both
        sides: spoiler sentences that must not name their film, premise sentences that should).
        """
        if scope.mode is ScopeMode.ON or not index.visible(scope).hidden:
            return False
        describes = asks_which_film(question) or without_description(question) is not None
        # Under a progress limit a reveal answered is one the text before the limit states ("does Marion make it
        # out alive?" up to 50%): the asker has seen it, so naming the film confirms nothing they have not.
        before_the_limit = answered and scope.mode is ScopeMode.UPTO and not describes
        asks_twist = (
            _STATES_A_TWIST.search(question.lower()) if describes else analyze(question, terms).reveal is not None
        )
        if asks_twist and not before_the_limit:
            # A question asking after a twist, or a description stating one ("… who is really dead").
            return True
        # What the asker may see: the safe text, or all of it up to their limit.
        safe = index.visible(scope if scope.mode is ScopeMode.UPTO else SpoilerScope.off())
        told = index.visible(SpoilerScope.on())
        described = [synonym(t, safe) for t in as_the_text_says(_described(question, terms), safe)]
        names = set(name_terms(question))
        if any(
            t in names and t not in told and self._search.knows(t, spoilers=True) and not self._search.knows(t)
            for t in described
        ):
            # A name only some other film's hidden text holds ("Kyra"): naming any film for it says something.
            return True
        said = list(dict.fromkeys(t for t in described if t in told))
        if not said:
            return False
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
            t for t in said if t not in safe and any(t in held and len(held) > 1 for held in hidden_holds.values())
        ]
        if sum(weight(t) for t in hidden_only) >= HIDDEN_SHARE * total:
            return True
        best = {True: 0.0, False: 0.0}
        for passage, share in zip(told.passages, told.postings.coverage(said), strict=True):
            hidden = id(passage) not in shown
            best[hidden] = max(best[hidden], float(share))
        return best[True] >= best[False] + HIDDEN_PASSAGE_LEAD

    def _find_film(
        self,
        question: str,
        terms: list[str],
        film_arg: str | None,
        visibility: Visibility,
        guild_id: int | None,
        context_film: str | None,
    ) -> tuple[FilmRef, Mention | None, Found] | Answer:
        """The film a question is about, in this order: the film option; a title or alias in the question (typos
        too); the film asked about last, for a question that names none; a film whose visible text fits the
        question clearly better than any other; otherwise the question is answered with a question."""
        described = visibility.default.describe()
        if film_arg is not None and film_arg.strip():
            mention = self._catalog.find_in_question(question, guild_id)
            resolution = self._catalog.resolve(film_arg, guild_id)
            if resolution.status is Status.ANSWERED and resolution.film is not None:
                named = mention if mention and resolution.film in mention.films else None
                return resolution.film, named, Found.OPTION
            return _unresolved(question, film_arg, resolution, described)
        mention, unknown = self._named(question, guild_id)
        if mention is None and unknown is None:
            mention = self._film_called(question, guild_id)
        if mention is not None and not mention.strong and self._only_its_own_word(mention, guild_id):
            # "what is se7en rated?": a lower-case title no other film's text uses is the title, whatever else
            # the question asks ("the vouk" stays a word when another film's story has a vouk).
            mention = Mention(films=mention.films, words=mention.words, strong=True, lone=mention.lone)
        # Names pick out one film among many better than common words do: in the film-level search they count
        # twice (tuning: bench/RESULTS.md).
        # Words that frame a question ("a scene where", "in the story") fit any film: they pick none out.
        words = [t for t in terms if t not in FRAMING_TERMS]
        # "A fear of heights": the summary may say it in its own words ("acrophobia"); the everyday synonym a film's
        # text holds is searched for beside the asker's word.
        query = (
            words
            + [s for t in words if not self._search.knows(t, guild_id=guild_id) for s in synonyms(t)[:1]]
            + name_terms(question)
        )
        if (
            mention is not None
            and (analyze(question, []).facts or _ASKS_ABOUT.search(question.lower()))
            and (longer := self._longer_title(question, mention, guild_id)) is not None
        ):
            # "who directed seven samurai", "whats rise of the planet of the apes about": a fact or a summary asked of
            # our title inside a longer one, with words its film's text never uses ("psycho villain?" asks neither).
            return _not_ours(question, longer, self._nearest(longer, guild_id), described)
        if mention is not None and mention.strong:
            if len(mention.films) > 1:
                return _ambiguous(question, " ".join(mention.words), mention.films, described)
            if mention.lone:
                other = self._name_of_another_film(query, mention, visibility, guild_id)
                if other is not None:
                    return other, None, Found.CONTENT
            return mention.films[0], mention, Found.NAMED
        if unknown is not None:
            return _not_ours(question, unknown.text, self._nearest(unknown.text, guild_id), described)
        telling = _telling(question, terms)
        if context_film is None:
            # "/spoilers on film:Se7en upto:1:15", then "do they ever catch john doe?": the one film the asker
            # opted into is the one they are watching.
            context_film = self._opted_into(telling, visibility)
        # Spoiler text may say whether a word means anything only when no film's own scope hides it.
        spoilers_on = visibility.default.mode is ScopeMode.ON and all(
            scope.mode is ScopeMode.ON for scope in visibility.films.values()
        )
        if (
            is_small_talk(question)
            or _a_remark(question, terms)
            or (
                terms
                and not analyze(question, terms).facts
                and not any(self._search.knows(t, spoilers=spoilers_on, guild_id=guild_id) for t in terms)
                and not self._shown_in(terms, context_film, visibility)
                and not QUESTION_WORD.search(question.lower())
                and not any(is_english(w) for w in re.findall(r"[a-z]+", question.lower()) if w not in STOPWORDS)
            )
        ):
            return _no_film(question, Status.NOT_FOUND, SMALL_TALK, described)
        unheard = self._unheard_title(question, telling, terms, mention, spoilers_on, guild_id)
        if unheard is not None and (misspelt := self._misspelt_title(unheard, guild_id)) is not None:
            # "how long is momento": a title typed in lower case with a typo, where a fact asks for a film.
            return misspelt, Mention(films=[misspelt], words=match_key(unheard).split(), strong=True), Found.NAMED
        if unheard is not None:
            # "who directed the matrix", "how long is Tenet?" right after a question about The Prestige: a fact
            # asked of a name no film's text holds is a film we do not have, not a follow-up about the last one.
            return _not_ours(question, unheard, self._nearest(unheard, guild_id), described)
        if asks_which_film(question) or (
            context_film is not None
            and BARE_DESCRIPTION.match(question)
            and self._fits_another_better(telling, context_film, guild_id)
        ):
            # "That film where an insomniac goes to support groups" after Memento: another film described, not the
            # last one. ("That movie with the shower" after Psycho, which no visible text holds, stays with it.)
            context_film = None
        if mention is None and (year := _FILM_OF_A_YEAR.search(question)) is not None:
            # "What's the 1999 film about?", "the one from 1972": the year is how the film is named.
            typed = year.group("year") or year.group("year2")
            of_year = self._catalog.from_year(int(typed), guild_id)
            rest = [t for t in telling if t not in THE_FILM and t != typed]
            if len(of_year) == 1:
                return of_year[0], Mention(films=of_year, words=year.group(0).lower().split(), strong=True), Found.NAMED
            if of_year and not analyze(question, rest).reveal and len(rest) <= 1:
                return _no_film(question, Status.AMBIGUOUS, WHICH_FILM, described, of_year)
        typed_title = set(query_tokens(" ".join(mention.words))) if mention is not None else set()
        if mention is not None and not _telling(question, [t for t in terms if t not in typed_title]):
            # "what genre is vertigo", "when did psycho come out?": a title typed as an ordinary word, and nothing
            # else to search for once it is set aside (the fact asked is read without it: "psycho come" is no cue).
            # Read so, the word is the title, and is answered as one.
            return mention.films[0], Mention(films=mention.films, words=mention.words, strong=True), Found.NAMED
        matches, spoilers = self._content_matches(query, visibility, guild_id) if telling else ([], False)
        names = self._names_given(question, telling, matches)
        shared = self._sharing_the_names(question, telling, matches, names, guild_id)
        if (
            context_film is not None
            and not self._names_elsewhere(question, context_film, matches, shared)
            and (ref := self._catalog.ref(context_film)) is not None
            and self._catalog.visible(context_film, guild_id)
            and not self._moves_on(
                question,
                telling,
                matches,
                context_film,
                spoilers,
                ours_spoilers=spoilers or visibility.scope(context_film).mode is ScopeMode.ON,
            )
        ):
            # A follow-up ("and how does it end?") that names no film is about the film asked about last.
            return ref, None, Found.FOLLOW_UP
        if len(shared) > 1:
            # "How long is the Nolan film?" with two Nolan films: which one is meant is the asker's to say.
            return _no_film(question, Status.AMBIGUOUS, WHICH_FILM, described, shared)
        if len(shared) == 1 and analyze(question, [t for t in telling if t not in names]).facts:
            # "When did the Shyamalan movie come out?": the only film those people made, named by its makers.
            # ("Who is Orson?" asks no fact of a film: content search answers it with the cast line.)
            words = [w.lower() for w in re.findall(r"[^\W\d_]+", question) if set(query_tokens(w)) & names]
            # The makers' names are how the film was named, not what is asked ("when", not "who directed").
            return shared[0], Mention(films=[shared[0]], words=words, strong=True), Found.NAMED
        if (
            matches
            and _clearly_ahead(matches)
            and self._holds_the_names(question, matches[0].film_id, spoilers)
            and (found := self._catalog.ref(matches[0].film_id)) is not None
        ):
            if spoilers or not self._hidden_text_fits_another(query, matches, guild_id):
                return found, None, Found.CONTENT
            # "Which film has a boy who sees dead people?": another film's whole text fits it far better than this
            # one's visible text does. Naming this one would be wrong, naming that one would confirm its secret.
            return Answer(
                question=question,
                status=Status.WITHHELD,
                scope=described,
                answer=UNNAMED_WITHHELD,
                hold=Hold.SPOILERS_OFF,
            )
        if mention is not None:
            # Only a weak mention ("the Room") and no film's visible text clearly fits: the mention is all we have.
            if len(mention.films) > 1:
                return _ambiguous(question, " ".join(mention.words), mention.films, described)
            return mention.films[0], mention, Found.NAMED
        if (
            telling
            and not spoilers
            and not matches
            and (found := self._found_both_ways(question, query, guild_id)) is not None
        ):
            # "That movie where a psychologist is sent to a space station over an ocean that might be alive": the
            # visible text holds a little less of the asker's words than content search asks for ("space", "might"
            # are theirs, or the hidden text's), yet leads clearly, and the whole text leads with the same film.
            # Whether naming it confirms anything hidden is checked as for any film found by content.
            return found, None, Found.CONTENT
        if (
            telling
            and not spoilers
            and (
                _describes(question)
                or any(not self._search.knows(t) for t in name_terms(question))
                # "What is inside the box that the van delivers to Mills?": it asks after a twist.
                or analyze(question, terms).reveal is not None
            )
            and self._fits_hidden_text(question, query, guild_id, matches)
        ):
            # "The one where the psychologist was dead the whole time": no film's visible text fits, but one
            # film's whole text clearly does. Asking "which film?" would pretend not to know; naming it would
            # confirm the twist. The refusal says only that it may be a spoiler, whichever film it is.
            return Answer(
                question=question,
                status=Status.WITHHELD,
                scope=described,
                answer=UNNAMED_WITHHELD,
                hold=Hold.SPOILERS_OFF,
            )
        choices = [ref for m in matches if (ref := self._catalog.ref(m.film_id)) is not None]
        return _no_film(question, Status.AMBIGUOUS, WHICH_FILM, described, choices)

    def _unheard_title(
        self,
        question: str,
        telling: list[str],
        terms: list[str],
        mention: Mention | None,
        spoilers: bool,
        guild_id: int | None,
    ) -> str | None:
        """The words, as typed, of a film the question asks a fact, an opinion or a summary of when no loaded film's
        text holds them ("who directed the godfather", "is inception any good", "what is the plot of the matrix");
        None for any other question."""
        named = set(query_tokens(" ".join(mention.words))) if mention is not None else set()
        # The words of the fact asked ("wrote" in "who wrote the matrix") are no part of the title.
        fact_words = set().union(*(fact_terms(f) for f in analyze(question, []).facts))
        unheard = {
            t
            for t in telling
            if t not in named
            and t not in fact_words
            and t not in OPINION_TERMS
            # Words that ask for a summary ("summarise", "plot") are never part of the title of a film we lack.
            and t not in OVERVIEW_TERMS
            and not self._search.knows(t, spoilers=spoilers, guild_id=guild_id)
            # "the kid": a word for what a summary says in its own words ("child") is no title's.
            and not any(self._search.knows(s, spoilers=spoilers, guild_id=guild_id) for s in synonyms(t))
        }
        if not unheard or (refers_back(question) and not any(p.slot for p in phrases(question))):
            # "ok fine who directed it": the film asked of is the last one, whatever other words come before.
            return None
        span = _typed_span(question, unheard)
        # The title's other words are the title's too ("pulp fiction": fiction is a word some summary uses).
        in_span = set(query_tokens(span))
        rest = [t for t in terms if t not in unheard and t not in in_span]
        asked = analyze(question, rest)
        # A summary ("what is the plot of the matrix?", "summarise the godfather") counts only when asked of words no
        # film's text holds at all: "what happens in the bell tower?" is a question about Vertigo's hidden part.
        lacking = not any(self._search.knows(t, spoilers=True, guild_id=guild_id) for t in unheard)
        summary = asked.overview and lacking
        if (
            lacking
            and set(rest) <= _AVAILABILITY_TERMS
            and _BARE_TITLE.match(question)
            and all(is_english(w) for w in re.findall(r"[a-z]+", span.lower()) if w not in STOPWORDS)
        ):
            # "the shining?", "what about inception", "is the godfather on here": a title and nothing asked of
            # it, in words no film's text holds (a keyboard mash is no title: it gets the pointer to /help).
            return span
        # So does the ending of the words themselves ("whats the ending of the godfather", "how does jaws end?");
        # "what happens at the end with the gramophone" asks about the last film's ending.
        ending = asked.ending and lacking and _ENDING_OF.search(question.lower().replace(span.lower(), " \x00 "))
        if not (asks_an_opinion(question, rest) or asked.facts or summary or ending):
            return None
        return span

    def _misspelt_title(self, typed: str, guild_id: int | None) -> FilmRef | None:
        """The one film whose title `typed` (words no film's text holds, where a title is asked for) misspells."""
        films, _ = self._catalog.typo(typed, guild_id)
        return films[0] if len(films) == 1 else None

    def _sharing_the_names(
        self, question: str, telling: list[str], matches: list[FilmMatch], names: set[str], guild_id: int | None
    ) -> list[FilmRef]:
        """The films found by content made by everyone the question names, when the names are all it gives
        besides a fact ("what year is the Tarkovsky film from?"): more than one, and no film is clearly meant.
        `names`: the names the question gives (`_names_given`)."""
        if not names:
            return []
        # A fact asked of the film the name points at ("how long is the Nolan film?") asks nothing else.
        facts = analyze(question, [t for t in telling if t not in names]).facts
        if not set(telling) <= names.union(THE_FILM, *(fact_terms(f) for f in facts)):
            return []
        if len(matches) < 2:
            # The fact's own words ("long", "wrote") and "movie" are in no summary: the names alone find the films.
            matches = self._find(sorted(names), spoilers=False, guild_id=guild_id)
        # Only people who made the film (its facts): a character's name shared by two films is weighed by content
        # search with the rest of the question, as before (tried on all names: NarrativeQA right film −1).
        holders = [m.film_id for m in matches if names <= self._makers(m.film_id)]
        return [ref for film_id in holders if (ref := self._catalog.ref(film_id)) is not None]

    def _names_given(self, question: str, telling: list[str], matches: list[FilmMatch]) -> set[str]:
        """The names a question gives: capitalised ones, and the makers' names of the films content search found
        typed in lower case ("who's in the hitchcock film", "the fincher one with brad pitt")."""
        makers = set().union(*(self._makers(m.film_id) for m in matches)) if matches else set()
        return set(name_terms(question)) | {t for t in telling if t in makers}

    def _makers(self, film_id: str) -> set[str]:
        """The terms of the names of the people who made the film: director, writer and cast."""
        film = self._films.get(film_id)
        if film is None:
            return set()
        facts = film.facts
        return set(query_tokens(" ".join([facts.director or "", facts.writer or "", *facts.cast])))

    def _named(self, question: str, guild_id: int | None) -> tuple[Mention | None, Phrase | None]:
        """A film the question names (exactly, or with a typo), and a title it names that is no film of ours.

        A title-like phrase that holds an exact title and more is the longer title: "Seven Samurai" around
        the alias "Seven" is not ours, "Citzen Kane" around the alias "Kane" is Citizen Kane misspelt."""
        mention = self._catalog.find_in_question(question, guild_id)
        candidates = phrases(question)
        typos = self._typos(question, candidates, guild_id)
        if mention is not None and mention.strong:
            covering = [
                p
                for p in candidates
                if p.slot and p.end - p.start > len(mention.words) and _within(mention.words, p.text)
            ]
            if not covering:
                return mention, None
            longer = next((m for m in typos if mention.films[0] in m.films and len(m.words) > len(mention.words)), None)
            if longer is not None:
                return longer, None
            mention = None
        if typos:
            return typos[0], None
        if mention is None and (heading := _HEADING.match(question)) is not None:
            # "momento who is john g": a heading before the question is a title, even typed as an English word.
            films, _ = self._catalog.typo(heading.group(1), guild_id)
            if films:
                return Mention(films=films, words=match_key(heading.group(1)).split(), strong=True), None
        unknown = unknown_title(candidates, lambda text: self._used_as_name(text, guild_id))
        return mention, unknown

    def _nearest(self, title: str, guild_id: int | None) -> list[FilmRef]:
        """Our titles nearest a title we do not have; a leading "the" aside, as it alone is near every "The …"."""
        bare = re.sub(r"^the\s+", "", title, flags=re.I) or title
        return self._catalog.nearest(bare, guild_id, limit=3, cutoff=NEAREST_CUTOFF)

    def _used_as_name(self, text: str, guild_id: int | None) -> bool:
        """Whether a loaded film's text uses the phrase ("in Phoenix" is a place in Psycho). A phrase typed
        with a capital "The" must stand there capitalised: "The Birds" is a title, though Psycho's text has birds.

        Hidden text counts too: "what does Angier find in Colorado Springs?" is a question about The Prestige's
        spoiler part, not a film we lack. What follows is the same reply as for any question the visible text
        does not answer (a refusal that says it may be a spoiler or not in the summary, or "which film?"), so
        it tells nothing of what the hidden text holds."""
        terms = query_tokens(text)
        matches = self._search.find(terms, spoilers=False, guild_id=guild_id, k=3, min_coverage=0.999)
        spoilers = not matches
        if spoilers:
            matches = self._search.find(terms, spoilers=True, guild_id=guild_id, k=3, min_coverage=0.999)
        # Only a capital "The" marks a title this plainly: "the Bifrost", "the U.S. agent" stay names. In hidden
        # text only the phrase itself counts, not its words apart: "Seven Pounds" is no name there because the
        # spoiler part of Se7en says "seven" and "pounds".
        name = text[4:] if text.startswith("The ") else (re.sub(r"['’]s$", "", text) if spoilers else "")
        if not matches or not name[:1].isupper():
            return bool(matches)
        pattern = re.compile(rf"\b{re.escape(name)}\b", re.I if spoilers else 0)
        scope = SpoilerScope.on() if spoilers else SpoilerScope.off()
        return any(
            pattern.search(passage.text)
            for match in matches
            if (index := self.index(match.film_id)) is not None
            for passage in index.visible(scope).passages
        )

    def _typos(self, question: str, candidates: list[Phrase], guild_id: int | None) -> list[Mention]:
        """Films the question's title-like phrases name with a typo, best match first."""
        found: list[tuple[float, int, Mention]] = []
        for phrase in candidates:
            words = match_key(phrase.text).split()
            if not (phrase.slot or any(w not in STOPWORDS and not is_english(w) for w in words)):
                # Ordinary words out of a title slot are a name or the start of a sentence ("Teddy", "that The
                # priest holds the baby"), not a misspelt title ("The Prestige").
                continue
            best: tuple[float, int, Mention] | None = None
            for text in spellings(question, phrase):
                films, score = self._catalog.typo(text, guild_id)
                words = [w for w in match_key(text).split(" ") if w]
                if films and (best is None or (score, len(words)) > best[:2]):
                    best = (score, len(words), Mention(films=films, words=words, strong=True))
            if best is not None:
                found.append(best)
        return [m for _, _, m in sorted(found, key=lambda f: (-f[0], -f[1]))]

    def _film_called(self, question: str, guild_id: int | None) -> Mention | None:
        """ "Tell me about the apes film", "who directed the magician one?": words of one film's title (not its
        whole title) with "film", "movie" or "one" after them name that film; words of several titles name none."""
        found = _TITLE_WORDS_THEN_FILM.search(question.lower())
        if found is None or not query_tokens(found.group("words")):
            return None
        films = self._catalog.titled_with(found.group("words"), guild_id)
        if len(films) != 1 or set(query_tokens(found.group("words"))) & self._makers(films[0].id):
            # "The Nolan film" is named by its maker (an alias "Memento (Nolan)" holds it): makers can share films.
            return None
        return Mention(films=films, words=found.group("words").split(), strong=True)

    def _only_its_own_word(self, mention: Mention, guild_id: int | None) -> bool:
        """Whether a weak mention is a word of no language ("se7en") that no film but the one it names holds in its
        text (hidden text included: this decides only whether the word is read as a title)."""
        if len(mention.films) != 1 or any(is_english(w) for w in mention.words):
            # An English word ("ghost") is as likely the asker's word for something in another film's story.
            return False
        holders = self._search.find(
            query_tokens(" ".join(mention.words)), spoilers=True, guild_id=guild_id, k=2, min_coverage=0.999
        )
        return {m.film_id for m in holders} <= {mention.films[0].id}

    def _names_elsewhere(
        self, question: str, context_film: str, matches: list[FilmMatch], makers_of: list[FilmRef]
    ) -> bool:
        """Whether the question names someone that no part of the last film's text holds, and another film's
        does ("the Hitchcock one with the motel") or was made by them ("that Kurosawa film", `makers_of`): it is
        about that film, not a follow-up. The last film's hidden text counts as holding a name, so a name only its
        spoiler part has still stays with it (refused as anything unanswered is); and "who is Taylor?" about
        Planet of the Apes stays, though Vertigo's writer is a Taylor."""
        names = name_terms(question)
        if not names or self._search.coverage(names, context_film, spoilers=True) > 0:
            return False
        return bool(makers_of) or any(self._search.coverage(names, m.film_id, spoilers=False) > 0 for m in matches)

    def _holds_the_names(self, question: str, film_id: str, spoilers: bool) -> bool:
        """Whether the text content search found a film through holds a name the question gives, if it gives any:
        "which film has a scene where Lynn breaks down?" is about a film with a Lynn, not one that fits "breaks
        down". (One name is enough: requiring all cost NarrativeQA questions naming someone the summary spells
        otherwise, 0.874 → 0.856 right film on the tuning films.)"""
        names = name_terms(question)
        return not names or any(self._search.coverage([name], film_id, spoilers=spoilers) > 0 for name in names)

    def _fits_another_better(self, telling: list[str], film_id: str, guild_id: int | None) -> bool:
        """Whether another film's visible text holds more of a description than this film's visible text does."""
        if not telling:
            return False
        ours = self._search.coverage(telling, film_id, spoilers=False)
        found = self._search.find(telling, spoilers=False, guild_id=guild_id, k=2, min_coverage=0.0)
        return any(m.film_id != film_id and m.coverage > ours for m in found)

    def _fits_hidden_text(
        self, question: str, query: list[str], guild_id: int | None, visible_matches: list[FilmMatch]
    ) -> bool:
        """Whether one film's whole text, spoilers included, clearly fits a question its visible text does not.
        Not when its visible text already leads, only not clearly ("a man who can't make new memories"): the
        description fits what anyone may see, and "which film?" with the choices is the honest reply."""
        matches = self._find(query, spoilers=True, guild_id=guild_id)
        if not matches or not _clearly_ahead(matches):
            return False
        if visible_matches and visible_matches[0].film_id == matches[0].film_id:
            return False
        return self._holds_the_names(question, matches[0].film_id, True)

    def _found_both_ways(self, question: str, query: list[str], guild_id: int | None) -> FilmRef | None:
        """The film whose visible text clearly leads for the question under a lower coverage floor
        (LOOSE_COVERAGE), when its whole text clearly leads too; otherwise None."""
        loose = self._find(query, spoilers=False, guild_id=guild_id, min_coverage=LOOSE_COVERAGE)
        if not loose or not _clearly_ahead(loose):
            return None
        told = self._find(query, spoilers=True, guild_id=guild_id)
        if not told or not _clearly_ahead(told) or told[0].film_id != loose[0].film_id:
            return None
        if not self._holds_the_names(question, loose[0].film_id, False):
            return None
        return self._catalog.ref(loose[0].film_id)

    def _hidden_text_fits_another(
        self, query: list[str], visible_matches: list[FilmMatch], guild_id: int | None
    ) -> bool:
        """Whether another film's whole text, spoilers included, clearly fits the question and holds clearly more
        of it than the film its visible text chose."""
        told = self._find(query, spoilers=True, guild_id=guild_id)
        return (
            bool(told)
            and _clearly_ahead(told)
            and told[0].film_id != visible_matches[0].film_id
            and told[0].coverage >= visible_matches[0].coverage + HIDDEN_PASSAGE_LEAD
        )

    def _content_matches(
        self, query: list[str], visibility: Visibility, guild_id: int | None
    ) -> tuple[list[FilmMatch], bool]:
        """The best two films by content, and whether they were found with spoiler text (only when their scope
        is on). `query`: the question's terms, names counted twice (see `name_terms`)."""
        spoilers = visibility.default.mode is ScopeMode.ON
        matches = self._find(query, spoilers=spoilers, guild_id=guild_id)
        if spoilers and any(visibility.scope(m.film_id).mode is not ScopeMode.ON for m in matches):
            # A film found through text its own scope hides: choosing (or passing over) it would leak that text.
            spoilers = False
            matches = self._find(query, spoilers=False, guild_id=guild_id)
        return matches, spoilers

    def _find(
        self, query: list[str], *, spoilers: bool, guild_id: int | None, min_coverage: float | None = None
    ) -> list[FilmMatch]:
        # The film-level search's best few, ranked again by their passages (index/film_rerank.py). A shared index
        # may hold a film another process loaded that this engine has not picked up yet: `index` gives it none.
        found = film_rerank.find(
            self._search, query, self.index, spoilers=spoilers, guild_id=guild_id, min_coverage=min_coverage
        )
        return found[:CONTENT_CHOICES]

    def _content_match(
        self, query: list[str], visibility: Visibility, guild_id: int | None
    ) -> tuple[FilmMatch | None, bool]:
        matches, spoilers = self._content_matches(query, visibility, guild_id)
        return (matches[0] if matches else None), spoilers

    def _moves_on(
        self,
        question: str,
        telling: list[str],
        matches: list[FilmMatch],
        context_film: str,
        spoilers: bool,
        *,
        ours_spoilers: bool = False,
    ) -> bool:
        """Whether a question naming no film is about another film than the last one: only when it points at
        nothing said before ("him", "it") and its own words clearly fit another film's text and hardly the last
        film's ("who dies in the shower?" after asking about Stalker).

        The other film must also hold those words clearly more fully than the next film content search found.
        Both coverages are measured over text the asker may see: the other film's over what the content search
        used, the last film's over what its own scope shows (`ours_spoilers`: spoilers turned on for that film
        alone, or in a channel opened for it, where "what about Marta at the end?" is about its ending).
        """
        match = matches[0] if matches else None
        # "Which one is lying?": "one" stands for someone in the last film, and tells nothing of another.
        telling = [t for t in telling if t not in THE_FILM]
        # "That film where the guy has no memory" describes a film; "that film" alone is the last one.
        back = refers_back(question) and not BARE_DESCRIPTION.match(question)
        if match is None or match.film_id == context_film or len(set(telling)) < 2 or back:
            return False

        theirs = self._search.coverage(telling, match.film_id, spoilers=spoilers)
        ours = self._search.coverage(telling, context_film, spoilers=spoilers or ours_spoilers)
        if theirs < SWITCH_COVERAGE or ours * SWITCH_MARGIN > theirs:
            return False
        # "Who are the three men?" about Stalker: words the next film holds as fully as the first pick out
        # neither of them to move to.
        runner_up = next((m for m in matches[1:] if m.film_id != context_film), None)
        return runner_up is None or (
            self._search.coverage(telling, runner_up.film_id, spoilers=spoilers) * SWITCH_MARGIN <= theirs
        )

    def _name_of_another_film(
        self, terms: list[str], mention: Mention, visibility: Visibility, guild_id: int | None
    ) -> FilmRef | None:
        """The film a lone one-word title more likely names as a character, if content search says so.

        "What does Spartan use to shatter Phoenix?" names the film "Spartan" only by accident: Demolition Man
        holds "Spartan" as a character and the rest of the question too. Another film wins only when its
        text holds the name itself and more of the rest of the question than the named film does, so "What
        is Spartan about?" (nothing else to weigh) stays with the title. Both sides are measured over text
        their scopes let through, so the choice never rests on hidden text.
        """
        named = mention.films[0]
        match, spoilers = self._content_match(terms, visibility, guild_id)
        if match is None or match.film_id == named.id:
            return None
        name = query_tokens(" ".join(mention.words))
        rest = [t for t in terms if t not in name]
        if not rest or not self._search.coverage(name, match.film_id, spoilers=spoilers):
            return None
        named_spoilers = visibility.default.mode is ScopeMode.ON and visibility.scope(named.id).mode is ScopeMode.ON
        if self._search.coverage(rest, match.film_id, spoilers=spoilers) <= self._search.coverage(
            rest, named.id, spoilers=named_spoilers
        ):
            return None
        return self._catalog.ref(match.film_id)

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
        content = [synonym(t, visible) for t in visible.respell(_without_title(terms, mention, title_film))]
        analysis = analyze(question, content)
        makers = self._makers(film.id)
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

        if analysis.facts:
            return self._facts(base, film, visible, content, analysis.facts, cite)
        if makers & set(content):
            # "Is this one by Tarkovsky?", "did Nolan direct it?": the name is the fact's own answer, not more asked.
            named = analyze(question, [t for t in content if t not in makers])
            if named.facts:
                return self._facts(base, film, visible, content, named.facts, cite)

        focus = [t for t in content if t not in ENDING_TERMS and t not in FRAMING_TERMS and t not in HAPPEN]
        late = [
            p
            for p, where in zip(visible.passages, visible.placements, strict=True)
            if p.section_kind is SectionKind.ENDING or (p.section_kind in _STORY_KINDS and where.end >= ENDING_FROM)
        ]
        ending = analysis.ending and not _ending_words_used_earlier(question, visible, late)
        if ending and len(set(focus)) < ENDING_FOCUS_MAX and not _told_before_the_end(focus, late, visible):
            excerpt = ending_excerpt(late, focus, final=analysis.final)
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
        kind_of_answer = frozenset(t for t in _answer_kind(question) if t not in visible)
        rest = [t for t in content if t not in title_terms and t not in shape and t not in kind_of_answer]
        if kind_of_answer and rest and _held_together(rest, visible):
            shape = shape | kind_of_answer
        telling = [t for t in content if t not in title_terms and t not in shape] or content
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

        if analysis.who_is and scope.mode is not ScopeMode.ON and _defined_only_in_hidden(telling, index, visible):
            # "What is Rosebud?" with spoilers off: the premise names it ("his last word is Rosebud") and only the
            # hidden text says what it is. Quoting the naming sentence would answer beside the point.
            return _withheld(base, film, scope, unsure=unsure)

        if analysis.reveal is Reveal.TWIST and not [t for t in telling if t not in _TWIST_TERMS]:
            excerpt = twist_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)

        if (
            analysis.kind is Kind.WHAT
            and _OCCUPATION.search(question.lower())
            and not analysis.facts
            and set(telling) <= _people_terms(film) | _OCCUPATION_TERMS
        ):
            # "What did Leonard do for a living?", "what's the main guy's job?": the sentence that says what the
            # person is ("Leonard Shelby used to be an insurance claims investigator"), or for the lead, the
            # premise's opening, which introduces them. Only when nothing else is asked ("what job does he take
            # at the mill?" asks about a moment of the story).
            people = [t for t in telling if t in _people_terms(film)]
            excerpt = _introduction(people, visible) if people else None
            if excerpt is None and not people and _THE_LEAD.search(question.lower()):
                excerpt = overview_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)

        if analysis.setting:
            excerpt = setting_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)

        if analysis.overview or not content:
            excerpt = overview_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            return _nothing_shown(base, film, scope, visible)

        cover = _coverage_terms(telling, visible)
        if not cover:
            # No question word that counts occurs in anything the asker may see.
            return _nothing_shown(base, film, scope, visible, unsure=unsure)
        hits = visible.search(content, k=CANDIDATES, cover=cover)
        if analysis.reveal is not None and scope.mode is ScopeMode.UPTO and visible.hidden:
            # Under a progress limit a twist is answered only from the spoiler text the limit shows.
            hits = [hit for hit in hits if hit.passage.spoiler]
        if analysis.reveal is Reveal.FATE:
            # "Does Marion survive?", "does she make it out alive?": the fate words ask for a fate, which the
            # text tells in its own ("stabs her to death"); whether the excerpt tells one is checked below.
            cover = [t for t in cover if t not in FATE_TERMS and t not in _ALIVE_TERMS] or cover
        if scope.mode is ScopeMode.UPTO and visible.hidden and _unseen_share(cover, visible) >= UNSEEN_PAST_LIMIT:
            # Under a progress limit, a question half of whose words nothing before the limit holds ("Arbogast on
            # the stairs", "the figure that attacks him") is most likely about what lies past it: withheld with the
            # limit's wording, not answered from the set-up. One word in three or four may be the text's synonym
            # ("hit" for "struck").
            return _withheld(base, film, scope, unsure=unsure)
        if not _answers(hits, cover, visible, strict=analysis.yes_no, who=analysis.kind is Kind.WHO):
            # Nothing the asker may see answers this; whether anything hidden would is never looked at.
            return _nothing_shown(base, film, scope, visible, unsure=unsure)
        neighbours = {p.ordinal: p for p in visible.passages}
        choice = choose(hits, content, analysis, word_weights(visible), neighbours)
        if choice is None:  # unreachable while every hit holds a query term; kept for safety
            return _nothing_shown(base, film, scope, visible)
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
                    and (people := [t for t in telling if t in _people_terms(film)])
                    and not tells_fate_of(choice.excerpt.text, people)
                )
            )
        ):
            # "Who is the killer?" up to 40%: the spoiler text before the limit speaks of "a killer", but says
            # nothing of who it is; the reveal is past the limit.
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


def _a_remark(question: str, terms: list[str]) -> bool:
    """ "Thanks a lot", "you're wrong", "i loved that movie": said to the bot, not asked of the last film. A question
    asking a fact, the ending, a summary, the setting or a twist is never one, whatever its shape."""
    if speaks_to_the_bot(question):
        return True
    analysis = analyze(question, terms)
    if analysis.facts or analysis.overview or analysis.setting or analysis.ending or analysis.reveal is not None:
        return False
    return is_remark(question, name_terms(question))


def _telling(question: str, terms: list[str]) -> list[str]:
    """The question's words that could pick out a film by its content: not those asking for a fact, the ending
    or a summary, nor those framing the question."""
    analysis = analyze(question, terms)
    asked = set().union(*(fact_terms(f) for f in analysis.facts)) if analysis.facts else set()
    return [
        t
        for t in terms
        if t not in asked
        and t not in ENDING_TERMS
        and t not in FRAMING_TERMS
        and t not in analysis.shape_terms
        and not (analysis.overview or analysis.setting)
    ]


# What a description says when it states a twist rather than asking after one: "which film has a psychologist who
# is really dead?" (not "… a reporter chasing the meaning of a last word", which asks nothing).
_STATES_A_TWIST = re.compile(
    r"\b(?:really|actually|secretly|all along|in reality|true identity|twist|in disguise|impostor"
    r"|the (?:real )?(?:killer|murderer|culprit))\b"
)


def _described(question: str, terms: list[str]) -> list[str]:
    """The words that describe the film in a question that names none: without what it asks of the film
    ("the movie where …, who directed it?") and without words that only frame it."""
    # "The one with …", "that movie": words that point at the film describe nothing in it.
    telling = [t for t in _telling(question, terms) if t not in THE_FILM]
    asked = without_description(question)
    if asked is None:
        return telling
    asked_terms = [t for t in query_tokens(asked) if t not in chatter_terms()]
    facts = analyze(asked, asked_terms).facts
    dropped = set().union(*(fact_terms(f) for f in facts)) if facts else set()
    return [t for t in telling if t not in dropped]


# "The apes film", "that magician movie": a few words of a title before the word for a film.
_TITLE_WORDS_THEN_FILM = re.compile(
    r"\b(?:the|that|this) (?P<words>[a-z0-9'’]+(?: [a-z0-9'’]+){0,2}) (?:film|movie|one)\b"
)
# "The 1999 film", "the movie from 1972": a film named by its year.
_FILM_OF_A_YEAR = re.compile(
    r"\b(?:the|that|this) (?P<year>(?:18|19|20)\d\d) (?:movie|film|one|picture)\b"
    r"|\b(?:movie|film|one|picture) (?:from|made in|released in) (?P<year2>(?:18|19|20)\d\d)\b",
    re.I,
)


# Where a typed question splits into clauses: "who directed it, same guy as The Prestige?", "about? no spoilers".
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;?!]+|\s[-–—]+\s|:)\s*")


def _plain_clause(question: str, without_title: Callable[[list[str]], list[str]]) -> str | None:
    """The clause of a question of several that asks a fact, the premise or the setting and nothing else."""
    clauses = [c for c in _CLAUSE_BREAK.split(question) if re.search(r"\w", c)]
    if len(clauses) < 2:
        return None
    chatter = chatter_terms()
    for n, clause in enumerate(clauses):
        asked = analyze(clause, without_title([t for t in query_tokens(clause) if t not in chatter]))
        if not (asked.facts or asked.overview or asked.setting):
            continue
        # "Who dies in the shower, and who directed it?" asks two things: answering one would hide the other.
        others = clauses[:n] + clauses[n + 1 :]
        return None if any(WH_WORD.search(c.lower()) for c in others) else clause
    return None


# An ending asked of a title (marked \x00 in the question): "the ending of X", "how does X end".
_ENDING_OF = re.compile(r"\bend(?:ing)?\s+(?:of|to|for)\s+(?:the\s+)?\x00\W*$|\b(?:does|did)\s+(?:the\s+)?\x00\s+end\b")


def _describes(question: str) -> bool:
    """ "Which film has …", "the one where …", "the movie about …, who made it?": a film described, not named."""
    return (
        asks_which_film(question) or bool(BARE_DESCRIPTION.match(question)) or without_description(question) is not None
    )


_TYPED_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _typed_span(question: str, terms: set[str]) -> str:
    """The question's words from the first to the last that hold `terms`, as typed, with a "the" before them
    and capitalised words, or lower-case words of the same phrase, after them ("the matrix", "Apocalypse Now",
    "pulp fiction" where only "pulp" is a word no summary uses)."""
    found = list(_TYPED_WORD.finditer(question))
    words = [m.group(0) for m in found]
    hits = [i for i, word in enumerate(words) if set(query_tokens(word)) & terms]
    start, end = hits[0], hits[-1] + 1
    while end < len(words) and (
        words[end][:1].isupper()
        or words[end].isdigit()
        or (
            # Only a space between: "pulp fiction", not "pulp, fiction" or "matrix? about".
            question[found[end - 1].end() : found[end].start()] == " "
            and not is_stopword(words[end])
            # A noun goes on naming ("pulp fiction"); a verb says what is asked ("momento released").
            and _a_noun(words[end])
            and not set(query_tokens(words[end])) & _NOT_A_TITLE_WORD
        )
    ):
        end += 1
    if start > 0 and words[start - 1].lower() == "the":
        start -= 1
    return " ".join(words[start:end])


def _a_noun(word: str) -> bool:
    forms = lemminflect.getAllLemmas(word.lower())
    return "NOUN" in forms and not word.lower().endswith("ed")


# Words that follow a title without being part of it: "the matrix about", "inception tho", "jaws ending".
_NOT_A_TITLE_WORD = (
    frozenset(
        query_tokens("about plot story summary ending end ended tho though lol pls please again now then like any good")
    )
    | OVERVIEW_TERMS
    | OPINION_TERMS
)
# Asking whether a film is here is asking for it by name: "is the godfather on here", "do you have jaws".
_AVAILABILITY_TERMS = frozenset(query_tokens("on here there available have got know list library loaded"))
_BARE_TITLE = re.compile(
    r"^\W*(?:(?:and|or|so|ok|okay|also|what about|how about|is|do you have|you have|have you got|got)\s+)*"
    r"[\w'’ -]+?(?:\s+(?:on here|here|there|available|in your list|loaded))?\s*[?!.]*\s*$",
    re.I,
)


# Words that only steer a conversation to a film ("ok now Psycho", "let's do Stalker instead", "I meant Kane").
_STEERING = frozenset(
    query_tokens(
        "ok okay now so then next instead switch switching talk lets let us do try go going move moving back onto "
        "meant mean rather actually please pls what how about and film movie one other different"
    )
)


# Where a lead-in clause ends: a comma, colon, semicolon, a sentence's end or a dash between words.
_CLAUSE_END = re.compile(r"[,:;.!?]+\s+|\s+[-–—]+\s+")


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
            return rest
        start = end.end()
    return None


def _turned_off_for(film_id: str, visibility: Visibility) -> bool:
    """Whether spoilers are off for this film by a choice naming it, while on (or up to a point) for the rest."""
    own = visibility.films.get(film_id)
    return own is not None and own.mode is ScopeMode.OFF and visibility.default.mode is not ScopeMode.OFF


def _clearly_ahead(matches: list[FilmMatch]) -> bool:
    """Content search commits to a film only when it leads the next one by a margin."""
    return len(matches) < 2 or matches[0].score >= CONTENT_MARGIN * matches[1].score


def _within(words: list[str], text: str) -> bool:
    inside = f" {match_key(text)} "
    return f" {' '.join(words)} " in inside


def _asked_of_the_chosen(before: str) -> str:
    """What the question before asked, now that the film is chosen: its fact, summary, setting or ending alone
    ("that hitchcock movie, who's in it" → "who's in it"; "tarkovsky sci fi film runtime?" → "runtime"), else the
    question without the words pointing at a film."""
    earlier = _POINTING_AT_A_FILM.sub(" ", without_asides(without_lead_in(before)))
    kept = " ".join(
        word for word in re.findall(r"[\w'’]+", earlier) if is_stopword(word) or set(query_tokens(word)) & _ASKING
    )
    asked = analyze(kept, query_tokens(kept))
    return kept if asked.facts or asked.overview or asked.setting or asked.ending else earlier


# The words that ask a fact, a summary, the setting or the ending of whatever film is meant.
_ASKING = frozenset().union(*(fact_terms(fact) for fact in Fact)) | OVERVIEW_TERMS | SETTING_TERMS | ENDING_TERMS


def _not_ours(question: str, title: str, nearest: list[FilmRef], described: str) -> Answer:
    text = f"I don't have {title[:100]}.{_did_you_mean(nearest)} A moderator can add its summary with `/film add`."
    # Read without the title, so that "rashomon then?" after "who directed seven samurai" asks it of Rashomon.
    asked = " ".join(re.sub(re.escape(title), " ", question, flags=re.I).split())
    return _no_film(question, Status.NOT_FOUND, text, described, nearest).model_copy(update={"read_as": asked})


# "What happened to Malcolm at the start?": a fate the opening tells, which the set-up answers.
_AT_THE_START = re.compile(
    r"\b(?:at|in) the (?:very )?(?:start|beginning|opening)\b|\bat first\b|\bearly (?:on|in)\b"
    r"|\bin the first (?:scene|minutes?)\b|\bopening scene\b"
)


def _defined_only_in_hidden(names: list[str], index: FilmIndex, visible: VisibleIndex) -> bool:
    """Whether a sentence this reader may not see says what `names` is, and none they may see does. Only for a
    question that gives nothing but a name of the film ("what is Rosebud?", not "who is hunting the man …?")."""
    people = _people_terms(index.film)
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


# "the hitchcock movie", "that nolan film", "the tarkovsky one": a film named by a word about it.
_POINTING_AT_A_FILM = re.compile(r"\b(?:the|that|this) [\w'’-]+ (?:movie|film|one|flick)\b", re.I)
# "momento who is john g", "vertgo: how does it end": words heading a question, before its question word.
_HEADING = re.compile(
    r"^\W*([a-z][a-z' ]{2,30}?)\s*(?:[:,\-–—]\s*|\s)(?:who|whos|what|whats|where|when|why|how|is|does|did|was)\b", re.I
)
# "whats rise of the planet of the apes about", "what is the godfather about?"
_ASKS_ABOUT = re.compile(r"\bwhat(?:['’]?s| is| was)\b.*\babout\W*$|\b(?:plot|summary|synopsis) of\b")
# Words after a title that speak of the film, not of a longer title: "vertigo trailer", "memento soundtrack".
_FILM_PARTS = frozenset(
    query_tokens("trailer sequel remake soundtrack score poster ending cast plot story twist spoilers")
)
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
        # sleep pod", in the premise).
        return any(
            asked <= (said := set(document_tokens(sentence))) and bool(said & FATE_TERMS)
            for hit in visible.search(list(asked), k=CANDIDATES)
            for sentence in split_sentences(hit.passage.text)
        )
    return any(hit.matched >= asked for hit in visible.search(list(asked), k=CANDIDATES))


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


def _told_before_the_end(focus: list[str], late: list[Passage], visible: VisibleIndex) -> bool:
    """ "What does the woodcutter admit at the end?" where no closing passage holds what is asked but an earlier
    one does ("the woodcutter admits he saw everything"): "at the end" is loose, and the general search answers
    it (still preferring sentences that close). Only when the end is visible: a hidden end is withheld."""
    wanted = set(focus)
    if not wanted or not late or any(wanted <= set(document_tokens(p.text)) for p in late):
        return False
    return any(wanted <= hit.matched for hit in visible.search(list(wanted), k=CANDIDATES))


# "And Arbogast?", "what about Lila", "how about mills": a person, and nothing asked.
_AND_SOMEONE = re.compile(
    r"^\W*(?:and|what about|how about|same for|same with)\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[?!.]*\s*$", re.I
)


def _people_named_in(film: Film) -> frozenset[str]:
    """The words a film's text writes capitalised inside a sentence, lower-cased: its people's (and places')
    names ("Marion", "Arbogast", "Bates"). Read each time: only "and Arbogast?" asks it, of one film."""
    names: set[str] = set()
    for passage in film.passages:
        for match in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z]+)", passage.text):
            names.add(match.group(1).lower())
    return frozenset(names - set(STOPWORDS))


# "What does he do for a living?", "what's Scottie's job?", "what did Leonard work as?".
_OCCUPATION = re.compile(
    r"\bfor (?:a )?living\b|\b(?:job|occupation|profession|line of work)\b|\bwork(?:s|ed)? as\b"
    r"|\bwhat (?:does|did) (?:the )?[a-z']+(?: [a-z']+)? do\W*$"
)
_OCCUPATION_TERMS = frozenset(
    query_tokens("do does did living job occupation profession line work works worked as main guy man woman girl dude")
    + query_tokens("character protagonist lead hero before originally")
)
_THE_LEAD = re.compile(r"\bmain (?:guy|man|woman|girl|character|dude)\b|\bprotagonist\b|\bthe lead\b|\bthe hero\b")


def _introduction(people: list[str], visible: VisibleIndex) -> Excerpt | None:
    """The first visible sentence, in story order, that says what one of `people` is or was."""
    for passage in sorted(visible.passages, key=lambda p: (p.position, p.ordinal)):
        if passage.section_kind is SectionKind.FACTS:
            continue
        sentences = split_sentences(passage.text)
        for n, sentence in enumerate(sentences):
            if says_what_they_are(sentence, people):
                return Excerpt(" ".join(sentences[n : n + 2]), passage, passage.section)
    return None


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


def _answer_kind(question: str) -> frozenset[str]:
    found = _ANSWER_KIND.match(question)
    if found is None or is_stopword(found.group(1)):
        return frozenset()
    return frozenset(query_tokens(found.group(1)))


def _people_terms(film: Film) -> frozenset[str]:
    """The terms of the names `_people_named_in` finds."""
    return frozenset(t for name in _people_named_in(film) for t in query_tokens(name))


def _first_run(question: str, people: frozenset[str]) -> list[str]:
    words = re.findall(r"[^\W\d_]+", question)
    run: list[str] = []
    for word in words:
        if word.lower() in people:
            run.append(word)
        elif run:
            break
    return run


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


def _unseen_share(cover: list[str], visible: VisibleIndex) -> float:
    """The share of the question's words that count which no visible text holds in any form."""
    distinct = list(dict.fromkeys(cover))
    if not distinct:
        return 0.0
    return sum(1 for t in as_the_text_says(distinct, visible) if t not in visible) / len(distinct)


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
        # "momento who is john g", found by "John G": the title typed wrong (even as an English word the film's text
        # never uses) is no more a question word than the title.
        title = {t for name in (film.title, *film.aliases) for t in query_tokens(name)}
        near = {t for t in terms if _misspells(t, title, english=True)}
        if near:
            near -= {t for passage in film.passages for t in document_tokens(passage.text)}
        return [t for t in terms if t not in near]
    if not mention.strong:
        # "the Stalker's mentor" names a character, not the film: the word is part of the question.
        return terms
    named = set(query_tokens(" ".join(mention.words)))
    if film is not None:
        # "when did citzen kane come out?" is found by the alias "Kane": the misspelt rest of the title goes too.
        title = {t for name in (film.title, *film.aliases) for t in query_tokens(name)}
        named |= {t for t in terms if t not in title and _misspells(t, title)}
    return [t for t in terms if t not in named]


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


def _unresolved(question: str, film_arg: str, resolution: Resolution, described: str) -> Answer:
    if resolution.status is Status.AMBIGUOUS:
        return _ambiguous(question, film_arg, resolution.choices, described)
    text = f"I don't know a film called {film_arg.strip()[:100]!r}.{_did_you_mean(resolution.choices[:3])}"
    return _no_film(question, Status.NOT_FOUND, text, described, resolution.choices)


def _ambiguous(question: str, name: str, choices: list[FilmRef], described: str) -> Answer:
    names = ", ".join(ref.display_title for ref in choices[:5])
    text = f"Several films match {name.strip()[:100]!r}: {names}. Add the year."
    return _no_film(question, Status.AMBIGUOUS, text, described, choices)


def _no_film(question: str, status: Status, text: str, described: str, choices: list[FilmRef] | None = None) -> Answer:
    """An answer about no one film: which film is meant, or that it is not one we have. `described`: the scope
    in words; `choices`: the films offered (titles only)."""
    return Answer(question=question, status=status, choices=choices or [], scope=described, answer=text)


def _did_you_mean(refs: list[FilmRef]) -> str:
    return " Did you mean " + ", ".join(ref.display_title for ref in refs) + "?" if refs else ""
