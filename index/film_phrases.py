"""The phrases by which a question points at a film without the film finder's catalog: a title typed in a
slot ("directed X", "X ending"), a year or decade, a maker's name, "the other one", "the longest", a
description, a film watched, a remark rather than a question."""

from __future__ import annotations

import re
from collections.abc import Callable

import lemminflect

from index.answer_model import FilmRef
from index.catalog import Mention, match_key
from index.mentions import is_english
from index.question import (
    LOOKING_FOR,
    OVERVIEW_TERMS,
    SOMEONE_ELSES_SEARCH,
    analyze,
    asks_which_film,
    chatter_terms,
    fact_terms,
    name_request,
)
from index.question_shape import (
    BARE_DESCRIPTION,
    ENDING_TERMS,
    FRAMING_TERMS,
    OPINION_TERMS,
    QUESTION_WORD,
    THE_FILM,
    without_description,
)
from index.remarks import (
    asks_how_the_bot_works,
    asks_the_bot,
    is_remark,
    only_exclaims,
    speaks_to_the_bot,
)
from index.tokenize import is_stopword, normalize, query_tokens

# "who is keyser soze?", "who's Hannibal Lecter": a person asked after by name alone.
WHO_IS_SOMEONE = re.compile(
    r"^\W*(?:so |and |but |ok )?(?:who(?:'s|’s| is| was|s)) (?!the\b|a\b|an\b|his\b|her\b)", re.I
)


def goes_on_from(question: str) -> bool:
    """Whether the question opens on "and" (after "ok", "so"): it goes on from the last answer."""
    return bool(_GOES_ON.match(question))


_GOES_ON = re.compile(r"^\W*(?:(?:ok|okay|so|oh|right|alright)\W+)*and\b", re.I)


def words_of(mention: Mention) -> set[str]:
    return set(query_tokens(" ".join(mention.words)))


def watched(question: str, mention: Mention) -> bool:
    """ "we saw psycho last night", "watching vertigo tonight": a lower-case title right after a verb of watching
    is the film watched, not the word."""
    if len(mention.films) != 1:
        return False
    words = r"\s+".join(re.escape(w) for w in mention.words)
    return any(re.match(rf"{words}\b", rest) for rest in after_watching(question))


def after_watching(question: str) -> list[str]:
    """What follows each verb of watching, a "the" set aside: "we saw jaws last night" → ["jaws last night"]."""
    return [m["rest"] for m in _WATCHING.finditer(normalize(question))]


_WATCHING = re.compile(
    r"\b(?:saw|seen|watch|watched|watching|rewatched|rewatching|re-watched|finished|screening|showing)\s+(?:the\s+)?"
    r"(?=(?P<rest>.*))"
)


def a_remark(question: str, terms: list[str], names: Callable[[], list[str]]) -> bool:
    """ "Thanks a lot", "you're wrong", "i loved that movie": said to the bot, not asked of the last film. A question
    asking a fact, the ending, a summary, the setting or a twist is never one, whatever its shape; nor is one giving
    a name of a story (`names`, read only when the rest leaves it open: "i heard judy is madeleine")."""
    if (
        speaks_to_the_bot(question)
        or asks_how_the_bot_works(question)
        or asks_the_bot(question)
        or only_exclaims(question)
    ):
        return True
    if asks_which_film(question):
        # "I'm looking for the film about a psychologist sent to a space station": said as a remark, asked as a search.
        return False
    analysis = analyze(question, terms)
    if analysis.facts or analysis.overview or analysis.setting or analysis.ending or analysis.reveal is not None:
        return False
    return is_remark(question, names())


def content_terms(question: str, terms: list[str]) -> list[str]:
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


def oldest_first(ref: FilmRef) -> tuple[int, str]:
    """How films offered in a list are ordered: by year, then title."""
    return (ref.year or 0, ref.title)


def asks_for_films(question: str) -> bool:
    """ "Which films are by Hitchcock?", "what films do you have from the 60s?", "any other films by him?", "which is
    your oldest film?": a list of our films asked for, which picking one of them asks nothing more of."""
    text = question.lower()
    return bool(FILMS_OF.search(text) or EXTREME.search(text) or MORE_BY_THEM.search(text))


def asked_of_the_described(question: str) -> set[str]:
    """The terms of the fact asked after a description ("the movie where …, who directed it?" → direct), which
    describe no film."""
    asked = without_description(question)
    if asked is None:
        return set()
    facts = analyze(asked, [t for t in query_tokens(asked) if t not in chatter_terms()]).facts
    return set().union(*(fact_terms(f) for f in facts)) if facts else set()


