# Arabic news pipeline: `make` installs and runs it on corpus/raw, `make test` runs the tests.
# `make help` lists every target.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
# camel-tools needs torch; this CPU build is what these machines hold on disk. An unpinned
# torch pulls a CUDA build of several GB. Override with TORCH="torch==X" elsewhere.
TORCH  ?= torch==2.13.0
OUT    ?= outputs
# The entity tagger: crf (default), stanza, or camelbert (a model camel-tools installed).
TAGGER ?= crf
MODEL_crf    := models/crf.crfsuite
MODEL_stanza := models/stanza/ar_ner.pt
MODEL  ?= $(MODEL_$(TAGGER))
EXTRA  ?=
# Training data of another domain for `make eval` (AQMAR's Wikipedia), as training.toml's domain.
OTHER  ?=

INSTALLED     := $(VENV)/.installed
DEV_INSTALLED := $(VENV)/.installed-dev
# Inputs, model and code the tables depend on. make cannot list a file name with a space as a
# prerequisite: such articles are analysed all the same (the run takes the whole folder), and
# the folder itself is a prerequisite, so adding or removing one re-runs too.
RAW  := corpus/raw $(shell find corpus/raw -type f ! -name '* *' ! -name '.*' | sort)
CODE := $(wildcard pipeline/*.py pipeline/*/*.py pipeline/data/*)
ANALYSIS := $(wildcard pipeline/analysis/*.py pipeline/analysis/data/* pipeline/analysis/templates/*)

.PHONY: all run report train eval bench test lint clean distclean help
.DEFAULT_GOAL := all

all: $(OUT)/articles.csv ## install, then analyse corpus/raw into outputs/ (the default)

run: $(OUT)/articles.csv ## analyse corpus/raw into outputs/ (only what changed)

$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check "$(TORCH)"
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(DEV_INSTALLED): $(INSTALLED)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

$(OUT)/articles.csv: $(INSTALLED) $(RAW) $(MODEL) $(CODE)
	$(PY) -m pipeline run corpus/raw --out $(OUT) --tagger $(TAGGER) $(if $(MODEL),--model $(MODEL))

report: $(OUT)/report.html ## facts.csv, claims.csv and report.html (right to left, offline) of the run in outputs/

$(OUT)/report.html: $(OUT)/articles.csv $(ANALYSIS)
	$(PY) -m pipeline analyse --out $(OUT)

train: $(INSTALLED) ## retrain the tagger from corpus/annotations with the base corpora of corpus/training.toml, else pseudo-rehearsal (EXTRA="a.conll b.conll" adds corpora; TAGGER=stanza)
	$(PY) -m pipeline train --tagger $(TAGGER) $(if $(MODEL),--model $(MODEL)) $(if $(EXTRA),--extra $(EXTRA))

eval: $(INSTALLED) ## score the taggers into outputs/eval/: CRF leave-one-article-out; with EXTRA= also its dev split and a table comparing every tagger on it (OTHER= trains with another domain's corpora too)
	$(PY) -m pipeline evaluate --cross-validate --out $(OUT)/eval --card $(basename $(MODEL_crf)).json \
		$(if $(EXTRA),--extra $(EXTRA) --dev-split $(firstword $(EXTRA)) --original-labels) \
		$(if $(OTHER),--other-domain $(OTHER))
	$(if $(EXTRA),$(PY) bench/bench_taggers.py $(firstword $(EXTRA)))

bench: $(INSTALLED) ## the scale benchmark on real ANT articles (needs ../shared/data/ant) into bench/RESULTS.md: 1,000 articles in every engine, then 10,000 (about 15 minutes)
	$(PY) bench/bench_scale.py --n 1000 --small 200
	$(PY) bench/bench_scale.py --n 10000 --small 1000 --engines serial --append

test: $(DEV_INSTALLED) ## run the test suite and the linter
	$(PY) -m pytest -q
	$(PY) -m ruff check pipeline tests bench

lint: $(DEV_INSTALLED) ## ruff only
	$(PY) -m ruff check pipeline tests bench

clean: ## remove generated outputs and caches (keeps the venv and the model)
	rm -rf $(OUT) .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -prune -exec rm -rf {} +

distclean: clean ## also remove the virtual environment
	rm -rf $(VENV) *.egg-info

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12
