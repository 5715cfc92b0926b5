import { type PublishedPort } from '../compose/resources.js';
import type { ContainerSummary } from '../ports/docker.js';
import type { CheckResult } from './checks.js';
/**
 * Host ports the stack publishes that a container outside any lease already holds (a
 * developer's `docker compose up`, a hand-started container). Waiting would not help — nothing
 * releases such a port — so this fails at once, naming the holder, instead of letting `up` fail
 * with "port is already allocated". Ports held by leased stacks are left to the lease, which
 * waits for them.
 */
export declare function checkPortsInUse(stackPorts: PublishedPort[], containers: ContainerSummary[], project: string): CheckResult;
