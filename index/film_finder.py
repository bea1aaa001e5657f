"""`FilmFinder`: which film a question is about. The film option; a title or alias in the question (typos too,
and titles of films we do not have); the film asked about last, for a question that names none; a film whose
visible text fits the question clearly better than any other; otherwise a question back ("which film?").

A film is found from titles or from text the asker's scope allows, so the film chosen cannot leak a spoiler; and
a film found by content is named only when naming it confirms nothing its hidden text says (`may_confirm`). The
phrases it reads for that are in index/film_phrases.py; what it says when it cannot tell, in index/film_replies.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from enum import Enum

import lemminflect
from rapidfuzz import fuzz

from corpus.models import Film, Passage, SectionKind
from index import clauses, film_phrases, film_replies, film_rerank
from index.access import Visibility
from index.answer_model import Answer, FilmRef, Status
from index.catalog import Catalog, Mention, match_key
from index.confirmation import HIDDEN_PASSAGE_LEAD, STATES_A_TWIST, TURNS_OUT, may_confirm
from index.film_index import FilmIndex
from index.film_search import FilmMatch, FilmSearch
from index.mentions import Phrase, is_english, phrases, spellings, unknown_title
from index.naming import credited_people, names_in, people_named_in, people_terms, terms_of_title
from index.persisted_search import PersistedSearch
from index.question import (
    FACT_TERMS,
    FATE_TERMS,
    OVERVIEW_TERMS,
    SETTING_TERMS,
    Kind,
    analyze,
    asks_which_film,
    chatter_terms,
    fact_terms,
    is_small_talk,
    keyboard_run,
    name_terms,
    refers_back,
    said_to_the_room,
    synonyms,
    words_typed_as,
)
from index.question_shape import (
    BARE_DESCRIPTION,
    ENDING_TERMS,
    FRAMING_TERMS,
    HAPPEN,
    HAVE_SLOT,
    NATIONALITIES,
    OPINION,
    OPINION_TERMS,
    QUESTION_WORD,
    THE_FILM,
    VIEWING_TERMS,
    asks_an_opinion,
    hearsay_terms,
    is_a_pick,
    without_description,
)
from index.remarks import (
    asks_which_films_are_here,
    plain_question,
)
from index.spoilers import ScopeMode, SpoilerScope
from index.tokenize import STOPWORDS, document_tokens, is_stopword, normalize, query_tokens

# A question naming no film leaves the film asked about last only for a film whose text holds at least this
# share of its words, and this many times the share the last film's holds.
SWITCH_COVERAGE = 0.5
SWITCH_MARGIN = 2.0
# Content search commits to its best film only when it scores this many times the runner-up's score.
CONTENT_MARGIN = 1.2
# "Which Tarkovsky is the one with the ocean?": a maker's film the rest of the question describes is found by content
# search when its visible text holds at least this share of those words; otherwise the asker picks among his films.
MAKERS_FILM_DESCRIBED = 0.4
CONTENT_CHOICES = 3
# At most this many titles are looked for in one message ("Psycho, Vertigo and Memento: which is longest?").
FILMS_NAMED_AT_MOST = 5
# The coverage floor under which visible text may still name a film, when the film's whole text leads as well
# (FilmFinder._found_both_ways).
LOOSE_COVERAGE = 0.25
# How close a title must be to what was typed to be offered for a film we do not have.
NEAREST_CUTOFF = 85.0
# … and how close as a whole (not a part of it: WRatio scores "Seven" inside "Seven Samurai" high).
NEAR_AS_A_WHOLE = 75.0
# The share of a question's words (beside a title) in no English lexicon that makes it another language's.
FOREIGN_SHARE = 2 / 3
# Words other languages ask with, or name a film with, that English never uses (those it does, "die", "was", are left
# out below): "quién", "wer", "qui", "chi", "la película".
_FOREIGN_QUESTION_WORDS = frozenset(
    w
    for w in re.findall(
        r"\S+",
        "quién quien qué que dónde donde cuándo cuando cómo como cuál cual cuántos por porqué el la los las del "
        "película peli wer wo wann warum wie welche welcher der das den dem ist hat qui quoi où quand pourquoi "
        "comment quel quelle est le les du des chi cosa dove quando perché quale il lo gli della quem onde porque "
        "qual os um uma kto co gdzie kiedy dlaczego jak który",
    )
    if not is_english(w) or w in ("chi", "hat")
)


class Found(Enum):
    """How the film of a question was found; only a film the asker did not name may never be confirmed."""

    OPTION = "option"
    NAMED = "named"
    FOLLOW_UP = "follow-up"
    CONTENT = "content"
    CHOSEN = "chosen"  # described among the films offered for the question before ("the one with the motel")


# Words for someone, no one in particular: "the guy", "this dude", "some person".
_SOMEONE = frozenset(
    query_tokens(
        "guy guys dude dudes person persons people someone somebody"
        # ("who was really behind everything?" after Chinatown: "everything" is whatever was spoken of, in any film)
        " everything everyone everybody anything anyone anybody nothing nobody"
    )
)


# A word right after the asker (or whoever they talk about) as a subject: "we need", "i wonder", "you think".
_AFTER_A_SUBJECT = re.compile(r"\b(?:i|we|you|u|they)\s+([a-z]+)")


# "who is caesar", "who's cornelius": the word asked after is someone's name.
_WHO_IS_A_NAME = re.compile(r"\bwho(?:['’]?s| is| was) ([a-z]{3,})\b")


# "where is Judy from?", "where was Gettys from": a name asked where it is from.
_WHERE_SOMEONE_IS_FROM = re.compile(r"^\W*where (?:is|was|s) (?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) from\b")

# Words that, with nothing but the asker or a people's name, make no title ("The Russian", "that French").
_NO_TITLE_ALONE = frozenset(("the", "a", "an", "that", "this", "soviet"))


def _after_a_nationality(question: str, mention: Mention) -> bool:
    """Whether the title mentioned is typed right after the name of a people ("american psycho")."""
    title = r"\s+".join(re.escape(w) for w in mention.words)
    return re.search(rf"\b(?:{'|'.join(NATIONALITIES)})\s+{title}\b", question.lower()) is not None


class FilmFinder:
    def __init__(
        self,
        catalog: Catalog,
        search: FilmSearch | PersistedSearch,
        *,
        index: Callable[[str], FilmIndex | None],
        film: Callable[[str], Film | None],
    ) -> None:
        """`catalog`: the films by name (the engine adds and removes them). `search`: finding a film by content
        (`use_search` swaps it for a rebuilt one). `index`: a film's passages as indexes, kept or read through the
        engine's loader (None: no such film). `film`: a film without its passages (None: no such film)."""
        self._catalog = catalog
        self._search = search
        self._index = index
        self._film = film

    @property
    def search(self) -> FilmSearch | PersistedSearch:
        return self._search

    def use_search(self, search: FilmSearch | PersistedSearch) -> None:
        """Finds films by content with `search` from now on (it must hold the engine's films: a rebuilt index)."""
        self._search = search

    def offered_for(
        self, before: str, visibility: Visibility, guild_id: int | None, context_film: str | None
    ) -> list[FilmRef] | None:
        """The films "which film?" offered for the question `before` (maybe none); None when it was not asked.
        `context_film`: the film asked about last, as it was for `before` too (a "which film?" changes none)."""
        earlier = plain_question(before)
        chatter = chatter_terms()
        terms = [t for t in query_tokens(earlier) if t not in chatter]
        offered = self.find_film(earlier, terms, None, visibility, guild_id, context_film)
        if not isinstance(offered, Answer) or offered.status is not Status.AMBIGUOUS:
            return None
        return offered.choices

    def chosen_among(
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
        telling = [t for t in film_phrases.content_terms(description, terms) if t not in THE_FILM]
        if not telling or len(offered) < 2:
            return None
        held = sorted(
            ((self._search.coverage(telling, ref.id, spoilers=False), ref) for ref in offered),
            key=lambda pair: -pair[0],
        )
        if held[0][0] <= 0 or held[0][0] < CONTENT_MARGIN * held[1][0]:
            return None
        return held[0][1]

    def _of_no_one_in(self, question: str, mention: Mention) -> bool:
        """Whether the question asks after a name (capitalised, or no English word) that the named film's whole
        text never holds: "who is caesar" of Planet of the Apes is someone of another film."""
        if len(mention.films) != 1:
            return False
        title = set(query_tokens(" ".join(mention.words)))
        # (a name typed in lower case only right after "who is", and no English word: "who is caesar")
        typed = [m.group(1) for m in _WHO_IS_A_NAME.finditer(question.lower()) if not is_english(m.group(1))]
        names = [t for t in [*name_terms(question), *query_tokens(" ".join(typed))] if t not in title]
        return bool(names) and not self._search.coverage(names, mention.films[0].id, spoilers=True)

    def _longer_title(self, question: str, mention: Mention, guild_id: int | None) -> str | None:
        """The longer title, as typed, when the words next to a title typed in lower case go on naming something
        its film's text never mentions: a noun right after it ("seven samurai"), or "<noun> of" right before it
        ("rise of the planet of the apes"). None otherwise, and for a title typed with capitals (phrases() reads
        those)."""
        words = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", question)
        keys = [normalize(w).replace("'", "").replace("’", "") for w in words]
        start = _typed_once_at(keys, mention.words)
        if start is None or len(mention.films) != 1:
            return None
        end = start + len(mention.words)
        if any(w[:1].isupper() for w in words[start:end]):
            return None
        film_id = mention.films[0].id
        hearsay = hearsay_terms(question)

        def foreign(word: str, after: str | None = None) -> bool:
            """A noun naming something else; `after`: the title word it follows, when "seven pounds" need only
            be a phrase the text never writes (Se7en's "a pound of flesh" has the word, not the phrase)."""
            terms = query_tokens(word)
            unused = self._search.coverage(terms, film_id, spoilers=True) == 0 or (
                after is not None and not self._written_after(after, word, film_id)
            )
            return (
                bool(terms)
                and not is_stopword(word)
                and film_phrases.a_noun(word)
                and not set(terms)
                & (film_phrases.NOT_A_TITLE_WORD | THE_FILM | film_phrases.FILM_PARTS | FRAMING_TERMS | ENDING_TERMS)
                and not set(terms) & (SETTING_TERMS | HAPPEN | hearsay)
                and not analyze(word, terms).facts
                # "solaris original title?": the words that ask a fact speak of the film
                and not set(terms) & FACT_TERMS
                and unused
            )

        if film_phrases.opens_on_a_genre(words[end:]):
            return None
        after = end
        while after < len(words) and foreign(words[after], words[after - 1] if after == end else None):
            after += 1
        if after > end:
            return " ".join(words[start:after])
        lead = start - 1 if start >= 1 and words[start - 1] == "the" else start
        if lead >= 2 and words[lead - 1] == "of" and foreign(words[lead - 2]):
            return " ".join(words[lead - 2 : end])
        if (
            start >= 1
            and keys[start - 1] in NATIONALITIES
            and not self._search.coverage(query_tokens(words[start - 1]), film_id, spoilers=True)
        ):
            # "american psycho": a people's name right before the title, which the film's text never uses
            return " ".join(words[start - 1 : end])
        return None

    def _written_after(self, before: str, word: str, film_id: str) -> bool:
        """Whether the film's text, spoilers included, writes `word` (in any form) right after `before`."""
        index = self._index(film_id)
        if index is None:
            return True
        wanted = set(query_tokens(word))
        first = set(query_tokens(before))
        for passage in index.visible(SpoilerScope.on()).passages:
            said = document_tokens(passage.text)
            if any(a in first and b in wanted for a, b in itertools.pairwise(said)):
                return True
        return False

    def _opted_into(self, question: str, telling: list[str], visibility: Visibility) -> str | None:
        """The one film the asker turned spoilers on for (to a limit or all the way), when what it shows them
        holds a word of the question, or the question asks what has happened so far ("catch me up")."""
        opted = _the_one_opted_into(visibility)
        if opted is not None and film_phrases.SO_FAR.search(question.lower()):
            return opted
        return opted if self._shown_in(telling, opted, visibility) else None

    def _shown_in(self, terms: list[str], film_id: str | None, visibility: Visibility) -> bool:
        """Whether the film's text this reader may see holds any of `terms` ("Arbogast" up to 50% of Psycho)."""
        if film_id is None or not terms:
            return False
        index = self._index(film_id)
        if index is None:
            return False
        shown = index.visible(visibility.scope(film_id))
        return any(t in shown for t in terms)

    def named_in(self, text: str, guild_id: int | None) -> tuple[Mention | None, str | None]:
        """The film a text names (a title or alias, typos too), and a title it names that is no film of ours, as
        typed ("Seven Samurai" around our alias "Seven")."""
        mention, unknown = self._named(text, guild_id)
        return mention, unknown.text if unknown is not None else None

    def may_confirm(
        self, question: str, terms: list[str], index: FilmIndex, scope: SpoilerScope, *, answered: bool = False
    ) -> bool:
        """Whether answering (and so naming) a film found by content could confirm something its hidden text says
        (index/confirmation.py), judged on the words that describe the film."""
        described = film_phrases.described_in(question, terms)
        return may_confirm(question, terms, described, index, scope, self._search, answered=answered)

    def find_film(
        self,
        question: str,
        terms: list[str],
        film_arg: str | None,
        visibility: Visibility,
        guild_id: int | None,
        context_film: str | None,
        *,
        goes_on: bool = False,
    ) -> tuple[FilmRef, Mention | None, Found] | Answer:
        """The film a question is about, in this order: the film option; a title or alias in the question (typos
        too); the film asked about last, for a question that names none; a film whose visible text fits the
        question clearly better than any other; otherwise the question is answered with a question. `goes_on`:
        it was typed opening on "and", going on from the last answer."""
        described = visibility.default.describe()
        if film_arg is not None and film_arg.strip():
            # The title may be typed in the question too, even wrong ("who wrote the sixth sence?" with the option,
            # or asked again by a Reveal click): its words are no more asked than when no option is given.
            given = self._named(question, guild_id)[0] or self._catalog.find_in_question(question, guild_id)
            mention = self._as_title(question, given, guild_id)
            resolution = self._catalog.resolve(film_arg, guild_id)
            if resolution.status is Status.ANSWERED and resolution.film is not None:
                named = mention if mention and resolution.film in mention.films else None
                return resolution.film, named, Found.OPTION
            return film_replies.unresolved(question, film_arg, resolution, described)
        mention, unknown = self._named(question, guild_id)
        if mention is None and unknown is None:
            mention = self._film_called(question, guild_id)
        mention = self._as_title(question, mention, guild_id)
        if unknown is None and self._in_another_language(question, mention, guild_id):
            return film_replies.no_film(question, Status.NOT_FOUND, film_replies.IN_ENGLISH, described)
        if (
            mention is None
            and unknown is None
            and (more := self._more_by_its_maker(question, context_film, guild_id, described))
        ):
            return more
        if (
            mention is None
            and unknown is None
            and (theirs := self._films_of_a_maker(question, terms, guild_id, described))
        ):
            return theirs
        if mention is None and unknown is None and (extreme := self._film_at_an_extreme(question, guild_id, described)):
            return extreme
        if mention is None and unknown is None and (of_genre := self._films_of_a_genre(question, guild_id, described)):
            return of_genre
        if (
            mention is not None
            and len(mention.films) == 1
            and (sequel := film_phrases.sequel_of(question, mention)) is not None
        ):
            # "how about psycho 2", "who directed Psycho II?": a sequel we lack, not the film it follows.
            return film_replies.not_ours(question, sequel, mention.films, described)
        # Names pick out one film among many better than common words do: in the film-level search they count
        # twice (tuning: bench/RESULTS.md).
        # Words that frame a question ("a scene where", "in the story") fit any film: they pick none out.
        vague = {film_phrases.STUFF} if film_phrases.vague_stuff(question) else set()
        vague |= film_phrases.someone_elses_search(question)
        words = [film_phrases.EVERYDAY_PERSON.get(t, t) for t in terms if t not in FRAMING_TERMS and t not in vague]
        if OPINION.search(question.lower()):
            # "is it ok for kids?", "is it worth watching? when did it come out": how it is judged says nothing of
            # which film it is ("kids" found The Sixth Sense's boy, "worth" Fight Club).
            words = [t for t in words if t not in OPINION_TERMS]
        # "A fear of heights": the summary may say it in its own words ("acrophobia"); the everyday synonym a film's
        # text holds is searched for beside the asker's word.
        query = (
            words
            + [s for t in words if not self._search.knows(t, guild_id=guild_id) for s in synonyms(t)[:1]]
            + name_terms(question)
        )
        if (
            mention is not None
            and (
                (bare := analyze(question, [])).facts
                or bare.overview
                or film_phrases.ASKS_ABOUT.search(question.lower())
                # "is rise of the planet of the apes any good": an opinion asked of the longer title
                or OPINION.search(question.lower())
                # "what about seven samurai": a film turned to
                or film_phrases.WHAT_ABOUT.match(question)
                # "in rise of the planet of the apes who is caesar": asked of no one our film's text holds
                or self._of_no_one_in(question, mention)
                # "american psycho was it all in his head": a people's name before our title is another title
                or _after_a_nationality(question, mention)
            )
            and (longer := self._longer_title(question, mention, guild_id)) is not None
        ):
            if (source_of := self._the_source_of(longer, guild_id)) is not None:
                # "who wrote the prestige novel", "fight club book author": the book one of our films is made from.
                return source_of
            # "who directed seven samurai", "whats rise of the planet of the apes about": a fact or a summary asked of
            # our title inside a longer one, with words its film's text never uses ("psycho villain?" asks neither).
            return film_replies.not_ours(question, longer, self._nearest(longer, guild_id), described)
        if mention is not None and (other := self._second_title(question, mention, guild_id)) is not None:
            if (asked := self._the_one_asked_after(question, [mention.films[0], other], guild_id)) is not None:
                # "For my essay comparing Psycho with Vertigo: where is Psycho set?", "unlike Solaris, is Stalker in
                # colour?": the other film is named in the lead-in; the question names one.
                return asked
            # "which is scarier, psycho or se7en?", "is memento better than the prestige": two of our films named
            # by their full titles; answering about one (or about the last film asked of) would be the wrong film.
            return film_replies.no_film(
                question, Status.AMBIGUOUS, film_replies.WHICH_FILM, described, [mention.films[0], other]
            )
        if mention is not None and (dated := film_phrases.of_another_year(question, mention)) is not None:
            # "who is in Psycho (1998)?", "solaris 2002 cast": our title with another year is the remake we lack.
            return film_replies.not_ours(question, dated, self._nearest(" ".join(mention.words), guild_id), described)
        if mention is not None and mention.strong:
            if len(mention.films) > 1:
                return film_replies.ambiguous(question, " ".join(mention.words), mention.films, described)
            if mention.lone:
                other = self._name_of_another_film(query, mention, visibility, guild_id)
                if other is not None:
                    return other, None, Found.CONTENT
            return mention.films[0], mention, Found.NAMED
        if unknown is not None:
            whole_title = _the_whole_slot(question, unknown.text)
            return film_replies.not_ours(question, whole_title, self._nearest(whole_title, guild_id), described)
        if mention is None and (dated := film_phrases.dated_title(question)) is not None:
            # "whats alien (1979) about": a title with its year in brackets names a film, and none of ours.
            return film_replies.not_ours(question, dated, self._nearest(dated.rsplit(" (", 1)[0], guild_id), described)
        if (other_by := self._the_other_by(question, context_film, guild_id)) is not None:
            # "what about the other hitchcock one?" after Psycho: the one film by that maker it is not.
            return other_by
        telling = film_phrases.content_terms(question, terms)
        if (asked_of := film_phrases.asked_of_the_described(question)) and (
            asked_words := [t for t in telling if t in asked_of]
        ):
            # "That film about a psychologist, who directed it?": "directed" is what is asked of the film described,
            # not part of the description (it found Vertigo's facts, "directed by", over two psychologists' films).
            telling = [t for t in telling if t not in asked_words]
            query = [t for t in query if t not in asked_words]
        if (by_maker := self._of_a_makers_film(question, telling, guild_id)) != telling:
            query = [t for t in query if t in by_maker or t not in telling]
            telling = by_maker
        if context_film is None:
            # "/spoilers on film:Se7en upto:1:15", then "do they ever catch john doe?": the one film the asker
            # opted into is the one they are watching.
            context_film = self._opted_into(question, telling, visibility)
        # Spoiler text may say whether a word means anything only when no film's own scope hides it.
        spoilers_on = visibility.default.mode is ScopeMode.ON and all(
            scope.mode is ScopeMode.ON for scope in visibility.films.values()
        )
        # "is it scary?", "is it any good?" after a film: an opinion asked of that film, which its premise helps
        # decide (the engine answers with it), not a remark to the bot.
        judged = (
            context_film is not None
            and refers_back(question)
            and asks_an_opinion(question, telling)
            and (question.rstrip().endswith("?") or bool(film_phrases.ASKS_WHETHER.match(question.lower())))
        )
        if not judged and (
            is_small_talk(question)
            or (mention is None and said_to_the_room(question))
            or film_phrases.a_remark(question, terms, lambda: self._names_typed(question, spoilers_on, guild_id))
            or (
                terms
                and not analyze(question, terms).facts
                and not any(self._search.knows(t, spoilers=spoilers_on, guild_id=guild_id) for t in terms)
                and not self._shown_in(terms, context_film, visibility)
                and not QUESTION_WORD.search(question.lower())
                and not any(is_english(w) for w in re.findall(r"[a-z]+", question.lower()) if w not in STOPWORDS)
            )
        ):
            text = self._films_here(guild_id) if asks_which_films_are_here(question) else film_replies.SMALL_TALK
            return film_replies.no_film(question, Status.NOT_FOUND, text, described)
        if (
            mention is None
            and context_film is None
            and film_phrases.THIS_FILM.search(question.lower())
            and not film_phrases.describes(question)
        ):
            # "What's the midpoint turn in this one?", "is this one scary?" with no film asked about before: the film
            # pointed at is the asker's to name (content search committed to Se7en for "turn").
            return film_replies.no_film(question, Status.AMBIGUOUS, film_replies.WHICH_FILM, described)
        if mention is None and is_a_pick(question):
            # "the first one", "the other one": a pick among films offered before, which this question does not
            # carry; searching the films for "first" or "one" would commit to whichever says "one-off".
            return film_replies.no_film(question, Status.AMBIGUOUS, film_replies.WHICH_FILM, described)
        unheard = self._unheard_title(question, telling, terms, mention, spoilers_on, guild_id)
        if unheard is not None and (source_of := self._the_source_of(unheard, guild_id)) is not None:
            # "who wrote the prestige novel", "fight club book author": the book one of our films is made from.
            return source_of
        if unheard is not None and (misspelt := self._misspelt_title(unheard, guild_id)) is not None:
            # "how long is momento": a title typed in lower case with a typo, where a fact asks for a film.
            return misspelt, Mention(films=[misspelt], words=match_key(unheard).split(), strong=True), Found.NAMED
        if unheard is not None and not self._a_word_about_someone_of(question, unheard, context_film):
            # "who directed the matrix", "how long is Tenet?" right after a question about The Prestige: a fact
            # asked of a name no film's text holds is a film we do not have, not a follow-up about the last one.
            return film_replies.not_ours(question, unheard, self._nearest(unheard, guild_id), described)
        if asks_which_film(question) or (
            context_film is not None
            # ("who directed the film where a man … tattoos clues on his body?" after Planet of the Apes: a fact
            # asked of a film described is asked of the film described, as a bare description is; so is "and the
            # magician one?" after Memento.)
            and (film_phrases.describes(question) or film_phrases.described_one(question))
            and (
                self._fits_another_better(telling, context_film, guild_id)
                or not self._search.coverage([t for t in telling if t not in THE_FILM], context_film, spoilers=True)
            )
        ):
            # "That film where an insomniac goes to support groups" after Memento: another film described, not the
            # last one; so is "the movie where the sled is important" after Psycho, whose text (hidden included)
            # holds none of it. ("That movie with the shower" after Psycho, which no visible text holds, stays with
            # it; whether naming it would confirm the description is checked as for a film found by content.)
            context_film = None
        if mention is None and (year := film_phrases.FILM_OF_A_YEAR.search(question)) is not None:
            # "What's the 1999 film about?", "the one from 1972": the year is how the film is named.
            typed = year.group("year") or year.group("year2")
            of_year = self._catalog.from_year(int(typed), guild_id)
            rest = [t for t in telling if t not in THE_FILM and t != typed]
            if len(of_year) == 1:
                return of_year[0], Mention(films=of_year, words=year.group(0).lower().split(), strong=True), Found.NAMED
            if of_year and not analyze(question, rest).reveal and len(rest) <= 1:
                return film_replies.no_film(question, Status.AMBIGUOUS, film_replies.WHICH_FILM, described, of_year)
        typed_title = set(query_tokens(" ".join(mention.words))) if mention is not None else set()
        # ("what's memento about, heard it's confusing": the clause naming the title asks nothing else; what follows
        # the break is an aside, which asks nothing either. After a question about Citizen Kane it went on with Kane.)
        asked_part = clauses.before_an_aside(question)
        if mention is not None and not film_phrases.content_terms(
            asked_part,
            [
                t
                for t in query_tokens(asked_part)
                if t in terms and t not in typed_title and t not in film_phrases.ASKED_OF_A_FILM
            ],
        ):
            # "what genre is vertigo", "when did psycho come out?": a title typed as an ordinary word, and nothing
            # else to search for once it is set aside (the fact asked is read without it: "psycho come" is no cue).
            # Read so, the word is the title, and is answered as one. ("memento twist?", "prestige twist": the twist
            # asked of the film typed, as its ending is; it was refused as if no film were named.)
            return mention.films[0], Mention(films=mention.films, words=mention.words, strong=True), Found.NAMED
        if mention is None and (nobody := self._a_name_of_no_one(question, guild_id)) is not None:
            # "who is Darth Vader?": a full name one word of which no film's text holds, nor any word spelt near it
            # ("Vader"), is no one in our films; its other word read as a typo ("Darth" as "death") found Vertigo.
            return film_replies.no_film(
                question, Status.NOT_FOUND, film_replies.NAMED_NOWHERE.format(name=nobody[:100]), described
            )
        matches, spoilers = self._content_matches(query, visibility, guild_id) if telling else ([], False)
        names = self._names_given(question, telling, matches, guild_id)
        shared = self._sharing_the_names(question, telling, matches, names, guild_id)
        if (
            context_film is not None
            and not self._names_elsewhere(
                self._surnames_given(question, names, matches, shared), context_film, matches, shared
            )
            and (ref := self._catalog.ref(context_film)) is not None
            and self._catalog.visible(context_film, guild_id)
            # ("What happens at the police station?" up to 1:00 of Se7en: the one film the asker opted into, which
            # they are watching, is what a question naming no film is about, whatever another film's text holds.)
            and (
                _the_one_opted_into(visibility) == context_film
                # ("What's Teddy's full name?" after Memento: a name the last film holds and the film its other words
                # fit does not ("full", "name" in Fight Club) keeps the question with the last film.)
                or self._names_keep_it(question, context_film, matches, spoilers)
                or not self._moves_on(
                    question,
                    telling,
                    matches,
                    context_film,
                    spoilers,
                    ours_spoilers=spoilers or visibility.scope(context_film).mode is ScopeMode.ON,
                    goes_on=goes_on,
                )
            )
        ):
            # A follow-up ("and how does it end?") that names no film is about the film asked about last.
            return ref, None, Found.FOLLOW_UP
        if len(shared) > 1:
            # "How long is the Nolan film?" with two Nolan films: which one is meant is the asker's to say.
            return film_replies.no_film(question, Status.AMBIGUOUS, film_replies.WHICH_FILM, described, shared)
        if len(made := self._made_by_all(names, telling, matches, guild_id)) > 1:
            # "which Fincher is the one with the insomniac?": nothing but the maker's name is in any summary, and
            # he made two of our films ("Se7en (Fincher)", an alias, made content search pick one).
            return film_replies.no_film(question, Status.AMBIGUOUS, film_replies.WHICH_FILM, described, made)
        if (
            len(shared) == 1
            and matches
            and matches[0].film_id == shared[0].id
            and analyze(question, telling).who_is
            and len(holders := [m for m in matches if self._holds_the_names(question, m.film_id, spoilers)]) > 1
        ):
            # "Who is Gavin?": an actor of one film (John Gavin in Psycho) and a character of another (Gavin Elster in
            # Vertigo). The credits repeat the name, so they win the search; which one is meant is the asker's. (When a
            # story holds the name more, "who is Taylor?", its film is clearly meant.)
            choices = [ref for m in holders if (ref := self._catalog.ref(m.film_id)) is not None]
            return film_replies.no_film(question, Status.AMBIGUOUS, film_replies.WHICH_FILM, described, choices)
        if (
            len(shared) == 1
            and analyze(question, [t for t in telling if t not in names and t not in VIEWING_TERMS]).facts
        ):
            # "When did the Shyamalan movie come out?": the only film those people made, named by its makers.
            # ("Who is Orson?" asks no fact of a film: content search answers it with the cast line.)
            words = [w.lower() for w in re.findall(r"[^\W\d_]+", question) if set(query_tokens(w)) & names]
            # The makers' names are how the film was named, not what is asked ("when", not "who directed").
            return shared[0], Mention(films=[shared[0]], words=words, strong=True), Found.NAMED
        if (
            mention is None
            and len(matches) > 1
            and len(set(telling)) == 1
            and not set(telling) & set(name_terms(question))
            and analyze(question, telling).who_is
        ):
            # "who's the wife?", "who is the detective?" with no film asked about: a part several of our films have
            # (their text holds the word), which one of them says most often is no sign of the film meant.
            choices = [ref for m in matches if (ref := self._catalog.ref(m.film_id)) is not None]
            return film_replies.no_film(question, Status.AMBIGUOUS, film_replies.WHICH_FILM, described, choices)
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
            return film_replies.unnamed_refusal(question, described)
        if mention is not None:
            # Only a weak mention ("the Room") and no film's visible text clearly fits: the mention is all we have.
            if len(mention.films) > 1:
                return film_replies.ambiguous(question, " ".join(mention.words), mention.films, described)
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
                film_phrases.describes(question)
                or any(not self._search.knows(t) for t in name_terms(question))
                # "What is inside the box that the van delivers to Mills?": it asks after a twist.
                or analyze(question, terms).reveal is not None
            )
            and self._fits_hidden_text(question, query, guild_id, matches)
        ):
            # "The one where the psychologist was dead the whole time": no film's visible text fits, but one
            # film's whole text clearly does. Asking "which film?" would pretend not to know; naming it would
            # confirm the twist. The refusal says only that it may be a spoiler, whichever film it is.
            return film_replies.unnamed_refusal(question, described)
        if (
            telling
            and not spoilers
            and (film_phrases.describes(question) or asks_which_film(question))
            and (STATES_A_TWIST.search(question.lower()) or TURNS_OUT.search(question.lower()))
        ):
            # "The movie where it turns out the therapist was dead the whole time": no film clearly fits, yet the
            # words state a twist; "which film?" would ask the asker to name the film whose twist it is.
            return film_replies.unnamed_refusal(question, described)
        if not matches and (nobody := self._named_nowhere(question, telling, guild_id)) is not None:
            # "who is keyser soze?": no film's text, hidden or not, names him; "which film?" would promise one does.
            return film_replies.no_film(
                question, Status.NOT_FOUND, film_replies.NAMED_NOWHERE.format(name=nobody[:100]), described
            )
        if film_phrases.describes(question) and self._describes_none_of_ours(question, terms, guild_id):
            # "who directed the movie where a shark terrorises a beach town?": "which film?" with the films that
            # hold "beach" would promise one of them is it.
            return film_replies.no_film(question, Status.NOT_FOUND, film_replies.NONE_FITS, described)
        choices = [ref for m in matches if (ref := self._catalog.ref(m.film_id)) is not None]
        if (lacked := self._a_title_case_title_we_lack(question, guild_id)) is not None:
            # Rather than "which film?": the film it asks of is one we lack.
            return film_replies.not_ours(question, lacked.text, self._nearest(lacked.text, guild_id), described)
        if not choices and self._about_none_of_ours(question, telling, guild_id):
            return film_replies.no_film(question, Status.NOT_FOUND, film_replies.NONE_FITS, described)
        if (heading := self._a_heading_we_lack(question, guild_id)) is not None:
            # "planet terror cast": rather than "which film?" (between films holding "planet", or none).
            return film_replies.not_ours(question, heading, self._nearest(heading, guild_id), described)
        return film_replies.no_film(question, Status.AMBIGUOUS, film_replies.WHICH_FILM, described, choices)

    def _a_heading_we_lack(self, question: str, guild_id: int | None) -> str | None:
        """The lower-case title heading the question ("planet terror cast", "zodiac fincher plot") when one of its
        words no film's text holds, nor any word spelt near it: a film we lack (its maker's name after it set aside).
        None otherwise."""
        heading = film_phrases.title_heading(question)
        if heading is None:
            return None
        words = heading.split()

        def a_makers(word: str) -> bool:
            # (searched by the word, not over every film's credits: a public bot holds very many films)
            return any(self._made_one(t, guild_id) for t in query_tokens(word))

        while len(words) > 1 and a_makers(words[-1]):
            words.pop()  # "zodiac fincher": the title before its maker's name
        if len(heading.split()) < 2 or any(is_stopword(w) for w in words):
            return None  # one word may be anything; "is it so that …" is no title
        if set(query_tokens(" ".join(words))) & THE_FILM or any(a_makers(w) for w in words):
            return None  # "tarkovsky sci fi film": one of ours described by its maker
        if not any(self._nobody_called(w, guild_id) for w in words):
            return None
        return " ".join(words)

    def _a_title_case_title_we_lack(self, question: str, guild_id: int | None) -> Phrase | None:
        """A Title Case phrase inside a sentence that no film's text uses ("my grandad's favourite hitchcock is Rear
        Window. what's it about?", "planning a Rear Window episode, what does Jeff see?"): a title we lack, out of a
        slot too. None for "who is Darth Vader?" (no film's text names him, which is said so) and for shouting."""
        if film_phrases.WHO_IS_SOMEONE.match(question):
            return None
        return next(
            (
                p
                for p in phrases(question)
                if p.start > 0
                and film_phrases.in_title_case(p.text)
                # ("WHAT IS ROSEBUD": shouting, not a title's capitals)
                and all(re.match(r"[A-Z][a-z]", w) for w in p.text.split() if w[:1].isupper())
                and not _starts_a_sentence(question, p.text)
                and not self._used_as_name(p.text, guild_id)
            ),
            None,
        )

    def _about_none_of_ours(self, question: str, telling: list[str], guild_id: int | None) -> bool:
        """Whether a question that names no film, and fits none, speaks of something none of our films' text holds
        ("shutter island twist?", "elden ring lore who is the elden lord", "is it going to rain tomorrow?"): a word
        no summary uses, hidden parts included, that is no mere quality ("the big twist") and no word for films,
        viewing or how an answer is wanted; and it points back at no film ("it", "the movie") and names no one our
        films' text holds ("is arbogast a cop?"). A fate asked of someone in everyday words ("does the dog die?") is
        asked of a story the asker has in mind, which may be ours: which one is still theirs to say."""
        lowered = question.lower()
        if refers_back(question) or set(query_tokens(question)) & THE_FILM:
            return False
        if any(
            self._search.knows(n, spoilers=True, guild_id=guild_id) for n in self._names_typed(question, True, guild_id)
        ):
            return False
        asked = set(telling) - film_phrases.ASKED_OF_A_FILM - VIEWING_TERMS - THE_FILM
        unheard = self._words_none_holds(lowered, asked, guild_id)
        if set(query_tokens(question)) & FATE_TERMS and all(is_english(word) for word in unheard):
            return False
        return bool(unheard)

    def _words_none_holds(
        self, question: str, among: Collection[str], guild_id: int | None, *, or_synonyms: bool = False
    ) -> list[str]:
        """The words typed in `question`, other than mere qualities ("big"), with a term in `among` that no film's
        text holds, hidden parts included (nor, with `or_synonyms`, any word for it)."""

        def held(term: str) -> bool:
            said = (term, *synonyms(term)) if or_synonyms else (term,)
            return any(self._search.knows(t, spoilers=True, guild_id=guild_id) for t in said)

        return [
            word
            for word in dict.fromkeys(re.findall(r"[^\W\d_]+", question.lower()))
            if not _only_a_quality(word) and any(t in among and not held(t) for t in query_tokens(word))
        ]

    def _describes_none_of_ours(self, question: str, terms: list[str], guild_id: int | None) -> bool:
        """Whether a film described and found by none of our films' text fits none of them: the description holds an
        English word no film's text holds, hidden parts included, nor any word for it ("shark"; a typo is no sign),
        and no film's whole text holds half of it."""
        described = set(film_phrases.described_in(question, terms))
        if (asked := without_description(question)) is not None:
            # "in the nolan movie, who's the villain": what is asked of the film describes none of it.
            described -= set(query_tokens(asked))
        # ("… told in reverse chronological order?": the summaries' word for it is "backwards")
        unheard = [w for w in self._words_none_holds(question, described, guild_id, or_synonyms=True) if is_english(w)]
        if not unheard:
            return False
        best = self._search.find(list(described), spoilers=True, guild_id=guild_id, k=1, min_coverage=0.0)
        return not best or best[0].coverage < NONE_FITS_BELOW

    def _a_name_of_no_one(self, question: str, guild_id: int | None) -> str | None:
        """A full name typed in capitals ("Darth Vader", "Hannibal Lecter") none of whose words any film's text holds
        (hidden text included, so saying so tells nothing of it), nor a name spelt near it ("Darth" is near only the
        word "death"; "Conner" is near "Connor"), and one of which is no English word; None when there is none."""
        for run in _FULL_NAME.finditer(question):
            words = run.group().split()
            if any(not is_english(word.lower()) for word in words) and all(
                self._nobody_called(word, guild_id) for word in words
            ):
                return run.group()
        return None

    def _nobody_called(self, word: str, guild_id: int | None) -> bool:
        """Whether no film's text holds the word, nor a name spelt near it (only common words, if anything)."""
        terms = query_tokens(word)
        if not terms or any(self._search.knows(t, spoilers=True, guild_id=guild_id) for t in terms):
            return False
        near = self._search.respell(terms, spoilers=True)
        return near == terms or all(is_english(t) for t in near)

    def _named_nowhere(self, question: str, telling: list[str], guild_id: int | None) -> str | None:
        """The name, as typed, that a "who is …?" question asks of when no film's text (hidden text included, so the
        reply tells nothing of it) holds any of its words; None otherwise. So too the description a "which film?"
        asks by ("anything with dinosaurs?"): no film to choose among holds any of it."""
        if not telling or not (
            asks_which_film(question)
            or (analyze(question, telling).kind is Kind.WHO and film_phrases.WHO_IS_SOMEONE.match(question))
        ):
            return None
        unknown = {
            t
            for t in telling
            if not self._search.knows(t, spoilers=True, guild_id=guild_id)
            and not any(self._search.knows(s, spoilers=True, guild_id=guild_id) for s in synonyms(t))
        }
        return film_phrases.typed_span(question, unknown) if unknown == set(telling) else None

    def _a_word_about_someone_of(self, question: str, unheard: str, context_film: str | None) -> bool:
        """Whether the words read as a title we lack are one everyday word said of someone the last film's text
        names: "why is borden in jail", "what's the writer afraid of" after The Prestige and Stalker are about
        Borden and the Writer, not films called "jail" and "afraid"."""
        if context_film is None or (index := self._index(context_film)) is None:
            return False
        if _THE_SOURCE.match(unheard):
            # "what year was the novel published?" after Fight Club: the book the last film was made from.
            return True
        # ("what does Cole tell his mother in the traffic jam?": a few everyday words, after an article)
        words = _AN_ARTICLE.sub("", unheard).split()
        if not 0 < len(words) <= 3 or not unheard.islower() or not all(is_english(w) for w in words):
            return False
        title = set(terms_of_title(index.film))
        # (Someone besides the words themselves: "the departed" is no one, though "Department" is in Chinatown.)
        besides = set(query_tokens(question)) - set(query_tokens(unheard))
        return bool(besides & (people_terms(index.film) - title))

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
        hearsay = hearsay_terms(question)
        # "do we need subtitles?": the word after "we" is the asker's verb, no title.
        hearsay |= {t for word in _AFTER_A_SUBJECT.findall(question.lower()) for t in query_tokens(word)}
        # "who is the killer in scream": a word ending the question after "in" is read as typed, not as a synonym
        # some summary holds ("shout").
        last = film_phrases.IN_A_LAST_WORD.search(question.lower())
        as_typed = set(query_tokens(last[1])) if last else set()
        # "who dies in the departed": the stemmer makes "departed" the summaries' "Department"; a word ending the
        # question after "in" that no film's text writes in any of its forms is no word of theirs.
        # (After "the" only: "… involved in currently?" ends on an adverb no summary happens to write.)
        unwritten = (
            as_typed if last and " the " in last[0] and not self._written_in_some_form(last[1], guild_id) else set()
        )
        # "who directed Rebecca?": a first name only some film's credits hold ("Rebecca Hall") is no word of theirs.
        # (Not "is Gwyneth Paltrow in it?": the name typed whole.) Looked up only for a word the films know.
        capitalised = {
            t: found for found in re.finditer(r"\b([A-Z][a-z]+)\b", question) for t in query_tokens(found[1])
        }

        def credited_only(t: str) -> bool:
            found = capitalised.get(t)
            return found is not None and self._first_names_of_makers_only(
                found[1], {t}, self._find([t], spoilers=False, guild_id=guild_id), question[found.end() :]
            )

        unheard = {
            t
            for t in telling
            if t not in named
            and t not in fact_words
            and t not in OPINION_TERMS
            # "watching the godfather tonight": when it is watched is no part of its title.
            and t not in VIEWING_TERMS
            # "twist?", "spoilers?": what is asked of the film, not its title.
            and t not in film_phrases.ASKED_OF_A_FILM
            # Words that ask for a summary ("summarise", "plot") are never part of the title of a film we lack.
            and t not in OVERVIEW_TERMS
            # "… chinatown everyone talks about": who speaks of a film is no part of its title.
            and t not in hearsay
            and t not in film_phrases.NOT_A_TITLE_WORD
            and (t in unwritten or not self._search.knows(t, spoilers=spoilers, guild_id=guild_id) or credited_only(t))
            # "the kid": a word for what a summary says in its own words ("child") is no title's.
            and (
                t in as_typed
                or not any(self._search.knows(s, spoilers=spoilers, guild_id=guild_id) for s in synonyms(t))
            )
        }
        # The words no film's text holds at all, hidden text included.
        lacking_words = {
            t for t in unheard if t in unwritten or not self._search.knows(t, spoilers=True, guild_id=guild_id)
        }
        if (
            unheard
            and not lacking_words
            and (origin := _WHERE_SOMEONE_IS_FROM.match(question)) is not None
            and set(query_tokens(origin["who"])) == unheard
        ):
            # "where is Judy from?" after Vertigo: someone some film's text names (here only its hidden part), asked
            # where they are from; no film "Judy" asked the country it was made in.
            return None
        if (named_film := film_phrases.named_as_a_film(question, lacking_words)) is not None:
            # "and in the movie hereditary who dies first", "in rear window did thorwald kill his wife": whatever
            # is asked, a film named in words no film's text holds at all is a film we lack.
            return named_film
        watched = {
            t for rest in film_phrases.after_watching(question) if rest.split() for t in query_tokens(rest.split()[0])
        }
        watched |= {t for m in film_phrases.NAMES_A_FILM_NEXT.finditer(question.lower()) for t in query_tokens(m[1])}
        # "breakfast club who's in it": the words heading the question are the film "it" points at.
        heading = film_phrases.title_heading(question.lower())
        headed = (
            heading is not None
            # ("check stalker how long is it": our film heads it)
            and mention is None
            and film_phrases.title_like(heading)
            and not is_small_talk(heading)
            and unheard <= set(query_tokens(heading))
        )
        if (
            not unheard
            # "we saw jaws last night, who is in it?": "it" is the film watched, which no summary holds.
            or (
                refers_back(question)
                and not any(p.slot for p in phrases(question))
                and not unheard & watched
                and not headed
            )
            # "the nolan film where a man with no short-term memory tattoos clues …: who plays the lead?": words
            # no film's text holds, in a film described, are the asker's own words for its story, not a title.
            or film_phrases.describes(question)
        ):
            if (slotted := self._unwritten_title(question, guild_id)) is not None:
                # "who directed the sixth day", "whats blade runner about": every word is in some summary, but
                # no summary writes the phrase, and it stands where a fact asked names its film. ("do u have
                # frozen? kids want it": "it" is that film.)
                return slotted
            # "ok fine who directed it": the film asked of is the last one, whatever other words come before.
            return None
        if any(
            set(query_tokens(found["adjectives"])) >= unheard
            and any(self._made_one(t, guild_id) for t in query_tokens(found["maker"]))
            for found in film_phrases.BY_A_MAKER.finditer(question)
        ):
            # "that slow Tarkovsky film, what's it about?": the asker's own words for a film they point at by who
            # made it, not a title.
            return None
        span = film_phrases.typed_span(question, unheard, lambda word: not self._a_makers_surname(word, guild_id))
        span = _the_whole_slot(question, span)
        while len(words := span.split()) > 1 and (said := set(query_tokens(words[0]))) and said <= chatter_terms():
            span = span[len(words[0]) :].lstrip()  # "ok interstellar?": a reaction before the title is no part of it
        last_word = span.split()[-1] if span.split() else ""
        if (
            len(span.split()) > 1
            and not set(query_tokens(last_word)) & unheard
            and (
                analyze(last_word, query_tokens(last_word)).facts
                or set(query_tokens(last_word)) <= film_phrases.ASKED_OF_A_FILM
            )
        ):
            # "sense and sensibility cast?": the fact asked ends the run of words, and is no part of the title (the
            # title read as "sense and sensibility cast" asked nothing, and content search chose The Sixth Sense).
            span = span[: len(span) - len(last_word)].rstrip()
        if (
            (joined := re.search(rf"\b([^\W\d_]+) and {re.escape(span)}", question, re.I)) is not None
            and not is_stopword(joined[1])
            and not QUESTION_WORD.fullmatch(joined[1].lower())
            and self._catalog.find_in_question(joined[1], guild_id) is None
        ):
            # "sense and sensibility", "bonnie and clyde": a title joining two words, the first one some summary uses
            # (here a word of one of our titles), is one title; not "vertigo and inception", our title beside one
            # we lack.
            span = question[joined.start() : joined.end()]
        if any(
            t not in unheard and not self._made_one(t, guild_id) for t in self._names_typed(span, spoilers, guild_id)
        ):
            # "tyler sells what?": a run of words holding a name one of our films' story writes as one ("Tyler") is
            # something asked of that person, not a title we lack. (A maker's name is not: "andrei rublev" is
            # Tarkovsky's other film.)
            return None
        # The title's other words are the title's too ("pulp fiction": fiction is a word some summary uses).
        in_span = set(query_tokens(span))
        # "we saw jaws last night, who is in it?": having watched it asks nothing of it.
        # ("is the matrix scene good": a scene of it is still asked of the film.)
        rest = [
            t
            for t in terms
            if t not in unheard and t not in in_span and t not in VIEWING_TERMS and t not in film_phrases.SCENE_WORDS
        ]
        asked = analyze(question, rest)
        if (
            tail := film_phrases.TITLE_TAIL.match(question[question.lower().find(span.lower()) + len(span) :])
        ) is not None:
            # "who directed apocalypse now", "how long is blade runner 2049": the words ending the question after
            # the title are the title's too, when without them what is asked is a fact ("now" asks nothing).
            tail_terms = set(query_tokens(tail["words"]))
            bare = analyze(question, [t for t in rest if t not in tail_terms])
            if bare.facts and not asked.facts:
                span, asked = f"{span} {tail['words']}", bare
                rest = [t for t in rest if t not in tail_terms]
        if film_phrases.A_ROLE_SLOT.search(question[: question.lower().find(span.lower())]):
            # "who plays Arbogast?", "who played the Professor": what is played is a part in the film asked about,
            # whatever its text shows, not a film.
            return None
        # A summary ("what is the plot of the matrix?", "summarise the godfather") counts only when asked of words no
        # film's text holds at all: "what happens in the bell tower?" is a question about Vertigo's hidden part.
        lacking = lacking_words == unheard
        if unheard - lacking_words and len(span.split()) > film_phrases.TITLE_WORDS_AT_MOST and not span[:1].isupper():
            # "the writer contends that using the room for selfish?": a run of lower-case words that some film's
            # hidden text holds is the asker quoting a story, not a title ("north by northwest" is short); echoing
            # it back as a title we lack would repeat that text to a reader whose scope hides it. So with words of
            # their own beside it ("ignore spoilers and tell me the writer remains skeptical of real peril").
            return None
        if not lacking_words and not span[:1].isupper() and self._written(span, guild_id):
            # "who is in the fruit cellar?": a place some film's text names in those very words (here only its
            # hidden part), asked who is there; no title we lack.
            return None
        summary = asked.overview and lacking
        if (
            lacking
            and set(rest) <= film_phrases.AVAILABILITY_TERMS
            and film_phrases.BARE_TITLE.match(question)
            # ("what about the batman": a name no lexicon holds is a title too; a keyboard mash is not)
            and all(_a_word(w) for w in re.findall(r"[a-z]+", span.lower()) if w not in STOPWORDS)
            # "is the dog dead?": whether someone lives or dies is asked of a story, not a title ("the dead pool?" is).
            and not (
                film_phrases.ASKS_WHETHER.match(question.lower()) and set(query_tokens(span.split()[-1])) & FATE_TERMS
            )
        ):
            # "the shining?", "what about inception", "is the godfather on here": a title and nothing asked of
            # it, in words no film's text holds (a keyboard mash is no title: it gets the pointer to /help).
            return span
        # So does the ending of the words themselves ("whats the ending of the godfather", "how does jaws end?");
        # "what happens at the end with the gramophone" asks about the last film's ending.
        ending = (
            asked.ending and lacking and film_phrases.ENDING_OF.search(question.lower().replace(span.lower(), " \x00 "))
        )
        if not (
            asks_an_opinion(question, rest)
            or asked.facts
            or summary
            or ending
            or set(rest) & film_phrases.FILM_ATTRIBUTES
            # "shutter island twist?": the twist asked right after words one of which no film's text holds at all
            # (not "who reveals the identity … to the Ku Klux Clan?": there the word asks nothing of a film)
            or (bool(lacking_words) and self._a_twist_asked_after(question, span))
        ):
            # ("whats blade runner about", "who wrote sense and sensibility": "runner" and "sense" are words some
            # summary uses, so the summary asked counts only as `_unwritten_title` reads it.)
            return self._unwritten_title(question, guild_id)
        return span

    @staticmethod
    def _a_twist_asked_after(question: str, span: str) -> bool:
        """Whether the word right after `span` asks a twist, a secret or a meaning of it ("twist" in "shutter island
        twist?")."""
        at = question.lower().find(span.lower())
        following = re.match(r"\W*([^\W\d_]+)", question[at + len(span) :]) if at >= 0 else None
        terms = set(query_tokens(following[1])) if following else set()
        return bool(terms) and terms <= film_phrases.ASKED_OF_A_FILM

    def _unwritten_title(self, question: str, guild_id: int | None) -> str | None:
        """The words, as typed, of a lower-case title of two words or more that a question asking a fact or a
        summary of it ends on (`film_phrases.FACT_SLOT`), when no film's text, spoilers included, writes them as one
        phrase and none of them points at a film or a scene; or of any title asked whether it is here (`HAVE_SLOT`);
        None otherwise."""
        found = film_phrases.FACT_SLOT.match(question)
        # "do u have frozen? kids want it": whether a film is here asks of its title alone, one word or more.
        held = HAVE_SLOT.match(re.split(r"(?<=[?!.])\s", question.strip(), maxsplit=1)[0]) if found is None else None
        if found is None and held is None:
            return None
        title = (
            (found["title"] or found["summarised"] or found["ended"] or found["ends"])
            if found
            else held["title"]
            if held
            else ""
        ).strip()
        words = title.split()
        terms = set(query_tokens(title))
        if (
            found is not None
            and (found["ended"] or found["ends"])
            and set(words[1:] if words[:1] == ["the"] else words) & STOPWORDS
        ):
            # "ok and the ending?", "how does doe get caught in the end": an ending asked of what came before, not
            # of a title ("blade runner ending explained?" is one).
            return None
        if (
            len(words) < (1 if held else 2)
            or (held is not None and not terms)
            or not title.islower()
            or set(words) & film_phrases.SOME_WORDS
            or film_phrases.describes(question)
            or terms
            & (
                THE_FILM
                | film_phrases.FILM_PARTS
                | FRAMING_TERMS
                | film_phrases.NOT_A_TITLE_WORD
                | _SOMEONE
                | film_phrases.A_MOMENT
                | FACT_TERMS
            )
            # "who directed it and when", "who wrote and directed it": more asked, not a title.
            or refers_back(title)
            or QUESTION_WORD.search(title)
            or self._catalog.find_in_question(title, guild_id) is not None
        ):
            return None
        if held is not None:
            # Asked whether it is here, it is a film, whatever words of a story it shares.
            return title
        matches = self._search.find(list(terms), spoilers=True, guild_id=guild_id, k=3, min_coverage=0.999)
        for match in matches:
            film = self._film(match.film_id)
            titled = {t for name in ((film.title, *film.aliases) if film else ()) for t in query_tokens(name)}
            if not terms & titled or terms <= titled:
                # "what's the pride victim about?": a film's story holds every word; the asker's own words for it.
                # ("apes planet ending": our own title's words, in another order.)
                return None
        return None if self._written(title, guild_id, matches) else title

    def _written_in_some_form(self, word: str, guild_id: int | None) -> bool:
        """Whether some film's text, spoilers included, writes the word or another inflection of it ("departs" for
        "departed"; not "Department", which the stemmer makes the same)."""
        lemmas = {lemma for found in lemminflect.getAllLemmas(word).values() for lemma in found}
        forms = {word, *lemmas}
        forms |= {form for lemma in lemmas for found in lemminflect.getAllInflections(lemma).values() for form in found}
        return any(self._written(form, guild_id) for form in forms)

    def _written(self, words: str, guild_id: int | None, matches: list[FilmMatch] | None = None) -> bool:
        """Whether some film's text, spoilers included, writes the words (without a leading article) as one phrase;
        `matches`: the films holding them all, when the caller has searched already."""
        bare = re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.I)
        if not bare:
            return False
        if matches is None:
            terms = query_tokens(bare)
            matches = self._search.find(terms, spoilers=True, guild_id=guild_id, k=3, min_coverage=0.999)
        pattern = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in bare.split()) + r"\b", re.I)
        return any(pattern.search(passage.text) for passage in self._passages_of(matches, SpoilerScope.on()))

    def _misspelt_title(self, typed: str, guild_id: int | None) -> FilmRef | None:
        """The one film whose title `typed` (words no film's text holds, where a title is asked for) misspells; or,
        failing that, its first words, when the words after them are English ("how does the ending of momento
        work?": "momento work" is read as a title we lack, "momento" is Memento misspelt)."""
        words = typed.split()
        for end in range(len(words), 0, -1):
            if end < len(words) and not is_english(words[end].lower()):
                break
            films, _ = self._catalog.typo(" ".join(words[:end]), guild_id)
            if len(films) == 1:
                return films[0]
        return None

    def _sharing_the_names(
        self, question: str, telling: list[str], matches: list[FilmMatch], names: set[str], guild_id: int | None
    ) -> list[FilmRef]:
        """The films found by content made by everyone the question names, when the names are all it gives
        besides a fact ("what year is the Tarkovsky film from?"): more than one, and no film is clearly meant.
        `names`: the names the question gives (`_names_given`)."""
        if not names:
            return []
        # "that slow Tarkovsky film", "that weird Nolan movie": the asker's own words for the film they point at by
        # its maker tell nothing of which it is.
        pointing = {
            t
            for found in film_phrases.BY_A_MAKER.finditer(question)
            if set(query_tokens(found["maker"])) & names
            for t in query_tokens(found["adjectives"])
        }
        # A fact asked of the film the name points at ("how long is the Nolan film?") asks nothing else.
        asked = [t for t in telling if t not in names and t not in VIEWING_TERMS and t not in pointing]
        facts = analyze(question, asked).facts
        plans = set(telling) - names.union(THE_FILM, pointing, *(fact_terms(f) for f in facts))
        if not plans <= VIEWING_TERMS:
            return []
        if len(matches) < 2 or plans:
            # The fact's own words ("long", "wrote") and "movie" are in no summary, and a plan to watch ("watching
            # it tonight") matches text by chance: the names alone find the films.
            return self._films_made_by(names, guild_id)
        return self._made_by(names, matches)

    def _made_by_all(
        self, names: set[str], telling: list[str], matches: list[FilmMatch], guild_id: int | None
    ) -> list[FilmRef]:
        """The films made by everyone the question names, when no other word of it is in any film's visible text,
        or when content search picked none or one of them, and none holds MAKERS_FILM_DESCRIBED of those words
        ("which Tarkovsky film should I study for slow pacing?": Solaris says "studied" and nothing else).
        Spoilers are never read: whether a word is there must tell nothing of what is hidden."""
        if not names:
            return []
        others = [t for t in telling if t not in names and t not in THE_FILM]
        if not any(self._search.knows(t, guild_id=guild_id) for t in others):
            return self._films_made_by(names, guild_id)
        # The words of a fact asked ("who wrote it?") describe no film.
        others = [t for t in others if t not in FACT_TERMS]
        # ("John" in "… known to him only as John G." is a name of the cast of films content search did not pick:
        # checked first, as it spares the search by the names.)
        if matches and not names <= self.makers(matches[0].film_id):
            return []
        made = self._films_made_by(names, guild_id)
        if matches and matches[0].film_id not in {ref.id for ref in made}:
            return []
        # ("a Hitchcock picture about a detective frightened of heights": in the summary's own word, "acrophobia", as
        # the content search reads it)
        others += [s for t in others if not self._search.knows(t, guild_id=guild_id) for s in synonyms(t)[:1]]
        if any(self._search.coverage(others, ref.id, spoilers=False) >= MAKERS_FILM_DESCRIBED for ref in made):
            return []
        return made

    def _the_other_by(
        self, question: str, context_film: str | None, guild_id: int | None
    ) -> tuple[FilmRef, Mention, Found] | None:
        """ "The other Hitchcock one" after a question about Psycho: Vertigo, when its maker made exactly one other
        of our films."""
        found = film_phrases.THE_OTHER_BY.search(question) or film_phrases.THEIR_OTHER.search(question)
        if found is None or context_film is None:
            return None
        if found.re is film_phrases.THEIR_OTHER:
            # "the director's other film", "his other movie on here": the director of the film asked about
            film = self._film(context_film)
            names = set(query_tokens(film.facts.director)) if film is not None and film.facts.director else set()
        else:
            names = set(query_tokens(found["maker"]))
        if not names or not names <= self.makers(context_film):
            return None
        others = [ref for ref in self._films_made_by(names, guild_id) if ref.id != context_film]
        if len(others) != 1:
            return None
        return others[0], Mention(films=others, words=found[0].lower().split(), strong=True), Found.NAMED

    def _of_a_makers_film(self, question: str, telling: list[str], guild_id: int | None) -> list[str]:
        """ "who wrote the tarkovsky film": a fact asked of a film named by its maker alone. Beside the maker's name
        the fact's words ("wrote") are no words of a story, though with a name besides them they read as one."""
        asked = set().union(*(fact_terms(f) for f in analyze(question, []).facts))
        rest = [t for t in telling if t not in asked]
        if asked and rest != telling and rest and all(self._a_makers_surname(t, guild_id) for t in rest):
            return rest
        return telling

    def _more_by_its_maker(
        self, question: str, context_film: str | None, guild_id: int | None, described: str
    ) -> Answer | None:
        """ "any other films by him?", "what else did he direct?" after a question about Stalker: the other films
        of ours its director made, offered to pick from, or that there are none."""
        film = self._film(context_film) if context_film is not None else None
        if film is None or not film.facts.director:
            return None
        director = film.facts.director
        # "is there another Hitchcock?" after Psycho: more by its director, named.
        another = film_phrases.ANOTHER_BY.search(question)
        if not film_phrases.MORE_BY_THEM.search(question) and not (
            another and set(query_tokens(another["maker"])) <= set(query_tokens(director))
        ):
            return None
        others = [ref for ref in self._films_made_by(set(query_tokens(director)), guild_id) if ref.id != film.id]
        if not others:
            return film_replies.no_film(question, Status.NOT_FOUND, f"I have no other film by {director}.", described)
        count = "one other film" if len(others) == 1 else f"{len(others)} other films"
        return film_replies.no_film(
            question, Status.AMBIGUOUS, f"I also have {count} by {director}:", described, others
        )

    def _in_another_language(self, question: str, mention: Mention | None, guild_id: int | None) -> bool:
        """ "quién dirigió Psycho?", "wer hat Stalker gedreht?": beside the title, at least two words and most of them
        are in no English lexicon nor any film's text, and no English question word opens it. (Read as English, the
        words were a question nothing visible answers: "that may be a spoiler".)"""
        typed = re.findall(r"[^\W\d_]+", question)
        title = set(mention.words) if mention is not None else set()
        rest = [w for w in typed if normalize(w) not in title]
        # Opening on an English question word or a greeting ("wer hat …" has the English "hat", but not first).
        if not rest or is_stopword(rest[0]) or set(query_tokens(rest[0])) & chatter_terms():
            return False
        foreign = [
            w
            for w in rest
            if not is_english(w)
            and not is_stopword(w)
            and not set(query_tokens(w)) & chatter_terms()
            and not any(self._search.knows(t, guild_id=guild_id) for t in query_tokens(w))
        ]
        if len(foreign) < 2 or len(foreign) < FOREIGN_SHARE * len(rest) or any(keyboard_run(w.lower()) for w in rest):
            return False
        # Two names we lack ("keyser soze?") are as far from English: a word only other languages ask with decides.
        return any(normalize(w) in _FOREIGN_QUESTION_WORDS for w in rest)

    def _films_of_a_maker(self, question: str, terms: list[str], guild_id: int | None, described: str) -> Answer | None:
        """ "Which films are by Hitchcock?", "what did tarkovsky direct?", "any movies with brad pitt?": the films of
        ours someone named made, offered to pick from. None when the question asks no list of films, or names no one
        who made one of ours."""
        if not film_phrases.FILMS_OF.search(question.lower()):
            return None
        if (decade := film_phrases.A_DECADE.search(question.lower())) is not None:
            first = film_phrases.decade_start(decade)
            of_decade = sorted(
                self._catalog.from_year(first, guild_id, through=first + 9), key=film_phrases.oldest_first
            )
            count = "no film" if not of_decade else "one film" if len(of_decade) == 1 else f"{len(of_decade)} films"
            text = f"I have {count} from the {first}s" + (":" if of_decade else ".")
            status = Status.AMBIGUOUS if of_decade else Status.NOT_FOUND
            return film_replies.no_film(question, status, text, described, of_decade)
        names = {t for t in {*name_terms(question), *terms} if self._made_one(t, guild_id)}
        made = sorted(self._films_made_by(names, guild_id) if names else [], key=film_phrases.oldest_first)
        if not made:
            return None
        if (stranger := self._someone_else_named(question, names, made)) is not None:
            # "anything with Tom Hanks in it?": Tom Helmore is in Vertigo, Tom Hanks in none of ours.
            text = f"None of my films is by or with {stranger}. Type /film list to see the films I know."
            return film_replies.no_film(question, Status.NOT_FOUND, text, described)
        credited = [
            (name, film)
            for ref in made
            if (film := self._film(ref.id)) is not None
            for name in self._credited(ref.id)
            if names <= set(query_tokens(name))
        ]
        if not credited:
            return None
        name = credited[0][0]
        # "By" the ones who made it; "with" the ones who play in it.
        by = all(name in (film.facts.director or "") or name in (film.facts.writer or "") for _, film in credited)
        count = "one film" if len(made) == 1 else f"{len(made)} films"
        text = f"I have {count} {'by' if by else 'with'} {name}:"
        return film_replies.no_film(question, Status.AMBIGUOUS, text, described, made)

    def _film_at_an_extreme(
        self, question: str, guild_id: int | None, described: str
    ) -> tuple[FilmRef, Mention | None, Found] | Answer | None:
        """ "Which is your oldest film?", "what's the longest movie you have?": the one film of ours at that end of
        its year or runtime, offered to pick. Named so inside another question ("tell me about the oldest one", "who
        directed your newest film?"), it is the film that question is about. None for any other question."""
        asked = film_phrases.EXTREME.search(question.lower())
        found = asked or film_phrases.AN_EXTREME_FILM.search(question.lower())
        if found is None:
            return None
        word = found["extreme"]
        if word in ("longest", "shortest"):
            timed = [
                (film.facts.runtime_minutes, ref)
                for ref in self._catalog.every(guild_id)
                if (film := self._film(ref.id)) is not None and film.facts.runtime_minutes
            ]
            if not timed:
                return None
            minutes, ref = (max if word == "longest" else min)(timed, key=lambda pair: (pair[0], pair[1].title))
            told = f", at {minutes} minutes"
        else:
            dated = [ref for ref in self._catalog.every(guild_id) if ref.year]
            if not dated:
                return None
            oldest = word in ("oldest", "earliest")
            ref = (min if oldest else max)(dated, key=film_phrases.oldest_first)
            told = ""
        if asked is None:
            return ref, Mention(films=[ref], words=match_key(found.group()).split(), strong=True), Found.NAMED
        text = f"The {word} of my films is {ref.display_title}{told}."
        return film_replies.no_film(question, Status.AMBIGUOUS, text, described, [ref])

    def _films_of_a_genre(self, question: str, guild_id: int | None, described: str) -> Answer | None:
        """ "Got anything sci-fi?", "what's a good noir?": our films whose genre line names the genre asked, offered to
        pick from (none: said so). None for any other question."""
        if (asked := film_phrases.genre_asked(question)) is None:
            return None
        spelt, told = asked
        of_genre = sorted(
            (
                ref
                for ref in self._catalog.every(guild_id)
                if (film := self._film(ref.id)) is not None
                and spelt in (film.facts.genre or "").lower().replace("-", " ")
            ),
            key=film_phrases.oldest_first,
        )
        if not of_genre:
            text = f"I have no {told} films. Type /film list to see the films I know."
            return film_replies.no_film(question, Status.NOT_FOUND, text, described)
        text = f"I have {film_replies.films_counted(len(of_genre)).replace('film', told + ' film')}:"
        return film_replies.no_film(question, Status.AMBIGUOUS, text, described, of_genre)

    def _someone_else_named(self, question: str, names: set[str], made: list[FilmRef]) -> str | None:
        """The name, as typed, that shares a word with someone who made one of `made` but is not them ("Tom Hanks"
        beside Tom Helmore); None when every name typed is one of theirs."""
        credited = [set(query_tokens(name)) for ref in made for name in self._credited(ref.id)]
        for run in film_phrases.names_typed(question):
            said = set(query_tokens(run))
            if said & names and not any(said <= name for name in credited):
                return run
        return None

    def also_pointed_at(self, question: str, film_id: str, guild_id: int | None) -> list[FilmRef]:
        """The films the question's own pointers fit besides the one its other words found: its year ("which film
        from 1999 has the big twist?") or its maker ("that hitchcock movie, does the blonde die?"), when they fit
        several of ours, this one among them; empty otherwise. Offering those names nothing the asker did not."""
        if (year := film_phrases.FILM_OF_A_YEAR.search(question)) is not None:
            pointed = self._catalog.from_year(int(year.group("year") or year.group("year2")), guild_id)
        elif names := {t for t in query_tokens(question) if t in self.makers(film_id)}:
            pointed = self._films_made_by(names, guild_id)
        else:
            return []
        return pointed if len(pointed) > 1 and any(ref.id == film_id for ref in pointed) else []

    def _films_made_by(self, names: set[str], guild_id: int | None) -> list[FilmRef]:
        """The films the names alone find that everyone named made."""
        return self._made_by(names, self._find(sorted(names), spoilers=False, guild_id=guild_id))

    def _made_by(self, names: set[str], matches: list[FilmMatch]) -> list[FilmRef]:
        """Of the films found, those everyone named made. Only people who made the film (its facts): a character's
        name shared by two films is weighed by content search with the rest of the question (tried on all names:
        NarrativeQA right film −1)."""
        return [
            ref
            for m in matches
            if names <= self.makers(m.film_id) and (ref := self._catalog.ref(m.film_id)) is not None
        ]

    def _names_given(
        self, question: str, telling: list[str], matches: list[FilmMatch], guild_id: int | None = None
    ) -> set[str]:
        """The names a question gives: capitalised ones, and the makers' names of the films content search found
        typed in lower case ("who's in the hitchcock film", "the fincher one with brad pitt"), or of any film when
        they point at one by who made it ("the hitchcock film we're doing next week", where content search found
        nothing for "next week")."""
        makers = set().union(*(self.makers(m.film_id) for m in matches)) if matches else set()
        pointed = {
            t
            for found in film_phrases.BY_A_MAKER.finditer(question)
            for t in query_tokens(found["maker"])
            if t in telling and self._made_one(t, guild_id)
        }
        given = (
            set(name_terms(question))
            | pointed
            | {t for t in telling if t in makers} - self._in_a_characters_name(question, makers, matches)
        )
        # "who plays taylor?", "taylor actor": the name of a part, whoever else is called so in some film's credits
        # (Vertigo's writer Samuel A. Taylor); the story that has the part says which film.
        return given - _parts_asked(question)

    def _in_a_characters_name(self, question: str, makers: set[str], matches: list[FilmMatch]) -> set[str]:
        """Makers' names typed in lower case beside a word that is the name of someone in a found film's text and of
        no maker: "john doe" is Se7en's killer, not a John of the credits ("brad pitt" stays Brad Pitt)."""
        people = set().union(*(people_terms(index.film) for m in matches if (index := self._index(m.film_id))))
        terms = [query_tokens(w) for w in re.findall(r"(?<![\w'’])[a-z][\w'’]*", question)]
        named: set[str] = set()
        for i, these in enumerate(terms):
            beside = [terms[j] for j in (i - 1, i + 1) if 0 <= j < len(terms) and terms[j]]
            if these and set(these) <= makers and any(set(b) <= people - makers for b in beside):
                named.update(these)
        return named

    def _by_its_maker(self, phrase: str, mention: Mention) -> bool:
        """Whether the phrase is the title after its maker's possessive ("Hitchcock's Vertigo", "Nolan's Memento"):
        the film named by who made it, not a longer title."""
        found = re.fullmatch(r"\s*(?P<maker>[^\W\d_]+)['’]s\s+(?P<title>.+)", phrase)
        if found is None or match_key(found["title"]).split() != mention.words:
            return False
        return bool(set(query_tokens(found["maker"])) & self.makers(mention.films[0].id))

    def with_makers_spelt(self, question: str, guild_id: int | None) -> str:
        """The question with a maker's name it misspells put as the credits spell it ("which films did hitchcok
        make?" → "… Hitchcock …", "any other fincer movies?"): a word no film's text holds and no English word is,
        whose nearest term in the films' text is a word of the name of someone who made the film that holds it."""

        def spelt(found: re.Match[str]) -> str:
            typed = found.group()
            terms = query_tokens(typed)
            if len(terms) != 1 or is_english(typed.lower()) or self._search.knows(terms[0], spoilers=True):
                return typed
            respelt = self._search.respell(terms, spoilers=False)
            if len(respelt) != 1 or (nearest := respelt[0]) == terms[0]:
                # ("fightclub" read as two words, the title's: no one's name)
                return typed
            return next(
                (
                    word
                    for match in self._find([nearest], spoilers=False, guild_id=guild_id)
                    for name in self._credited(match.film_id)
                    for word in name.split()
                    if query_tokens(word) == [nearest]
                ),
                typed,
            )

        return _A_WORD.sub(spelt, question)

    def _made_one(self, term: str, guild_id: int | None) -> bool:
        """Whether `term` is the name of someone who made one of the films its name finds."""
        return any(term in self.makers(m.film_id) for m in self._find([term], spoilers=False, guild_id=guild_id))

    def _a_makers_surname(self, word: str, guild_id: int | None) -> bool:
        """Whether `word` is the last name of someone who made one of the films it finds ("tarkovsky")."""
        terms = query_tokens(word)
        return any(
            query_tokens(name.split()[-1]) == terms
            for match in self._find(terms, spoilers=False, guild_id=guild_id)
            for name in self._credited(match.film_id)
        )

    def _credited(self, film_id: str) -> list[str]:
        """The names of the people who made the film (`naming.credited_people`); none for no such film."""
        film = self._film(film_id)
        return credited_people(film) if film is not None else []

    def makers(self, film_id: str) -> set[str]:
        """The terms of the names of the people who made the film: director, writer and cast."""
        return set(query_tokens(" ".join(self._credited(film_id))))

    def _as_title(self, question: str, mention: Mention | None, guild_id: int | None) -> Mention | None:
        """ "what is se7en rated?": a lower-case title no other film's text uses is the title, whatever else the
        question asks ("the vouk" stays a word when another film's story has a vouk)."""
        if (
            mention is not None
            and not mention.strong
            and (
                self._only_its_own_word(mention, guild_id)
                or film_phrases.watched(question, mention)
                # "is vertigo worth watching?": nothing but the film is left to judge
                or asks_an_opinion(
                    question, [t for t in query_tokens(question) if t not in film_phrases.words_of(mention)]
                )
                # "the memento one", "that psycho movie": the title, said to be a film
                or re.search(
                    rf"\b{re.escape(' '.join(mention.words))}\s+(?:one|movie|film|flick)\b", normalize(question)
                )
                # "who produced psycho", "who edited vertigo": the film a maker's credit is asked of
                or re.search(
                    rf"\b(?:directed|wrote|made|produced|edited|scored|filmed|shot|remade)\s+(?:the\s+)?"
                    rf"{re.escape(' '.join(mention.words))}(?:\W*$|\s*[,;:?!]|\s+and\b)",
                    normalize(question),
                )
                # "what did leonard do for work before, memento", "who dies at the end (psycho)": the title alone
                # after a break, closing the question as a heading opens one. (Not after a film described: "what's
                # the movie where norman is the killer, psycho?" would be answered "yes, that one".)
                or (
                    not asks_which_film(question)
                    and re.search(
                        rf"(?:[,;:(]|\s[-–—])\s*(?:the\s+)?{re.escape(' '.join(mention.words))}\s*\)?\s*[?!.]*\s*$",
                        normalize(question),
                    )
                    is not None
                )
                # "the novel psycho is based on", "what book was fight club adapted from": the film a source is of
                or re.search(
                    rf"\b{re.escape(' '.join(mention.words))}\s+(?:is|was)\s+(?:based|adapted)\b", normalize(question)
                )
                # "vertigo who is judy", "psycho - what happened to the mother": a heading before the question
                or (
                    (heading := film_phrases.title_heading(question)) is not None
                    and match_key(heading).split() == mention.words
                )
            )
        ):
            return Mention(films=mention.films, words=mention.words, strong=True, lone=mention.lone)
        return mention

    def _named(self, question: str, guild_id: int | None) -> tuple[Mention | None, Phrase | None]:
        """A film the question names (exactly, or with a typo), and a title it names that is no film of ours.

        A title-like phrase that holds an exact title and more is the longer title: "Seven Samurai" around
        the alias "Seven" is not ours, "Citzen Kane" around the alias "Kane" is Citizen Kane misspelt."""
        mention = self._catalog.find_in_question(question, guild_id)
        opening = film_phrases.OPENS_ON_A_TITLE.match(question) if mention is not None and not mention.strong else None
        if mention is not None and opening is not None and match_key(opening["title"]) == " ".join(mention.words):
            # "vertigo time. who plays the lead?", "psycho night! who is in it": a title standing alone as the
            # message's opening, before a break, names the film, however ordinary its word.
            mention = Mention(films=mention.films, words=mention.words, strong=True)
        elif mention is not None and not mention.strong and self.opens_on_the_title(question, mention) is not None:
            mention = Mention(films=mention.films, words=mention.words, strong=True)
        candidates = phrases(question)
        typos = self._typos(question, candidates, guild_id)
        if mention is not None and mention.strong:
            # In a title slot ("in Seven Samurai"), or in Title Case anywhere ("Is Seven Samurai in your list?").
            # Out of a slot, only when the film's text never uses the words around the title ("Kane Say" is not).
            covering = [
                p
                for p in candidates
                if p.end - p.start > len(mention.words)
                and _within(mention.words, p.text)
                and (p.slot or self._foreign_words_around(question, p.text, mention))
                and not self._two_of_ours(p.text, guild_id)
                and not self._someone_after_the_title(p.text, mention, guild_id)
                and not self._by_its_maker(p.text, mention)
            ]
            if not covering:
                return mention, None
            longer = next((m for m in typos if mention.films[0] in m.films and len(m.words) > len(mention.words)), None)
            if longer is not None:
                return longer, None
            mention = None
            if not typos and (outside := next((p for p in covering if not self._used_as_name(p.text, guild_id)), None)):
                return None, outside
        if typos:
            return self._typed_on(question, typos[0], guild_id), None
        if mention is None and (theirs := self._misspelt_after_its_maker(question, guild_id)) is not None:
            return theirs, None
        if mention is None and (typed := film_phrases.title_heading(question)) is not None:
            # "momento who is john g": a heading before the question is a title, even typed as an English word.
            films, _ = self._catalog.typo(typed, guild_id)
            if films:
                return Mention(films=films, words=match_key(typed).split(), strong=True), None
        # "who wrote screenplay?": the words of a fact asked, typed in lower case, are no title in any slot.
        asked = [p for p in candidates if p.text[:1].isupper() or not set(query_tokens(p.text)) <= FACT_TERMS]
        if asks_which_film(question):
            # "which of our films is about two rival magicians in Victorian London?": where the story is set, in a
            # question looking for a film by what happens in it, is no title.
            asked = [
                p
                for p in asked
                if not re.search(rf"\b(?:in|at|near|around|across|through) {re.escape(p.text)}\b", question)
            ]
        # "have I got it muddled?", "The Russian film about a planet …": the asker, and a film's people, are no title.
        asked = [p for p in asked if not set(p.text.lower().split()) - _NO_TITLE_ALONE <= {"i"} | NATIONALITIES]
        unknown = unknown_title(asked, lambda text: self._used_as_name(text, guild_id))
        if mention is None:
            # "Nolan's Inception": the title is what follows its maker's name.
            unknown = self._after_a_makers_name([unknown] if unknown else candidates, guild_id) or unknown
        if (
            mention is None
            and unknown is None
            and (heading := film_phrases.BY_SOMEONE_HEADING.match(question)) is not None
            and self._a_makers_surname(heading["maker"].split()[-1], guild_id)
        ):
            # "the birds by hitchcock, who is in it?": a film one of our films' makers made, none of ours, though
            # its words are in some summary ("birds" in Psycho's).
            unknown = Phrase(heading["title"], 0, len(heading["title"].split()), slot=True)
        return mention, unknown

    def _typed_on(self, question: str, mention: Mention, guild_id: int | None) -> Mention:
        """The misspelt title with the words typed after it that go on spelling it: "plannet of the apes" where
        "plannet of the" was matched (what followed, "apes", read as a longer title we lack)."""
        keys = [match_key(w) for w in re.findall(r"[^\W_]+(?:['’][^\W_]+)*", question)]
        start = _typed_once_at(keys, mention.words)
        if start is None:
            return mention
        size = len(mention.words)
        best, score = mention, self._catalog.typo(" ".join(mention.words), guild_id)[1]
        for end in range(start + size + 1, min(len(keys), start + size + 3) + 1):
            words = keys[start:end]
            films, closer = self._catalog.typo(" ".join(words), guild_id)
            if films == mention.films and closer > score:
                best, score = Mention(films=films, words=words, strong=mention.strong), closer
        return best

    def _misspelt_after_its_maker(self, question: str, guild_id: int | None) -> Mention | None:
        """ "runtime of nolan's momento?", "how long is nolans momento": one of our titles typed with a typo after its
        own maker's name (the whole was read as a title we lack, or content search chose among his films)."""
        for found in _MAKERS_POSSESSIVE.finditer(question):
            maker = query_tokens(found["maker"])
            words = found["rest"].split()
            # The longest title first: "nolan's the prestge" is not "nolan's the".
            for title in (" ".join(words[:n]) for n in range(len(words), 0, -1)):
                films, _ = self._catalog.typo(title, guild_id)
                theirs = [ref for ref in films if maker and set(maker) <= self.makers(ref.id)]
                if len(theirs) == 1:
                    return Mention(films=theirs, words=match_key(title).split(), strong=True)
        return None

    def _after_a_makers_name(self, candidates: list[Phrase], guild_id: int | None) -> Phrase | None:
        """ "does Fincher's Zodiac ever reveal the killer?", "Nolan's Inception": the film of one of our films'
        makers named by its title after theirs, which is none of ours."""
        for phrase in candidates:
            maker, _, title = phrase.text.partition("'s ")
            if (
                title
                and title[:1].isupper()
                and " " not in maker
                and self._a_makers_surname(maker, guild_id)
                and not self._used_as_name(title, guild_id)
            ):
                return Phrase(title, phrase.start + 1, phrase.end, slot=True)
        return None

    def _films_here(self, guild_id: int | None) -> str:
        """The films this guild may ask about, all of them when few; else the first few and where the rest are."""
        films = self._catalog.suggest("", guild_id, limit=film_replies.FILMS_LISTED + 1)
        if not films:
            return "I have no films yet. A moderator can add one with `/film add`."
        named = ", ".join(
            f"{ref.title} ({ref.year})" if ref.year else ref.title for ref in films[: film_replies.FILMS_LISTED]
        )
        if len(films) <= film_replies.FILMS_LISTED:
            example = f'"who directed {films[0].title}?"'
            return f"I know {film_replies.films_counted(len(films))}: {named}. Ask me about any of them, e.g. {example}"
        return f"I know many films, among them {named}. `/film list` shows them all."

    def _someone_after_the_title(self, phrase: str, mention: Mention, guild_id: int | None) -> bool:
        """ "in The Prestige Angier's machine …": the title, then whose something is, a name a loaded film's text
        uses; not one longer title ("Nolan's Inception" puts the maker before)."""
        words = phrase.split()
        keys = [match_key(w) for w in words]
        size = len(mention.words)
        at = next((i for i in range(len(keys) - size + 1) if keys[i : i + size] == mention.words), None)
        if at is None or at + size >= len(words):
            return False
        owner = re.fullmatch(r"(?P<name>[A-Z][\w-]*)['’]s?", words[at + size])
        return owner is not None and self._used_as_name(owner["name"], guild_id)

    def _two_of_ours(self, phrase: str, guild_id: int | None) -> bool:
        """ "Psycho and Vertigo", "Momento and Se7en": two of our titles joined (one typed wrong, maybe), not one
        longer title."""
        parts = re.split(r"\s+and\s+", phrase, flags=re.I)
        return len(parts) == 2 and all(self._title_typed(part, guild_id) is not None for part in parts)

    def _title_typed(self, text: str, guild_id: int | None) -> FilmRef | None:
        """The one film of ours `text` is the whole title of, as typed or typed wrong ("Momento"); None otherwise."""
        mention = self._catalog.find_in_question(text, guild_id)
        if mention is not None:
            exact = mention.strong and " ".join(mention.words) == match_key(text) and len(mention.films) == 1
            return mention.films[0] if exact else None
        films, _ = self._catalog.typo(text, guild_id)
        return films[0] if len(films) == 1 else None

    def titles_typed(self, text: str, guild_id: int | None) -> list[tuple[FilmRef, str]]:
        """Our films `text` names by their full titles, in the order typed, typos too, each with its title as typed:
        "between psycho and vertigo", "I've got Momento and Se7en queued up" (not an alias inside a longer title:
        "Seven Samurai")."""
        typed = normalize(text)
        found: list[tuple[int, FilmRef, str]] = []
        rest = typed
        for _ in range(FILMS_NAMED_AT_MOST):
            mention = self._catalog.find_in_question(rest, guild_id)
            if mention is None or len(mention.films) != 1:
                break
            words = " ".join(mention.words)
            if words == match_key(mention.films[0].title):
                found.append((typed.find(words), mention.films[0], words))
            rest = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", " ", rest, count=1)
        for phrase in phrases(text):
            for part in re.split(r"\s+(?:and|or|&)\s+|\s*,\s*", phrase.text, flags=re.I):
                if part.strip() and self._catalog.find_in_question(part, guild_id) is None:
                    films, _ = self._catalog.typo(part, guild_id)
                    if len(films) == 1:
                        found.append((typed.find(match_key(part)), films[0], part.strip()))
        named: list[tuple[FilmRef, str]] = []
        for _, ref, as_typed in sorted(found, key=lambda each: each[0]):
            if all(ref != other for other, _ in named):
                named.append((ref, as_typed))
        return named

    def _the_source_of(self, phrase: str, guild_id: int | None) -> tuple[FilmRef, Mention, Found] | None:
        """The film a phrase names as the source it was made from ("the prestige novel", "fight club book"); None
        when it is no title of ours and such a word."""
        found = _A_SOURCE_OF.fullmatch(match_key(phrase))
        if found is None:
            return None
        resolved = self._catalog.resolve(found["title"], guild_id)
        if resolved.status is not Status.ANSWERED or resolved.film is None:
            return None
        return resolved.film, Mention(films=[resolved.film], words=found["title"].split(), strong=True), Found.NAMED

    def _the_one_asked_after(
        self, question: str, named: list[FilmRef], guild_id: int | None
    ) -> tuple[FilmRef, Mention, Found] | None:
        """The one of the films `named` that the question's last clause names, when a break (a colon, a comma, a
        full stop, a dash) sets the others apart in a lead-in before it that names them; None otherwise."""
        breaks = list(_A_CLAUSE_BREAK.finditer(question))
        if not breaks:
            return None
        lead, asked = question[: breaks[-1].start()], question[breaks[-1].end() :]
        in_asked = [(ref, typed) for ref, typed in self.titles_typed(asked, guild_id) if ref in named]
        in_lead = {ref.id for ref, _ in self.titles_typed(lead, guild_id)}
        if len(in_asked) != 1:
            return None
        if not {ref.id for ref in named} - {in_asked[0][0].id} <= in_lead:
            return None
        ref, typed = in_asked[0]
        return ref, Mention(films=[ref], words=match_key(typed).split(), strong=True), Found.NAMED

    def _second_title(self, question: str, mention: Mention, guild_id: int | None) -> FilmRef | None:
        """Another of our films the question names by its full title besides the one `mention` names by its own."""
        if len(mention.films) != 1 or " ".join(mention.words) != match_key(mention.films[0].title):
            return None
        # ("who directed Se7en and Momento?": the other one typed wrong.)
        return next((ref for ref, _ in self.titles_typed(question, guild_id) if ref != mention.films[0]), None)

    def opens_on_the_title(self, question: str, mention: Mention, *, spoilers: bool = False) -> str | None:
        """The question after a clause opening the message on the title, when that clause asks nothing and its
        other words are ones the film's visible text never uses ("psycho watch party in 10 min, who's in it" → "who's in
        it"): the clause says which film the question is about, however ordinary the title's word. None otherwise
        ("seven people died, which film?" is no such clause: Se7en's text tells of people and deaths)."""
        if (opening := film_phrases.opening_clause(question)) is None:
            return None
        clause, asked = opening
        words = match_key(clause).split()
        if words[: len(mention.words)] != mention.words:
            return None
        # (When the asker watches it is no word of the story: "in an hour", "tonight".)
        lead = clauses.STEERING | clauses.WATCHING | VIEWING_TERMS
        rest = [t for t in query_tokens(" ".join(words[len(mention.words) :])) if t not in lead and not t.isdigit()]
        if set(rest) & (film_phrases.FILM_PARTS | film_phrases.ASKED_OF_A_FILM) or not re.match(
            r"\W*(?:who|whom|whose|what|whats|when|where|why|how|which)\b", asked, re.I
        ):
            # "kane ending: so rosebud was what", "sixth sense twist please, …": the clause asks for a part of the
            # film itself; "vertigo time. james stewart is in this right?": no question follows it.
            return None
        # (Read in the text the asker may see: whether the film is named, or the clause set aside, must not tell
        # what a hidden part holds; with spoilers on, "chinatown the 'she's my sister' scene, what did that even
        # mean" asks of the scene.)
        return asked if not rest or self._search.coverage(rest, mention.films[0].id, spoilers=spoilers) == 0 else None

    def _foreign_words_around(self, question: str, text: str, mention: Mention) -> bool:
        """Whether `text` is in Title Case and its words besides the title's are words the title's film's text
        never uses: "Seven Samurai" holds Se7en's alias, but Se7en's text never says "samurai". Not after a verb
        that asks ("what does Kane Say"): there the name is the subject and the next word its verb."""
        if re.search(rf"\b(?:does|did|do|can|could|will|would|should)\s+{re.escape(text)}\b", question, re.I):
            return False
        words = text.split()
        extra = query_tokens(" ".join(w for w in words if match_key(w) not in mention.words))
        return (
            all(w[:1].isupper() for w in words)
            and bool(extra)
            and self._search.coverage(extra, mention.films[0].id, spoilers=True) == 0
        )

    def _nearest(self, title: str, guild_id: int | None) -> list[FilmRef]:
        """Our titles nearest a title we do not have; a leading "the" aside, as it alone is near every "The …"."""
        bare = re.sub(r"^the\s+", "", title, flags=re.I) or title
        near = self._catalog.nearest(bare, guild_id, limit=3, cutoff=NEAREST_CUTOFF)
        # Near as a whole, as a misspelling is: "Seven Samurai" holds the alias "Seven" and "The Sixth Day" shares
        # "Sixth" with The Sixth Sense, and neither is what the asker misspelt.
        # (A year or a number typed beside our title asks of another version: "Solaris 2002" is near Solaris.)
        key = " ".join(w for w in match_key(bare).split() if not w.isdigit()) or match_key(bare)
        return [ref for ref in near if self._near_as_a_whole(key, ref)]

    def _near_as_a_whole(self, key: str, ref: FilmRef) -> bool:
        film = self._film(ref.id)
        names = (ref.title, *(film.aliases if film is not None else ()))
        return any(
            fuzz.ratio(key, match_key(re.sub(r"^the\s+", "", name, flags=re.I))) >= NEAR_AS_A_WHOLE for name in names
        )

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
        # A possessive, with or without its apostrophe ("Susans opera debut"), is the name it belongs to.
        name = (
            text[4:] if text.startswith("The ") else (re.sub(r"(?:['’]s|(?<=[a-z])s)$", "", text) if spoilers else "")
        )
        if (
            matches
            and not spoilers
            and film_phrases.in_title_case(text)
            and self._catalog.find_in_question(text, guild_id) is None
        ):
            # "the midpoint of Die Hard", "a Rear Window episode": every word capitalised is a name's or a title's;
            # a film's text that has "die" and "hard" somewhere names no "Die Hard". It is a name there when the
            # text writes it so, or writes each of its words capitalised ("Detective Mills" for "Detective David
            # Mills"), or when it is the name of one of the film's makers ("the David Fincher movie").
            words = set(terms)
            if any(
                all(
                    (said := _POSSESSIVE.sub("", w).lower()) in people_named_in(index.film)
                    and not set(query_tokens(said)) & (set(terms_of_title(index.film)) | self.makers(match.film_id))
                    for w in text.split()
                )
                for match in matches
                if (index := self._index(match.film_id)) is not None
            ):
                # "Is Midge Scottie's girlfriend?": a run of names of one film's people, each a person of its own.
                return True
            return any(words <= self.makers(match.film_id) for match in matches) or any(
                re.search(rf"\b{re.escape(text)}\b", passage.text, re.I)
                or all(re.search(rf"\b{re.escape(word)}\b", passage.text) for word in text.split())
                for passage in self._passages_of(matches, SpoilerScope.off())
            )
        if not matches or not name[:1].isupper():
            return bool(matches)
        owned = r"(?:['’]?s)?" if spoilers else ""
        pattern = re.compile(rf"\b{re.escape(name)}{owned}\b", re.I if spoilers else 0)
        scope = SpoilerScope.on() if spoilers else SpoilerScope.off()
        return any(pattern.search(passage.text) for passage in self._passages_of(matches, scope))

    def _first_names_of_makers_only(
        self, text: str, words: set[str], matches: Sequence[FilmMatch], after: str = ""
    ) -> bool:
        """Whether `text` is one word that the matched films hold only as the first name of someone credited, never
        as a surname nor in their stories, and the rest of that name is not typed `after` it ("Brad pitt")."""
        if len(words) != 1 or len(text.split()) != 1:
            return False
        names = [name.split() for match in matches for name in self._credited(match.film_id)]
        first = {t for name in names if len(name) > 1 for t in query_tokens(name[0])}
        others = {t for name in names for w in name[1:] for t in query_tokens(w)}
        if not words <= first or words & others:
            return False
        following = re.match(r"\W*([^\W\d_]+)", after)
        if following is not None and set(query_tokens(following[1])) & others:
            return False
        story = (p for p in self._passages_of(matches, SpoilerScope.off()) if p.section_kind is not SectionKind.FACTS)
        return not any(re.search(rf"\b{re.escape(text)}\b", p.text, re.I) for p in story)

    def _passages_of(self, matches: Sequence[FilmMatch], scope: SpoilerScope) -> Iterator[Passage]:
        """The passages `scope` shows of the films content search matched (one removed since is passed over)."""
        for match in matches:
            if (index := self._index(match.film_id)) is not None:
                yield from index.visible(scope).passages

    def _typos(self, question: str, candidates: list[Phrase], guild_id: int | None) -> list[Mention]:
        """Films the question's title-like phrases name with a typo, best match first."""
        found: list[tuple[float, int, Mention]] = []
        for phrase in candidates:
            words = match_key(phrase.text).split()
            typed = re.findall(r"[^\W\d_]+", phrase.text)
            # ("Citizen Cane cinematographer?": every word capitalised, as a title is and a sentence is not)
            capitalised = len([w for w in typed if w.lower() not in STOPWORDS]) > 1 and all(
                w[:1].isupper() for w in typed
            )
            if not (phrase.slot or capitalised or any(w not in STOPWORDS and not is_english(w) for w in words)):
                # Ordinary words out of a title slot are a name or the start of a sentence ("Teddy", "that The
                # priest holds the baby"), not a misspelt title ("The Prestige").
                continue
            best: tuple[float, int, Mention] | None = None
            for text in spellings(question, phrase):
                films, score = self._catalog.typo(text, guild_id)
                words = [w for w in match_key(text).split(" ") if w]
                if films and (best is None or (score, len(words)) > best[:2]):
                    best = (score, len(words), Mention(films=films, words=words, strong=True))
            if best is not None and self._typed_beyond_its_makers(best[2], guild_id):
                found.append(best)
        return [m for _, _, m in sorted(found, key=lambda f: (-f[0], -f[1]))]

    def _typed_beyond_its_makers(self, mention: Mention, guild_id: int | None) -> bool:
        """Whether a title matched with a typo was typed beyond its maker's name: "also Hitchcock" is near the
        alias "Psycho (Hitchcock)" by the name alone, and "also" is no "Psycho" misspelt. (An exact match, score
        100, never comes here misread: "Se7en (Fincher)" typed whole names the film.)"""
        film = mention.films[0]
        makers = self.makers(film.id)
        rest = [w for w in mention.words if not set(query_tokens(w)) <= makers or not query_tokens(w)]
        if len(rest) == len(mention.words):
            return True
        if not [w for w in rest if w not in STOPWORDS]:
            return False
        films, _ = self._catalog.typo(" ".join(rest), guild_id)
        return any(f.id == film.id for f in films)

    def _film_called(self, question: str, guild_id: int | None) -> Mention | None:
        """ "Tell me about the apes film", "who directed the magician one?": words of one film's title (not its
        whole title) with "film", "movie" or "one" after them name that film; words of several titles name none."""
        found = film_phrases.TITLE_WORDS_THEN_FILM.search(question.lower())
        said = found and (found.group("words") or found.group("words_of_a_part"))
        if found is None or not said or not query_tokens(said):
            return None
        films = self._catalog.titled_with(said, guild_id)
        if len(films) != 1 or set(query_tokens(said)) & self.makers(films[0].id):
            # "The Nolan film" is named by its maker (an alias "Memento (Nolan)" holds it): makers can share films.
            return None
        return Mention(films=films, words=said.split(), strong=True)

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

    def _surnames_given(
        self, question: str, names: set[str], matches: list[FilmMatch], made: Sequence[FilmRef] = ()
    ) -> list[str]:
        """The capitalised names the question gives, and the makers' names typed in lower case that are the last
        name of someone who made a film content search found ("kurosawa"; not "guy", of Guy Pearce, in "how was
        the first guy killed?"), or one of the films `made` by those the question names."""
        capitalised = set(name_terms(question))
        films = [m.film_id for m in matches] + [ref.id for ref in made]
        surnames = {t for film_id in films for name in self._credited(film_id) for t in query_tokens(name.split()[-1])}
        return sorted(capitalised | (names - capitalised) & surnames | self._characters_typed(question, matches))

    def _characters_typed(self, question: str, matches: list[FilmMatch]) -> set[str]:
        """The names of characters of the films content search found, typed in lower case: a full name ("norman
        bates"), or a name no English word has ("zira"); not a word that is also a name ("mill" is Mills's)."""
        words = re.findall(r"(?<![\w'’])[a-z][\w'’]*", question)
        terms = [query_tokens(w) for w in words]
        found: set[str] = set()
        for match in matches:
            if (index := self._index(match.film_id)) is None:
                continue
            people = people_terms(index.film)
            for i, these in enumerate(terms):
                if not these or not set(these) <= people:
                    continue
                beside = [t for j in (i - 1, i + 1) if 0 <= j < len(terms) for t in terms[j]]
                if (beside and set(beside) & people) or not is_english(words[i]):
                    found.update(these)
        return found

    def _names_elsewhere(
        self, names: list[str], context_film: str, matches: list[FilmMatch], makers_of: list[FilmRef]
    ) -> bool:
        """Whether the question names someone (`names`, from `_surnames_given`: a maker in lower case too) that no part
        of the last film's text holds, and another film's does ("the Hitchcock one with the motel") or was made by
        them ("who is in the kurosawa movie?", `makers_of`): it is about that film, not a follow-up. The last film's
        hidden text counts as holding a name, so a name only its spoiler part has still stays with it (refused as
        anything unanswered is); and "who is Taylor?" about Planet of the Apes stays, though Vertigo's writer is a
        Taylor."""
        missing = [name for name in names if not self._search.coverage([name], context_film, spoilers=True)]
        if not missing:
            return False
        if len(missing) < len(names):
            # "How many people does John Doe kill?" after Memento, which has a John but no Doe: a name only another
            # film's text holds, its hidden part too (that film is then not named: see `may_confirm`).
            return any(self._search.knows(name, spoilers=True) for name in missing)
        return bool(makers_of) or any(self._search.coverage(names, m.film_id, spoilers=False) > 0 for m in matches)

    def _names_keep_it(self, question: str, context_film: str, matches: list[FilmMatch], spoilers: bool) -> bool:
        """Whether the question gives a name that the last film's text the asker may read holds and the film
        content search found does not."""
        return (
            bool(matches)
            and bool(name_terms(question))
            and self._holds_the_names(question, context_film, spoilers)
            and not self._holds_the_names(question, matches[0].film_id, spoilers)
        )

    def _holds_the_names(self, question: str, film_id: str, spoilers: bool) -> bool:
        """Whether the text content search found a film through holds a name the question gives, if it gives any:
        "which film has a scene where Lynn breaks down?" is about a film with a Lynn, not one that fits "breaks
        down". (One name is enough: requiring all cost NarrativeQA questions naming someone the summary spells
        otherwise, 0.874 → 0.856 right film on the tuning films.)"""
        names = name_terms(question)
        return not names or any(
            self._search.coverage([form], film_id, spoilers=spoilers) > 0
            for name in names
            for form in _its_people(name)
        )

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
            self._search, query, self._index, spoilers=spoilers, guild_id=guild_id, min_coverage=min_coverage
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
        goes_on: bool = False,
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
        # "Which one is lying?": "one" stands for someone in the last film, and tells nothing of another; nor
        # does "the guy" in "how was the first guy killed?" (a description says more: "the guy who can't …").
        telling = [t for t in telling if t not in THE_FILM and t not in _SOMEONE]
        # "That film where the guy has no memory" describes a film; "that film" alone is the last one.
        # ("And what happens to the private investigator?" after Psycho: "and" goes on with what was asked, even
        # where another film's visible text holds the words and this one's only its hidden text.)
        back = (refers_back(question) or goes_on) and not BARE_DESCRIPTION.match(question)
        if match is None or match.film_id == context_film or back:
            return False
        if len(set(telling)) == 1:
            # "What is rosebud?" after Fight Club: one word is enough where only one film the asker may read holds
            # it and the last film does not.
            word = telling[:1]
            holders = [m for m in matches if self._search.coverage(word, m.film_id, spoilers=spoilers) > 0]
            held_here = self._search.coverage(word, context_film, spoilers=spoilers or ours_spoilers) > 0
            return (
                [m.film_id for m in holders] == [match.film_id]
                and not held_here
                # A name, not a word any story may use ("what is the last line?" is no question about Se7en).
                and (
                    not any(is_english(w) for w in words_typed_as(question, word[0]))
                    or self._written_as_a_name(word[0], match.film_id, spoilers)
                )
            )
        if not telling:
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

    def _names_typed(self, question: str, spoilers: bool, guild_id: int | None) -> list[str]:
        """The names a question gives: capitalised, or typed in lower case where they are no English word and a
        film's text the asker may read writes them as a name ("i heard judy is madeleine"; not "english"), or
        someone who made a film ("bruce willis")."""
        typed = [
            t
            for w in re.findall(r"[^\W\d_]+", question)
            if w.islower() and not is_english(w) and not is_stopword(w)
            for t in query_tokens(w)
            if self._made_one(t, guild_id)
            or any(
                self._written_as_a_name(t, m.film_id, spoilers)
                for m in self._find([t], spoilers=spoilers, guild_id=guild_id)[:1]
            )
        ]
        return list(dict.fromkeys([*name_terms(question), *typed]))

    def _written_as_a_name(self, term: str, film_id: str, spoilers: bool) -> bool:
        """Whether the film's story text the asker may read writes a word of `term` capitalised inside a sentence
        ("His last word is 'Rosebud'"; not its facts' "It is in English")."""
        index = self._index(film_id)
        if index is None:
            return False
        shown = index.visible(SpoilerScope.on() if spoilers else SpoilerScope.off())
        story = [p for p in shown.passages if p.section_kind is not SectionKind.FACTS]
        return any(term in query_tokens(name) for name in names_in(story, quoted=True))

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


