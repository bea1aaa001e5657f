"""`Engine`: the answering core. Finds the film (index/film_finder.py), applies the spoiler scope, scores, picks
the excerpt. What it reads in a question lives beside it: which clause asks (index/clauses.py), whom it asks about
(index/people_asked.py), and whether visible text answers it or only hidden text could (index/unseen.py).

The order of operations is what keeps spoilers out: the film is found from titles or from text the scope
allows, the film's passages are cut to the visible ones *before* anything is scored, and every status
decision (answered, withheld) is made from the visible passages plus the bare count of hidden ones.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable

from corpus.models import STORY_KINDS, Film, Passage, SectionKind
from corpus.text import split_sentences
from index import clauses, kin, people_asked, their_part, unseen
from index.access import Visibility
from index.accounts import TRUTH_ASKED, account_excerpt, with_its_teller
from index.after_an_event import after_the_event
from index.answer import (
    A_PART_TOLD,
    OVERVIEW_CHARS,
    Choice,
    Excerpt,
    choose,
    culprit_excerpt,
    ending_excerpt,
    fact_excerpt,
    named_in_full,
    opening_excerpt,
    overview_excerpt,
    setting_excerpt,
    states_reveal,
    tells_fate_of,
    title_excerpt,
    trim_quote,
    twist_excerpt,
    with_the_blow,
)
from index.answer_model import Answer, FilmRef, Hold, ShownPassage, Status, withheld_text
from index.card_extras import extra_excerpt
from index.catalog import Catalog, Mention, Resolution, match_key
from index.film_finder import CONTENT_MARGIN as CONTENT_MARGIN
from index.film_finder import FilmFinder, Found
from index.film_index import CANDIDATES, FilmIndex, Hit, VisibleCache, VisibleIndex
from index.film_phrases import asks_for_films, described_one, goes_on_from
from index.film_replies import SMALL_TALK as SMALL_TALK
from index.film_replies import WHICH_FILM, no_film, unnamed_refusal
from index.film_search import FilmSearch
from index.how_it_started import asked_how_it_started, start_excerpt
from index.identity_claims import claimed_unseen, makes_a_claim, unsaid_claims
from index.naming import (
    NAME_WORD,
    defines,
    named_things,
    people_named_in,
    people_terms,
    terms_of_title,
)
from index.persisted_search import PersistedSearch
from index.question import (
    A_PLACE_OR_TIME,
    FACT_TERMS,
    FATE_TERMS,
    OPENING,
    OPENING_TERMS,
    OVERVIEW_TERMS,
    SETTING_TERMS,
    Analysis,
    Fact,
    Kind,
    Reveal,
    analyze,
    asks_a_part,
    asks_which_film,
    asks_yes_or_no,
    chatter_terms,
    fact_terms,
    name_terms,
    off_the_card,
    synonym,
)
from index.question_shape import (
    BARE_DESCRIPTION,
    COUNT_TERMS,
    ENDING_MOODS,
    ENDING_TERMS,
    FRAMING_TERMS,
    HAPPEN,
    LIKE_TERMS,
    NAME_TERMS,
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
    picked_inside,
    place_picked_from,
    role_asked,
    role_sentence,
    who_by_role,
    without_description,
)
from index.remarks import a_tagged_claim, plain_question, told_before, without_a_comparison
from index.spoilers import ScopeMode, SpoilerScope
from index.tokenize import document_tokens, is_stopword, normalize, query_tokens
from index.visible_terms import as_the_text_says, word_weights

# A visible story passage ending this late tells how the film ends. Only story sections: a trivia or notes
# section placed after the ending sits late in the document but says nothing about how the story ends.
ENDING_FROM = 0.9
MAX_SHOWN = 3
# An ending question naming this many things of its own ("who is the only one able to enter the car in the
# end?") is a plot question set at the end: the general search answers it, preferring sentences that close.
ENDING_FOCUS_MAX = 3
# Films whose passages stay read (with a loader; FILMBOT_FILM_CACHE): a film's passages and term ids are ~60 KB.
FILM_CACHE = 1000
_TWIST_TERMS = frozenset(
    query_tokens(
        "twist twists secret secrets truth surprise big reveal revealed revelation whole time"
        # (what someone comes to know: "what did he find out?")
        " find discover learn realise realize figure work understand"
    )
)


def _twist_words(visible: VisibleIndex) -> frozenset[str]:
    """The words that ask only for the twist, also as the text says them ("big twist" is read as "huge" where a
    summary calls someone "huge"); and with no one named, "was he dead the whole time?": whether someone was dead all
    along is the twist asked for."""
    return _TWIST_TERMS | {synonym(t, visible) for t in _TWIST_TERMS} | FATE_TERMS | unseen.ALIVE_TERMS


# "Give me the twist", "show me the twist now", "I've seen it, what's the twist instead?": how the twist is asked
# for (and having seen the film, VIEWING_TERMS), not what in the story is asked about.
_ASKING_FOR = frozenset(
    query_tokens(
        "give show want wanna now then instead already just finally"
        # "explain fight club's big twist, i'm lost", "i don't get the twist": asked for, and why
        " explain explained tell lost confused confusing get"
    )
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
# "who was behind it all?", "who's the mastermind?": whoever the story shows to have been behind it; where no one
# kills, what the twist shows.
_BEHIND_IT = re.compile(
    r"\bwho(?:'s| is| was|s)? (?:really |actually )?(?:behind (?:it|it all|all of it|all this|all of this|everything"
    r"|the whole thing)\W*$|the (?:real )?mastermind\b)"
)
_CULPRIT = re.compile(
    r"\bwho(?:'s| is| was|s)? (?:the )?(?:real |actual |true )?(?:killer|murderer|culprit|villain|bad guy|antagonist)\b"
    r"|\bwho (?:is|was)(?: actually| really)? (?:doing|behind) (?:the |all the |all )?(?:killings?|murders?)\b"
    r"|" + _BEHIND_IT.pattern
)
_CULPRIT_TERMS = frozenset(query_tokens("real actual true killer murderer culprit villain bad guy antagonist"))
# "Which sin is John Doe himself?", "what sin was he himself meant to be?": which of a kind someone is, where the kind
# ("sin") is the set-up's word ("books on sin", "two sins remain") and the answer says what they are ("he is ENVY").
_KIND_SOMEONE_IS = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\W+)?(?:which|what) ([a-z]+) (?:is|was) [^?]{1,40}?\b(?:himself|herself|themselves)\b",
    re.I,
)
# A word with its possessive "'s" ("Tarkovsky's Solaris").
_POSSESSIVE = re.compile(r"\b([^\W\d_]+)['’]s\b")
# Words of age or size before a role ("the little boy", "the old detective"), which the text may say otherwise.
_AGE_AND_SIZE = frozenset(query_tokens("little young old small older younger elderly tiny teenage big"))
# Where a question starts, by its question word.
_ASKING_WORD = re.compile(r"\b(?:who|whom|whose|what|where|when|why|how|which)\b", re.I)
# Words that ask for a film's name ("what's that movie called?"), not for anything in it.
_NAMING_TERMS = frozenset(query_tokens("called name named title titled"))


# Another film than the one told of: "is there another Hitchcock?"
_ANOTHER = re.compile(r"\b(?:another|any other|other|else)\b", re.I)
# How watching it feels ("is it scary?", "is it violent?"): its genre says something of that, beside the premise.
_HOW_IT_FEELS = re.compile(
    r"\b(?:scary|scare|frightening|creepy|spooky|horror|violent|gory|bloody|disturbing|intense|dark|sad"
    r"|depressing|upsetting|tense|funny|gross|romance|romantic|love story)\b"
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

    def asked_without_titles(self, question: str, guild_id: int | None) -> str:
        """What a question asked, without the titles of ours it names: "For my essay comparing Psycho with Vertigo:
        where is Psycho set?" asks where it is set, which "the other one" next asks of Vertigo."""
        for _, typed in self._finder.titles_typed(question, guild_id):
            question = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", " ", question, flags=re.I)
        return _asked_of_the_chosen(question)

    def titles_named(self, question: str, guild_id: int | None) -> list[str]:
        """The ids of our films the question names by their full titles, in the order typed (typos too)."""
        return [ref.id for ref, _ in self._finder.titles_typed(question, guild_id)]

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
        if film is None and (renamed := self._still_naming(question, guild_id)) is not None:
            # Read whole, with the film named again: its parts alone ("What happens in it?") name none.
            answer = self.ask(
                renamed,
                scope=visibility,
                guild_id=guild_id,
                context_film=context_film,
                context_question=context_question,
                goes_on=goes_on or goes_on_from(question),
            )
            return answer.model_copy(update={"question": question, "read_as": answer.read_as or renamed})
        if film is None and (placed := self._placed_among_named(question, guild_id)) is not None:
            # "I'm deciding between Rashomon and Stalker. How long is the first one?": asked of the film named first,
            # the two named kept as the choices a next "and the second one?" picks from.
            chosen, asked, among = placed
            answer = self.ask(asked, film=chosen, scope=visibility, guild_id=guild_id, context_film=chosen)
            return answer.model_copy(update={"question": question, "read_as": asked, "choices": among})
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
                # ("What's he like?", read as "describe him": what someone is like is what introduces them.)
                if not whole.unsure or (
                    analyze(question, query_tokens(question)).kind is not Kind.WHO
                    and not people_asked.OCCUPATION.search(question.lower())
                    and not people_asked.ORIGIN.search(question.lower())
                    and not _DESCRIBED.search(plain_question(question))
                ):
                    return kept
                again = self._ask_one(of_them.question, film, visibility, guild_id, context_film, None)
                if again.status is Status.ANSWERED and again.passages and people_asked.says_any(again.answer, named):
                    return again.model_copy(update={"question": question, "read_as": of_them.question})
                return kept
            elif (
                not whole.passages
                or not people_asked.says_any(whole.answer, named)
                # "why did he do it?" after "who's the killer?": read alone it asks nothing, and was answered with
                # the premise (which names Norman, as it names most people); asked of Norman, it has an answer.
                or not [t for t in query_tokens(question) if t not in chatter_terms()]
            ):
                # ("Why did Doe do it?" is asked of what the question before asked: it goes with it.)
                did_it = clauses.WHY_SOMEONE_DID_IT.match(of_them.question)
                again = self._ask_one(
                    of_them.question, film, visibility, guild_id, context_film, context_question if did_it else None
                )
                # (Read alone it found nothing, "the summary doesn't say": asked of her, what the text tells is the
                # answer, even where its excerpt calls her "her": "… he sees her body fall to a roof below".)
                if (again.status is not Status.ANSWERED and not whole.passages) or (
                    again.passages and (not whole.passages or people_asked.says_any(again.answer, named))
                ):
                    return again.model_copy(update={"question": question, "read_as": of_them.question})
            elif whole.status is Status.ANSWERED and set(query_tokens(question)) & FATE_TERMS:
                # "when did he die?" after "is Malcolm dead the whole time?": read alone, it found "a faint voice
                # pleading … that it does not want to die", a sentence that names Malcolm and tells no death of his.
                fated = query_tokens(" ".join(named))
                if not tells_fate_of(whole.answer, fated):
                    again = self._ask_one(of_them.question, film, visibility, guild_id, context_film, None)
                    if again.status is Status.ANSWERED and tells_fate_of(again.answer, fated):
                        return again.model_copy(update={"question": question, "read_as": of_them.question})
        if (
            whole.status is Status.ANSWERED
            and whole.read_as is None
            and whole.film is not None
            and whole.film.id == context_film
            and (
                withheld := self._the_one_withheld(question, film, visibility, guild_id, context_film, context_question)
            )
        ):
            # "who killed Tracy?" withheld, then "why did he do it?": "he" is whom the refusal kept back, and the
            # premise (which it was answered with) says nothing of him.
            return withheld.model_copy(update={"question": question, "read_as": context_question})
        if (
            whole.status is Status.ANSWERED
            and not whole.passages
            and whole.film is not None
            and whole.film.id == context_film
            and context_question
            and people_asked.WHOSE_IS_IT.match(question)
        ):
            # "what does Jake find in the pond?" → "… a pair of bifocal glasses." → "whose are they?": read alone it
            # "doesn't say"; "they" is what the answer quoted, and the sentence saying whose it is answers.
            before = self._ask_one(context_question, film, visibility, guild_id, context_film, None)
            if before.status is Status.ANSWERED and before.passages:
                again = self._ask_one(f"whose {before.answer}", film, visibility, guild_id, context_film, None)
                if again.status is Status.ANSWERED and again.passages and people_asked.OWNED.search(again.answer):
                    return again.model_copy(update={"question": question})
        if (
            whole.status is Status.AMBIGUOUS
            and film is None
            and (of_each := self._a_fact_of_each(self._titles_spelt(question, guild_id), whole))
        ):
            return clauses.together(question, [self._of(answer) for answer in of_each])
        parts = clauses.questions_in(question)
        # ("ok so who was she really" after "who is madeleine really?": read as asked of Madeleine, its parts read
        # alone would ask it of no one.)
        if whole.film is None or len(parts) < 2 or (whole.read_as is not None and whole.status is Status.ANSWERED):
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
            if (clauses.ASKS_A_FACT.search(part.lower()) or clauses.asks_a_fact(part))
            and not OPINION.search(part.lower())
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
                or (len(asking) > 1 and all(clauses.asks_a_fact(part) for part in asking))
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
                return (
                    clauses.together(question, each)
                    if len(each) > 1
                    else each[0].model_copy(update={"question": question})
                )
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
        # ("china town who is Katherine": the title typed in two words names the film all the same.)
        if (
            not set(query_tokens(parts[0])) - title - chatter_terms() <= clauses.STEERING
            and not a_tagged_claim(parts[0])
            and not _spells_the_title(parts[0], whole.film)
        ):
            answer = self._ask_one(parts[0], film, visibility, guild_id, whole.film.id, context_question)
            if answer.status is Status.ANSWERED and answer.film == whole.film:
                return answer.model_copy(update={"question": question})
        if OPINION.search(parts[0].lower()) or not clauses.ASKS_A_FACT.search(parts[0].lower()):
            # "Is it scary like Psycho? tell me what it is about": an opinion is no summary's to give; "my friend
            # says it is like Psycho, what year is it from": a statement asks nothing. What the text can answer is
            # asked next.
            answer = self._ask_one(parts[1], film, visibility, guild_id, whole.film.id, context_question)
            if answer.status is Status.ANSWERED and answer.film == whole.film:
                return answer.model_copy(update={"question": question})
        return whole

    def _placed_among_named(self, question: str, guild_id: int | None) -> tuple[str, str, list[FilmRef]] | None:
        """The film a question picks by its place among two or more of ours it names before ("Rashomon or Stalker:
        how long is the second one?"), what it asks of it ("how long is it?") and the films named, in order; None
        for any other question."""
        start = place_picked_from(question)
        if not start:
            return None  # no pick, or nothing before it to name the films
        named = [ref for ref, _ in self._finder.titles_typed(question[:start], guild_id)]
        if len(named) < 2:
            return None
        found = picked_inside(question[start:], len(named))
        if found is None:
            return None
        index, asked = found
        return named[index].id, asked, named

    def _titles_spelt(self, question: str, guild_id: int | None) -> str:
        """The question with our titles it types wrong spelt right ("who directed Momento and Se7en?")."""
        for ref, typed in self._finder.titles_typed(question, guild_id):
            if match_key(typed) != match_key(ref.title):
                question = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", ref.title, question, count=1)
        return question

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
        # ("I believe the Prestiege is by the same director as Memento. Who wrote it?": the film told of is the one
        # Memento is compared to)
        named, unknown = self._finder.named_in(without_a_comparison(lead), guild_id)
        title = unknown if unknown is not None else named.films[0].title if named and len(named.films) == 1 else None
        if title is None:
            return None
        if named is not None and unknown is None and _ANOTHER.search(rest):
            return rest, named.films[0].id
        # "is it scary?" of the film told of is "is The Sixth Sense scary?"; "who is madeleine?", "… in Vertigo?".
        if _THE_FILM_AS_IT.search(rest):
            return _THE_FILM_AS_IT.sub(title, rest, count=1), None
        return f"{rest.rstrip(' ?!.')} in {title}?", None

    def _still_naming(self, typed: str, guild_id: int | None) -> str | None:
        """The plain form of a question, naming the one film the question as typed named, when reading it plainly
        dropped the lead-in that named it: "For Vertigo we'd like to warn people about the tower scene. What happens
        in it?" is "what happens in the tower scene in Vertigo?", not asked of whichever film has a tower scene.
        None when the plain form names it still, or names none the typed one did."""
        plain = self._finder.with_makers_spelt(plain_question(typed), guild_id)
        if plain == typed or self._finder.titles_typed(plain, guild_id):
            return None
        # (Not a film named only to compare: "its like solaris but on earth right? who directed it".)
        named = self._finder.titles_typed(without_a_comparison(typed), guild_id)
        if len(named) != 1:
            return None
        # Only a title typed before what is asked: "who's the director, same guy as Solaris?" compares, after it.
        asked = [found.start() for found in _ASKING_WORD.finditer(typed)]
        title = re.search(re.escape(named[0][1]).replace(r"\ ", r"\W+"), typed, re.I)
        if not asked or title is None or title.start() > asked[-1]:
            return None
        return f"{plain.rstrip(' ?!.')} in {named[0][0].title}?"

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
        question = self._finder.with_makers_spelt(plain_question(question), guild_id)
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
        if (
            context_question
            and (guess := _A_GUESS.match(question)) is not None
            and (who := _WHO_ASKED.match(context_question)) is not None
        ):
            # "who is the killer in psycho?", then "is it norman?": the guess asked as the question it answers ("is
            # norman the killer in psycho?"), withheld or answered as that would be; read alone, the premise's
            # sentence about Norman seemed to answer it.
            guessed = f"{'was' if who['was'] else 'is'} {guess['name']} {context_question[who.end() :].strip()}"
            answer = self._ask_one(guessed, film, visibility, guild_id, context_film, None)
            return answer.model_copy(update={"question": asked_as_typed, "read_as": guessed})
        if (
            context_question
            and context_question != question
            and (_ASKED_ANYWAY.match(question) or (_ECHOED.match(question) and _ECHOED_OF.search(context_question)))
        ):
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
        if (
            context_question is not None
            and context_film is not None
            and their_part.asked(question)
            and (actor := self._actor_just_named(context_question, context_film, visibility, guild_id)) is not None
        ):
            # "who stars in Planet of the Apes?" then "what's his character called?": the part of the actor that
            # question or its answer named ("his" read alone was someone in the story, and withheld).
            of_the_actor = their_part.of_the_actor(question, actor)
            answer = self._ask_one(of_the_actor, film, visibility, guild_id, context_film, None)
            return answer.model_copy(update={"question": asked_as_typed, "read_as": of_the_actor})
        if self._same_film(film, context_film, guild_id) and (
            of_them := self._asked_of_another(question, context_film, context_question, guild_id)
        ):
            # "Does Marion survive?" then "and Arbogast?": the same question, of another person in the film (also
            # with the film option, picked again for each question).
            answer = self.ask(of_them, film=film, scope=visibility, guild_id=guild_id, context_film=context_film)
            return answer.model_copy(update={"question": asked_as_typed, "read_as": of_them})
        chatter = chatter_terms()
        terms = [t for t in query_tokens(question) if t not in chatter]
        matters = clauses.WHY_IT_MATTERS.match(question)
        # (With "he" it is first read as asked of him: `_of_the_one_asked_about`.)
        did_it = clauses.WHY_SOMEONE_DID_IT.match(question)
        if did_it is not None and not clauses.done_by(did_it):
            did_it = None
        if (
            context_question is not None
            and context_film is not None
            and film is None
            and clauses.WHO_DID_IT.match(question)
            and (deed := clauses.deed_asked(context_question)) is not None
            and (asked_of := self.index(context_film)) is not None
        ):
            # "Why was Hollis killed?" then "who did it?": who did that deed to whom that question named.
            own_title = terms_of_title(asked_of.film)
            victims = [
                w
                for w in re.findall(r"[\w'’]+", context_question)
                if set(query_tokens(w)) & people_terms(asked_of.film) and not set(query_tokens(w)) & own_title
            ]
            if victims:
                combined = f"who {deed} {' '.join(victims)}?"
                answer = self._ask_one(combined, film, visibility, guild_id, context_film, None)
                return answer.model_copy(update={"question": asked_as_typed, "read_as": combined})
        if (
            context_question is not None
            and context_film is not None
            and film is None
            and (knew := clauses.SOMEONE_KNEW.match(question)) is not None
        ):
            # "Was Tracy pregnant?" then "did Mills know?": whether he knew what that question asked about, asked in
            # its words (read alone, "know" found nothing of hers).
            named_film = self._title_typed(context_question, context_film)
            about = [
                w
                for w in re.findall(r"[\w'’]+", context_question)
                if (said := set(query_tokens(w))) and not said & chatter and not said & named_film
            ]
            if about:
                before = self._ask_one(context_question, film, visibility, guild_id, context_film, None)
                if before.status is Status.WITHHELD:
                    return before.model_copy(update={"question": asked_as_typed, "read_as": context_question})
                combined = f"did {knew['who']} know {' '.join(about)}?"
                answer = self._ask_one(combined, film, visibility, guild_id, context_film, None)
                return answer.model_copy(update={"question": asked_as_typed, "read_as": combined})
        if (
            context_question is not None
            and context_film is not None
            and film is None
            and (
                (
                    clauses.BARE_FOLLOW_UP.match(question)
                    and len(question.split()) <= clauses.BARE_WORDS
                    and not [t for t in terms if t not in clauses.SAYS_NOTHING]
                )
                or matters is not None
                or did_it is not None
            )
        ):
            # "why?", "how?", "how come?" right after a question: asked of what that one asked about. (Not "how does
            # he do it?", where doing it is what is asked: the trick.)
            words = re.findall(r"[\w'’]+", context_question)
            title_words = self._title_typed(context_question, context_film)
            asked_words = [w for w in words if query_tokens(w) and w.lower() not in chatter]
            about = [w for w in asked_words if not set(query_tokens(w)) & title_words] or asked_words
            if about:
                # How or why something withheld happened is withheld with it ("who killed Hollis?", then "how?").
                before = self._ask_one(context_question, film, visibility, guild_id, context_film, None)
                if before.status is Status.WITHHELD:
                    return before.model_copy(update={"question": asked_as_typed, "read_as": context_question})
                if did_it is not None:
                    # "What was in the box?" then "why did Doe do it?": why Doe did what that asked, asked in its words
                    # ("what was in the box" asks what the box holds, which "box" alone does not).
                    untitled = [w for w in words if not set(query_tokens(w)) & title_words]
                    combined = f"why did {clauses.done_by(did_it)} {' '.join(untitled)}?"
                else:
                    bare = "why" if matters else re.sub(r"\bhow come\b", "why", question.rstrip(" ?!."), flags=re.I)
                    combined = f"{bare} {' '.join(about)}?"
                answer = self._ask_one(combined, film, visibility, guild_id, context_film, None)
                if did_it is None and not matters and clauses.ASKS_WHY.match(question):
                    answer = self._why_of_what_was_told(
                        answer, before, combined, words, title_words, film, visibility, guild_id, context_film
                    )
                # (Read as asked of what came before, "he" in "why did he do it?" is no one to read again.)
                read_as = combined if did_it is not None else None
                return answer.model_copy(update={"question": asked_as_typed, "read_as": read_as})
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
            if (
                found.status is Status.NOT_FOUND
                and found.read_as is not None
                and not [t for t in query_tokens(found.read_as) if t not in chatter_terms()]
                and (asked_before := self._asked_again(context_question, guild_id)) is not None
            ):
                # "who directed the godfather?", then "alien?": a title alone asks again what was asked, which a
                # next "ok fine, chinatown" asks of Chinatown.
                return found.model_copy(update={"read_as": asked_before})
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
            terms = unseen.without_misspelt_title(terms, index.film)
            if mention is not None and (
                mention.strong
                or not unseen.told_in_its_story(mention.words, index)
                or not unseen.DETERMINED.search(question.lower().split(mention.words[0])[0])
            ):
                # "how does psycho end?", "vertigo ending pls" with the option: the option and the title typed
                # agree, so the question reads as if the title alone named the film. Not "who is the stalker?",
                # where the word is one the film's story uses, as a noun.
                how = Found.NAMED
                mention = Mention(films=mention.films, words=mention.words, strong=True, lone=mention.lone)
        title_film = index.film if how is not Found.OPTION else None
        # "the film where … Kane dies alone. Who directed it?": a description naming its film in a sentence of its
        # own asks the sentence after it (whether the description may confirm anything is checked as ever).
        asked: str | None = None
        if how in (Found.CONTENT, Found.FOLLOW_UP) or asks_what_the_described_is_about(question):
            # ("who directed the film where the guy has tattoos?" right after Memento: the description is still
            # only how the film is pointed at.)
            asked = without_description(question)
        elif how is Found.NAMED:
            asked = asked_after_description(question)
            if (
                asked is None
                and mention is not None
                and "other" in mention.words
                and set(query_tokens(" ".join(mention.words))) & THE_FILM
                and (pointed := without_description(question)) is not None
                and analyze(pointed, []).facts
            ):
                # "the other hitchcock one, with the motel … - who's in that": a maker's other film, described, then
                # asked a fact of. (Not "whats the other fincher movie about", which asks what it is about.)
                asked = pointed
        if how is Found.CHOSEN and context_question:
            asked = _asked_of_the_chosen(context_question)
        if asked is None and how is Found.CONTENT and context_question and described_one(question):
            # "That nolan film with the tattoos, who's in it?" (Memento), then "and the magician one?": the same
            # question, of the film those words point at.
            asked = self._asked_again(context_question, guild_id) or "what is it about?"
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
            # ("which movie ends with the Statue of Liberty half buried in the sand?" with spoilers on: a description
            # of what only the hidden text tells is answered with the passage it describes, which the reader may see.)
            and (
                scope.mode is not ScopeMode.ON
                or not self._finder.may_confirm(question, terms, index, SpoilerScope.off())
            )
        ):
            # "What's the movie where an insomniac goes to support groups?": the film is the answer, and what it
            # is about is the part anyone may see (whether naming it may confirm the description is checked below).
            asked = "what is it about?"
        if how is Found.NAMED and mention is not None and asked is None:
            asked = clauses.past_the_lead_in(question, mention.words) or self._finder.opens_on_the_title(
                question, mention, spoilers=scope.mode is ScopeMode.ON
            )
            if asked is not None:
                mention = None
            elif (
                (left := set(unseen.without_title(terms, mention))) <= clauses.STEERING | clauses.THE_SAME
                and not QUESTION_WORD.search(re.sub(r"\b(?:what|how) about\b", "", question.lower()))
                and (left <= clauses.STEERING or clauses.SAYS_THE_SAME.search(question))
                and ((again := self._asked_again(context_question, guild_id)) is not None or left <= clauses.STEERING)
            ):
                # "ok now Psycho", "I meant The Prestige", "can we do Rashomon now?": only the film is named,
                # so what it is about is what is asked; after "who directed Memento?", "and The Prestige?" (or
                # "and psycho? same guy?") asks the same of this film.
                asked = again or "what is it about?"
                mention = None
        if asked is None and (credit := self._credit_checked(question, terms, mention, title_film, ref.id)):
            # "hitchcock right?", "was it hitchcock?": whether someone made the film is told by the credit itself
            # (the story text never holds the name, and a yes/no question it cannot answer was withheld).
            asked = credit
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
                    t for t in unseen.without_title(terms, mention, title_film) if t not in self._finder.makers(ref.id)
                ],
            )
            # "the prestige, is it rated for kids, who's in it": the fact asked beside the judgement is answered
            # (the genre, for how it feels, leads the premise: "is there romance?")
            and not (
                set(analyze(question, [t for t in untitled if t not in OPINION_TERMS]).facts)
                - ({Fact.GENRE} if _HOW_IT_FEELS.search(question.lower()) else set())
            )
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
            if how is Found.CONTENT and (offered := self._finder.also_pointed_at(question, ref.id, guild_id)):
                # "That hitchcock movie, does the blonde die?": the maker (or year) the asker named fits several of
                # our films; which of them is meant is theirs to say, and offering them confirms nothing.
                return no_film(question, Status.AMBIGUOUS, WHICH_FILM, answer.scope, offered)
            return unnamed_refusal(question, answer.scope, answer.hold or Hold.SPOILERS_OFF)
        if answer.hold is Hold.SPOILERS_OFF and _turned_off_for(ref.id, visibility):
            # "/spoilers on" would not help: it is already on, and the "off" for this film is the narrower choice.
            return answer.model_copy(update={"hold": Hold.FILM_OFF})
        return answer

    def _title_typed(self, question: str, film_id: str) -> set[str]:
        """The terms of the film's title and aliases, and of its title as `question` misspells it ("who's the killer
        in psyco?"): the film a question names, which is no part of what it asks ("what was in the box in seven?"
        asks nothing of "At seven o'clock")."""
        index = self.index(film_id)
        if index is None:
            return set()
        terms = {t for name in (index.film.title, *index.film.aliases) for t in query_tokens(name)}
        typed = query_tokens(question)
        return terms | (set(typed) - set(unseen.without_misspelt_title(typed, index.film)))

    def _why_of_what_was_told(
        self,
        answer: Answer,
        before: Answer,
        combined: str,
        words: list[str],
        title_words: set[str],
        film: str | None,
        visibility: Visibility,
        guild_id: int | None,
        context_film: str | None,
    ) -> Answer:
        """ "What's in the box?" → "The box holds Tracy's head." → "why?": why of what that answer told, so the
        people it names are asked about too, since the reason is told of them ("Doe … envied Mills"). Kept only
        when it still holds every word of the question before that the plain reading's answer held: the question
        asked of one thing stays with it ("what does Hollis do?" → "why?" is about Hollis)."""
        told = [
            w
            for w in NAME_WORD.findall(before.answer)
            if before.status is Status.ANSWERED
            and set(query_tokens(w)) & set(name_terms(before.answer))
            and not set(query_tokens(w)) & title_words
        ]
        if not told or answer.status is not Status.ANSWERED:
            return answer
        wider = self._ask_one(
            combined.rstrip("?") + " " + " ".join(dict.fromkeys(told)) + "?",
            film,
            visibility,
            guild_id,
            context_film,
            None,
        )
        asked = {t for w in words for t in query_tokens(w)}
        held = asked & set(query_tokens(answer.answer))
        if wider.status is Status.ANSWERED and held <= set(query_tokens(wider.answer)):
            return wider
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
        story = [p for p in film.passages if p.section_kind in STORY_KINDS]
        wanted = _plain_words(quote)
        at = next((i for i, p in enumerate(story) if p.ordinal in shown and wanted in _plain_words(p.text)), None)
        if at is None:
            return None
        ref = FilmRef(id=film.id, title=film.title, year=film.year)
        base = Answer(question=asked, status=Status.ANSWERED, film=ref, scope=scope.describe())
        holder = story[at]
        told = split_sentences(holder.text)
        said = max((i for i, sentence in enumerate(told) if wanted in _plain_words(sentence)), default=len(told) - 1)
        if said + 1 < len(told):
            # The quote ends inside its passage ("Marion takes a shower in cabin one." opens the one that goes on
            # "A figure … stabs her to death"): the story goes on from the sentence after it.
            rest = " ".join(told[said + 1 :])
            excerpt = Excerpt(trim_quote(rest, OVERVIEW_CHARS), holder, holder.section)
            return _with_excerpt(base, excerpt, [], _Citation(index, visible, scope))
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

    def _credit_checked(
        self, question: str, terms: list[str], mention: Mention | None, title_film: Film | None, film_id: str
    ) -> str | None:
        """The credit a yes/no question checks when all it names is someone who made the film ("hitchcock right?",
        "was kim novak in it?"): the question that credit answers ("who directed it?"), or None."""
        film = self.film(film_id)
        if film is None or not asks_yes_or_no(question):
            return None
        named = set(unseen.without_title(terms, mention, title_film)) - _CHECKING
        if not named:
            return None
        facts = film.facts
        for credit, asked in (
            (facts.director, "who directed it?"),
            (facts.writer, "who wrote it?"),
            (", ".join(facts.actors()), "who is in it?"),
        ):
            if credit and named <= set(query_tokens(credit)):
                return asked
        return None

    def _actor_just_named(
        self, context_question: str, context_film: str, visibility: Visibility, guild_id: int | None
    ) -> str | None:
        """The cast member of the last film the last question named by their whole name, or else its answer did
        ("who plays mills?" → Brad Pitt); None when neither names one."""
        asked_of = self.index(context_film)
        if asked_of is None:
            return None
        if (actor := their_part.actor_named(context_question, asked_of.film)) is not None:
            return actor
        before = self._ask_one(context_question, None, visibility, guild_id, context_film, None)
        if before.status is not Status.ANSWERED or before.film is None or before.film.id != context_film:
            return None
        return their_part.actor_named(before.answer, asked_of.film)

    def _asked_of_another(
        self, question: str, context_film: str | None, context_question: str | None, guild_id: int | None
    ) -> str | None:
        """ "And Arbogast?" after "does Marion survive?": the last question with the one name it gave of the last
        film's people replaced by the name given now; None for anything else."""
        bare = people_asked.AND_SOMEONE.match(question)
        if bare is None or not context_film or not context_question:
            return None
        if self._catalog.find_in_question(question, guild_id) is not None:
            return None  # "and The Prestige?" names a film: `_asked_again` asks it of that film
        index = self.index(context_film)
        if index is None:
            return None
        # (Not the title's words as typed: "in Seven what sin is the killer?" asks of the killer.)
        title_typed = self._title_typed(context_question, context_film)
        people = frozenset(w for w in people_named_in(index.film) if not set(query_tokens(w)) <= title_typed)
        new = bare.group("name")
        if (role := people_asked.A_ROLE.fullmatch(new.lower())) is not None:
            if (asked := people_asked.asked_of_another_role(role[1], context_question, index.film)) is not None:
                return asked
            if not set(query_tokens(role[1])) & people_asked.SOMEONE_WORDS:
                return None  # "and the ending?" asks anew
            # "Who plays Tyler Durden?" → "and the narrator?"
            return people_asked.asked_of_another_one(new, context_question, people)
        if (kin := people_asked.SOMEONES.fullmatch(new.lower())) is not None:
            return people_asked.asked_of_someones(kin[1], context_question, people)
        if not all(w.lower() in people for w in new.split()):
            return None
        if {w.lower() for w in people_asked.first_run(context_question, people)} == {w.lower() for w in new.split()}:
            return None
        # The first run of the last question's name words is the person it was about ("Marion", "Norman Bates"),
        # else the first word for someone ("what sin is the killer?" → "and Mills?").
        return people_asked.asked_of_another_one(new, context_question, people)

    def _of_the_one_asked_about(
        self,
        question: str,
        film_arg: str | None,
        visibility: Visibility,
        guild_id: int | None,
        context_film: str | None,
        context_question: str | None,
    ) -> people_asked.ReadAs | None:
        """ "Does she die?" after "does Evelyn die at the end?": the question with its "he" or "she" read as the
        one person the last question asked about; after a question asking who did something ("who killed
        Hollis?"), as the one its answer names first besides those it asked about ("why did he do it?": Cross).
        "It" after "what is Rosebud?" is Rosebud. None when the question names someone itself or a film, or no
        one such is found, or several, or the text speaks of them otherwise ("she" is not Arbogast)."""
        said_of = self._pronoun_of_the_last_film(question, context_film, context_question, guild_id)
        if said_of is None or context_question is None:
            return None
        pronoun, index = said_of
        film = index.film
        # Not the title's words ("Chinatown: …") nor the cast's ("… brad pitt one": "his wife" is his character's).
        not_people = set(terms_of_title(film))
        # (and the pieces of a title's word spelt with digits: "Se7en" is no "Se")
        not_people |= {t for name in (film.title, *film.aliases) for t in re.findall(r"[^\W\d_]+", name.lower())}
        not_people |= self._finder.makers(film.id)
        people = frozenset(w for w in people_named_in(film) if not set(query_tokens(w)) & not_people)
        if {w.lower() for w in re.findall(r"[^\W\d_]+", question)} & people:
            return None
        named = {w.lower() for w in re.findall(r"[^\W\d_]+", context_question) if w.lower() in people}
        before = analyze(context_question, query_tokens(context_question))
        said = pronoun.group(0).lower()
        # "Who plays Marion Crane?", then "where does she work?": she is the part asked about, not the one who plays
        # it, whom the story never speaks of.
        asked_who_plays = Fact.CAST in before.facts
        if said == "it":
            # Only a thing the last question asked what it is: "it" is most often the film.
            if not (before.who_is and people_asked.WHAT_IS.match(context_question)):
                return None
            run = people_asked.first_run(context_question, people)
            if not run or named != {w.lower() for w in run}:
                return None
        elif (before.kind is Kind.WHO and (not before.who_is or not named) and not (named and asked_who_plays)) or (
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
                    people_asked.without_rank(r)
                    for r in people_asked.name_runs(answered.answer, others)
                    if said == "it" or people_asked.spoken_as(r, film) in (people_asked.GENDER[said], None)
                ),
                [],
            )
        else:
            run = people_asked.first_run(context_question, people)
            if not run or named != {w.lower() for w in run}:
                return None
        if not run:
            return None
        # ("Tyler Durden" is seldom followed by "he"; "Tyler" is.)
        # (A person the text never marks as either may be either: "who is thompson?", "what is he looking for?")
        if (
            said != "it"
            and (spoken := people_asked.spoken_as(run, film)) is not None
            and spoken != people_asked.GENDER[said]
        ):
            # "does arbogast survive?", then "how much money does she steal?": she is not Arbogast.
            return None
        name = " ".join(run)
        asked = people_asked.THIRD_PERSON.sub(
            lambda m: f"{name}'s" if m.group(0).lower() == "his" else name, question, count=1
        )
        return people_asked.ReadAs(question=asked, name=run)

    def _pronoun_of_the_last_film(
        self, question: str, context_film: str | None, context_question: str | None, guild_id: int | None
    ) -> tuple[re.Match[str], FilmIndex] | None:
        """The question's "he", "she", "his" or "it", and the last film's index, when there was a last question and
        this one names no film; None otherwise."""
        pronoun = people_asked.THIRD_PERSON.search(question)
        if not context_film or not context_question or pronoun is None:
            return None
        if _SOMEONE_SET_BEFORE.match(question):
            # "the guy strapped to the bed, was he still alive?": "he" is the one the question describes first.
            return None
        index = self.index(context_film)
        if index is None or self._catalog.find_in_question(question, guild_id) is not None:
            return None
        return pronoun, index

    def _the_one_withheld(
        self,
        question: str,
        film_arg: str | None,
        visibility: Visibility,
        guild_id: int | None,
        context_film: str | None,
        context_question: str | None,
    ) -> Answer | None:
        """The last question's refusal, when that asked who did something ("who killed Tracy?") and this one asks
        of "he" or "she" without naming anyone: the pronoun stands for the answer kept back. None otherwise."""
        said_of = self._pronoun_of_the_last_film(question, context_film, context_question, guild_id)
        if said_of is None or context_question is None or said_of[0].group(0).lower() == "it":
            return None
        index = said_of[1]
        if {w.lower() for w in re.findall(r"[^\W\d_]+", question)} & people_named_in(index.film):
            return None
        before = analyze(context_question, query_tokens(context_question))
        if before.kind is not Kind.WHO or before.who_is:
            return None
        answered = self._ask_one(context_question, film_arg, visibility, guild_id, context_film, None)
        return answered if answered.status is Status.WITHHELD else None

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
                _TWIST_TERMS | _CULPRIT_TERMS | clauses.modifiers(candidate)
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
        if pointer := _THE_FILM_ITSELF.search(question):
            # "what's the twist in that one?", "who is the killer in the movie?": the film pointed at is the one
            # asked about, and its words ask nothing of it ("one" and "film" were searched for, and nothing told).
            terms = _without_once(terms, query_tokens(pointer.group()))
        if pronouns := clauses.numbers_as_pronouns(question):
            # "What does Kelvin do with the first one?", "where do the two of them end up living?": the number
            # stands for someone said before, no word the story must hold ("one" nowhere before 60% of Solaris
            # withheld the first visitor's fate).
            terms = _without_once(terms, pronouns) or terms
        if again_and_again := clauses.over_and_over(question):
            # "What's the painting Madeleine keeps staring at?": how often she does it, which no summary says ("keep"
            # unseen up to 40% withheld it as a question about what lies past the limit).
            terms = _without_once(terms, again_and_again) or terms
        if clauses.asks_how_it_works(question):
            # "How does the Transported Man work?", "how does angier's machine work?": "work" asks for a mechanism,
            # as "happen" asks for an event; as a story word it met "Angier cannot work out how" and "Borden and
            # Angier worked as plants" (a job), beside the point.
            terms = _without_once(terms, clauses.WORK) or terms
        if clauses.asks_what_gave_it_away(question):
            # "What gave it away to Scottie?": what let him see through it is where he recognizes it ("Scottie
            # recognizes it as Carlotta's jewel"); "give" and "away" met "Elster has got away" and "she gives in".
            terms = [t for t in terms if t not in clauses.GIVE_AWAY_WORDS] or terms
        if clauses.asks_how_a_trick_is_done(question):
            # "How did Borden do the trick?", "how does Angier's trick work?": the secret is told in other words than
            # the trick's ("identical twins", "an exact copy"); "trick" met the set-up's "a bullet-catch trick".
            terms = [t for t in terms if t not in clauses.TRICK_WORDS] or terms
        if epithets := _epithets(question, people_terms(film)):
            # "what happened to big bob?", "poor marion": a word of fondness or size before a name is the asker's,
            # not the story's ("big" read as "huge former bodybuilder" put his introduction over his death).
            terms = [t for t in terms if t not in epithets] or terms
        named_here = people_terms(film)
        content = [
            synonym(
                people_asked.as_a_common_word(people_asked.in_words(t, visible), question, visible, named_here), visible
            )
            for t in _respelled(unseen.without_title(terms, mention, title_film), visible, index)
        ]
        if _WHERE_OR_WHY.search(question.lower()):
            # "Where'd her car end up?": the verb of "end up" asks where something came to be, not about the ending
            # ("Two missing girls …" at the end held "girl" and "end"). ("Does Scottie end up with her?" asks how
            # it ends.)
            content = clauses.without_phrasal_up(question, content) or content
        roles = people_asked.roles_named(question, visible)
        as_asked = clauses.without_doubt_of_the_film(clauses.after_a_title_heading(question, mention), mention)
        analysis = analyze(as_asked, content, roles)
        own_title = set(terms_of_title(film))
        titled = own_title & set(content)
        if titled and not (analysis.facts or analysis.overview or analysis.setting):
            # "What is the premise of the apes film from 1968?": words of the title typed around how the film was
            # named ask nothing of it, when without them the question asks a fact, a summary or the setting.
            bare = [t for t in content if t not in titled]
            if (untitled := analyze(question, bare, roles)).facts or untitled.overview or untitled.setting:
                content, analysis = bare, untitled
        makers = self._finder.makers(film.id)
        if (
            possessed := {t for word in _POSSESSIVE.findall(question) for t in query_tokens(word)}
            & makers
            & set(content)
        ):
            # "What is Tarkovsky's Solaris about?": the film named by its maker's name, which asks nothing of him (it
            # was answered "directed by Andrei Tarkovsky").
            content = [t for t in content if t not in possessed]
            analysis = analyze(as_asked, content, roles)
        if not (analysis.facts or analysis.overview or analysis.setting) and (
            clause := clauses.plain_clause(
                # (The title's words as typed, too: "what's memento about, heard it's confusing" names the film
                # in a word the catalog takes for a title only weakly, yet the clause asks what it is about.)
                question,
                lambda c: [
                    t for t in unseen.without_title(c, mention, title_film) if t not in makers and t not in own_title
                ],
            )
        ):
            # "Who directed it, same guy as The Prestige?", "what is Vertigo about? no spoilers pls": one clause
            # asks what anyone may see; the rest is an aside, which no summary answers.
            clause_terms = [t for t in query_tokens(clause) if t not in chatter_terms()]
            answer = self._answer(clause, index, clause_terms, mention, scope, title_film)
            return answer.model_copy(update={"question": question})
        if (renamed := people_asked.deed_on_a_named_role(question, visible, people_terms(film))) is not None:
            # "Who killed her husband?": whoever did it is told of him by name ("Cross admits he killed Hollis"),
            # not of "her husband".
            answer = self._answer(renamed, index, query_tokens(renamed), mention, scope, title_film)
            return answer.model_copy(update={"question": question})
        if analysis.yes_no:
            # A yes/no or "who did it" question holds its verb to the letter (`unseen.answers_enough`, strict).
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
        film_names = [query_tokens(re.sub(r"\s*\([^)]*\)", "", name)) for name in (film.title, *film.aliases)]
        if (started := asked_how_it_started(question, film_names)) is not None:
            if (start := start_excerpt(started, visible)) is not None:
                # "How does the club start?": where it first comes up in the story, not a sentence that only shares
                # the verb ("He starts attending a new support group"), nor the film's opening.
                return _with_excerpt(base, start, [], cite)
            if visible.hidden:
                # Nothing the asker may see tells of it (Fight Club's premise never names the club): only the hidden
                # part can, whether or not it does.
                return _nothing_shown(base, film, scope, visible, unsure=True)
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
        if (
            analysis.yes_no
            # ("is hari real in solaris?" doubts who someone is: no cast check, whatever the visible text lacks)
            and analysis.reveal is None
            and (
                unknown := unseen.names_or_years_it_lacks(question, content, visible, makers)
                or unseen.years_in(content)
            )
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
            len(clauses.questions_in(question)) < 2
            and (excerpt := extra_excerpt(question, film, visible, content)) is not None
        ):
            # "Who shot Citizen Kane, like the cinematographer?", "what studio made it?": a credit the card lists
            # beyond the usual ones, which "shot" or "like" read as the story's words would have withheld. (One
            # question of several is answered with the others: "who directed it, and which studio made it?")
            return _with_excerpt(base, excerpt, [], cite)
        if (
            scope.mode is not ScopeMode.ON
            and (making := off_the_card(question))
            and not any(synonym(t, visible) in visible for t in making)
        ):
            # "Who composed the music for Vertigo?", "did Citizen Kane win an Oscar?": no story tells it, so
            # "turn spoilers on" would not help; what the bot knows of a film is said instead. (Said alike whether
            # or not the hidden text mentions it, so the reply tells nothing of that text.)
            return base.model_copy(update={"answer": people_asked.OFF_THE_CARD.format(title=film.title)})

        focus = [
            t
            for t in content
            if t not in ENDING_TERMS
            and t not in FRAMING_TERMS
            and t not in HAPPEN
            and t not in clauses.EXPLAINED
            and not (analysis.ending and t in ENDING_MOODS)
        ]
        late = [
            p
            for p, where in zip(visible.passages, visible.placements, strict=True)
            if (p.section_kind is SectionKind.ENDING and scope.mode is not ScopeMode.UPTO)
            or (p.section_kind in STORY_KINDS and where.end >= ENDING_FROM)
        ]
        ending = (
            analysis.ending
            and not unseen.ending_words_used_earlier(question, visible, late)
            # "Does Evelyn get away at the end?": whether someone lives, when the ending tells their death ("the
            # bullet kills Evelyn"), which the fate rules find; the closing lines beside it hold "away" of someone
            # else. (Not "does Taylor survive at the end?": no death of his is told there, and the closing lines
            # answer. Nor "how does she die at the end?", which asks how, at the end.)
            and not (
                analysis.reveal is Reveal.FATE
                and analysis.yes_no
                and (whose_fate := set(focus) & people_terms(film))
                and any(tells_fate_of(p.text, whose_fate) for p in late)
            )
        )
        # "What's up with the daughter at the end?": "Marta sits at home …" is about her too.
        also = people_asked.role_names(focus, visible, people_terms(film)) if ending else {}
        if ending and not late and _at_the_end(question, film):
            # "How does the narrator get rid of Tyler at the end?" up to 50%: however much it names, what happens
            # at the end lies past what the asker may see; an earlier sentence naming the same people is not it.
            return _nothing_shown(base, film, scope, visible)
        if ending and len(set(focus)) < ENDING_FOCUS_MAX and not unseen.told_before_the_end(focus, late, visible, also):
            excerpt = ending_excerpt(late, focus, final=analysis.final, also=also)
            if excerpt is not None:
                return _with_excerpt(base, with_the_blow(excerpt, visible.passages), [], cite)
            return _nothing_shown(base, film, scope, visible)

        # The film's own title words fill its passages ("the Stalker" in Stalker), so they show nothing
        # about whether a passage answers; they still help rank, as the scorer's query. Words that only say
        # what shape the answer takes ("how old", "what is his name") are seldom in the text that answers.
        title_terms = set(terms_of_title(film))
        # "What car does Leonard drive?": the noun after "what" names the kind of answer ("a Jaguar"), which the
        # text that answers seldom uses; it asks nothing when no visible passage holds it.
        # Only when one visible passage holds all the rest ("drives" beside "Leonard"): "what weapon does Norman
        # use?" beside a passage that only names Norman stays unanswered.
        shape = analysis.shape_terms
        # (Typed as the text never spells it, "color" still names the kind of answer: not the text's "colour".)
        kind_of_answer = frozenset(synonym(t, visible) for t in people_asked.answer_kind(question) if t not in visible)
        rest = [t for t in content if t not in title_terms and t not in shape and t not in kind_of_answer]
        what_someone_is = analysis.who_is
        if (which_kind := _KIND_SOMEONE_IS.match(question)) and analysis.reveal is None:
            # The kind names the answer's kind, as "car" in "what car …?", though the text uses it; what someone is
            # themselves is who they turn out to be (withheld with spoilers off, as "who is Doe really?").
            kind_terms = frozenset(query_tokens(which_kind.group(1)))
            if [t for t in content if t not in kind_terms]:
                content = [t for t in content if t not in kind_terms]
                analysis = dataclasses.replace(analysis, reveal=Reveal.IDENTITY)
                shape = shape | kind_terms
                what_someone_is = True
        # (A place or a time asks where or when, whatever else is held: "what city does Marion work in?" is told as
        # "a real-estate secretary in Phoenix", which says neither "city" nor "work".)
        if kind_of_answer and rest and (kind_of_answer <= A_PLACE_OR_TIME or people_asked.held_together(rest, visible)):
            shape = shape | kind_of_answer
            content = [t for t in content if t not in kind_of_answer]
        # "Who is Bob at the start?": where in the story to look, which the text that answers seldom says.
        placing = frozenset(t for at in _AT_THE_START.finditer(question.lower()) for t in query_tokens(at.group()))
        telling = [t for t in content if t not in title_terms and t not in shape and t not in placing] or content
        # A refusal for a question the visible text hardly speaks of ("is the night porter a ghost?" after
        # asking about another film) must not read as "yes, that is this film's twist".
        unsure = unseen.unfamiliar(telling, visible)

        if (
            analysis.reveal is not None
            and visible.hidden
            and scope.mode is ScopeMode.OFF
            and not unseen.fate_told_openly(analysis, content, visible)
            and not _fate_placed_early(analysis, question)
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

        if scope.mode is not ScopeMode.ON and visible.hidden and claimed_unseen(question, visible):
            # "Is the kid's therapist a ghost?": the premise sentence on the child psychologist says nothing of a
            # ghost, which only the hidden text may. Decided from the visible text alone.
            return _withheld(base, film, scope, unsure=True)

        if (
            not (analysis.overview or analysis.setting)
            and (played := people_asked.actor_for_a_part(question, film, visible)) is not None
            # "How is Edward Norton's character introduced?": the cast entry that gives the part is a fact anyone may
            # see, so it is asked of the Narrator with spoilers off too. (Not "which one has Edward Norton?", which
            # the cast answers.)
            and (not visible.hidden or played[1] is not None)
        ):
            actor, part = played
            if part is None:
                # "does janet leigh die in psycho?": the story never names its actors, and the cast list does not
                # say who plays whom; the cast list itself would answer beside the point. (With text hidden, the
                # question stays what it was: a refusal where the story may tell it.)
                return base.model_copy(
                    update={"answer": people_asked.PART_UNSAID.format(title=film.title, actor=actor)}
                )
            # "Cast: Janet Leigh as Marion Crane": the question is asked of the part.
            of_the_part = re.sub(re.escape(actor), part, question, flags=re.I)
            terms = [t for t in query_tokens(of_the_part) if t not in chatter_terms()]
            answer = self._answer(of_the_part, index, terms, mention, scope, title_film)
            return answer.model_copy(update={"question": question, "read_as": of_the_part})

        if scope.mode is not ScopeMode.ON and visible.hidden and unseen.names_only_hidden(telling, index, visible):
            # "What does Kelvin do with the first Hari?" with spoilers off: Hari is named only where the reader may
            # not look, so what is asked of her is there too (it was answered with the premise on Kelvin). The
            # refusal never says "that would spoil": that would confirm the name is in the hidden part.
            return _withheld(base, film, scope, unsure=True)

        if (
            analysis.who_is
            and scope.mode is not ScopeMode.ON
            and unseen.defined_only_in_hidden(telling, index, visible)
        ):
            # "What is Rosebud?" with spoilers off: the premise names it ("his last word is Rosebud") and only the
            # hidden text says what it is. Quoting the naming sentence would answer beside the point.
            return _withheld(base, film, scope, unsure=unsure)

        modifiers = clauses.modifiers(question)
        # (The question's words are read as the text says them: "talks" as "speaks".)
        modifiers |= {synonym(t, visible) for t in modifiers}
        # ("where does it really take place?": the place the twist shows; "take place" is only how it is asked.)
        placing_words = SETTING_TERMS if analysis.kind is Kind.WHERE else frozenset()
        if analysis.reveal is Reveal.TWIST:
            # ("is the twist good? what is it": no summary judges its twist; it can tell it.)
            asking_only = _twist_words(visible) | modifiers | _ASKING_FOR | VIEWING_TERMS | OPINION_TERMS
            asking_only |= placing_words
            excerpt = twist_excerpt(visible.passages, seen=analysis.discovered) if set(telling) <= asking_only else None
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)

        if (
            (OPENING.search(question.lower()) or _HOW_IT_OPENS.search(question.lower()))
            and not analysis.facts
            and set(telling) <= OPENING_TERMS | THE_FILM | modifiers
            and (excerpt := opening_excerpt(visible.passages)) is not None
        ):
            # "What happens in the opening scene of Memento?": a text that says what the film opens with answers it
            # (told backwards, it opens on its last event), not the premise the story starts from.
            return _with_excerpt(base, excerpt, [], cite)

        if analysis.kind is Kind.WHO and _CULPRIT.search(question.lower()):
            # "Who is the killer?", "who's the villain?": the set-up speaks of "a killer"; who it is, only the spoiler
            # text the asker may see says. With it hidden the question asks after it ("the bad guy" is no "Guy
            # Pearce" of the cast list).
            excerpt = culprit_excerpt(visible.passages, people_terms(film))
            if excerpt is None and _BEHIND_IT.search(question.lower()):
                excerpt = twist_excerpt([p for p in visible.passages if p.spoiler])
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            if visible.hidden:
                return _withheld(base, film, scope, unsure=unsure)

        if (
            analysis.kind is Kind.WHAT
            and people_asked.OCCUPATION.search(unseen.without_its_title(question, film))
            and not analysis.facts
            and set(telling)
            <= people_terms(film) | people_asked.OCCUPATION_TERMS | people_asked.placed_by_an_event(question)
        ):
            # "What did Leonard do for a living?", "what's the main guy's job?": the sentence that says what the
            # person is ("Leonard Shelby used to be an insurance claims investigator"), or for the lead, the
            # premise's opening, which introduces them. Only when nothing else is asked ("what job does he take
            # at the mill?" asks about a moment of the story).
            people = [t for t in telling if t in people_terms(film)]
            excerpt = people_asked.introduction(people, visible) if people else None
            if excerpt is None and not people and people_asked.THE_LEAD.search(question.lower()):
                excerpt = overview_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            if not people and people_asked.THIRD_PERSON.search(question):
                # "what does she do for a living?": whoever she is, no passage found by "living" says it ("lives in
                # the old house"); the one asked about last is read in by `ask` (`_of_the_one_asked_about`).
                return _withheld(base, film, scope, unsure=True)

        if (
            analysis.kind in (Kind.WHO, Kind.WHAT)
            and analysis.reveal is None
            and people_asked.THE_LEAD.search(question.lower())
            and set(telling)
            <= people_asked.LEAD_TERMS | placing | (people_asked.PLIGHT_TERMS if analysis.kind is Kind.WHAT else set())
        ):
            # "who's the protagonist of Psycho at the start?", "who is the main character?": the summary opens by
            # introducing its lead; "what is the main character's problem?", "what does the protagonist want?": its
            # set-up is what is asked.
            excerpt = overview_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)

        if (
            analysis.kind is Kind.WHO
            and (excerpt := kin.kin_excerpt(question, telling, visible, people_terms(film) | title_terms)) is not None
        ):
            # "Who was Kane's first wife?", "who did he marry?": the story tells a marriage in its own words ("his
            # marriage to Emily Monroe Norton"), which no search by "wife" or "first" finds; the first it tells, or
            # the one asked for. "Who is Evelyn's father?": the sentence naming him beside the tie ("Her father,
            # Noah Cross, …"), not one that only holds both words ("Evelyn shoots her father").
            return _with_excerpt(base, excerpt, [], cite)

        if analysis.reveal is None and (asked := role_asked(question)) is not None:
            # "Who is the boy?", "who are the two detectives?": where the text first gives that role a name.
            role, plural = asked
            # (Of the sentence that asks it: the words of one before it only pointed at the film.)
            said = set(query_tokens(role_sentence(question)))
            said |= {synonym(w, visible) for w in said}
            asked_in = [t for t in telling if t in said]
            # ("sixth sense kid name": the name asked in chat, with no "what is" making "name" the kind of answer)
            name_words = NAME_TERMS if asks_a_name(question) else frozenset()
            if set(asked_in) <= set(role) | shape | name_words | COUNT_TERMS | LIKE_TERMS | {
                synonym(t, visible) for t in role
            }:
                excerpt = people_asked.first_named_by_role(role, plural, visible, people_terms(film))
                if (
                    excerpt is None
                    and len(role) > 1
                    and set(role[:-1]) <= _AGE_AND_SIZE
                    and not any(t in visible for t in role[:-1])
                ):
                    # "Who's the little boy?": the text calls him "a nervous, solemn boy of about nine", and never
                    # "little" ("the young detective" stays for the general search: the text says who is young).
                    excerpt = people_asked.first_named_by_role(role[-1:], plural, visible, people_terms(film))
                if excerpt is not None:
                    return _with_excerpt(base, excerpt, [], cite)
                if (
                    visible.hidden
                    and scope.mode is not ScopeMode.ON
                    and asks_a_name(question)
                    and not unseen.a_name_beside([*role, *(synonym(t, visible) for t in role)], visible)
                ):
                    # "What is the wife's name in Rashomon?": the visible text never names her ("leading his wife on
                    # a horse" was the answer, beside the point); her name is in the hidden part, or nowhere.
                    return _withheld(base, film, scope, unsure=True)
                if (who := who_by_role(question)) is not None:
                    # "What's the killer's name?": no sentence gives the role a name ("a killer is working through
                    # the seven deadly sins" was the answer); who the killer is is what the story tells of him.
                    answer = self._answer(who, index, query_tokens(who), mention, scope, title_film)
                    return answer.model_copy(update={"question": question})
                which, kind = role[:-1], role[-1]
                plain = not set(which) & (_AGE_AND_SIZE | people_asked.DESCRIBING)
                if which and plain and all(t in visible for t in which):
                    # "Who's the sloth victim?": no sentence calls anyone so, and "The second victim is Eli Gould"
                    # holds the role word only; the word telling which one is what the answer holds ("… photographed
                    # every day: SLOTH"). The role word is then the kind of answer, as "car" in "what car …?".
                    content = [t for t in content if t != kind] or content
                    telling = [t for t in telling if t != kind] or telling

        if (
            scope.mode is not ScopeMode.ON
            and visible.hidden
            and analysis.kind is Kind.WHO
            and analysis.reveal is None
            and people_asked.kind_left_unnamed(question, visible, people_terms(film), frozenset(own_title))
        ):
            # "Who is the girl Hollis was with?": the visible sentence that tells of her ("Jake photographs Hollis
            # with a young woman") does not say who she is; whoever she is, the asker may not look there.
            return _withheld(base, film, scope, unsure=True)

        if analysis.setting:
            excerpt = setting_excerpt(visible.passages, when=bool(_ASKS_WHEN.search(question.lower())))
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)

        if not content and not analysis.overview and analysis.reveal is not None and visible.hidden:
            # "Where are they really?" up to 50%: a twist asked in words that name nothing; the premise is no
            # answer to it, and what it asks lies where the asker may not look.
            return _nothing_shown(base, film, scope, visible, unsure=True)
        if analysis.overview or not content:
            excerpt = overview_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            return _nothing_shown(base, film, scope, visible)

        if shape and not [t for t in telling if t not in shape]:
            # "How old is he?" with "he" read as no one: only the kind of answer is left to search for, and "an old
            # college acquaintance" would answer beside the point.
            return _nothing_shown(base, film, scope, visible, unsure=True)
        cover = unseen.coverage_terms(telling, visible)
        if not cover and not _IT.search(question) and (formed := as_the_text_says(telling, visible)) != telling:
            # "What did Kane build?" against "the chain of newspapers he built": no word as typed is visible, one in
            # another form is (irregular forms the stemmer keeps apart). Only then: for every question the text's
            # forms cost NarrativeQA answers (`as_the_text_says`). (Not "what does it mean?" after "what's Rosebud?":
            # "it" is the thing asked about before, which the question is read with when this one has no answer.)
            read = dict(zip(telling, formed, strict=True))
            content = [read.get(t, t) for t in content]
            telling = formed
            cover = unseen.coverage_terms(telling, visible)
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
            for role_term, names in people_asked.role_names(telling, visible, people_terms(film)).items():
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
            # runs 2 hours 7 minutes long") answers no question about the story; nor does the film's own title in it
            # ("who are the apes?" got "Planet of the Apes (1968) was directed by …").
            hits = [
                hit
                for hit in hits
                if hit.passage.section_kind is not SectionKind.FACTS or hit.matched - _RUNTIME_WORDING - own_title
            ]
        if analysis.reveal is not None and scope.mode is ScopeMode.UPTO and visible.hidden:
            # Under a progress limit a twist is answered only from the spoiler text the limit shows.
            hits = [hit for hit in hits if hit.passage.spoiler]
        if analysis.reveal is Reveal.FATE:
            # "Does Marion survive?", "does she make it out alive?": the fate words ask for a fate, which the
            # text tells in its own ("stabs her to death"); whether the excerpt tells one is checked below.
            cover = [t for t in cover if t not in FATE_TERMS and t not in unseen.ALIVE_TERMS] or cover
        if scope.mode is not ScopeMode.ON and visible.hidden and unseen.after_an_unseen_event(question, visible, film):
            # "What happens after John Doe turns himself in?" up to 1:10: the question starts from an event nothing
            # the asker may see tells ("surrenders" lies past the limit); what follows it lies past it too, not in the
            # set-up that names John Doe.
            return _withheld(base, film, scope, unsure=unsure)
        if (
            analysis.reveal is not Reveal.FATE
            and visible.hidden
            and (after := after_the_event(question, visible, title_terms, people_terms(film))) is not None
        ):
            # (Not "what happens to Marion after she checks in?": a fate is told where it is told of her, which the
            # fate rules find; "Arbogast checks every motel" would be read as her checking in. Only while something
            # is hidden: there the event's words hold the question back; with the whole story shown the general
            # search finds what follows, and this reading cost NarrativeQA a held-out answer.)
            if after.excerpt is not None:
                # "Where do they move after the condo blows up?": the event places the question, and what is asked
                # is told after it ("… and they move into a decaying house on Paper Street"), not in the sentence
                # telling the event, which holds more of the question's words.
                return _with_excerpt(base, after.excerpt, hits, cite)
            # The last thing the asker may see is the event: what follows it is hidden.
            return _withheld(base, film, scope, unsure=unsure)
        if (account := account_excerpt(question, visible)) is not None:
            asked_account, account_told = account
            if account_told is not None:
                # "What's the bandit's version?", "what does the dead samurai say happened?": the account that
                # teller's own sentence opens, to where the next begins (a sentence on "the samurai" from another
                # account would answer beside the point).
                return _with_excerpt(base, account_told, [], cite)
            if asked_account and visible.hidden:
                # Whose account it is is told where the asker may not look (or nowhere).
                return _withheld(base, film, scope, unsure=True)
        if (
            scope.mode is ScopeMode.UPTO
            and visible.hidden
            and unseen.unseen_share(cover, visible) >= unseen.UNSEEN_PAST_LIMIT
        ):
            # Under a progress limit, a question half of whose words nothing before the limit holds ("Arbogast on
            # the stairs", "the figure that attacks him") is most likely about what lies past it: withheld with the
            # limit's wording, not answered from the set-up. One word in three or four may be the text's synonym
            # ("hit" for "struck").
            return _withheld(base, film, scope, unsure=unsure)
        if analysis.yes_no and unseen.SET_IN.search(question):
            # "Is Chinatown set in LA?": the place is what is checked; "set" is no word a summary tells it in.
            cover = [t for t in cover if t not in SETTING_TERMS] or cover
        if not unseen.answers_enough(
            hits, cover, visible, strict=analysis.yes_no, who=analysis.kind is Kind.WHO, when=analysis.kind is Kind.WHEN
        ):
            # Nothing the asker may see answers this; whether anything hidden would is never looked at.
            return _nothing_shown(base, film, scope, visible, unsure=unsure)
        if (
            analysis.kind in (Kind.WHO, Kind.WHAT)
            and visible.hidden
            and unseen.relation_unseen(question, visible, people_terms(film))
        ):
            # "Who's Natalie's boyfriend?": the premise names Natalie, never a boyfriend of hers; her sentence is no
            # answer, and who he is can only be in the hidden part.
            return _nothing_shown(base, film, scope, visible, unsure=True)
        if (
            analysis.kind is not Kind.WHY
            and scope.mode is not ScopeMode.ON
            and visible.hidden
            and unseen.place_unseen(question, visible, index)
        ):
            # "What does Jake find in the pond?": no pond in anything the asker may see; the premise sentence about
            # Jake is no answer to what is found there.
            return _nothing_shown(base, film, scope, visible, unsure=True)
        if analysis.kind is Kind.WHO and visible.hidden and unseen.someone_unseen(cover, visible):
            # "Who is the woman on the station?": the visible text has no woman (nor anyone called so in other
            # words) to name; a sentence about the station is no answer to whom the asker means.
            return _nothing_shown(base, film, scope, visible, unsure=True)
        if (
            analysis.kind is Kind.WHY
            and scope.mode is not ScopeMode.ON
            and visible.hidden
            and unseen.situation_unseen(
                clauses.without_phrasal_up(question, cover),
                visible,
                (people_terms(film) - named_things(film)) | title_terms,
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
            and analysis.reveal in (Reveal.IDENTITY, Reveal.TWIST)
            and not visible.hidden
            and choice.excerpt.passage is not None
            and not choice.excerpt.passage.spoiler
            and (again := self._after_the_twist(content, hits, film, visible))
        ):
            # "Is Madeleine actually possessed by Carlotta?": the set-up states the claim in the question's own
            # words ("he fears she is possessed by Carlotta"); the answer is what the twist makes of whom it is
            # asked of, told in the spoiler text.
            choice = again
        if (
            analysis.reveal is Reveal.IDENTITY
            and what_someone_is
            and not analysis.yes_no
            and not visible.hidden
            and (subject := [t for t in content if t in people_terms(film)])
            # (Only what someone is, asked of nothing else: "who actually killed Hollis?" asks a deed.)
            and len(subject) == len(content)
            and not defines(choice.excerpt.text, subject)
            and (defining := self._defining(subject, hits, content, analysis, visible, neighbours)) is not None
        ):
            # "Which sin is John Doe himself?", "who is John Doe really?": the sentence saying what he is ("Doe
            # explains … he is ENVY"), not one holding more of his name ("Two sins remain when John Doe walks into
            # the police station"), which says nothing of what he is.
            choice = defining
        if (
            not visible.hidden
            and choice.excerpt.passage is not None
            and not choice.excerpt.passage.spoiler
            and (told := [hit for hit in hits if hit.passage.spoiler])
            # (Only when the spoiler text speaks of everyone the question names: Berton and his film are told in the
            # premise alone, and "Kelvin's home films" in the spoiler text are no answer to what is on it. A title
            # names no one: "Mrs" Mulwray.)
            and (set(content) & named_here) - people_asked.RANK_TERMS <= {t for hit in told for t in hit.matched}
            and (off := self._answer(question, index, terms, mention, SpoilerScope.off(), title_film)).status
            is Status.WITHHELD
            and (
                not off.unsure
                or max(hit.coverage for hit in told)
                >= max((hit.coverage for hit in hits if hit.passage == choice.excerpt.passage), default=0.0)
            )
            and (again := choose(told, content, analysis, word_weights(visible), neighbours)) is not None
        ):
            # "Was Madeleine faking the whole possessed thing?" with spoilers on, or after Reveal: with them off it
            # is withheld as a spoiler, since nothing the set-up says answers it; the set-up sentence that matched
            # its words best ("he fears she is possessed") is that same non-answer, shown to someone who asked to
            # see past it. (Where the refusal was unsure, "nothing I may show you answers that", only when some
            # spoiler passage holds as much of the question: "who was his second wife?" after Rosebud is not told
            # by the sled.)
            choice = again
        if (
            analysis.kind is Kind.WHO
            and analysis.victim
            and visible.hidden
            and not set(document_tokens(choice.excerpt.text)) & FATE_TERMS
        ):
            # "Who killed Robert Paulson?": the excerpt introducing him ("There he meets Robert 'Bob' Paulson") tells no
            # death, let alone who dealt it; his two names made it look like an answer. Who did it may be hidden.
            return _withheld(base, film, scope, unsure=unsure)
        if (
            analysis.yes_no
            and analysis.kind is not Kind.WHO
            and analysis.reveal is None
            and scope.mode is not ScopeMode.ON
            and visible.hidden
            and not people_asked.says_of(choice.excerpt.text, cover, people_terms(film))
        ):
            # "Is Teddy a cop?" beside "Teddy, a cheerful man who says he is a friend" ("police" is elsewhere in
            # the premise): an excerpt about someone that says nothing of what is asked of them answers beside the
            # point, and with something hidden that may be where it is said. ("Did Kane win the governor race?"
            # beside "a failed run for governor" says it in other words.) Fates and twists have their own checks;
            # "who …?" names whoever the excerpt tells of.
            return _withheld(base, film, scope, unsure=unsure)
        if (
            analysis.reveal in (Reveal.IDENTITY, Reveal.TWIST, Reveal.FATE)
            and scope.mode is ScopeMode.UPTO
            and visible.hidden
            # ("What happened to Kane as a boy?" asks what befell him then, not how he ends: as with spoilers off.)
            and not _fate_placed_early(analysis, question)
        ):
            # "How does Arbogast die?" up to 1:15: the text before the limit introduces him, and tells no death.
            # "How does Angier die?" up to 45%: the text before the limit tells his wife's death, not his.
            reveal = analysis.reveal
            of_whom = [t for t in telling if t in people_terms(film)] if reveal is Reveal.FATE else []
            fated = of_whom if set(terms) & (FATE_TERMS | unseen.ALIVE_TERMS) else []

            def tells(text: str, whose: list[str]) -> bool:
                return states_reveal(text, reveal, question) and (not whose or tells_fate_of(text, whose))

            if not tells(choice.excerpt.text, fated):
                # "What happens to Marion at the motel?" up to 50%: the best sentence ("He wraps Marion … behind
                # the motel") tells no fate, though a passage the limit shows tells hers ("stabs her to death"); the
                # answer is taken from the passages that tell it. (Only the fate of someone named: a reveal cue
                # alone, "realizes", says nothing of what was asked.)
                told = [hit for hit in hits if of_whom and tells(hit.passage.text, of_whom)]
                again = choose(told, content, analysis, word_weights(visible), neighbours) if told else None
                if again is None or not tells(again.excerpt.text, of_whom):
                    # "Who is the killer?" up to 40%: the spoiler text before the limit speaks of "a killer", but
                    # says nothing of who it is; the reveal is past the limit.
                    return _withheld(base, film, scope, unsure=unsure)
                choice = again
        if not analysis.yes_no and unseen.runs_into_hidden(choice.excerpt, content, film, neighbours):
            return _withheld(base, film, scope, unsure=unsure)
        excerpt = unseen.past_the_colon(choice.excerpt, content, neighbours, visible)
        if excerpt is None:
            return _withheld(base, film, scope, unsure=unsure)
        if analysis.doubted or TRUTH_ASKED.search(question):
            # "Who really killed the samurai?": where the excerpt is someone's version of events, the reader is told
            # whose ("Pressed by the commoner, the woodcutter admits … … Tajōmaru killed the samurai …").
            excerpt = with_its_teller(excerpt, visible)
        elif (
            (analysis.reveal is not None or (analysis.kind is Kind.WHERE and _NAMES_A_PLACE.search(choice.setting)))
            and choice.setting
            and excerpt == choice.excerpt
        ):
            # "Does Madeleine die?": "Scottie's vertigo stops him on the stairs, and … he sees her body fall" is
            # shown with where and to whom it happens ("At the mission Madeleine runs up the bell tower."). So is
            # "where does Jake work?": "… makes a comfortable living from divorce work" after where the story is
            # ("Los Angeles, 1937, in the middle of a drought."), when that sentence names a place or a time (not
            # "They agree to split the groups between them.").
            excerpt = dataclasses.replace(excerpt, text=f"{choice.setting} {excerpt.text}")
        if analysis.kind is Kind.WHO:
            excerpt = named_in_full(excerpt, question, content, visible.passages, people_terms(film))
        excerpt = with_the_blow(excerpt, visible.passages)
        return _with_excerpt(base, excerpt, choice.order, cite)

    @staticmethod
    def _defining(
        subject: list[str],
        hits: list[Hit],
        content: list[str],
        analysis: Analysis,
        visible: VisibleIndex,
        neighbours: dict[int, Passage],
    ) -> Choice | None:
        """The best sentence of the last spoiler passage found that says what `subject` is, when it is one that
        says so; None otherwise."""
        defining = [
            hit
            for hit in hits
            if hit.passage.spoiler and any(defines(s, subject) for s in split_sentences(hit.passage.text))
        ]
        again = choose(defining[-1:], content, analysis, word_weights(visible), neighbours) if defining else None
        return again if again is not None and defines(again.excerpt.text, subject) else None

    @staticmethod
    def _after_the_twist(content: list[str], hits: list[Hit], film: Film, visible: VisibleIndex) -> Choice | None:
        """The twist told of the first person a yes/no twist question names: the spoiler sentence most in the words
        twists are told in, among the spoiler passages that name them, when it names them too; None otherwise."""
        people = people_terms(film)
        subject = next((t for t in content if t in people), None)
        if subject is None:
            return None
        naming = [p for p in visible.passages if p.spoiler and subject in document_tokens(p.text)]
        excerpt = twist_excerpt(naming)
        if excerpt is None or subject not in document_tokens(excerpt.text):
            return None
        cited = [hit for hit in hits if hit.passage == excerpt.passage]
        return Choice(excerpt, [*cited, *(hit for hit in hits if hit not in cited)])

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
            if (
                facts == (Fact.CAST,)
                and role
                and asks_a_part(base.question)
                and not A_PART_TOLD.search(excerpts[0].text)
            ):
                # "Who does Anthony Perkins play?": the cast line names him and no part; the text tells none either.
                actor = excerpts[0].text.removeprefix("Cast: ").rstrip(".")
                return base.model_copy(
                    update={"answer": people_asked.PART_UNSAID.format(title=film.title, actor=actor)}
                )
            return _with_excerpt(base, excerpts[0], [], cite)
        first = excerpts[0]
        text = " ".join(dict.fromkeys(e.text if e.text.endswith((".", "!", "?")) else e.text + "." for e in excerpts))
        return _with_excerpt(base, Excerpt(text, first.passage, first.section), [], cite)


def _turned_off_for(film_id: str, visibility: Visibility) -> bool:
    """Whether spoilers are off for this film by a choice naming it, while on (or up to a point) for the rest."""
    own = visibility.films.get(film_id)
    return own is not None and own.mode is ScopeMode.OFF and visibility.default.mode is not ScopeMode.OFF


# "at the end", "in the end", "the ending": the film's end, unless of something else ("at the end of the chase").
# ("each ending where the previous one began" is no ending asked.)
_AT_THE_END = re.compile(
    r"\b(?:at|in|by|towards?) the (?:very )?end\b(?: of (?P<of>[\w' ]+))?"
    r"|\b(?:the|its|an|that|this)\s+(?:[\w'’]+\s+)?ending\b|\bending\s+(?:explained|scene|shot)\b",
    re.I,
)


def _at_the_end(question: str, film: Film) -> bool:
    """Whether the question is set at the film's end ("… at the end?", "… at the end of Fight Club?"), not at the
    end of something in it ("how does the alley chase end?", "at the end of the first act")."""
    for found in _AT_THE_END.finditer(question):
        after = query_tokens(found["of"] or "")
        if not after or after[0] in set(terms_of_title(film)) | THE_FILM | _THE_STORY:
            return True
    return False


# "at the end of the story", "… of the plot": the film's end, as "of the film" is.
_THE_STORY = frozenset(query_tokens("story plot"))


def _spells_the_title(words: str, film: FilmRef) -> bool:
    """Whether `words` are the film's title with its spaces moved ("china town" for Chinatown, "se 7 en")."""
    typed = re.sub(r"[\W_]+", "", words.lower())
    return bool(typed) and typed == re.sub(r"[\W_]+", "", match_key(film.title))


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
# "How does the film open?": asked of the film's first scene, which `OPENING` leaves to the text's own words.
_HOW_IT_OPENS = re.compile(r"\bhow (?:does|did|do) .{0,60}\bopen\W*$")
# "What happened to Kane as a boy?": what befell someone in their childhood, which a story of a life tells first
# (in words the text may well use: "the fortune that came to him as a boy").
_AS_A_CHILD = re.compile(
    r"\bas an? (?:boy|girl|child|kid|little boy|little girl|young boy|young girl)\b"
    r"|\bwhen (?:he|she) was (?:an? )?(?:boy|girl|child|kid|little|young)\b|\bin (?:his|her) childhood\b"
)


def _fate_placed_early(analysis: Analysis, question: str) -> bool:
    """ "What happens to Marion at the start?", "what happened to Kane as a boy?": a fate question set early asks
    what befell them then, not how they end."""
    lowered = question.lower()
    return analysis.reveal is Reveal.FATE and bool(_AT_THE_START.search(lowered) or _AS_A_CHILD.search(lowered))


# What is left of "which one's the tarkovsky movie?" once the film it points at is set aside: only which it is.
_WHICH_ONE = frozenset(["which", "what", "whats", "is", "s", "was", "one", "ones", "it", "the", "that", "this"])
# "… in that one?", "… of the film?": the film asked about, pointed at where the question ends.
_THE_FILM_ITSELF = re.compile(r"\b(?:in|of|from) (?:the|that|this) (?:movie|film|one|flick)(?=\W*$)", re.I)


def _without_once(terms: list[str], dropped: list[str]) -> list[str]:
    """`terms` with one occurrence of each dropped term taken out, from the end (where the pointer was typed)."""
    kept = list(terms)
    for term in dropped:
        for i in range(len(kept) - 1, -1, -1):
            if kept[i] == term:
                del kept[i]
                break
    return kept


# "the hitchcock movie", "that nolan film", "the tarkovsky one", "the David Fincher film": a film named by a word or
# two about it.
_POINTING_AT_A_FILM = re.compile(r"\b(?:the|that|this) (?:[\w'’-]+ ){1,2}(?:movie|film|one|flick)\b", re.I)


def _asks_what_it_is_about(question: str, title: set[str]) -> bool:
    """ "Tell me the plot of Fight Club", "what is Psycho about?": once the title's words are set aside, only the
    premise is asked for."""
    told = [t for t in query_tokens(question) if t not in title]
    return analyze(question, told).overview or not [t for t in told if t not in chatter_terms()]


# "… with Brad Pitt", "… starring Anthony Perkins", "… by Hitchcock": who made the film, said beside its title.
_WITH_SOMEONE = re.compile(r"\b(?:with|starring|by|from)\s+(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2})", re.I)

# A sentence naming a place or a time: a year, a name after its first word, or opening on where ("In a nameless city").
_NAMES_A_PLACE = re.compile(r"\d|(?<=\s)[A-Z][a-z]|^\W*(?:In|At|On|Outside|Inside|Near)\b")
_WHERE_OR_WHY = re.compile(r"\b(?:where|why)\b")
_IT = re.compile(r"\bit\b", re.I)
# Someone described, set before the question that asks of them as "he" or "she" ("the guy strapped to the bed, was
# he alive?", "and that woman in the car, who is she?").
_SOMEONE_SET_BEFORE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|but|wait)\W+)?(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:guy|man|woman|girl|boy|kid|dude|lady|victim|child|fella|bloke|person|old man|old woman)\b[^,?]*,\s*\w",
    re.I,
)


