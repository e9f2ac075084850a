"""The application: the service (one unit of work per update), the ports it needs of a
store, settings, admission, usage, and the one wiring point (``bootstrap``)."""
