import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { actionsRuntime } from '../../../src/adapters/actions-runtime.js';
import { terminalRuntime } from '../../../src/adapters/terminal-runtime.js';
import { HOSTILE_LINES, MARKER } from '../../support/hostile.js';
import { commandLikeLinesOutsideBlocks, readAsRunner } from '../../support/workflow-commands.js';

// The runtimes are the last word before the runner: whatever a caller hands them — container
// output through output(), or a message quoting it through info(), a group title, an error —
// comes out redacted and obeyed by nothing. What @actions/core writes is read from stdout.

const SECRET = 'canary-runtime-7d1e';
const hostile = [...HOSTILE_LINES, `env: TOKEN=${SECRET}`].join('\n');

describe('the actions runtime', () => {
  let written = '';
  beforeEach(() => {
    written = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  test('every way of printing is inert and redacted; only our own commands are obeyed', async () => {
    const summaryFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'dsa-runtime-')), 'summary.md');
    writeFileSync(summaryFile, '');
    // @actions/core's summary reads the process environment itself.
    vi.stubEnv('GITHUB_STEP_SUMMARY', summaryFile);
    const runtime = actionsRuntime({ GITHUB_STEP_SUMMARY: summaryFile });
    runtime.redactor.add([SECRET], { maskInRunner: true });
    await runtime.group(`db: unhealthy '${hostile}'`, async () => {
      runtime.output(hostile);
      runtime.output(hostile.split('\n'));
      runtime.info(`health check said: ${hostile}`);
      runtime.warning(`warned: ${hostile}`, { title: `t\n${hostile}`, file: `f,${MARKER}::x`, startLine: 1 });
      runtime.error(`failed: ${hostile}`);
      runtime.debug(hostile);
    });
    runtime.setFailed(`Stack did not become healthy.\n${hostile}`);
    process.exitCode = undefined;
    await runtime.appendSummary(`- ${SECRET} and ${JSON.stringify(SECRET)}`);

    const reading = readAsRunner(written);
    expect(reading.unclosedToken).toBeUndefined();
    const names = reading.obeyed.map((command) => command.name);
    expect(new Set(names.filter((name) => !/^dsa[0-9a-f]{32}$/.test(name)))).toEqual(new Set(['add-mask', 'group', 'endgroup', 'stop-commands', 'warning', 'error', 'debug']));
    // Two blocks, two different tokens, both closed.
    const tokens = reading.obeyed.filter((command) => command.name === 'stop-commands').map((command) => command.data);
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(2);
    // The runner masks the workflow's value; no other add-mask gets through.
    expect(reading.obeyed.filter((command) => command.name === 'add-mask').map((command) => command.data)).toEqual([SECRET]);
    // An annotation's properties are the ones we set: hostile text in a title or file stays data.
    const warning = reading.obeyed.find((command) => command.name === 'warning')!;
    expect(warning.properties.split(',').map((pair) => pair.split('=')[0])).toEqual(['title', 'file', 'line']);
    expect(warning.properties).toMatch(/^title=t [^,]*,file=f%2CHOSTILE%3A%3Ax,line=1$/);
    // Outside the blocks, the only command-shaped lines are commands of ours.
    const ours = new Set(['add-mask', 'group', 'endgroup', 'stop-commands', 'warning', 'error', 'debug']);
    const outside = commandLikeLinesOutsideBlocks(reading);
    expect(outside.length).toBeGreaterThan(5);
    for (const line of outside) expect(ours.has(readAsRunner(line).obeyed[0]?.name ?? '(not a command)'), line.slice(0, 80)).toBe(true);
    // The container's words are all there, in the blocks.
    expect(reading.lines.filter((line) => line.inBlock).map((line) => line.text)).toContain(`::add-mask::${MARKER}-mask`);
    // No secret, except where the runner is told to mask it.
    expect(written.split('\n').filter((line) => line.includes(SECRET))).toEqual([`::add-mask::${SECRET}`]);
    expect(readFileSync(summaryFile, 'utf8')).toBe('- *** and "***"\n');
  });
});

describe('the terminal runtime (the CLI, maybe inside a workflow step)', () => {
  test('no line it writes is obeyed, no escape sequence reaches the terminal, secrets are blanked', async () => {
    let written = '';
    const runtime = terminalRuntime({ inputs: {}, write: (text) => (written += text) });
    runtime.redactor.add([SECRET]);
    await runtime.group(hostile, async () => {
      runtime.output(hostile);
      runtime.info(hostile);
      runtime.error(hostile, { file: `a\n::error::${MARKER}` });
    });
    expect(readAsRunner(written).obeyed).toEqual([]);
    expect(commandLikeLinesOutsideBlocks(readAsRunner(written))).toEqual([]);
    expect(written.includes('\x1b]') || written.includes('\x07')).toBe(false);
    expect(written).not.toContain(SECRET);
    expect(written).toContain(`│ %3A:add-mask::${MARKER}-mask`);
  });
});
