# One image: `quantix serve` (default) or `quantix worker` (see compose.yaml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# npm fetches GraphiQL's bundles (integrity-checked against graphiql.lock.json) at build time.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv/quantix
COPY pyproject.toml constraints.txt README.md graphiql.lock.json ./
COPY app ./app
COPY schema ./schema
COPY workers ./workers
COPY migrations ./migrations
RUN pip install --no-cache-dir -c constraints.txt -e . && quantix assets
# Writable state lives under /var/lib/quantix (mount volumes there): the SQLite file of the embedded mode and
# the erasure ledger, which production keeps outside the database's storage.
RUN useradd --system --uid 10001 --home-dir /var/lib/quantix quantix \
    && mkdir -p /var/lib/quantix/data /var/lib/quantix/ledger \
    && chown -R quantix /var/lib/quantix
ENV DATABASE_URL=sqlite:///var/lib/quantix/data/quantix.db \
    QUANTIX_ERASURE_LEDGER_PATH=/var/lib/quantix/ledger/erasure-ledger.jsonl
USER quantix
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["quantix", "serve", "--host", "0.0.0.0", "--port", "8000"]
