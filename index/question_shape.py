"""The shapes of a question that both finding its film and answering it read: words that point at a film, frame a
question or ask after the ending; a film described rather than named (`BARE_DESCRIPTION`, `without_description`);
an opinion asked of a film (`asks_an_opinion`); why a film has its title (`asks_the_title`); a fact asked of the
two films asked about last (`asks_of_both`).
"""

from __future__ import annotations

import re

from index.question import LOOKING_FOR, analyze, asks_which_film
from index.tokenize import query_tokens

ENDING_TERMS = frozenset(query_tokens("end ends ending ended final finale last scene finish"))
# How an ending feels ("is it a happy ending or a sad one?", "does it end badly?"): what ending is asked, in the
# asker's judgement, not in words the story uses.
ENDING_MOODS = frozenset(
    query_tokens(
        "happy happily unhappy sad sadly gloomy bleak grim tragic tragically depressing downer upbeat hopeful "
        "satisfying bittersweet badly"
    )
)
# "What happens to …", "what became of …": they ask after a fate without naming one.
HAPPEN = frozenset(query_tokens("happen happens happened become becomes became"))
# Words that point at a film itself ("the Hitchcock one").
THE_FILM = frozenset(query_tokens("film movie picture flick one ones"))
# A plan to watch a film, around a name that points at it ("I want to watch the Hitchcock film tonight"): they
# tell nothing of which film.
VIEWING_TERMS = frozenset(
    query_tokens(
        "want wanna watch watching see show showing tonight today tomorrow weekend later plan planning gonna"
        # ("the hitchcock film we're doing next week")
        " next"
    )
    # Having watched it ("we saw it last night", "rewatched it yesterday") tells no more.
    + query_tokens("saw seen watched rewatched rewatching screening yesterday last night week morning evening")
)
# Words that place or frame a question in the film rather than ask about its content.
FRAMING_TERMS = frozenset(
    query_tokens(
        "film films movie movies picture story plot summary scene scenes character characters early earlier "
        "beginning begin begins start starts started opening middle halfway eventually first initially"
        # "the main character", "the protagonist": who the story follows, by the story's place for them
        " main protagonist"
        # "who is still on the station?": whether it lasts is asked of what the text tells, in its own words
        " still"
    )
)


# A question's own words, which gibberish ("asdf qwerty") lacks.
QUESTION_WORD = re.compile(r"\b(?:who|whom|whose|what|whats|when|where|why|how|which|is|are|was|were|does|did)\b")


# Up to two words may say whose film it is ("the nolan film where …", "that old Hitchcock movie with …").
_DESCRIBED = (
    # (also without an article, as someone learning English types it: "who directed one about guy who …")
    r"(?:(?:the|a|that) (?:[\w'’-]+ ){0,2}?|(?<!\bthe )(?<!\ba )(?<!\bthat )\b)(?:movie|film|one|picture|flick) "
    r"(?:where|about|in which|with|that|when|whose|set)\b"
)


# "do you have vertigo", "have u got the thing?", "hi do you have solaris": whether a film is here, and its title.
HAVE_SLOT = re.compile(
    r"^\W*(?:(?:hey|hi|so|ok|okay)\W+)*(?:do (?:you|u|ya) have|have (?:you|u) got|(?:you|u) (?:have|got))"
    r"\s+(?P<title>[a-z0-9'’ ]+?)(?:\s+(?:on here|here|available|in your list|loaded))?\s*[?!.]*\s*$"
)


# "The twist everyone talks about", "the ending my friends keep spoiling", "the movie I keep hearing about": who
# speaks of a film or its twist, which says nothing of what in it is asked about, and is no part of a title.
_HEARSAY = re.compile(
    r"\b(?:that |which )?(?:every(?:one|body)|people|folks|my \w+|the internet|they|i|you)(?: \w+)?? "
    r"(?:talks?|talking|talked|mentions?|mentioning|mentioned|raves?|raving|says?|saying|said|spoil\w*|hears?|"
    r"hearing|heard|know|knows|warned|told|tell)\b(?: me| us)?(?: about| of)?"
)