def described_in(question: str, terms: list[str]) -> list[str]:
    """The words that describe the film in a question that names none: without what it asks of the film
    ("the movie where …, who directed it?") and without words that only frame it."""
    # "The one with …", "that movie": words that point at the film describe nothing in it.
    telling = [t for t in content_terms(question, terms) if t not in THE_FILM]
    if (request := name_request(question)) is not None:
        # "…, anyone know this one?": the request for its name describes nothing.
        telling = [t for t in telling if t not in query_tokens(request)]
    if (looking := _LOOKING.match(question)) is not None:
        # "I'm looking for a film: …": the search is the asker's, not the story's.
        searching = set(query_tokens(looking.group()))
        telling = [t for t in telling if t not in searching]
    dropped = asked_of_the_described(question)
    # "the oldest one where the sled is Rosebud", "old film where …": how old the film is describes nothing in its text
    # (Kane's "his oldest friend" made that description look visible).
    dropped |= {t for found in _FILMS_AGE.finditer(question.lower()) for t in query_tokens(found["age"])}
    return [t for t in telling if t not in dropped]


_LOOKING = re.compile(LOOKING_FOR, re.I)


_SOMEONE_ELSES_SEARCH = re.compile(rf"^\W*{SOMEONE_ELSES_SEARCH}\b", re.I)


def someone_elses_search(question: str) -> frozenset[str]:
    """The words of a search told for someone else ("my aunt remembers"): theirs, not the story's (her "remembers"
    found Memento for a film about a secretary who steals money). Only these: dropping the asker's own "I'm looking
    for" from the film search let more spoiler descriptions find their film (bench/descriptions.py)."""
    found = _SOMEONE_ELSES_SEARCH.match(question)
    return frozenset(query_tokens(found.group())) if found is not None else frozenset()


# "the oldest one", "an old film", "that classic movie": the film's age, said right before the word for it.
_FILMS_AGE = re.compile(
    r"\b(?P<age>old|older|oldest|new|newer|newest|recent|latest|earliest|classic|vintage)"
    r"(?: (?:black and white|japanese|russian|soviet|french|american|british|foreign|sci fi|scifi))?"
    r" (?:movie|film|one|picture|flick)\b"
)


# "The apes film", "that magician movie": a few words of a title before the word for a film.
TITLE_WORDS_THEN_FILM = re.compile(
    r"\b(?:the|that|this) (?P<words>[a-z0-9'’]+(?: [a-z0-9'’]+){0,2}) (?:film|movie|one)\b"
    # "what about the apes ending?", "what about the solaris twist?": a part of the film named by its title's words.
    r"|\babout the (?P<words_of_a_part>[a-z0-9'’]+(?: [a-z0-9'’]+){0,2}) (?:ending|twist|plot)\b"
)


# "The 1999 film", "the movie from 1972": a film named by its year.
def dated_title(question: str) -> str | None:
    """ "alien (1979)" in "whats alien (1979) about": the words right before a year in brackets, past the question
    words and stopwords that lead up to them; None without such a year."""
    match = _YEAR_IN_BRACKETS.search(question) or _YEAR_HEADING.match(question)
    if match is None:
        return None
    words = re.findall(r"[^\W_][\w'’:&.-]*", question[: match.start(1)])[-6:]
    while words and (is_stopword(words[0]) or QUESTION_WORD.fullmatch(words[0].lower())):
        words = words[1:]
    return f"{' '.join(words)} ({match.group(1)})" if words else None


_YEAR_IN_BRACKETS = re.compile(r"\(((?:18|19|20)\d\d)\)")


# "scream 1996, who's ghostface": a title with its year as the heading of a question.
_YEAR_HEADING = re.compile(
    # (not "the one from 1950, who is in it?", a film of ours described by its year)
    r"^\W*(?!.*\b(?:one|film|movie|flick|from|of|in|since|around|circa|before|after)\s+(?:18|19|20)\d\d)"
    r"[^\W\d_][\w'’:&.-]*(?:\s+[\w'’:&.-]+){0,4}?\s+((?:18|19|20)\d\d)\s*(?:[,:;]|\s[-–—]+\s)",
    re.I,
)


def of_another_year(question: str, mention: Mention) -> str | None:
    """Our title with another year typed right after it ("Psycho (1998)", "solaris 2002"), as the title of a film
    we lack: no film of that title the mention found is of that year. None otherwise."""
    found = re.search(rf"\b{re.escape(' '.join(mention.words))} ((?:18|19|20)\d\d)\b", match_key(question))
    if found is None or any(ref.year == int(found.group(1)) for ref in mention.films):
        return None
    return f"{mention.films[0].title} ({found.group(1)})"


FILM_OF_A_YEAR = re.compile(
    # (also without the article, as someone learning English types it: "what's 1999 film about?")
    r"\b(?:(?:the|that|this) )?(?P<year>(?:18|19|20)\d\d) (?:movie|film|one|picture)\b"
    r"|\b(?:movie|film|one|picture) (?:from|made in|released in) (?P<year2>(?:18|19|20)\d\d)\b",
    re.I,
)


