// The variables the runner gives a step that may use the Actions cache, pointed at a test server.
// @actions/cache reads process.env at each call, so tests set them there and restore them after.
import type { V1CacheServer } from './v1-server.js';
import type { V2CacheServer } from './v2-server.js';

export const CACHE_VARIABLES = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'RUNNER_TEMP',
] as const;

export function v2Variables(server: V2CacheServer, runnerTemp: string): Record<string, string | undefined> {
  return {
    ACTIONS_RESULTS_URL: server.url,
    ACTIONS_RUNTIME_TOKEN: server.token,
    ACTIONS_CACHE_SERVICE_V2: 'True',
    ACTIONS_CACHE_URL: undefined,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runnerTemp,
  };
}

/** As on GitHub Enterprise Server: the server URL is not github.com, so the library speaks v1. */
export function v1Variables(server: V1CacheServer, runnerTemp: string): Record<string, string | undefined> {
  return {
    ACTIONS_CACHE_URL: server.url,
    ACTIONS_RUNTIME_TOKEN: server.token,
    ACTIONS_RESULTS_URL: undefined,
    ACTIONS_CACHE_SERVICE_V2: undefined,
    GITHUB_SERVER_URL: 'https://ghes.example.test',
    RUNNER_TEMP: runnerTemp,
  };
}

/** Sets variables in process.env (undefined removes one); returns what puts the old values back. */
export function setVariables(variables: Record<string, string | undefined>): () => void {
  const before = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  apply(variables);
  return () => apply(before);
}

function apply(variables: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}
