"""Discord's request-body limits, reported the way Discord reports them (code 50035 error trees).

The limits are the documented ones; the point is that a bot which would be rejected by the real
API is rejected here too, instead of passing a test and failing in production.
"""

from __future__ import annotations

from typing import Any

Errors = dict[str, Any]

MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000
MAX_TITLE = 256
MAX_DESCRIPTION = 4096
MAX_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_FOOTER = 2048
MAX_AUTHOR = 256
MAX_CUSTOM_ID = 100
MAX_BUTTON_LABEL = 80
MAX_ACTION_ROWS = 5
MAX_ROW_ITEMS = 5
MAX_SELECT_OPTIONS = 25
MAX_CHOICES = 25
MAX_CHOICE_NAME = 100
MAX_CHOICE_STR_VALUE = 100


def _err(code: str, message: str) -> Errors:
    return {"_errors": [{"code": code, "message": message}]}


def _too_long(limit: int) -> Errors:
    return _err("BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _set(tree: Errors, path: list[str], leaf: Errors) -> None:
    node = tree
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = leaf


def _text_len(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0


def _validate_embed(embed: dict[str, Any], base: list[str], errors: Errors) -> int:
    """Validate one embed; return its character count toward the 6000 total."""
    total = 0
    checks: list[tuple[list[str], Any, int]] = [
        (["title"], embed.get("title"), MAX_TITLE),
        (["description"], embed.get("description"), MAX_DESCRIPTION),
        (["footer", "text"], (embed.get("footer") or {}).get("text"), MAX_FOOTER),
        (["author", "name"], (embed.get("author") or {}).get("name"), MAX_AUTHOR),
    ]
    fields = embed.get("fields") or []
    if len(fields) > MAX_FIELDS:
        _set(errors, [*base, "fields"], _too_long(MAX_FIELDS))
    for i, fld in enumerate(fields):
        checks.append((["fields", str(i), "name"], fld.get("name"), MAX_FIELD_NAME))
        checks.append((["fields", str(i), "value"], fld.get("value"), MAX_FIELD_VALUE))
        # Discord rejects empty field names/values outright; discord.py does not check this.
        for key in ("name", "value"):
            if not _text_len(fld.get(key)):
                _set(errors, [*base, "fields", str(i), key], _err("BASE_TYPE_REQUIRED", "This field is required"))
    for path, value, limit in checks:
        length = _text_len(value)
        total += length
        if length > limit:
            _set(errors, [*base, *path], _too_long(limit))
    return total


def _validate_components(components: list[dict[str, Any]], base: list[str], errors: Errors) -> None:
    if len(components) > MAX_ACTION_ROWS:
        _set(errors, base, _too_long(MAX_ACTION_ROWS))
    for r, row in enumerate(components):
        items = (row.get("components") or []) if row.get("type") == 1 else [row]
        if row.get("type") == 1 and len(items) > MAX_ROW_ITEMS:
            _set(errors, [*base, str(r), "components"], _too_long(MAX_ROW_ITEMS))
        for c, item in enumerate(items):
            path = [*base, str(r), "components", str(c)] if row.get("type") == 1 else [*base, str(r)]
            custom_id = item.get("custom_id")
            if custom_id is not None and len(custom_id) > MAX_CUSTOM_ID:
                _set(errors, [*path, "custom_id"], _too_long(MAX_CUSTOM_ID))
            if item.get("type") == 2 and _text_len(item.get("label")) > MAX_BUTTON_LABEL:
                _set(errors, [*path, "label"], _too_long(MAX_BUTTON_LABEL))
            options = item.get("options")
            if options is not None and len(options) > MAX_SELECT_OPTIONS:
                _set(errors, [*path, "options"], _too_long(MAX_SELECT_OPTIONS))


def validate_message(body: dict[str, Any]) -> Errors | None:
    """Return a 50035 error tree for a message body (create or edit), or None if Discord accepts it."""
    errors: Errors = {}
    content = body.get("content")
    if isinstance(content, str) and len(content) > MAX_CONTENT:
        errors["content"] = _too_long(MAX_CONTENT)
    embeds = body.get("embeds") or []
    if len(embeds) > MAX_EMBEDS:
        errors["embeds"] = _too_long(MAX_EMBEDS)
    else:
        total = sum(_validate_embed(e, ["embeds", str(i)], errors) for i, e in enumerate(embeds))
        if total > MAX_EMBED_TOTAL and "embeds" not in errors:
            errors["embeds"] = _err("MAX_EMBED_SIZE_EXCEEDED", f"Embed size exceeds maximum size of {MAX_EMBED_TOTAL}")
    _validate_components(body.get("components") or [], ["components"], errors)
    return errors or None


def is_empty_message(body: dict[str, Any], *, has_files: bool) -> bool:
    """Discord answers 50006 "Cannot send an empty message" for these."""
    return not (
        body.get("content")
        or body.get("embeds")
        or body.get("components")
        or body.get("sticker_ids")
        or body.get("poll")
        or has_files
    )


def validate_autocomplete(data: dict[str, Any]) -> Errors | None:
    errors: Errors = {}
    choices = data.get("choices")
    if choices is None:
        errors["choices"] = _err("BASE_TYPE_REQUIRED", "This field is required")
        return errors
    if len(choices) > MAX_CHOICES:
        errors["choices"] = _too_long(MAX_CHOICES)
    for i, choice in enumerate(choices):
        name = choice.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= MAX_CHOICE_NAME:
            _set(
                errors,
                ["choices", str(i), "name"],
                _err("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."),
            )
        value = choice.get("value")
        if isinstance(value, str) and len(value) > MAX_CHOICE_STR_VALUE:
            _set(errors, ["choices", str(i), "value"], _too_long(MAX_CHOICE_STR_VALUE))
    return errors or None


def validate_commands(commands: list[dict[str, Any]]) -> Errors | None:
    """The command-registration checks that most often bite: names, descriptions and counts."""
    errors: Errors = {}
    if len(commands) > 100:
        errors["_errors"] = [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 100 or fewer in length."}]
    for i, cmd in enumerate(commands):
        _validate_command_like(cmd, [str(i)], errors, top_level=True)
    return errors or None


def _valid_name(name: Any) -> bool:
    return (
        isinstance(name, str)
        and 1 <= len(name) <= 32
        and name == name.lower()
        and all(ch.isalnum() or ch in "-_" for ch in name)
    )


def _validate_command_like(obj: dict[str, Any], base: list[str], errors: Errors, *, top_level: bool) -> None:
    is_chat_input = obj.get("type", 1) == 1 if top_level else True
    name = obj.get("name")
    if is_chat_input and not _valid_name(name):
        _set(errors, [*base, "name"], _err("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"))
    description = obj.get("description")
    if is_chat_input and (not isinstance(description, str) or not 1 <= len(description) <= 100):
        _set(errors, [*base, "description"], _err("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."))
    options = obj.get("options") or []
    if len(options) > 25:
        _set(errors, [*base, "options"], _too_long(25))
    for j, opt in enumerate(options):
        _validate_command_like(opt, [*base, "options", str(j)], errors, top_level=False)
        choices = opt.get("choices") or []
        if len(choices) > MAX_CHOICES:
            _set(errors, [*base, "options", str(j), "choices"], _too_long(MAX_CHOICES))
