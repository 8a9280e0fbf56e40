"""cli: thin Typer commands over plain functions; Rich for the terminal report."""
