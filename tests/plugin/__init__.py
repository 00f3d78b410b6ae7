"""The ``novu-contracts`` pytest plugin, and the reports of ``verify_consumer`` and ``consumer_test``."""
