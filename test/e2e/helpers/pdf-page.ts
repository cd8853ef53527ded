// A PDF's first page as a PNG (mupdf, WebAssembly), for the screenshots of generated PDFs (the
// minutes) next to the pages' screenshots in test-results/screens/.
import { mkdirSync, writeFileSync } from 'node:fs';

/** Page 1 of the PDF drawn at 150 dpi, white background, as PNG bytes. */
export async function pdfFirstPagePng(pdf: Buffer): Promise<Buffer> {
  const mupdf = await import('mupdf');
  const doc = mupdf.Document.openDocument(new Uint8Array(pdf), 'application/pdf');
  try {
    const page = doc.loadPage(0);
    const pixmap = page.toPixmap(mupdf.Matrix.scale(150 / 72, 150 / 72), mupdf.ColorSpace.DeviceRGB, false, true);
    return Buffer.from(pixmap.asPNG());
  } finally {
    doc.destroy();
  }
}

/** Saves page 1 of the PDF as test-results/screens/<name>.png (as screen() does for pages). */
export async function screenPdf(pdf: Buffer, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  writeFileSync(`test-results/screens/${name}.png`, await pdfFirstPagePng(pdf));
}
