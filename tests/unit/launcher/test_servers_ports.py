"""The launcher refuses to start on a port something already listens on: a server left
there would otherwise answer the readiness checks in place of the new one."""

import socket
from pathlib import Path

import pytest

from launcher.servers import Servers


def test_start_refuses_a_port_in_use(tmp_path):
    with socket.create_server(("127.0.0.1", 0)) as squatter:
        port = squatter.getsockname()[1]
        servers = Servers(Path("unused.tar.gz"), rasa_port=port, action_port=port + 1, data_dir=tmp_path)
        with pytest.raises(RuntimeError, match=f"port {port} .* already in use"):
            servers.start()
        assert servers.processes == []  # nothing was spawned


def test_the_test_and_tool_ports_are_one_table_without_collision():
    from launcher import ports

    table = ports.all_ports()
    assert len(set(table.values())) == len(table), table
    run_defaults = {5005, 5055, 8080}  # the run command's (core/settings.py), free for a developer's make run
    assert not run_defaults & set(table.values())
    assert all(1024 < port < 65536 for port in table.values())
