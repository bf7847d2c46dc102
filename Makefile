# The two commands of the README: `make run` and `make test`.
.PHONY: run test train setup

setup:
	./scripts/bootstrap.sh

run: setup
	.venv/bin/python -m launcher run

train: setup
	.venv/bin/python -m launcher train

test: setup
	./scripts/test.sh
