"""Where things live (platformdirs) and the user's TOML configuration file."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
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


# ---------------------------------------------------------------------------------------
# The reading app's settings: theme, text width and key remaps.
#
#     theme = "gruvbox"          # any Textual theme name; the app remembers the last choice
#     measure = 72               # the text column's width in cells (20–400)
#     full_width = false         # start with the text using the whole window
#     [keys]                     # binding id = "key[,key…]" (see the help screen, `?`)
#     "next-quote" = "apostrophe,ctrl+n"

DEFAULT_MEASURE = 80
MIN_MEASURE = 20
MAX_MEASURE = 400


@dataclass(frozen=True)
class Settings:
    """The app's part of the config file, checked. ``problems`` says what was ignored."""

    theme: str | None = None
    measure: int = DEFAULT_MEASURE
    full_width: bool = False
    keys: tuple[tuple[str, str], ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def keymap(self) -> dict[str, str]:
        return dict(self.keys)


def load_settings(config: dict[str, Any] | None = None) -> Settings:
    """The checked settings of a config dict (by default the config file's)."""
    config = load_config() if config is None else config
    problems: list[str] = []
    theme = config.get("theme")
    if theme is not None and not (isinstance(theme, str) and theme.strip()):
        problems.append("theme must be a theme's name")
        theme = None
    measure = config.get("measure", DEFAULT_MEASURE)
    if isinstance(measure, bool) or not isinstance(measure, int):
        problems.append("measure must be a whole number of cells")
        measure = DEFAULT_MEASURE
    elif not MIN_MEASURE <= measure <= MAX_MEASURE:
        problems.append(f"measure must be between {MIN_MEASURE} and {MAX_MEASURE}")
        measure = min(max(measure, MIN_MEASURE), MAX_MEASURE)
    full_width = config.get("full_width", False)
    if not isinstance(full_width, bool):
        problems.append("full_width must be true or false")
        full_width = False
    keys: list[tuple[str, str]] = []
    table = config.get("keys", {})
    if not isinstance(table, dict):
        problems.append("[keys] must be a table of binding id = \"keys\"")
        table = {}
    for binding_id, value in table.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ",".join(value)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"keys.{binding_id} must be a string of keys, such as \"j,down\"")
            continue
        keys.append((str(binding_id), value.replace(" ", "")))
    return Settings(
        theme=theme.strip() if isinstance(theme, str) else None,
        measure=measure,
        full_width=full_width,
        keys=tuple(keys),
        problems=tuple(problems),
    )


def remember(path: Path | None = None, **values: Any) -> None:
    """Write ``values`` into the config file, keeping everything else in it.

    A config file that exists but cannot be parsed is left alone (the user's edits are never
    overwritten); that raises ``ReaderError``, as does a file that cannot be written.
    """
    import tomli_w

    from reader.errors import ReaderError

    path = path or config_path()
    config: dict[str, Any] = {}
    try:
        with path.open("rb") as handle:
            config = tomllib.load(handle)
    except FileNotFoundError:
        pass
    except tomllib.TOMLDecodeError as error:
        raise ReaderError(f"Not saving settings: {path} has an error ({error})") from error
    except OSError as error:
        raise ReaderError(f"Could not read {path}: {error.strerror}") from error
    config.update(values)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write beside the file and rename, so a crash never leaves half a config.
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_text(tomli_w.dumps(config), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        raise ReaderError(f"Could not save settings to {path}: {error.strerror}") from error