def _the_one_opted_into(visibility: Visibility) -> str | None:
    """The one film the asker turned spoilers on for (to a limit or all the way), spoilers being off for the rest."""
    opted = [film_id for film_id, scope in visibility.films.items() if scope.mode is not ScopeMode.OFF]
    if len(opted) != 1 or visibility.default.mode is not ScopeMode.OFF:
        return None
    return opted[0]


# A maker's name, possessive, then the words after it: "nolan's momento", "Hitchcocks Vertigo".
_MAKERS_POSSESSIVE = re.compile(r"\b(?P<maker>[^\W\d_]{3,}?)(?:['’]s|s)\s+(?P<rest>[\w'’]+(?:\s+[\w'’]+){0,2})", re.I)


# Two or more capitalised words in a row: how a person's full name is typed (not a place's: "in Victorian London").
_FULL_NAME = re.compile(
    r"(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bnear )(?<!\bacross )(?<!\baround )"
    r"\b[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)+\b"
)


def _typed_once_at(keys: list[str], words: list[str]) -> int | None:
    """Where `words` (a mention's) stand among the question's word `keys`, when they stand there exactly once."""
    size = len(words)
    starts = [i for i in range(len(keys) - size + 1) if keys[i : i + size] == words]
    return starts[0] if len(starts) == 1 else None


