import { type Verdict } from './admission.js';
import { type LeaseContext } from './context.js';
import { type LeaseRecord } from './records.js';
export type PassOutcome = {
    outcome: 'admitted';
    lease: LeaseRecord;
    usedBytes: number;
} | {
    outcome: 'busy';
} | {
    outcome: 'blocked';
    verdict?: Verdict;
} | {
    outcome: 'ticket-gone';
};
export declare function admissionPass(ctx: LeaseContext, ticket: {
    id: string;
    containerId: string;
    generation: number;
}): Promise<PassOutcome>;
