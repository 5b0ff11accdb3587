# Developer shortcuts. Python tools come from the project's virtual environment.
PY ?= .venv/bin/python
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
