"""Remarks to the bot ("thanks a lot", "you're wrong", "i loved that movie", "what should I watch tonight?") told
apart from questions about a film, by their shape rather than a list of every phrase people type.

A remark made right after a question about a film is no follow-up about it: answering it with the film's text
(or refusing it as a spoiler) makes the bot look broken. Only the question's own words are read here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import unquote

import lemminflect
from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel

from index.mentions import is_english
from index.question import (
    CLAIM_ASKED,
    FOREIGN_THANKS,
    IN_SO_MANY_WORDS,
    asks_yes_or_no,
    is_chat_word,
    said_to_the_room,
)
from index.question_shape import HAVE_SLOT, NATIONALITIES, QUESTION_WORD, VIEWING_TERMS
from index.tokenize import is_stopword, normalize, number_in_words, query_tokens, spell_ordinals

# A wh-word anywhere makes it a question about something ("i want to know who Norman is").
# A question word, as typed or with its apostrophe dropped ("whats"); the engine reads clauses with it too.
# The question words, for patterns to build on.
WH = "who|whom|whose|what|whats|when|where|why|how|which"
WH_WORD = re.compile(rf"\b(?:{WH})\b")
# The speaker or the bot: a statement about either is about the conversation ("i'm bored", "you're wrong").
_PERSONAL = re.compile(r"\b(?:i|im|ive|id|me|my|you|youre|your|u|ur|we|us|our)\b")
# A verdict on what was said or seen ("that's dark", "this is boring", "that film sucked").
_VERDICT = re.compile(
    r"^(?:(?:lol|haha|wow|ok|okay|oh|well|hmm) )*(?:thats|its|(?:that|this|it) (?:is|was)"
    # "that film sucked", not "that movie with the shower" (a description to search for).
    r"|(?:that|this) (?:film|movie|one) (?!with|where|about|in|that|when|set|from|by|of)[a-z]+)\b"
    # "cool, loved that one", "hated it": a verdict with the one who gives it left out.
    r"|^(?:(?:lol|haha|wow|ok|okay|oh|well|hmm|cool|nice|great|man|honestly) )*(?:loved|liked|hated|enjoyed|adored"
    r"|love|like|hate|enjoy) (?:that|this|it)(?: one| film| movie)?(?: so much| a lot)?$"
    # "sounds slow lol", "looks kinda creepy", "seems long": a verdict on what was just said, its subject left out.
    r"|^(?:(?:lol|haha|wow|ok|okay|oh|well|hmm|hm|damn|yeah|yea) )*(?:sounds|looks|seems|feels)"
    r"(?: (?:so|kinda|kind of|pretty|really|very|a bit|too|super|quite))? [a-z]+(?: (?:lol|haha|tbh|ngl|lmao))*$"
)
# Statements that ask for something: "tell me about the Zone", "explain the ending", "i want to know about Hari".
# "ok tell me about …", "so, can you explain …": words that open a turn and ask nothing themselves.
_OPENERS = r"(?:(?:ok|okay|so|and|well|hey|hi|alright|right|now|oh|hmm|um|ah|yeah|yes|cool|great|thanks|ty) )*"
_REQUEST = re.compile(
    r"^" + _OPENERS + r"(?:(?:can|could|would|will) (?:you|u) )?(?:please |pls )?"
    r"(?:tell|explain|describe|give|show|summari[sz]e|list|remind)\b"
    r"|\b(?:want|like|need|love) to (?:know|hear|learn)\b|\bwonder(?:ing)?\b|\bcurious\b"
)
# Asking for more of the same is a follow-up, answered with the film ("tell me more", "go on", "and?").
_MORE = re.compile(r"^(?:and|more|tell me more|go on|continue|keep going|what else|anything else|and then)\b")
# "should i trust teddy", typed without its question mark: asked of the story (whom to trust is a twist's), not
# said about the asker.
_WHOM_TO_TRUST = re.compile(r"^(?:so |and |but )?(?:should|can|could|do) (?:i|we) (?:trust|believe)\b")
# What only a person could answer: recommendations and opinions ("what should I watch?", "what do you think?").
_ASKS_THE_BOT = re.compile(
    r"\b(?:recommend|suggest)\b|\bshould (?:i|we) (?:watch|see)\b|\bwhat (?:do|did) (?:you|u) think\b"
    # "how have you not seen it", "have you seen it?": whether someone has seen a film, which no summary says
    r"|\b(?:have|havent|haven't|did|didnt|didn't|how (?:have|did|do)|why (?:have|did)) (?:you|u|ya) (?:not |never )?"
    r"(?:seen|watched|see|watch)\b"
    # "similar movies?", "anything like memento?": recommendations too
    r"|\bsimilar (?:films|movies|ones|stuff)\b|\b(?:films|movies|anything|something) (?:like|similar to)\b"
    # "whats the best film here", "which one is the scariest", "whats ur favourite": a verdict over the films
    r"|\b(?:best|worst|scariest|saddest|funniest|greatest)(?: (?:film|movie|one))? "
    r"(?:here|of (?:them|these|all)|you have|in your list)\b"
    r"|\bwhich (?:one|film|movie) (?:is|was) (?:the )?(?:best|worst|scariest|saddest|funniest|greatest)\b"
    r"|\b(?:your|ur) fav(?:ou?rite)?s?\b"
    # "can u list them" after "which films do you know?"
    r"|\blist (?:them|them all|all of them)\b"
    r"|\bwhat should (?:i|we) watch\b|\bfun fact\b|\bsomething interesting\b"
    # "whats a good film to start with", "where should i start", "which one should we watch first"
    r"|\b(?:what(?:'s|s| is)|any|some|suggest|name) (?:a |some )?good (?:films?|movies?|ones?)\b"
    r"(?! (?:about|with|where|set|that|in which|by|from)\b)"
    r"|\bgood (?:film|movie|one) to (?:start|watch|begin|see)\b|\bwhere (?:should|do|can) (?:i|we) (?:start|begin)\b"
    r"|\bwhich (?:one|film|movie) (?:should|do|would) (?:i|we) (?:watch|start|see)\b"
    # What the bot holds is /help's and /film list's to say: "how many films do you have?".
    r"|\bhow many (?:films|movies)\b|\b(?:films|movies) (?:do|can) (?:you|u)\b"
)
# How the bot is used is /help's to say, whatever words of a twist it holds: "is there a bot command for spoiler
# settings?", "how do i turn spoilers on?", "what does /reveal do", "can you hide spoilers?". ("What commands do
# you have?" answered Planet of the Apes, whose premise has a commander.)
_HOW_THE_BOT_WORKS = re.compile(
    # "hi, im new here. what can you do?": asked of the bot, whatever else the message says of the asker
    r"\bwhat (?:else )?(?:can|do) (?:you|u) (?:even |actually )?do\b|"
    r"\b(?:this|the|your|ur) bot\b|\bbots? (?:commands?|settings?)\b"
    r"|\b(?:what|which|any|a|the|slash) commands?\b|\bcommands? (?:for|to|are|do)\b"
    r"|\bspoiler (?:settings?|mode|options?)\b|\bprogress limits?\b"
    r"|\b(?:turn|switch|set|change|enable|disable|hide|unhide|toggle)(?: (?:on|off|my|the|all))* spoilers?\b"
    r"|\b(?:see|get|show|turn on) spoilers? (?:for|of|in) (?:just |only )?(?:one|a|each|some|certain|specific) "
    r"(?:films?|movies?)\b"
    r"|\bhow (?:do|can|should) (?:i|we) (?:use|add|upload|remove|load|delete)\b|\bwhat can (?:i|we) ask\b"
    r"|\bhow to (?:use|add|upload|remove|load|delete|ask)\b"
    # What the bot holds: "what films is there", "what movies u got", "list of films?"
    r"|\b(?:which|what) (?:films|movies) (?:is|are) (?:there|here|available)\b"
    r"|\b(?:films|movies) (?:u|you) (?:got|have)\b|\blist (?:of )?(?:the |your |all )?(?:films|movies)\b"
    r"|\bhow do (?:you|u) work\b|\bwho (?:made|built|created|programmed|coded) (?:you|u|this bot)\b"
    r"|\bwhat does (?:reveal|spoilers|help|film|ask)(?: \w+)? do\b|\b(?:do|can) (?:you|u) (?:support|speak)\b"
)
# Words of a conversation rather than of a story: a short statement made only of them is a remark ("never mind",
# "ok got it", "repeat please"). Not story words: "the shower scene" is a question typed as keywords.
_CONVERSATION_TEXT = """
never mind nvm ok okay got it interesting nice cool great good bad wrong right correct true false fine sure
thanks thank you cheers again repeat please pls say said ping pong test testing later soon bye see ya
understand get gotcha noted whatever anyway wait hold on sorry oops lol lmao haha wow yes no yeah nah yep
nope hmm huh really seriously indeed exactly agreed agree disagree boring bored amazing awesome weird
strange funny sad dark scary creepy lame meh brilliant wonderful terrible awful a the so much lot very that
this it is was not try one more time knew called guessed figured thought omg damn dang wild crazy insane whoa
way makes make sense heard anyone anybody there here hello next question though now lets go everyone everybody
hey hi ready popcorn spoilers spoiler worst are fair enough perfect lovely excellent alright
bot stupid dumb useless smh bruh ugh
"""
_CONVERSATION = frozenset(_CONVERSATION_TEXT.split())
# At most this many words in such a statement.
SHORT_STATEMENT = 4
# "Wait what", "huh, what?": a bare question word among conversation words asks nothing of a film.
_BARE_WH = frozenset({"what", "wut", "wat"})
# Said to the bot about the bot ("you're actually pretty useful", "thank you so much"): whatever words follow,
# even ones that cue a twist elsewhere ("actually", "really").
_TO_THE_BOT = re.compile(
    r"^(?:(?:lol|haha|wow|ok|okay|oh|well|hmm|man|dude|bro|ngl|honestly) )*"
    r"(?:youre|you are|u r|ur|you r|thank you|thanks|thx|ty"
    # thanks in the languages a server's members may also speak ("Danke schön, very helpful!")
    rf"|{'|'.join(FOREIGN_THANKS)}|dank je|tack)"
    r"\b(?! (?:saying|telling|sure|asking)\b)"
)
# The bot's own commands typed as a message ("spoilers status pls", "spoilers on"): /help says how to use them.
_COMMAND = re.compile(r"^(?:spoilers?|reveal|film (?:add|list|info|remove))(?: (?:on|off|status|pls|please))*$")


# The words a question opens on: a question word, or the verb of a yes/no question.
ASKING = (
    "who whom whose what whats when where why how which is are was were does do did can could will would should has"
    " have had"
)
ASKING_WORD = rf"(?:{'|'.join(ASKING.split())})"


_THANKS = re.compile(r"\b(?:thanks|thank you|thx|ty|cheers)\b")
_THEIR_MOOD = re.compile(
    r"^(?:(?:ok|okay|oh|well|lol|haha) )*(?:she|he|they|hes|shes|theyre) (?:is |are |was |were )?(?:so |really |very |"
    r"super |totally |pretty )?(?:thrilled|happy|excited|pleased|delighted|hooked|asleep|bored|impressed|glad|grateful"
    r"|relieved|stoked|chuffed|sold|convinced|in)(?: (?:now|then|lol|haha))*$"
)


def _plain_words(question: str) -> str:
    """The question's words, lower case, apostrophes dropped ("you're" → "youre"), one space apart."""
    # "we're" is "we are", not the verb "were" it becomes without its apostrophe.
    text = re.sub(r"\bwe['’]re\b", "we are", normalize(question))
    return " ".join(re.findall(r"[a-z0-9]+", text.replace("'", "").replace("’", "")))


def is_remark(question: str, names: list[str]) -> bool:
    """Whether `question` (known to name no film and to ask no fact, ending or summary) is a remark to the bot
    rather than a question about a film. `names`: the question's capitalised names, which make it about one."""
    text = _plain_words(question)
    if not text:
        return True
    if _ASKS_THE_BOT.search(text) or _COMMAND.match(text):
        return True
    if _MORE.match(text) or _REQUEST.search(text):
        return False
    words = text.split()
    if (
        not names
        and len(words) <= SHORT_STATEMENT
        and sum(w in _BARE_WH for w in words) == 1
        and all(w in _CONVERSATION or w in _BARE_WH for w in words)
    ):
        return True
    if not names and len(words) <= SHORT_STATEMENT and all(w in _CONVERSATION for w in words):
        # "seriously?", "anyone there?", "really?": a question made only of conversation words asks nothing.
        return True
    if (
        names
        or WH_WORD.search(text)
        or question.rstrip().endswith("?")
        or _WHOM_TO_TRUST.match(text)
        # "do you have vertigo", typed without its mark, asks whether a film is here.
        or HAVE_SLOT.match(text)
    ):
        return False
    if _PERSONAL.search(text) or _VERDICT.match(text) or _THANKS.search(text) or _THEIR_MOOD.match(text):
        # ("ok he says thanks, he'll keep watching": thanks passed on; "she's thrilled": how someone took it)
        return True
    return len(words) <= SHORT_STATEMENT and all(w in _CONVERSATION for w in words)


