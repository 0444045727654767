// Save a file from the browser without a server: Blob + object URL + <a download>.
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
	const url = URL.createObjectURL(blob);
	const a = doc.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	doc.body.appendChild(a);
	try {
		a.click();
	} finally {
		a.remove();
		// Some browsers read the URL after click() returns: release it a moment later.
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	}
}
