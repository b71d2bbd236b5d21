"""The actor knowledge base: states, IGOs, groups, sectors and office holders, matched in text at a date."""

from .commands import list_actors, lookup, stats
from .importers import ImportReport, import_petrarch, import_wikidata
from .kb import ActorKB

__all__ = ["ActorKB", "ImportReport", "import_petrarch", "import_wikidata", "list_actors", "lookup", "stats"]
