import { describe, expect, it } from 'vitest';
import {
	filtersFromQuery,
	matchesFilters,
	queryFromFilters,
	type EntryFacets,
} from '../../src/lib/directory-filters';

const entry: EntryFacets = {
	audience: ['in-recovery'],
	format: ['in-person', 'online'],
	cost: ['free'],
	approach: ['twelve-step', 'peer'],
};

describe('matchesFilters', () => {
	it('passes everything when nothing is chosen', () => {
		expect(matchesFilters(entry, {})).toBe(true);
	});
	it('is OR within a group', () => {
		expect(matchesFilters(entry, { format: ['phone', 'online'] })).toBe(true);
		expect(matchesFilters(entry, { format: ['phone', 'text'] })).toBe(false);
	});
	it('is AND across groups', () => {
		expect(matchesFilters(entry, { format: ['online'], cost: ['free'] })).toBe(true);
		expect(matchesFilters(entry, { format: ['online'], cost: ['insurance'] })).toBe(false);
	});
});

describe('query round trip', () => {
	it('reads repeated and comma-separated values and drops unknown ones', () => {
		const filters = filtersFromQuery(
			new URLSearchParams('audience=family&format=online,phone&format=nope&color=red&cost=free&cost=free')
		);
		expect(filters).toEqual({ audience: ['family'], format: ['online', 'phone'], cost: ['free'] });
	});
	it('writes a stable query and reads it back unchanged', () => {
		const query = queryFromFilters({ format: ['phone', 'online'], audience: ['family'] });
		expect(query).toBe('?audience=family&format=online&format=phone');
		expect(filtersFromQuery(new URLSearchParams(query))).toEqual({
			audience: ['family'],
			format: ['online', 'phone'],
		});
		expect(queryFromFilters({})).toBe('');
	});
	it('is harmless with hostile input', () => {
		expect(filtersFromQuery(new URLSearchParams('audience=<script>alert(1)</script>'))).toEqual({});
	});
});
