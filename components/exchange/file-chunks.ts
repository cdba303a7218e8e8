/**
 * A chosen file's bytes in order, a few MiB at a time (`Blob.slice`, which every browser and the
 * test DOM support), for parsers that read a stream: the file is never read into one string.
 */

/** Bytes per chunk: large enough that a 130 MiB backup takes a few dozen reads. */
const CHUNK_BYTES = 4 * 1024 * 1024;

export async function* fileChunks(file: Blob): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < file.size; start += CHUNK_BYTES) {
    yield new Uint8Array(await file.slice(start, start + CHUNK_BYTES).arrayBuffer());
  }
}
