import type { FileProbe } from '../settings/stack-target.js';
export declare const nodeFileProbe: FileProbe;
