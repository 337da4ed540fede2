"""Connection: server address rules, TLS verification, the probe, gzip, and the two ways to log in."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.sync.auth import (ClientCredentialsJwt, ClientKey, StaticBearer, authenticator_for,
                               generate_client_key, load_bearer_token, load_client_key, store_bearer_token)
from desktop.sync.connectivity import probe, read_capabilities
from desktop.sync.engine import SyncEngine
from desktop.sync.summary import SyncOutcome
from desktop.sync.errors import AuthError, SettingsError
from desktop.sync.http_client import FhirHttpClient, Timeouts, encode_json
from desktop.sync.settings import AuthMode, ServerProfile, SyncSettings, check_server_url
from tests.helpers import add_client
from tests.store.secret_service import SecretServiceSession, secret_service  # noqa: F401 (fixture)
from tests.sync.conftest import FAST_RETRY, assert_exactly_once, row_states, sync, writes
from tests.sync.gateway import _unb64, gateway_for
from tests.sync.sync_data import record_every_kind


@pytest.mark.parametrize("url", ["https://fhir.kommune.no/fhir", "http://127.0.0.1:8080/fhir",
                                 "http://localhost/fhir/", "http://[::1]:9000/fhir"])
def test_allowed_server_addresses(url: str) -> None:
    assert check_server_url(url) == url.rstrip("/")


@pytest.mark.parametrize("url", ["http://fhir.kommune.no/fhir", "http://10.0.0.5/fhir", "ftp://x/fhir",
                                 "fhir.kommune.no", "https://x/fhir?a=b"])
def test_refused_server_addresses(url: str) -> None:
    with pytest.raises(SettingsError) as err:
        check_server_url(url)
    assert err.value.message_nb


def test_settings_round_trip_in_the_database(db) -> None:
    settings = SyncSettings("https://fhir.kommune.no/fhir/", 200, AuthMode.CLIENT_CREDENTIALS,
                            "https://helseid-sts.test.nhn.no/connect/token", "klient-1", "nhn:fhir", False)
    settings.save(db)
    loaded = SyncSettings.load(db)
    assert loaded.server_url == "https://fhir.kommune.no/fhir" and loaded.bundle_size == 200
    assert loaded.auth is AuthMode.CLIENT_CREDENTIALS and loaded.client_id == "klient-1" and not loaded.auto_sync
    with pytest.raises(SettingsError):
        SyncSettings("http://fhir.kommune.no/fhir").save(db)


def test_capabilities_from_the_metadata(server) -> None:
    with FhirHttpClient(server.base_url) as client:
        result = probe(client)
    assert result.online and result.capabilities is not None
    assert result.capabilities.batch and result.capabilities.transaction
    assert result.capabilities.accepts_gzip is True
    silent = read_capabilities({"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1"}, None)
    assert silent is not None and silent.batch and silent.accepts_gzip is None
    assert read_capabilities({"resourceType": "Patient"}, None) is None


def test_gzip_bodies_when_the_server_accepts_them(app, clock, db, server) -> None:
    record_every_kind(app, clock)
    summary = sync(db, server)
    assert summary.outcome is SyncOutcome.COMPLETE
    # What went over the wire (and what the server read) is a fraction of the JSON.
    assert server.bytes_received == summary.bytes_sent
    assert summary.bytes_sent < summary.json_bytes / 3
    assert ServerProfile.load(db, server.base_url).gzip is True


def test_a_server_that_refuses_gzip_gets_plain_json(app, clock, db, server) -> None:
    record_every_kind(app, clock)
    with gateway_for(server.base_url, refuse_gzip=True) as gw:
        ServerProfile(gzip=True).save(db, gw.base_url)   # it took gzip once; now it does not
        summary = sync(db, gw)
        assert summary.outcome is SyncOutcome.COMPLETE
        assert gw.gzip_refused == 1
        assert ServerProfile.load(db, gw.base_url).gzip is False
    assert_exactly_once(db, server)


# -- TLS ---------------------------------------------------------------------------------

def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=1))
            .not_valid_after(now + dt.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def tls_metadata_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An https server on 127.0.0.1 with a self-signed certificate, answering GET /fhir/metadata."""
    cert_file, key_file = _self_signed(tmp_path)

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:
            body = json.dumps({"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1", "rest": [
                {"mode": "server", "interaction": [{"code": "batch"}]}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/fhir+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}/fhir", cert_file
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_tls_certificates_are_verified(tls_metadata_server, db) -> None:
    url, cert_file = tls_metadata_server
    summary = SyncEngine(db, SyncSettings(server_url=url), retry=FAST_RETRY).run()
    assert summary.outcome is SyncOutcome.UNREACHABLE   # not trusted by the system store
    with FhirHttpClient(url, timeouts=Timeouts(probe=3)) as client:
        assert not probe(client).online
    trusted = ssl.create_default_context(cafile=str(cert_file))
    with FhirHttpClient(url, verify=trusted, timeouts=Timeouts(probe=3)) as client:
        assert probe(client).online


# -- login ------------------------------------------------------------------------------

def test_static_bearer_token(app, clock, db, server) -> None:
    add_client(app)
    with gateway_for(server.base_url, require_token=True, static_tokens={"hemmelig"}) as gw:
        wrong = SyncEngine(db, SyncSettings(server_url=gw.base_url), StaticBearer("feil"), retry=FAST_RETRY).run()
        assert wrong.outcome is SyncOutcome.UNREACHABLE and "401" in wrong.message_nb
        assert row_states(db)["synced"] == 0
        right = SyncEngine(db, SyncSettings(server_url=gw.base_url), StaticBearer("hemmelig"),
                           retry=FAST_RETRY).run()
        assert right.outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, server)


def test_client_credentials_with_private_key_jwt(app, clock, db, server) -> None:
    record_every_kind(app, clock)
    key = ClientKey(ec.generate_private_key(ec.SECP256R1()))
    with gateway_for(server.base_url, require_token=True, client_jwk=key.public_jwk()) as gw:
        auth = ClientCredentialsJwt(gw.token_endpoint, "ambulant-test-client", key, scope="fhir/*.write")
        settings = SyncSettings(server_url=gw.base_url, bundle_size=10)
        first = SyncEngine(db, settings, auth, retry=FAST_RETRY).run()
        assert first.outcome is SyncOutcome.COMPLETE
        assert len(gw.issued) == 1   # one token for the whole run, reused on the kept-alive connection
        claims = gw.assertions[0]
        assert claims["aud"] == gw.token_endpoint and claims["exp"] - claims["iat"] == 60
        # The token expires server-side: the next request gets 401, a new token, and goes through.
        app.write_note(app.list_clients()[0].client_id, "Etter utløpt token")
        gw.expire_all_tokens()
        second = SyncEngine(db, settings, auth, retry=FAST_RETRY).run()
        assert second.outcome is SyncOutcome.COMPLETE and gw.refused == 1 and len(gw.issued) == 2
    assert_exactly_once(db, server)


def test_an_unregistered_key_is_refused_clearly(app, db, server) -> None:
    add_client(app)
    registered = ClientKey(ec.generate_private_key(ec.SECP256R1()))
    other = ClientKey(ec.generate_private_key(ec.SECP256R1()))
    with gateway_for(server.base_url, require_token=True, client_jwk=registered.public_jwk()) as gw:
        auth = ClientCredentialsJwt(gw.token_endpoint, "ambulant-test-client", other)
        summary = SyncEngine(db, SyncSettings(server_url=gw.base_url), auth, retry=FAST_RETRY).run()
    assert summary.outcome is SyncOutcome.UNREACHABLE
    assert "avviste klienten" in summary.message_nb and "unknown key" in summary.message_nb
    assert not writes(server)


def test_jwt_signature_is_standard_es256() -> None:
    key = ClientKey(ec.generate_private_key(ec.SECP256R1()))
    token = key.sign_jwt({"iss": "a"})
    header, _, signature = token.split(".")
    assert json.loads(_unb64(header)) == {"alg": "ES256", "typ": "JWT", "kid": key.public_jwk()["kid"]}
    assert len(_unb64(signature)) == 64   # raw r||s, not DER
    assert ClientKey.from_pem(key.to_pem()).public_jwk() == key.public_jwk()


def test_no_keyring_means_a_clear_error() -> None:
    # The test session's keyring is the 'fail' backend (tests/conftest.py).
    with pytest.raises(AuthError) as err:
        store_bearer_token("https://fhir.kommune.no/fhir", "abc")
    assert "nøkkelring" in err.value.message_nb


def test_secrets_live_in_a_real_keyring(secret_service: SecretServiceSession, app, db, server  # noqa: F811
                                        ) -> None:
    url = "https://fhir.kommune.no/fhir"
    store_bearer_token(url, "token-fra-kommunen\n")
    assert load_bearer_token(url) == "token-fra-kommunen"
    auth = authenticator_for(SyncSettings(server_url=url, auth=AuthMode.BEARER))
    assert isinstance(auth, StaticBearer)
    key = generate_client_key("klient-1")
    assert load_client_key("klient-1").public_jwk() == key.public_jwk()
    settings = SyncSettings(server_url=url, auth=AuthMode.CLIENT_CREDENTIALS,
                            token_endpoint="https://helseid-sts.test.nhn.no/connect/token", client_id="klient-1")
    assert isinstance(authenticator_for(settings), ClientCredentialsJwt)
    # The private key is in the keyring, never in the database or its folder.
    pem_line = key.to_pem().splitlines()[1].encode()
    for path in db.files.data_dir.iterdir():
        assert pem_line not in path.read_bytes()
    with pytest.raises(AuthError):
        authenticator_for(SyncSettings(server_url=url, auth=AuthMode.CLIENT_CREDENTIALS,
                                       token_endpoint="https://x/token", client_id="ukjent"))


def test_encode_json_is_compact_utf8() -> None:
    assert encode_json({"navn": "Åse"}) == '{"navn":"Åse"}'.encode()
