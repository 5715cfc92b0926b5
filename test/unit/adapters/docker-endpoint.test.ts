import { describe, expect, test } from 'vitest';
import { connectionOf, sshDialArgv, type EngineConnection } from '../../../src/adapters/engine-transport.js';
import {
  contextDirName,
  dockerApiFromEnvironment,
  DockerEndpointError,
  resolveDockerEndpoint,
  type DockerEndpoint,
} from '../../../src/adapters/docker-endpoint.js';
import { DockerUnavailableError } from '../../../src/ports/docker.js';

// The docker CLI's files, as a plain map: path → text. Paths follow the CLI's context store.
const CONFIG = '/home/dev/.docker';
const REMOTE = contextDirName('remote');
const SECURE = contextDirName('secure');
const meta = (name: string, host: string, skip = false): string =>
  JSON.stringify({ Name: name, Metadata: { Description: '' }, Endpoints: { docker: { Host: host, SkipTLSVerify: skip } } });
const FILES: Record<string, string> = {
  [`${CONFIG}/contexts/meta/${REMOTE}/meta.json`]: meta('remote', 'tcp://127.0.0.1:2375'),
  [`${CONFIG}/contexts/meta/${SECURE}/meta.json`]: meta('secure', 'tcp://build-host:2376'),
  [`${CONFIG}/contexts/tls/${SECURE}/docker/ca.pem`]: 'CA',
  [`${CONFIG}/contexts/tls/${SECURE}/docker/cert.pem`]: 'CERT',
  [`${CONFIG}/contexts/tls/${SECURE}/docker/key.pem`]: 'KEY',
  '/certs/ca.pem': 'ENV-CA',
  '/certs/cert.pem': 'ENV-CERT',
  '/certs/key.pem': 'ENV-KEY',
};
const read =
  (extra: Record<string, string> = {}) =>
  (file: string): string | undefined =>
    ({ ...FILES, ...extra })[file];
const withCurrent = (name: string): Record<string, string> => ({ [`${CONFIG}/config.json`]: JSON.stringify({ auths: {}, currentContext: name }) });

