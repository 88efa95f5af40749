"""``python -m kg.cli``: the ``kg`` command."""
from . import main

if __name__ == "__main__":
    main()
