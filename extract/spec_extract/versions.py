"""Version numbers compared numerically on their leading components."""


def version_key(text):
    """'3.14' -> (3, 14); '6.1.0-18-amd64' -> (6, 1, 0); '13.2-RELEASE' -> (13, 2)."""
    parts = []
    for piece in str(text).split("."):
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        if not digits:
            break
        parts.append(int(digits))
        if digits != piece:
            break
    return tuple(parts)
