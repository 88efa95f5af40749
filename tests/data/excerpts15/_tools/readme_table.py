"""Print the README file table from manifest.json (used once to write README.md)."""
import json
from pathlib import Path

m = json.loads((Path(__file__).parent / "manifest.json").read_text(encoding="utf-8"))
print("| file | words | style | event | what is tricky |")
print("| --- | --- | --- | --- | --- |")
for x in m:
    print(f"| `{x['name']}` | {x['words']} | {x['style']} | {x['event']} | {x['tricky']} |")
