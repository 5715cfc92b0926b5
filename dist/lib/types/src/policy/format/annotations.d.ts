import type { Annotation, Log } from '../../ports/runtime.js';
import { type Finding, type FindingCounts } from '../finding.js';
export declare const ANNOTATIONS_PER_LEVEL = 10;
export interface AnnotationPick {
    shown: Finding[];
    /** Findings not annotated, per severity. */
    omitted: FindingCounts;
}
export declare function pickAnnotations(findings: Finding[], perLevel?: number): AnnotationPick;
export interface AnnotationCall {
    level: 'error' | 'warning' | 'notice';
    message: string;
    annotation: Annotation;
}
/** What to hand the runtime's error/warning/notice for one finding. */
export declare function annotationFor(finding: Finding): AnnotationCall;
/** Emits the picked annotations through the runtime's log; returns the pick for the summary. */
export declare function emitAnnotations(log: Pick<Log, 'error' | 'warning' | 'notice'>, findings: Finding[], perLevel?: number): AnnotationPick;
