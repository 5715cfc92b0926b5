import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './runner.js';

/** A fresh workspace holding a copy of test/fixtures/<fixture>, as a checkout would. */
export function workspaceWith(fixture: string): string {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'dsa-ws-'));
  cpSync(path.join(REPO_ROOT, 'test/fixtures', fixture), workspace, { recursive: true });
  return workspace;
}
