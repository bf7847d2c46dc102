# The two commands of the README: `make run` and `make test`.
.PHONY: run test unit train setup purge audit report

setup:
	./scripts/bootstrap.sh

# `make run REPLICAS=3`: the scale mode (README, "Several replicas")
run: setup
	$(if $(REPLICAS),ML_REPLICAS=$(REPLICAS) ).venv/bin/python -m launcher run

train: setup
	.venv/bin/python -m launcher train

test: setup
	./scripts/test.sh

# the quick loop: lint and unit tests only (about 30 s), no server, no training
unit: setup
	.venv/bin/ruff check .
	.venv/bin/python -m pytest -q tests/unit

purge: setup
	.venv/bin/python -m launcher purge

audit: setup
	./scripts/audit.sh

# staff: what the assistant did not understand (credential in ML_STAFF_CREDENTIAL, or asked for);
# e.g. make report ARGS="--du 2026-11-01 --au 2026-11-30 --csv non-compris.csv"
report: setup
	.venv/bin/python -m staff report $(ARGS)
