# Pelican's settings for the benchmark: its defaults (theme, feeds, categories), UTC dates.
SITENAME = "Pelican benchmark"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
LOAD_CONTENT_CACHE = False