# An ending asked of a title (marked \x00 in the question): "the ending of X", "how does X end".
ENDING_OF = re.compile(
    r"\bend(?:ing)?\s+(?:of|to|for)\s+(?:the\s+)?\x00\W*$|\b(?:does|did)\s+(?:the\s+)?\x00\s+end\b"
    # "Inception ending explained?", "inception's ending?": the title, then its ending asked for as a keyword
    r"|^\W*(?:the\s+)?\x00(?:['’]s)?\s+end(?:ing)?(?:\s+(?:explained|explanation|meaning))?\W*$"
)


# "and the magician one?", "what about the space station one": another film pointed at by a word or two of its story
# (not a pick among films offered, "the other one", "the first one"), the question before asked again of it.
_DESCRIBED_ONE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|also|now|then|what about|how about)\W+){0,3}(?:the|that)\s+"
    r"(?!(?:other|first|second|third|fourth|last|next|same|new|old|original|latter|former|earlier|later|right|wrong)\b)"
    # (words of a story, not "the cast of that one", which asks of the film pointed back at)
    r"(?:(?!(?:of|that|this|it|its|in|on|with|from|for|to)\b)[\w'’-]+\s+){1,3}?(?:one|movie|film|flick)\W*$",
    re.I,
)


def described_one(question: str) -> bool:
    """Whether the message only points at a film by a word or two of its story ("and the magician one?")."""
    return _DESCRIBED_ONE.match(question) is not None


def describes(question: str) -> bool:
    """ "Which film has …", "the one where …", "the movie about …, who made it?": a film described, not named."""
    return (
        asks_which_film(question) or bool(BARE_DESCRIPTION.match(question)) or without_description(question) is not None
    )


_TYPED_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# "that slow Tarkovsky film", "the weird Nolan one": a film pointed at by who made it, with the asker's words for it.
BY_A_MAKER = re.compile(
    r"\b(?:the|that|this|those)\s+(?P<adjectives>(?:[\w'’-]+\s+){1,3}?)(?P<maker>[A-Za-z][\w'’-]+)\s+"
    r"(?:movie|film|one|flick|picture)s?\b",
    re.I,
)


# Where a film is named in a question: "in the movie hereditary …", or "in rear window …" heading it (up to where
# the question goes on: a mark, or a verb or question word that starts the clause). Not "in" anywhere: "what
# happens in the basement?" asks about a place in the last film's story, in the asker's words.
_FILM_NAMED_AT = re.compile(
    r"(?:\b(?:in|from) the (?:movie|film)|^\W*(?:(?:and|so|ok|okay|but)\W+)?in)"
    # ("who is in the film where two magicians compete?": a film described, not named)
    r"\s+(?!(?:where|about|with|in which|that|when|whose|set)\b)(?P<title>[\w'’]+(?:\s+[\w'’]+){0,3}?)"
    r"(?=\s*(?:[?!.,;:]|$)|\s+(?:did|does|do|is|was|are|were|who|whom|whose|what|why|how|when|where|which)\b)",
    re.I,
)


# "who is the killer in halloween", "does jack torrance die in the shining?": the film a plot question ends on.
# ("does the top fall at the end of inception?": the film a part of is named after "of")
_FILM_NAMED_LAST = re.compile(
    r"(?:\bin|\b(?:end|ending|start|beginning|opening) of)\s+(?P<title>(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,2}?)"
    r"(?:\s+(?:too|again|also|then|though|tho|now|lol|pls|please|btw|right|ok"
    # ("what happens in the matrix at the end": where in it, after the title)
    r"|at the (?:very )?(?:end|start|beginning)|in the end))?\s*[?!.]*\s*$",
    re.I,
)


# "zodiac by fincher, do they catch the killer": a title and who made it, as the heading of a question.
BY_SOMEONE_HEADING = re.compile(
    # ("rear window is also by hitchcock, …": what is said of the title is not part of it)
    r"^\W*(?P<title>[\w'’]+(?:\s+[\w'’]+){0,3}?)(?:\s+(?:is|was)(?:\s+(?:also|too))?)?\s+by\s+(?P<maker>[\w'’-]+(?:\s+[\w'’-]+)?)\s*(?:[,:;]|\s[-–—]+\s)",
    re.I,
)


# "Which films are by Hitchcock?", "list the nolan movies", "what did tarkovsky direct?", "anything with brad pitt?":
# a list of films asked for, by whoever the question names.
FILMS_OF = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|hey|hi)\W+)?(?:which|what|list|name|show)\b[^?.!]{0,30}\b(?:films|movies)\b"
    r"|\bwhat (?:else )?(?:did|has|have|does) [\w.'’-]+(?: [\w.'’-]+){0,2} (?:direct|directed|make|made|write|wrote"
    r"|written|star in|starred in|act in|acted in|appear in|appeared in|been in)\W*$"
    # "Do" asks a list only with "else": "what did Gavin do?" asks about a character.
    r"|\bwhat else (?:did|has|have|does) [\w.'’-]+(?: [\w.'’-]+){0,2} (?:do|done)\W*$"
    r"|\b(?:any|anything|films|movies)(?: else)? (?:by|from|with|starring)\b"
)


