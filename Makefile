# Two commands for a fresh Debian/Ubuntu machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := out/demo.influence

.PHONY: demo test lint forms bench clean system-deps

system-deps:
	@bash .ci/system-deps.sh

$(STAMP): pyproject.toml
	@bash .ci/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	@rm -f $(DEMO) $(DEMO)-wal $(DEMO)-shm
	$(BIN)/influence-app demo $(DEMO)
	$(BIN)/influence-app $(DEMO)

lint: $(STAMP)
	$(BIN)/ruff check influence_app tests benches
	$(BIN)/lint-imports

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python -m pytest -q tests/gui

bench: $(STAMP)
	@for bench in benches/bench_*.py; do echo "== $$bench"; $(BIN)/python $$bench || exit 1; done

clean:
	rm -rf $(VENV) out build dist

# Designer sources in ui/ compiled into influence_app/gui/forms/ (committed; a test checks drift).
forms: $(STAMP)
	@for ui in ui/*.ui; do \
	  name=$$(basename $$ui .ui); \
	  $(BIN)/pyside6-uic $$ui -o influence_app/gui/forms/ui_$$name.py || exit 1; \
	done
