// The picture dictionary as the Markdown table in content/README.md (kept true by a test).
import { PICTURES, type PictureGroup } from './dictionary';

export function dictionaryTable(): string {
	const groups = new Map<PictureGroup, string[]>();
	for (const [name, e] of Object.entries(PICTURES)) {
		const row = `| \`[[${name}]]\` | ${e.alt}${e.label ? ` (có chữ ${e.label})` : ''} | ${e.icon} |`;
		groups.set(e.group, [...(groups.get(e.group) ?? []), row]);
	}
	const out = ['| Tên hình | Chữ thay thế mặc định | Hình (Fluent Emoji) |', '| --- | --- | --- |'];
	const order: PictureGroup[] = [
		'người',
		'nhân vật',
		'cảm xúc',
		'cử chỉ',
		'máy và mạng',
		'an toàn',
		'đồ vật',
		'nơi chốn'
	];
	for (const group of order) out.push(`| **${group}** | | |`, ...(groups.get(group) ?? []));
	return out.join('\n');
}
