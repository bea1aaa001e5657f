"""The deployment files: docker-compose.yml against the Compose JSON schema (no Docker engine runs here)."""

import json
import re
from typing import Any

import pytest
import yaml

from bot.settings import parse_shard_ids
from tests.paths import ROOT, shared

# Not copied into the project (tests/paths.py says where it is looked for). Without it the schema tests are skipped:
# nothing else depends on it.
SCHEMA = shared("data", "compose-spec", "compose-spec.json")
COMPOSE = ROOT / "docker-compose.yml"
# `${NAME}` and `${NAME:-default}`, the only interpolation docker-compose.yml uses.
VARIABLE = re.compile(r"\$\{(\w+)(?::-([^}]*))?\}")


def _compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return loaded


def _interpolated(value: object, env: dict[str, str]) -> str:
    """A value as Compose passes it on, with `env` standing for the shell and the project's .env."""
    return VARIABLE.sub(lambda match: env.get(match[1]) or match[2] or "", str(value))


def _env_file_is_optional_dotenv(service: dict[str, Any]) -> bool:
    return {"path": ".env", "required": False} in service.get("env_file", [])


def test_compose_file_matches_the_compose_schema():
    jsonschema = pytest.importorskip("jsonschema")
    if SCHEMA is None:
        pytest.skip("shared/data/compose-spec is not beside this checkout or a folder above it")
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text())).validate(_compose())  # its $schema lacks the "#"


def test_plain_compose_up_runs_one_bot_over_sqlite_on_a_volume():
    compose = _compose()
    default = {name: service for name, service in compose["services"].items() if not service.get("profiles")}
    assert list(default) == ["bot"]
    bot = default["bot"]
    assert bot["restart"] in ("unless-stopped", "always")
    assert "healthcheck" in bot
    assert any(str(volume).endswith(":/data") for volume in bot["volumes"])
    assert "DISCORD_TOKEN" in bot["environment"]
    assert bot["environment"]["FILMBOT_DB"] == "/data/filmbot.db"
    assert "FILMBOT_SHARD_IDS" not in bot["environment"]
    assert _env_file_is_optional_dotenv(bot)  # every setting in .env reaches the container
    # The cheap health check, the same as the image's.
    assert bot["healthcheck"]["test"] == ["CMD", "python", "-m", "bot.health"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'CMD ["python", "-m", "bot.health"]' in dockerfile
    assert 'CMD ["python", "-m", "bot", "discord"]' in dockerfile
    # `${VAR:?}` is interpolated for every compose command, `exec` included: a missing token would break
    # `docker compose exec bot python -m bot db backup …`. The bot's own command refuses to start without it.
    assert ":?" not in COMPOSE.read_text()


def test_the_postgres_profile_adds_postgresql_and_bots_that_split_the_shards():
    compose = _compose()
    profile = {
        name: service for name, service in compose["services"].items() if "postgres" in service.get("profiles", [])
    }
    postgres = profile.pop("postgres")
    assert str(postgres["image"]).startswith("postgres:15")
    assert "pg_isready" in postgres["healthcheck"]["test"]
    volume = next(str(v) for v in postgres["volumes"] if str(v).endswith(":/var/lib/postgresql/data"))
    assert volume.split(":")[0] in compose["volumes"]  # a named volume: the data outlives the container
    assert "ports" not in postgres

    env: dict[str, str] = {}  # nothing set: the file's defaults
    password = _interpolated(postgres["environment"]["POSTGRES_PASSWORD"], env)
    user, database = postgres["environment"]["POSTGRES_USER"], postgres["environment"]["POSTGRES_DB"]
    bots = {name: service for name, service in profile.items() if "FILMBOT_SHARD_IDS" in service["environment"]}
    assert len(bots) >= 2 and bots == profile, sorted(profile)
    for name, bot in bots.items():
        assert bot["depends_on"]["postgres"]["condition"] == "service_healthy", name
        assert _env_file_is_optional_dotenv(bot), name
        assert "DISCORD_TOKEN" in bot["environment"], name
        # The image's health check (bot.health) reads a SQLite file: on PostgreSQL it would always say unhealthy.
        assert "bot.health" not in bot["healthcheck"]["test"], name
        dsn = _interpolated(bot["environment"]["FILMBOT_DB"], env)
        assert dsn == f"postgresql://{user}:{password}@postgres/{database}", name

    counts = {int(bot["environment"]["FILMBOT_SHARD_COUNT"]) for bot in bots.values()}
    assert len(counts) == 1, "every process must agree on the shard count"
    (count,) = counts
    shards = sorted(i for bot in bots.values() for i in parse_shard_ids(str(bot["environment"]["FILMBOT_SHARD_IDS"])))
    assert shards == list(range(count)), "each shard in exactly one process"
    # One password, set once: the database and every bot read the same variable.
    assert _interpolated(bots[next(iter(bots))]["environment"]["FILMBOT_DB"], {"POSTGRES_PASSWORD": "s3cret"}) == (
        f"postgresql://{user}:s3cret@postgres/{database}"
    )
    assert _interpolated(postgres["environment"]["POSTGRES_PASSWORD"], {"POSTGRES_PASSWORD": "s3cret"}) == "s3cret"


def test_compose_schema_rejects_a_broken_file():
    jsonschema = pytest.importorskip("jsonschema")
    if SCHEMA is None:
        pytest.skip("shared/data/compose-spec is not beside this checkout or a folder above it")
    broken = {"services": {"bot": {"restart": "unless-stopped", "ports": {"not": "a list"}}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(json.loads(SCHEMA.read_text())).validate(broken)
