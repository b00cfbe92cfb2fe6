import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PbElection, readPbAsync } from './reader';

/** Streams a .pb file line by line into the reader; the file is never held whole in memory. */
export async function readPbFile(path: string): Promise<PbElection> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    return await readPbAsync(lines);
  } finally {
    lines.close();
    stream.destroy();
  }
}