# "in this one", "is this film scary?": the film pointed at, as one already in the conversation.
THIS_FILM = re.compile(r"\b(?:this|that) (?:one|film|movie|flick)\b(?! (?:where|with|about|in which|that|when)\b)")


_EXTREMES = "longest|shortest|oldest|newest|latest|earliest|most recent"


# "Which is your oldest film?", "what's the longest movie here": one film at an end of all of ours.
EXTREME = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|hey|hi)\W+)?(?:which|what)(?:['’]s| is| was| one is)? (?:the |your )?"
    rf"(?P<extreme>{_EXTREMES}) (?:film|movie|one)\b"
    r"(?! (?:of|by|from|with|about|where|set)\b| in (?!(?:the|your) (?:list|library|collection|catalog)\b))"
)


# "tell me about the oldest one", "who directed your newest film?": the film at an end of ours, named inside a question.
AN_EXTREME_FILM = re.compile(
    rf"\b(?:the|your) (?P<extreme>{_EXTREMES}) (?:film|movie|one)\b"
    r"(?: (?:you have|you've got|here|of yours|in (?:the|your) (?:list|library|collection)))?"
    r"(?! (?:of|by|from|with|about|where|set|in)\b)"
)


# "from the 70s", "1990s films", "the seventies": a decade, typed as its years or its word.
A_DECADE = re.compile(
    r"\b(?:(?P<century>19|20)?(?P<tens>[0-9])0['’]?s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties))\b"
)


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


def decade_start(found: re.Match[str]) -> int:
    """The first year of the decade found: "70s" and "seventies" are the 1970s, "00s" the 2000s."""
    if found["word"]:
        return 1920 + 10 * _DECADE_WORDS.index(found["word"])
    tens = int(found["tens"])
    century = int(found["century"]) if found["century"] else (20 if tens < 2 else 19)
    return century * 100 + tens * 10


# "the other hitchcock one", "that other Nolan film": another film by the maker of the one asked about last.
# "any other films by him?", "what else did she direct", "did he make anything else?": more by the last film's maker.
MORE_BY_THEM = re.compile(
    r"\b(?:other|more|any|else)\b[^?.!]{0,30}\b(?:films?|movies?|ones?|stuff)\b[^?.!]{0,20}\b(?:by|from)\s+"
    r"(?:him|her|them|the same (?:director|guy|person|man|woman|filmmaker))\b"
    r"|\b(?:films?|movies?) (?:by|from) (?:the same (?:director|guy|person|filmmaker)|him|her)\b"
    r"|\bwhat else (?:did|has|does|have) (?:he|she|they) (?:make|made|direct|directed|do|done)\b"
    r"|\b(?:did|has|does|have) (?:he|she|they) (?:make|made|direct|directed) "
    r"(?:anything(?: else)?|any other|other|more)\b",
    re.I,
)


ANOTHER_BY = re.compile(
    r"\b(?:is there|are there|do (?:you|u|we) have|have (?:you|we) got|got|any|anything)\s+(?:an?other|any other|other"
    r"|more|else by)\s+(?P<maker>[A-Za-z][\w'’-]+)(?:\s+(?:films?|movies?|ones?|pictures?|titles?))?\b",
    re.I,
)


THEIR_OTHER = re.compile(
    r"\b(?:the (?:director|filmmaker)['’]?s|his|her|their) other (?:one|film|movie|flick)\b"
    r"|\b(?:the|that) other (?:one|film|movie|flick) (?:by|from)"
    r" (?:him|her|them|the same (?:director|guy|filmmaker))\b",
    re.I,
)


# ("what about the other hitchcock, the one with the fear of heights?", "the other hitchcock?")
THE_OTHER_BY = re.compile(
    # (a name in two words too: "the other Brad Pitt one")
    r"\b(?:the|that) other (?P<maker>[A-Za-z][\w'’-]+(?: (?!(?:one|film|movie|flick)\b)[A-Za-z][\w'’-]+)?)"
    r"(?:,? (?:the )?(?:one|film|movie|flick)\b|(?=\s*(?:[,?.!]|$)))",
    re.I,
)


_SOMEONES = re.compile(r"['’]s\b|^(?:his|her|their|my|your|its|our)\b", re.I)


_DESCRIBES_A_FILM = re.compile(r"\b(?:movie|film|one|flick)\s+(?:with|where|about|in which|that|when|set)\b", re.I)


def in_title_case(text: str) -> bool:
    """Two words or more, each capitalised ("Die Hard", "Rear Window"), besides a lower-case "of" or "the"."""
    words = [w for w in text.split() if w not in _TITLE_JOINERS]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


_TITLE_JOINERS = frozenset(("of", "the", "and", "on", "in", "a", "to", "for"))


def named_as_a_film(question: str, unheard: set[str]) -> str | None:
    """The title as typed where the question names a film (`_FILM_NAMED_AT`, `_FILM_NAMED_LAST`) in words one of
    which no film's text holds (`unheard`), else None."""
    # ("the movie with rival stage magicians in victorian london" describes a film: where it is set, not its title)
    # ("what does Frank find in Laura's purse?": something of someone's, no title)
    # ("which film in your library is told in reverse chronological order?" asks for one of ours)
    described = _DESCRIBES_A_FILM.search(question) or asks_which_film(question)
    last = [
        found
        for found in ([] if described else _FILM_NAMED_LAST.finditer(question))
        if not _SOMEONES.search(found["title"])
    ]
    for found in [*_FILM_NAMED_AT.finditer(question), *last, *BY_SOMEONE_HEADING.finditer(question)]:
        if set(query_tokens(found["title"])) & unheard:
            return found["title"]
    return None


# A question asking a fact or a summary of a film named last: "who directed the sixth day", "whats blade runner
# about", "how long is the breakfast club".
FACT_SLOT = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:"
    r"(?:who\s+(?:directed|wrote|made|stars\s+in|starred\s+in|is\s+in|was\s+in|acts\s+in)|how\s+long\s+is"
    r"|when\s+did|when\s+was|what\s+year\s+(?:is|was)|tell\s+me\s+about|summari[sz]e)\s+(?P<title>[a-z0-9'’ ]+?)"
    r"(?:\s+(?:come\s+out|came\s+out|released|made|from))?"
    # ("what is the wish room?" asks what something in a story is; "what is blade runner about?" asks a summary.)
    r"|what(?:['’]?s|\s+is|\s+was)\s+(?P<summarised>[a-z0-9'’ ]+?)\s+about"
    # "blade runner ending explained?", "how does blade runner end": its ending asked for
    r"|(?P<ended>[a-z0-9'’ ]+?)(?:['’]s)?\s+ending(?:\s+(?:explained|explanation|meaning))?"
    r"|how\s+does\s+(?P<ends>[a-z0-9'’ ]+?)\s+end"
    r")\s*[?!.]*\s*$"
)