# Words that judge, and only judge: how someone or something struck the one who says it.
_JUDGING = (
    r"(?:lovely|nice|sad|interesting|cool|awesome|wonderful|fascinating"
    r"|funny|weird|strange|dark|tragic|beautiful|brilliant|clever|terrible|awful|horrible|fun|cute|sweet|great|amazing"
    r"|intriguing|exciting|odd|bizarre|romantic|poignant|heartbreaking|depressing|chilling|grim|ironic|delightful"
    r"|charming|marvellous|marvelous|splendid|unsettling|disturbing|creepy|touching|moving)"
)
# An exclamation, with no verb to ask anything: "how lovely", "oh how sad", "what a twist", "what an ending". (Not
# "how long?", "how old?": a measure asked of the film or of someone, which a short follow-up often is.)
_EXCLAIMED = re.compile(
    r"^(?:(?:oh|ooh|wow|ah|aw|my|gosh|goodness|lol|haha|ok|okay|well|yes|yeah|oh dear|dear me) )*"
    rf"(?:how (?:very |so |really |terribly |utterly )?{_JUDGING}"
    r"|what an? (?:[a-z]+ ){0,2}[a-z]+)"
    r"(?: (?:lol|haha|indeed|really|though|tho))*$"
)
# Someone or something just spoken of, judged ("love that guy", "he's so creepy lol", "that scene is brilliant",
# "great film"): a reaction to the answer, which asks nothing of it. (Not "he's dead", "she's the killer": a claim
# about the story, which may be a question typed without its mark.)
_ONE_OF_THEM = r"(?:guy|girl|man|woman|kid|boy|dude|character|scene|bit|part|ending|twist|line|moment|film|movie|one)"
_REACTED = re.compile(
    r"^(?:(?:oh|ooh|wow|ah|aw|god|gosh|lol|haha|lmao|omg|man|ok|okay|well|yes|yeah|honestly|ngl|tbh) )*"
    rf"(?:(?:i )?(?:love|loved|like|liked|hate|hated|adore|adored) (?:that|this|the) {_ONE_OF_THEM}"
    rf"|(?:hes|shes|theyre|thats|(?:he|she|they|that|this|(?:that|this|the) {_ONE_OF_THEM}) (?:is|was|are|were))"
    rf" (?:(?:so|really|very|super|pretty|kinda|such an?|the|an?) )*(?:{_JUDGING}|best|worst|scary|hilarious|annoying"
    r"|iconic|legendary|underrated|overrated|genius|insane|wild|crazy|good|bad|goat)"
    rf"|(?:great|awesome|amazing|brilliant|fantastic|classic|such an? {_JUDGING}) {_ONE_OF_THEM})"
    r"(?: (?:lol|haha|lmao|tbh|ngl|honestly|though|tho))*$"
)
# Thanks, with a word for whom it is to after it ("thank you, dear", "cheers mate", "thanks so much bot").
_THANKED = re.compile(
    r"^(?:(?:oh|ok|okay|well|great|lovely|perfect|brilliant|wonderful|many) )*(?:thanks|thank you|thx|ty|cheers)"
    r"(?: (?:so much|very much|a lot|a million|again|kindly))?(?: (?:dear|darling|love|mate|pal|buddy|friend|bot"
    r"|film ?bot|sir|madam|all|everyone|both))?$"
)


def only_exclaims(question: str) -> bool:
    """Whether every sentence of the message is an exclamation or thanks ("Oh, how lovely. Thank you, dear.", "what a
    twist!"): said about what was answered, asking nothing of any film."""
    sentences = [_plain_words(part) for part in re.split(r"[.!?;]+", question)]
    sentences = [s for s in sentences if s]
    # ("that one is scary?": a judgement asked about, not given)
    reacted = "?" not in question
    return bool(sentences) and all(
        _EXCLAIMED.match(s) or _THANKED.match(s) or (reacted and _REACTED.match(s)) for s in sentences
    )


def asks_the_bot(question: str) -> bool:
    """ "recommend me something with a twist", "which one is the scariest": what only a person could answer, whatever
    words of a story it holds."""
    return bool(_ASKS_THE_BOT.search(_plain_words(question)))


# Which films the bot holds: "what films do you have?", "which movies do u know", "list of films?".
_WHICH_FILMS_HERE = re.compile(
    # (also in a learner's word order: "which films you can talk about?")
    r"\b(?:what|which) (?:films|movies)(?: do| can)? (?:you|u)(?: can| do)? (?:even |actually |really )?"
    r"(?:have|got|know|cover|do|talk about)\b"
    r"|\b(?:what|which) (?:films|movies) have (?:you|u) (?:even |actually |really )?got\b"
    r"|\b(?:what|which) (?:films|movies) (?:is|are) (?:there|here|available|in here|on here)\b"
    r"|\blist (?:of )?(?:the |your |all )?(?:films|movies)\b|\bhow many (?:films|movies)\b"
)


def asks_which_films_are_here(question: str) -> bool:
    """ "what films do you have?", "how many movies do you know?": answered with the films, not a pointer to /help."""
    return bool(_WHICH_FILMS_HERE.search(_plain_words(question)))


def asks_how_the_bot_works(question: str) -> bool:
    """ "How do I turn spoilers on?", "what commands do you have?": a question about the bot, for /help."""
    return bool(_HOW_THE_BOT_WORKS.search(_plain_words(question)))


def speaks_to_the_bot(question: str) -> bool:
    """Whether `question` is a statement to the bot about the bot ("you're actually pretty useful"): a remark even
    when its words would cue a twist or a fact in a question."""
    text = _plain_words(question)
    return bool(_TO_THE_BOT.match(text)) and not WH_WORD.search(text) and not question.rstrip().endswith("?")


# A run of conversation words before the question proper ("ok fine, who directed it", "sure, who wrote it").
# ("ok spoilers are fine now, who is katherine": a longer lead-in, set off by a mark.)
_MARKED_LEAD = re.compile(
    # ("ok i turned spoilers on, so what is it": a word going on after the mark)
    r"^\W*((?:[a-z']+\s+){0,6}[a-z']+\s*[,.:;!-]+\s*)(?=(?:(?:so|and|then|now)\s+)?"
    r"(?:" + WH + r")\b)",
    re.I,
)
_LEAD = re.compile(r"^\W*((?:[a-z']+[\s,.!;:-]+){1,4}?)(?=(?:" + WH + r")\b)", re.I)
# ("wait is david bowie in it?": a reaction before a question answered yes or no, too; not "there is a film where …",
# "you are really good at this": there the words before the verb are the sentence's subject.)
_YES_NO_LEAD = re.compile(
    r"^\W*((?:[a-z']+[\s,.!;:-]+){1,4}?)"
    r"(?<!\bthere )(?<!\bhere )(?<!\bthat )(?<!\bthis )(?<!\bit )(?<!\bwhat )(?<!\byou )(?<!\bu )(?<!\bwe )"
    r"(?<!\bthey )(?<!\bi )(?<!\bhe )(?<!\bshe )(?<!\bwho )"
    r"(?=(?:is|are|was|were|does|did|do|has|had)\s+\S+\s+\S)",
    re.I,
)


def without_lead_in(question: str) -> str:
    """`question` without the reaction typed before it ("ok fine, who directed it" → "who directed it"); the
    words of such a lead-in are read as story words otherwise ("sure" is in Psycho's text)."""
    match = _LEAD.match(question) or _MARKED_LEAD.match(question) or _YES_NO_LEAD.match(question)
    if match is None:
        return question
    words = re.findall(r"[a-z]+", normalize(match.group(1)).replace("'", ""))
    rest = question[match.end() :]
    reaction = all((w in _CONVERSATION or w in _LEAD_ONLY) and w not in _POINTING for w in words)
    # "ok spoilers are fine now, who is katherine", "i've seen it: how does it end": what the asker says of their
    # viewing, set off by a mark before the question.
    marked = bool(re.search(r"[,.:;!-]\s*$", match.group(1)))
    state = marked and all(w in _CONVERSATION or w in _LEAD_ONLY or w in _VIEWING_STATE for w in words)
    if not words or not (reaction or state) or len(rest.split()) < 2:
        # "wait what": a reaction, read whole.
        return question
    return rest


def _possessive(found: re.Match[str]) -> str:
    owner = found["owner"]
    # "what does wife say": a verb in lower case stays one ("John Does plan": capitalised, a name).
    return found[0] if f"{owner}s".lower() in _NOT_AN_OWNER and owner[:1].islower() else f"{owner}'s "


# A link pasted beside the question: a Wikipedia or Letterboxd address names the film in its path
# ("…/wiki/Solaris_(1972_film)", "…/film/solaris-1972/"); any other address says nothing.
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)
_NAMED_BY_LINK = re.compile(r"/wiki/(?P<wiki>[^/\s?#]+)|letterboxd\.com/film/(?P<slug>[^/\s?#]+)", re.I)
# Punctuation said aloud to a phone: "who directed psycho question mark".
_SPOKEN_MARK = re.compile(r"\s+(?P<mark>question mark|full stop|period|exclamation (?:mark|point))\W*$", re.I)
_SPOKEN = {"question mark": "?", "full stop": ".", "period": ".", "exclamation mark": "!", "exclamation point": "!"}
# "what happens at forty percent", "40 percent in": a share of the film said in words, as "40%" is typed.
_NUMBERS_IN_WORDS = {number_in_words(n): n for n in range(1, 101)}
_PERCENT_SAID = re.compile(
    r"\b(?P<n>\d{1,3}|"
    + "|".join(sorted((re.escape(w).replace("\\-", "[- ]?") for w in _NUMBERS_IN_WORDS), key=len, reverse=True))
    + r")\s*(?:percent|per cent|pc)\b",
    re.I,
)
# "who directed vertigo and also how long is it": two questions joined as speech joins them.
_AND_ALSO = re.compile(r"\s*,?\s+and also\s+", re.I)


def _named_by_link(found: re.Match[str]) -> str:
    named = _NAMED_BY_LINK.search(found[0])
    if named is None:
        return " "
    path = unquote(named["wiki"] or named["slug"]).replace("_", " ").replace("-", " ")
    # "Solaris (1972 film)" → "Solaris (1972)"
    return " " + re.sub(r"\s*\((\d{4})?\s*(?:film|movie)\)", lambda m: f" ({m[1]})" if m[1] else "", path) + " "


# Words that ask, capitalised as a keyboard capitalises every word ("Citizen Kane Who Plays Kane").
_ASKING_WORDS = frozenset(w.capitalize() for w in ASKING.split())


def _percent(said: str) -> int:
    return int(said) if said.isdigit() else _NUMBERS_IN_WORDS[re.sub(r"[- ]+", "-", said.lower())]


_MARKDOWN_EMPHASIS = re.compile(r"(\*{1,3}|__|~~|`+|\|\|)(?=\S)(.+?)(?<=\S)\1")


def as_typed(question: str) -> str:
    """`question` as if typed: links read as the film they name, punctuation said aloud as marks, "and also" as
    "and", and a message with Every Word Capitalised (some phone keyboards) in lower case, where a capital says
    nothing of a name."""
    question = _LINK.sub(_named_by_link, question)
    # "ok **interstellar**?", "who is `Tyler`": Discord's emphasis marks say nothing of the words they wrap.
    question = _MARKDOWN_EMPHASIS.sub(r"\2", question)
    question = _SPOKEN_MARK.sub(lambda m: _SPOKEN[m["mark"].lower()], question)
    question = _AND_ALSO.sub(" and ", question)
    question = _PERCENT_SAID.sub(lambda m: f"{_percent(m['n'])}%", question)
    words = re.findall(r"[^\W\d_]+", question)
    if len(words) >= 3 and all(w[:1].isupper() for w in words) and set(words) & _ASKING_WORDS:
        # (A title typed alone keeps its capitals: "La Dolce Vita?", "The Lord Of The Rings".)
        question = question.lower()
    return " ".join(question.split())


_EVERY = re.compile(r"\bevery\s+(?!one\b|body\b)", re.I)


_WHAT_IT_MEANS = re.compile(
    r"\bwhat (?P<what>(?!(?:does|did|do|is|was)\b)[\w'’\" -]{1,40}?)"
    r" (?P<verb>means|meant)\b",
    re.I,
)


