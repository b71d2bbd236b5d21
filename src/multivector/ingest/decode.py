"""Bytes to text: empty, binary and invalid UTF-8 inputs become coded InputErrors naming file and line."""

from __future__ import annotations

from multivector.errors import BinaryInputError, EmptyInputError, EncodingInputError

_BOM = b"\xef\xbb\xbf"
_SNIFF_BYTES = 8192
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13} | {127}
_MAX_CONTROL_SHARE = 0.1


def looks_binary(head: bytes) -> bool:
    """True for NUL bytes or many control characters in the first bytes of a file."""
    sample = head[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b in _CONTROL)
    return bool(sample) and control / len(sample) > _MAX_CONTROL_SHARE


def check_bytes(data: bytes, *, source: str) -> None:
    """Raise EmptyInputError or BinaryInputError for unusable file contents."""
    if not data.replace(_BOM, b"", 1).strip():
        raise EmptyInputError("the input is empty", source=source)
    if looks_binary(data):
        raise BinaryInputError("binary content (NUL or control bytes), not text", source=source)


def decode_utf8(data: bytes, *, source: str, first_line: int = 1, base_offset: int = 0) -> str:
    """Decode UTF-8 (a leading BOM is dropped); errors report the byte offset and line."""
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        line = first_line + data.count(b"\n", 0, offset)
        raise EncodingInputError(
            f"invalid UTF-8 at byte {base_offset + offset} ({exc.reason}); save the file as UTF-8",
            source=source, line=line,
        ) from exc


def read_text(data: bytes, *, source: str) -> str:
    """Checked, decoded text of a whole file."""
    check_bytes(data, source=source)
    return decode_utf8(data, source=source)
