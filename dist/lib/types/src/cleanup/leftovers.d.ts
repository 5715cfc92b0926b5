import type { DockerApi } from '../ports/docker.js';
/** What still carries a project's label: the audit's "zero orphaned containers", measured. */
export interface Leftovers {
    containers: string[];
    networks: string[];
    volumes: string[];
}
export declare function findLeftovers(docker: DockerApi, projectName: string): Promise<Leftovers>;
export declare function leftoverCount(leftovers: Leftovers): number;
