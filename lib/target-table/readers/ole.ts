/**
 * Office's old binary formats (.doc, .xls) and encrypted Office files share one container (OLE compound file):
 * which one it is shows in the names of its streams, stored as UTF-16 in its directory.
 */
const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(bytes: Uint8Array): boolean {
  return MAGIC.every((byte, i) => bytes[i] === byte);
}

function holds(bytes: Uint8Array, name: string): boolean {
  const utf16 = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(utf16);
}

/** What an OLE file holds: a Word document, an Excel workbook, an encrypted Office file, or something else. */
export function oleKind(bytes: Uint8Array): 'doc' | 'xls' | 'encrypted' | 'other' {
  if (holds(bytes, 'EncryptedPackage') || holds(bytes, 'EncryptionInfo')) return 'encrypted';
  if (holds(bytes, 'WordDocument')) return 'doc';
  if (holds(bytes, 'Workbook') || holds(bytes, 'Book')) return 'xls';
  return 'other';
}
