"""One exception tree for multivector; every message carries a code and names the input."""

from __future__ import annotations


class MultivectorError(Exception):
    """Base of all multivector errors. ``code`` is a stable identifier such as ``E012``."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.source = source
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.source is not None:
            where = f"{self.source}"
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        return f"{self.code}: {where}{self.message}"


class ConfigError(MultivectorError):
    """Settings or package data are unusable."""

    code = "E001"


class InputError(MultivectorError):
    """An input file or record cannot be read."""

    code = "E010"


class EmptyInputError(InputError):
    """The input holds no text."""

    code = "E011"


class BinaryInputError(InputError):
    """The input looks like a binary file."""

    code = "E012"


class EncodingInputError(InputError):
    """The input is not valid UTF-8."""

    code = "E013"


class RecordError(InputError):
    """A record (JSONL line, CSV row) is malformed or lacks its text."""

    code = "E014"


class UnsupportedFormatError(InputError):
    """The input's format is not recognised."""

    code = "E015"


class ModelLoadError(MultivectorError):
    """The spaCy pipeline cannot be loaded."""

    code = "E020"


class ActorDataError(MultivectorError):
    """Actor knowledge-base data or an overlay file is malformed."""

    code = "E030"


class CodingError(MultivectorError):
    """Event coding failed for an article."""

    code = "E040"


class StoreError(MultivectorError):
    """The event store cannot be opened, migrated or written."""

    code = "E050"


class PendingMigrationError(StoreError):
    """A read-only open found a store written by an older schema version."""

    code = "E051"


class AnalysisError(MultivectorError):
    """An analysis request is invalid (unknown actor, empty period, ...)."""

    code = "E060"
