/** Documents in the formats the importer reads that it must refuse: damaged, encrypted, scanned, or without a table. */
import fs from 'node:fs';
import path from 'node:path';
import { buildZip } from './zip-writer';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/bad');
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE container's first bytes, then a directory naming `stream`, then noise. */
function oleNaming(stream: string): Uint8Array {
  return Uint8Array.from([...OLE_MAGIC, ...new Uint8Array(504), ...Buffer.from(stream, 'utf16le'), ...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)]);
}

const documentXml = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

/** [what it is, its bytes, the message it must get]. */
export function badDocuments(): [string, Uint8Array, RegExp][] {
  const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
  return [
    ['a scanned PDF (no text layer)', fixture('scanned.pdf'), /这是扫描件，没有可提取的文字/],
    ['a password-protected PDF', fixture('encrypted.pdf'), /PDF 文件已加密/],
    ['a damaged PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj <</Type /Catalog>> garbage'), /无法读取该 PDF 文件/],
    ['an encrypted Word or Excel file', oleNaming('EncryptedPackage'), /文件已加密/],
    ['a damaged .doc', oleNaming('WordDocument'), /无法读取该 Word 文件/],
    ['a damaged .xls', oleNaming('Workbook'), /无法读取该 \.xls 文件/],
    ['a damaged .docx (truncated zip)', buildZip([{ name: 'word/document.xml', data: documentXml('<w:p/>') }]).slice(0, 60), /无法读取该 Excel 文件|无法导入：这是压缩包|文件已损坏/],
    ['a Word document without a table', buildZip([{ name: 'word/document.xml', data: documentXml('<w:p><w:r><w:t>会议纪要</w:t></w:r></w:p>') }]), /未识别到项目支出绩效目标表/],
    ['a zip that is neither Word nor Excel', buildZip([{ name: 'readme.txt', data: '说明' }]), /不是 Word（\.docx）或 Excel（\.xlsx）文件/],
    ['a web page without a table of targets', new TextEncoder().encode('<html><body><table><tr><td>姓名</td><td>年龄</td></tr></table></body></html>'), /未识别到项目支出绩效目标表/],
  ];
}
