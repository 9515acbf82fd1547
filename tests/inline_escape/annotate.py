#!/usr/bin/env python3
"""Writes Go's -m expectations into tests/inline_escape programs: see tools/annotate.py."""
import os
import runpy
import sys

sys.argv[1:1] = ["inline_escape"]
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                            "tools", "annotate.py"), run_name="__main__")