# Words for a moment of a film: "who directed the shower scene" asks of the film the scene is in. The first of them
# never go on a title ("the godfather part 2" does).
SCENE_WORDS = frozenset(query_tokens("scene scenes moment moments sequence"))
A_MOMENT = SCENE_WORDS | frozenset(query_tokens("shot shots bit part"))


# Words that ask for films of a kind, not for a title: "do you have any horror films", "do you have something scary".
SOME_WORDS = frozenset(["any", "anything", "something", "some", "other", "more", "another"])


# The verb before a part in a film: "who plays …", "who portrayed …".
A_ROLE_SLOT = re.compile(
    r"\b(?:plays?|played|playing|portrays?|portrayed|portraying|voices?|voiced)\s+(?:the\s+|that\s+|this\s+)?$", re.I
)


# One or two words ending a question right after a title: "apocalypse now", "blade runner 2049".
TITLE_TAIL = re.compile(r"^\s+(?P<words>[\w'’]+(?:\s+[\w'’]+)?)\s*[?!.]*\s*$")


# The most words a lower-case title we lack is read in when every one of them is in some film's hidden text.
TITLE_WORDS_AT_MOST = 4


def typed_span(question: str, terms: set[str], joins: Callable[[str], bool] = lambda word: False) -> str:
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
            and a_noun(words[end])
            and not set(query_tokens(words[end])) & NOT_A_TITLE_WORD
            # "i watched chinatown yesterday", "we saw jaws last night": when, not which film
            and words[end].lower() not in WHEN_WORDS
        )
    ):
        end += 1
    while (
        start > 0
        and question[found[start - 1].end() : found[start].start()] == " "
        and not is_stopword(words[start - 1])
        and not QUESTION_WORD.fullmatch(words[start - 1].lower())
        and not is_english(words[start - 1].lower())
        and joins(words[start - 1])
    ):
        # "andrei rublev", "dr strangelove": a name before the unknown word is the title's too (not a maker's
        # surname, which points at their films: "tarkovsky sci fi film").
        start -= 1
    if start > 0 and words[start - 1].lower() == "the":
        start -= 1
    return " ".join(words[start:end])


def a_noun(word: str) -> bool:
    forms = lemminflect.getAllLemmas(word.lower())
    return "NOUN" in forms and not word.lower().endswith("ed")


