import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkLesson, copyForEditing, insertAtLine } from './studio';
import { STARTER, TEMPLATES } from './templates';

const opts = { courseIds: new Set(['b910-choi-game-an-toan']), base: '' };

describe('the studio check', () => {
	it('accepts the starter lesson', () => {
		const { row, errors } = checkLesson(STARTER, opts);
		expect(errors).toEqual([]);
		expect(row?.band).toBe('9-10');
	});

	it('accepts every "Chèn hoạt động" template as inserted', () => {
		for (const tpl of TEMPLATES) {
			const line = STARTER.split('\n').findIndex((l) => l.startsWith('::: facilitator')) + 1;
			const { row, errors } = checkLesson(insertAtLine(STARTER, line, tpl.text), opts);
			expect(errors, tpl.type).toEqual([]);
			const types = row!.lesson.screens.flatMap((s) =>
				s.kind === 'activity' ? [s.activity.type] : []
			);
			expect(types, tpl.type).toContain(tpl.type);
		}
	});

	it('gives a course lesson a new id when copied, so it can be kept', () => {
		const source = readFileSync('content/9-10/01-choi-game-an-toan.md', 'utf8');
		expect(checkLesson(source, opts).errors[0].message).toMatch(/duplicate id/);
		const copy = checkLesson(copyForEditing(source), opts);
		expect(copy.errors).toEqual([]);
		expect(copy.row?.id).toBe('b910-choi-game-an-toan-ban-sua');
		expect(copy.row?.title).toMatch(/\(bản sửa\)$/);
	});

	it('reports a broken line with its line number', () => {
		const lines = STARTER.split('\n');
		const at = lines.findIndex((l) => l.startsWith('- [x]'));
		lines[at] = '- [y] Không trả lời.';
		const { row, errors } = checkLesson(lines.join('\n'), opts);
		expect(row).toBeNull();
		expect(errors.map((e) => e.line)).toContain(at + 1);
	});
});
