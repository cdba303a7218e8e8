/**
 * Article texts as stored: UTF-8, gzip-compressed with the platform's CompressionStream (in
 * browsers and Node alike, no library), and back. News text compresses to about a third (the
 * figure `npm run bench:versions` prints as storage per version).
 */

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function through(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
): ReadableStream<Uint8Array> {
  return new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
}

/** `text` as gzip bytes. */
export function compressText(text: string): Promise<Uint8Array> {
  return collect(through(new TextEncoder().encode(text), new CompressionStream('gzip')));
}

/** The text `compressText` stored; rejects bytes that are not gzip. */
export async function decompressText(bytes: Uint8Array): Promise<string> {
  return new TextDecoder().decode(await collect(through(bytes, new DecompressionStream('gzip'))));
}
