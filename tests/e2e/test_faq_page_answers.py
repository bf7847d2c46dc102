"""The public FAQ page shows the answers the assistant really gives: each topic's button question
is sent through the real servers (REST), and the reply the user reads is on the page, word for
word, under that topic (the page escapes text as HTML: compared escaped)."""

import html
import urllib.request

import pytest

from core.faq_catalogue import load_topics

TOPICS = load_topics()


@pytest.fixture(scope="module")
def faq_page(servers) -> str:
    with urllib.request.urlopen(f"{servers.site_url}/faq/", timeout=10) as response:
        assert response.status == 200
        return response.read().decode("utf-8")


def _topic_block(page: str, key: str) -> str:
    start = page.index(f'data-topic="{key}"')
    end = page.find("data-topic=", start + 1)
    return page[start:end if end > 0 else len(page)]


def test_every_answer_the_assistant_gives_is_on_the_faq_page_under_its_topic(chat, faq_page):
    missing = []
    for key, topic in TOPICS.items():
        first = chat.texts(topic.question)[0]
        if html.escape(first, quote=False) not in _topic_block(faq_page, key) and html.escape(first) not in _topic_block(faq_page, key):
            missing.append((key, first[:80]))
    assert missing == [], f"replies not shown under their topic on the FAQ page: {missing}"
    assert faq_page.count('data-topic="') == len(TOPICS)
