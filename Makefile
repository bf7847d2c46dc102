# The two commands of the README: `make run` and `make test`.
.PHONY: run test train setup purge audit

setup:
	./scripts/bootstrap.sh

run: setup
	.venv/bin/python -m launcher run

train: setup
	.venv/bin/python -m launcher train

test: setup
	./scripts/test.sh

purge: setup
	.venv/bin/python -m launcher purge

audit: setup
	./scripts/audit.sh
