"""Run with `uv run --with anthropic src/pier_console/eval/run_eval.py`: a folder of scripts, no package."""
from anthropic import Anthropic

import prompts

print(Anthropic, prompts.PROMPTS)
