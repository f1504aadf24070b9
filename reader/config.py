"""Where things live (platformdirs) and the user's TOML configuration file."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "reader"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder of the bookmark store: ``--data-dir``, then ``READER_DATA_DIR``, then the
    platform's user data folder."""
    chosen = override or os.environ.get("READER_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    chosen = os.environ.get("READER_CONFIG_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    return config_dir() / "config.toml"


def load_config(path: Path | None = None) -> dict[str, Any]:
    """The config file as a dict; a missing or unreadable file is an empty config."""
    path = path or config_path()
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
