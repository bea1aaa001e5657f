"""Which words of a message make the question: the clause that asks, past a lead-in, an aside or a word taken
back, and the several questions one message may hold; and the words in it that only frame what is asked ("end up",
a number standing for someone, the "work" of "how does it work?", a trick's words in "how did he do the trick?",
"give" and "away" in "what gave it away?", a title said last)."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.answer_model import Answer
from index.catalog import Mention, match_key
from index.question import Reveal, analyze, asks_yes_or_no, chatter_terms
from index.question_shape import QUESTION_WORD, VIEWING_TERMS, hearsay_terms
from index.remarks import ASKING_WORD, WH_WORD
from index.tokenize import is_stopword, query_tokens

# "The shocking twist", "the plot twist", "its famous final reveal": words between a determiner and the twist's
# own word say what kind of twist it is, not what in the story is asked about. In lower case only: "the Rosebud
# secret" names a thing of the story.
_TWIST_MODIFIERS = re.compile(
    r"\b(?:the|a|its|this|that|their)((?: [a-z-]+){1,2}) (?:twists?|reveals?|revelations?|surprises?|secrets?)\b"
)


# Where a typed question splits into clauses: "who directed it, same guy as The Prestige?", "about? no spoilers".
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;?!]+|\s[-–—]+\s|:)\s*")


_UNMARKED_CLAUSE_BREAK = re.compile(r"\s+(?=(?:who|who's|whos|what|what's|whats|where|when|why|how|which)\b)", re.I)


def modifiers(question: str) -> frozenset[str]:
    """The terms of words that only qualify the twist asked for ("what's the shocking twist?")."""
    return frozenset(t for match in _TWIST_MODIFIERS.finditer(question) for t in query_tokens(match.group(1))) | (
        hearsay_terms(question)
    )


def plain_clause(question: str, without_title: Callable[[list[str]], list[str]]) -> str | None:
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
        asking = [
            c
            for c in others
            if (WH_WORD.search(c.lower()) or _ASKED_OF_SOMEONE.match(c))
            and [t for t in query_tokens(c) if t not in chatter]
        ]
        return None if asking else clause
    return None


# "…, is she good?", "…, does he die": a yes/no question about someone of the story asks as much as one opening on
# a question word. (Not "is it good?", which asks the asker's opinion of the film.)
_ASKED_OF_SOMEONE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:is|was|are|were|does|did|do|has|had|can|will)\s+(?:he|she|they|him|her)\b",
    re.I,
)


# The words that take back what was just typed: "who is the composer no sorry …", "… wait i mean".
_TAKEN_BACK = re.compile(r"\b(?:no sorry|sorry|no wait|wait no|i mean|i meant|scratch that|or rather)\W*$", re.I)


# What the asker goes on to say of themselves or of another film, typed on without a mark: "whats citizen kane
# about i have to watch it for my course", "is this one by Tarkovsky too like Solaris".
_ASIDE_AFTER = re.compile(
    # ("heard", "told" with what was heard after them: "how is the story told?" ends on its own verb)
    r"^(?:i|i'm|im|me|my|we|our|(?:heard|told)(?=\s+\w)|too|same|even|just|because|cause|since|for my"
    r"|the [\w'’ ]{1,30} guy)\b",
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
STEERING = frozenset(
    query_tokens(
        "ok okay k kk alright now so then next instead switch switching talk lets let us do try go going move moving "
        "back onto "
        "meant mean rather actually please pls what how about and film movie one other different"
    )
)


# "and psycho? same guy?", "same director?": the fact just asked, asked again of another film.
# (Only said with "same", "too", "also" or "again": "kane writer" after "kane director" asks another fact.)
THE_SAME = frozenset(query_tokens("guy person people man woman one"))
SAYS_THE_SAME = re.compile(r"\b(?:same|too|also|again)\b", re.I)


# How a follow-up opens before what it asks: "and why?", "so who did it?", "wait, how?".
_LEAD = r"^\W*(?:(?:and|so|but|ok|okay|wait)\W+)?"
# A follow-up that asks only how, why or whose, of what was just asked ("why?", "how so?", "whose were they?").
BARE_FOLLOW_UP = re.compile(_LEAD + r"(?:why|how|whose|how come)\b", re.I)
# A bare follow-up asking why ("why?", "but why tho", "how come?"), not how.
ASKS_WHY = re.compile(_LEAD + r"(?:why|how come)\b", re.I)
# "Why did Doe do it?", "why did he do that?" right after a question: why what that one asked about was done, by
# whom it names (`who`).
WHY_SOMEONE_DID_IT = re.compile(
    _LEAD + r"why (?:did|does|do|would) "
    r"(?P<who>(?!(?:i|you|u|we|it)\b)[\w'’]+(?: [\w'’]+)?) do (?:it|that|this|so)\W*$",
    re.I,
)
_PRONOUN_DOERS = frozenset(("he", "she", "they"))
# "Why was Hollis killed?" then "who did it?": who did the deed that question asked about.
WHO_DID_IT = re.compile(_LEAD + r"who (?:did|does|done|do) (?:it|that|this)\W*(?:then\W*)?$", re.I)
# The deeds "who did it?" may ask the doer of, as a question before it names them ("why was Hollis killed?").
_DEED = re.compile(
    r"\b(?:killed|murdered|shot|stabbed|poisoned|drowned|strangled|framed|kidnapped|betrayed|attacked|kill|murder"
    r"|shoot|stab|poison|die|dies|died|death)\b",
    re.I,
)


def deed_asked(question: str) -> str | None:
    """The deed a question asks about, as a past tense to ask who did it ("why was Hollis killed?" → "killed")."""
    found = _DEED.search(question)
    if found is None:
        return None
    word = found.group().lower()
    # ("How did Marion die?": her death, asked who dealt it.)
    dealt = {"kill": "killed", "murder": "murdered", "shoot": "shot", "stab": "stabbed", "poison": "poisoned"}
    return dealt.get(word, "killed" if word in ("die", "dies", "died", "death") else word)


# "did mills know?", "does she know about it?" right after a question: whether that one knew what the question before
# asked about ("was tracy pregnant?" — "… the detective never knew she was pregnant").
SOMEONE_KNEW = re.compile(
    _LEAD + r"(?:did|does|do|had) (?P<who>(?!(?:i|you|u|we|it|anyone|anybody)\b)[\w'’]+(?: [\w'’]+)?) "
    r"(?:(?:ever|even|already|actually) )?(?:know|knew|notice|realise|realize)(?: (?:it|that|this|about (?:it|that)))?"
    r"\W*$",
    re.I,
)


def done_by(match: re.Match[str]) -> str:
    """Who `WHY_SOMEONE_DID_IT` says did it, as words to ask with: none for a pronoun (whom it stands for is read
    first)."""
    who = match.group("who")
    return "" if who.lower() in _PRONOUN_DOERS else who


# A follow-up that asks why what was just told matters ("why does that matter?", "what's the significance?"): the
# same "why?" of what was just asked.
WHY_IT_MATTERS = re.compile(
    _LEAD + r"(?:"
    r"why (?:does|did|do|is|was) (?:that|it|this|they|those) "
    r"(?:matter|important|significant|a big deal|such a big deal)"
    r"|what(?:'s| is| was) (?:the )?(?:significance|importance|point|big deal)(?: of (?:that|it|this))?"
    r"|why (?:is|was) (?:that|it|this) so important"
    r")\W*$",
    re.I,
)


SAYS_NOTHING = frozenset(query_tokens("so then again exactly come"))


BARE_WORDS = 3


# Where the asker is in a film they are watching ("paused right at the hour", "halfway through").
WATCHING = frozenset(
    query_tokens("paused pause pausing stopped hour hours minute minutes min mins halfway through mark right just")
)


# Where a lead-in clause ends: a comma, colon, semicolon, a sentence's end or a dash between words.
# Typed without punctuation, the question word starts the question ("switching to Psycho who wrote it").
_CLAUSE_END = re.compile(r"[,:;.!?]+\s+|\s+[-–—]+\s+|\s+(?=(?:who|whos|what|whats|where|when|why|how)\b)", re.I)


def past_the_lead_in(question: str, title_words: list[str]) -> str | None:
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
            lead = STEERING | VIEWING_TERMS | WATCHING
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


def after_a_title_heading(question: str, mention: Mention | None) -> str:
    """The question without its film's title typed as a heading ("stalker does anyone go in the room?" → "does anyone
    go in the room?") or as a tag after it ("what's rosebud?? (citizen kane)", "whats the twist - psycho"): what
    kind of question it is (yes or no, who, what something is) is read from where it starts and ends."""
    if mention is None or not mention.words:
        return question
    title = _typed_title(mention)
    found = re.match(rf"^\W*(?:the\s+)?{title}(?:['’]s)?[\s,:;.!-]+(?={ASKING_WORD}\b)", question, re.I)
    if found:
        return question[found.end() :]
    # "how did Angier pull it off in The Prestige?": the film the question is set in, said last, is no part of how it
    # ends ("pull it off", "dead", "the whole time" are read where the question stops). Not when nothing is asked
    # without it ("who's in Psycho?" asks the cast), nor when the rest names the title's thing ("how did the choir
    # start in The Choir?" asks of the choir, not how the film starts).
    placed = re.search(rf"\s+(?:in|from)\s+(?:the\s+)?(?:(?:film|movie)\s+)?{title}(?=\W*$)", question, re.I)
    if (
        placed
        and (rest := query_tokens(question[: placed.start()]))
        and not set(rest) & set(query_tokens(placed.group()))
    ):
        return question[: placed.start()] + question[placed.end() :]
    # Only after a mark that closes the question: "who directed psycho" keeps its title, which it asks of.
    tag = re.search(rf"(?<=\w)(\W*?[?!,;:—–-])\s*[(\[]?(?:the\s+)?{title}[)\]]?\W*$", question, re.I)
    if tag is None:
        tag = re.search(rf"(?<=\w)\s*[(\[](?:the\s+)?{title}[)\]]\W*$", question, re.I)
        return question[: tag.start()] if tag else question
    return question[: tag.start()] + tag.group(1).strip(" ,;:—–-")


def _typed_title(mention: Mention) -> str:
    """A pattern for the title as the question typed it, whatever stands between its words."""
    return r"[\W_]+".join(re.escape(w) for w in mention.words)


def before_an_aside(question: str) -> str:
    """The question up to a break followed by words asking nothing ("what's memento about, heard it's confusing" →
    "what's memento about"); the whole question when what follows asks something ("…, and who directed it?")."""
    head, *rest = _CLAUSE_BREAK.split(question, maxsplit=1)
    if not rest or QUESTION_WORD.search(rest[0].lower()) or asks_yes_or_no(rest[0]):
        return question
    return head


def without_doubt_of_the_film(question: str, mention: Mention | None) -> str:
    """The question without a "really" said of the film itself ("is Memento really told backwards?", "is the film
    actually three hours long?"): a doubt about the film's form or fame asks no twist, as "is Teddy really a cop?"
    does. ("Is it really …" stays: "it" may be a person's identity asked, "is it really the mother?")"""
    title = _typed_title(mention) if mention is not None and mention.words else None
    film = rf"(?:the\s+)?{title}(?:\s+(?:film|movie))?|" if title else ""
    found = re.match(
        rf"^(\W*(?:so\s+)?(?:is|was|does|did|has)\s+(?:{film}(?:the|this|that)\s+(?:film|movie)))\s+(?:really|actually)\b",
        question,
        re.I,
    )
    return question[: found.end(1)] + question[found.end() :] if found else question


def without_phrasal_up(question: str, cover: list[str]) -> list[str]:
    """The terms without the verb of "end up" or "wind up" ("why does Marion end up at the motel?"): how someone came
    to be somewhere, which asks nothing the text must say in those words."""
    verbs = {t for m in _PHRASAL_UP.finditer(question.lower()) for t in query_tokens(m.group(1))}
    return [t for t in cover if t not in verbs]


_PHRASAL_UP = re.compile(r"\b(end|ends|ended|ending|wind|winds|wound)\s+up\b")


def questions_in(question: str) -> list[str]:
    """The questions a message asks one after another, in order: "Why does he leave? Is he injured?", "who is the
    boy and how old is he?" (two parts each); one part for a single question."""
    parts = _NEXT_QUESTION.split(question.strip())
    return [part.strip(" ,;") for part in parts if len(part.split()) >= 2]


# Where a second question starts: after a question mark, at "and" before a question word, or (typed without
# punctuation) at a question word that does not follow a verb taking it as its object ("tell me what it is about").
_NEXT_QUESTION = re.compile(
    r"(?<=\?)\s+|,?\s+and\s+(?=(?:who|whom|whose|what|whats|when|where|why|how|which|is|are|was|were|does|did)\b)"
    # "what's psycho about, is it scary": a comma, then a question of "it" answered yes or no
    r"|,\s+(?=(?:is|was|does|did)\s+(?:it|the (?:film|movie))\b)"
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
ASKS_A_FACT = re.compile(
    r"\?|\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b"
    r"|^\W*(?:is|are|was|were|does|did|do|can|could|will|would|has|have|had)\b"
    r"|^\W*(?:tell|explain|describe|give|show|summari[sz]e|list|remind)\b"
)


def asks_a_fact(question: str) -> bool:
    """Whether a question asks a fact of the film's card or where it is set ("who plays Jake", "how long is it")."""
    # Asked without its words, as the film's title among them would hide the fact ("who directed Se7en").
    analysis = analyze(question, [])
    return bool(analysis.facts) or analysis.setting


# "Memento ending explained": asking for the ending, not for a passage where someone explains.
EXPLAINED = frozenset(query_tokens("explain explains explained explanation"))


def together(question: str, answers: list[Answer]) -> Answer:
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


# A number standing for someone or something: "the first one", "which ones", "the two of them", "of the two" —
# when no word of substance follows it ("one night", "the two detectives" count the noun after them).
_NUMBER_AFTER_A_DETERMINER = re.compile(
    r"\b(?:the|this|that|these|those|which|other|another|first|second|third|last|next|same|each|every|any)\s+"
    r"(ones?|two|three|four)\b(?:\s+(\w+))?",
    re.I,
)


def numbers_as_pronouns(question: str) -> list[str]:
    """The terms of numbers the question uses as pronouns (`_NUMBER_AFTER_A_DETERMINER`): "What does Kelvin do with
    the first one?" drops "one", a word for someone said before, not one the story must hold."""
    return [
        term
        for match in _NUMBER_AFTER_A_DETERMINER.finditer(question)
        if not match.group(2) or is_stopword(match.group(2))
        for term in query_tokens(match.group(1))
    ]


# "Keeps staring at", "kept saying", "keep going on about": how often something is done, not what is done.
_OVER_AND_OVER = re.compile(r"\b(?:keep|keeps|kept|keeping)\s+(?:on\s+)?(?=[a-z]+ing\b)", re.I)


def over_and_over(question: str) -> list[str]:
    """The terms of a "keep" that only says something is done again and again ("what's the painting Madeleine keeps
    staring at?" drops "keep": the text tells what she does, "sits for hours before a portrait", never that she keeps
    at it)."""
    return [term for match in _OVER_AND_OVER.finditer(question) for term in query_tokens(match.group())]


# "How does X work?", "how did that one work in The Prestige?" (not "work out", "work with", "work as"; nor a trick's
# or an illusion's, which the question's reading of a trick's secret answers with the twist's own words:
# tests/test_how_a_trick_is_done.py).
_HOW_IT_WORKS = re.compile(
    r"\bhow (?:does|did|do|can|could|would|will) (?![^?,;]*\b(?:tricks?|illusions?)\b)[^?,;]{1,60}?\bwork(?:s|ed)?\b"
    r"(?=\W*$|\s+(?:in|at all|exactly)\b)",
    re.I,
)
WORK = query_tokens("work")


def asks_how_it_works(question: str) -> bool:
    """Whether the question asks how something works ("how does the Transported Man work?"), where "work" asks for a
    mechanism, not a story word."""
    return _HOW_IT_WORKS.search(question) is not None


# "How did Borden do the trick?", "how does Angier's illusion work?", "how did he pull it off?", "what's the secret
# behind Vera's trick?": how a trick is done. The words naming the trick are those of the set-up that shows it ("At
# Borden's next show … a bullet-catch trick"); the secret is told in other words ("identical twins", "an exact copy").
_TRICK_METHOD = re.compile(
    r"\bhow (?:does|did|do|is|was|are|were|can|could) [^,;?]{0,50}\b(?:tricks?|illusions?)\b"
    r"|\bhow (?:does|did|do|can|could) [^,;?]{0,50}\bpull (?:it|this|that|(?:the|his|her|their) [\w'’]+) off\b"
    r"|\bsecrets? (?:behind|of|to) [^,;?]{0,40}\b(?:tricks?|illusions?)\b",
    re.I,
)
TRICK_WORDS = query_tokens("trick tricks illusion illusions pull secret secrets work works worked done")


def asks_how_a_trick_is_done(question: str) -> bool:
    """Whether the question asks the method of a trick (`_TRICK_METHOD`), where the words naming the trick and the
    asking ("pull it off", "work", "secret") are no words the answer holds."""
    return _TRICK_METHOD.search(question) is not None


# "What gave her away?", "what gives Judy away to Scottie?", "what gives the game away?": what lets someone see
# through a deception; "give" and "away" are how it is asked ("Elster has got away", "she gives in" held them).
_GIVES_AWAY = re.compile(r"\bwhat\b.{0,40}\b(?:gives|gave|give) (?:\w+ )?(?:\w+ )?away\b", re.I)
GIVE_AWAY_WORDS = query_tokens("give gives gave away game")


def asks_what_gave_it_away(question: str) -> bool:
    """Whether the question asks what gave a deception away (`_GIVES_AWAY`)."""
    return _GIVES_AWAY.search(question) is not None
