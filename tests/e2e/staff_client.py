"""HTTP helpers for the staff pages' tests: GET and POST with or without a credential."""

import base64
import http.client
from typing import Dict, Optional, Tuple
from urllib.parse import urlencode


def request(port: int, path: str, credential: Optional[str] = None, method: str = "GET",
            form: Optional[Dict[str, str]] = None, headers: Optional[Dict[str, str]] = None
            ) -> Tuple[int, Dict[str, str], str]:
    sent = dict(headers or {})
    if credential is not None:
        sent["Authorization"] = "Basic " + base64.b64encode(credential.encode("utf-8")).decode("ascii")
    body = None
    if form is not None:
        body = urlencode(form).encode("utf-8")
        sent["Content-Type"] = "application/x-www-form-urlencoded"
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(method, path, body=body, headers=sent)
    response = connection.getresponse()
    text = response.read().decode("utf-8", errors="replace")
    connection.close()
    return response.status, dict(response.getheaders()), text
