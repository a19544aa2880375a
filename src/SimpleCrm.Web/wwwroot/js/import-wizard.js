// Import wizard. Read settings (data-import-apply): choosing another encoding, delimiter or sheet
// re-reads the preview at once, as the "Apply" button does without JavaScript. Preview
// (data-import-start): the form is sent once, so a double click cannot start two imports.
(() => {
    "use strict";

    document.querySelectorAll("select[data-import-apply]").forEach(select => {
        select.addEventListener("change", () => {
            const apply = select.form.querySelector("button[name=go][value=apply]");
            if (apply) {
                select.form.requestSubmit(apply);
            }
        });
    });

    document.querySelectorAll("form[data-import-start]").forEach(form => {
        form.addEventListener("submit", event => {
            if (form.dataset.sent) {
                event.preventDefault();
                return;
            }

            form.dataset.sent = "true";
            form.setAttribute("aria-busy", "true");
        });
    });
})();
