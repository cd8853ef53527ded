// Parsers for the meeting documents' tests: a .docx's paragraphs and table cells (word/document.xml
// read with jszip), a .pptx's slides and speaker notes (ppt/slides, ppt/notesSlides), a PDF's
// pages as text and page 1 drawn (mupdf).
import JSZip from 'jszip';

/** The text of each w:p element (runs joined), in document order. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(''));
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export async function docxOf(buf: Buffer): Promise<{ xml: string; paragraphs: string[]; rows: string[][] }> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphsOf(c[0]).join('\n')));
  return { xml, paragraphs: paragraphsOf(xml), rows };
}

/** The text runs (a:t) of a DrawingML part, joined with spaces. */
function drawingText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => unescape(t[1]!)).join(' ');
}

export interface PptxSlide {
  xml: string;
  text: string;
  notes: string;
  /** Chart parts the slide links to (ppt/charts/chartN.xml). */
  charts: string[];
}

export async function pptxOf(buf: Buffer): Promise<{ slides: PptxSlide[]; files: string[]; zip: JSZip }> {
  const zip = await JSZip.loadAsync(buf);
  const files = Object.keys(zip.files);
  const count = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides: PptxSlide[] = [];
  for (let n = 1; n <= count; n++) {
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    const rels = (await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)?.async('string')) ?? '';
    const notesPath = rels.match(/Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/)?.[1];
    const notesXml = notesPath ? ((await zip.file(`ppt/notesSlides/${notesPath}`)?.async('string')) ?? '') : '';
    const charts = [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map((m) => `ppt/charts/${m[1]}`);
    slides.push({ xml, text: drawingText(xml), notes: drawingText(notesXml), charts });
  }
  return { slides, files, zip };
}

export async function pdfOf(buf: Buffer): Promise<{ pages: number; text: (page: number) => string; png: (page: number) => Buffer }> {
  const mupdf = await import('mupdf');
  const doc = mupdf.Document.openDocument(new Uint8Array(buf), 'application/pdf');
  return {
    pages: doc.countPages(),
    text: (page) => doc.loadPage(page).toStructuredText('preserve-whitespace').asText(),
    png: (page) => Buffer.from(doc.loadPage(page).toPixmap(mupdf.Matrix.scale(1, 1), mupdf.ColorSpace.DeviceRGB, false, true).asPNG()),
  };
}
