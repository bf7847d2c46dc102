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
