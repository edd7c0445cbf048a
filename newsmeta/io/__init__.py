"""Readers and writers around :func:`newsmeta.extract`: compressed bytes, corpora, output formats.

One module per format; the command line and the Python API use the same ones.
"""
