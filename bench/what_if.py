"""What-if runs of bench/quality.py with index/ and corpus/ behaviour patched in memory (nothing is edited).

    python bench/what_if.py                    # every variant below, one line of figures each
    python bench/what_if.py gate small         # chosen variants

Evidence for proposed changes, not a benchmark of the product: the patches reach into internals
(`VisibleIndex.search`, `corpus.passages` constants) and will need updating when those change.

  base   the code as it is
  gate   with no passage hidden (spoilers on, or a film with no spoilers), passage coverage is measured over
         the question terms the film's text holds, so a word the summary never uses ("story", a misspelling)
         no longer turns an answer into "doesn't say"
  small  passages of ~55 words (MIN/TARGET/MAX 35/55/80 instead of 60/100/150)
"""

from __future__ import annotations

import contextlib
import io
import sys

try:
    from bench import quality
except ImportError:  # run as a script
    import quality  # type: ignore

VARIANTS = ("base", "gate", "small", "gate+small")


def patch(variant: str) -> contextlib.ExitStack:
    import corpus.passages as passages
    import index.film_index as film_index

    stack = contextlib.ExitStack()
    if "gate" in variant.split("+"):
        original = film_index.VisibleIndex.search

        def search(self, query, k=3, *, cover=None):
            if self.hidden == 0:
                terms = query if cover is None else cover
                cover = [t for t in terms if t in self] or cover
            return original(self, query, k, cover=cover)

        film_index.VisibleIndex.search = search
        stack.callback(setattr, film_index.VisibleIndex, "search", original)
    if "small" in variant.split("+"):
        saved = (passages.MIN_WORDS, passages.TARGET_WORDS, passages.MAX_WORDS)
        passages.MIN_WORDS, passages.TARGET_WORDS, passages.MAX_WORDS = 35, 55, 80
        stack.callback(
            lambda: (
                setattr(passages, "MIN_WORDS", saved[0])
                or setattr(passages, "TARGET_WORDS", saved[1])
                or setattr(passages, "MAX_WORDS", saved[2])
            )
        )
    return stack


def main(argv: list[str] | None = None) -> int:
    variants = (argv if argv is not None else sys.argv[1:]) or list(VARIANTS)
    print("| variant | passages | answer | film | passages (not given) | answer (not given) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for variant in variants:
        buffer = io.StringIO()
        with patch(variant), contextlib.redirect_stdout(buffer):
            quality.main(["--failures", str(quality.OUT / f"what_if_{variant}.jsonl")])
        lines = buffer.getvalue().split("## By question type")[0].splitlines()
        figures = [
            line.split("|")[2].strip() for line in lines if line.startswith(("| passages", "| answer", "| film:"))
        ]
        if not figures:
            print(buffer.getvalue().strip())
            return 0
        print(f"| {variant} | " + " | ".join(figures) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
