import type { Annotation, Log } from '../../ports/runtime.js';
import { compareFindings, type Finding, type FindingCounts } from '../finding.js';
import { annotationLevel, annotationTitle } from './github.js';

// The runner shows at most 10 annotations of each kind per step: emit the most severe first,
// at most `perLevel` of each, and count the rest for the summary to mention.

export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationPick {
  shown: Finding[];
  /** Findings not annotated, per severity. */
  omitted: FindingCounts;
}

export function pickAnnotations(findings: Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPick {
  const shown: Finding[] = [];
  const used: FindingCounts = { error: 0, warning: 0, note: 0 };
  const omitted: FindingCounts = { error: 0, warning: 0, note: 0 };
  for (const finding of [...findings].sort(compareFindings)) {
    if (used[finding.severity] < perLevel) {
      used[finding.severity] += 1;
      shown.push(finding);
    } else {
      omitted[finding.severity] += 1;
    }
  }
  return { shown, omitted };
}

export interface AnnotationCall {
  level: 'error' | 'warning' | 'notice';
  message: string;
  annotation: Annotation;
}

/** What to hand the runtime's error/warning/notice for one finding. */
export function annotationFor(finding: Finding): AnnotationCall {
  return {
    level: annotationLevel(finding),
    message: finding.message,
    annotation: {
      title: annotationTitle(finding),
      file: finding.file,
      ...(finding.line > 0 ? { startLine: finding.line } : {}),
      ...(finding.column > 0 ? { startColumn: finding.column } : {}),
    },
  };
}

/** Emits the picked annotations through the runtime's log; returns the pick for the summary. */
export function emitAnnotations(log: Pick<Log, 'error' | 'warning' | 'notice'>, findings: Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPick {
  const pick = pickAnnotations(findings, perLevel);
  for (const finding of pick.shown) {
    const call = annotationFor(finding);
    log[call.level](call.message, call.annotation);
  }
  return pick;
}
