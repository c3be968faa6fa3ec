import { Transform, TransformCallback } from 'node:stream';
import { MediaTooLargeError } from './media-storage';

/** Passes bytes through, counting them, and fails with `MediaTooLargeError` past `maxBytes`. */
export class ByteLimit extends Transform {
  private count = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get bytes(): number {
    return this.count;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.maxBytes) {
      callback(new MediaTooLargeError(this.maxBytes));
      return;
    }
    callback(null, chunk);
  }
}
