import { ComposeConfigError } from '../../compose/compose-cli.js';
import { ComposeSourceError } from '../../compose/positions.js';
import { AcceptedFindingsError } from '../../policy/accepted-findings.js';
import { PolicyInputError } from '../../policy/check.js';
import { PolicyConfigError } from '../../policy/config.js';
import { SettingsError } from '../../settings/settings.js';

/** The errors that mean "bad input": the files, the configuration or the inputs, not the daemon. */
export function isInputError(error: unknown): error is Error {
  return (
    error instanceof ComposeSourceError ||
    error instanceof PolicyConfigError ||
    error instanceof PolicyInputError ||
    error instanceof ComposeConfigError ||
    error instanceof SettingsError ||
    error instanceof AcceptedFindingsError
  );
}
