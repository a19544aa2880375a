// The lead pages: status badges and the current status take their colour from data-status-color
// (the CSP forbids style attributes; setting a style from a script file is allowed).
(() => {
    "use strict";

    document.querySelectorAll("[data-status-color]").forEach(element => {
        const color = element.dataset.statusColor;
        if (/^#[0-9a-fA-F]{3,8}$/.test(color)) {
            element.style.setProperty("--lead-status-color", color);
        }
    });
})();
