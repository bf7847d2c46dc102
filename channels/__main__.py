"""The Rasa server with this project's additions, for the launcher and for developers:

    .venv/bin/python -m channels run --model models/... --endpoints endpoints.yml --credentials credentials.yml
    .venv/bin/python -m channels shell
    .venv/bin/python -m channels interactive

It checks that the installed Rasa is the one `channels/rasa_patches.py` was written for (the
version and the signatures it replaces; a mismatch stops the start with the reason), installs
the patches, then hands the arguments to Rasa's own command line. Plain `rasa run` / `rasa shell`
also work with the committed files, without the patches.
"""

import sys

from channels import rasa_patches
from channels.guard import ACTION_TIMEOUT_S


def main() -> None:
    rasa_patches.install(action_timeout_s=ACTION_TIMEOUT_S)
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
