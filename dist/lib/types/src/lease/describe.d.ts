import type { ProcessIdentity } from '../ports/host.js';
import type { Blocker } from './admission.js';
import type { LeaseRecord, Who } from './records.js';
import type { LeaseRequest } from './request.js';
export interface HolderView {
    id: string;
    kind: 'lease' | 'ticket';
    /** "octo/app run 123 job test on runner-2 (pid 4242)" or "alice@laptop (pid 4242)". */
    who: string;
    project: string;
    groups: string[];
    ports: string[];
    memoryBytes: number;
    /** When it was admitted (leases) or asked (tickets). */
    sinceMs: number;
    /** What of ours it stands in the way of, when it is a blocker. */
    blocking?: {
        as: Blocker['as'];
        ports: string[];
        groups: string[];
        memory: boolean;
    };
}
/** Who asked, from the runner's environment; user@host outside a runner. */
export declare function whoFromEnv(env: NodeJS.ProcessEnv, userAtHost: string): Who;
export declare function describeWho(who: Who, owner: ProcessIdentity): string;
export declare function holderView(record: LeaseRecord, blocker?: Blocker): HolderView;
/** "group test-stack, port tcp/5432, 1 GiB of memory"; 'nothing' for an empty claim. */
export declare function describeClaims(claims: Pick<LeaseRequest, 'groups' | 'ports'> & {
    memoryBytes?: number;
}): string;
export declare function clockTime(ms: number): string;
/** "<who> for project p: group test-stack, port tcp/5432" — what of ours a blocker holds, no times. */
export declare function describeHolding(view: HolderView): string;
/** One line about a blocker: what it holds that we need, whose it is and since when. */
export declare function describeBlocker(view: HolderView, nowMs: number): string;
