import type { ComposeModel } from '../compose/model.js';
import { memoryLimitBytes, replicasOf, RESERVATION_MODEL, stackReservation, tmpfsMounts } from '../compose/resources.js';
import type { StackSection } from './run-report.js';

/** What the compose model declares per service, for the summary's services table. */
export function stackSection(model: ComposeModel): StackSection {
  const reservation = stackReservation(model);
  return {
    services: Object.entries(model.services ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([service, definition]) => ({
        service,
        image: definition.image,
        replicas: replicasOf(definition),
        memoryLimitBytes: memoryLimitBytes(definition),
        tmpfs: tmpfsMounts(definition).map((mount) => ({ target: mount.target, sizeBytes: mount.sizeBytes })),
      })),
    reservationBytes: reservation.totalBytes,
    reservationModel: RESERVATION_MODEL,
    unlimited: reservation.unlimited,
    unsizedTmpfs: reservation.unsizedTmpfs,
  };
}