def _only_a_quality(word: str) -> bool:
    """Whether an English word is only ever an adjective ("big", "hereditary"): it says how something is, not
    what it is, so that no summary uses it tells nothing of the film asked about."""
    lemmas = lemminflect.getAllLemmas(word)
    return bool(lemmas) and set(lemmas) == {"ADJ"}


# The book a film was made from, said as its own ("the novel", "the book it's based on").
_THE_SOURCE = re.compile(r"\s*(?:the|that|its|this) (?:book|novel|source novel|original novel)\b", re.I)
_AN_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+", re.I)


# A word a name could be misspelt as: four letters or more.
_A_WORD = re.compile(r"(?<![\w'’])[^\W\d_]{4,}(?![\w'’])")


def _its_people(name: str) -> tuple[str, ...]:
    """A name's term and the terms of the word for its people, which a summary may use instead: "the Colombia Group"
    asked of a summary that says "the Colombian group" (Colombia → Colombian, Mexico → Mexican, Italy → Italian)."""
    forms = {name + "n", name + "an", name + "ian", name[:-1] + "an", name[:-1] + "ian"} if len(name) > 3 else set()
    return (name, *sorted({t for form in forms for t in query_tokens(form)} - {name}))


def _the_whole_slot(question: str, typed: str) -> str:
    """The title a fact is asked of (`film_phrases.FACT_SLOT`) when `typed` begins it: "who directed mulholland drive"
    lacks "mulholland drive", though some summary uses "drive" (read without "mulholland" alone, "who directed drive"
    asked nothing of the next film named); otherwise `typed`."""
    slot = film_phrases.FACT_SLOT.match(question.lower())
    slotted = (slot["title"] or "").strip() if slot is not None else ""
    # (Only words after it: "who wrote the music for inception" lacks "inception", not "the music for inception".)
    if (
        not re.sub(r"^the\s+", "", slotted).startswith(re.sub(r"^the\s+", "", typed.lower()))
        or len(slotted.split()) > film_phrases.TITLE_WORDS_AT_MOST
        # "how long is the bell tower sequence?": the slot ends on a scene of a story, not on a title's word.
        or set(query_tokens(slotted.split()[-1])) & film_phrases.SCENE_WORDS
    ):
        return typed
    start = question.lower().index(slotted)
    return question[start : start + len(slotted)]


