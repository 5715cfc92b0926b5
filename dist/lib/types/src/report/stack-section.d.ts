import type { ComposeModel } from '../compose/model.js';
import type { StackSection } from './run-report.js';
/** What the compose model declares per service, for the summary's services table. */
export declare function stackSection(model: ComposeModel): StackSection;
