// Inlined in <head> of every page (kept tiny; hashed in the CSP):
// restores the saved theme before paint, runs the theme toggle, focuses the
// search box on "/", and loads Pagefind's highlighter only when a search
// result link brought the reader here.
(function () {
  var root = document.documentElement;
  // Set before first paint, so the theme toggle's space is there from the start (no layout shift).
  root.classList.add('js');
  try { var saved = localStorage.getItem('theme'); if (saved) root.dataset.theme = saved; } catch (e) {}
  function isDark() {
    return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-theme-toggle]');
    if (!button) return;
    var dark = isDark();
    root.dataset.theme = dark ? 'light' : 'dark';
    button.setAttribute('aria-pressed', String(!dark));
    try { localStorage.setItem('theme', root.dataset.theme); } catch (e) {}
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.getElementById('search-box');
    if (box) { event.preventDefault(); box.focus(); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (button) {
      button.setAttribute('aria-pressed', String(isDark()));
    }
    if (/[?&]highlight=/.test(location.search) && document.querySelector('[data-pagefind-body]')) {
      var script = document.createElement('script');
      script.src = root.dataset.base + 'pagefind/pagefind-highlight.js';
      script.type = 'module';
      script.onload = function () { if (window.PagefindHighlight) new window.PagefindHighlight({ highlightParam: 'highlight', addStyles: false }); };
      document.head.appendChild(script);
    }
  });
})();