# A description no film's whole text holds this share of, with a word none holds, describes none of them.
NONE_FITS_BELOW = 0.5


def _clearly_ahead(matches: list[FilmMatch]) -> bool:
    """Content search commits to a film only when it leads the next one by a margin."""
    return len(matches) < 2 or matches[0].score >= CONTENT_MARGIN * matches[1].score


def _within(words: list[str], text: str) -> bool:
    inside = f" {match_key(text)} "
    return f" {' '.join(words)} " in inside


def _a_word(word: str) -> bool:
    """An English word, or a name that reads as one ("batman", "freddys"): not a keyboard mash ("asdf", "qwerty")."""
    return is_english(word) or (len(word) >= 3 and not keyboard_run(word) and bool(re.search(r"[aeiouy]", word)))


# Where a lead-in ends and the question begins: "For my essay comparing Psycho with Vertigo: where is Psycho set?".
_A_CLAUSE_BREAK = re.compile(r"\s*(?:[:;.,!?]|\s[—–-])\s+")

# A title and the work it was made from: "the prestige novel", "fight club book".
_A_SOURCE_OF = re.compile(r"(?:the )?(?P<title>.+?) (?:novel|book|source|source novel|original novel|short story)")


# A part asked for its actor: "who plays taylor", "who played the narrator", "taylor actor", "zira actress".
_A_PART_ASKED = re.compile(
    r"\b(?:plays?|played|playing|portrays?|portrayed|portraying)\s+(?:the\s+)?(?P<after>[a-z]+(?:\s+[a-z]+)?)\W*$"
    r"|^\W*(?P<before>[a-z]+(?:\s+[a-z]+)?)\s+(?:actor|actress|played by)\W*$",
    re.I,
)


def _parts_asked(question: str) -> set[str]:
    """The terms of the part a question asks the actor of (`_A_PART_ASKED`), if any."""
    found = _A_PART_ASKED.search(question)
    return set(query_tokens(found["after"] or found["before"])) if found else set()


_POSSESSIVE = re.compile(r"['’]s$")


def _starts_a_sentence(question: str, phrase: str) -> bool:
    """Whether the phrase is typed right after a full stop, a question or exclamation mark (a capital that only
    opens a sentence)."""
    at = question.find(phrase)
    return at > 0 and re.search(r"[.?!]\s*$", question[:at]) is not None