def hearsay_terms(question: str) -> frozenset[str]:
    """The terms of what a question says of who speaks of the film ("… that everyone talks about")."""
    return frozenset(t for found in _HEARSAY.finditer(question.lower()) for t in query_tokens(found.group()))


# "The one with Bruce Willis", "the Hitchcock movie with the motel": a description and nothing asked of it.
BARE_DESCRIPTION = re.compile(
    # "the movie where …", "what about the one where …", "movie where …?" (typed with a question mark or not).
    r"^\W*(?:(?:and|or|so|ok|okay|lol|haha|also|now|next|what about|how about|there(?:['’]?s| is| was)|theres"
    r"|i mean|remember"
    # "can you tell me about the one with the magicians?": the film described is what is asked about.
    r"|(?:can|could|would) (?:you|u)|please|pls|tell (?:me|us) about|explain|describe|summari[sz]e"
    # "what do you know about the film where …", "any info on the movie where …": the same request, asked as such
    r"|what do (?:you|u) know about|do (?:you|u) know|have (?:you|u) seen|(?:i )?(?:want|wanna|would like) to know"
    r" about|(?:any )?info(?:rmation)? (?:on|about)|remind (?:me|us) (?:of|about)|talk (?:to me )?about)"
    r"(?:\s+|[.,!]+\s*)){0,3}"
    # Up to three words may say what kind of film, with no article before them: "old japanese film where …".
    r"(?:(?:the|that|this|a|an)\s+)?(?:(?!(?:who|whose|what|whats|when|where|why|how|which|is|are|was|were|does|did|do|"
    r"can|could|tell|name|in|of|for|from|about|with|the|that|this|a|an)\b)[\w'’-]+\s+){0,3}"
    # ("the one in space", "the one on the space station": where it is set, said with a preposition)
    r"(?:movie|film|one|picture|flick)\s+(?:where|about|with|w/?|in which|that|when|set|in|on|at|aboard)(?!\w)"
    r"[^?]*\??\s*$",
    re.I,
)
# "the movie where …, who made it?" / "who directed the one about …?": the question around a description.
# "and the film where …, who directed it?": words going on from the last answer, before the description.
# ("now the one about the astronauts … - who wrote that one?": a switch to the film described)
_GOING_ON = r"(?:(?:and|so|ok|okay|also|oh|now|then|next|wait)\W+){0,2}"
_DESCRIPTION_FIRST = re.compile(
    # (a dash closes a description that commas run through: "the private eye film set in a drought, with the water
    # department — what was it called?")
    rf"^\W*{_GOING_ON}(?:in )?{_DESCRIBED}(?:[^;:?–—]*?\s[–—]+\s|(?:[^,;:?]|,(?=\d))*(?:[,;:](?!\d)|\s-+\s))"
    r"\s*(?P<asked>.*\w.*)$",
    re.I,
)
_DESCRIPTION_LAST = re.compile(rf"^(?P<asked>.*\w.*?)\s+(?:of |in |from |for )?{_DESCRIBED}", re.I)
# "the movie where astronauts crash in a lake who is in it": the description, then a question about "it" typed on
# without a mark (the last question word starts it; "the movie where a guy who can't remember …" asks nothing).
_DESCRIPTION_THEN_ASKED = re.compile(
    rf"^\W*{_GOING_ON}(?:in )?{_DESCRIBED}.*\s(?P<asked>(?:who|what|how|when|where|which)\b(?:\s+\S+){{1,5}})\W*$", re.I
)
# "… come out?", "… released?", "… made?": the end of a fact asked of the film described before it.
_FACT_ASKED_LAST = re.compile(r"\s(?P<tail>come out|came out|released|made|filmed|shot|from)\W*$", re.I)
_WHEN_WAS = re.compile(r"\bwhen (?:was|is)\W*$", re.I)
_DESCRIPTION_GOES_ON = re.compile(
    r"^(?:with|where|about|in which|that|when|set)\b(?:[^;:?–—]*?\s[–—-]+\s|[^,;:?]*[,;:])\s*(?P<asked>.*\w.*)$", re.I
)
_ABOUT_IT = re.compile(r"\b(?:it|this one|that one)\b", re.I)
# "that hitchcock movie, does the blonde die?", "the nolan one - who is in it?": a film pointed at in a few words
# of its own, then the question.
_POINTED_FIRST = re.compile(
    rf"^\W*{_GOING_ON}(?:in )?(?:the|that|this) (?:[\w'’-]+ ){{1,2}}(?:movie|film|one|flick)"
    # ("the newspaper tycoon one yeah? what's the reporter trying to find out": the film checked, then asked of)
    r"(?:,? (?:yeah|right|yes|yep)\s*[?!.])?"
    r"\s*(?:[,;:]|\s[–—-]+|(?<=[?!.]))\s*(?P<asked>.*\w.*)$",
    re.I,
)