def plain_question(question: str) -> str:
    """`question` without a greeting to the bot, the reaction typed before it and the asides after it: what it
    asks."""
    question = as_typed(question)
    if only_exclaims(question):
        # "Thank you, dear.": thanks kept whole (without it, "dear" was read as a title we lack).
        return question
    # "who is he??", "what?!": one mark says as much, and the patterns here read one.
    question = re.sub(r"([?!])[?!]+", r"\1", _without_emoji(without_emoji_names(question) or question))
    # "whos katherine", "wheres it set", "doesnt he know": contractions typed without their apostrophe.
    question = _NO_APOSTROPHE.sub(lambda m: f"{m[1]}'s" if m[1] else f"{m[2]}n't", question)
    question = _BARE_POSSESSIVE.sub(_possessive, question)
    # "Memento is told backwards, right? how does that work": a claim checked in passing, then the question asked
    # of it ("that" is the claim); read whole as a claim asked, the question was refused.
    question = _TAG_THEN_QUESTION.sub(", ", question)
    # "wat r the detectives called", "whats it abt": chat spellings of everyday words.
    question = _CHAT_SPELLING.sub(lambda m: _CHAT_SPELLINGS[m[0].lower()], question)
    # "whos the directer of stalker", "when was psycho relased", "who stared in chinatown": a fact's word mistyped.
    question = _STARED_IN.sub("starred", _FACT_WORD.sub(_fact_word, question))
    # "the 6th sense": titles and their words are matched spelt out (the catalog reads "6th" as "sixth" too).
    question = spell_ordinals(question)
    # "how did he work it out?", "how does he catch on?": said as "figure it out", whose words summaries use
    # ("recognizes", `question.synonyms`); "work" and "catch" would be read as the story's.
    question = _FIGURED_OUT.sub(lambda m: f"figure {m['what'] or 'it'} out", question)
    # "what does Teddy turn out to be?": what he really is ("turn" found "Two people keep turning up: Teddy, …").
    question = _TURNS_OUT_TO_BE.sub(lambda m: f"{m['wh']} is {m['who']} really", question)
    # "who is he looking for?": the story's hunt ("Leonard is hunting the man …"); "look" alone is how someone looks.
    # (Not the asker's own search: "I'm looking for the film where …".)
    question = _LOOKING_FOR.sub("hunting for", question)
    # "what does Teddy tell Leonard at the end?", "who did she tell?": what one person tells another, which a
    # summary says in "tells" ("Teddy … tells Leonard the truth"); "tell" alone is how an asker asks ("tell me").
    question = _TELLS_SOMEONE.sub(lambda m: f"{m['lead']}tells", question)
    # "what happens to Angier every night?": "every" asks no more of the story than "each" and "all", which are
    # stopwords ("every night he did not know …" beat "Each night the machine makes a copy of him" on it).
    question = _EVERY.sub("", question)
    # "who is on trial?": who is charged ("The bandit … has been caught and charged"), whom a summary tells the
    # trial of by name; the bare "trial" found the sentence about attending it.
    question = _ON_TRIAL.sub(r"\1 accused", question)
    # "how much cash did Marion run off with?": what she stole; "run" alone found a "run-down" motel.
    question = _RAN_OFF_WITH.sub("steal", question)
    # "just hint at the twist in the sixth sense": the twist asked, however little of it is wanted.
    question = _HINT_AT.sub("what is ", question, count=1)
    # "where do the visitors come from?": where they are from ("come" would find "the visitors stop coming").
    question = _COME_FROM.sub(lambda m: f"where {_BE_OF[m['aux'].lower()]} {m['who']} from", question)
    # "where has he just come back from?": his return ("The Stalker has just returned from prison"); "come" and "back"
    # alone are any story's words.
    question = _COME_BACK.sub(lambda m: "returned" if m[1].lower() in ("came", "come") else "return", question)
    # "who does the stalker take into the Zone?", "who hires him to take them in?": whom a guide leads ("hire him to
    # lead them to the Zone"); not "take the money to the bank", a thing taken somewhere.
    question = _TAKE_IN.sub(lambda m: f"lead {m['whom'] or ''}{m['where']}", question)
    # "who really directed Psycho?", "what is Memento actually about?": emphasis before a fact or a summary asked,
    # not "who is Teddy really?" nor "where is it really set?", which ask after a twist.
    question = _EMPHASIS.sub("", question)
    question = _TURNS_IN.sub("surrender", question)
    # "same question for the prestige", "same thing about chinatown": the last question, of that film.
    question = _SAME_QUESTION.sub("same for", question, count=1)
    # "that's not what I asked, I asked who directed it": what is asked is what follows.
    question = _NOT_WHAT_I_ASKED.sub("", question, count=1)
    # "is it the one with james stewart?": whether he is in it, which the cast says.
    question = _THE_ONE_WITH.sub(lambda m: f"{m['lead']}is {m['who']} in it?", question, count=1)
    # "who directed the liquid oxygen one?", "how long is the ocean planet one": a fact of the film those words
    # describe, as "… the one with liquid oxygen" asks it (read as a title, "liquid oxygen" was the answer).
    question = _FACT_OF_THE_DESCRIBED.sub(lambda m: f"{m['ask']} the one with {m['words']}?", question, count=1)
    # "tell me what rosebud means", "i don't get what the ending meant": what it means, asked as a question asks it
    # (the reveal it asks after is read from "what does … mean").
    # (Not when another question word asks first: "who tries to figure out what it means?" asks who.)
    if (means := _WHAT_IT_MEANS.search(question)) is not None and not WH_WORD.search(question[: means.start()].lower()):
        aux = "does" if means["verb"].lower() == "means" else "did"
        question = f"{question[: means.start()]}what {aux} {means['what']} mean{question[means.end() :]}"
    # "rosebud = ?", "rosebud=??": what it is, as a chat asks it.
    question = _EQUALS_WHAT.sub(lambda m: f"what is {m['what']}?", question, count=1)
    # "katherine who?", "chinatown katherine who": who she is, the question word typed last.
    if (last := _WH_LAST.match(question)) is not None and not any(
        is_stopword(w) for w in re.findall(r"[\w'’-]+", last["what"])
    ):
        question = f"{last['wh'].lower()} is {last['what']}?"
    # "my friend says the shower scene in psycho is insane, what happens in it?": "it" is the scene, not the film
    # (which was answered with its premise).
    question = _MOMENT_THEN_ASKED.sub(_what_happens_in_the_moment, question, count=1)
    # "does Vertigo fit in our two-hour slot?": how long it is.
    question = _FITS.sub(lambda m: f"how long is {m['film']}?", question, count=1)
    # "the private eye guy", "the soap guy": someone by what they do or have, with "guy" after it; "private eye" is
    # how a summary's "private investigator" is said.
    question = _PRIVATE_EYE.sub("private investigator", _NOUN_THEN_GUY.sub(_without_guy, question))
    # "our film club is doing tarkovsky next week", "my club is watching …": the asker's own club, not Fight Club's.
    question = _OUR_CLUB.sub("we", question)
    # "what is Hollis's job title?": his job ("title" would be read as the film's).
    question = _JOB_TITLE.sub("job", question)
    # "explain it like i'm 12": told plainly, as "like i'm five" asks (the age is no word of the story).
    question = _LIKE_AN_AGE.sub("like i'm five", question)
    # "write me a summary of Psycho", "can you write a short synopsis?": a summary asked for, not its writer.
    question = _WRITE_ME.sub(lambda m: f"{m['lead'] or ''}give me {m['what']}", question, count=1)
    question = _DEAL.sub(_who_is, question)
    # "what's the deal with katherine?", "whats the deal with the sloth victim": who (or what) that is.
    question = _DEAL_WITH.sub(_who_or_what_is, question, count=1)
    # "What motivates Marion to take the money?", "what made him go back?": why they do it.
    question = _MOTIVE.sub(_why_they_do_it, question, count=1)
    # "what is Lynn like?", "what kind of person is Norman Bates?": a character (or place) described, as "describe
    # Lynn": "like", "kind" and "person" are no words of the story.
    question = _WHAT_LIKE.sub(_describe, question, count=1)
    # "spoil Memento for me", "just spoil it", "Psycho spoilers", "full plot of Se7en with spoilers": the asker
    # wants the twist, which their scope shows or withholds.
    for pattern in (_SPOIL_IT, *_SPOILERS_OF):
        question = pattern.sub(lambda m: f"what is the twist{' in ' + m['film'] if m['film'] else ''}?", question)
    question = with_the_film_last(
        without_progress(
            without_asides(without_lead_in(without_purpose(without_quiz_framing(without_greeting(question)))))
        )
    )
    question = _WHO_FILMED.sub("who was the cinematographer", question, count=1)
    # "who was the cameraman?", "who did the camera work?": the cinematographer, as a film's credits name them.
    question = _CAMERA_WORK.sub("who was the cinematographer", question, count=1)
    question = _CAMERAMAN.sub("cinematographer", question)
    # "is the psychologist played by Bruce Willis?", "does Bruce Willis play Malcolm?": the cast answers whether.
    question = _PLAYED_BY.sub(
        lambda m: f"who plays {m['part'] or m['part2'] or m['part3']}{m['rest'] or ''}?", question, count=1
    )
    # "40 grand", "40k": thousands of dollars, as a summary writes a sum ("forty thousand dollars").
    question = _GRAND.sub(
        lambda m: f"{number_in_words(int(m['count'] or m['dollars'] or m['tens']))} thousand dollars", question
    )
    # "who's behind the camera on Chinatown?": who directed it (not who is behind the murders).
    question = _BEHIND_THE_CAMERA.sub("who directed", question, count=1)
    # "had he got the attacker before the movie even starts?": what happened before the story, not its opening
    # (the opening's "the film opens with …" was the answer).
    question = _BEFORE_THE_FILM.sub(" before", question, count=1)
    # "movie guy no short term memory tattoos": a film described in keywords, as "the movie with …" (four lower-case
    # words or more: "the movie jaws" names a title).
    question = _KEYWORD_DESCRIPTION.sub(_keyword_description, question, count=1)
    # "is casablanca on the list?", "is rear window in your library?": whether a film is here, as "do you have …".
    question = _LISTED.sub(lambda m: f"do you have {m['title']}?", question, count=1)
    # "is it true that Scottie is afraid of heights?": the claim is what is asked; "true" is no word of the story
    # (nor the emphasis in "is it really true", which would read as asking after a twist).
    question = _IS_IT_TRUE.sub(f"{CLAIM_ASKED} ", question, count=1)
    # "Norman's mother is dead, right?", "Tyler isn't real, is he?": a claim with a tag asks whether it holds.
    if (claim := _tagged_claim(question)) is not None:
        question = f"{CLAIM_ASKED} {claim}?"
    # "is it an American movie?", "is Stalker a Soviet film?": where it was made, which the country on the card tells
    # ("American" and "production" are no words of a summary).
    question = _OF_A_PEOPLE.sub(lambda m: f"{m['lead']}what country is {m['film']} from?", question, count=1)
    # "did brad pitt act in se7en?", "does vertigo star kim novak?": whether someone is in the cast, as "is brad pitt
    # in se7en?" asks it; "act", "appear" and "star" are no words of a summary's cast line.
    question = _ACTED_IN.sub(lambda m: f"is {m['who']} in", question, count=1)
    question = _STARS.sub(lambda m: f"{m['lead']}is {m['who']} in {m['film']}{m['tail']}", question, count=1)
    # "is Scottie afraid of heights?", "the one about the guy who's scared of heights": a summary may name the
    # condition in one word ("acrophobia"); "afraid" would be read as a word the visible text lacks, and a yes/no
    # question asks after exactly such a word. (A description keeps the noun: "a detective with a fear of heights"
    # is found by its words.)
    question = _PHOBIA.sub(_phobia if asks_yes_or_no(question) else _felt, question)
    return _same_maker_as(question) or question


# Why or how someone asks, said before the question: "for my Fincher essay:", "random question but", "quick
# question -". Its words ("essay", "random") would be read as the story's.
_PURPOSE = re.compile(
    r"^\W*(?:(?:ok|okay|so|hi|hey|hello|also|and)\W+)*(?:"
    r"(?:for|in) (?:my|our|an?|the|this) (?:[\w'’-]+ ){0,3}?(?:essays?|papers?|class|seminar|course|lecture|exam|"
    r"assignment|homework|presentation|review|podcast|blog|thesis|project|quiz|notes|report|meeting|club|"
    r"discussion|screening|group|episode|show|wiki|wiki page|article|fanfic|fic|roleplay|rp|character sheet|"
    r"brochure|programme|program|newsletter|thread|post|video|stream)"
    r"(?: (?:tomorrow|tonight|today|next week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day))?"
    # "for my essay on Vertigo:": what the essay is about is the film asked about, and stays (as "Vertigo:")
    r"(?: (?:on|about|of) (?P<topic>[^:;,.!?–—]{1,60}?))?"
    r"|(?:(?:a|one|another)\s+)?(?:(?:quick|random|silly|dumb|stupid|small|simple|serious|real|honest|weird|odd|"
    r"trivia|film|movie|safe|easy|harmless|innocent|spoiler[- ]?free|non[- ]?spoiler(?:y|ish)?|spoilerless)\s+)*"
    r"(?:question|q|(?<=\s)one)(?:\s+(?:for (?:you|u|the bot)|here|though|then|now|instead|this time))?"
    r")\s*(?:[:;,.!?]+|\s[-–—]+|\sbut\b)\s*"
    r"(?=\w+\W+\w)",
    re.I,
)


# How a quiz numbers or frames what it asks: "Q5 which city is Chinatown set in", "round 2, question 3:", "picture
# round prep:", "true or false: …". The number and the round are no words of the question ("q5" and "round" would be
# read as the story's), and a claim put as true or false asks whether it holds.
_QUIZ_NUMBER = re.compile(
    r"^\W*(?:(?:(?:picture|music|film|movie|bonus|final|lightning|speed|quiz|first|second|third|last|next)\s+)?"
    r"round(?:\s+(?:\d+|one|two|three|four|five|six))?(?:\s+(?:prep|question|q))?|(?:q|question|qn|no\.?|#)\s*\d+[a-z]?)"
    r"(?:\s*[:,.)/-]+\s*|\s+)(?=\w+\W+\w)",
    re.I,
)
_TRUE_OR_FALSE = re.compile(
    r"^\W*(?:true or false|t\s*/\s*f|t or f|fact or fiction|yes or no)\s*(?:[:?,.!-]+\s*|\s+)(?P<claim>.{3,}?)\W*$",
    re.I,
)


def without_quiz_framing(question: str) -> str:
    """`question` without a quiz's number or round before it; a claim put as "true or false: …" asked as "is it true
    that …?" (as it stands, when it is already a question)."""
    while (numbered := _QUIZ_NUMBER.match(question)) is not None:
        question = question[numbered.end() :]
    found = _TRUE_OR_FALSE.match(question)
    if found is None:
        return question
    claim = found["claim"]
    return f"{claim}?" if asks_yes_or_no(claim) else f"is it true that {claim}?"


# Where the asker is in the film, said before the question: "planet of the apes, 40% in: who attacks …", "we paused
# psycho halfway. what happened …", "at 0:45 of psycho. why did …". The limit is the asker's opt-in's to apply; its
# words ("40", "paused", "half") would be read as the story's. The film named in it stays, after the question.
_BESIDE_A_SCENE = r"(?:just |right )?(?:before|after) (?:the )?[a-z]+(?: [a-z]+)? (?:scene|part|bit)\b"
_PROGRESS_LEAD = re.compile(
    # (A time after "in" is when something starts, not how far the asker got: "psycho watch party in 10 min, …".)
    r"^\W*(?P<lead>[^.:;!?]{0,60}?(?:\b\d{1,3}\s?%|\b\d{1,2}:\d{2}\b|(?<!\bin\s)\b\d{1,3}\s?(?:mins?|minutes?|hrs?|hours?)\b"
    r"|(?<!\bin\s)\b(?:one|an|two) (?:hours?|hr)\b"
    r"|\bhalfway\b|\bhalf (?:of|in|into|through|thru)\b|\bpaused\b)(?:[^.,:;!?]|(?<=\d):(?=\d\d)){0,40}?"
    # ("Rashomon paused at 0:50, before the medium scene.": the scene it stopped before says where, too)
    rf"(?:,\s*{_BESIDE_A_SCENE})?)"
    # ("45 min into se7en what word was on the floor": typed without a break, the question opens on its word.)
    # (A colon between digits is a time, "paused at 1:09 lol who is john doe", not a break.)
    rf"(?:\s*(?:(?!(?<=\d):\d)[.,:;!]+|\s[-–—]+)\s*|\s+(?=(?:{ASKING_WORD})\b))"
    r"(?P<rest>\S.*)$",
    re.I,
)
_PROGRESS_WORDS = re.compile(
    r"\b(?:we(?:['’]?re| are|['’]?ve| have)?|i(?:['’]?m| am|['’]?ve| have)?|just|now|currently|still|only|like|so"
    # (chat around it: "paused at 1:09 lol who is john doe", "ok we are at one hour, why …")
    r"|ok|okay|lol|haha|btw|rn|for (?:us|me)|(?:in|for) (?:class|school|uni|college))\b"
    r"|\b(?:paused|pausing|stopped|watching|watched|got|gotten|made it)\b(?: (?:at|around|about|to))?"
    # "our volunteer got halfway through stalker": who is watching is not the film
    r"|\b(?:our|my) [a-z]+ (?=(?:got|is|was|has|had|paused|stopped|watched)\b)"
    r"|(?:\b(?:at|around|about|after|past|over)\s+){0,2}"
    r"(?:\d{1,3}\s?%|\b\d{1,2}:\d{2}\b|\b\d{1,3}\s?(?:mins?|minutes?|hrs?|hours?)\b|\b(?:one|an|two) (?:hours?|hr)\b)"
    # ("an hour and a half into stalker": the half is of the hour, not a lone "half")
    r"(?: and a half)?(?:\s+(?:in(?:to)?|of|through|thru)\b)?"
    r"|(?:\b(?:at|around|about)\s+)?\b(?:a bit |just )?(?:past |over |about )?(?:the )?half(?:way)?(?: (?:point|mark))?"
    r"(?:\s+(?:in(?:to)?|of|through|thru)\b)?"
    r"|\bfor (?:the|our|this) (?:film |movie |quiz )?(?:round|quiz|night|club)\b"
    # "half of Solaris done (it's long)": how far, and an aside in brackets, beside the title
    r"|\b(?:done|finished)\b|\([^()]*\)"
    rf"|,?\s*\b{_BESIDE_A_SCENE}",
    re.I,
)


