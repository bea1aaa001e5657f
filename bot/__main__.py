"""`python -m bot`: the command line, which runs the bot when given no command."""

from bot.cli import main

if __name__ == "__main__":
    main()
