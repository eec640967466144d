"""Offline training code: fits the shipped artifacts. The runtime never imports it."""
