FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    CAREERBOT_DATABASE_URL=sqlite+aiosqlite:////data/careerbot.sqlite3

WORKDIR /app
# The dependencies first, from pyproject.toml alone: a change to the code rebuilds only the
# layers below. Their version ranges are pinned in pyproject.toml.
COPY pyproject.toml ./
RUN python -c "import sys, tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
print('\n'.join(p['dependencies'] + p['optional-dependencies']['postgres']))" > /tmp/deps.txt \
    && pip install --no-cache-dir -r /tmp/deps.txt \
    && rm /tmp/deps.txt
COPY README.md ./
COPY src ./src
COPY bot ./bot
COPY data ./data
# hadolint ignore=DL3013
RUN pip install --no-cache-dir --no-deps . \
    && useradd --create-home --uid 10001 careerbot \
    && mkdir -p /data \
    && chown careerbot /data

USER 10001
VOLUME ["/data"]
# the webhook server (careerbot run --webhook … --port 8443)
EXPOSE 8443
# counts the catalog's careers in the database: no catalog is loaded, no index built
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["careerbot", "health"]
ENTRYPOINT ["careerbot"]
CMD ["run"]
