import type { ComposeModel } from '../compose/model.js';
import type { DockerApi } from '../ports/docker.js';
import { type ImageHealth } from './service-facts.js';
/** What each service's image says about health checks, per service name. Never throws. */
export declare function imageHealth(docker: Pick<DockerApi, 'inspectImage'> | undefined, model: ComposeModel): Promise<Map<string, ImageHealth>>;
