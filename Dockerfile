FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    CAREERBOT_DATABASE_URL=sqlite+aiosqlite:////data/careerbot.sqlite3

WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY bot ./bot
COPY data ./data
# The project itself is installed; its dependency ranges are pinned in pyproject.toml.
# hadolint ignore=DL3013
RUN pip install --no-cache-dir ".[postgres]" \
    && useradd --create-home --uid 10001 careerbot \
    && mkdir -p /data \
    && chown careerbot /data

USER 10001
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["careerbot", "health"]
ENTRYPOINT ["careerbot"]
CMD ["run"]
