"""Every `ML_*` environment variable the project reads: its default and its meaning, in one
table, and the one way to read them. Plain Python, imported by the launcher, the channels,
the knowledge base and the scripts; `.env.example` is generated from this table
(`python -m core.settings > .env.example`, checked by tests/unit/core/test_settings.py).

Values are read from the environment when asked for, not when a module is imported, so a
test or the launcher can set them for one process.
"""

import os
import sys
from typing import List, Mapping, NamedTuple, Optional


class Setting(NamedTuple):
    name: str
    default: str  # "" when unset by default
    meaning: str  # one or more lines, written into .env.example as comments
    group: str


_SERVERS = "Servers (all bound to 127.0.0.1; put a reverse proxy in front, see docs/security.md)"
_REPLIES = "Replies"
_DATA = "Conversations (personal data)"
_KB = "Knowledge base"
_PLATFORMS = ("Messaging platforms\n"
              "Each platform is on when ALL its required variables are set (non-empty); setting only\n"
              "some of them stops the run command with a message naming the missing ones.\n"
              "See README, \"Messaging platforms\". Never commit real values.")
_STAFF = "Staff pages and commands (docs/guide-equipe.md; README, \"Staff tools\")"
_SCALE = ("Scale mode (README, \"Several replicas\"): ML_REPLICAS above 1 puts HAProxy on ML_RASA_PORT and\n"
          "ML_ACTION_PORT, in front of that many Rasa servers on the next ports (ML_RASA_PORT+1...) and\n"
          "ML_ACTION_REPLICAS action servers (ML_ACTION_PORT+1...); conversations go to PostgreSQL\n"
          "(ML_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/assistant_ml, created if\n"
          "missing) and the conversation locks to Redis (ML_REDIS_URL).")
_TOOLS = "Tools"

