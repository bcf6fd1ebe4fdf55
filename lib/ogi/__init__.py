"""ogi: China's open-government-information annual reports -> traceable facts and figures.

`ogi.load` (the tables as DataFrames) and `ogi.show` (a report's text with the numbers it used)
are imported on first use, so `import ogi` stays cheap.
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    import importlib

    if name == "load":
        return importlib.import_module(".load", __name__)
    if name == "show":
        return importlib.import_module(".provenance", __name__).show
    raise AttributeError(f"module 'ogi' has no attribute {name!r}")
