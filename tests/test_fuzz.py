"""Coverage-guided fuzzing of the parsers and the engine for a bounded time (tests/fuzz/)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")
pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
SECONDS = 20


def test_parsers_and_engine_survive_fuzzing(tmp_path):
    corpus = tmp_path / "corpus"  # seeds: the project's own sample articles; libFuzzer adds to it
    shutil.copytree(ROOT / "relations" / "samples", corpus)
    run = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "fuzz" / "fuzz_inputs.py"), f"-max_total_time={SECONDS}",
         "-timeout=5", "-rss_limit_mb=2048", "-print_final_stats=1", str(corpus)],
        cwd=tmp_path, capture_output=True, text=True, timeout=SECONDS + 120,
    )  # fmt: skip
    report = run.stderr[-3000:]
    assert run.returncode == 0, report  # a crash or a slow input: libFuzzer names the input it saved
    assert "Done" in report
    print(next(line for line in report.splitlines() if line.startswith("Done")))
