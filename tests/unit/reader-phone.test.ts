import { describe, expect, it } from 'vitest';
import { checkPhone } from '../../src/lib/reader-phone';

describe('checkPhone', () => {
	it('reads a US number in any common form and shows it in dialable form', () => {
		for (const typed of [
			'202-555-0123',
			'(202) 555-0123',
			'202.555.0123',
			'+1 202 555 0123',
			'12025550123',
		]) {
			expect(checkPhone(typed), typed).toEqual({
				status: 'valid',
				tel: '+12025550123',
				display: '(202) 555-0123',
			});
		}
	});
	it('shows a number from another country with its country code', () => {
		expect(checkPhone('+44 20 7946 0958')).toEqual({
			status: 'valid',
			tel: '+442079460958',
			display: '+44 20 7946 0958',
		});
	});
	it('says a field is empty, or that what was typed is not a number', () => {
		expect(checkPhone('  ')).toEqual({ status: 'empty' });
		for (const typed of ['555', 'call me', '202-555-01234567', '202/555/0123', '<script>']) {
			expect(checkPhone(typed), typed).toEqual({ status: 'invalid' });
		}
	});
});
