// The deal pages: the new-deal form's pipeline step sends itself when a pipeline is picked, and the
// card's stage bar asks why before a Lost stage (the reason picker opens instead of posting).
// Without script both still work: the step has its button, and a Lost stage without a reason comes
// back with the picker open.
(() => {
    "use strict";

    document.querySelectorAll("[data-pipeline-step]").forEach(form => {
        const select = form.querySelector("[data-pipeline-select]");
        form.querySelector("[data-pipeline-submit]")?.classList.add("d-none");
        select?.addEventListener("change", () => {
            if (select.value) {
                form.requestSubmit();
            }
        });
    });

    document.querySelectorAll("[data-deal-stages]").forEach(form => {
        const panel = form.querySelector("[data-lost-panel]");
        const reason = panel?.querySelector("select");
        const confirm = panel?.querySelector("[data-lost-confirm]");
        form.querySelectorAll("[data-stage-kind=Lost]").forEach(button => {
            button.addEventListener("click", event => {
                if (!panel || (reason.value && !panel.hidden)) {
                    return;
                }

                event.preventDefault();
                panel.hidden = false;
                confirm.value = button.value;
                reason.focus();
            });
        });
        confirm?.addEventListener("click", event => {
            if (!reason.value) {
                event.preventDefault();
                reason.focus();
            }
        });
    });
})();
