"""The deployment files: docker-compose.yml against the Compose JSON schema (no Docker engine runs here)."""

import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT.parent / "shared" / "data" / "compose-spec" / "compose-spec.json"


def test_compose_file_matches_the_compose_schema():
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip("../shared/data/compose-spec is not beside this checkout")
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    jsonschema.validate(compose, json.loads(SCHEMA.read_text()))
    bot = compose["services"]["bot"]
    assert bot["restart"] in ("unless-stopped", "always")
    assert "healthcheck" in bot
    assert any(str(volume).endswith(":/data") for volume in bot["volumes"])
    assert "DISCORD_TOKEN" in bot["environment"]


def test_compose_schema_rejects_a_broken_file():
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip("../shared/data/compose-spec is not beside this checkout")
    broken = {"services": {"bot": {"restart": "unless-stopped", "ports": {"not": "a list"}}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, json.loads(SCHEMA.read_text()))

