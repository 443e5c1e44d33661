"""The one error type users see: a single clear sentence, no traceback."""


class LensError(Exception):
    """A problem the user can fix; its message is one sentence shown as-is.

    `exit_code` follows the CLI contract: 1 for a refused or failed action, 2 for bad usage.
    """

    def __init__(self, message: str, *, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class AccessDenied(LensError):
    """The acting user may not do this; callers audit the refusal."""
