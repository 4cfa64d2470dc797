// @ts-check
// The one script run at load (1 KB budget): theme before paint, theme switch, search keys.
(function () {
	var d = document.documentElement;
	// JS-only controls show before first paint, so nothing shifts.
	d.classList.add('js');
	function saved() {
		try {
			return localStorage.getItem('theme');
		} catch {
			return null; // storage off: follow the system
		}
	}
	/** @param {string | null} theme */
	function apply(theme) {
		d.setAttribute('data-theme', theme === 'dark' ? 'dark' : 'light');
		var b = document.querySelector('[data-theme-switch]');
		if (b) b.setAttribute('aria-pressed', String(theme === 'dark'));
	}
	var s = saved();
	apply(
		s === 'dark' || s === 'light' ? s : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
	);

	document.addEventListener('DOMContentLoaded', function () {
		var b = document.querySelector('[data-theme-switch]');
		if (b) {
			apply(d.getAttribute('data-theme'));
			b.addEventListener('click', function () {
				var next = d.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
				apply(next);
				try {
					localStorage.setItem('theme', next);
				} catch {
					// not saved; still switched for this page
				}
			});
		}
		/** @type {HTMLAnchorElement | null} */
		var t = document.querySelector('a[data-search-trigger]');
		if (!t) return;
		var trigger = t;
		/** @type {Promise<unknown> | undefined} */
		var loading;
		function load() {
			return (loading = loading || import(trigger.getAttribute('data-module') || ''));
		}
		function open() {
			load().then(
				function () {
					document.dispatchEvent(new CustomEvent('tir:open-search'));
				},
				function () {
					location.href = trigger.href;
				}
			);
		}
		trigger.addEventListener('focus', load);
		trigger.addEventListener('click', function (e) {
			e.preventDefault();
			open();
		});
		// Ctrl+K or Cmd+K only: a one-key shortcut such as "/" can fire by accident for speech
		// input users, and WCAG 2.1.4 asks for a way to turn those off.
		document.addEventListener('keydown', function (e) {
			if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
				e.preventDefault();
				open();
			}
		});
	});
})();
