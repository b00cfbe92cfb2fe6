import type { Job, Worker } from 'bullmq';
import { JobProcessor } from './job-processor';

class TestProcessor extends JobProcessor {
  process(_job: Job): Promise<'done'> {
    return Promise.resolve('done');
  }
}

function processorWithWorker(status: string | null) {
  const client = status === null ? new Promise(() => undefined) : Promise.resolve({ disconnect: jest.fn(), status });
  const worker = { close: jest.fn().mockResolvedValue(undefined), getBackend: () => ({ client }) };
  const sut = new TestProcessor();
  Object.assign(sut, { _worker: worker as unknown as Worker });
  return { sut, worker };
}

describe('JobProcessor shutdown', () => {
  it('lets active jobs finish while Redis is up', async () => {
    const { sut, worker } = processorWithWorker('ready');
    await sut.beforeApplicationShutdown();
    expect(worker.close).toHaveBeenCalledWith(false);
  });

  it('closes by force while Redis is down, instead of waiting for it to return', async () => {
    const { sut, worker } = processorWithWorker('reconnecting');
    await sut.beforeApplicationShutdown();
    expect(worker.close).toHaveBeenCalledWith(true);
  });
});
