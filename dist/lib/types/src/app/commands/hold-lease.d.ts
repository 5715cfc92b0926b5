import type { CliContext } from './index.js';
/** `docker-stability hold-lease --id ID` (hidden), as `up` starts it. */
export declare function holdLeaseAction(flags: {
    id: string;
    namespace: string;
    leaseTtl: string;
}, context: CliContext): Promise<number>;
