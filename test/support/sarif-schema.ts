// The SARIF 2.1.0 schema (rtm.5, the one code scanning validates against) as Microsoft's
// sarif-matcher-utils package ships it, compiled once for the unit and integration tests;
// draft-04, hence ajv-draft-04.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/sarif-matcher-utils/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// Both are CommonJS modules whose default export sits under .default when imported as ESM.
const Ajv04 = (ajvDraft04.default ?? ajvDraft04) as typeof ajvDraft04.default;
const addFormats = (ajvFormats.default ?? ajvFormats) as typeof ajvFormats.default;
// unicodeRegExp off: the schema's 'language' pattern has a stray ']' that only non-unicode regexes accept.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);

export const validateSarif = ajv.compile(schema);
