import type { Rule } from '../context.js';
import { DURABILITY_RULES } from './durability.js';
import { HEALTH_RULES } from './health.js';
import { HOST_ACCESS_RULES } from './host-access.js';
import { HYGIENE_RULES } from './hygiene.js';
import { ISOLATION_RULES } from './isolation.js';
import { MEMORY_FIT_RULES } from './memory-fit.js';
import { PORT_RULES } from './ports.js';
import { RESOURCE_RULES } from './resources.js';
import { SECURITY_RULES } from './security.js';
import { SHARED_RESOURCE_RULES } from './shared-resources.js';
import { WORKSPACE_RULES } from './workspace.js';

/** Every rule, one family per file; the catalog (../catalog.ts) holds their ids and help. */
export const ALL_RULES: Rule[] = [
  ...RESOURCE_RULES,
  ...HEALTH_RULES,
  ...HYGIENE_RULES,
  ...PORT_RULES,
  ...SECURITY_RULES,
  ...DURABILITY_RULES,
  ...SHARED_RESOURCE_RULES,
  ...MEMORY_FIT_RULES,
  ...HOST_ACCESS_RULES,
  ...ISOLATION_RULES,
  ...WORKSPACE_RULES,
];