# (Not words of age: "young Charles" is Kane as a boy, which the story tells apart.)
_EPITHETS = frozenset(query_tokens("big poor sweet dear crazy creepy good bad"))


def _respelled(terms: list[str], visible: VisibleIndex, index: FilmIndex) -> list[str]:
    """`terms` with typos read as the nearest word the visible text holds, except a word the film's hidden text
    holds: "who is Fallon?" with spoilers off asks of someone named only there, not of "fall" ("Angier … fall
    through a trapdoor" answered it). Such a word stays unseen, and is withheld as any hidden name is."""
    whole = index.visible(SpoilerScope.on()) if visible.hidden else visible
    return [r for t in terms for r in ([t] if t not in visible and t in whole else visible.respell([t]))]


def _epithets(question: str, people: frozenset[str]) -> frozenset[str]:
    """The terms of words of fondness or size typed right before someone's name ("big bob", "poor Marion")."""
    words = re.findall(r"[^\W\d_]+", question.lower())
    return frozenset(
        t
        for before, name in itertools.pairwise(words)
        if (terms := query_tokens(before))
        and set(terms) <= _EPITHETS
        and (named := query_tokens(name))
        and set(named) <= people
        for t in terms
    )


# "When is it set?", "what year does it take place in?": the setting asked is a time.
_ASKS_WHEN = re.compile(r"\bwhen\b|\bwhat (?:year|decade|era|period|century|time)\b")


