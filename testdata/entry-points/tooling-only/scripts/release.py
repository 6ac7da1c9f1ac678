import subprocess


def main():
    subprocess.run(["git", "tag", "--list"], check=True)
