// The Word files' MIME type and units, apart from the house style (docx-style.ts) so that the
// modules every core loads can name them without loading the docx library, which only the
// handlers that write a .docx import, when they do.
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Twips in a centimetre. */
export const CM = 567;