ASKED_OF_A_FILM = frozenset(
    # ("memento ending explained": how the asker wants it told, not a word of its story)
    query_tokens("twist twists reveal reveals spoiler spoilers secret secrets explained explanation explain meaning")
)


WHEN_WORDS = frozenset(
    [
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "last",
        "this",
        "next",
        "night",
        "week",
        "weekend",
        "morning",
        "evening",
        "recently",
        "finally",
        "again",
        "once",
    ]
)


# "is it in color?", "who wrote the music", "any sequels?": what a film has, which no summary tells; asked of the
# film named or the last one, never part of a title.
FILM_ATTRIBUTES = frozenset(
    query_tokens(
        "color colour colors colours music soundtrack composer sequel sequels prequel remake remakes rating budget"
        " oscar oscars award awards nominated trailer poster subtitles subtitled dubbed streaming netflix dvd imdb"
    )
)


# Words that follow a title without being part of it: "the matrix about", "inception tho", "jaws ending".
NOT_A_TITLE_WORD = (
    frozenset(
        query_tokens("about plot story summary ending end ended tho though lol pls please again now then like any good")
        # "who's in it at least?", "chinatown everyone talks about": words that never go on naming a film
        + query_tokens("least anyway anyways else everyone everybody anyone anybody someone somebody")
        # "I don't want know yet, who is in the cast?": how far the asker has got
        + query_tokens("yet already still anymore so far")
        # "so in rashomon whose story was true?": the one question word that is no stopword
        + query_tokens("whose")
        + query_tokens(" ".join(sorted(WHEN_WORDS)))
        + sorted(FILM_ATTRIBUTES)
    )
    | OVERVIEW_TERMS
    | OPINION_TERMS
    # "is the shower scene scary?", "how long is the bell tower sequence?": a scene of a story, named by what happens
    # in it, is neither a title's word nor a film we lack.
    | SCENE_WORDS
)


# "A guy who can't make new memories": the asker's word for a man, which summaries never narrate with. Searched as
# typed, it matched a cast list's "Guy Pearce" and named Memento for a question about Kane's sled.
EVERYDAY_PERSON = {
    **dict.fromkeys(
        query_tokens("guy guys dude dudes fella fellas fellow fellows chap chaps bloke blokes"), query_tokens("man")[0]
    ),
    **dict.fromkeys(query_tokens("gal gals"), query_tokens("woman")[0]),
}


# "Someone who can't remember stuff": "stuff" as the asker's word for things, not the verb a summary tells ("stuffs
# birds"), which named Psycho for a question about Memento. Searched for only as a verb.
_VAGUE_STUFF = re.compile(
    r"\b(?:remember|forget|forgets|know|knows|and|or|some|any|other|weird|crazy|cool|about|of|with|the|that|this|do)"
    r" stuff\b",
    re.I,
)
STUFF = query_tokens("stuff")[0]


def vague_stuff(question: str) -> bool:
    """Whether "stuff" is typed for things in general ("can't remember stuff", "guns and stuff")."""
    return bool(_VAGUE_STUFF.search(question))


# The word right after these names a film, as one after "we saw" does: "the movie jaws?", "is he in rear window
# too?" (the film an actor just named may also be in).
NAMES_A_FILM_NEXT = re.compile(
    r"\b(?:(?:movie|film|flick)\s+|(?:is|was|are|were) (?:he|she|they) (?:also |even )?in\s+(?:the\s+)?)([\w'’-]+)"
)


# Asking whether a film is here is asking for it by name: "is the godfather on here", "do you have jaws".
# "What has happened so far?", "catch me up": a recap of the film the asker is watching, up to where they are.
SO_FAR = re.compile(
    r"\b(?:so far|until now|up to now|up till now|up to here|catch me up|recap|where (?:am i|are we) (?:at|in it))\b"
)


AVAILABILITY_TERMS = frozenset(
    # "the movie jaws?": the film word before a title is no part of what is asked
    query_tokens("on here there available have got know list library loaded movie film flick")
)


# "is it scary", "would my kids like it": asked, not said ("it is good").
ASKS_WHETHER = re.compile(r"^\W*(?:(?:so|and|but|ok|okay)\W+)?(?:is|was|are|would|will|does|do|should|can)\b")


BARE_TITLE = re.compile(
    # Not a question word: "who composed the music?", "is there a sequel?" ask something of the film asked about.
    r"^\W*(?!(?:is|are) there\b)(?:(?:and|or|so|ok|okay|also|what about|how about|is|do you have|you have|have you got"
    r"|got)\s+)*(?!(?:who|whom|whose|what|whats|when|where|why|how|which)\b)"
    # Nor a yes/no of the story: "does the dog die?", "did the cat make it?"
    r"(?!(?:does|did|do|can|could|will|would|should|has|had)\b)"
    r"[\w'’ -]+?(?:\s+(?:on here|here|there|available|in your list|loaded))?\s*[?!.]*\s*$",
    re.I,
)


