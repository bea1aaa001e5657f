"""Tokenizer throughput: what start-up pays per word to turn passages into terms.

    python bench/tokenizer.py                 # NarrativeQA summaries + 200 synthetic films (bench/speed.py's)
    python bench/tokenizer.py --films 1000

Every figure is cold: the tokenizer's memos and a fresh `Vocabulary` are emptied before each pass, as at
start-up. `document_tokens` is the tokenizer alone; `Vocabulary.documents_ids` is the start-up path (it
tokenizes each distinct whitespace-separated chunk once). Best of `--repeat` passes. One-time costs (loading
word tables on first use) are reported on their own line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

try:
    from bench.common import data_dir, md_table
    from bench.speed import Generator
except ImportError:  # run as a script
    from common import data_dir, md_table  # type: ignore
    from speed import Generator  # type: ignore

from corpus import terms as tokenize  # the module itself: its private memos are cleared too
from index.bm25 import Vocabulary
from index.tokenize import document_tokens


def _cold() -> None:
    for name in dir(tokenize):
        cached = getattr(getattr(tokenize, name), "cache_clear", None)
        if cached is not None:
            cached()


def _best(texts: list[str], run: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        _cold()
        started = time.perf_counter()
        run(texts)  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best


def _tokenize_all(texts: list[str]) -> None:
    for text in texts:
        document_tokens(text)


def _startup_path(texts: list[str]) -> None:
    Vocabulary().documents_ids(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="folder holding narrativeqa/ (default: ../shared/data from the repo)")
    parser.add_argument("--films", type=int, default=200, help="synthetic films (40 passages of ~100 words)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    document_tokens("The thieves hid what they found and ran.")
    first_s = time.perf_counter() - started

    corpora: dict[str, list[str]] = {}
    folder = data_dir(args.data, "narrativeqa")
    if folder is not None:
        with (folder / "summaries.jsonl").open(encoding="utf-8") as handle:
            corpora["NarrativeQA summaries (English prose)"] = [json.loads(line)["text"] for line in handle]
    generator = Generator()
    synthetic: list[str] = []
    for _ in range(args.films):
        film, _ = generator.film()
        synthetic += [p.text for p in film.passages]
    corpora[f"{args.films} synthetic films (bench/speed.py, invented words)"] = synthetic

    rows = []
    for name, texts in corpora.items():
        words = sum(len(text.split()) for text in texts)
        alone = _best(texts, _tokenize_all, args.repeat)
        path = _best(texts, _startup_path, args.repeat)
        rows.append([name, f"{words:,}", f"{words / alone / 1e6:.2f}", f"{words / path / 1e6:.2f}"])
    print(f"# Tokenizer throughput (cold memos, best of {args.repeat})\n")
    print(f"First call in the process (tables loaded on first use): {first_s * 1000:.0f} ms\n")
    print(md_table(["corpus", "words", "document_tokens (M words/s)", "Vocabulary.documents_ids (M words/s)"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
