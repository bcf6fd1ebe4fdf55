"""ogi: China's open-government-information annual reports -> traceable facts and figures."""

__version__ = "0.1.0"
