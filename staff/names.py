"""Readable names of structures and communes for the staff pages and commands."""

from core.knowledge_base import knowledge_base


class Names:
    """Readable names of structures and communes, from the knowledge base (the codes when it is
    unreadable); looked up only for the requests shown."""

    def __init__(self) -> None:
        try:
            self._kb = knowledge_base()
        except Exception:  # noqa: BLE001 - the list still shows the codes
            self._kb = None

    def structure(self, code: str) -> str:
        found = self._kb.structures.get(code) if self._kb else None
        return found.name if found else code

    def commune(self, code: str) -> str:
        return self._kb.commune_label(code) if self._kb and code in self._kb.communes else code
