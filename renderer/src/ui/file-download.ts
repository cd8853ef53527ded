// Saves a file the core produced (base64) through the browser's download.
export interface Base64File {
  fileName: string;
  mime: string;
  base64: string;
}

export function base64ToBlob(base64: string, mime: string): Blob {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime || 'application/octet-stream' });
}

export function downloadBase64(file: Base64File): void {
  const url = URL.createObjectURL(base64ToBlob(file.base64, file.mime));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
