"""Spoiler safety on the bundled corpus: leak rate with spoilers off, over-blocking, and `upto` limits.

    python bench/spoilers.py            # every bundled film, every probe (about a minute)
    python bench/spoilers.py --quick    # 4 films, fewer probes per spoiler sentence

Each file in corpus/samples/ is parsed with `parse_document` into one `Engine`
(content search: the index on disk, in a temp dir).

Leaks (spoilers off). Probes are built from every spoiler sentence: generated questions ("what happens when
…", "why does <Name> <verb> …", "who <verb>s …", the content words alone), paraphrases (words dropped,
synonyms, words reordered) and adversarial ones ("ignore spoilers and tell me the ending of X", "what happens
at 99% of X", "X ending", a spoiler phrase quoted verbatim, "is it true that <spoiler sentence>?"), each asked
with the film given and not given. A leak is any output text (the answer and the shown passages; the chosen
film's title is fine) holding a whole spoiler sentence or any 5-word shingle of spoiler-only text (a shingle
that never occurs in the film's safe text), or a shown passage flagged spoiler. Target: 0.

Over-blocking (spoilers off). Questions whose answer is in the facts or the premise: director, runtime, year,
language, country, writer, genre, cast, "who is <Name>" / "what is <thing>" for names in the premise, and
questions built from premise sentences with a name blanked out (also with everyday words the summary does
not use, "in the story", "early in the movie"). An over-block is status `withheld`, or an
answer not holding the expected fact. Target: ≤ 5%.

Progress limits. Every probe again under upto 10/30/50/70/90% and under time limits (at and one minute
before each time mark, for films that have them). A violation: a shown spoiler passage that ends past the
limit (its own time mark past a time limit), a shown passage that is not one of the film's passages, or
output text holding a shingle of the text the limit hides. Target: 0.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

try:
    from bench.common import OUT, ROOT, md_table
except ImportError:  # run as a script
    from common import OUT, ROOT, md_table  # type: ignore

from bench.probe_films import HIDDEN_WORDS, documents
from bench.probe_films import QUESTIONS as PROBE_QUESTIONS
from bench.quality import build_engine
from bench.story_oracle import Bound, allowed, passage_bounds
from corpus.detect import is_document_name
from corpus.load import parse_document
from corpus.models import Film, Passage, SectionKind
from corpus.text import split_sentences
from index.answer_model import Answer, Status
from index.spoilers import ScopeMode, SpoilerScope
from index.tokenize import is_stopword

SAMPLES = ROOT / "corpus" / "samples"
SHINGLE = 5
FRACTIONS = (0.1, 0.3, 0.5, 0.7, 0.9)
_WORD = re.compile(r"[A-Za-z0-9À-ÿ][\w'’-]*")
_NORM_WORD = re.compile(r"[^\W_]+")

SYNONYMS = {
    "kills": "murders",
    "killed": "murdered",
    "kill": "murder",
    "dies": "is killed",
    "died": "was killed",
    "death": "demise",
    "reveals": "discloses",
    "revealed": "disclosed",
    "discovers": "finds out",
    "finds": "discovers",
    "found": "discovered",
    "shoots": "fires at",
    "shot": "gunned down",
    "tells": "informs",
    "told": "informed",
    "wife": "spouse",
    "husband": "spouse",
    "father": "dad",
    "mother": "mom",
    "body": "corpse",
    "car": "vehicle",
    "house": "home",
    "gun": "pistol",
    "police": "cops",
    "murder": "killing",
    "escape": "flee",
    "returns": "comes back",
    "leaves": "departs",
    "ends": "finishes",
    "end": "finale",
    "realizes": "understands",
    "realises": "understands",
    "secret": "hidden truth",
    "real": "true",
    "dead": "deceased",
    "girl": "young woman",
    "man": "guy",
}

ADVERSARIAL = (
    "ignore spoilers and tell me the ending of {t}",
    "what happens at 99% of {t}?",
    "{t} ending",
    "how does {t} end?",
    "what is the twist in {t}?",
    "who dies in {t}?",
    "who is the killer in {t}?",
    "what is revealed at the end of {t}?",
    "spoilers on: what happens in the last scene of {t}?",
    "tell me everything that happens in {t}, I don't mind spoilers",
    "summarise the whole plot of {t} including the ending",
    "/spoilers on what is the final scene of {t}",
    "upto:100% what happens in {t}?",
    "what is the big secret of {t}?",
    "who survives at the end of {t}?",
)

FACT_QUESTIONS = {
    "director": ("who directed {t}?", "who is the director of {t}?", "{t} director"),
    "runtime": ("how long is {t}?", "what is the runtime of {t}?", "how many minutes is {t}?"),
    "year": ("what year did {t} come out?", "when was {t} released?"),
    "language": ("what language is {t} in?",),
    "country": ("what country is {t} from?",),
    "writer": ("who wrote {t}?", "who wrote the screenplay of {t}?"),
    "genre": ("what genre is {t}?",),
    "cast": ("who stars in {t}?", "who is in the cast of {t}?"),
}


# ---- text helpers ------------------------------------------------------------------------------------------


_POSSESSIVE = re.compile(r"['’]s\b")
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Lt", "Sgt", "Capt"})


def norm_words(text: str) -> list[str]:
    return _NORM_WORD.findall(_POSSESSIVE.sub("", text.casefold()).replace("'", "").replace("’", ""))


def bare_name(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip("'’")


def shingles(text: str, n: int = SHINGLE) -> set[tuple[str, ...]]:
    words = norm_words(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def norm_text(text: str) -> str:
    return " ".join(norm_words(text))


def content_words(sentence: str) -> list[str]:
    return [w for w in _WORD.findall(sentence) if len(w) > 2 and not is_stopword(w)]


# ---- what a scope may show, decided here independently of index/spoilers.py --------------------------------


@dataclass(frozen=True)
class Limit:
    label: str
    scope: SpoilerScope
    fraction: float | None = None
    seconds: int | None = None

    def allows(self, passage: Passage, bounds: dict[int, Bound]) -> bool:
        """Decided from bench/story_oracle.py's paragraph-level reading of the document, not from the passage
        fields index/spoilers.py reads: the first version here re-implemented that function, and so agreed
        with it when it showed untimed paragraphs after a mark under an earlier limit (issue 9)."""
        if not passage.spoiler:
            return True
        bound = bounds.get(passage.ordinal)
        return bound is not None and allowed(bound, fraction=self.fraction, seconds=self.seconds)


OFF = Limit("off", SpoilerScope.off())


@dataclass
class Guard:
    """For one film and one limit: the text that must not appear and the passages that may."""

    forbidden_shingles: set[tuple[str, ...]]
    forbidden_sentences: list[str]
    allowed_texts: dict[str, Passage]
    hidden_texts: dict[str, Passage]


_BOUNDS: dict[str, dict[int, Bound]] = {}


def bounds_of(film: Film) -> dict[int, Bound]:
    if film.id not in _BOUNDS:
        _BOUNDS[film.id] = passage_bounds(film)
    return _BOUNDS[film.id]


def guard_for(film: Film, limit: Limit) -> Guard:
    bounds = bounds_of(film)
    allowed_passages = [p for p in film.passages if limit.allows(p, bounds)]
    hidden = [p for p in film.passages if not limit.allows(p, bounds)]
    safe_shingles: set[tuple[str, ...]] = set()
    for p in allowed_passages:
        safe_shingles |= shingles(p.text)
    safe_norm = " \n ".join(norm_text(p.text) for p in allowed_passages)
    forbidden: set[tuple[str, ...]] = set()
    sentences: list[str] = []
    for p in hidden:
        forbidden |= shingles(p.text) - safe_shingles
        for sentence in split_sentences(p.text):
            normed = norm_text(sentence)
            if len(normed.split()) >= 3 and normed not in safe_norm:
                sentences.append(normed)
    return Guard(forbidden, sentences, {p.text: p for p in allowed_passages}, {p.text: p for p in hidden})


def output_texts(answer: Answer) -> list[str]:
    return [answer.answer, *(p.text for p in answer.passages)]


def leak_reasons(answer: Answer, guard: Guard, question: str) -> list[str]:
    """Why this answer leaks text the guard hides; the asker's own words do not count."""
    reasons: list[str] = []
    asked = shingles(question)
    asked_norm = norm_text(question)
    for text in output_texts(answer):
        normed = norm_text(text)
        hits = (shingles(text) & guard.forbidden_shingles) - asked
        if hits:
            reasons.append("shingle: " + " ".join(sorted(hits)[0]))
        for sentence in guard.forbidden_sentences:
            if sentence in normed and sentence not in asked_norm:
                reasons.append("sentence: " + sentence[:80])
                break
    return reasons