# How the facts (corpus/passages.py) tell the runtime, "it runs 2 hours 7 minutes long": words a story question uses
# too ("how long is the chase?"), where they ask nothing of the runtime.
_RUNTIME_WORDING = frozenset(query_tokens("runs hours minutes long"))


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
        self._limit = scope.upto_fraction if scope.mode is ScopeMode.UPTO else None

    def section(self, passage: Passage) -> str:
        if self._open or not passage.spoiler or passage.section in self._safe_headings:
            return passage.section
        return f"Spoiler section ({passage.section_kind.value})"

    def position(self, passage: Passage) -> float:
        where = self._where.get(passage.ordinal)
        if where is None:
            return passage.position
        if self._limit is not None and where.end > self._limit and where.known_share is not None:
            # Shown under "up to 30%" because the marks place it within 30% of the film, though its words run to
            # 42% of the summary: cited where the film has it ("34% into the plot" read as past the limit).
            return min(where.start, where.known_share)
        return where.start


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
    # "what happens to her after that?": the story goes on with whoever was just told of
    r"|(?:and )?what (?:happens|happened) to (?:him|her|them) (?:next|after that|then)"
    r")\W*$",
    re.I,
)
# "describe him", as "what's he like?" and "what is his attitude to the world?" are read: what he is like.
_DESCRIBED = re.compile(r"\bdescribe (?:him|her|them)\b", re.I)


