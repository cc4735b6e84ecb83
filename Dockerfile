# One image for the worker and beat services of docker-compose.yml.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VEILLE_DATA_DIR=/var/lib/veille
RUN useradd --system --create-home --home-dir /app veille \
    && mkdir -p /var/lib/veille && chown veille /var/lib/veille
WORKDIR /app
COPY pyproject.toml README.md LICENSE ./
COPY worker ./worker
COPY connectors ./connectors
RUN pip install --no-cache-dir .
COPY config ./config
USER veille
ENTRYPOINT ["veille"]
CMD ["worker"]
