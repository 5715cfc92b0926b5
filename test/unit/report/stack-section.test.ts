import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { RESERVATION_MODEL } from '../../../src/compose/resources.js';
import { stackSection } from '../../../src/report/stack-section.js';

describe('stackSection', () => {
  test('limits, tmpfs and the reservation from the model', () => {
    const model: ComposeModel = {
      name: 'p',
      services: {
        web: { image: 'busybox', mem_limit: '33554432' },
        db: { image: 'postgres:15', deploy: { resources: { limits: { memory: '536870912' } } }, tmpfs: ['/var/lib/postgresql/data:size=268435456', '/run'] },
      },
    };
    expect(stackSection(model)).toEqual({
      services: [
        { service: 'db', image: 'postgres:15', replicas: 1, memoryLimitBytes: 536_870_912, tmpfs: [{ target: '/var/lib/postgresql/data', sizeBytes: 268_435_456 }, { target: '/run', sizeBytes: undefined }] },
        { service: 'web', image: 'busybox', replicas: 1, memoryLimitBytes: 33_554_432, tmpfs: [] },
      ],
      // The limit covers db's tmpfs: the kernel charges tmpfs pages to the container.
      reservationBytes: 536_870_912 + 33_554_432,
      reservationModel: RESERVATION_MODEL,
      unlimited: [],
      unsizedTmpfs: [],
    });
  });
});
