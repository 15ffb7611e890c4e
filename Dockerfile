# One image: `quantix serve` (default) or `quantix worker`.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv/quantix
COPY pyproject.toml constraints.txt README.md graphiql.lock.json ./
COPY app ./app
COPY schema ./schema
COPY workers ./workers
COPY migrations ./migrations
RUN pip install --no-cache-dir -c constraints.txt -e . && quantix assets
RUN useradd --system --uid 10001 quantix
USER quantix
EXPOSE 8000
CMD ["quantix", "serve", "--host", "0.0.0.0", "--port", "8000"]
