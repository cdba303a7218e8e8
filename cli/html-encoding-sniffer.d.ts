/** html-encoding-sniffer ships no types: the one function Factmark calls (cli/decode-page.ts). */
declare module 'html-encoding-sniffer' {
  /**
   * The encoding the HTML standard's sniffing algorithm gives `bytes` (a BOM, the transport
   * layer's label, then the `<meta charset>` prescan), or `defaultEncoding` when none says.
   */
  export default function sniffEncoding<Default extends string | null = 'windows-1252'>(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: Default },
  ): string | Default;
}