def without_progress(question: str) -> str:
    """`question` without where the asker is in the film, said before it; the film named there after it ("solaris
    at 45%: who's still on the station" → "who's still on the station in solaris")."""
    found = _PROGRESS_LEAD.match(question)
    if found is None or not _ASKED.match(found["rest"]):
        return question
    named = re.sub(r"\s+", " ", _PROGRESS_WORDS.sub(" ", found["lead"])).strip(" ,")
    rest = found["rest"]
    if not named:
        return rest
    if len(named.split()) > 5:
        return question
    return f"{rest.rstrip(' ?!.')} in {named}?"


# "in the sixth sense is malcolm a ghost too": the film named first, with no mark after it, before a question
# answered yes or no, which is read as one only from its opening word (it was answered with his introduction).
_TITLE_WORD = r"(?!(?:he|she|they|it|we|i|you|there)\b)[\w'’:.-]+"
_FILM_FIRST = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|wait)\W+)?(?P<lead>in (?!(?:which|what|whose|the end|the beginning)\b)"
    # (a title's words, not a pronoun: "in the final scenes he is back …" says where in a film, then tells)
    rf"{_TITLE_WORD}(?: {_TITLE_WORD}){{0,3}}?)"
    r"\s+(?P<rest>(?:is|are|was|were|does|do|did|can|could|will|would|has|have|had|isn't|wasn't|doesn't|didn't)"
    # (one question, not a sentence and a question after it)
    r"\s+\S+\s+[^\s.!?][^.!?]*?)\W*$",
    re.I,
)


def with_the_film_last(question: str) -> str:
    """A yes-or-no question after the film it asks of, with the film said last ("in psycho is norman the killer" →
    "is norman the killer in psycho?")."""
    found = _FILM_FIRST.match(question)
    return f"{found['rest']} {found['lead']}?" if found is not None else question


def without_purpose(question: str) -> str:
    """`question` without why or how it is asked, said before it ("for my essay: who directed it?", "any idea who
    directed it?")."""
    return _WONDERING.sub("", _PURPOSE.sub(_the_topic, question, count=1), count=1)


def _the_topic(found: re.Match[str]) -> str:
    return f"{found['topic']}: " if found["topic"] else ""