describe('resolveDockerEndpoint: the docker CLI order', () => {
  test.each<[string, NodeJS.ProcessEnv, Record<string, string>, Partial<DockerEndpoint>]>([
    ['nothing set: the local socket', {}, {}, { host: 'unix:///var/run/docker.sock', source: 'default', description: 'unix:///var/run/docker.sock' }],
    ['DOCKER_HOST alone', { DOCKER_HOST: 'tcp://10.0.0.5:2375' }, {}, { host: 'tcp://10.0.0.5:2375', source: 'DOCKER_HOST', description: 'tcp://10.0.0.5:2375' }],
    ['DOCKER_HOST beats DOCKER_CONTEXT', { DOCKER_HOST: 'unix:///tmp/x.sock', DOCKER_CONTEXT: 'remote' }, {}, { host: 'unix:///tmp/x.sock', source: 'DOCKER_HOST' }],
    ['DOCKER_HOST beats the current context', { DOCKER_HOST: 'unix:///tmp/x.sock' }, withCurrent('remote'), { host: 'unix:///tmp/x.sock', source: 'DOCKER_HOST' }],
    ['an empty DOCKER_HOST counts as unset', { DOCKER_HOST: '', DOCKER_CONTEXT: 'remote' }, {}, { host: 'tcp://127.0.0.1:2375', source: 'context' }],
    ['DOCKER_CONTEXT', { DOCKER_CONTEXT: 'remote' }, {}, { host: 'tcp://127.0.0.1:2375', source: 'context', context: 'remote', description: "tcp://127.0.0.1:2375 (context 'remote')" }],
    ['DOCKER_CONTEXT beats the current context', { DOCKER_CONTEXT: 'default' }, withCurrent('remote'), { host: 'unix:///var/run/docker.sock', source: 'default' }],
    ['the current context in config.json', {}, withCurrent('remote'), { host: 'tcp://127.0.0.1:2375', source: 'context', context: 'remote' }],
    ['currentContext "default"', {}, withCurrent('default'), { source: 'default' }],
    ['config.json without currentContext', {}, { [`${CONFIG}/config.json`]: '{"auths":{}}' }, { source: 'default' }],
    ['DOCKER_CONFIG moves the whole store', { DOCKER_CONFIG: '/elsewhere', DOCKER_CONTEXT: 'remote' }, { [`/elsewhere/contexts/meta/${REMOTE}/meta.json`]: meta('remote', 'tcp://127.0.0.2:1') }, { host: 'tcp://127.0.0.2:1' }],
  ])('%s', (_name, env, extra, expected) => {
    expect(resolveDockerEndpoint(env, read(extra), '/home/dev')).toMatchObject(expected);
  });

  test.each<[string, NodeJS.ProcessEnv, DockerEndpoint['tls']]>([
    ['no TLS variables: none', { DOCKER_HOST: 'tcp://h:2376' }, undefined],
    ['DOCKER_TLS_VERIFY: CA and client pair from DOCKER_CERT_PATH', { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }, { ca: 'ENV-CA', cert: 'ENV-CERT', key: 'ENV-KEY', verify: true }],
    ['DOCKER_TLS alone: encrypted, not verified, no CA read', { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS: '1', DOCKER_CERT_PATH: '/certs' }, { cert: 'ENV-CERT', key: 'ENV-KEY', verify: false }],
    ['cert path defaults to the config directory', { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CONFIG: '/certs' }, { ca: 'ENV-CA', cert: 'ENV-CERT', key: 'ENV-KEY', verify: true }],
  ])('DOCKER_HOST with TLS — %s', (_name, env, tls) => {
    expect(resolveDockerEndpoint(env, read(), '/home/dev').tls).toEqual(tls);
  });

  test('a context with TLS files verifies with its CA and presents its client pair', () => {
    expect(resolveDockerEndpoint({ DOCKER_CONTEXT: 'secure' }, read(), '/home/dev')).toEqual({
      host: 'tcp://build-host:2376',
      tls: { ca: 'CA', cert: 'CERT', key: 'KEY', verify: true },
      source: 'context',
      context: 'secure',
      description: "tcp://build-host:2376 (context 'secure')",
    });
  });

  test('SkipTLSVerify alone means TLS without verification', () => {
    const files = { [`${CONFIG}/contexts/meta/${REMOTE}/meta.json`]: meta('remote', 'tcp://h:2376', true) };
    expect(resolveDockerEndpoint({ DOCKER_CONTEXT: 'remote' }, read(files), '/home/dev').tls).toEqual({ verify: false });
  });

  test.each<[string, NodeJS.ProcessEnv, Record<string, string>, RegExp]>([
    ['missing context from DOCKER_CONTEXT', { DOCKER_CONTEXT: 'gone' }, {}, new RegExp(`context 'gone' \\(from DOCKER_CONTEXT\\) does not exist: no ${CONFIG}/contexts/meta/${contextDirName('gone')}/meta.json`)],
    ['missing current context', {}, withCurrent('gone'), new RegExp(`context 'gone' \\(from currentContext in ${CONFIG}/config.json\\) does not exist`)],
    ['config.json that is not JSON', {}, { [`${CONFIG}/config.json`]: '{' }, /config.json is not valid JSON/],
    ['context without a docker endpoint', { DOCKER_CONTEXT: 'remote' }, { [`${CONFIG}/contexts/meta/${REMOTE}/meta.json`]: '{"Endpoints":{}}' }, /has no Docker endpoint \(Endpoints.docker.Host/],
    ['a client certificate without its key', { DOCKER_CONTEXT: 'remote' }, { [`${CONFIG}/contexts/tls/${REMOTE}/docker/cert.pem`]: 'C' }, /only cert.pem exists/],
  ])('%s is an error that says where it looked', (_name, env, extra, message) => {
    expect(() => resolveDockerEndpoint(env, read(extra), '/home/dev')).toThrow(DockerEndpointError);
    expect(() => resolveDockerEndpoint(env, read(extra), '/home/dev')).toThrow(message);
  });

  test('the context directory is the SHA-256 of the name, as the CLI names it', () => {
    expect(contextDirName('default')).toBe('37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f');
  });
});

describe('dockerApiFromEnvironment', () => {
  test('an unreadable context fails every call as an unreachable daemon, naming the context', async () => {
    const api = dockerApiFromEnvironment({ DOCKER_CONTEXT: 'dsa-no-such-context', DOCKER_CONFIG: '/nonexistent/dsa' });
    expect(api.endpoint).toBe("context 'dsa-no-such-context'");
    const error = await api.ping().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DockerUnavailableError);
    expect((error as Error).message).toContain("context 'dsa-no-such-context' (from DOCKER_CONTEXT) does not exist: no /nonexistent/dsa/contexts/meta/");
    await expect(api.containerStats('x')).rejects.toThrow(DockerUnavailableError);
  });

  test('a resolved context names itself in the endpoint', () => {
    expect(dockerApiFromEnvironment({ DOCKER_HOST: 'tcp://127.0.0.1:1' }).endpoint).toBe('tcp://127.0.0.1:1');
  });
});

