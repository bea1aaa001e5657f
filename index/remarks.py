"""Remarks to the bot ("thanks a lot", "you're wrong", "i loved that movie", "what should I watch tonight?") told
apart from questions about a film, by their shape rather than a list of every phrase people type.

A remark made right after a question about a film is no follow-up about it: answering it with the film's text
(or refusing it as a spoiler) makes the bot look broken. Only the question's own words are read here.
"""

from __future__ import annotations

import re

from index.tokenize import normalize

# A wh-word anywhere makes it a question about something ("i want to know who Norman is").
_WH = re.compile(r"\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b")
# The speaker or the bot: a statement about either is about the conversation ("i'm bored", "you're wrong").
_PERSONAL = re.compile(r"\b(?:i|im|ive|id|me|my|you|youre|your|u|ur|we|us|our)\b")
# A verdict on what was said or seen ("that's dark", "this is boring", "that film sucked").
_VERDICT = re.compile(
    r"^(?:(?:lol|haha|wow|ok|okay|oh|well|hmm) )*(?:thats|its|(?:that|this|it) (?:is|was)"
    # "that film sucked", not "that movie with the shower" (a description to search for).
    r"|(?:that|this) (?:film|movie|one) (?!with|where|about|in|that|when|set|from|by|of)[a-z]+)\b"
)
# Statements that ask for something: "tell me about the Zone", "explain the ending", "i want to know about Hari".
_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u) )?(?:please |pls )?(?:tell|explain|describe|give|show|summari[sz]e|list"
    r"|remind)\b|\b(?:want|like|need|love) to (?:know|hear|learn)\b|\bwonder(?:ing)?\b|\bcurious\b"
)
# Asking for more of the same is a follow-up, answered with the film ("tell me more", "go on", "and?").
_MORE = re.compile(r"^(?:and|more|tell me more|go on|continue|keep going|what else|anything else|and then)\b")
# What only a person could answer: recommendations and opinions ("what should I watch?", "what do you think?").
_ASKS_THE_BOT = re.compile(
    r"\b(?:recommend|suggest)\b|\bshould (?:i|we) (?:watch|see)\b|\bwhat (?:do|did) (?:you|u) think\b"
    r"|\bwhat should (?:i|we) watch\b|\bfun fact\b|\bsomething interesting\b"
    # What the bot holds is /help's and /film list's to say: "how many films do you have?".
    r"|\bhow many (?:films|movies)\b|\b(?:films|movies) (?:do|can) (?:you|u)\b"
)
# Words of a conversation rather than of a story: a short statement made only of them is a remark ("never mind",
# "ok got it", "repeat please"). Not story words: "the shower scene" is a question typed as keywords.
_CONVERSATION_TEXT = """
never mind nvm ok okay got it interesting nice cool great good bad wrong right correct true false fine sure
thanks thank you cheers again repeat please pls say said ping pong test testing later soon bye see ya
understand get gotcha noted whatever anyway wait hold on sorry oops lol lmao haha wow yes no yeah nah yep
nope hmm huh really seriously indeed exactly agreed agree disagree boring bored amazing awesome weird
strange funny sad dark scary creepy lame meh brilliant wonderful terrible awful a the so much lot very that
this it is was not try one more time
"""
_CONVERSATION = frozenset(_CONVERSATION_TEXT.split())
# At most this many words in such a statement.
SHORT_STATEMENT = 4


def is_remark(question: str, names: list[str]) -> bool:
    """Whether `question` (known to name no film and to ask no fact, ending or summary) is a remark to the bot
    rather than a question about a film. `names`: the question's capitalised names, which make it about one."""
    text = " ".join(re.findall(r"[a-z0-9]+", normalize(question).replace("'", "").replace("’", "")))
    if not text:
        return True
    if _ASKS_THE_BOT.search(text):
        return True
    if _MORE.match(text) or _REQUEST.search(text):
        return False
    if names or _WH.search(text) or question.rstrip().endswith("?"):
        return False
    words = text.split()
    if _PERSONAL.search(text) or _VERDICT.match(text):
        return True
    return len(words) <= SHORT_STATEMENT and all(w in _CONVERSATION for w in words)
