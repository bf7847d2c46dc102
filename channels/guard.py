"""The guard around Rasa's message handling: every user message gets a French reply.

Rasa 3.6 sends nothing when the action server is down or an action raises, and waits
up to 300 s (a hard-coded constant) on a hung action. `guarded(on_new_message)` wraps
the callable that Rasa hands to each input channel's `blueprint`:

- empty text gets a French reply without NLU; text is cleaned of control characters
  and capped at MAX_MESSAGE_CHARS before NLU (the user is told);
- Rasa's action-server timeout is lowered to ACTION_TIMEOUT_S by the server's entry point
  (channels/__main__.py installs channels/rasa_patches.py);
- Rasa's handling runs under a deadline, REPLY_DEADLINE_S; on an exception, on the
  deadline, or when Rasa sent nothing at all, the guard sends TECHNICAL_PROBLEM itself
  through the message's output channel, so that reply depends on nothing but this
  process.

Errors are logged without the message text (personal data: text only at DEBUG).
"""

import asyncio
import copy
import logging
import re
import unicodedata
from typing import Any, Awaitable, Callable, Optional, Tuple

from rasa.core.channels.channel import OutputChannel, UserMessage

from core import replies, settings

logger = logging.getLogger(__name__)

REPLY_DEADLINE_S = settings.number("ML_REPLY_DEADLINE_S")  # read once, when the server starts
ACTION_TIMEOUT_S = max(1.0, REPLY_DEADLINE_S - 3.0)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


def clean_text(text: Optional[str]) -> Tuple[str, bool]:
    """The text Rasa should read, and whether it was cut to MAX_MESSAGE_CHARS.

    Control and invisible characters are removed (tab and line breaks become spaces),
    unpaired surrogates dropped, the text put in NFC form and stripped.
    """
    text = (text or "").encode("utf-8", "ignore").decode("utf-8")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text.replace("\t", " ").replace("\r", " ").replace("\n", " "))
    text = re.sub(r" {2,}", " ", text).strip()
    if len(text) > replies.MAX_MESSAGE_CHARS:
        return text[: replies.MAX_MESSAGE_CHARS], True
    return text, False


async def _say(message: UserMessage, text: str) -> None:
    try:
        await message.output_channel.send_text_message(message.sender_id, text)
    except Exception:  # noqa: BLE001 - the platform itself failed; nothing else to try
        logger.exception("guard: could not send a reply on channel %s", message.input_channel)


class _CountingOutput(OutputChannel):
    """Passes the bot's messages to the real output channel, counting them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    def name(self) -> str:  # type: ignore[override]
        return self.inner.name()

    async def send_response(self, recipient_id: str, message: Any) -> None:
        self.sent += 1
        await self.inner.send_response(recipient_id, message)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.inner, attribute)


def guarded(on_new_message: OnNewMessage) -> OnNewMessage:
    """`on_new_message`, made to always answer the user in French (see module doc)."""

    async def handle(message: UserMessage) -> None:
        text, was_cut = clean_text(message.text)
        if not text:
            await _say(message, replies.EMPTY)
            return
        if was_cut:
            await _say(message, replies.TOO_LONG)
        message.text = text

        counting = _CountingOutput(message.output_channel)
        proxied = copy.copy(message)  # per message: platform output channels may be shared
        proxied.output_channel = counting
        failure = ""
        try:
            await asyncio.wait_for(on_new_message(proxied), timeout=REPLY_DEADLINE_S)
        except asyncio.TimeoutError:
            failure = f"no reply within {REPLY_DEADLINE_S:.0f} s"
        except Exception as error:  # noqa: BLE001 - the user must get a reply whatever failed
            failure = f"{type(error).__name__}"
            logger.exception("guard: handling a message failed (sender %s)", message.sender_id)
        if not counting.sent:
            logger.error(
                "guard: the assistant sent no reply (%s); sending the technical-problem reply",
                failure or "empty reply",
            )
            await _say(message, replies.TECHNICAL_PROBLEM)

    return handle
