"""careerbot: compare careers honestly, side by side.

The core is grouped by concept, and dependencies point inward (``pyproject.toml``'s
import-linter contract): the entry points (``cli``, ``console``, and ``bot/``) call ``app``;
``app`` runs the ``dialogue``; the dialogue ``render``s what ``understanding`` read and
``recommend`` ranked about ``careers``. Only ``app.bootstrap`` and ``store`` touch the store.
"""
