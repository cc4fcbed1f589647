"""Loading the exercise catalogue and every routine, built-in and the person's own.

Both the command line and the window need the same catalogue and library, read the same way
(through the cache of routine files parsed at the last run), so loading them lives here, below
both, rather than in either.
"""

from __future__ import annotations

from collections.abc import Callable

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.languages import SOURCE
from stretchguide.core.loader import Library, load_library
from stretchguide.core.model import Catalog
from stretchguide.storage.parse_cache import USER, ParseCache
from stretchguide.storage.paths import AppPaths


def load_catalog_and_library(
    paths: AppPaths | None = None, language: str = SOURCE
) -> tuple[Catalog, Library]:
    """The catalogue and every routine, the built-ins in ``language`` (a shipped language's
    code, ``core.languages``); routine files unchanged since the last run are not
    parsed again. Raises ``LoadError`` only when the app's own data is broken: a broken file
    of the person's is a problem listed in the library, never a reason to stop."""
    paths = paths or AppPaths.resolve()
    memo = ParseCache.in_folder(paths.cache_dir)
    user_memo = ParseCache.in_folder(paths.cache_dir, USER)
    catalog = load_catalog(assets_dir(), memo, language)
    library = load_library(catalog, builtin_routines_dir(), paths.routines_dir, memo, user_memo)
    memo.save()
    user_memo.save()
    return catalog, library


def load_catalog_and_builtins(
    paths: AppPaths | None = None, language: str = SOURCE
) -> tuple[Catalog, Library, Callable[[], Library]]:
    """The catalogue and the built-in routines now (in ``language``), and a function that loads
    the whole library (the built-ins again, from the cache, and the person's own files) later.

    The window shows the built-ins first and calls the function on a worker thread: a
    thousand routine files take half a second to read and check, which the first frame would
    otherwise wait for. The function is ``library_reader``'s. Raises ``LoadError`` only when
    the app's own data is broken.
    """
    paths = paths or AppPaths.resolve()
    memo = ParseCache.in_folder(paths.cache_dir)
    catalog = load_catalog(assets_dir(), memo, language)
    builtins = load_library(catalog, builtin_routines_dir(), None, memo)
    memo.save()  # nothing to write unless an update changed the app's own files
    return catalog, builtins, library_reader(catalog, paths, memo)


def library_reader(
    catalog: Catalog, paths: AppPaths, memo: ParseCache | None = None
) -> Callable[[], Library]:
    """A function that reads the whole library: the built-ins (through ``memo``, the cache of
    the app's own files; if not given, each call reads and saves it) and the person's routine
    files, through their parse cache, which it saves.

    The window calls it on a worker thread after its first frame, and again each time a
    routine is saved, imported or deleted. It may be called from any thread, any number of
    times, even two at once: each call reads the person's parse cache afresh and saves it
    atomically, so the last to finish leaves a whole one, and the built-ins' cache is only
    looked up (one entry at a time, which the interpreter lock keeps whole).
    """

    def everything() -> Library:
        builtin_memo = memo if memo is not None else ParseCache.in_folder(paths.cache_dir)
        user_memo = ParseCache.in_folder(paths.cache_dir, USER)
        folder = paths.routines_dir
        library = load_library(catalog, builtin_routines_dir(), folder, builtin_memo, user_memo)
        user_memo.save()
        if memo is None:
            builtin_memo.save()  # nothing to write unless the app's own files changed
        return library

    return everything
