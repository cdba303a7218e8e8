/**
 * A saved page's bytes as text, decoded as a browser decodes the file: by its byte order mark or
 * the `<meta charset>` in its first 1,024 bytes (the HTML standard's prescan, html-encoding-sniffer,
 * as jsdom uses it); with neither, as UTF-8 when the bytes are valid UTF-8 (what browsers find in
 * an unlabelled local file), else as windows-1252 (the standard's default). Read as UTF-8 whatever
 * they are, a page in windows-1252 or ISO-8859-1 lost every accented letter to U+FFFD, and with
 * them the words around them.
 */
import sniffEncoding from 'html-encoding-sniffer';

function decodeAs(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // A label TextDecoder does not take ("replacement", "x-user-defined"): read it as UTF-8.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function decodePage(bytes: Uint8Array): string {
  const declared = sniffEncoding(bytes, { defaultEncoding: null });
  if (declared) return decodeAs(declared, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