# A number right after a title: the sequel's ("Psycho 2", "Psycho II", "alien part 3"), not a year (four digits).
_SEQUEL_NUMBER = r"\s+((?:part\s+)?(?:[2-9]|ii|iii|iv|vi|vii|viii|ix))(?![\w'’])"


def sequel_of(question: str, mention: Mention) -> str | None:
    """The sequel's title as typed when a number follows the title named: "psycho 2" → "psycho 2"."""
    named = mention.words
    if (
        len(named) > 1
        and re.fullmatch(_SEQUEL_NUMBER, f" {named[-1]}")
        and named != match_key(mention.films[0].title).split()
    ):
        named = named[:-1]  # read as the title misspelt ("Psycho 2" is near "Psycho"), the number and all
    words = r"\W+".join(re.escape(w) for w in named)
    found = re.search(rf"(?<![\w'’])({words}){_SEQUEL_NUMBER}", normalize(question))
    if found is None:
        return None
    start, end = found.span()
    return " ".join(question[start:end].split())


# Words that lead on from the last answer to another film before its title: "ok switching, prestige: …", "moving on.
# vertigo - …", "different film, memento: …".
_TURNING_TO = (
    r"(?:switching(?:\s+(?:films?|movies?|gears|topics?))?|moving\s+on|next\s+up|new\s+(?:film|movie|one)"
    r"|(?:a\s+)?different\s+(?:film|movie|one)|other\s+(?:film|movie))"
)

# Words opening a message that only lead on from the last answer ("ok", "so", "switching films").
_LEADS_ON = rf"(?:(?:ok|okay|k|so|now|alright|right|{_TURNING_TO})\W+)*"

# A message opening on a title alone, maybe with a word of when, then a break: "vertigo time.", "psycho night!".
OPENS_ON_A_TITLE = re.compile(
    rf"^\W*{_LEADS_ON}(?P<title>[a-z][\w' ]{{1,40}}?)"
    r"(?:\s+(?:time|night|tonight|now|next|again|today|first|then))?\s*(?:[.!:;]+|\s[-–—]+)\s",
    re.I,
)

# A message opening on a clause that asks nothing, before a break: "psycho watch party in 10 min, who's in it",
# "memento tonight, who directed it". Its first words may be the film it is about.
_OPENING_CLAUSE = re.compile(
    rf"^\W*{_LEADS_ON}(?P<clause>[a-z][\w' ]{{1,60}}?)\s*[,.!:;]+\s+\S",
    re.I,
)
_ASKING = re.compile(
    r"\b(?:who|whos|what|whats|where|when|why|how|which|is|are|was|were|does|did|do|can|could|should|would|will)\b|\?",
    re.I,
)


def opening_clause(question: str) -> tuple[str, str] | None:
    """The clause opening a message when it asks nothing itself, and the question after it ("psycho watch party in
    10 min", "who's in it"); None when the message opens on its question."""
    found = _OPENING_CLAUSE.match(question)
    if found is None or _ASKING.search(found["clause"]):
        return None
    return found["clause"], question[found.end() - 1 :]


# "momento who is john g", "vertgo: how does it end": words heading a question, before its question word (after
# words that lead on from the last answer: "ok and vertigo who is judy").
_TITLE_HEADING = re.compile(
    # ("china town 1974 does evelyn die": with the film's year after it)
    rf"^\W*(?:(?:ok|okay|k|and|now|so|alright|right|well|then|{_TURNING_TO})\W+)*([a-z][a-z' ]{{2,30}}?)"
    r"(?:\s+\(?(?:18|19|20)\d\d\)?)?"
    r"\s*(?:[:,\-–—]\s*|\s)"
    r"(?:who|whos|what|whats|where|when|why|how|is|does|did|was)\b"
    # ("china town cast", "momento runtime?": with the fact asked after it, and nothing more)
    r"|^\W*([a-z][a-z' ]{2,30}?)\s+(?:cast|runtime|director|directors|writer|year|genre|length|plot|summary|premise"
    r"|synopsis|trailer|rating)\W*$",
    re.I,
)


def title_heading(question: str) -> str | None:
    """The words heading the question as typed, where a title stands ("vertigo who is judy", "breakfast club who's in
    it", "china town cast"); None when nothing heads it."""
    found = _TITLE_HEADING.match(question)
    return (found[1] or found[2]) if found is not None else None


# "whats rise of the planet of the apes about", "what is the godfather about?"
WHAT_ABOUT = re.compile(r"^\W*(?:(?:ok|okay|so|and|then|but|alright)\W+)*(?:what|how) about\b", re.I)


