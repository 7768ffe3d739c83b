"""Parley: attributed, queryable records of conflict and negotiation news."""

__version__ = "0.1.0"
