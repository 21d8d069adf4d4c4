"""The extraction engine: plain Python, no Django.

A pure function of (text, hints, knowledge) -> Extraction. The Celery task, the
`extract` and `timex` management commands and the tests all call `extract()` or the
modules below directly.
"""
