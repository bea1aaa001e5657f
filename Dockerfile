FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 FILMBOT_DB=/data/filmbot.db
RUN useradd --create-home --uid 10001 filmbot && mkdir -p /data && chown filmbot /data
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY corpus ./corpus
COPY index ./index
RUN pip install .

USER filmbot
VOLUME ["/data"]
# Healthy means the database is there, sound and holds films. bot.health uses the standard library only (no
# pydantic, numpy or discord.py to import every minute) and opens the file read-only: it never creates it.
HEALTHCHECK --interval=60s --timeout=20s --start-period=60s --retries=3 CMD ["python", "-m", "bot.health"]
# `discord`, not the default: without DISCORD_TOKEN the container stops with one line instead of starting a
# terminal session nobody can type into. `docker compose exec bot python -m bot db backup …` needs no token.
CMD ["python", "-m", "bot", "discord"]
