"""Films found by description, with spoilers off: spoiler descriptions never name their film; safe ones do.

    python bench/descriptions.py            # every bundled film (a few seconds)

Asking about a film without naming it ("which film has a detective who is afraid of heights?") is answered by
content search, and an answer names the film it found. With spoilers off that is safe only when what the question
describes is something anyone may see: naming the film for a description of its twist confirms the twist (issue 10:
"a refusal never confirms which film a spoiler-laden question describes", and neither does an answer).

Questions are built from every sentence of each bundled film, in seven phrasings (`PHRASINGS`: "which film has a
scene where <sentence>?", "the movie where <sentence>: who directed it?", "<sentence>. what's it called?", …), in
two lengths (the whole sentence; its first
eight content words), and asked with no film named, spoilers off:

- spoiler descriptions: sentences of spoiler passages holding at least one content word the film's safe text
  never uses (compared by a 5-letter prefix, independently of the bot's stemmer). Counted: replies naming the
  film (**confirmations**, target 0) — whatever the status, since naming it is the confirmation.
- safe descriptions: sentences of the safe story text (premise and safe plot). Counted: replies naming the film
  (found), naming another film (wrong film), naming none (not found: asked "which film?" or withheld).

Sentences naming the film (its title or an alias) are left out: the asker named it. Spoiler sentences whose
every content word is in the safe text are reported apart: they describe hidden events in visible words, and
whether naming the film for them confirms anything depends on the combination.

The summaries' own sentences are not how people describe a twist ("leonard killed his own wife"). Claims written by
hand in other words (`bench/paraphrases/`, spoiler and safe) are asked in the same phrasings, in two splits: `tune`,
whose failures are written out, and `held`, only counted, so that a rule is not fitted to them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

try:
    from bench.common import OUT, md_table
except ImportError:  # run as a script: bench/ itself is on sys.path
    from common import OUT, md_table  # type: ignore

from bench.quality import build_engine
from bench.spoilers import content_words, load_samples
from corpus.models import Film, SectionKind
from corpus.text import split_sentences
from index.spoilers import SpoilerScope
from index.tokenize import is_stopword

PREFIX = 5
SHORT = 8
PHRASINGS = (
    "which film has a scene where {d}?",
    "the movie where {d}: who directed it?",
    # Shapes read as descriptions since Dec 2: no article, the name asked after, a search announced first.
    "old film where {d}",
    "{d}. what's it called?",
    "I'm looking for a film: {d}",
    # "one" standing for the film (Dec 2, 08:00–11:00).
    "whats the one where {d}",
    # The description a sentence of its own, the question after it (Dec 2, 11:40–14:40).
    "the film where {d}. Who directed it?",
    # A request to be told about the film described (Dec 3, 09:51–12:51).
    "ok can you tell me about the movie where {d}",
    "what do you know about the film where {d}?",
)
_WORD = re.compile(r"[^\W_]+")
PARAPHRASES = Path(__file__).resolve().parent / "paraphrases"
# The rows of descriptions asked right after a question about their own film.
AFTER = ", after a question about it"


@dataclass(frozen=True)
class Description:
    film: str
    kind: str  # spoiler / spoiler in safe words / safe, or one of them "paraphrased (split)"
    question: str


def _keys(text: str) -> set[str]:
    return {w[:PREFIX] for w in _WORD.findall(text.casefold())}


def _as_description(sentence: str, short: bool) -> str:
    words = content_words(sentence)[:SHORT] if short else [sentence.rstrip(".!?;: ")]
    text = " ".join(words)
    first = text.split()[0] if text else ""
    # A sentence's capital is no name ("He starts…", "At seven o'clock…"): typed mid-question it is lower case.
    return text[:1].lower() + text[1:] if is_stopword(first) else text


def descriptions(film: Film) -> list[Description]:
    safe_text = " ".join(p.text for p in film.passages if not p.spoiler)
    safe_keys = _keys(safe_text) | _keys(film.title)
    found: list[Description] = []
    titles = sorted({film.title, *film.aliases}, key=len, reverse=True)
    names = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in titles) + r")\b", re.I)
    for passage in film.passages:
        if passage.section_kind is SectionKind.FACTS:
            continue
        if not passage.spoiler and passage.section_kind not in (SectionKind.PREMISE, SectionKind.PLOT):
            continue
        for sentence in split_sentences(passage.text):
            words = content_words(sentence)
            if len(words) < 3 or names.search(sentence):
                # A sentence naming the film ("the Stalker", "Kane") is no description of an unnamed film.
                continue
            if passage.spoiler:
                own = {w.casefold()[:PREFIX] for w in words} - safe_keys
                kind = "spoiler" if own else "spoiler in safe words"
            else:
                kind = "safe"
            for short in (False, True):
                for phrasing in PHRASINGS:
                    found.append(Description(film.id, kind, phrasing.format(d=_as_description(sentence, short))))
    return list({d.question: d for d in found}.values())


def paraphrased(films: list[Film]) -> list[Description]:
    """The hand-written claims about the films loaded, in every phrasing; kinds "spoiler paraphrased (tune)", …"""
    loaded = {film.id for film in films}
    found: list[Description] = []
    for split in ("tune", "held"):
        path = PARAPHRASES / f"{split}.jsonl"
        for line in path.read_text().splitlines():
            claim = json.loads(line)
            if claim["film"] not in loaded:
                continue
            kind = f"{claim['kind']} paraphrased ({split})"
            found += [Description(claim["film"], kind, p.format(d=claim["description"])) for p in PHRASINGS]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--failures", default=str(OUT / "description_failures.jsonl"))
    args = parser.parse_args(argv)
    films = load_samples()
    if not films:
        print("SKIP: no bundled films")
        return 0
    started = time.perf_counter()
    engine = build_engine(films, "disk")
    totals: Counter = Counter()
    outcomes: Counter = Counter()
    failures: list[dict] = []
    asked = [d for film in films for d in descriptions(film)] + paraphrased(films)
    for d in asked:
        for after in (False, True):
            # Also asked right after a question about the film itself ("who directed Psycho?", then "the film
            # where the motel owner is the killer"): answering it about the film asked of last names it too.
            answer = engine.ask(d.question, scope=SpoilerScope.off(), context_film=d.film if after else None)
            named = answer.film.id if answer.film is not None else None
            outcome = "named the film" if named == d.film else ("named another film" if named else "named none")
            kind = f"{d.kind}{AFTER if after else ''}"
            totals[kind] += 1
            outcomes[kind, outcome] += 1
            spoiler = d.kind == "spoiler" or d.kind.startswith("spoiler paraphrased")
            safe = d.kind == "safe" or d.kind.startswith("safe paraphrased")
            bad = (spoiler and named is not None) or (safe and named != d.film)
            # The held split's failures are counted, never written: nothing is tuned on them.
            if bad and "(held)" not in d.kind:
                failures.append(
                    {
                        "kind": kind,
                        "film": d.film,
                        "question": d.question,
                        "outcome": outcome,
                        "status": answer.status.value,
                        "answer": answer.answer,
                    }
                )
    rows = []
    kinds = (
        "spoiler",
        "spoiler in safe words",
        "safe",
        *(f"{kind} paraphrased ({split})" for kind in ("spoiler", "safe") for split in ("tune", "held")),
    )
    for kind in (*kinds, *(f"{k}{AFTER}" for k in kinds)):
        n = totals[kind]
        row = [kind, n]
        for outcome in ("named the film", "named another film", "named none"):
            count = outcomes[kind, outcome]
            row.append(f"{count} ({count / n:.1%})" if n else "0")
        rows.append(row)
    print("# Films found by description (spoilers off)\n")
    print(f"{len(films)} films, {sum(totals.values())} questions, {time.perf_counter() - started:.1f} s.\n")
    print(md_table(["descriptions", "questions", "named the film", "named another film", "named none"], rows))
    print(
        "\nTargets: spoiler descriptions name their film in 0 questions (a confirmation); safe descriptions name"
        " their film as often as possible and another film seldom."
    )
    statuses = Counter(f["status"] for f in failures if f["kind"].startswith("spoiler"))
    held = sum(
        outcomes[f"spoiler paraphrased (held){after}", outcome]
        for after in ("", AFTER)
        for outcome in ("named the film", "named another film")
    )
    print(f"\nHeld-out paraphrased spoilers naming a film: {held} (not written out).")
    if statuses:
        print(f"\nConfirmations by status: {dict(statuses)}")
    path = Path(args.failures)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in failures))
    print(f"\n{len(failures)} failing questions written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
