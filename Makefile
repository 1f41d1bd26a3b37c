# Two commands a newcomer needs: `make demo` and `make test`. Both build .venv themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test typecheck lint contracts bench screenshots report-pages translations bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## start the desktop app on the built-in demo panel
	$(BIN)/zerodx-desktop --demo

lint: $(STAMP)
	$(BIN)/ruff check zerodx_desktop tests benchmarks

contracts: $(STAMP)
	$(BIN)/lint-imports

typecheck: $(STAMP)  ## mypy (strict for core, store, formats, services and controllers); cache in .mypy_cache
	$(BIN)/mypy zerodx_desktop

test: $(STAMP)  ## ruff, the import contracts, mypy and the whole pytest suite
	$(BIN)/ruff check zerodx_desktop tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy zerodx_desktop
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python -m benchmarks

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info

bundle: $(STAMP)  ## the one-folder app bundle in dist/zerodx-desktop (PyInstaller)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6'
	$(BIN)/python -m PyInstaller --noconfirm --distpath dist --workpath build packaging/zerodx-desktop.spec

translations: $(STAMP)  ## compile resources/translations/*.ts into .qm (run scripts/update_translations.py first to refresh the .ts)
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; done
