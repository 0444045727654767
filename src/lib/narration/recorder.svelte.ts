// The microphone, through MediaRecorder: one recording at a time. Loaded only by the adults'
// narration pages (never by a child's page).
export interface Recording {
	audio: ArrayBuffer;
	mime: string;
}

/** Speech at a small size: a screen's minute is about 240 KB. */
const BITS_PER_SECOND = 32_000;

export class Recorder {
	/** Which screen is being recorded, or null. */
	recording = $state<string | null>(null);
	/** Translation key of the last failure (no microphone, permission refused). */
	error = $state<string | null>(null);

	#media: MediaRecorder | null = null;
	#stream: MediaStream | null = null;

	get supported(): boolean {
		return typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
	}

	/** Start recording `key`; resolves with the audio once stop() is called (null on failure). */
	start = async (key: string): Promise<Recording | null> => {
		this.stop();
		this.error = null;
		try {
			this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true });
		} catch (e) {
			this.error =
				(e as { name?: string }).name === 'NotAllowedError'
					? 'narration:recorder.errors.micRefused'
					: 'narration:recorder.errors.noMic';
			return null;
		}
		const chunks: Blob[] = [];
		const media = new MediaRecorder(this.#stream, { audioBitsPerSecond: BITS_PER_SECOND });
		this.#media = media;
		this.recording = key;
		return new Promise((resolve) => {
			media.ondataavailable = (e) => {
				if (e.data.size) chunks.push(e.data);
			};
			media.onstop = async () => {
				const mime = media.mimeType || chunks[0]?.type || 'audio/webm';
				const blob = new Blob(chunks, { type: mime });
				this.#release();
				resolve(blob.size ? { audio: await blob.arrayBuffer(), mime } : null);
			};
			media.start();
		});
	};

	stop = () => {
		if (this.#media && this.#media.state !== 'inactive') this.#media.stop();
		else this.#release();
	};

	#release() {
		this.#stream?.getTracks().forEach((tr) => tr.stop());
		this.#stream = null;
		this.#media = null;
		this.recording = null;
	}
}
