// Sets the saved or system theme before first paint; then wires the theme switch.
(function () {
	var d = document.documentElement;
	var key = 'theme';
	function saved() {
		try {
			return localStorage.getItem(key);
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
	apply(s === 'dark' || s === 'light' ? s : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
	document.addEventListener('DOMContentLoaded', function () {
		var b = document.getElementById('theme-switch');
		if (!b) return;
		b.hidden = false;
		apply(d.getAttribute('data-theme'));
		b.addEventListener('click', function () {
			var next = d.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
			apply(next);
			try {
				localStorage.setItem(key, next);
			} catch (e) {}
		});
	});
})();