_PLAYED_BY = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|but)\W+)?(?:(?:is|was) (?P<part>[\w'’ ]{2,40}?) (?:really |actually )?played by "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
    r"|(?:does|did) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:really |actually )?play (?!(?:a|an|any|some)\b)"
    r"(?P<part2>[\w'’ ]{2,40}?)"
    # said as a claim: "and the psychologist is played by Bruce Willis?"
    r"|(?P<part3>(?:the|his|her) [\w'’ ]{2,40}?) (?:is|was) played by [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
    r"(?P<rest> (?:in|of) [\w'’: ]{2,40}?)?\s*\?*\s*$",
)
# "Before the movie even starts": the story's past, which a summary tells without those words.
_BEFORE_THE_FILM = re.compile(
    r"\s+before (?:the|this|that) (?:film|movie|story)(?: (?:even|actually|really))?"
    r" (?:starts|begins|opens|started|began|opened)\b",
    re.I,
)
# ("a 4k print" is a picture's resolution: a bare "k" only after two digits or a dollar sign.)
_GRAND = re.compile(
    r"\$?\b(?P<count>[1-9][0-9]{0,2})\s*grand\b|\$\b(?P<dollars>[1-9][0-9]{0,2})k\b|\b(?P<tens>[1-9][0-9]{1,2})k\b",
    re.I,
)
_BEHIND_THE_CAMERA = re.compile(
    r"\bwho(?:['’]s| is| was|s)? (?:the one )?behind the camera(?: (?:on|of|for|in))?", re.I
)
# "any idea who's behind the camera?", "does anyone know what the Zone is": asking whether someone knows, before the
# question itself ("idea" would be read as a word of the story).
_WONDERING = re.compile(
    r"^\W*(?:(?:so|ok|okay|hey|and)\W+)*(?:any ?idea|(?:does )?any ?(?:one|body) (?:here )?know"
    r"|do (?:you|u) (?:happen to )?know|i wonder|i was wondering|i(?:['’]m| am) wondering)\s*[,:;-]?\s*"
    r"(?=(?:who|what|when|where|why|how|which)\b)",
    re.I,
)


_SPOIL_IT = re.compile(
    r"^\W*(?:(?:ok|okay|just|go ahead(?: and)?|please|pls|come on)\W+)*"
    r"spoil\s+(?:it|(?P<film>(?!me\b|us\b)[\w'’ :-]{1,60}?))"
    r"(?:\s+for\s+(?:me|us))?(?:\s+(?:please|pls))?\W*$",
    re.I,
)


_POLITE = r"(?:\s+(?:please|pls|plz))?\W*$"
_ASKING = (
    r"^\W*(?:(?:ok|okay|so|just|please|pls|go ahead(?: and)?|come on|give me|tell me|i want|can i (?:get|have))\W+)*"
)
# Not "no spoilers", "any spoilers in it?", "without spoilers": the film before "spoilers" is a title, not a word
# that asks for none.
_NOT_A_FILM = (
    r"(?!(?:no|any|some|without|with|mild|minor|turn|what|are|is|i|my|me|us|it|"
    # "can you hide spoilers?", "how do i see spoilers": a question about spoilers, not a title before them
    r"can|could|do|does|how|who|why|where|when|should|will|would|you|u|hide|show|see|get|want)\b)"
)
_SPOILERS_OF = (
    re.compile(
        _ASKING + r"(?:the\s+)?(?:full|whole|entire|complete)\s+(?:plot|story|summary|synopsis)\s+of\s+"
        rf"{_NOT_A_FILM}(?P<film>[\w'’ :-]{{1,60}}?)\s+(?:with|including|incl\.?)\s+"
        rf"(?:all\s+(?:the\s+)?)?spoilers?{_POLITE}",
        re.I,
    ),
    re.compile(
        _ASKING
        + r"(?:(?:the|all|all the|full|the full|major|the major|big|the big)\s+)?spoilers?\s+(?:for|of|about|on)\s+"
        rf"{_NOT_A_FILM}(?P<film>[\w'’ :-]{{1,60}}?){_POLITE}",
        re.I,
    ),
    re.compile(
        rf"^\W*{_NOT_A_FILM}(?P<film>[\w'’ :-]{{1,60}}?)"
        r"(?<!\bno)(?<!\bany)(?<!\bwithout)(?<!\bmild)(?<!\bminor)(?<!\bwith)"
        rf"\s+(?:with\s+)?(?:(?:full|all|major|all the)\s+)?spoilers?{_POLITE}",
        re.I,
    ),
)


_FIGURED_OUT = re.compile(
    r"\b(?:(?:work|find|suss)(?:s|ed|es)?|found) (?P<what>it|this|that) out\b|\bcatch(?:es)? on\b(?=\W*$)", re.I
)

_TURNS_OUT_TO_BE = re.compile(
    r"\b(?P<wh>what|who) (?:does|did) (?P<who>(?!(?:it|this|that|he|she|they)\b)\w[\w'’.-]*(?: \w[\w'’.-]*){0,2}?)"
    r" turn out to be\b",
    re.I,
)

_LOOKING_FOR = re.compile(
    r"(?<!\bi['’]m )(?<!\bim )(?<!\bi am )(?<!\bwe['’]re )(?<!\bwe are )(?<!\bi was )\blooking for\b"
    r"(?! (?:a|the|that|this|some|any) (?:film|movie|flick|one)\b)(?! (?:films|movies|something|anything)\b)",
    re.I,
)

_TELLS_SOMEONE = re.compile(
    r"(?P<lead>\b(?:do|does|did|doesn['’]t|didn['’]t)\s+(?!(?:you|u|ya|ye|i|we)\b)(?:[\w'’.-]+\s+){1,3}?)tell\b(?!\s+(?:me|us)\b)",
    re.I,
)

_RAN_OFF_WITH = re.compile(r"\b(?:run|runs|ran|running|make|makes|made|making) (?:off|away) with\b", re.I)
_HINT_AT = re.compile(
    r"^\W*(?:(?:just|can you|could you|pls|please|ok|so)\s+)*"
    r"(?:give (?:me |us )?(?:a )?(?:small |little )?hint (?:at|about|on|of)|hint at)\s+",
    re.I,
)
_COME_FROM = re.compile(
    r"\bwhere (?P<aux>do|does|did|is|are|was|were) (?P<who>[\w'’ -]{1,40}?) (?:come|coming|came) from\b", re.I
)
_BE_OF = {"do": "are", "does": "is", "did": "was", "is": "is", "are": "are", "was": "was", "were": "were"}
_COME_BACK = re.compile(r"\b(come|comes|came|coming|get|gets|got|getting) back\b(?= from\b)", re.I)
_TAKE_IN = re.compile(
    # ("in" only closing the clause: "how much does Marion take in Psycho?" names the film)
    r"\b(?:take|takes|took|taking|taken) (?P<whom>(?:them|him|her|us|people) )?"
    r"(?P<where>into|inside|through|in(?=\s*(?:[?!.,;]|$)))\b",
    re.I,
)
_ON_TRIAL = re.compile(r"\b(is|was|are|were|'s|’s) on trial\b", re.I)

_KEYWORD_DESCRIPTION = re.compile(
    r"^\W*(?:the |a |that )?(?:movie|film|flick)\s+(?!(?:where|with|about|in|which|that|when|set|whose|is|was|of|by"
    r"|from|for|the|a|an)\b)(?P<words>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){3,})\W*$"
)


def _keyword_description(found: re.Match[str]) -> str:
    # ("movie night tonight with friends" is a plan to watch, no film described; "the movie alien who directed it"
    # a title and a question.)
    if set(query_tokens(found["words"])) & (VIEWING_TERMS | _EVENINGS) or WH_WORD.search(found["words"]):
        return found[0]
    return f"the movie with {found['words']}"


_EVENINGS = frozenset(query_tokens("night nights friends friend family marathon club party date recommendation recs"))
_LISTED = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|hey|hi)\W+)*(?:is|are) (?:there )?(?P<title>[\w'’:& -]{2,60}?)\s+"
    r"(?:on (?:the|your|ur) list"
    r"|in (?:the|your|ur) (?:list|library|collection|catalog(?:ue)?|database)|on here|available(?: here)?|loaded)"
    r"\s*\?*(?=\s*$|\s*[?!.]\s)",
    re.I,
)
_IS_IT_TRUE = re.compile(
    r"\b(?:is|was) it (?:really |actually |also )?(?:true|right|correct|a fact|the case)(?: that|,)?\s+(?=\w)", re.I
)
_TAGGED_CLAIM = re.compile(
    r"^\W*(?P<claim>(?:(?!\b(?:" + WH + r")\b)[^?]){6,}?)"
    # (A one-word tag asks even without its question mark: "the prestige is about magicians right".)
    r"(?:\s*,?\s+(?:right|yeah|correct|true|innit)\s*\?*"
    r"|\s*,\s*(?:yes|no|isn['’]?t (?:it|he|she|that)"
    r"|is(?:n['’]?t)? (?:it|he|she|that)|does(?:n['’]?t)? (?:it|he|she)|did(?:n['’]?t)? (?:it|he|she|they)"
    r"|was(?:n['’]?t)? (?:it|he|she)|are(?:n['’]?t)? (?:they|we))\s*\?+"
    # "Memento is told backwards. Is that right?", "…, am I right?", "… . Have I got that right?"
    r"|\s*[.,;:!]+\s*(?P<checked>(?:is|was) (?:that|this|it|he|she|they) (?:really )?(?:right|true|correct|so)"
    r"|am i right|(?:have i|did i) (?:got|get) (?:that|it) right|(?:right|correct|true))\s*\?+)\W*$",
    re.I,
)
# Whose claim it is, said before it: "my daughter says", "I heard", "someone told me". It is the claim that is asked
# after ("My daughter says Memento is told backwards. Is that right?"); "daughter" is no word of the story.
_HEARSAY = re.compile(
    r"^\W*(?:(?:my|our) [\w'’ ]{2,30}? (?:says|said|reckons|thinks|thought|told me|tells me|swears|claims)"
    r"|(?:i|we) (?:heard|read|was told|were told|think|thought|believe|reckon)"
    r"|(?:someone|somebody|people|everyone) (?:said|says|told me|tells me)|apparently)(?: that)?\s+(?=\w)",
    re.I,
)
# A question already: its own question word or verb opens it.
_ASKED = re.compile(rf"^\W*(?:(?:so|and|but|ok|okay|wait)\W+)?{ASKING_WORD}\b", re.I)


# Something of the asker's own told before the question: "my nan is watching vertigo for the first time, who is
# madeleine?", "my brother made me watch seven and i hid behind a pillow. who are the two detectives?". Its words
# ("nan", "pillow", "the whole time") would be read as the story's; the film it names is the one asked about.
_TOLD_BEFORE = re.compile(
    r"^\W*(?P<lead>(?:(?:so|ok|okay|and|well|right|alright)\W+)*"
    r"(?:my|our|me and|i|i'm|im|i've|ive|i was|we|we're|were|we've|weve|we'd|asking for|rewatching|watching"
    r"|just (?:watched|finished|saw)|finally (?:watched|saw|finished)|last night|yesterday|tonight|today"
    # "what about the sixth sense, is it scary?": the film turned to, then what is asked of it
    r"|what about|how about|as for"
    r"|this (?:weekend|evening|morning))\b[^?]{3,200}?)"
    rf"\s*(?:[.,;:!]+|\s[-–—]+)\s+(?P<rest>(?:what's|{ASKING_WORD})\b[^.!]*?)\s*$",
    re.I,
)
# Words in what is asked that may point back into what was told ("what does she mean?", "what's that about?"):
# the question is not whole without it.
_POINTS_BACK = re.compile(r"\b(?:that|this|those|these|she|he|her|him|hers|his|they|them|their)\b", re.I)


# "… and now he wants to know who the guy at the motel is": the question passed on, in its indirect form.
_PASSED_ON = re.compile(
    r"^\W*(?P<lead>(?:(?:so|ok|okay|and|well)\W+)*(?:my|our|me and|i|i'm|im|i've|ive|we|we're|were|asking for)\b"
    r"[^?]{3,200}?)[,;]?\s+(?:and\s+)?(?:now\s+)?(?:he|she|they|i|we)\s+(?:really\s+)?(?:wants?|wanted|would like"
    r"|['’]d like|needs?|asks?|asked|is asking|was asking|wonders?|wondered|is wondering|was wondering|keeps asking)"
    r"(?:\s+to know)?\s+(?P<rest>(?:who|what|where|when|why|how|which)\b[^.!?]*?)\s*[.!?]*\s*$",
    re.I,
)


def told_before(question: str) -> tuple[str, str] | None:
    """What the asker tells of themselves before the question, and the question ("my nan is watching vertigo, who is
    madeleine?" → ("my nan is watching vertigo", "who is madeleine?")); None when the question points back into it."""
    found = _TOLD_BEFORE.match(question) or _PASSED_ON.match(question)
    if found is None or _POINTS_BACK.search(found["rest"]) or len(found["rest"].split()) < 2:
        return None
    return found["lead"], found["rest"]


def a_tagged_claim(question: str) -> bool:
    """Whether the text is a claim with a tag after it ("there are hidden frames in it, right?"): said to lead to
    what is asked next, when more follows."""
    return _tagged_claim(question) is not None


def _tagged_claim(question: str) -> str | None:
    # (Only before a tag: "I think Norman is the killer?" is a belief that is itself the question.)
    found = _TAGGED_CLAIM.match(_HEARSAY.sub("", question, count=1)) or _SAID_AS_A_QUESTION.match(question)
    if found is None or _ASKED.match(found["claim"]):
        return None
    if found.re is _TAGGED_CLAIM and "?" not in question and not _UNASKED_CLAIM.match(found["claim"]):
        # "that's not right", "you're right": a remark on what was said, not a claim about a film.
        return None
    if found.re is _TAGGED_CLAIM and found["checked"] and not _STATES.search(found["claim"]):
        # "so the Sammy Jankis story, was it true?": a thing named, then asked of; no claim said before the check.
        return None
    return found["claim"]


# A claim tagged with no question mark ("the prestige is about magicians right"): three words or more, about
# something other than the talk itself, and not a judgement of it ("that's not right", "you're quite right").
_UNASKED_CLAIM = re.compile(
    r"^\W*(?!(?:that|thats|that's|that’s|you|youre|you're|you’re|i|im|i'm|i’m|it|its|it's|it’s|this|we|all)\b)"
    r"\S+(?:\s+\S+){2,}(?<!\bnot)(?<!n't)(?<!n’t)(?<!\bso)(?<!\bquite)(?<!\bjust)(?<!\bexactly)\W*$",
    re.I,
)
# A verb that makes a statement of what comes before "is that right?" ("Memento is told backwards"); not "'s",
# which is as often a possessive ("the Sammy Jankis's story").
_STATES = re.compile(r"\b(?:is|was|are|were|isn['’]?t|wasn['’]?t|has|had|have|does|did|do|can|will)\b", re.I)


# "so fallon was borden?", "wait, tyler is the narrator??": a claim said with a question mark asks whether it holds,
# as "was Fallon Borden?" does. Only of someone or something named (not "it was good?", "this is the one?").
_SAID_AS_A_QUESTION = re.compile(
    r"^\W*(?:(?:so|wait|and|but|ok|okay|omg|lol|hmm|hold on|oh)\W+)*"
    r"(?P<claim>(?!(?:it|this|that|he|she|they|i|you|we|there|in|on|at|for|about|so|wait|and|but|ok|okay|omg|lol|hmm|oh"
    r"|the (?:film|movie|ending|end|book))\b)"
    # (Not across a spaced dash: "Momento - was Teddy the bad guy?" is a film named, then a question.)
    r"(?:(?!\b(?:" + WH + r")\b)(?!\s[-–—]\s)[\w'’ .-]){2,30}?"
    r" (?:is|was|were|are|has been|had been) (?:really |actually |secretly |just )?"
    r"(?!(?:in|on|about|it|good|bad|scary|worth|long|short|out|based|set|made|directed|released)\b)"
    r"(?:(?!\b(?:" + WH + r")\b)[^?,;]){2,60}?)\s*\?+\W*$",
    re.I,
)


# A film said to be of a people: "is it a Japanese production?", "was Solaris a soviet film".
_OF_A_PEOPLE = re.compile(
    r"^(?P<lead>\W*(?:(?:so|and|ok|okay|wait|hmm)\W+)*)(?:is|was) (?P<film>it|this|that|this one|that one|[^?,]{2,40}?)"
    rf" (?:a|an) (?:{'|'.join(sorted(NATIONALITIES | {'soviet'}))})"
    r" (?:film|movie|production|picture|flick|one)\b\s*\?*\W*$",
    re.I,
)


# Someone named by two to four words (a cast member's whole name, not "the man" nor "he") acting in a film.
_ACTED_IN = re.compile(
    r"\b(?:did|does|do)\s+(?P<who>(?!(?:the|a|an|he|she|they|his|her|their|it|that|this|you|we|i|people|anyone"
    r"|anybody|someone|somebody|everyone)\b)[\w'’.-]+"
    r"(?:\s+(?!(?:also|even|really|ever|actually)\b)[\w'’.-]+){1,3})\s+(?:also\s+|even\s+|really\s+|ever\s+|actually\s+)?"
    r"(?:star|act|appear|feature)\s+in\b",
    re.I,
)
_STARS = re.compile(
    r"^(?P<lead>\W*(?:(?:so|and|ok|okay|wait)\W+)*)(?:does|did)\s+(?P<film>[^?]{2,40}?)\s+(?:star|feature)\s+"
    r"(?P<who>(?!(?:the|a|an|he|she|they|him|her|them|it)\b)[^?]{3,60}?)(?P<tail>\s*\?*\W*)$",
    re.I,
)


# A fear said in everyday words ("afraid of heights", "a fear of heights"): what it is of is all a summary may say
# ("acrophobia", `question.synonyms`); the fear's own word would be read as one the visible text lacks.
_PHOBIA = re.compile(
    r"\b(?:(?P<felt>afraid|scared|frightened|terrified|fearful)|(?:an? |his |her |their )?(?:fear|phobia|terror))"
    r" of (?P<thing>heights?)\b",
    re.I,
)


def _phobia(found: re.Match[str]) -> str:
    # "is he afraid of heights" → "is he with heights" (a state); "a fear of heights" → "heights".
    return f"with {found['thing']}" if found["felt"] else found["thing"]


def _felt(found: re.Match[str]) -> str:
    # "a guy who's scared of heights" → "a guy who's with heights"; "a fear of heights" stays.
    return f"with {found['thing']}" if found["felt"] else found[0]


# "why does he turn himself in?": said as "surrender", the word summaries use; "turn" alone would be read as the
# story's ("turns out", "turns the chair").
_EMPHASIS = re.compile(
    r"\s(?:really|actually)(?=\s+(?:directed|direct|directs|made|wrote|written|stars?|starred|starring|plays?|played"
    r"|released|filmed|shot|composed|produced|about\W*$|do for (?:a )?living"
    r"|do for work|come out|came out)\b)",
    re.I,
)
_WRITE_ME = re.compile(
    r"(?P<lead>^\W*|\b(?:can|could|would|will) (?:you|u) (?:please |pls )?|\bplease )write (?:me |us |up )?"
    r"(?P<what>(?:a |an |the )?(?:short |quick |brief |little |small |full )?"
    r"(?:summary|synopsis|plot|recap|overview|rundown|outline|description)\b)",
    re.I,
)
_LIKE_AN_AGE = re.compile(
    r"\blike (?:i'?m|i am|im) (?:\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|a toddler|a baby|a teenager"
    r"|a grandma|a granny|my (?:gran|grandma|granny|nan))\b",
    re.I,
)
_WH_LAST = re.compile(r"^\W*(?P<what>[\w'’ -]{2,40}?)\s+(?P<wh>who|what)\W*$", re.I)
_EQUALS_WHAT = re.compile(r"^\W*(?P<what>[\w'’ -]{2,40}?)\s*=\s*\?+\s*$")


_MOMENT_THEN_ASKED = re.compile(
    r"^(?P<lead>.*?)\b(?P<moment>the (?:[\w'’-]+ ){0,3}?(?:scene|ending|end|part|bit|sequence|moment|finale|climax"
    r"|opening)(?: (?:of|in|at) (?:the )?[\w'’-]+(?: [\w'’-]+){0,3}?)?)\b(?P<remark>[^?]*?)[,.;:!]+\s*"
    r"(?:so |but |and |ok |okay |like )?what (?:happens|happened|goes on|went on|is going on)"
    r" (?:in it|in there|there|then|exactly)\s*\?*\s*$",
    re.I,
)


def _what_happens_in_the_moment(found: re.Match[str]) -> str:
    lead = found["lead"] if re.match(r"\s*in\b", found["lead"], re.I) else ""
    return f"{lead}what happens in {found['moment']}?"


_FACT_OF_THE_DESCRIBED = re.compile(
    r"^\W*(?P<ask>(?:(?:so|and|ok|okay)\W+)*(?:who directed|who made|who wrote|who(?:['’]s| is) in|who stars in"
    r"|how long is|when was|what year was|when did)) (?:the|that) "
    # (Two or three words in lower case, none saying which of several: not "the other one", "the brad pitt one"
    # typed "Brad Pitt", nor "the tar cough ski movie", a title typed as the asker heard it.)
    r"(?P<words>(?!(?:other|same|first|second|third|last|next|new|old|older|newer|earlier|later|original|"
    r"remake)\b)[a-z][a-z'’-]+(?: [a-z][a-z'’-]+){1,2}) one"
    r"(?: (?:come out|came out|made|released|from))?\W*$"
)


_THE_ONE_WITH = re.compile(
    r"^\W*(?P<lead>(?:(?:so|and|ok|okay|wait)\W+)*(?:(?!(?:which|what|who|whose|where|when|why|how)\b)[\w'’]+[\s,:-]+)"
    r"{0,3}?)is (?:it |this |that )?the"
    r" (?:one|film|movie|flick) (?:with|starring|that has) (?P<who>[A-Za-z][\w'’.-]+(?: [A-Za-z][\w'’.-]+){0,2}?)"
    r"(?:,?\s+(?:right|yeah|yes|correct|innit|no))?\W*$",
    re.I,
)
_FITS = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)\W+)*(?:does|would|will|can|could) "
    r"(?P<film>(?!(?:he|she|they|that|this|the (?:body|car|key))\b)[\w'’ .:-]{2,40}?) (?:fit|run over|run too long)"
    r"(?: (?:in|into|within|inside) [^?]{1,60})?\W*$",
    re.I,
)
_NOT_WHAT_I_ASKED = re.compile(
    r"^\W*(?:no[,.!]*\s+)?(?:that['’]?s|thats|that is|that was) not what i (?:asked|meant|said|wanted)[,.!;:-]*\s*"
    r"(?:(?:i (?:asked|said|meant|wanted(?: to know)?)|i was asking|i['’]?m asking|i am asking)\s*:?\s*)?(?=\w)",
    re.I,
)
_SAME_QUESTION = re.compile(
    r"^\W*(?:(?:ok|okay|and|now|then)\W+)*(?:the )?same (?:question|q|thing|one|again)(?: but)?"
    r" (?:for|about|with|of|in)\b",
    re.I,
)
_JOB_TITLE = re.compile(r"\bjob title\b", re.I)
_SELF = r"(?:himself|herself|themselves|yourself)"
# ("gives himself up", "hands himself over": the same surrender in other words)
_TURNS_IN = re.compile(
    rf"\b(?:(?:turn|hand)(?:s|ed|ing)? {_SELF} in|(?:give|gives|gave|given|giving) {_SELF} up"
    rf"|hand(?:s|ed|ing)? {_SELF} over)\b",
    re.I,
)


# The words facts are asked in, which a typo would leave to be read as the story's ("directer", "relased").
# (A tuple: a typo as near two of them reads as the first, the nouns coming first: "directer" is "director".)
_FACT_WORDS = tuple(
    re.findall(
        r"\w+",
        "director directors writer writers actor actress genre language country runtime screenplay "
        "directed wrote written released release starred starring played about long year cast "
        # ("wich film has …", "whats the movei with …": the words that frame a film described, which found a title
        # we lack in "wich")
        "movie movies film films which where with called",
    )
)
_FACT_WORD = re.compile(r"\b[A-Za-z]{4,12}\b")
# "who stared in chinatown": an English word, but not what is asked in that slot.
_STARED_IN = re.compile(r"\bstared(?=\s+in\b)", re.I)


def _fact_word(found: re.Match[str]) -> str:
    return _as_a_fact_word(found[0])