ASKS_ABOUT = re.compile(r"\bwhat(?:['’]?s| is| was)\b.*\babout\W*$|\b(?:plot|summary|synopsis) of\b")


# Words after a title that speak of the film, not of a longer title: "vertigo trailer", "memento soundtrack".
FILM_PARTS = frozenset(
    query_tokens("trailer sequel remake soundtrack score poster ending cast plot story twist spoilers")
)


# "got anything sci-fi?", "what's a good noir?", "any thrillers?": our films of a genre asked for. Each genre as asked,
# then the words its films' genre line uses.
GENRES = (
    (r"sci[- ]?fi|science[- ]fiction|sf", "science fiction", "science-fiction"),
    (r"horror|horrors|slashers?", "horror", "horror"),
    (r"thrillers?", "thriller", "thriller"),
    (r"(?:neo[- ])?noirs?|film noir", "noir", "noir"),
    (r"myster(?:y|ies)|whodunn?its?", "mystery", "mystery"),
    (r"crime", "crime", "crime"),
    (r"dramas?", "drama", "drama"),
    (r"psychological", "psychological", "psychological"),
    (r"supernatural|ghost stor(?:y|ies)", "supernatural", "supernatural"),
    (r"comed(?:y|ies)|rom-?coms?", "comedy", "comedy"),
    (r"westerns?", "western", "western"),
    (r"musicals?", "musical", "musical"),
    (r"romances?|romantic", "romance", "romance"),
    (r"animated|animation|cartoons?|anime", "animation", "animated"),
    (r"documentar(?:y|ies)", "documentary", "documentary"),
    (r"action", "action", "action"),
    (r"fantasy|fantasies", "fantasy", "fantasy"),
    (r"war", "war", "war"),
)
_GENRE_WORDS = "|".join(asked for asked, _, _ in GENRES)
# The words around a genre in a question that asks for films of it, and nothing else.
_ASKING_FOR_A_GENRE = frozenset(
    re.findall(
        r"\S+",
        "any anything something some got have has you do does we which what whats what's is are there a an the your "
        "ur u list name show me films film movies movie flicks good great best decent recommend else other ones one "
        "in of genre collection library here tonight watch want looking for i hey hi so ok okay and or",
    )
)


_TITLE_SMALL_WORDS = frozenset(("the", "a", "an", "of", "and", "vol", "part", "in", "on"))


def title_like(words: str) -> bool:
    """Whether the words could be a title typed as a heading: no word that only links a sentence ("the projectionist
    asks whether it" is a statement, "kill bill vol 2" a title)."""
    return all(w in _TITLE_SMALL_WORDS or not is_stopword(w) for w in re.findall(r"[a-z0-9'’]+", words))


def opens_on_a_genre(words: list[str]) -> bool:
    """Whether the words start with a genre ("science fiction", "sci-fi", "horror"): "is stalker science fiction?"
    asks the genre of a film, it names no longer title."""
    return re.match(rf"(?:{_GENRE_WORDS})\b", " ".join(words).lower()) is not None


def genre_asked(question: str) -> tuple[str, str] | None:
    """The genre a question asks our films of ("got anything sci-fi?" → science fiction), as the genre line spells it
    and as said in a reply; None when it asks anything more (a genre word in "is it a thriller?" asks of one film)."""
    text = question.lower()
    found = re.search(rf"\b(?:{_GENRE_WORDS})\b", text)
    if found is None:
        return None
    rest = re.findall(r"[a-z']+", text[: found.start()] + " " + text[found.end() :])
    if not rest or any(word not in _ASKING_FOR_A_GENRE for word in rest):
        return None
    if not re.search(r"\b(?:any|anything|something|some|which|what|whats|list|show|recommend|got|have)\b", text):
        return None
    said = found.group().lower()
    for asked, spelt, told in GENRES:
        if re.fullmatch(asked, said):
            return spelt, told
    return None


# A run of capitalised words ("Tom Hanks", "Alfred Hitchcock"): a name as typed.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_NO_NAME_WORDS = _ASKING_FOR_A_GENRE | frozenset(
    re.findall(r"\S+", "with by did directed direct made make starring star stars from films movies in it")
)


def names_typed(question: str) -> list[str]:
    """The names a question types capitalised, without the words around them a Title Case question capitalises too
    ("Films With Brad Pitt?" → "Brad Pitt")."""
    runs = []
    for run in _CAPITALISED_RUN.findall(question):
        words = [w for w in run.split() if w.lower() not in _NO_NAME_WORDS]
        if words:
            runs.append(" ".join(words))
    return runs


# "who is the killer in scream", "who dies at the end of the departed": one word ending a question after "in" or
# "of", where a title stands.
IN_A_LAST_WORD = re.compile(r"\b(?:in|of) (?:the )?([a-z][\w'’-]*)\W*$")
