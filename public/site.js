// The only script pages run at load (under 1 KB): the theme before first paint, the theme
// switch, and the search shortcuts that load the search dialog on first use.
(function () {
	var d = document.documentElement;
	// Before first paint: controls that need JavaScript show without shifting the layout.
	d.classList.add('js');
	function saved() {
		try {
			return localStorage.getItem('theme');
		} catch (e) {
			return null;
		}
	}
	function apply(theme) {
		d.setAttribute('data-theme', theme);
		var b = document.getElementById('theme-switch');
		if (b) b.setAttribute('aria-pressed', String(theme === 'dark'));
	}
	var s = saved();
	apply(
		s === 'dark' || s === 'light' ? s : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
	);

	document.addEventListener('DOMContentLoaded', function () {
		var b = document.getElementById('theme-switch');
		if (b) {
			apply(d.getAttribute('data-theme'));
			b.addEventListener('click', function () {
				var next = d.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
				apply(next);
				try {
					localStorage.setItem('theme', next);
				} catch (e) {}
			});
		}
		var t = document.getElementById('search-trigger');
		if (!t) return;
		var loading;
		function load() {
			return (loading = loading || import(t.getAttribute('data-module')));
		}
		function open() {
			load().then(
				function () {
					document.dispatchEvent(new CustomEvent('tir:open-search'));
				},
				function () {
					location.href = t.href;
				}
			);
		}
		t.addEventListener('focus', load);
		t.addEventListener('click', function (e) {
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
