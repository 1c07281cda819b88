"""Benchmark scripts: each prints measured figures against its budget.

``python -m benchmarks`` runs them all and prints one table (see ``__main__``).
"""
