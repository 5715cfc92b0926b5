import path from 'node:path';
import { isControl, isWithin, resolveExisting, shortText } from '../core/paths.js';
import type { FileProbe } from '../ports/files.js';
import { INPUTS } from './keys.js';

// Bounds every input must keep before any parser, file system call or argv sees it. A 10 KB
// value reached stat() and came back as a raw ENAMETOOLONG that echoed all of it; a profile `-1`
// reached `docker compose` as a flag. Errors here name the input and the bound, and quote at
// most the start of the value.

/** Inputs that take a list (one per line or comma-separated): many files or rules fit. */
const LIST_INPUTS = new Set<string>([INPUTS.composeFiles, INPUTS.envFiles, INPUTS.profiles, INPUTS.lockGroup, INPUTS.failOn, INPUTS.policyAllow].map((input) => input.name));
/** Inputs that name one path. */
const PATH_INPUTS = new Set<string>([INPUTS.workingDirectory, INPUTS.policyConfig, INPUTS.sarifFile].map((input) => input.name));

export const MAX_LIST_LENGTH = 8192;
/** Linux's PATH_MAX, less the terminating byte. */
export const MAX_PATH_LENGTH = 4095;
/** Linux's NAME_MAX: one segment of a path. */
export const MAX_SEGMENT_LENGTH = 255;
export const MAX_SCALAR_LENGTH = 256;

/** The longest value an input takes. */
export function maxInputLength(name: string): number {
  return LIST_INPUTS.has(name) ? MAX_LIST_LENGTH : PATH_INPUTS.has(name) ? MAX_PATH_LENGTH : MAX_SCALAR_LENGTH;
}

/** What is wrong with an input's raw value before parsing, or undefined. */
export function inputBoundProblem(name: string, value: string): string | undefined {
  const max = maxInputLength(name);
  if (value.length > max) return `${name}: the value is ${value.length} characters long; at most ${max} are accepted`;
  // A NUL makes node's file functions throw with the whole value; other control characters
  // have no place in a name or a path (newlines separate list items, tabs are blanks).
  const index = Array.from(value).findIndex((char) => isControl(char) && char !== '\n' && char !== '\r' && char !== '\t');
  if (index >= 0) return `${name}: the value contains a control character (code ${Array.from(value)[index]!.charCodeAt(0)}) at position ${index + 1}`;
  return undefined;
}

/** A path the file system can be asked about: bounded length and segments. */
export function pathProblem(field: string, value: string): string | undefined {
  if (value.length > MAX_PATH_LENGTH) return `${field}: ${shortText(value, 40)} is longer than ${MAX_PATH_LENGTH} characters`;
  const segment = value.split(/[\\/]/).find((part) => part.length > MAX_SEGMENT_LENGTH);
  if (segment) return `${field}: ${shortText(value, 40)} has a name longer than ${MAX_SEGMENT_LENGTH} characters`;
  return undefined;
}

/** A value that would reach an argv, refused when Compose could take it for a flag. */
export function flagLikeProblem(field: string, value: string, what: string, instead: string): string | undefined {
  return value.startsWith('-') ? `${field}: ${what} ${shortText(value, 40)} starts with '-', which Compose would read as a flag; ${instead}` : undefined;
}

/**
 * A file the action writes (the SARIF report): inside the workspace or RUNNER_TEMP once the
 * symlinks of its existing part are followed, so neither the file nor a folder made for it lands
 * anywhere else.
 */
export function writablePathProblem(field: string, value: string, roots: string[], probe: FileProbe): string | undefined {
  const absolute = path.resolve(roots[0]!, value);
  const real = resolveExisting(absolute, probe.realPath);
  const realRoots = roots.map((root) => probe.realPath(path.resolve(root)));
  if (realRoots.some((root) => isWithin(root, real))) return undefined;
  return `${field}: ${shortText(value, 80)} leads to ${shortText(real, 120)}, outside the workspace${roots.length > 1 ? ' and RUNNER_TEMP' : ''}; write it inside ${realRoots.join(' or ')}`;
}

/** A file the action reads (the policy file): inside the workspace, symlinks followed. */
export function readablePathProblem(field: string, value: string, workspace: string, probe: FileProbe): string | undefined {
  const real = resolveExisting(path.resolve(workspace, value), probe.realPath);
  const root = probe.realPath(path.resolve(workspace));
  return isWithin(root, real) ? undefined : `${field}: ${shortText(value, 80)} leads to ${shortText(real, 120)}, outside the workspace ${root}; it is not read`;
}