def asked_after_description(question: str) -> str | None:
    """ "the film with two detectives, one a week from retiring, … . Who directed it?": the question in the
    sentences after a description that is a sentence of its own; None for any other question."""
    sentences = _SENTENCE_END.split(question.strip())
    if len(sentences) < 2:
        return None
    if not _DESCRIBED_FIRST.match(sentences[0]) and not (
        # "what's the film where a guy with no short-term memory tattoos facts on his body? who directed it?": which
        # film is asked first, and then a question of it.
        asks_which_film(sentences[0]) and _ABOUT_IT.search(" ".join(sentences[1:]))
    ):
        return None
    asked = " ".join(sentences[1:])
    opening = re.sub(r"^\W*(?:(?:and|so|but|ok|okay|also|then|oh)\W+)*", "", asked.lower())
    if QUESTION_WORD.match(opening) and not _ITS_NAME.match(asked) and not asks_which_film(asked):
        return asked
    return None


def without_description(question: str) -> str | None:
    """What a question asks once the description of the film it is about is set aside, if it has one."""
    if (asked := asked_after_description(question)) is not None:
        return asked
    if asks_what_the_described_is_about(question):
        # "what's the hitchcock movie with the motel about?": what the film described is about ("what's the
        # hitchcock" is no question of its own).
        return "what is it about?"
    found = _DESCRIPTION_FIRST.match(question) or _POINTED_FIRST.match(question) or _DESCRIPTION_LAST.match(question)
    if found is not None and re.fullmatch(rf"\W*{_GOING_ON}", found.group("asked") + " "):
        # "and the movie where … who is in it": "and" before the description asks nothing; the question is after it.
        found = None
    if found is None and (unmarked := _DESCRIPTION_THEN_ASKED.match(question)) and _ABOUT_IT.search(unmarked["asked"]):
        found = unmarked
    if found is None:
        return None
    asked = found.group("asked").strip()
    if found.re is _POINTED_FIRST and (more := _DESCRIPTION_GOES_ON.match(asked)) is not None:
        # "the other hitchcock one, with the motel and the guy who stuffs birds - who's in that": the film pointed
        # at, then described, then asked of.
        asked = more["asked"]
    if found.re is _DESCRIPTION_LAST and not analyze(asked, []).facts:
        if (tail := _FACT_ASKED_LAST.search(question)) is not None:
            # "when did the film set on a space station come out?": the fact is asked around the description
            # ("when did" alone asks none).
            asked = f"{asked} it {tail['tail']}"
        elif _WHEN_WAS.search(asked):
            # "when was the one with the stage magicians …?": when the film came out.
            asked = f"{asked} it released"
    if (named := _ITS_NAME_AND.match(asked)) is not None:
        # "… — what was it called and who was the lead?": its name is the film found; the rest is what is asked.
        asked = asked[named.end() :].strip()
    # ("…, and who made it?": a conjunction may open what is asked.)
    opening = re.sub(r"^\W*(?:(?:and|so|but|ok|okay|also|then|oh)\W+)*", "", asked.lower())
    if not (QUESTION_WORD.match(opening) or analyze(asked, []).facts or OPINION.search(opening)):
        # "the old film where a reporter …", "… two detectives, one about to retire": words around the
        # description that ask nothing.
        return None
    if _LOOKING_FOR.fullmatch(asked) or _ITS_NAME.match(asked) or (_WHICH.match(asked) and asks_which_film(question)):
        # "I'm looking for the film about …", "can you find the one where …", "…, whats it called", "which
        # Tarkovsky is the one with the ocean …?": the film itself is what is asked (not a fact of its maker).
        return None
    # "What's the movie where …?" asks for the film itself: nothing is left to ask. "Who is in it?" asks a fact
    # in words the search drops.
    # ("What happens in the movie where …?" asks its story, in words the search drops.)
    asks = query_tokens(asked) or analyze(asked, []).facts or analyze(asked, []).overview
    return asked if asks and not asks_which_film(asked) else None