# ---- probes ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    family: str  # generated / paraphrase / adversarial
    kind: str
    question: str


def names_in(film: Film) -> set[str]:
    """Capitalised words, not sentence-initial somewhere and never written lower-case: names of people and places."""
    names: set[str] = set()
    lower: set[str] = set()
    for passage in film.passages:
        if passage.section_kind is SectionKind.FACTS:
            continue
        for sentence in split_sentences(passage.text):
            words = _WORD.findall(sentence)
            lower.update(bare_name(w) for w in words if w[:1].islower())
            for word in words[1:]:
                bare = bare_name(word)
                if bare[:1].isupper() and not is_stopword(bare) and len(bare) > 2 and bare not in _HONORIFICS:
                    names.add(bare)
    return {name for name in names if name.lower() not in lower}


def sentence_probes(sentence: str, names: set[str], rng: random.Random, per_family: int) -> list[Probe]:
    words = _WORD.findall(sentence)
    content = content_words(sentence)
    if len(content) < 2:
        return []
    probes: list[Probe] = [
        Probe("generated", "what happens when", "what happens when " + " ".join(content[:4]).lower() + "?"),
        Probe("generated", "keywords", " ".join(content) + "?"),
    ]
    for i, word in enumerate(words):
        bare = bare_name(word)
        if bare in names and i + 1 < len(words) and words[i + 1][:1].islower():
            verb = words[i + 1]
            rest = [w for w in content if w not in (word, verb)][:3]
            probes.append(
                Probe(
                    "generated",
                    "why does",
                    f"why does {bare} {verb} {' '.join(rest)}?".lower().replace(bare.lower(), bare),
                )
            )
            probes.append(Probe("generated", "who verbs", "who " + " ".join(words[i + 1 : i + 8]) + "?"))
            break
    subject = next((w for w in content if w in names), content[0])
    probes.append(Probe("generated", "what does X do", f"what does {subject} do after {' '.join(content[1:4])}?"))
    for _ in range(per_family):
        kept = [w for w in words if rng.random() > 0.4] or words[:3]
        probes.append(Probe("paraphrase", "dropped words", " ".join(kept) + "?"))
        swapped = [SYNONYMS.get(w.lower(), w) for w in words]
        probes.append(Probe("paraphrase", "synonyms", " ".join(swapped) + "?"))
        shuffled = content[:]
        rng.shuffle(shuffled)
        probes.append(Probe("paraphrase", "reordered", "why " + " ".join(shuffled) + "?"))
    if len(words) >= 6:
        start = rng.randrange(0, len(words) - 5)
        span = " ".join(words[start : start + min(8, len(words) - start)])
        probes.append(Probe("adversarial", "quoted phrase", f'what does "{span}" mean in the story?'))
    probes.append(Probe("adversarial", "is it true", f"is it true that {sentence.rstrip('.!?')}?"))
    return probes


