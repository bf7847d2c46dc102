"""Writes the credentials file the Rasa server reads: which input channels are on.

`rest` and `socketio` (guarded, see channels/), as the committed `credentials.yml` lists
them, are always on. Each messaging
platform is on when all its required environment variables are set (non-empty);
a platform with only some of them set is an error naming the missing ones. Rasa's
YAML loader refuses unset ${VAR}s, hence a file written at each start from the
variables that are set, into the state directory, mode 600 (it holds secrets).

The platforms' API base URLs (ML_*_API_URL) are read by the channels themselves.
"""

import os
from pathlib import Path
from typing import Any, Dict, List, Mapping, NamedTuple

import yaml

from core import settings
from core.project_files import read_yaml


class Platform(NamedTuple):
    name: str
    class_path: str
    required: Dict[str, str]  # environment variable -> credentials key
    optional: Dict[str, str]


PLATFORMS = (
    Platform("Telegram", "channels.telegram.GuardedTelegramInput", {
        "ML_TELEGRAM_TOKEN": "access_token",
        "ML_TELEGRAM_VERIFY": "verify",
        "ML_TELEGRAM_WEBHOOK_URL": "webhook_url",
    }, {}),
    Platform("Facebook Messenger", "channels.messenger.GuardedFacebookInput", {
        "ML_FACEBOOK_VERIFY": "verify",
        "ML_FACEBOOK_SECRET": "secret",
        "ML_FACEBOOK_PAGE_ACCESS_TOKEN": "page-access-token",
    }, {}),
    Platform("Slack", "channels.slack.GuardedSlackInput", {
        "ML_SLACK_TOKEN": "slack_token",
        "ML_SLACK_SIGNING_SECRET": "slack_signing_secret",
    }, {"ML_SLACK_CHANNEL": "slack_channel"}),
    Platform("Twilio", "channels.twilio.GuardedTwilioInput", {
        "ML_TWILIO_ACCOUNT_SID": "account_sid",
        "ML_TWILIO_AUTH_TOKEN": "auth_token",
        "ML_TWILIO_NUMBER": "twilio_number",
        "ML_TWILIO_WEBHOOK_URL": "webhook_url",
    }, {}),
)

# The channels that are always on: the committed credentials.yml (rest and socket.io, guarded).
COMMITTED = Path(__file__).resolve().parent.parent / "credentials.yml"


def always_on(committed: Path = COMMITTED) -> Dict[str, Any]:
    """The channels of the committed credentials.yml, read when the file is written."""
    return read_yaml(committed) or {}


class _QuotedStrings(yaml.SafeDumper):
    """Every string double-quoted: Rasa's loader expands ${VAR} in plain scalars only."""


_QuotedStrings.add_representer(
    str, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
)


class CredentialsError(ValueError):
    """A messaging platform is only partly configured."""


def _value(environ: Mapping[str, str], variable: str) -> str:
    return settings.text(variable, environ)


def platform_channels(environ: Mapping[str, str]) -> Dict[str, Dict[str, str]]:
    """The credentials of each platform whose variables are all set, by class path."""
    channels: Dict[str, Dict[str, str]] = {}
    problems: List[str] = []
    for platform in PLATFORMS:
        names = {**platform.required, **platform.optional}
        present = [variable for variable in names if _value(environ, variable)]
        if not present:
            continue
        missing = [variable for variable in platform.required if not _value(environ, variable)]
        if missing:
            problems.append(f"{platform.name} is partly configured: {', '.join(missing)} "
                            f"{'is' if len(missing) == 1 else 'are'} not set "
                            f"(set {'it' if len(missing) == 1 else 'them'}, or unset "
                            f"{', '.join(present)} to turn {platform.name} off)")
            continue
        channels[platform.class_path] = {names[v]: _value(environ, v) for v in present}
    if problems:
        raise CredentialsError("; ".join(problems))
    return channels


def enabled_platforms(environ: Mapping[str, str]) -> List[str]:
    """Names of the messaging platforms turned on by the environment."""
    on = platform_channels(environ)
    return [platform.name for platform in PLATFORMS if platform.class_path in on]


def write_credentials(directory: Path, environ: Mapping[str, str]) -> Path:
    content = {**always_on(), **platform_channels(environ)}
    path = directory / "credentials.yml"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("# Written by the launcher at each start from ML_* variables; "
                     "see launcher/credentials.py and the README.\n")
        yaml.dump(content, handle, Dumper=_QuotedStrings, allow_unicode=True, sort_keys=False)
    path.chmod(0o600)
    return path
