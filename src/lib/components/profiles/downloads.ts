// Saving a file from the browser without a server: Blob + object URL + <a download>. The
// UI's side of backups and the class summary; the progress layer only makes the content.
import { backupFileName } from '$lib/progress/backup-export';
import type { Backup } from '$lib/progress/model';

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

export function downloadCsv(csv: string, filename: string): void {
	downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename);
}

/** Save the backup as `khien-nho-YYYY-MM-DD.json`; returns the file name. */
export function downloadBackup(backup: Backup, date = new Date()): string {
	const name = backupFileName(date);
	downloadBlob(new Blob([JSON.stringify(backup)], { type: 'application/json' }), name);
	return name;
}
