// Behaviour shared by every page, hooked by data- attributes (the CSP allows no inline script).
(() => {
    "use strict";

    // Forms marked data-auto-submit submit when a select or a switch changes (the language switcher, a rule's pause switch).
    document.querySelectorAll("form[data-auto-submit] select, form[data-auto-submit] input[type=checkbox]").forEach(input =>
        input.addEventListener("change", () => input.form.submit()));

    // Buttons marked data-confirm ask first ("Delete this contact?").
    document.addEventListener("submit", event => {
        const submitter = event.submitter;
        const message = submitter?.dataset.confirm ?? event.target.dataset.confirm;
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });

    // Progress bars take their width from data-percent (the CSP forbids style attributes), also in swapped-in content.
    const sizeBars = root => root.querySelectorAll?.("[data-percent]").forEach(bar => {
        bar.style.width = `${bar.dataset.percent}%`;
    });
    sizeBars(document);
    document.body.addEventListener("htmx:load", event => sizeBars(event.detail.elt.parentElement ?? event.detail.elt));

    // htmx requests carry the antiforgery token from the page's meta tag.
    document.body.addEventListener("htmx:configRequest", event => {
        const token = document.querySelector("meta[name='csrf-token']");
        if (token) {
            event.detail.headers["X-CSRF-TOKEN"] = token.content;
        }
    });
})();