def film_probes(film: Film, rng: random.Random, quick: bool) -> list[Probe]:
    names = names_in(film)
    probes: list[Probe] = []
    for passage in film.passages:
        if not passage.spoiler:
            continue
        for sentence in split_sentences(passage.text):
            probes += sentence_probes(sentence, names, rng, 1)
    if quick:
        rng.shuffle(probes)
        probes = probes[:60]
    probes += [Probe("adversarial", "template", q.format(t=film.title)) for q in ADVERSARIAL]
    probes += [Probe("hand-written", "probe film", q) for q in PROBE_QUESTIONS.get(film.id, ())]
    return probes


@dataclass(frozen=True)
class SafeQuestion:
    family: str  # fact:<name> / premise who-is / premise cloze
    question: str
    expected: str  # normalised; the answer must contain it


def fact_values(film: Film) -> dict[str, str]:
    facts = film.facts
    values = {
        "director": facts.director.split()[-1] if facts.director else None,
        "runtime": str(facts.runtime_minutes) if facts.runtime_minutes else None,
        "year": str(film.year) if film.year else None,
        "language": facts.language.split(",")[0].split()[0] if facts.language else None,
        "country": facts.country.split(",")[0].strip() if facts.country else None,
        "writer": re.split(r",| and ", facts.writer)[0].split()[-1] if facts.writer else None,
        "genre": facts.genre.split()[0] if facts.genre else None,
        "cast": facts.cast[0].split()[-1] if facts.cast else None,
    }
    return {k: v for k, v in values.items() if v}


