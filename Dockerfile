# syntax=docker/dockerfile:1
# The wheel is built in a stage of its own: the image holds careerbot once, installed, and no
# copy of its source.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
COPY bot ./bot
COPY data ./data
# hadolint ignore=DL3013
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    CAREERBOT_DATABASE_URL=sqlite+aiosqlite:////data/careerbot.sqlite3

# The dependencies first, from pyproject.toml alone: a change to the code rebuilds only the
# layer below. Their version ranges are pinned in pyproject.toml.
COPY pyproject.toml /tmp/pyproject.toml
RUN python -c "import tomllib; p = tomllib.load(open('/tmp/pyproject.toml', 'rb'))['project']; \
print('\n'.join(p['dependencies'] + p['optional-dependencies']['postgres']))" > /tmp/deps.txt \
    && pip install --no-cache-dir -r /tmp/deps.txt \
    && rm /tmp/deps.txt /tmp/pyproject.toml
# careerbot itself, from the wheel (pip compiles its bytecode), then the user it runs as
# hadolint ignore=DL3013
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-deps /wheels/*.whl \
    && useradd --create-home --uid 10001 careerbot \
    && mkdir -p /data \
    && chown careerbot /data

USER 10001
VOLUME ["/data"]
# No port is exposed: the default `run` polls Telegram and listens on none. Publish the ones
# you turn on: a webhook (`run --webhook URL --port 8443`, then -p 8443:8443) and metrics
# (-e CAREERBOT_METRICS_PORT=9100 -p 9100:9100, /metrics in Prometheus's format).
# The healthcheck counts the catalog's careers in the database: no catalog is loaded.
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["careerbot", "health"]
ENTRYPOINT ["careerbot"]
CMD ["run"]
