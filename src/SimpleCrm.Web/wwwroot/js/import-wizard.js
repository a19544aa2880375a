// Import wizard, read settings (data-import-apply): choosing another encoding, delimiter or sheet
// re-reads the preview at once, as the "Apply" button does without JavaScript.
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
})();