def safe_questions(film: Film, rng: random.Random, quick: bool) -> list[SafeQuestion]:
    questions: list[SafeQuestion] = []
    for fact, value in fact_values(film).items():
        for template in FACT_QUESTIONS[fact]:
            questions.append(SafeQuestion(f"fact:{fact}", template.format(t=film.title), norm_text(value)))
    premise = [p for p in film.passages if not p.spoiler and p.section_kind is not SectionKind.FACTS]
    names = names_in(film)
    seen_names: set[str] = set()
    cloze: list[SafeQuestion] = []
    for passage in premise:
        for sentence in split_sentences(passage.text):
            words = _WORD.findall(sentence)
            for word in words:
                bare = bare_name(word)
                if bare in names and bare not in seen_names and norm_text(bare) not in norm_text(film.title):
                    seen_names.add(bare)
                    asking = "what" if len(content_words(sentence)) and bare.isupper() else "who"
                    questions.append(SafeQuestion("premise who/what is", f"{asking} is {bare}?", norm_text(bare)))
            # Cloze: blank out the first name in the sentence, ask for it.
            for i, word in enumerate(words):
                bare = bare_name(word)
                if bare in names and norm_text(bare) not in norm_text(film.title):
                    rest = [*words[:i], "who", *words[i + 1 :]]
                    if len(content_words(" ".join(rest))) >= 3:
                        question = " ".join(rest[i:] if i == 0 else rest) + "?"
                        cloze.append(SafeQuestion("premise cloze", question[0].upper() + question[1:], norm_text(bare)))
                        # As people type it: a word the summary never uses ("story", "scene", "movie").
                        filler = rng.choice(
                            ("in the story", "early in the movie", "in the first scenes", "at the start of the plot")
                        )
                        cloze.append(
                            SafeQuestion(
                                "premise cloze + everyday words",
                                question[0].upper() + question[1:-1] + f" {filler}?",
                                norm_text(bare),
                            )
                        )
                    break
    if quick:
        rng.shuffle(cloze)
        cloze = cloze[:12]
    return questions + cloze


# ---- opting out after opting in, through the service the Discord cogs use ----------------------------------

# Each sequence ends with spoilers off for the probed film at some level, after an "on" at another: the probed
# film's spoilers must stay hidden from the asker, in public and in private. (who, film or every film, scope)
OPT_OUTS: dict[str, list[tuple[str, bool, str]]] = {
    "me: on for all, off for the film": [("me", False, "on"), ("me", True, "off")],
    "me: on for the film, off for all": [("me", True, "on"), ("me", False, "off")],
    "me: up to 90% for all, off for the film": [("me", False, "90%"), ("me", True, "off")],
    "channel: on for all; me: off for the film": [("channel", False, "on"), ("me", True, "off")],
    "channel: on for the film; me: off for the film": [("channel", True, "on"), ("me", True, "off")],
    "channel: on for all; me: off for all": [("channel", False, "on"), ("me", False, "off")],
    "me: on for all; channel: off for the film": [("me", False, "on"), ("channel", True, "off")],
    "channel: on for all, off for the film": [("channel", False, "on"), ("channel", True, "off")],
}


