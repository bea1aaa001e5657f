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
# The health check asks SQLite whether the database is sound; a bot that cannot read it cannot answer.
HEALTHCHECK --interval=60s --timeout=20s --start-period=30s --retries=3 CMD ["python", "-m", "bot", "db", "check", "--quick"]
CMD ["python", "-m", "bot"]
