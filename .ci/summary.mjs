// The end of CI's log: one line per suite run once and per engine lane, with versions, test
// counts and time, then every failed test named with its lane. Reads the vitest JSON reports
// .ci/run wrote: node .ci/summary.mjs DIR unit LANE...
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, once, ...lanes] = process.argv.slice(2);
const failures = [];

function report(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** "138 passed, 0 failed (18 files)", and the failed tests collected under `where`. */
function counts(name, where) {
  const results = report(path.join(dir, `${name}.json`));
  if (!results) {
    failures.push(`${where}: ${name} — no results: the run did not finish`);
    return `${name.split('-').at(-1)}: no results`;
  }
  for (const file of results.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) failures.push(`${where}: ${path.relative(process.cwd(), file.name)} › ${test.fullName}`);
    if (failed.length === 0 && file.status === 'failed') failures.push(`${where}: ${path.relative(process.cwd(), file.name)} — ${(file.message ?? 'failed to run').split('\n')[0]}`);
  }
  const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  return `${name.split('-').at(-1)} ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''} (${results.testResults?.length ?? 0} files)`;
}

function seconds(results) {
  if (!results?.startTime) return undefined;
  const ends = (results.testResults ?? []).map((file) => file.endTime ?? 0);
  return Math.round((Math.max(results.startTime, ...ends) - results.startTime) / 1000);
}

const unit = counts(once, 'unit');
console.log(`unit (once): ${unit.replace(/^unit /, '')}, ${seconds(report(path.join(dir, `${once}.json`))) ?? '?'} s`);
for (const lane of lanes) {
  const labelFile = path.join(dir, `${lane}.label`);
  const label = existsSync(labelFile) ? readFileSync(labelFile, 'utf8').trim() : `${lane} lane`;
  const secondsFile = path.join(dir, `${lane}.seconds`);
  const took = existsSync(secondsFile) ? `${readFileSync(secondsFile, 'utf8').trim()} s` : 'did not finish';
  const before = failures.length;
  const parts = [counts(`${lane}-integration`, label), counts(`${lane}-e2e`, label)];
  console.log(`${label}: ${parts.join('; ')}; ${took} — ${failures.length === before ? 'ok' : 'FAILED'}`);
}
if (failures.length > 0) {
  console.log(`\n${failures.length} failed:`);
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