async def _opt_out_run(
    films: list[Film], probes: dict[str, list[Probe]], guards: dict[str, Guard]
) -> tuple[Counter, Counter, Counter, list[dict]]:
    """(questions, leaks, control flags) per sequence, and failures. The control drops each sequence's last
    step (the "off"), so the same questions should then show spoilers: a 0 above it is not a blind check."""
    import tempfile

    from bot.service import Asker, FilmService

    asked: Counter = Counter()
    leaks: Counter = Counter()
    control: Counter = Counter()
    failures: list[dict] = []
    with tempfile.TemporaryDirectory() as folder:
        async with await FilmService.open(Path(folder) / "bench.db") as service:
            for name, data in documents():
                await service.add_document(data, name, guild_id=None, actor="bench", replace=True)
            channel = 1000
            for film in films:
                for sequence, steps in OPT_OUTS.items():
                    for with_off in (True, False):
                        channel += 1
                        asker, mod = Asker(1, channel, 77), Asker(2, channel, 77)
                        for who, one_film, scope in steps if with_off else steps[:-1]:
                            actor = mod if who == "channel" else asker
                            film_arg = film.id if one_film else None
                            if scope == "off":
                                await service.clear_spoilers(actor, channel_wide=who == "channel", film=film_arg)
                            else:
                                await service.set_spoilers(
                                    actor,
                                    channel_wide=who == "channel",
                                    film=film_arg,
                                    upto=None if scope == "on" else scope,
                                    duration=None,
                                )
                        for probe in probes[film.id]:
                            for given in (True, False):
                                result = await service.ask_as(asker, probe.question, film.id if given else None)
                                seen = [result.public] + ([result.private] if result.private else [])
                                reasons = [
                                    r for answer in seen for r in leak_reasons(answer, guards[film.id], probe.question)
                                ]
                                if not with_off:
                                    control[sequence] += bool(reasons)
                                    continue
                                asked[sequence] += 1
                                if reasons:
                                    leaks[sequence] += 1
                                    failures.append(
                                        {
                                            "check": "opt-out",
                                            "film": film.id,
                                            "sequence": sequence,
                                            "question": probe.question,
                                            "film_given": given,
                                            "reasons": reasons[:5],
                                        }
                                    )
    return asked, leaks, control, failures


# ---- the run -----------------------------------------------------------------------------------------------


@dataclass
class FilmTally:
    spoiler_sentences: int = 0
    probes: int = 0
    leaks: int = 0
    safe: int = 0
    overblocked: int = 0
    wrong_film: int = 0
    upto_checks: int = 0
    upto_violations: int = 0
    by_family: Counter = field(default_factory=Counter)
    leaks_by_family: Counter = field(default_factory=Counter)


def load_samples() -> list[Film]:
    """The bundled films, then the benchmark's own probe films (bench/probe_films.py)."""
    films = []
    for path in sorted(SAMPLES.iterdir()):
        if is_document_name(path.name):
            films.append(parse_document(path.read_bytes(), path.name, loaded_by="bench"))
    films += [parse_document(data, name, loaded_by="bench") for name, data in documents()]
    return films


def spoiler_headings(film: Film) -> set[str]:
    """Headings that only spoiler passages carry: themselves spoiler text (issue 9)."""
    safe = {p.section for p in film.passages if not p.spoiler}
    return {p.section for p in film.passages if p.spoiler and p.section not in safe}


def heading_leaks(answer: Answer, film: Film, limit: Limit) -> list[str]:
    """A spoiler section's heading cited to a reader whose scope is not fully on."""
    if limit.scope.mode is ScopeMode.ON:
        return []
    headings = spoiler_headings(film)
    cited = [answer.cited_section or "", *(p.section for p in answer.passages)]
    return [f"heading: {h[:60]}" for h in cited if h in headings]


def hidden_word_leaks(answer: Answer, film_id: str) -> list[str]:
    """Hand-labelled twist words of a probe film in an answer given with spoilers off."""
    text = " ".join(output_texts(answer)).casefold()
    return [f"hidden word: {w}" for w in HIDDEN_WORDS.get(film_id, ()) if w.casefold() in text]


def names_film(question: str, film: Film) -> bool:
    """Whether the asker named the film (its title or an alias), which a reply may then name too."""
    asked = f" {norm_text(question)} "
    return any(f" {norm_text(name)} " in asked for name in (film.title, *film.aliases))


def confirmation(answer: Answer, film_by_id: dict[str, Film], question: str, given: bool) -> list[str]:
    """A refusal that names a film the asker did not name confirms that the film's hidden part fits the
    question (issue 9): "That would spoil X" for "which film has a psychologist who is dead all along?"."""
    if given or answer.status is not Status.WITHHELD or answer.film is None:
        return []
    film = film_by_id.get(answer.film.id)
    if film is not None and names_film(question, film):
        return []
    return [f"withheld answer names {answer.film.title}, which the question does not name"]


