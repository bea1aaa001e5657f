"""The JSON of the `Film` model, as `films export` writes it."""

from __future__ import annotations

import json

from pydantic import ValidationError

from corpus.errors import DocumentError
from corpus.models import Film


def looks_like_json(text: str) -> bool:
    return text.lstrip().startswith("{")


def describe_validation_error(error: ValidationError) -> str:
    """The first problem pydantic found, as "where: what"."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "document"
    return f"{where}: {first.get('msg', 'invalid value')}"


def parse_json_document(text: str) -> Film:
    """Validate a Film JSON document. Passages are kept as given; load.py builds them when there are none."""
    try:
        # The standard parser gives line numbers for syntax errors; pydantic's messages do not.
        json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentError(f"malformed JSON at line {error.lineno}: {error.msg}") from None
    except RecursionError:
        raise DocumentError("malformed JSON: nested too deeply") from None
    except ValueError:
        # Not a syntax error: an integer longer than Python's 4300-digit conversion limit, which json.loads
        # reports as a plain ValueError.
        raise DocumentError("malformed JSON: a number has too many digits") from None
    try:
        return Film.model_validate_json(text)
    except ValidationError as error:
        raise DocumentError(f"not a film document: {describe_validation_error(error)}") from None
