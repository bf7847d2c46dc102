"""The scale mode's settings: the balancer's configuration is one HAProxy accepts, the
conversation database must be PostgreSQL, the Redis URL is read whole."""

import shutil
import subprocess

import pytest

from launcher import scale
from launcher.balancer import haproxy_config
from launcher.endpoints import write_endpoints


@pytest.mark.skipif(shutil.which("haproxy") is None, reason="HAProxy is not installed (scripts/ensure_haproxy.sh)")
def test_haproxy_accepts_the_written_configuration(tmp_path):
    config = tmp_path / "haproxy.cfg"
    config.write_text(haproxy_config(6005, [6006, 6007, 6008], 6055, [6056, 6057], 8))
    result = subprocess.run(["haproxy", "-c", "-f", str(config)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_replica_is_behind_both_rasa_routes_and_every_action_server_behind_its_own():
    config = haproxy_config(6005, [6006, 6007], 6055, [6056, 6057], 8)
    for port in (6006, 6007, 6056, 6057):
        assert config.count(f"127.0.0.1:{port}") == (2 if port < 6050 else 1)
    assert "bind 127.0.0.1:6005" in config and "bind 127.0.0.1:6055" in config
    # a request that reached a server is never sent again: only connection failures are retried
    assert "retry-on conn-failure\n" in config


def test_the_scale_mode_refuses_sqlite_in_french_and_english():
    with pytest.raises(scale.ServiceUnreachable) as refused:
        scale.database_url("sqlite:////tmp/conversations.db")
    assert "PostgreSQL" in str(refused.value) and "must" in str(refused.value) and "doit" in str(refused.value)
    assert scale.database_url(None) == scale.DEFAULT_DATABASE_URL


def test_the_redis_url_gives_host_port_database_and_password():
    assert scale.redis_settings("redis://:s3cret@cache.example:6380/2") == {
        "host": "cache.example", "port": 6380, "db": 2, "password": "s3cret"}
    assert scale.redis_settings("redis://127.0.0.1") == {"host": "127.0.0.1", "port": 6379, "db": 0}
    with pytest.raises(ValueError, match="ML_REDIS_URL"):
        scale.redis_settings("127.0.0.1:6379")


def test_the_endpoints_name_the_atomic_lock_store(tmp_path):
    import yaml

    path = write_endpoints(tmp_path, "http://127.0.0.1:6055/webhook", {"type": "SQL"},
                           lock_store=scale.lock_store_config("redis://127.0.0.1:6379/4"))
    written = yaml.safe_load(path.read_text())
    assert written["lock_store"] == {"type": "channels.lock_store.AtomicRedisLockStore",
                                     "url": "127.0.0.1", "port": 6379, "db": 4}
    assert "lock_store" not in yaml.safe_load(write_endpoints(tmp_path, "http://x/webhook", {"type": "SQL"}).read_text())