_ABOUT_THE_DESCRIBED = re.compile(
    rf"^\W*{_GOING_ON}what(?:['’]s| is| was|s)\s+(?:{_DESCRIBED}|(?:the|that) (?:[\w'’-]+ ){{0,2}}?"
    r"(?:movie|film|one|picture|flick) (?:on|in|at|aboard)\b).+\sabout\W*$",
    re.I,
)


def asks_what_the_described_is_about(question: str) -> bool:
    """ "What's the hitchcock movie with the motel about?": what the film it describes is about."""
    return _ABOUT_THE_DESCRIBED.match(question) is not None


_LOOKING_FOR = re.compile(LOOKING_FOR, re.I)
_WHICH = re.compile(r"^\W*(?:(?:and|so|ok|okay)\W+)?which\b", re.I)
# A sentence ends at a mark and a space, not after a title or an initial ("Dr. Malcolm Crowe", "J. J. Gittes").
_SENTENCE_END = re.compile(r"(?<=[.?!])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\b[A-Z]\.)\s+(?=\w)")
# ("wait, is that the one where the PI does divorce work? who wrote it": the film checked, then asked of)
_DESCRIBED_FIRST = re.compile(
    rf"^\W*(?:(?:and|so|ok|okay|also|wait|now)\W+)?(?:(?:is|was) (?:that|it|this) )?(?:in )?{_DESCRIBED}", re.I
)
_WHATS_IT_CALLED = (
    r"(?:what(?:['’]?s| is| was)|whats)\s+(?:it|that|this|that one|this one|the (?:film|movie))\s+(?:called|named)"
)
# "whats it called", "what's its name?", "name?", "the title pls": the film's name asked of the film described.
_ITS_NAME = re.compile(
    rf"^\W*(?:{_WHATS_IT_CALLED}|(?:what(?:['’]?s| is| was)|whats)\s+(?:its|the|their)\s+(?:name|title)(?:\s+of it)?"
    r"|(?:its )?(?:name|title))"
    r"(?:\s+(?:again|pls|please))?\W*$",
    re.I,
)
# "what was it called and …", "what's it called, and …": the film's name, then another question.
_ITS_NAME_AND = re.compile(rf"^\W*{_WHATS_IT_CALLED}\s*(?:,\s*)?(?:and|,)\s+(?=\w)", re.I)
# "Is X any good?": an opinion asked of a film, which names the film as plainly as a fact question does.
OPINION = re.compile(
    r"\b(?:any good|good|worth (?:it|watching|seeing|a watch|my time)|scary|overrated|underrated|recommend"
    # "should I watch Psycho?", "would I like Solaris?": whether to see it, which the premise helps decide
    r"|should (?:i|we) (?:watch|see)|would (?:i|we) (?:like|enjoy)"
    # "is Psycho ok for kids?", "is it family friendly?", "what is memento rated": whether it suits a viewer, which
    # no summary rules on; its premise shows what it is like
    r"|(?:ok|okay|fine|safe|good|appropriate|suitable) for "
    r"(?:kids|children|a kid|a child|teens|my kids|(?:a )?\d+ ?year ?olds?)"
    r"|appropriate|suitable|family[- ]friendly|kid[- ]friendly"
    r"|(?:can|should) (?:my |the )?(?:kids|children|teens) (?:watch|see)|how violent|too violent"
    r"|how scary|too scary|rated|age rating"
    # "is there romance in fight club?", "any love story in it?": what kind of film it is, which the premise shows
    r"|^\W*(?:is there|are there|any|does it have|has it got)(?: (?:a|any|some))? "
    r"(?:romance|romantic|love stor(?:y|ies)|love interest)\b"
    # "is it scary or just gross?"
    r"|\b(?:scary|boring|slow|sad|violent) or (?:just )?(?:gross|disgusting|boring|slow|sad|weird|dull)\b"
    # "is it slow?", "is Solaris boring?", "is Memento confusing?": what watching it is like, asked yes or no
    r"|^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:is|was) (?:it|this|that|this one|that one|[\w'’ ]{1,40}?) "
    r"(?:really |very |too |kind of |kinda |a bit |pretty |super )?(?:slow|boring|confusing|hard to follow"
    r"|depressing|sad|funny|disturbing|intense|gory|bloody|violent|dull|weird|artsy|pretentious)(?=\W*$))\b"
)
OPINION_TERMS = frozenset(
    query_tokens(
        "any good worth it watching seeing watch see scary overrated underrated recommend you would should like enjoy"
        " my time ok okay fine safe appropriate suitable kids kid children child teens year years old olds family"
        " friendly can violent too how rated rating age slow boring confusing hard follow depressing sad funny"
        " disturbing intense gory bloody dull weird artsy pretentious really very kind kinda bit pretty super"
        " romance romantic love story stories interest there any gross disgusting just"
    )
)