# (Cached: every question's words pass through here, several times per question.)
@functools.lru_cache(maxsize=4096)
def _as_a_fact_word(word: str) -> str:
    """The fact's word (or the word framing a film described: "movie", "which", "with") a mistyped one is an edit or
    two from (one for a short word); a word English knows, a word of small talk, or a capitalised one (a name), stays
    itself."""
    # ("the newspaper tycoon one yeah?": "yeah" is no "year")
    if word[:1].isupper() or is_english(word) or is_chat_word(word):
        return word
    edits = 1 if len(word) <= 6 else 2
    # (Two letters swapped, "abuot", "dierctor", are one slip of the fingers, as OSA counts them.)
    near = process.extract(word, _FACT_WORDS, scorer=OSA.distance, score_cutoff=edits, limit=None)
    if not near:
        return word
    # Between words as near, the one reached by a letter left out or added ("whith" → "with", "wich" → "which")
    # before one reached by a letter changed ("whith" → "which").
    nearest: str = min(near, key=lambda found: (found[1], Indel.distance(word, found[0])))[0]
    return nearest


# "What motivates Marion to take the money?", "what made him go back?": why someone does something.
_MOTIVE = re.compile(
    r"\bwhat (?:motivates|motivated|drives|drove|pushes|pushed|leads|led|prompts|prompted|causes|caused) "
    r"(?P<who>(?:the )?[\w'’-]+(?: [\w'’-]+){0,2}?) to (?=[a-z])",
    re.I,
)
_SUBJECT = {"him": "he", "her": "she", "them": "they"}


def _why_they_do_it(found: re.Match[str]) -> str:
    # Only before a verb: "what leads the Stalker to the Room?" asks a way, not a reason.
    after = re.match(r"[a-z]+", found.string[found.end() :])
    if after is None or "VERB" not in lemminflect.getAllLemmas(after.group()):
        return found.group()
    return f"why does {_SUBJECT.get(found['who'].lower(), found['who'])} "


# "what's her deal?", "whats Teddy's deal": slang for who someone is.
# ("what's the first victim's deal?": someone by kind, too)
_DEAL = re.compile(
    r"\bwhat(?:['’]s|s| is) (?P<owner>his|her|their|(?:the (?:[A-Za-z]+ ){0,2})?[A-Za-z]+['’]s) deal\b", re.I
)
_DEAL_OWNER = {"his": "he", "her": "she", "their": "they"}


_DEAL_WITH = re.compile(
    r"\bwhat(?:['’]s|s| is) (?:the|ur|your) deal with (?P<what>[^?,.;!]{2,60}?)(?=\s*(?:[?,.;!]|$))", re.I
)
_SOMEONE_WORD = re.compile(
    r"\b(?:victim|guy|man|woman|girl|boy|kid|wife|husband|mother|mom|father|dad|son|daughter|sister|brother|friend"
    r"|detective|killer|doctor|professor|writer|stalker|narrator|lady|dude|chick|partner|cop)s?\b",
    re.I,
)


def _who_or_what_is(found: re.Match[str]) -> str:
    what = found["what"]
    first = what.split()[0].lower()
    # Only of someone: a name ("katherine", "Tyler") or someone by kind ("the sloth victim"); "the deal with the
    # visitors" may ask what they are as much as who, and stays as typed.
    someone = _SOMEONE_WORD.search(what) or (
        first not in {"the", "a", "an", "that", "this", "his", "her", "their"} and not is_english(first)
    )
    return f"who is {what}" if someone else found[0]


def _who_is(found: re.Match[str]) -> str:
    owner = found["owner"]
    who = _DEAL_OWNER.get(owner.lower()) or re.sub(r"['’]s$", "", owner)
    return f"who {'are' if who == 'they' else 'is'} {who}"


# Not the film, its ending or "it": "what is it like?" asks what watching it is like.
_NOT_SOMEONE = r"(?!(?:it|this|that|there|this one|that one|the (?:film|movie|ending|end|twist))\b)"
_KIND_OF_SOMEONE = r"(?:person|man|woman|guy|girl|boy|kid|character|people|dude|lady|father|mother|husband|wife)"
_WHAT_LIKE = re.compile(
    rf"^(?P<lead>\W*(?:(?:and|so|ok|okay|but)\W+)*)(?:"
    # "what is his attitude to the world at that point?", "what's Taylor's attitude to humanity at the start?"
    # ("what is Mills' temperament like?", "describe Mills's personality": the same, with "like" or as an order;
    # first, so that "his temperament" is not read as someone whom "what's … like?" asks after)
    rf"(?:what(?:['’]s|s| is| was)|describe) (?:(?P<own>his|her|their)|(?P<who3>[\w'’. -]{{1,40}}?)['’]s?) "
    rf"(?:attitude|outlook|personality|temperament|nature|demeanou?r|disposition)(?: like)?"
    rf"(?: (?:to|towards?|on|about) [\w'’ -]{{1,30}}?)?"
    rf"(?: at (?:the )?(?:start|beginning|first)| at that point| then| now)?(?P<film> in [\w'’ -]{{1,40}})?"
    rf"|what(?:['’]s|s| is| was| are| were) {_NOT_SOMEONE}(?P<who>[\w'’. -]{{1,40}}?) like"
    rf"(?: as (?:an? )?{_KIND_OF_SOMEONE})?"
    rf"|what (?:kind|sort|type) of (?:an? )?{_KIND_OF_SOMEONE} (?:is|was|are|were) {_NOT_SOMEONE}"
    rf"(?P<who2>[\w'’. -]{{1,40}}?)"
    rf")(?P<end>\s*[?!.]*\s*)$",
    re.I,
)
_AS_OBJECT = {"he": "him", "she": "her", "they": "them", "i": "me", "we": "us"}


def _describe(found: re.Match[str]) -> str:
    film = found["film"] or ""
    if found["own"]:
        return f"{found['lead']}describe {_OWNER[found['own'].lower()]}{film}{found['end']}"
    who = found["who"] or found["who2"] or found["who3"]
    return f"{found['lead']}describe {_AS_OBJECT.get(who.lower(), who)}{film}{found['end']}"


_OWNER = {"his": "him", "her": "her", "their": "them"}


def without_emoji_names(text: str) -> str:
    """`text` without Discord's emoji typed as their names (":skull:", ":joy:"), which no film speaks of. One between
    words ends what came before it, as a mark would: a question's mark where that asked one ("how long is stalker
    :skull: i have work tmrw" → "how long is stalker? i have work tmrw"), else a full stop. Every transport reads
    them so (`bot.formatting.clean_question` leaves them to this)."""

    def instead(found: re.Match[str]) -> str:
        before, after = text[: found.start()].strip(), text[found.end() :]
        if not before or not re.match(r"\s*\w", after):
            return " "
        asked = QUESTION_WORD.match(before.lower()) or asks_yes_or_no(before)
        return "? " if asked else ". "

    return re.sub(r"\s+([.?])", r"\1", _EMOJI_NAME.sub(instead, text)).strip()


# An emoji typed as its name between colons (":skull:", ":sob:", ":100:"); never a time mark ("at 1:05:30", "10:30:").
_EMOJI_NAME = re.compile(r"(?<![\w:]):[a-z0-9_+-]{2,32}:(?![\w:])", re.I)


_CHAT_SPELLINGS = {
    **dict.fromkeys(("wat", "wut", "wht", "whta", "waht"), "what"),
    **dict.fromkeys(("wats", "wuts", "whts"), "what's"),
    # ("wen did memento come out", "wher is it set")
    **dict.fromkeys(("wen", "wn"), "when"),
    **dict.fromkeys(("wher", "whre", "whr"), "where"),
    **dict.fromkeys(("abt", "abut", "bout"), "about"),
    **{"r": "are", "u": "you", "ur": "your", "rly": "really", "w/": "with", "bc": "because", "ppl": "people"},
    **dict.fromkeys(("cuz", "coz", "cos"), "because"),
    **{"w": "with", "thru": "through", "b4": "before", "smth": "something", "bf": "boyfriend", "gf": "girlfriend"},
    # "wat yr", "how many mins": a fact's word shortened
    **{"yr": "year", "mins": "minutes", "hrs": "hours"},
    # "wat happend to arbogast": the words a question turns on, misspelt as chat types them
    **dict.fromkeys(("happend", "hapened", "happned", "hapend", "happenned"), "happened"),
    **dict.fromkeys(("happends", "hapens", "happns", "happenes"), "happens"),
    **dict.fromkeys(("realy", "relly", "reallly"), "really"),
    **dict.fromkeys(("becuase", "becasue", "beacuse", "bcuz"), "because"),
}
_CHAT_SPELLING = re.compile(
    r"(?<![\w'’/&.])(?:" + "|".join(map(re.escape, _CHAT_SPELLINGS)) + r")(?![\w/&]|\.\w|['’](?!s\b))", re.I
)
# "how did angiers wife die", "what is John Does plan": a possessive typed without its apostrophe, before what
# people have (a verb or a plural there is no one's: "does", "kills", "the apes").
_BARE_POSSESSIVE = re.compile(
    r"\b(?P<owner>[A-Z][a-z]{2,}|[a-z]{3,})s (?="
    # ("Kanes first wife", "John Does last victim": one word saying which of them may come between)
    r"(?:(?:first|second|third|last|final|real|true|old|new|own|young|younger|older|little|big|dead|late) )?"
    r"(?:wife|husband|mother|mom|mum|father|dad|son|daughter|brother|sister"
    r"|girlfriend|boyfriend|friend|partner|lover|assistant|engineer|plan|secret|car|house"
    r"|apartment|flat|body|death|name|job|fate|trick|diary|motive|identity|fingers|past|deal"
    r"|version|story|account|victim|victims|killer|murderer|lawyer|boss|photo|photos|notes|letter|tattoos)\b)"
)
# Words ending in "s" that are no one's name or role before such a word ("what does wife …", "kills last").
_NOT_AN_OWNER = frozenset(
    re.findall(
        r"\w+",
        "does goes says gets takes makes wants knows thinks sees kills finds hides tells gives leaves loses meets "
        "plays shows calls keeps lives dies uses was has his hers its this yours ours theirs always sometimes less "
        "unless across perhaps",
    )
)
_NO_APOSTROPHE = re.compile(
    r"\b(who|what|where|when|how|why|that|there)s\b"
    r"|\b(do|does|did|is|was|are|were|could|would|should|has|have|had|ca|wo)nt\b",
    re.I,
)


def _without_emoji(question: str) -> str:
    """`question` without the emoji and other symbols typed around it ("the shining? 🤔", "🍿 who is in it"),
    which are no words of it; unchanged when nothing else is there."""
    kept = question.strip()
    while kept and _is_symbol(kept[-1]):
        kept = kept[:-1].rstrip()
    while kept and _is_symbol(kept[0]):
        kept = kept[1:].lstrip()
    return kept if re.search(r"\w", kept) else question


def _is_symbol(char: str) -> bool:
    # Symbols (emoji, ™), and the joiners and variation selectors that build emoji out of several code points.
    return unicodedata.category(char) in ("So", "Sk", "Cf", "Mn", "Cs") and not char.isalnum()


# "hey bot, …", "hi there! …", "ok so quick question: …": a greeting or a call to the bot before what is asked,
# followed by a break. Any question may come after it, with or without a question word.
_GREETING = re.compile(
    r"^\W*(?:(?:hey|hi|hello|heya|hiya|howdy|yo|oi|greetings|(?:good )?(?:morning|afternoon|evening)|ok|okay|so|um+|uh+"
    r"|oh|hmm+|quick|question|another|one more"
    # Reactions to the last answer that open the next question ("Alright, the Nolan film about …", "Thanks! And …").
    r"|alright|all right|right|well|wait|anyway|thanks|thank you|cheers|great|cool|perfect|fair enough|got it|fine"
    r"|never ?mind|nvm|oh well|shame|pity|too bad|damn|dang|bummer|no worries|np"
    # Oaths and gasps at the last answer ("jesus. ok so who killed hollis?"): "jesus" was read as a title we lack.
    r"|jesus(?: christ)?|jeez|geez|christ|gosh|good grief|oh my god|oh my gosh|my god|omg|omfg|wtf|yikes|whoa|woah"
    r"|ugh|oof|holy (?:crap|cow|moly|shit)|wow|dude|bro)\b"
    r"[\s,.!:;-]*)*"
    r"(?:(?:hey|hi|hello|yo|dear|ok|okay) )?(?:@?(?:film ?bot|bot|there|guys|all|everyone|folks|friend|buddy|mate)\b)?"
    r"\s*[,.!:;-]+\s*",
    re.I,
)


# What thanks may go on with and still say nothing more: praise of the evening, a goodbye ("great session
# tonight", "see you next week"). Not "now vertigo", "and the ending pls", "Vertigo next" (a film or a request).
_CHATTING_ON = re.compile(
    r"(?:(?:(?:that|this|it) (?:was|is) )?(?:a )?(?:great|good|fun|nice|lovely|brilliant|amazing|awesome|fantastic"
    r"|excellent|wonderful|cool|helpful|useful)(?: \w+){0,3}"
    r"|(?:see (?:you|u|ya)|bye|good ?night|gn|later|cya|until)(?: \w+){0,3})(?: (?:everyone|all|guys|folks|bot))?"
)


# "hey bot what is Vertigo about": the bot called by name needs no break after it.
# So does a plea ("pls is norman's mom the killer").
_CALL = re.compile(r"^\W*(?:(?:hey|hi|hello|yo|ok|okay|so) )*(?:@?(?:film ?bot|bot)|pls|plz|please)\b[\s,.!:;-]*", re.I)


def without_greeting(question: str) -> str:
    """`question` without a greeting or call to the bot before it ("hey bot, does Mills kill Doe?"); unchanged
    when nothing but the greeting is there ("hi bot!")."""
    match = _GREETING.match(question) or _CALL.match(question)
    if match is None or not re.search(r"[a-z]", match.group(0), re.I):
        return question
    rest = question[match.end() :]
    if said_to_the_room(question):
        # "hey everyone, movie night tonight!", "good morning all, the seminar starts at ten": news for the room,
        # which asks nothing; without the greeting it would be read as a film's words.
        return question
    if speaks_to_the_bot(question) and _CHATTING_ON.fullmatch(_plain_words(rest)):
        # "thanks all, great session tonight": thanks that go on chatting are said to the bot whole; without the
        # thanks, "great session tonight" would be asked of the last film.
        return question
    words = re.findall(r"\w+", rest)
    # "hey bot, memento?": one word after the call is the question too, unless it only goes on greeting ("hey,
    # thanks").
    return rest if len(words) >= 2 or (words and words[0].lower() not in _CONVERSATION) else question


