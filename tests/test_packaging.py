"""The deployment files: docker-compose.yml against the Compose JSON schema (no Docker engine runs here)."""

import json

import pytest
import yaml

from tests.paths import ROOT, shared

# Not copied into the project (tests/paths.py says where it is looked for). Without it these two tests are skipped:
# nothing else depends on it.
SCHEMA = shared("data", "compose-spec", "compose-spec.json")


def test_compose_file_matches_the_compose_schema():
    jsonschema = pytest.importorskip("jsonschema")
    if SCHEMA is None:
        pytest.skip("shared/data/compose-spec is not beside this checkout or a folder above it")
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text())).validate(compose)  # its $schema lacks the "#"
    bot = compose["services"]["bot"]
    assert bot["restart"] in ("unless-stopped", "always")
    assert "healthcheck" in bot
    assert any(str(volume).endswith(":/data") for volume in bot["volumes"])
    assert "DISCORD_TOKEN" in bot["environment"]


def test_compose_schema_rejects_a_broken_file():
    jsonschema = pytest.importorskip("jsonschema")
    if SCHEMA is None:
        pytest.skip("shared/data/compose-spec is not beside this checkout or a folder above it")
    broken = {"services": {"bot": {"restart": "unless-stopped", "ports": {"not": "a list"}}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(json.loads(SCHEMA.read_text())).validate(broken)