SETTINGS: List[Setting] = [
    Setting("ML_RASA_PORT", "5005", "", _SERVERS),
    Setting("ML_ACTION_PORT", "5055", "", _SERVERS),
    Setting("ML_WIDGET_PORT", "8080", "", _SERVERS),
    Setting("ML_CORS_ORIGINS", "",
            "Origins allowed to call the REST/socket.io channels from a browser (space-separated).\n"
            "Default: the demo page's origin, http://127.0.0.1:8080 http://localhost:8080", _SERVERS),
    Setting("ML_ENABLE_API", "",
            "Rasa's HTTP API (conversations, model...) stays off unless ML_ENABLE_API=1, and then\n"
            "requires ML_API_TOKEN (16 characters or more), sent as ?token=...", _SERVERS),
    Setting("ML_API_TOKEN", "", "", _SERVERS),
    Setting("ML_REPLY_DEADLINE_S", "8",
            "Every message gets a reply within this many seconds, whatever fails (default 8);\n"
            "calls to the action server time out 3 s before it.", _REPLIES),
    Setting("ML_DATA_DIR", "",
            "Runtime state: the SQLite conversation file and the logs\n"
            "(default ~/.local/state/assistant-missions-locales)", _DATA),
    Setting("ML_DATABASE_URL", "",
            "Conversations in another database than the SQLite file,\n"
            "e.g. postgresql://user:password@db-host:5432/assistant", _DATA),
    Setting("ML_RETENTION_DAYS", "30",
            "Conversations idle for more than this many days are deleted at each start of the run\n"
            "command and by `make purge` (default 30).", _DATA),
    Setting("ML_STAFF_ACCOUNTS_FILE", "",
            "The staff accounts (JSON, mode 600; default staff-accounts.json in the state directory).\n"
            "When it does not exist, the run command creates it with an administrator and writes that\n"
            "administrator's credential to staff-admin-credential.txt beside it.", _STAFF),
    Setting("ML_STAFF_CREDENTIAL", "",
            "For the staff commands (make report...): your credential, name:secret. Asked for when unset.",
            _STAFF),
    Setting("ML_KB_DIR", "", "Knowledge base directory (default: kb/ in the project)", _KB),
    Setting("ML_TELEGRAM_TOKEN", "", "Telegram (webhook to register: https://your-host/webhooks/telegram/webhook)",
            _PLATFORMS),
    Setting("ML_TELEGRAM_VERIFY", "", "", _PLATFORMS),
    Setting("ML_TELEGRAM_WEBHOOK_URL", "", "", _PLATFORMS),
    Setting("ML_TELEGRAM_API_URL", "", "optional, default https://api.telegram.org", _PLATFORMS),
    Setting("ML_FACEBOOK_VERIFY", "", "Facebook Messenger (webhook: https://your-host/webhooks/facebook/webhook)",
            _PLATFORMS),
    Setting("ML_FACEBOOK_SECRET", "", "", _PLATFORMS),
    Setting("ML_FACEBOOK_PAGE_ACCESS_TOKEN", "", "", _PLATFORMS),
    Setting("ML_FACEBOOK_API_URL", "",
            "optional, Graph API base URL with its version, default https://graph.facebook.com/v2.12", _PLATFORMS),
    Setting("ML_SLACK_TOKEN", "",
            "Slack (Event Subscriptions and Interactivity URL: https://your-host/webhooks/slack/webhook)", _PLATFORMS),
    Setting("ML_SLACK_SIGNING_SECRET", "", "", _PLATFORMS),
    Setting("ML_SLACK_CHANNEL", "", "optional: also answer in this channel (besides direct messages and mentions)",
            _PLATFORMS),
    Setting("ML_SLACK_API_URL", "", "optional, default https://slack.com/api/", _PLATFORMS),
    Setting("ML_TWILIO_ACCOUNT_SID", "", "Twilio SMS and WhatsApp (webhook: https://your-host/webhooks/twilio/webhook)",
            _PLATFORMS),
    Setting("ML_TWILIO_AUTH_TOKEN", "", "", _PLATFORMS),
    Setting("ML_TWILIO_NUMBER", "", "", _PLATFORMS),
    Setting("ML_TWILIO_WEBHOOK_URL", "", "the public webhook URL exactly as registered at Twilio (its signature covers it)",
            _PLATFORMS),
    Setting("ML_TWILIO_API_URL", "", "optional, default https://api.twilio.com", _PLATFORMS),
    Setting("ML_REPLICAS", "1", "Rasa servers (1: no balancer, the default)", _SCALE),
    Setting("ML_ACTION_REPLICAS", "1", "Action servers in the scale mode", _SCALE),
    Setting("ML_REDIS_URL", "redis://127.0.0.1:6379/0",
            "Redis for the conversation locks in the scale mode: redis://[:password@]host:port/db", _SCALE),
    Setting("ML_SHARED_DIR", "",
            "scripts/build_kb.py: the shared data folder (default ../shared, then /work/shared)", _TOOLS),
]
BY_NAME = {setting.name: setting for setting in SETTINGS}


def text(name: str, environ: Optional[Mapping[str, str]] = None) -> str:
    """The variable's value, stripped, or its default when unset or empty."""
    value = ((os.environ if environ is None else environ).get(name) or "").strip()
    return value or BY_NAME[name].default


def integer(name: str, environ: Optional[Mapping[str, str]] = None) -> int:
    value = text(name, environ)
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from None


def number(name: str, environ: Optional[Mapping[str, str]] = None) -> float:
    value = text(name, environ)
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {value!r}") from None


def flag(name: str, environ: Optional[Mapping[str, str]] = None) -> bool:
    return text(name, environ).lower() in ("1", "true", "yes")


def env_example() -> str:
    """The text of `.env.example`: every variable with its default, grouped, with its meaning."""
    lines = [
        "# Every environment variable the assistant reads, with its default. Copy to .env and",
        "# `set -a; . ./.env; set +a` before `make run`, or set them in your service manager.",
        "# Nothing here is a secret as committed; never commit real tokens.",
        "# Generated from core/settings.py (python -m core.settings > .env.example).",
    ]
    group = None
    for setting in SETTINGS:
        if setting.group != group:
            group = setting.group
            lines.append("")
            lines.extend(f"# {line}" for line in group.splitlines())
        lines.extend(f"# {line}" for line in setting.meaning.splitlines())
        lines.append(f"{setting.name}={setting.default}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(env_example())