# "Is it the same director like Psycho?", "is Vertigo by the same director as Psycho?": asks who made the one in
# question (the reply names them, the asker compares); the other film is named only to compare.
_SAME_MAKER_AS = re.compile(
    r"^\W*(?:is|was) (?:(?P<pronoun>it|this|that|this one|that one)|(?P<film>[\w'’:&-]+(?: [\w'’:&-]+){0,5}?))"
    r"(?P<made>(?: (?:made|directed|written|shot))?(?: by| from))? the same "
    r"(?P<role>director|writer|screenwriter|composer|cinematographer|filmmaker|maker|guy|person|people)"
    r" (?:as|like|that made|who made|who did) [^?]{1,60}\?*\s*$",
    re.I,
)
# A person "the same" as another, of a film named, is one of its characters ("is Marion the same person as …?"),
# unless made by them.
_SOMEONE = frozenset(("guy", "person", "people"))
_ROLE_ASKED = {
    "director": "who directed",
    "filmmaker": "who directed",
    "maker": "who directed",
    "guy": "who directed",
    "person": "who directed",
    "people": "who made",
    "writer": "who wrote",
    "screenwriter": "who wrote",
    "composer": "who composed the music for",
    "cinematographer": "who was the cinematographer of",
}


# "who shot it?", "who filmed the movie?": the film shot is the camera's work, not a killing.
_CAMERA_WORK = re.compile(
    r"\bwho (?:did|does|handled|was in charge of) (?:the )?(?:camera ?work|photography|cinematography|filming)\b", re.I
)
_CAMERAMAN = re.compile(r"\b(?:cameram[ae]n|camera (?:man|men|operator|person|guy))\b", re.I)
_WHO_FILMED = re.compile(
    r"^\W*who (?:shot|filmed|photographed|lensed) (?:it|this|that|this one|that one|the (?:film|movie|picture))\b"
    r"(?=\W*$|\s*[?,.;:!-])",
    re.I,
)


def _same_maker_as(question: str) -> str | None:
    """ "is it the same director like Psycho?" → "who directed it?"; None for any other question."""
    match = _SAME_MAKER_AS.match(question)
    if match is None or (match["role"].lower() in _SOMEONE and not (match["pronoun"] or match["made"])):
        return None
    return f"{_ROLE_ASKED[match['role'].lower()]} {match['film'] or 'it'}?"


def without_asides(question: str) -> str:
    """`question` without a request not to be spoiled and trailing filler ("what's it about tho, no spoilers pls",
    "fightclub plot (no spoilers i havent seen it)"): the scope already keeps spoilers out, and the aside's words
    ("seen", "spoil") would be read as what is asked. Unchanged when nothing else would be left."""
    text = _SPOILER_PARENS.sub(" ", question)
    compared = _COMPARED.sub(" ", text)
    if WH_WORD.search(re.sub(r"\bwho['’]?s\b", "who", compared.lower())):
        # "who directed it, same guy as Solaris?", "how long is it compared to Stalker?": the other film is
        # named only to compare; what is asked is of the film in question.
        text = compared
    text = _NOT_SEEN.sub(" ", text)
    text = _NOT_SEEN_AFTER.sub("", text)
    # "haven't seen Psycho yet, what's the motel like?": the film named in the aside is the one asked about.
    text = _NOT_SEEN_THE_FILM.sub(lambda m: f"{m['film']}, ", text)
    text = _SOMEONE_ELSES_PLAN.sub("", text)
    text = _HOW_TOLD.sub(" ", text)
    text = _IN_FEW_WORDS.sub(" in short", text)
    text = _A_BIT_ABOUT.sub(lambda m: f"tell {m['who']} about", text)
    text = _NO_SPOILERS.sub(" ", text)
    text = _SPOILER_TALK_AFTER.sub("", text)
    text = _OR_AM_I_WRONG.sub(" ", text)
    text = _HEDGE.sub("", text)
    text = _FOR_THE_PROGRAMME.sub(" ", text)
    text = _VERDICT_AFTER.sub("", text)
    text = _NOT_FOLLOWED.sub("", text)
    if (meant := _I_MEAN.sub(" ", text)) != text:
        # What follows "i meant" names the film; "not psycho" after it names the one it was not.
        text = _NOT_THE_OTHER.sub(r"\1", meant.strip())
    text = _ABOUT_ME.sub(lambda m: m[1] or "", text)
    text = _CORRECTED.sub("", text)
    text = _NOT_THAT_ONE.sub(r"\1", text)
    text = _TRAILING_FILLER.sub(r"\1", text.rstrip())
    text = _FILLER_BEFORE_MORE.sub("", text)
    text = _AS_FOR.sub(r"\1", text)
    text = _GUESSED_AFTER.sub("", text)
    text = _ABOUT_THEN.sub("about", text)
    text = _ABOUT_HOW_MUCH.sub("about", text)
    text = _TALKED_ABOUT.sub("", text)
    if (again := _SAID_AGAIN_WHO.search(text)) and not _SOMEONE_UNNAMED.search(text[: again.start()]):
        # (Not "does he die, the old man?": there the description is who is asked about.)
        text = text[: again.start()] + text[again.end() :]
    text = re.sub(r"\s*[,;:-]*\s*(?=[?!.]+$)|\s*[,;:-]+\s*$", "", " ".join(text.split()))
    return text if re.search(r"[^\W\d_]", text) and text != " ".join(question.split()) else question


# "what's vertigo about overall?", "what's the film about, broadly?": how much of it is wanted, which the premise
# decides; "overall" after "about" hid the summary asked ("what's the film about, …" read as a film described).
_ABOUT_HOW_MUCH = re.compile(
    r"\babout\s*,?\s+(?:overall|broadly|basically|generally|roughly|essentially|briefly|quickly|in general|in short"
    r"|in brief|in a nutshell)(?=\W*$)",
    re.I,
)
# "what did leonard do before, job wise", "how is it money-wise": "wise" after a word only says what the question
# is about, in that word. (Not "otherwise" or "likewise", one word each.)
_AS_FOR = re.compile(r"\b([^\W\d_]+)[ -]wise\b", re.I)
# "whats his hobby, something creepy right", "how old is he, kinda old right?": the asker's guess at the answer,
# offered to be confirmed; what is asked is the question before it.
_GUESSED_AFTER = re.compile(
    r",\s*(?:something|somewhat|kinda|kind of|sort of|pretty|very|super|really|like)\s+[\w'’-]+,?\s+right\W*$", re.I
)


# "who shot it tho, the camera guy", "why did she take the money tho, she had a job": "tho" ends the question
# typed before more is said; what it asks is read up to it. (Not "even though" or "as though", which join.)
_FILLER_BEFORE_MORE = re.compile(r"(?<!\beven)(?<!\bas)\s+(?:tho|though)\b(?=\s*[,;])", re.I)


# "what happens to bob in fight club, the big guy?", "who is Lynn, the mom?": who was named, described again after
# the question; the description's words ("big", "guy") would be read as what is asked.
_SAID_AGAIN_WHO = re.compile(
    r",\s*(?:you know,?\s*|i mean\s+)?(?:the|that)\s+(?:(?!or\b|and\b|in\b|of\b|with\b)[a-z'’-]+\s+){0,3}?"
    r"(?:guy|man|woman|girl|boy|dude|lady|kid|fella|chick|bloke)\b(?=\W*$)",
    re.I,
)

_SOMEONE_UNNAMED = re.compile(r"\b(?:he|she|they|him|her|them|his|hers|their|the guy|the man|the woman)\b", re.I)


def without_a_comparison(text: str) -> str:
    """`text` without another film named only to compare ("the Prestige is by the same director as Memento" →
    "the Prestige is by"): the film it speaks of is the other one."""
    return _COMPARED.sub(" ", text)


_COMPARED = re.compile(
    r"[,;]?\s*\b(?:(?:the )?same (?:guy|person|director|one|man|woman|people)"
    r" (?:as|who (?:did|made|directed|wrote|shot))|compared (?:to|with)|similar to|just like|unlike"
    # "its like solaris but on earth right?": the film likened to another, said before what is asked.
    r"|^\W*it(?:['’]?s| is) (?:kinda |kind of |sort of |a bit )?like)\s+[^,;?!]+",
    re.I,
)
# "(no spoilers i havent seen it)", "(spoiler-free please)": the whole parenthesis is an aside.
_SPOILER_PARENS = re.compile(r"\((?=[^)]*\b(?:spoil\w*|seen|watched)\b)[^)]*\)", re.I)
_FOR_WHOM = r"(?: for (?:me|us|them|him|her|anyone|everyone|(?:the|my|our|some) [\w'’-]+))?"
_NO_SPOILERS = re.compile(
    r"[,;.!-]*\s*\b(?:(?:but|and|so|please|pls|plz)\s+)?(?:"
    # ("… without ruining it for the first-years": for whom it must stay unspoilt says no more.)
    r"without (?:spoiling|ruining) (?:it|anything|the \w+)" + _FOR_WHOM + r"|(?:no|without|w/?o|zero)\s+spoil\w*"
    r"|spoiler[- ]?free|(?:do ?n[o']?t|dont)\s+(?:spoil|ruin)\s+(?:it|anything|me|us|the \w+)(?:\s+for me)?"
    # "without giving anything away", "as far as the setup goes": only what may be seen is asked for.
    r"|without giving (?:anything|too much|much|it|the (?:ending|twist|game|plot)) away"
    r"|as far as the (?:set-?up|premise|start|beginning|first act) goes"
    # "…, no details", "… just a hint pls": how much to say, which the excerpt decides.
    r"|(?:no|without (?:the |any )?)details|(?:just|only) a (?:small |little |tiny )?hint)(?:\s+(?:please|pls|plz))?\b",
    re.I,
)
# "What happens at the end of Stalker? Staff channel, so spoilers are fine.", "who's the killer? hide it if it's a
# spoiler": what the asker says of spoilers after the question, which the scope decides, asks nothing more (its
# words, "staff", "channel", "fine", were searched for).
_SPOILER_TALK_AFTER = re.compile(
    r"(?<=\?)\s+(?![^?]*\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b)[^?]*\bspoil\w*[^?]*$", re.I
)
# "is it told backwards or am i misremembering?": the asker doubting their memory asks nothing more.
_OR_AM_I_WRONG = re.compile(
    r"[,;]?\s*\bor (?:am i|did i|do i|have i) (?:just )?(?:misremembering|wrong|mistaken|crazy|dreaming"
    r"|mixing (?:it|them|things) up|making (?:it|this|that) up|imagining (?:it|things|that)"
    r"|confusing (?:it|them|things)|misremembered|got (?:it|that) wrong|remember (?:it |that )?wrong)\b",
    re.I,
)
# The asker's own belief set off as an aside: "In Chinatown, which I think is set in San Francisco, what is …",
# "the girl takes fifty thousand, if memory serves.", "Citizen Cane, I believe that is how it's spelt: …". What they
# half remember (often wrongly: "San Francisco") would be read as the story's words; the question is what follows.
_HEDGE = re.compile(
    r",\s*(?:which|who|where|when)\s+(?:i|we)\s+(?:think|believe|reckon|gather|suppose|guess|recall|remember)\b[^,?;:]*"
    r"(?=,)"
    r"|[,;]?\s*\b(?:if (?:my )?memory serves(?: me)?(?: (?:right|rightly|correctly|well))?"
    r"|if i (?:remember|recall)(?: (?:it |that )?(?:rightly|correctly|right))?|as far as i (?:remember|recall|know)"
    r"|i (?:believe|think|reckon)(?: so)?)\s*(?=[,.?;:!]|$)"
    r"|[,;]?\s*\b(?:i (?:believe|think) )?(?:that['’]?s|that is|is that) how (?:it['’]?s|it is|you)"
    r" spel(?:t|led|l it)\b(?=\s*[,.?;:!])"
    # "Never seen Citizen Kane, which is embarrassing.": the asker's verdict on their own situation
    r"|,\s*which (?:is|was|['’]s)\s+(?:(?:a bit|a little|kind of|kinda|so|pretty|really|quite|very|honestly|slightly)"
    r"\s+)?(?:embarrassing|shameful|a shame|a crime|criminal|awful|terrible|weird|crazy|silly|sad|ridiculous|insane"
    r"|wild|bad|funny|odd|strange)\b(?=\s*[,.;:!?]|\s*$)",
    re.I,
)
# "the investigator guy", "the private eye dude", "the soap guy": the word before "guy" says who is meant; "guy"
# itself (read as "man") matched any sentence on any man ("the Mother personality … killed Arbogast"). Only after a
# word that is a noun and never an adjective: "the big guy", "the old guy", "the bad guy" keep theirs.
_NOUN_THEN_GUY = re.compile(
    r"(?:\b(?P<before>[a-z]+) )?\b(?P<lead>the (?:(?P<first>[a-z]+) )?(?P<noun>[a-z]+))"
    r" (?:guy|dude|fella|bloke|chap)\b",
    re.I,
)
_NOT_A_KIND = frozenset({"other", "one", "same", "first", "second", "last", "next", "only"})
_PRIVATE_EYE = re.compile(r"\bprivate (?:eye|dick)\b", re.I)
# (Not "the club" alone, nor "the fight club": "how does the club start?" asks about Fight Club's.)
_OUR_CLUB = re.compile(
    r"\b(?:(?:our|my)(?:\s+(?:film|movie|book|cinema|local|uni|school|college))?|(?:the|a)\s+(?:film|movie|book|cinema))"
    r"\s+(?:club|society)\b(?!['’])",
    re.I,
)


