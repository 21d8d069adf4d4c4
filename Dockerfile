FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY relations ./relations
RUN pip install --no-cache-dir .
COPY . .
RUN DEBUG=1 python manage.py collectstatic --no-input
RUN useradd --create-home relations
USER relations
EXPOSE 8000
CMD ["gunicorn", "relations.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3"]
