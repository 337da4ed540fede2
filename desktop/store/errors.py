"""What can go wrong opening or writing the encrypted store, said plainly."""

from __future__ import annotations

import datetime as dt

from ..domain.clock import local_text
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


# -- the key files, the keyring entry, unlock attempts -------------------------------------------

class KeyInfoMissing(StoreError):
    """Neither copy of the key information is there (or readable as ours)."""

    def __init__(self, data_dir: str) -> None:
        super().__init__(
            f"Nøkkelfilene (ambulant-key.json og reservekopien ambulant-key-copy.json) mangler eller er skadet "
            f"i {data_dir}. Uten dem kan databasen ikke åpnes, selv med riktig passordfrase. Legg tilbake en av "
            "dem fra en sikkerhetskopi eller fra ambulant-key.json.schema*.bak. Databasefilen er ikke endret.",
            f"The key files (ambulant-key.json and its copy ambulant-key-copy.json) are missing or damaged in "
            f"{data_dir}. Without them the database cannot be opened, even with the right passphrase. Put one "
            "back from a backup or from ambulant-key.json.schema*.bak. The database file was not changed.")


class KeyFilesForeign(NotAnAmbulantDatabase):
    """The key files were made for another database file than the one beside them."""

    def __init__(self, data_dir: str) -> None:
        StoreError.__init__(
            self,
            f"Nøkkelfilene i {data_dir} hører ikke til databasefilen der: de ble laget for en annen databasefil. "
            "Enten er databasefilen byttet ut eller overskrevet, eller nøkkelfilene kommer fra en annen journal. "
            "Legg tilbake filene som hører sammen. Filene er ikke endret.",
            f"The key files in {data_dir} do not belong to the database file there: they were made for another "
            "database file. Either the database file was replaced or overwritten, or the key files come from "
            "another journal. Put back the files that belong together. The files were not changed.")


class KeyringEntryDamaged(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Nøkkelen i nøkkelringen på denne maskinen er skadet og kan ikke brukes. Passordfrasen er ikke prøvd. "
            "Kontakt IT-kontakten din; databasen er ikke endret.",
            "The key in this computer's keyring is damaged and cannot be used. The passphrase was not tried. "
            "Contact your IT contact; the database was not changed.")


class KeyringEntryForeign(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Nøkkelen i nøkkelringen hører til en annen Ambulant-journal, ikke denne. Passordfrasen er ikke prøvd "
            "mot den. Kontakt IT-kontakten din; databasen er ikke endret.",
            "The key in the keyring belongs to another Ambulant journal, not this one. The passphrase was not "
            "tried against it. Contact your IT contact; the database was not changed.")


class UnlockThrottled(StoreError):
    """Too many wrong passphrases in a row: the next try has to wait ``wait_seconds``."""

    exit_code = 2

    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(
            f"For mange feil passordfraser på rad. Vent {wait_seconds} sekunder før du prøver igjen. "
            "Databasen er ikke endret.",
            f"Too many wrong passphrases in a row. Wait {wait_seconds} seconds before you try again. "
            "The database was not changed.")


# -- damage ------------------------------------------------------------------------------------

class DatabaseDamaged(StoreError):
    """A page of the database cannot be read (its checksum fails): the rest can."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"En del av databasen {path} kan ikke leses (en skadet side). Alt annet er i behold. "
            "Behold filen som den er, og kjør «ambulant check» for å se hvor mye som er skadet, og "
            "«ambulant repair --out MAPPE» for å kopiere alt som kan leses over i en ny kryptert database; "
            "det som mangler, hentes fra serveren ved neste synkronisering.",
            f"Part of the database {path} cannot be read (a damaged page). Everything else is intact. "
            "Keep the file as it is, run 'ambulant check' to see how much is damaged, and "
            "'ambulant repair --out FOLDER' to copy everything readable into a new encrypted database; "
            "what is missing is fetched from the server at the next synchronisation.")


class ClientDataLocked(StoreError):
    """Retention: too long without a successful server contact; client data stays closed until a sync."""

    exit_code = 2

    def __init__(self, days: int, limit: int) -> None:
        self.days = days
        self.limit = limit
        super().__init__(
            f"Brukerdata er sperret på denne maskinen: det er {days} dager siden siste vellykkede kontakt med "
            f"serveren (grensen er {limit} dager). Synkroniser for å åpne dem igjen. Ingenting er slettet, og "
            "det som venter, blir sendt.",
            f"Client data is locked on this computer: it is {days} days since the last successful contact with "
            f"the server (the limit is {limit} days). Synchronise to open it again. Nothing was deleted, and "
            "what is waiting will be sent.")


class DeviceRevoked(ClientDataLocked):
    """The municipality revoked this laptop: client data stays closed; the journal is destroyed once
    everything written on it is confirmed by the server (desktop/services/revoke.py)."""

    def __init__(self, unconfirmed: int) -> None:
        self.days = self.limit = 0
        self.unconfirmed = unconfirmed
        StoreError.__init__(
            self,
            "Kommunen har trukket tilbake denne enheten, så brukerdata er stengt her. "
            f"{unconfirmed} oppføringer er ennå ikke bekreftet av serveren; når de er sendt, slettes journalen "
            "på denne maskinen. Synkroniser, og kontakt IT-kontakten din.",
            "The municipality revoked this device, so client data is closed here. "
            f"{unconfirmed} records are not yet confirmed by the server; once they are sent, the journal on this "
            "computer is destroyed. Synchronise, and contact your IT contact.")


class JournalShredded(StoreError):
    """The journal in this folder was destroyed on the server's request (the device was revoked)."""

    exit_code = 2

    def __init__(self, data_dir: str, at: str) -> None:
        at = _when(at)
        super().__init__(
            f"Journalen på denne maskinen ({data_dir}) ble slettet {at} fordi kommunen har trukket tilbake "
            "enheten. Det som var sendt, finnes på serveren. Kontakt IT-kontakten din.",
            f"The journal on this computer ({data_dir}) was destroyed on {at} because the municipality revoked "
            "the device. What had been sent is on the server. Contact your IT contact.")


def _when(iso: str) -> str:
    """An ISO time from a file as the worker reads it (the text itself when it is not one)."""
    try:
        return local_text(dt.datetime.fromisoformat(iso))
    except ValueError:
        return iso