def asks_an_opinion(question: str, rest: list[str]) -> bool:
    """Whether the question asks only for a judgement of the film ("is it any good?", "worth watching?")."""
    # (An age is no more asked than the rest: "is it ok for a 12 year old?")
    rest = [t for t in rest if not t.isdigit()]
    lowered = question.lower()
    if not OPINION.search(lowered) or _JUDGES_SOMEONE.search(lowered):
        return False
    # "is kane worth watching or is it just film school homework?": the other judgement offered is one too.
    if (
        (other := _OR_OTHERWISE.search(lowered)) is not None
        and OPINION.search(lowered[: other.start()])
        and analyze(other.group(1), query_tokens(other.group(1))).reveal is None
    ):
        rest = [t for t in rest if t not in set(query_tokens(other.group(1)))]
    return set(rest) <= OPINION_TERMS | THE_FILM | VIEWING_TERMS


# "is she good?", "are they bad?": which side someone of the story is on, no judgement of the film. (Not "is he
# good in it?", which judges an actor's work.)
_JUDGES_SOMEONE = re.compile(
    r"\b(?:is|was|are|were)\s+(?:he|she|they)\s+(?:really\s+|actually\s+|even\s+)?(?:good|bad|evil)\b(?!\s+in\b)"
)


# The judgement a question offers against the first: "… or is it just film school homework?", "… or overrated?"
_OR_OTHERWISE = re.compile(
    r",?\s+or\s+(?:is it |it'?s |its |was it |just |really |kinda |kind of |more |too |totally |actually )*"
    # (not another question: "… or does Marion survive?")
    r"(?!(?:does|did|do|who|whom|what|whats|how|why|where|when|which|is|was|are|were|can|will|would)\b)"
    r"([\w'’ -]{1,50}?)\W*$"
)