def _without_guy(found: re.Match[str]) -> str:
    """ "the private eye guy" → "the private eye"; the match unchanged where "guy" is not to be dropped."""
    noun = found["noun"].lower()
    kinds = set(lemminflect.getAllLemmas(noun))
    before = (found["before"] or "").lower()
    done_to = before not in _LINKING and "VERB" in lemminflect.getAllLemmas(before)
    # ("The Fight Club guy", "the twilight zone guy": a title's words, and the guy is who made it. Two words only
    # as in "the private eye guy", a describing word first.)
    titled = any(c.isupper() for c in found["lead"][1:]) or (
        found["first"] is not None and "ADJ" not in lemminflect.getAllLemmas(found["first"].lower())
    )
    if noun in _NOT_A_KIND or "NOUN" not in kinds or "ADJ" in kinds or done_to or titled:
        # ("Who drowned the water guy?": someone a deed is done to, whom the killer's sentence names as a man.)
        return found[0]
    return f"{found['before']} {found['lead']}" if found["before"] else found["lead"]


# Verbs that link rather than act: "was the sloth guy alive?" asks of him as "is he" does.
_LINKING = frozenset({"is", "was", "are", "were", "be", "been", "s"})


# "who did the camera work, the photography looks amazing": a verdict after what is asked asks nothing.
_VERDICT_AFTER = re.compile(
    r"(?<=\w)\s*[,;-]+\s+(?:(?:the|this|that|its|it['’]?s|it|they|he|she)\s+)?(?:[\w'’]+\s+){0,3}?"
    r"(?:looks?|looked|is|was|sounds?|seemed|seems|felt|feels)\s+(?:so\s+|really\s+|very\s+|pretty\s+|super\s+|"
    r"kinda\s+|absolutely\s+)?(?:amazing|great|good|beautiful|gorgeous|incredible|awesome|stunning|cool|nice|lovely"
    r"|brilliant|fantastic|wild|insane|epic|incredible)\b[^?]*$",
    re.I,
)
# "what is rosebud actually, i never got it", "…, i'm so confused", "…, i forgot": how far the asker followed, after
# what is asked ("got" found "something Kane could not get").
_NOT_FOLLOWED = re.compile(
    r"(?<=\w)\s*[,;–-]+\s*(?:(?:lol|haha|honestly|tbh|ngl|tho|but)\s+)*"
    r"(?:i\s*(?:['’]?m|am)\s+(?:so\s+|still\s+|really\s+|kinda\s+)?(?:confused|lost)"
    r"|i\s+(?:totally\s+)?(?:forgot|forget)"
    r"|(?:i\s+)?(?:never\s+|still\s+(?:don['’]?t|do\s+not)\s+|(?:don['’]?t|do\s+not|didn['’]?t|did\s+not|can['’]?t|cannot)\s+)"
    r"(?:really\s+)?(?:got|get|understood|understand|remember|recall)(?:\s+(?:it|that|this|why|how))?)"
    r"(?:\s+(?:lol|haha|tbh|honestly|either|tho|though))*\s*[.!]*\s*$",
    re.I,
)
# "…, for the season brochure.", "… for the schedule": what the answer is for, after what is asked.
_FOR_THE_PROGRAMME = re.compile(
    r"[,;]?\s*\bfor (?:the|our|my|a|an|this) (?:[\w'’-]+ ){0,2}(?:brochure|programme|program|notes|newsletter|schedule"
    r"|website|poster|flyer|listings?|slot|advisor(?:y|ies)|wiki|wiki page|handout|leaflet|screening notes)\b[^?,;]*"
    r"(?=[?!.]*\s*$)",
    re.I,
)
_NOT_SEEN = re.compile(
    r"[,;.!-]*\s*\b(?:i|cause i|because i|since i)\s+(?:have ?n[o']?t|havent|haven't|didn'?t|did not|have not)"
    # ("I have not seen, so no spoilers": the object left out, as a learner may)
    r"\s+(?:seen|watched|finished)(?:\s+(?:it|this|that|the (?:film|movie|ending))|(?=\s*[,.;!?]|\s*$))(?:\s+yet)?\b",
    re.I,
)
# "haven't seen Psycho yet, what's the motel like?", "never watched Solaris: is it slow?": an aside before the question
# that names the film (kept: it says which film), followed by what is asked.
_NOT_SEEN_THE_FILM = re.compile(
    r"^\W*(?:(?:i|we)\s+)?(?:have ?n[o']?t|havent|haven't|never|not|didn'?t|did not)\s+(?:seen|watched|finished|saw)\s+"
    r"(?!(?:it|this|that|the (?:film|movie|ending|end))\b)(?P<film>[^,;:.!?]{1,40}?)(?:\s+yet)?"
    r"\s*(?:[,;:.!]+|\s-)\s*(?=\w)",
    re.I,
)
# "whats psycho about ngl never seen it", "who's in it? not seen it yet": the same said last, without "I" (only at
# the end, after a break, a word of chat or "about", so "why has he never seen it" keeps its question).
_NOT_SEEN_AFTER = re.compile(
    r"(?:(?<=[?!.])\s*|[,;-]+\s*|\s+(?:(?:ngl|tbh|lol|honestly|btw|but|and|cuz|cause|bc|since)\s+)+|(?<=\babout)\s+)(?:i\s+)?"
    r"(?:have ?n[o']?t|havent|haven't|never|not)\s+(?:seen|watched|finished|saw)"
    r"(?:\s+(?:it|this|that|the (?:film|movie|ending)))?(?:\s+yet)?\W*$",
    re.I,
)
# "is the sixth sense scary, my little bro wants to watch": who wants it and why, said after the question.
_SOMEONE_ELSES_PLAN = re.compile(
    r",\s+(?:my|our) (?:[a-z]+ ){1,3}(?:wants?|wanna|is|are|needs?|likes?|loves?|hates?|gets?|asked|asks|says|said)"
    r"\b[^?]*$",
    re.I,
)
# "in simple words", "in easy english", "shortly": how the asker wants it told, not what is asked ("english" is no
# language asked after, "words" no word of the story).
_HOW_TOLD = re.compile(
    r"[,;]?\s*\b(?:in|with|using) (?:very |really )?(?:simple|easy|plain|basic|simpler|easier|short|few)"
    r" (?:words|english|terms|language|sentences)\b|[,;]?\s*\bshortly\b(?=\s*(?:[,.;!?]|$))",
    re.I,
)
# A tag checking a claim, with a question after it: "…, right? how does that work".
_TAG_THEN_QUESTION = re.compile(
    r"\s*,?\s*\b(?:right|correct|yeah|yes|no|isn['’]?t it|is that right|am i right|true)\s*\?\s+"
    # (only a question of the claim itself, "how does that work", "why is that": "same director right? what's that
    # one about" asks two things)
    r"(?=(?:and |so |but |then )?(?:how|why|what|where|when)(?:['’]s| is| does| did| was| do| would)? (?:that|this)\b"
    r"(?! one\b| film\b| movie\b))",
    re.I,
)
# "tell me a bit about Memento", "can you tell us a little about Solaris?": what it is about, as "tell me about" asks
# ("bit" and "little" were read as the story's words, and the question withheld).
_A_BIT_ABOUT = re.compile(
    r"\btell (?P<who>me|us) (?:a (?:little )?bit|a little|something|some things|a few things|a couple of things)"
    r" about\b",
    re.I,
)
# "in like two sentences", "in under 3 lines": a summary asked for, as "in short" asks it ("under 3 lines" was read
# as a title we lack, and "2 sentences" as words of a description).
_IN_FEW_WORDS = re.compile(IN_SO_MANY_WORDS, re.I)
# "… for a living? not the psycho one, this one": after the question, which film it is not about; the film is
# given otherwise (the option, or the question itself).
_NOT_THAT_ONE = re.compile(r"([?!.])\s*(?:no,?\s+)?not the [\w' -]{1,30}? (?:one|film|movie)\b[^?!.]*[?!.]*$", re.I)
# "whats citizen kane about? i have to watch it for my course": after the question, something about the asker.
# Also what someone else wants or says of it ("…? she wants to watch it next", "…? teacher says it's on the test",
# "…? planning a movie night"), and someone of the asker's told of after a comma ("whats memento about, my bro is
# obsessed").
_ABOUT_ME = re.compile(
    r"(\?)\s+(?:i|im|i'm|i've|ive|we|we're|were|my|our|planning|(?:the )?(?:teacher|tutor|prof|professor)"
    # "…? need to pick one for tonight": what the asker has to do
    r"|(?:need|needs|have|has|gotta|got|trying|want|wanna|going|gonna) to (?!know\b)"
    # "…? writing his wiki page", "…? prepping the quiz": what the asker is doing
    r"|(?:writing|making|doing|prepping|preparing|working on|updating|editing|building|finishing) (?:his|her|their|"
    r"my|our|the|a|an|this)"
    r"|(?:she|he|they)(?:['’]s| is| are|['’]re)? (?:wants?|wanna|might|needs?|says|said|asks|asked|going|plans?|"
    r"planning)\b)\b[^?]*[.!]?$"
    r"|(,)\s+(?:i['’]?m|im|i am|i was|i['’]?ve|ive) (?:so |really |a bit |kinda |totally )?(?:confused|lost|curious"
    r"|stuck|new|late|behind|tired)\b[^?,]*[.!]?$"
    # "what is rosebud, been wondering for ages", "…, just curious", "…, asking for a friend": why the asker asks
    r"|(,)\s+(?:(?:i['’]?ve |ive |i have )?been wondering|(?:just |i was |i['’]?m |im )?wondering|just curious"
    r"|asking for a (?:friend|mate))\b[^?,]*[.!]?$"
    # "does anyone die in it, i cant do sad stuff rn": what the asker can't or won't, after the question
    r"|(,)\s+(?:i (?:can['’]?t|cannot|don['’]?t|won['’]?t|hate|get)|i['’]?d rather)\b[^?,]*[.!]?$"
    r"|(,)\s+(?:my|our) (?:bro|brother|sis|sister|mum|mom|dad|nan|gran|grandad|grandma|grandpa|wife|husband|gf|bf"
    r"|girlfriend|boyfriend|partner|kids?|son|daughter|friends?|flatmate|roommate|teacher|class)\b[^?,]*[.!]?$"
    # "is solaris boring lol its like 3 hours", "is it boring lol my teacher is making us watch it": a laugh, then
    # the asker's own news, with no question in it
    r"|\s+(?:lol|lmao|lmfao|haha+|bruh|ngl|fr|tbh|smh)[,.!]*\s+(?:i|im|i['’]m|ive|i['’]ve|its|it['’]s|my|our|we"
    r"|we['’]re|were|the (?:teacher|class))\b[^?]*$"
    # "whats the theme of citizen kane for my essay its due tmrw": what it is for, said after the question
    r"|\s+for (?:my|our|a|the) (?:[\w'’-]+ )?(?:essay|paper|homework|class|assignment|project|report|exam|quiz"
    r"|presentation|seminar)\b[^?]*$",
    re.I,
)
# "Who is the composer... no sorry, who is the director of Vertigo?": the question taken back, then the one meant.
_CORRECTED = re.compile(
    r"^.{3,}?(?:[.?!,;:]|\.\.\.)\s*(?:no,?\s+)?(?:sorry|wait|oops|scratch that|my bad|actually)[,.!]?\s+"
    r"(?:i mean[t]?,?\s+)?(?=(?:" + WH + r"|is|does|did|was)\b)",
    re.I,
)
# "psycho i mean", "i meant Vertigo": the film named again after "which film?"; the words only steer.
_I_MEAN = re.compile(
    r"^\W*(?:(?:no|nah|wait|sorry|oops|oh|ah|ok|okay|my bad)\W+){0,3}i mean[t]?\b\W*|\W*\bi mean[t]?\W*$", re.I
)
# "i meant vertigo not psycho": the film meant, then the one it was not.
_NOT_THE_OTHER = re.compile(r"^(\W*[\w' ]{2,40}?)\s*,?\s+(?:and\s+)?not\s+(?:the\s+)?[\w' ]{2,40}\W*$", re.I)
# "what happens in the shower scene everyone talks about": who speaks of the scene, said after it, is no word of it
# ("everyone" found "everyone goes a little mad" in another scene).
_TALKED_ABOUT = re.compile(
    r"\s+(?:that |which )?(?:every(?:one|body)|people|folks|the internet|they)(?: \w+)?? (?:always |keeps? |still )?"
    r"(?:talks?|talking|talked|mentions?|mentioned|raves?|raving|rave|goes on|go on|complains?|memes?)"
    r"(?: about| of| on)?(?=\W*$)",
    re.I,
)
# "whats interstellar about then", "what's it about then?": "then" after "about" only goes on from what was said.
_ABOUT_THEN = re.compile(r"\babout\s+then\b(?=\W*$)", re.I)
# "… tho", "… pls thanks!", "…? thank you so much": words after the question that ask nothing.
_TRAILING_FILLER = re.compile(
    r"(?:[,.!]*\s+(?:tho|though|lol|lmao|pls|plz|please|thanks|thank you|thx|ty|cheers)"
    r"(?: (?:a lot|so much|very much|in advance))?[!.]*)+\s*([?!.]*)$",
    re.I,
)


# "The one where …", "that film which …": words that point at a film start a description, not a reaction.
_POINTING = frozenset({"the", "a", "that", "this", "it", "one", "is", "was", "not"})
# What an asker says of their own viewing before a question: "spoilers are fine now", "i've seen it".
_VIEWING_STATE = frozenset(
    {
        "spoilers",
        "spoiler",
        "fine",
        "now",
        "ready",
        "i",
        "im",
        "i'm",
        "ive",
        "i've",
        "we",
        "were",
        "we're",
        "weve",
        "we've",
        "have",
        "has",
        "seen",
        "watched",
        "finished",
        "done",
        "it",
        "all",
        "already",
        "are",
        "am",
        "is",
        "it's",
        "its",
        "go",
        "ahead",
        "dont",
        "don't",
        "mind",
        "care",
        "ok",
        "okay",
        "anyway",
        "whatever",
        # "ok i turned spoilers on, …"
        "turned",
        "switched",
        "put",
        "on",
        "them",
        "with",
    }
)
# Words that open a question without being part of it, besides the conversation words.
# ("also who's the lead?", "plus how long is it?": going on from the last question, as "and" does)
_LEAD_ONLY = frozenset(
    {"so", "and", "but", "well", "alright", "right", "ok", "okay", "cool", "sure", "thing", "also", "plus"}
)