# Words that only check a claim ("is it so that …", "right?", "directed", "by"): what is left names whom it checks.
_CHECKING = frozenset(query_tokens("so right correct true directed direct director made make wrote written writer by"))


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


# "is it norman?", "so was it the butler?": a guess at whom the question before asked after.
_A_GUESS = re.compile(
    r"^\W*(?:(?:so|and|then|ok|okay|wait|hmm|lol)\W+)*(?:is|was) it (?:really |actually )?(?P<name>(?!that\b|true\b|"
    r"real\b|over\b|good\b|scary\b|him\b|her\b|them\b)[\w.'’ -]{2,30}?)(?:\s+(?:then|or not|right))?\W*$",
    re.I,
)
# "who is the killer in psycho?", "who's the villain": a question after someone, asked as "is/was …".
_WHO_ASKED = re.compile(r"^\W*who(?:['’]s|s|\s+is|\s+(?P<was>was))\s+", re.I)
# "was he?", "so did she?" after "is malcolm dead?" and a change of scope: the question before, echoed by its verb.
# (after whatever the asker says first, set off by a mark: "ok I'm fine with spoilers now. was he?")
_ECHOED = re.compile(
    r"^(?:[^?]*[,.;:!]\s+)?\W*(?:(?:so|and|well|ok|okay|wait|then|now)\W+)*"
    r"(?:is|was|are|were|does|did|do|has|had) (?:he|she|it|they)"
    r"(?: really| actually| though| then| now| or not)?\W*$",
    re.I,
)
# (a yes/no question, opening the message or a clause of it: "se7en - the guy strapped to the bed, was he alive?")
_ECHOED_OF = re.compile(r"(?:^\W*|[,.;:!?–—-]\s+)(?:is|was|are|were|does|did|do|has|had)\s+\w+", re.I)
_ASKED_ANYWAY = re.compile(
    # "so what is it??", "what was it then?" after a refusal: the question before, insisted on
    r"^\W*(?:(?:so|ok|okay|well|and)\W+)*what (?:is|was) it(?: then| already)?\W*$|"
    r"^\W*(?:(?:ok|okay|come on|pls|please|just|so|but|ugh|fine|now|alright|right|bruh|bro|dude|omg|lol)\W+)*"
    r"(?:just )?(?:tell|spoil) me"
    r"(?: anyway| already| pls| please| then| now| yes or no| the answer| the truth)*\b"
    r"(?:[\W\w]{0,60}(?:watch|care|see|seen|spoil\w*)\b[\W\w]{0,20})?\W*$"
    r"|^\W*i (?:don'?t|do not) care(?: about)?(?: the)? spoilers?\W*(?:just )?(?:tell me\W*)?$"
    # "sorry, say that again?", "come again?": the last answer once more
    r"|^\W*(?:(?:sorry|pardon|what|huh|wait|ok|um+)\W+)*(?:(?:can|could|would) (?:you|u) )?(?:please |pls )?"
    r"(?:say|repeat|tell me) (?:that|it|this)(?: again)?(?: please| pls)?\W*$"
    r"|^\W*(?:come again|pardon(?: me)?|what was that(?: again)?)\W*$"
    # "bruh just answer the question", "yes or no?", "everyone knows just say it": the last question, insisted on
    r"|^\W*(?:(?:bruh|bro|dude|come on|ok|okay|so|just|pls|please|every(?:one|body) knows(?: it)?)\W+)*(?:just )?"
    r"(?:answer (?:me|it|the question)|yes or no|say it|spit it out)(?: pls| please| already| now)?\W*$",
    re.I,
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


def _silent(base: Answer, film: Film) -> Answer:
    return base.model_copy(update={"answer": f"The summary of {film.title} doesn't say."})


_BESIDES = re.compile(
    r"\b(?:besides|apart from|aside from|except(?: for)?|other than|not counting|beyond)"
    r" (?P<who>[\w'’-]+(?: [\w'’-]+)?)"
)


def _besides(question: str) -> frozenset[str]:
    """The terms of who a question sets aside ("who else is in it apart from Perkins?" → perkins)."""
    return frozenset(t for found in _BESIDES.finditer(question.lower()) for t in query_tokens(found["who"]))
