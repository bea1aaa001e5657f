"""Every process answers a question the same way: processes of a cluster (and runs of a benchmark) differ in
Python's hash seed, so nothing that decides an answer may follow a set's or a hash's order. Found by reading:
a misspelt title's spans were checked in a set's order, and the first of equally close spans won."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

# Typos (one word, so several spans around it are checked), names with no film, and questions naming no film.
QUESTIONS = [
    "who directed the sixth sence?",
    "when was Momento released?",
    "how long is chinatwon",
    "who is in pyscho",
    "what is rashomn about?",
    "is the prestiege any good",
    "who wrote the usual suspcts",
    "what year did stalkr come out",
    "who directed The Matrix?",
    "tell me about Solaris",
    "which film has a motel and a shower?",
    "who dies at the end of the one with the box?",
    "where is the plant of the apes set",
    "who plays the narator in fight clb",
]


def answers(tmp_path: Path, seed: str) -> list[dict[str, object]]:
    batch = tmp_path / "questions.jsonl"
    batch.write_text("".join(json.dumps({"question": q}) + "\n" for q in QUESTIONS), encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": seed, "FILMBOT_INDEX_DIR": str(tmp_path / f"index-{seed}")}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--batch", str(batch), "--json", "--db", str(tmp_path / f"{seed}.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


SPANS = """
import json
from index.mentions import phrases, spellings
questions = {questions!r}
print(json.dumps([[spellings(q, phrase) for phrase in phrases(q)] for q in questions]))
"""


def spans(seed: str) -> object:
    code = SPANS.format(questions=QUESTIONS)
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_misspelt_titles_spans_are_checked_in_one_order_whatever_the_hash_seed():
    first = spans("1")
    assert any(len(phrases) > 1 for question in first for phrases in question)  # several spans to order
    for seed in ("2", "3", "4"):
        assert spans(seed) == first, seed


def test_answers_do_not_depend_on_the_hash_seed(tmp_path: Path):
    first = answers(tmp_path, "1")
    assert len(first) == len(QUESTIONS)
    for seed in ("2", "3"):
        assert answers(tmp_path, seed) == first, seed