# "Who is the boy?", "whats the kid called", "what is the name of the private investigator?", "who are the two
# detectives?": someone asked after by what they are; the text answers where it first gives that role a name.
_KIN_AND_KIND = (
    "boy|girl|man|woman|kid|child|wife|husband|mother|father|son|daughter|sister|brother|mom|dad|guy|lady"
    "|detective|killer|priest|bandit|samurai|woodcutter|commoner|narrator|doctor|psychologist|magician|stalker"
)
_BY_ROLE = re.compile(
    r"^\W*(?:who(?:'s|s| is| was| are| were)|what(?:'s|s| is| was| are| were)(?: the names? of)?) "
    # (the article dropped, as typed in a hurry, before a count or a role whose name is asked: "who are two
    # detectives?", "whats kid called")
    # ("what's his phobia called?" asks what a thing is called; "what's his wife called?" still asks a name)
    r"(?:(?:the|that|this|these|those) |(?=(?:two|three) )"
    rf"|(?=(?!(?:his|her|their|its) (?!(?:{_KIN_AND_KIND})\b))[a-z-]+(?: [a-z-]+)? (?:called|named)\b)"
    # ("who is boy?", "what is wife's name?": a word for someone by kin or kind, its article dropped)
    rf"|(?=(?:{_KIN_AND_KIND})(?:['’]s names?| called| named)?(?: in [^?]*)?(?:\?+| and .*)?\s*$))"
    r"(?P<count>two |three |other )?(?P<role>[a-z-]+(?: [a-z-]+){0,2}?)"
    r"(?:['’]s names?| called| named)?(?: in [^?]*)?(?:\?+| and .*)?\s*$",
    re.I,
)
# "like" of "what's the kid like?": asks them described, which saying who they are does.
LIKE_TERMS = frozenset(query_tokens("like"))
# "what's the kid like?", "what is the wife like": someone asked after by kin or kind, to be described.
_WHAT_SOMEONE_IS_LIKE = re.compile(
    rf"^\W*(?:(?:and|so|ok|okay)\W+)?what(?:'s|s| is| was) (?P<who>(?:the|that|this) (?:{_KIN_AND_KIND})) like"
    r"(?: in [^?]*)?\W*$",
    re.I,
)
# "The two detectives", "the other woman": how many are asked after, not what they are.
COUNT_TERMS = frozenset(query_tokens("two three other"))
_NAME_ASKED = re.compile(r"\bnames?\b|\bcalled\b|\bnamed\b", re.I)
NAME_TERMS = frozenset(query_tokens("name names named called"))
_NOT_A_ROLE = frozenset(query_tokens("film movie story plot twist ending end name point title deal"))


def asks_a_name(question: str) -> bool:
    """Whether the question asks what someone is called ("what is the wife's name?", "what is the boy called?")."""
    return bool(_NAME_ASKED.search(question))


# "sixth sense kid name", "mom's name?": a name asked in chat with no question word, after the film or nothing.
_BARE_NAME_OF = re.compile(rf"(?:^|\s)(?P<role>{_KIN_AND_KIND})(?:['’]s)? names?\W*$", re.I)
_ANY_WH = re.compile(r"\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b", re.I)
# The end of a sentence before the last one: "the detective with the fear of heights one right? whats the
# detective called" asks what its last sentence asks.
_LAST_SENTENCE = re.compile(r"[?.!]\s+(?=\S[^?.!]*[?.!]*\s*$)")


def role_sentence(question: str) -> str:
    """The sentence of the question that asks who someone is by what they are: the whole question, or its last
    sentence when only that one asks so ("the one with the fear of heights, right? whats the detective called");
    the words before it only pointed at the film."""
    if _BY_ROLE.match(question) is None and (breaks := list(_LAST_SENTENCE.finditer(question))):
        last = question[breaks[-1].end() :]
        if _BY_ROLE.match(last) is not None:
            return last
    return question


