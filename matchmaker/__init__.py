"""Matchmaker: connects clean-technology companies with the cities that need them.

This file stays a docstring only: importing ``matchmaker.scoring`` must not import
Flask. The application factory lives in :mod:`matchmaker.app`.
"""