def limits_for(film: Film) -> list[Limit]:
    limits = [Limit(f"upto {f:.0%}", SpoilerScope(mode="upto", upto_fraction=f), fraction=f) for f in FRACTIONS]
    marks = sorted({p.time_mark for p in film.passages if p.time_mark is not None})
    for mark in marks:
        # At and around every mark: a minute and a second before and after it.
        for seconds in (max(mark - 60, 0), max(mark - 1, 0), mark, mark + 1, mark + 60):
            limits.append(
                Limit(
                    f"upto {seconds // 3600}:{seconds % 3600 // 60:02d}",
                    SpoilerScope(mode="upto", upto_seconds=seconds),
                    seconds=seconds,
                )
            )
    if film.facts.runtime_minutes and not marks:
        seconds = film.facts.runtime_minutes * 30  # half-way by the clock, through the runtime
        limits.append(
            Limit(
                f"upto {seconds // 3600}:{seconds % 3600 // 60:02d} (runtime)",
                SpoilerScope(mode="upto", upto_seconds=seconds),
                seconds=seconds,
            )
        )
    return list({lim.label: lim for lim in limits}.values())


def position_violations(answer: Answer, film_by_id: dict[str, Film], limit: Limit) -> list[str]:
    problems = []
    for shown in answer.passages:
        film = film_by_id.get(shown.film_id)
        if film is None:
            problems.append(f"shown passage of unknown film {shown.film_id}")
            continue
        match = next((p for p in film.passages if p.text == shown.text), None)
        if match is None:
            problems.append("shown text is not one of the film's passages")
        elif not limit.allows(match, bounds_of(film)):
            problems.append(
                f"passage {match.ordinal} ends at {match.position_end:.2f}"
                f"{f' (mark {match.time_mark}s)' if match.time_mark is not None else ''} "
                f"past {limit.label}"
            )
        elif shown.spoiler != match.spoiler:
            problems.append(f"passage {match.ordinal} spoiler flag differs")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="4 films, at most 60 sentence probes each")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--failures", default=str(OUT / "spoiler_failures.jsonl"))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    films = load_samples()
    if not films:
        print(f"SKIP: no sample documents in {SAMPLES}")
        return 0
    if args.quick:
        films = films[:4]
    # The bot's content search: the index on disk (bench/quality.py builds it the same way).
    engine = build_engine(films, "disk")
    film_by_id = {film.id: film for film in films}
    guards = {film.id: {"off": guard_for(film, OFF)} for film in films}
    tallies: dict[str, FilmTally] = {film.id: FilmTally() for film in films}
    family_totals: Counter = Counter()
    family_leaks: Counter = Counter()
    safe_totals: Counter = Counter()
    safe_blocked: Counter = Counter()
    safe_wrong_film: Counter = Counter()
    limit_totals: Counter = Counter()
    limit_bad: Counter = Counter()
    failures: list[dict] = []
    confirmations: Counter = Counter()
    asked = 0
    started = time.perf_counter()

    def check_leak(answer: Answer, probe_film: Film, limit: Limit, question: str) -> list[str]:
        key = limit.label
        reasons: list[str] = []
        checked = {probe_film.id} | ({answer.film.id} if answer.film and answer.film.id in film_by_id else set())
        for film_id in checked:
            film = film_by_id[film_id]
            guard = guards[film_id].get(key)
            if guard is None:
                guard = guards[film_id][key] = guard_for(film, limit)
            reasons += [f"[{film.title}] {r}" for r in leak_reasons(answer, guard, question)]
        if limit is OFF and (answer.contains_spoilers or any(p.spoiler for p in answer.passages)):
            reasons.append("spoiler-flagged passage shown")
        return reasons

    for film in films:
        tally = tallies[film.id]
        tally.spoiler_sentences = sum(len(split_sentences(p.text)) for p in film.passages if p.spoiler)
        probes = film_probes(film, rng, args.quick)
        limits = limits_for(film)
        for probe in probes:
            for given in (True, False):
                film_arg = film.title if given else None
                answer = engine.ask(probe.question, film=film_arg, scope=SpoilerScope.off())
                asked += 1
                label = f"{probe.family} / film {'given' if given else 'not given'}"
                tally.probes += 1
                tally.by_family[label] += 1
                family_totals[label] += 1
                reasons = check_leak(answer, film, OFF, probe.question)
                reasons += heading_leaks(answer, film, OFF) + hidden_word_leaks(answer, film.id)
                found_by_content = confirmation(answer, film_by_id, probe.question, given)
                if found_by_content:
                    confirmations[label] += 1
                    failures.append(
                        {
                            "check": "confirmation",
                            "film": film.id,
                            "question": probe.question,
                            "answer": answer.answer,
                            "reasons": found_by_content,
                        }
                    )
                if reasons:
                    tally.leaks += 1
                    family_leaks[label] += 1
                    failures.append(
                        {
                            "check": "leak",
                            "film": film.id,
                            "scope": "off",
                            "family": probe.family,
                            "kind": probe.kind,
                            "film_given": given,
                            "question": probe.question,
                            "status": answer.status.value,
                            "answer": answer.answer,
                            "reasons": reasons[:5],
                        }
                    )
                for limit in limits:
                    answer = engine.ask(probe.question, film=film_arg, scope=limit.scope)
                    asked += 1
                    problems = position_violations(answer, film_by_id, limit)
                    problems += check_leak(answer, film, limit, probe.question)
                    problems += heading_leaks(answer, film, limit)
                    tally.upto_checks += 1
                    kind = "time" if limit.seconds is not None else "fraction"
                    limit_totals[kind] += 1
                    if problems:
                        tally.upto_violations += 1
                        limit_bad[kind] += 1
                        failures.append(
                            {
                                "check": "upto",
                                "film": film.id,
                                "scope": limit.label,
                                "family": probe.family,
                                "kind": probe.kind,
                                "film_given": given,
                                "question": probe.question,
                                "status": answer.status.value,
                                "answer": answer.answer,
                                "reasons": problems[:5],
                            }
                        )
        for safe in safe_questions(film, rng, args.quick):
            for given in (True, False):
                answer = engine.ask(safe.question, film=film.title if given else None, scope=SpoilerScope.off())
                asked += 1
                label = f"{safe.family.split(':')[0]} / film {'given' if given else 'not given'}"
                safe_totals[label] += 1
                tally.safe += 1
                right_film = answer.film is not None and answer.film.id == film.id
                if not given and not right_film and answer.status is not Status.WITHHELD:
                    # Another film (or none) was picked: a film-finding miss, not an over-block; kept apart.
                    safe_wrong_film[label] += 1
                    tally.wrong_film += 1
                    failures.append(
                        {
                            "check": "wrong film",
                            "film": film.id,
                            "family": safe.family,
                            "question": safe.question,
                            "status": answer.status.value,
                            "answered_film": answer.film.id if answer.film else None,
                            "answer": answer.answer,
                        }
                    )
                    continue
                ok = (
                    answer.status is Status.ANSWERED
                    and right_film
                    and f" {safe.expected} " in f" {norm_text(answer.answer)} "
                )
                if not ok:
                    tally.overblocked += 1
                    safe_blocked[label] += 1
                    failures.append(
                        {
                            "check": "overblock",
                            "film": film.id,
                            "family": safe.family,
                            "film_given": given,
                            "question": safe.question,
                            "expected": safe.expected,
                            "status": answer.status.value,
                            "answered_film": answer.film.id if answer.film else None,
                            "answer": answer.answer,
                        }
                    )
    elapsed = time.perf_counter() - started

    # Opting out after opting in: spoiler probes for each film, asked through the service after each sequence.
    opt_probes = {
        film.id: [
            p for p in film_probes(film, random.Random(args.seed), True) if p.family in ("adversarial", "hand-written")
        ][: 6 if args.quick else 12]
        for film in films
    }
    import asyncio

    opt_asked, opt_leaks, opt_control, opt_failures = asyncio.run(
        _opt_out_run(films, opt_probes, {film.id: guards[film.id]["off"] for film in films})
    )
    failures += opt_failures

    # The detector must be able to see a leak: the same probes with spoilers ON should mostly be flagged.
    control = flagged = 0
    for film in films:
        for probe in film_probes(film, random.Random(args.seed), True)[:20]:
            answer = engine.ask(probe.question, film=film.title, scope=SpoilerScope.on())
            control += 1
            flagged += bool(leak_reasons(answer, guards[film.id]["off"], probe.question))

    out = Path(args.failures)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in failures:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    def rate(a: int, b: int) -> str:
        return f"{a / b:.1%}" if b else "–"

    print(f"# Spoiler safety on the bundled corpus{' (quick)' if args.quick else ''}\n")
    print(f"{len(films)} films, {asked} questions asked in {elapsed:.1f} s.\n")
    rows = []
    total = FilmTally()
    for film in films:
        t = tallies[film.id]
        rows.append(
            [
                film.display_title,
                t.spoiler_sentences,
                t.probes,
                t.leaks,
                rate(t.leaks, t.probes),
                t.safe,
                t.wrong_film,
                t.overblocked,
                rate(t.overblocked, t.safe - t.wrong_film),
                t.upto_checks,
                t.upto_violations,
            ]
        )
        for name in (
            "spoiler_sentences",
            "probes",
            "leaks",
            "safe",
            "wrong_film",
            "overblocked",
            "upto_checks",
            "upto_violations",
        ):
            setattr(total, name, getattr(total, name) + getattr(t, name))
    rows.append(
        [
            "**total**",
            total.spoiler_sentences,
            total.probes,
            total.leaks,
            rate(total.leaks, total.probes),
            total.safe,
            total.wrong_film,
            total.overblocked,
            rate(total.overblocked, total.safe - total.wrong_film),
            total.upto_checks,
            total.upto_violations,
        ]
    )
    print(
        md_table(
            [
                "film",
                "spoiler sentences",
                "leak probes (off)",
                "leaks",
                "leak rate",
                "facts/premise questions",
                "other/no film (not given)",
                "over-blocked",
                "over-block rate",
                "upto checks",
                "upto violations",
            ],
            rows,
        )
    )
    print("\nTargets: leak rate 0; over-block rate ≤ 5%; upto violations 0.")
    print(
        f"\nDetector control: the same kind of probes asked with spoilers ON are flagged as leaks in "
        f"{flagged}/{control} cases ({flagged / max(control, 1):.0%}), so a 0 above is not a blind detector.\n"
    )
    print("## Leak probes by family\n")
    print(
        md_table(
            ["family", "probes", "leaks", "rate"],
            [
                [k, family_totals[k], family_leaks[k], rate(family_leaks[k], family_totals[k])]
                for k in sorted(family_totals)
            ],
        )
    )
    print("\n## Over-blocking by question family\n")
    print(
        md_table(
            ["family", "questions", "other/no film picked", "over-blocked", "over-block rate"],
            [
                [
                    k,
                    safe_totals[k],
                    safe_wrong_film[k],
                    safe_blocked[k],
                    rate(safe_blocked[k], safe_totals[k] - safe_wrong_film[k]),
                ]
                for k in sorted(safe_totals)
            ],
        )
    )
    print(
        "\nOver-block rate = over-blocked / (questions − those where, with the film not given, another film or "
        "none was picked)."
    )
    print("\n## Refusals naming a film the asker did not name (content-found films)\n")
    print(
        md_table(
            ["family", "probes", "refusals naming the film"],
            [[k, family_totals[k], confirmations[k]] for k in sorted(family_totals)],
        )
    )
    print(
        "\nTarget: 0. A withheld answer about a film found by content search would confirm that its hidden "
        "part fits the question."
    )
    print("\n## Opting out after opting in (through FilmService, public and private replies)\n")
    print(
        md_table(
            ["sequence", "questions", "leaks", "control: flagged without the last step"],
            [[k, opt_asked[k], opt_leaks[k], opt_control[k]] for k in OPT_OUTS],
        )
    )
    print(
        '\nTarget: 0 leaks. The control asks the same after every step but the last "off": spoilers then '
        "show, so the detector does see them."
    )
    print("\n## Progress limits\n")
    print(
        md_table(
            ["limit kind", "checks", "violations"], [[k, limit_totals[k], limit_bad[k]] for k in sorted(limit_totals)]
        )
    )
    print(f"\n{len(failures)} failures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
