"""A maintenance script: not part of the code location, run with whatever its operator installs."""
import click


@click.command()
def rebuild():
    click.echo("rebuilt")
