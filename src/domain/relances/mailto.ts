/**
 * `mailto:` links (RFC 6068): addresses kept readable, subject and body percent-encoded
 * as UTF-8, line breaks as CRLF (`%0D%0A`), spaces as `%20` (never `+`).
 */

/** A plausible single address: something@domain.tld, no spaces or separators. */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(\.[^\s@<>()[\]\\,;:".]+)+$/;

/** The addresses a cell holds (separated by `;`, `,` or spaces, `mailto:` prefix allowed); invalid ones left out. */
export function emailAddresses(cell: string | undefined): string[] {
  return (cell ?? "")
    .replace(/mailto:/gi, " ")
    .split(/[;,\s]+/)
    .map((a) => a.trim())
    .filter((a) => ADDRESS.test(a));
}

function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, "@");
}

export function mailtoLink(addresses: readonly string[], subject: string, body: string): string {
  const to = addresses.map(encodeAddress).join(",");
  const crlf = body.replace(/\r?\n/g, "\r\n");
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}
