# The two set-up commands of the README, and developer shortcuts.
#   make run   create .venv, install Palier, start it on a demo workspace
#   make test  install the test tools too, then lint and run the whole suite
# Python tools come from the project's virtual environment.
PYTHON ?= python3
VENV ?= .venv
PY ?= $(VENV)/bin/python
DEMO_DIR ?= $(CURDIR)/.demo-workspace
DEMO_RECORDS ?= 20000

.PHONY: run test install
run: $(VENV)/.installed
	bash installer/linux-qt-deps.sh $(PY)
	$(MAKE) --no-print-directory translations
	test -f "$(DEMO_DIR)/workspace.sqlite3" || $(PY) -m app --data-dir "$(DEMO_DIR)" demo --records $(DEMO_RECORDS)
	$(PY) -m app --data-dir "$(DEMO_DIR)" gui

test: $(VENV)/.installed-test
	bash installer/linux-qt-deps.sh $(PY)
	bash installer/test-deps.sh
	$(MAKE) --no-print-directory translations
	$(PY) -m ruff check app tests bench
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

install: $(VENV)/.installed

# The Linux bundle: dist/palier-<version>-linux-<arch>.tar.gz (README, "Building the installers").
.PHONY: bundle
bundle: $(VENV)/.installed-test
	PY=$(PY) bash installer/build-linux.sh

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -m venv $(VENV) || { echo "python3 -m venv a échoué : installez le paquet python3-venv (sudo apt-get install python3-venv)" >&2; exit 1; }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install -q -e ".[test]"
	touch $@
UI_SOURCES := $(shell find app/ui -name '*.py' | sort)

.PHONY: translations translations-update test-ui bench-gui

# Compile resources/*.ts into app/ui/translations/*.qm (package data, not in git).
translations:
	$(PY) -m app.ui.i18n

# After changing strings in app/ui: refresh the .ts sources, then translate the new
# entries with pyside6-linguist (tests/ui/test_translations.py fails until done).
translations-update:
	.venv/bin/pyside6-lupdate $(UI_SOURCES) -ts resources/palier_fr.ts -source-language en -target-language fr
	.venv/bin/pyside6-lupdate $(UI_SOURCES) -ts resources/palier_en.ts -source-language en -target-language en
	$(PY) tools/fill_ts.py resources/palier_en.ts --same

test-ui:
	QT_QPA_PLATFORM=offscreen .venv/bin/pytest tests/ui -q

bench-gui:
	$(PY) bench/bench_gui.py