describe('connectionOf: where requests go', () => {
  test.each<[string, Parameters<typeof connectionOf>[1], NodeJS.ProcessEnv, EngineConnection]>([
    ['unix:///tmp/d.sock', undefined, {}, { kind: 'socket', path: '/tmp/d.sock' }],
    ['npipe:////./pipe/docker_engine', undefined, {}, { kind: 'socket', path: '\\\\.\\pipe\\docker_engine' }],
    ['tcp://127.0.0.1:2375', undefined, {}, { kind: 'tcp', host: '127.0.0.1', port: 2375 }],
    ['tcp://h', undefined, {}, { kind: 'tcp', host: 'h', port: 2375 }],
    ['tcp://h', undefined, { DOCKER_TLS_VERIFY: '1' }, { kind: 'tcp', host: 'h', port: 2376, tls: { verify: true } }],
    ['tcp://h:1234', { ca: 'CA', cert: 'C', key: 'K', verify: true }, {}, { kind: 'tcp', host: 'h', port: 1234, tls: { ca: 'CA', cert: 'C', key: 'K', verify: true } }],
    ['tcp://h', { verify: false }, {}, { kind: 'tcp', host: 'h', port: 2376, tls: { verify: false } }],
    ['ssh://ci@build-host:2222', undefined, {}, { kind: 'ssh', host: 'build-host', port: 2222, user: 'ci' }],
    ['ssh://build-host', undefined, {}, { kind: 'ssh', host: 'build-host' }],
  ])('%s (tls %j, env %j)', (host, tls, env, expected) => {
    expect(connectionOf(host, tls, env)).toEqual(expected);
  });

  test('a scheme no client speaks is refused with the forms that work', () => {
    expect(() => connectionOf('fd://3')).toThrow(/is not a Docker host this client reaches \(unix:\/\/, npipe:\/\/, tcp:\/\/, ssh:\/\/\)/);
  });

  test('ssh runs what the docker CLI runs: dial-stdio on the remote host, after `--` so a host name is never an option', () => {
    expect(sshDialArgv({ kind: 'ssh', host: 'build-host', port: 2222, user: 'ci' })).toEqual(['ssh', '-l', 'ci', '-p', '2222', '--', 'build-host', 'docker', 'system', 'dial-stdio']);
    expect(sshDialArgv({ kind: 'ssh', host: '-oProxyCommand=x' })).toEqual(['ssh', '--', '-oProxyCommand=x', 'docker', 'system', 'dial-stdio']);
  });
});
