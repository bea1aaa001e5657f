"""The same dialogues typed the way people type in a chat: a greeting or a plea before the question, all lower case
without the question mark, thanks or an emoji after it, doubled question marks, no apostrophes, no punctuation, no
articles. A
rule that holds only for the written phrasing shows up as turns right as written and wrong with noise (`python
bench/dialogues.py --noise greeting`).

Only `ask` turns change; small talk (whose words are the point) and turns typed as a slash command keep theirs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

# Each rewrite keeps what is asked: the expectations of the turn still hold.
NOISE: dict[str, Callable[[str], str]] = {
    "greeting": lambda text: "hey bot, " + text[:1].lower() + text[1:],
    "lower": lambda text: re.sub(r"\?+\s*$", "", text.lower()).strip(),
    "thanks": lambda text: text.rstrip() + " thanks!",
    "marks": lambda text: re.sub(r"\?\s*$", "", text.rstrip()) + "??",
    "emoji": lambda text: text.rstrip() + " 🤔",
    "please": lambda text: "pls " + text[:1].lower() + text[1:],
    "apostrophes": lambda text: re.sub(r"['’]", "", text),
    "bare": lambda text: " ".join(re.sub(r"[^\w\s'’-]", " ", text).split()),
    "slang": lambda text: _slang(text),
    "spaced": lambda text: re.sub(r"\s*([?!.])\s*$", r" \1", text.rstrip()) if re.search(r"[?!.]\s*$", text) else text,
    # As someone learning English types: no articles ("who is killer in Se7en?"), except inside a capitalised title.
    "articles": lambda text: " ".join(re.sub(r"\b(?:the|a|an) (?![A-Z])", "", text).split()),
}


_SLANG = {
    "are": "r",
    "you": "u",
    "your": "ur",
    "about": "abt",
    "with": "w/",
    "because": "bc",
    "what": "wat",
    "people": "ppl",
    "please": "pls",
    "really": "rly",
    "though": "tho",
}


def _slang(text: str) -> str:
    """Chat spellings of everyday words ("wat r the detectives called", "whats it abt")."""
    return re.sub(r"\b[A-Za-z]+\b", lambda m: _SLANG.get(m.group().lower(), m.group()), text)


def with_noise(dialogues: list, kind: str) -> list:
    """`dialogues` (bench/dialogues.py's) with every ask turn rewritten by the noise `kind`."""
    rewrite = NOISE[kind]
    return [
        dataclasses.replace(
            dialogue,
            turns=tuple(
                dataclasses.replace(turn, ask=rewrite(turn.ask))
                if turn.ask is not None and not turn.ask.startswith("/") and "small-talk" not in turn.tags
                else turn
                for turn in dialogue.turns
            ),
        )
        for dialogue in dialogues
    ]
