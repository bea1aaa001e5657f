"""The tokenizer every index uses; it is corpus/terms.py, where the store can reach it (passages' terms are
stored when a film is saved, so reading a film back tokenizes nothing)."""

from corpus.terms import (
    STOPWORDS,
    TERMS_VERSION,
    chunk_by_chunk,
    document_tokens,
    is_stopword,
    normalize,
    number_in_words,
    query_tokens,
    spell_ordinals,
    stem,
    stored_terms,
    words,
)

__all__ = [
    "STOPWORDS",
    "TERMS_VERSION",
    "chunk_by_chunk",
    "document_tokens",
    "is_stopword",
    "normalize",
    "number_in_words",
    "query_tokens",
    "spell_ordinals",
    "stem",
    "stored_terms",
    "words",
]
