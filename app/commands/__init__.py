"""One module per `readfirst` subcommand: register(subparsers) and run(args) -> int."""
