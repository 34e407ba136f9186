from palli_common.app import DB  # noqa: F401  (re-exported for the routes)