def who_by_role(question: str) -> str | None:
    """A name asked by role ("what's the killer's name?", "what is the killer called?") asked as "who is the
    killer?"; None for any other question, or one asking after several."""
    if not _NAME_ASKED.search(question) or (match := _BY_ROLE.match(role_sentence(question))) is None:
        return None
    if match.group("count") or re.match(r"\W*(?:who|what) (?:are|were)\b", match.group(0), re.I):
        return None
    role = match.group("role").lower()
    # ("what's his name?", "what is the name?": no role; and "who is …" asks no name, so it is never read again)
    if (
        not (terms := query_tokens(role))
        or set(terms) & (_NOT_A_ROLE | NAME_TERMS)
        or re.match(r"\W*who", match.group(0), re.I)
    ):
        return None
    return f"who is the {role}?"


def role_asked(question: str) -> tuple[list[str], bool] | None:
    """The role words of a question asking who someone is by what they are, and whether it asks after several
    people ("the two detectives"); None for any other question."""
    if (like := _WHAT_SOMEONE_IS_LIKE.match(question)) is not None:
        # "What's the kid like?": who the kid is, told where the text first names him.
        question = f"who is {like['who']}?"
    elif (bare := _BARE_NAME_OF.search(question)) is not None and not _ANY_WH.search(question):
        question = f"what is the {bare['role']}'s name?"
    match = _BY_ROLE.match(role_sentence(question))
    # "What is the Zone?" asks what a thing is; a "what" asks after a person only with the name asked for.
    if match is None or (match.group(0).lower().lstrip().startswith("what") and not _NAME_ASKED.search(match.group(0))):
        return None
    role = query_tokens(match.group("role"))
    if not role or len(role) > 2 or set(role) & _NOT_A_ROLE:
        return None
    plural = match.group("count") is not None or bool(re.match(r"\W*(?:who|what) (?:are|were)\b", match.group(0), re.I))
    return role, plural


# "the first one", "the second film", "the last one": a pick among the films a "which film?" reply offered.
_PICK = re.compile(
    r"^\W*(?:(?:i mean|i meant|ok|okay|so|um|uh|and|no|nope|sorry|wait|actually)\W+)*"
    # "and in the other one?", "what about the first one?", "same for the second"
    r"(?:(?:in|for|about|with|of|what about|how about|same for)\s+)?(?:the )?"
    r"(?P<which>first|second|third|fourth|last|other|former"
    r"|latter|1st|2nd|3rd|4th)(?: (?:one|film|movie|choice|option))?\W*$",
    re.I,
)
_ORDINAL = {"first": 0, "1st": 0, "former": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}


# "the space one", "the black and white one": a film named by a word or three of what it is, and nothing asked.
_DESCRIBED_ONE = re.compile(
    r"^\W*(?:(?:and|or|so|ok|okay|no|i mean|i meant)\W+)*(?:the|that) (?:[\w'’-]+ ){1,3}"
    r"(?:one|film|movie|picture)\W*$",
    re.I,
)


def describes_one(question: str) -> bool:
    """Whether the message only describes a film ("the one in space", "the space one"), asking nothing of it."""
    return bool(_DESCRIBED_ONE.match(question) or BARE_DESCRIPTION.match(question))


# "who's in the first one?", "back to the first film, where is it set?", "how long is the second one": a pick named
# inside a question.
_PICK_INSIDE = re.compile(
    r"\b(?:back to |and )?(?:the|that) (?P<which>first|second|third|fourth|last|other|former|latter|1st|2nd|3rd|4th)"
    r" (?:one|film|movie|choice|option)\b(?:\s*[,:;-]\s*)?",
    re.I,
)


