"""The scale mode's load balancer: the HAProxy configuration the launcher writes at each start.

One front for the Rasa servers, one for the action servers, both on 127.0.0.1:

- REST (the widget, the messaging webhooks) goes round-robin to any healthy Rasa replica: every
  replica reads and writes the conversation in PostgreSQL, and the Redis lock store
  (channels/lock_store.py) makes the messages of one conversation wait for each other whichever
  replica they reach. Consecutive messages of one conversation do reach different replicas
  (tests/scale checks that the context holds anyway).
- socket.io is sticky by client address: Rasa's socket.io server keeps its sessions in the
  process, and the long-polling transport sends several requests per session.
- A request is retried on another replica only when it never reached a server (connection
  refused, a replica just stopped): a message that a replica received is never sent twice, so it
  is never answered twice. A message in flight when its replica dies fails at the balancer
  (502), which the widget shows with its "Réessayer" button.
- Health checks on Rasa's root and the action server's /health, every second: a stopped replica
  leaves the rotation after two failed checks, and comes back after two good ones.
- Each answer names its replica in the X-Served-By header (a server name, nothing personal); the
  launcher waits until the balancer has reached every replica before saying it is ready.
- No request is logged (paths only would be logged, but the client address is personal data);
  the log holds the servers going down and up.
"""

from typing import Optional, Sequence, Tuple

HOST = "127.0.0.1"
CHECK = "check inter 1s fall 2 rise 2"
SERVED_BY = "X-Served-By"


def _servers(prefix: str, ports: Sequence[int], option: str) -> str:
    return "".join(f"    server {prefix}-{i} {HOST}:{port} {option.format(prefix=prefix, i=i)}\n"
                   for i, port in enumerate(ports, start=1))


def _discovered(prefix: str, service: str, port: int, most: int) -> str:
    """Servers found by name in a container network's DNS (deploy/compose.yaml): up to `most`."""
    return f"    server-template {prefix}- 1-{most} {service}:{port} {CHECK} resolvers dns init-addr none\n"


def haproxy_config(rasa_port: int, replica_ports: Sequence[int],
                   action_port: int, action_ports: Sequence[int], reply_deadline_s: float,
                   bind: str = HOST, discovery: Optional[Tuple[str, str, int]] = None) -> str:
    """The whole configuration file; `haproxy -c -f` accepts it (tests/unit/launcher/test_scale_mode.py).

    By default the servers are the given loopback ports (the launcher's scale mode). With
    `discovery` = (Rasa service, action service, most replicas), they are found by name through
    Docker's DNS instead (deploy/compose.yaml), listening on `rasa_port` and `action_port`, and the
    socket.io backend checks them itself (a templated server cannot be tracked by name)."""
    # a reply takes at most the guard's deadline; the balancer waits a little longer than that
    server_timeout = int(reply_deadline_s) + 30
    if discovery:
        rasa_service, action_service, most = discovery
        rasa_any = _discovered("rasa", rasa_service, rasa_port, most)
        rasa_sticky = rasa_any
        actions = _discovered("actions", action_service, action_port, most)
        resolvers = "resolvers dns\n    nameserver docker 127.0.0.11:53\n    hold valid 5s\n\n"
    else:
        rasa_any = _servers("rasa", replica_ports, CHECK)
        rasa_sticky = _servers("rasa", replica_ports, "track rasa_any/{prefix}-{i}")
        actions = _servers("actions", action_ports, CHECK)
        resolvers = ""
    return (
        "# Written from launcher/balancer.py; edit that file, not this one.\n"
        "global\n"
        "    log stdout format raw local0 notice\n"
        "    maxconn 4096\n"
        "\n"
        + resolvers +
        "defaults\n"
        "    mode http\n"
        "    log global\n"
        "    option dontlognull\n"
        "    timeout connect 2s\n"
        f"    timeout client {server_timeout}s\n"
        f"    timeout server {server_timeout}s\n"
        "    timeout tunnel 1h\n"
        "    retries 3\n"
        "    option redispatch 1\n"
        "    retry-on conn-failure\n"
        "\n"
        "frontend rasa\n"
        f"    bind {bind}:{rasa_port}\n"
        "    acl socketio path_beg /socket.io/\n"
        "    use_backend rasa_sticky if socketio\n"
        "    default_backend rasa_any\n"
        "\n"
        "backend rasa_any\n"
        "    balance roundrobin\n"
        "    option httpchk\n"
        "    http-check send meth GET uri / ver HTTP/1.1 hdr Host localhost\n"
        f"    http-response set-header {SERVED_BY} %[srv_name]\n"
        + rasa_any +
        "\n"
        "backend rasa_sticky\n"
        "    balance source\n"
        "    hash-type consistent\n"
        + ("    option httpchk\n    http-check send meth GET uri / ver HTTP/1.1 hdr Host localhost\n"
           if discovery else "") +
        f"    http-response set-header {SERVED_BY} %[srv_name]\n"
        + rasa_sticky +
        "\n"
        "frontend actions\n"
        f"    bind {bind}:{action_port}\n"
        "    default_backend actions\n"
        "\n"
        "backend actions\n"
        "    balance roundrobin\n"
        "    option httpchk\n"
        "    http-check send meth GET uri /health ver HTTP/1.1 hdr Host localhost\n"
        f"    http-response set-header {SERVED_BY} %[srv_name]\n"
        + actions
    )
