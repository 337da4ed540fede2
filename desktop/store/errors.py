"""What can go wrong opening or writing the encrypted store, said plainly."""

from __future__ import annotations

from ..domain.errors import AmbulantError


class StoreError(AmbulantError):
    """A store problem with a message for the user in Norwegian and English."""

    exit_code = 1


class WrongPassphrase(StoreError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__("Feil passordfrase. Databasen er ikke endret.",
                         "Wrong passphrase. The database was not changed.")


class NotAnAmbulantDatabase(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} er ikke en Ambulant-database, eller den er skadet. Filen er ikke endret.",
            f"{path} is not an Ambulant database, or it is damaged. The file was not changed.")


class NoDatabase(StoreError):
    exit_code = 2

    def __init__(self, path: str) -> None:
        super().__init__(f"Fant ingen database i {path}. Kjør «ambulant init» først.",
                         f"No database in {path}. Run 'ambulant init' first.")


class DatabaseExists(StoreError):
    exit_code = 2

    def __init__(self, path: str) -> None:
        super().__init__(f"Det finnes allerede en database i {path}. Den blir ikke overskrevet.",
                         f"A database already exists in {path}. It will not be overwritten.")


class KeyMissing(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Nøkkelen til databasen finnes ikke i nøkkelringen på denne maskinen.",
            "The database key is not in this computer's keyring.")


class NewerSchema(StoreError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"Databasen er laget av en nyere Ambulant (skjema {found}, denne versjonen kjenner {known}). Oppdater programmet.",
            f"The database was made by a newer Ambulant (schema {found}, this version knows {known}). Update the app.")


class DiskFull(StoreError):
    def __init__(self) -> None:
        super().__init__("Disken er full. Det siste ble ikke lagret; alt som var lagret fra før er i behold.",
                         "The disk is full. The last entry was not saved; everything saved before is intact.")


class WriteFailed(StoreError):
    def __init__(self) -> None:
        super().__init__("Kunne ikke skrive til disken. Det siste ble ikke lagret; alt som var lagret fra før er "
                         "i behold. Sjekk at det er ledig plass, og prøv igjen.",
                         "Could not write to the disk. The last entry was not saved; everything saved before is "
                         "intact. Check that there is free space, and try again.")


class VersionConflict(StoreError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__("Oppføringen er endret i mellomtiden. Åpne den på nytt og prøv igjen.",
                         "The entry was changed meanwhile. Open it again and retry.")