def picked_inside(question: str, offered: int, *, by_film: bool = False) -> tuple[int, str] | None:
    """Which of `offered` films a question picks by its place inside what it asks ("who's in the first one?"), and
    the question asked of it ("who's in it?"); None when it names no place, or only picks (`picked`). `by_film`:
    only "the first film", "back to the first one" count (no films were just offered, and "the big guy he meets at
    the first one" speaks of the story)."""
    found = _PICK_INSIDE.search(question)
    if found is None or is_a_pick(question):
        return None
    if by_film and not re.search(r"\b(?:film|movie)\b|^\W*back to\b", f"{question[: found.start()]} {found[0]}", re.I):
        return None
    index = _place(found["which"].lower(), offered)
    if index is None:
        return None
    # "back to the first film, where …": a lead-in, gone; "who's in the first one?": "it" stands for the film.
    said = "" if found[0].rstrip().endswith((",", ":", ";", "-")) else "it "
    rest = re.sub(r"\s+", " ", question[: found.start()] + said + question[found.end() :]).strip()
    return index, re.sub(r"\s+(?=[?!.,])", "", rest)


def place_picked_from(question: str) -> int | None:
    """Where the clause that picks a film by its place starts, after the last break before the pick ("I'm deciding
    between Rashomon and Stalker. How long is the first one?" → at "How"), so what comes before may name the films
    picked from; None when no clause picks one."""
    found = _PICK_INSIDE.search(question)
    if found is None:
        return None
    return max((m.end() for m in _CLAUSE_BREAK.finditer(question, 0, found.start())), default=0)


_CLAUSE_BREAK = re.compile(r"[.?!:;,—-]\s*")


def is_a_pick(question: str) -> bool:
    """Whether the message only picks one of the films offered before ("the first one", "the other one")."""
    return _PICK.match(question) is not None


def picked(question: str, offered: int) -> int | None:
    """Which of `offered` films the message picks, by its place in the list; None when it picks none of them
    ("the other one" says which only between two)."""
    found = _PICK.match(question)
    return None if found is None else _place(found["which"].lower(), offered)


def _place(which: str, offered: int) -> int | None:
    if which == "other" and offered == 1:
        # ("the other one" right after a pick between two: the one not picked, the only one left.)
        return 0
    if which in ("last", "latter") or (which == "other" and offered == 2):
        return offered - 1 if offered >= 2 else None
    index = _ORDINAL.get(which)
    return index if index is not None and index < offered else None


# "Why is it called Stalker?", "what does the title Vertigo refer to?", "the meaning of the title".
_THE_TITLE = re.compile(
    r"\bwhy (?:is|was) [\w'’ ]{1,40}? (?:called|named|titled)\b"
    r"|\b(?:meaning|significance|origin) of the (?:title|name)\b"
    r"|\b(?:what|where) does the (?:film'?s |movie'?s )?(?:title|name)\b"
    r"|\bthe title (?:means?|refers?)\b"
)


def asks_the_title(question: str) -> bool:
    """Whether the question asks why the film is called what it is."""
    return bool(_THE_TITLE.search(question.lower()))


# "Who directed both?", "which one is longer?" after questions about two films: asked of those two.
_BOTH = re.compile(r"\b(?:both|the two of them|the two films|the two movies)\b")
_WHICH_OF_TWO = re.compile(
    r"\bwhich (?:one|of them|of the two|film|movie|is|was)\b[^?]*\b(?:longer|shorter|older|newer|earlier|later"
    r"|came out first|first)\b"
)


def asks_of_both(question: str) -> bool:
    """Whether the question asks a fact of two films without naming them ("who directed both?") or compares two
    ("which one is longer?"). Not "do both die?": what happens to two people is asked of one film."""
    text = question.lower()
    if _WHICH_OF_TWO.search(text):
        return True
    if not _BOTH.search(text):
        return False
    return bool(analyze(question, [t for t in query_tokens(_BOTH.sub(" ", text)) if t not in THE_FILM]).facts)


# The names of peoples, which head titles as adjectives ("American Psycho", "The French Connection").
NATIONALITIES = frozenset(
    (
        "american",
        "british",
        "english",
        "french",
        "german",
        "italian",
        "spanish",
        "japanese",
        "chinese",
        "korean",
        "indian",
        "russian",
        "mexican",
        "australian",
        "canadian",
        "irish",
        "scottish",
        "swedish",
        "danish",
        "dutch",
        "polish",
        "brazilian",
    )
)
