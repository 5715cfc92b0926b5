import type { Position } from '../../compose/positions.js';
import { type TmpfsMount } from '../../compose/resources.js';
import { type Locator, type Rule } from '../context.js';
/** The `tmpfs:` entry or `type: tmpfs` volume that declares a mount. */
export declare function tmpfsPosition(where: Locator, service: string, mount: TmpfsMount): Position;
export declare const RESOURCE_RULES: Rule[];
